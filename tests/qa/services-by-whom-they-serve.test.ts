import { answerer, refuses, shown } from '../support/question-answering';

// The services in Trondheim asked for by what they are for or whom they serve ("tjenester for barn og unge"), or by
// a word that names some of them ("institusjoner"), rather than by their names.

/** The items the direct line of the answer picks out of the list, in the list's order. */
function picked(q: string): string[] {
  const direct = answerer.answer(q).direct;
  if (direct?.type === 'ofKind') return direct.items;
  return direct?.type === 'count' ? [direct.subject.split(': ').pop()!] : [];
}

describe('services asked for by whom they serve', () => {
  it('lists the services of the kinds a sentence after the question names for what it calls them otherwise', () => {
    expect(
      picked('Hvilke tjenester for sårbare grupper er med? Jeg tenker på innsatte og rusavhengige.'),
    ).toEqual(['fengselshelsetjeneste', 'helse- og overdoseteamet']);
    // (Not asked without the sentence that says which.)
    refuses(['Hvilke tjenester for sårbare grupper er med i Trondheim?']);
  });

  it('lists the services for children and young people, in bokmål, nynorsk and English', () => {
    expect(picked('Hvilke tjenester for barn og unge i Trondheim er med i innføringen?')).toEqual([
      'helsestasjon',
      'skolehelsetjenesten',
    ]);
    expect(picked('Kva tenester for born og unge i Trondheim kommune blir med i den nye journalen?')).toEqual(
      ['helsestasjon', 'skulehelsetenesta'],
    );
    expect(picked('Which services for children are included?')).toEqual([
      'health stations (helsestasjon)',
      'school health service (skolehelsetjenesten)',
    ]);
  });

  it('lists the services whose names end in the word asked for («team», «kontorer»), in any language', () => {
    expect(picked('Hvilke team og kontorer i Trondheim kommune er med i omfanget?')).toEqual([
      'helse- og velferdskontor',
      'helse- og overdoseteamet',
    ]);
    expect(picked('Kva team og kontor i Trondheim er med?')).toEqual([
      'helse- og velferdskontor',
      'helse- og overdoseteamet',
    ]);
    expect(picked('Hvilke team er med?')).toEqual(['helse- og overdoseteamet']);
    expect(picked('Which teams are included?')).toEqual([
      'health and overdose team (helse- og overdoseteamet)',
    ]);
    // Not what the list is not about, nor what is not asked as being included.
    refuses([
      'Hvilke team jobber i prosjektkontoret?',
      'Which teams work in the project office?',
      'Hvilke team har kantine?',
    ]);
  });

  it('lists the services of a kind beside what the question holds out («utanom pleie og omsorg»)', () => {
    expect(
      picked('Kva tenester i Trondheim utanom pleie og omsorg er med, til dømes for born og unge?'),
    ).toEqual(['helsestasjon', 'skulehelsetenesta']);
    expect(picked('Hvilke tjenester utenom pleie og omsorg er med for barn og unge?')).toEqual([
      'helsestasjon',
      'skolehelsetjenesten',
    ]);
    expect(
      picked('Which services besides care and nursing are included for children and young people?'),
    ).toEqual(['health stations (helsestasjon)', 'school health service (skolehelsetjenesten)']);
    // What is held out does not make a kind the page has none of, nor one narrowed by what the bot does not know.
    refuses([
      'Kva tenester utanom pleie og omsorg er med for tannhelse?',
      'Hvilke tjenester utenom pleie og omsorg er med for barn med diabetes?',
    ]);
  });

  it('lists the services for drug users, prisoners and refugees, one kind or several', () => {
    expect(picked('Hvilke tjenester for rus og fengsel er med i Trondheims innføring?')).toEqual([
      'fengselshelsetjeneste',
      'helse- og overdoseteamet',
    ]);
    expect(picked('Kva tenester for rusavhengige er med i Trondheim?')).toEqual(['helse- og overdoseteamet']);
    expect(picked('Hvilke tjenester for flyktninger er med?')).toEqual(['flyktninghelsetjeneste']);
    expect(picked('Which services for prisoners are included?')).toEqual([
      'prison health service (fengselshelsetjeneste)',
    ]);
    expect(shown("Which team working with drug users is included in Trondheim's scope?").text).toContain(
      'helse- og overdoseteamet',
    );
  });

  it('lists the services for pregnant women and infants, for acute illness and for drug problems', () => {
    expect(picked('Hvilke tjenester for gravide og spedbarn er med?')).toEqual(['helsestasjon']);
    expect(picked('Which acute services are included?')).toEqual([
      'out-of-hours emergency clinic (legevakt)',
    ]);
    expect(picked('Kva tenester for folk med rusproblem er med?')).toEqual(['helse- og overdoseteamet']);
    refuses([
      'Hvor mange gravide går til helsestasjonen?',
      'Is it urgent to connect?',
      'Er det akutt behov for opplæring?',
    ]);
  });

  it('picks the services of a kind out of the list when asked which of them', () => {
    expect(picked('Hvilke av tjenestene gjelder barn og unge?')).toEqual([
      'helsestasjon',
      'skolehelsetjenesten',
    ]);
    expect(picked('Which of the services are for children?')).toEqual([
      'health stations (helsestasjon)',
      'school health service (skolehelsetjenesten)',
    ]);
    expect(picked('Hvilke av tjenestene jobber med rus?')).toEqual(['helse- og overdoseteamet']);
  });

  it('lists the rehabilitation services, in Norwegian and English', () => {
    for (const q of [
      'Which rehab-type services in Trondheim are included?',
      'Which rehabilitation services will use the system?',
      'Hvilke tjenester for rehabilitering er med?',
    ])
      expect([q, picked(q).join()]).toEqual([q, expect.stringContaining('ergo- og fysioterapitjenester')]);
  });

  it('answers what the team for drug users is called, in a message that says who asks', () => {
    const q =
      "I work with drug users on the street. Is there a team for that covered in Trondheim's scope – what's it called?";
    expect(shown(q).text).toContain('helse- og overdoseteamet');
    refuses(['Can I be called by the project office?']);
  });

  it('says yes with the services of the kind, and counts them', () => {
    const yes = shown('Er tjenester for barn med i Helseplattformen?').text;
    expect(yes).toMatch(/^Ja\. /);
    expect(yes).toContain('helsestasjon, skolehelsetjenesten');
    expect(shown('Hvor mange tjenester for barn og unge er med?').text).toContain('Antall: 2');
  });
});

