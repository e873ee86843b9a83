import { refuses, shown } from '../support/question-answering';

// «Trondheim kommune koordinerer arbeidet opp mot de øvrige kommunene», and Teknisk's work «vil i stor grad skje i
// samarbeid med sentralt innføringsprosjekt i Helseplattformen»: asked in other words, the page's sentence answers.

describe('who coordinates the work with the other municipalities', () => {
  it('answers with Trondheim kommune, however the others and the coordinating are said', () => {
    for (const q of [
      'Hvem er det som koordinerer arbeidet opp mot resten av kommunene?',
      'Kven koordinerer arbeidet opp mot resten av kommunane?',
      'Who coordinates the work with the rest of the municipalities?',
      'What was settled about which municipality coordinates the work with the other municipalities?',
      'Hvem holder i trådene opp mot de andre kommunene?',
      'Kæm e det som hold i trådan opp mot dæm andre kommunan?',
    ])
      expect([q, /Trondheim kommune (koordinerer|coordinates)/.test(shown(q).text)]).toEqual([q, true]);
  });

  it('answers so when the coordinating is said in other words (samordne, bindeledd, liaison)', () => {
    for (const q of [
      'Hvilken kommune samordner arbeidet opp mot de andre kommunene?',
      'Kven samordnar arbeidet mot dei andre kommunane?',
      'Hvilken kommune er bindeleddet mot resten av kommunene?',
      'Which municipality acts as the liaison to the other municipalities?',
      'Who is the coordinator towards the other municipalities?',
    ])
      expect([q, /Trondheim kommune (koordinerer|coordinates)/.test(shown(q).text)]).toEqual([q, true]);
  });

  it('says whether it is Trondheim that coordinates, however the coordinating is said', () => {
    for (const [q, start] of <[string, string][]>[
      ['Er det Trondheim som styrer samordningen mot resten av kommunene?', 'Ja.'],
      ['Samordner Trondheim arbeidet mot de andre kommunene?', 'Ja.'],
      ['Står Trondheim for samordninga mot dei andre kommunane?', 'Ja.'],
      ['Er det Molde som styrer samordningen mot resten av kommunene?', 'Nei.'],
    ])
      expect([q, shown(q).text.startsWith(start), shown(q).text]).toEqual([
        q,
        true,
        expect.stringContaining('koordinerer arbeidet'),
      ]);
    refuses([
      'Er det Trondheim som styrer budsjettet til de andre kommunene?',
      'Er det Trondheim som styrer samordningen mot sykehusene?',
    ]);
  });

  it('reads «holde i» something as being in charge of it', () => {
    for (const [q, start] of <[string, string][]>[
      ['Er det Trondheim som held i samordninga mot resten av kommunane?', 'Ja.'],
      ['Er det Trondheim som holder i koordineringen mot de øvrige kommunene?', 'Ja.'],
      ['Er det KS som held i samordninga mot resten av kommunane?', 'Nei.'],
      ['Er det Helse Midt-Norge som holder i samordningen?', 'Nei.'],
    ])
      expect([q, shown(q).text.startsWith(start), shown(q).text]).toEqual([
        q,
        true,
        expect.stringContaining('koordinerer arbeidet'),
      ]);
    for (const q of [
      'Kven held i samordninga mot dei andre kommunane?',
      'Hvem holder i koordineringen opp mot de andre kommunene?',
      'Kæm e det som hold i samordninga mot dæm andre kommunan?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/Trondheim kommune koordinerer/)]);
    refuses([
      'Hvem holder i lunsjen i kantina?',
      'Er det Trondheim som held i budsjettet til dei andre kommunane?',
    ]);
  });

  it('says no when a short name in capitals is said to coordinate', () => {
    expect(shown('Er det KS som koordinerer arbeidet mot de andre kommunene?').text).toMatch(/^Nei\./);
    expect(shown('Er det KS Trøndelag som koordinerer arbeidet opp mot de andre kommunene?').text).toMatch(
      /^Nei\./,
    );
  });

  it('still refuses coordinating what the page does not speak of', () => {
    refuses(['Hvem er koordinator for julebordet?', 'Hvem samordner vaktlistene i hjemmetjenesten?']);
  });
});

describe('the other project a part of this one works together with', () => {
  it('answers with the sentence that names the central implementation project', () => {
    for (const q of [
      'Det tekniske arbeidet, skal det skje i samarbeid med et annet prosjekt?',
      'Samarbeider Teknisk med et annet prosjekt?',
      'Does the technical subproject cooperate with another project?',
      'Does Teknisk work together with the sentral innføringsprosjekt in Helseplattformen?',
      'Skal Teknisk samarbeide med det sentrale innføringsprosjektet?',
    ]) {
      const text = shown(q).text;
      expect([q, /sentralt innføringsprosjekt|central implementation project/.test(text)]).toEqual([q, true]);
    }
  });

  it('answers with whom Teknisk works besides the other subprojects, the words held out left aside', () => {
    for (const q of [
      'Teknisk delprosjekt: hvem skal arbeidet i stor grad skje i samarbeid med, utover de andre delprosjektene?',
      'Kven skal arbeidet i Teknisk i stor grad skje saman med, utanom dei andre delprosjekta?',
      'Who will the technical work largely be done with, besides the other subprojects?',
    ]) {
      const text = shown(q).text;
      expect([q, /sentralt innføringsprosjekt|central implementation project/.test(text)]).toEqual([q, true]);
    }
  });

  it('answers which other subproject Teknisk works closely with', () => {
    const q = 'Hvilket annet delprosjekt samarbeider det tekniske delprosjektet tett med?';
    expect(shown(q).text).toContain('tett samarbeid med delprosjekt fag/funksjonalitet');
  });

  it('still refuses other projects the page says nothing of', () => {
    refuses(['Hvilke andre IT-prosjekter har kommunen?', 'Samarbeider kommunen med andre prosjekter?']);
  });
});

describe('who it was that did something, by a name the page does not know', () => {
  it('says no with the sentence that names who did it', () => {
    for (const [q, start, sentence] of <[string, string, string][]>[
      [
        'Var det Helse Nord som gjennomførte anskaffelsen sammen med Trondheim kommune?',
        'Nei.',
        'Helse Midt-Norge',
      ],
      [
        'Var det Helse Vest som gjennomførte anskaffinga saman med Trondheim kommune?',
        'Nei.',
        'Helse Midt-Norge',
      ],
      [
        'Was it Helse Nord that carried out the procurement together with Trondheim kommune?',
        'No.',
        'Helse Midt-Norge',
      ],
      ['Is it Oslo that coordinates the work with the other municipalities?', 'No.', 'Trondheim kommune'],
    ])
      expect([q, shown(q).text.startsWith(start), shown(q).text]).toEqual([
        q,
        true,
        expect.stringContaining(sentence),
      ]);
  });

  it('reads «gjekk saman om» and «gjorde … saman» as doing it together, in the past', () => {
    for (const [q, start] of <[string, string][]>[
      ['Gjekk Trondheim kommune og Helse Nord RHF saman om anskaffinga av Helseplattformen?', 'Nei.'],
      ['Gikk Trondheim og Helse Nord sammen om anskaffelsen?', 'Nei.'],
      ['Gjorde Trondheim kommune og Helse Vest anskaffinga saman?', 'Nei.'],
      ['Gjekk Trondheim kommune og Helse Midt-Norge RHF saman om anskaffinga av Helseplattformen?', 'Ja.'],
      ['Gikk Trondheim kommune og Helse Midt-Norge RHF sammen om anskaffelsen?', 'Ja.'],
    ])
      expect([q, shown(q).text.startsWith(start), shown(q).text]).toEqual([
        q,
        true,
        expect.stringMatching(/Helse Midt-No(rge|reg) RHF gjennomførte/),
      ]);
    refuses([
      'Gjekk Trondheim og Helse Midt-Norge saman om lønnssystemet?',
      'Gikk Trondheim og Helse Nord sammen om å kjøpe kaffe?',
    ]);
  });

  it('still refuses what the page does not say who did', () => {
    refuses(['Var det Sintef som mobiliserte fageksperter?', 'Var det Helse Nord som betalte lønnen?']);
  });
});

describe('a yes/no question of working together that the page’s sentence says in full', () => {
  it('says yes with the sentence, not only the plan it is about', () => {
    for (const q of [
      'Is there a draft plan for how the option municipalities and Trondheim will work together on developing the platform?',
      'Will the option municipalities and Trondheim work together on developing the platform?',
      'Skal opsjonskommunane og Trondheim saman bidra i utviklinga av Helseplattformen?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Yes|Ja)\. .*(draft plan|utkast)/)]);
  });

  it('gives no yes to working together with someone the page does not name, nor on something else', () => {
    refuses(['Will the option municipalities and Helse Nord work together on developing the platform?']);
    const q =
      'Is there a draft plan for how the option municipalities and Trondheim will work together on the payroll system?';
    expect(shown(q).text).not.toMatch(/^Yes\b/);
  });
});
