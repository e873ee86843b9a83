import { answerer, people, refuses, shown } from '../support/question-answering';

describe('facts of the page asked in other words than its own', () => {
  it('asks which other one of a kind by «annen»/«anna»/«other» after the question word', () => {
    for (const q of [
      'Hvilket annet delprosjekt samarbeider det tekniske delprosjektet tett med?',
      'Kva anna delprosjekt samarbeider Teknisk tett med?',
      'Which other subproject does the technical subproject work closely with?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, 'teknisk', expect.stringContaining('funksjonalitet')]);
    }
    // Other projects than this one, which the page says nothing of.
    refuses(['Hvilke andre IT-prosjekter har kommunen?']);
  });

  it('reads «single» before a noun as saying only that there is one', () => {
    for (const q of [
      'Which single municipality from Nordland takes part through an option agreement?',
      'Name the single municipality outside Møre og Romsdal and Trøndelag that is in the work.',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Bindal')]);
  });

  it('reads working closely with someone as cooperating closely with them', () => {
    for (const q of [
      'Who does the technical subproject work closely with?',
      'Hvem jobber Teknisk tett med?',
      'Kven arbeider teknisk delprosjekt tett med?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, 'teknisk', expect.stringContaining('funksjonalitet')]);
    }
    // The page says nothing of whom the training subproject works with, nor of anyone at the hospital.
    refuses([
      'Who does the training subproject work closely with?',
      'Who does Teknisk work closely with at the hospital?',
    ]);
  });

  it('reads «legge til rette for» as «tilrettelegge for», as the page writes it', () => {
    const q = 'I hvilke perioder skal gevinstrealiseringen legge til rette for oppfølging?';
    expect(shown(q).text).toContain('programperioden');
    expect(
      answerer.answer('Skal gevinstrealiseringen legge til rette for oppfølging etter programperioden?')
        .direct?.type,
    ).toBe('yes');
    // (Asked when, the page's period is the answer; a date or deadline it does not give.)
    expect(shown('Når skal gevinstrealiseringen legge til rette for oppfølging?').text).toContain(
      'programperioden',
    );
    refuses([
      'Hvilken dato skal gevinstrealiseringen legge til rette for oppfølging?',
      'Innen hvilken frist skal gevinstrealiseringen legge til rette for oppfølging?',
    ]);
  });

  it('reads a word of the dictionaries whose last part says what kind («avtaletype») as that kind of its first part', () => {
    expect(answerer.answer('Hvilken avtaletype har de andre kommunene?').topicId).toBe('opsjonsavtaler');
    expect(answerer.answer('Hvilken type avtale har de andre kommunene?').topicId).toBe('opsjonsavtaler');
    refuses(['Hvilken avtaletype har leverandøren?']);
  });

  it('answers what happens to something with the sentence of the page that speaks of it', () => {
    for (const q of [
      'Hva skjer med de fagsystemene som brukes i dag i Trondheim?',
      'Kva skjer med fagsystema vi brukar i dag?',
      'What happens to the fagsystemer we use today?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'funksjonalitet',
        expect.stringMatching(/erstattes|replace/),
      ]);
    }
    // What the page says nothing of, whatever happens to it, is refused.
    refuses([
      'Hva skjer med lønnssystemet?',
      'Hva skjer med vaktlistene?',
      'What happens to the payroll system?',
    ]);
  });

  it('reads hooking up as connecting, and «as well» as «too»', () => {
    for (const q of [
      'Can GPs in Midt-Norge hook up to the chosen solution as well?',
      'Can GPs connect to the chosen solution as well?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Yes\. The page says: .*GPs/)]);
    expect(people('Who leads Teknisk as well as Opplæring?')).toEqual([
      'Anne Amdal Storsve',
      'May Liz Bjørnevik Tho',
    ]);
    refuses(['Can hospitals in Bergen hook up to the solution?', 'Can I hook up my printer to the system?']);
  });

  it("reads «current» and «nåværende» as «today's» («dagens»)", () => {
    const q = 'What exactly does the workstream that maps current workflows look at?';
    const { answer, text } = shown(q);
    expect([answer.topicId, /arbeidsprosesser/.test(text), /maler/.test(text)]).toEqual([
      'funksjonalitet',
      true,
      true,
    ]);
    expect(shown('Will data be migrated from the current systems?').text).toMatch(/^Yes\./);
    refuses(['What is the current weather in Trondheim?']);
  });

  it('reads a «virksomhet» as an organisation', () => {
    const q = 'Skal det lages en tiltaksplan for gevinstrealisering, og for hvilke virksomheter?';
    expect(shown(q).text).toContain('Helse Midt-Norge RHF');
    refuses(['Hvilke virksomheter leverer systemet?', 'Hvor mange virksomheter er med?']);
  });

  it('guesses bokmål for a bokmål question that names a subproject by a noun both languages share', () => {
    const q = 'Hvilket annet delprosjekt samarbeider det tekniske delprosjektet tett med?';
    expect(answerer.answer(q).lang).toBe('nb');
    expect(answerer.answer('Kven leiar delprosjekta?').lang).toBe('nn');
  });

  it('takes «skjemaet» at the bottom of the page for the feedback form', () => {
    for (const q of [
      'Får jeg svar hvis jeg sender inn en tilbakemelding via skjemaet nederst på siden?',
      'Får eg svar om eg sender ei tilbakemelding i skjemaet?',
      'Will I get a reply if I send feedback through the form at the bottom of the page?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'tilbakemeldinger',
        expect.stringMatching(/besvart|svart på|not answered/),
      ]);
    }
    // Other forms, and a screen, are not the feedback form.
    refuses([
      'Hvor finner jeg skjemaet for å søke permisjon?',
      'Hvilket skjema bruker jeg for å melde avvik?',
      'Skjermen i 4. etasje er svart',
    ]);
  });

  it('reads «landsdel» and «region» as the part of the country the platform covers', () => {
    for (const q of [
      'Hvilken landsdel skal det felles journalsystemet dekke?',
      'Kva landsdel skal journalsystemet dekkje?',
      'Which region will the shared record system cover?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'om-helseplattformen',
        expect.stringContaining('Midt-No'),
      ]);
    }
    refuses([
      'Hvilken landsdel er Oslo i?',
      'Who leads the central implementation project at Helseplattformen?',
    ]);
  });

  it('reads «konsentrere seg om» as «fokusere på», and «først og fremst» as no topic', () => {
    for (const q of [
      'Hva skal gevinstrealiseringsarbeidet først og fremst konsentrere seg om i starten?',
      'Kva skal gevinstarbeidet konsentrere seg om i byrjinga?',
      'What will the benefits realisation work mainly concentrate on at first?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'gevinstrealisering',
        expect.stringMatching(/metode|method/),
      ]);
    }
    refuses(['Hva skal kantina først og fremst konsentrere seg om?']);
  });

  it('reads «matching»/«motsvarende» as «corresponding»/«tilsvarende», the words of the page', () => {
    for (const q of [
      "When is Trondheim's matching benefits case expected to follow the city council's handling of the option?",
      'When is the equivalent case for Trondheim expected?',
      'Når kommer Trondheims motsvarende sak om gevinstrealisering?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'gevinststrategi-trondheim',
        expect.stringContaining('2018/2019'),
      ]);
    }
    // Something of Trondheim's the page does not have, however it is qualified.
    refuses(['When is the matching game?', "What is Trondheim's matching grant for the project?"]);
  });

  it('counts the counties the municipalities are from, but gives no number of municipalities', () => {
    for (const q of [
      'Fra hvor mange fylker kommer kommunene som er med gjennom opsjonsavtaler?',
      'Kor mange fylke er med?',
      'How many counties are the option municipalities in?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.direct]).toEqual([
        q,
        'answer',
        expect.objectContaining({ type: 'count', count: 3 }),
      ]);
      for (const county of ['Trøndelag', 'Møre og Romsdal', 'Nordland']) expect(text).toContain(county);
    }
    refuses([
      'Hvor mange kommuner er med gjennom opsjonsavtaler?',
      'Hvor mange fylker har Norge?',
      'Hvor mange fylker er representert i samarbeidsrådet?',
    ]);
  });
});

describe('the kind of something asked as its form', () => {
  it('answers which form of agreement the other municipalities have with the option agreements', () => {
    for (const q of [
      'Hvilken avtaleform er de øvrige kommunene i Trøndelag og Møre og Romsdal knyttet til Helseplattformen med?',
      'Jeg leder et sykehjem i Møre og Romsdal. Gjennom hvilken avtaleform er kommunene her knyttet til Helseplattformen?',
      'What form of agreement do the other municipalities have?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/opsjonsavtale|option agreement/)]);
  });

  it('still refuses a form of what the page does not have', () => {
    expect(shown('Where is the feedback form?').answer.kind).toBe('fallback');
    expect(shown('Hvilken betalingsform har kantina?').answer.kind).toBe('fallback');
  });
});

describe('the web page a feedback is given on', () => {
  it('is the page itself: whether feedback there is answered gets the page’s no', () => {
    for (const q of [
      'Får man svar om man legg inn ei tilbakemelding på nettsida?',
      'Do you answer feedback on the web page?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/^(Nei|No)\b.*(besvart|svart på|not answered)/su),
      ]);
    expect(shown('Har kommunen egne nettsider om arbeidet?').text).toMatch(/^Ja/u);
  });
});