describe('services asked for by a word that names them', () => {
  it('lists the institutions and the home-based services', () => {
    expect(picked('Hvilke institusjoner i Trondheim kommune får Helseplattformen?')).toEqual([
      'sykehjem',
      'helsehus',
    ]);
    expect(
      picked(
        'Vi leverer multidose til mange enheter. Hvilke hjemmebaserte tjenester og institusjoner i Trondheim kommune omfattes av den nye journalen?',
      ),
    ).toEqual(['hjemmetjeneste', 'sykehjem', 'helsehus']);
  });

  it('lists the therapy services, by a compound of the kind and the list word too', () => {
    for (const q of [
      'Hvilke terapitjenester er med i Trondheim?',
      'Kva terapitenester er med i Trondheim?',
      'Hvilke tjenester innen terapi er med?',
      'Which therapy services are included in Trondheim?',
    ])
      expect([q, picked(q).join('|')]).toEqual([q, expect.stringMatching(/fysioterapit(j)?enester/)]);
  });

  it('still refuses therapy services of another place, of a kind no service is for, or therapy asked alone', () => {
    refuses([
      'Hvilke terapitjenester er med i Molde?',
      'Hvilke terapitjenester for barn er med?',
      'Er terapi med?',
    ]);
  });
});

describe('what the kinds of services do not answer', () => {
  it('refuses a kind no service is listed for, or one narrowed by words the bot does not know', () => {
    refuses([
      'Hvilke tjenester for tannhelse er med?',
      'Hvilke tjenester for eldre er med?',
      'Which services for the disabled are included?',
      'Hvilke tjenester for barn med diabetes er med?',
      'Which team working with refugees is included?',
    ]);
  });

  it('refuses a kind of services the bot does not know, said after the list word or before it', () => {
    refuses([
      'Hvilke tjenester for psykisk helse er med?',
      'Which mental health services are included?',
      'Is the child welfare service included?',
    ]);
    // The list asked without a kind keeps its answer.
    for (const q of [
      'Which services will switch to the new system?',
      'Hvilke tjenester i Trondheim kommune er med?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'tjenester']);
  });

  it('answers a service named beside a kind with the services of both', () => {
    const both = shown(
      'Does the Trondheim rollout cover the out-of-hours clinic (legevakt) and prison health services too?',
    );
    expect(both.text).toMatch(/^Yes\. .*legevakt.*fengselshelsetjeneste/);
    expect(shown('Does the Trondheim scope include health care for prisoners?').text).toMatch(
      /^Yes\. .*fengselshelsetjeneste/,
    );
    expect(shown('Er legevakten og tjenestene for barn med?').text).toContain(
      'legevakt, helsestasjon, skolehelsetjenesten',
    );
  });

  it('refuses a service that is for the same people but is not listed', () => {
    refuses(['Er barnevernet med?', 'Er barnehagene med i Helseplattformen?', 'Hvilke barnehager er med?']);
  });

  it('refuses what is asked of the people served rather than of the services', () => {
    refuses([
      'Hvor mange barn bruker helsestasjonen?',
      'Hvor mange innsatte er det i fengselet?',
      'Får fengselet Helseplattformen?',
    ]);
    expect(shown('Hvor mange barn bruker helsestasjonen?').text).toContain('hvor mange: barn');
  });

  it('refuses questions about the people themselves, where no list of services is asked about', () => {
    refuses([
      'Skal barna få egen journal?',
      'Can children use the system?',
      'Får rusavhengige tilgang til journalen sin?',
      'Hvem tar vare på barna i barnehagen?',
      'Hvor mange flyktninger kommer til Trondheim i år?',
      'Hvem leder fengselet?',
    ]);
  });

  it('refuses a lead, phone or place of a service of a kind, which the page does not give', () => {
    refuses([
      'Hvem leder tjenesten for rusavhengige?',
      'Hva er telefonnummeret til tjenesten for flyktninger?',
      'Hvor ligger tjenestene for barn?',
    ]);
  });
});

describe('the services of Trondheim asked of another municipality', () => {
  it('refuses the list and the yes for a municipality whose services the page does not list', () => {
    refuses([
      'Hvilke tjenester er med i Molde?',
      'Er legevakten i Molde med?',
      'Hvilke tjenester for barn er med i Molde?',
    ]);
    expect(answerer.answer('Er legevakten i Trondheim med?').direct?.type).toBe('yes');
  });
});

describe('health services named by whom they are for, one of them by its own name', () => {
  it('lists the refugee and prison health services, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Hvilke helsetjenester for flyktninger og innsatte er med i Trondheim kommunes innføring?',
      'Kva helsetenester for flyktningar og innsette er med?',
      'Which health services for refugees and inmates are included?',
    ]) {
      const text = shown(q).text;
      expect([q, text.includes('flyktninghelse'), text.includes('fengselshelse')]).toEqual([q, true, true]);
    }
  });

  it('still refuses health services for whom the page lists none', () => {
    refuses([
      'Hvilke helsetjenester for flyktninger og tannhelse er med?',
      'Hvilke helsetjenester for flyktninger og diabetikere er med?',
    ]);
  });
});

describe('which one of a service the list names once as a whole', () => {
  it('refuses which one the asker belongs to or how many there are, which the page does not say', () => {
    refuses([
      'Hvilken legevakt hører vi til?',
      'Kva helsehus høyrer far min til?',
      'Hvor mange helsestasjoner er med?',
    ]);
  });

  it('refuses which municipalities have a kind of service, which the list of one municipality does not say', () => {
    refuses(['Hvilke kommuner i Nordland har egen legevakt?', 'Kva kommunar har eit helsehus?']);
    expect(picked('Hvilke kommunale tjenester for barn er med?')).toEqual([
      'helsestasjon',
      'skolehelsetjenesten',
    ]);
  });

  it('still lists the services whose names end in the word asked for, and says yes to the service itself', () => {
    expect(picked('Hvilket team i Trondheim er med?')).toEqual(['helse- og overdoseteamet']);
    expect(answerer.answer('Er helsestasjonen med i innføringen?').kind).toBe('answer');
  });
});
