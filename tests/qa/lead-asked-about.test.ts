import { people, refuses, shown } from '../support/question-answering';

// «Is the chair of the council from Trondheim?»: the page names the chair (Arne Ingebrigtsen, rådmann in Kristiansund);
// his role and workplace answer whether it is so.

describe('a yes/no question about where the lead of something works, or what their title is', () => {
  it('answers with that lead', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Is the person chairing the cooperation council from Trondheim?', 'Arne Ingebrigtsen'],
      ['Is the chair of the council from Trondheim?', 'Arne Ingebrigtsen'],
      ['Er lederen av samarbeidsrådet fra Trondheim?', 'Arne Ingebrigtsen'],
      ['Er leiaren av samarbeidsrådet rådmann i Molde?', 'Arne Ingebrigtsen'],
      ['Er lederen av Teknisk fra Rådmannens fagstab?', 'Anne Amdal Storsve'],
      ['Is the head of the project office from Kristiansund?', 'Elise B. Vesterhus'],
    ])
      expect([q, people(q)]).toEqual([q, [lead]]);
  });

  it('answers with the lead when what is led comes first and who leads it after «av»/«by»', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Is the training subproject led by someone from the IT department?', 'May Liz Bjørnevik Tho'],
      ['Er Teknisk ledet av noen fra IT-tjenesten?', 'Anne Amdal Storsve'],
      ['Er samarbeidsrådet leidd av nokon frå Kristiansund?', 'Arne Ingebrigtsen'],
      ['Is the project office headed by someone from Kristiansund?', 'Elise B. Vesterhus'],
    ])
      expect([q, people(q)]).toEqual([q, [lead]]);
  });

  it('says yes or no in words: whether the lead works there or has that title', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Is the training subproject led by someone from the IT department?',
        'No. The Training (Opplæring) subproject is led by May Liz Bjørnevik Tho.',
      ],
      [
        'Er lederen av Teknisk fra Rådmannens fagstab?',
        'Nei. Delprosjektet Teknisk ledes av Anne Amdal Storsve.',
      ],
      ['Er lederen av Teknisk fra IT-tjenesten?', 'Ja. Delprosjektet Teknisk ledes av Anne Amdal Storsve.'],
      [
        'Er leiaren av samarbeidsrådet rådmann i Molde?',
        'Nei. Samarbeidsrådet for opsjonskommunar vert leidd av Arne Ingebrigtsen.',
      ],
      [
        'Er leiaren for samarbeidsrådet frå Kristiansund?',
        'Ja. Samarbeidsrådet for opsjonskommunar vert leidd av Arne Ingebrigtsen.',
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('checks a lead described by title or workplace as the subject, word by word', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Stemmer det at rådmannen i Kristiansund leder samarbeidsrådet?',
        'Ja. Samarbeidsrådet for opsjonskommuner ledes av Arne Ingebrigtsen.',
      ],
      [
        'Er det rådmannen i Kristiansund som leiar samarbeidsrådet?',
        'Ja. Samarbeidsrådet for opsjonskommunar vert leidd av Arne Ingebrigtsen.',
      ],
      [
        'Er det noen fra Personaltjenesten som leder delprosjektet for opplæring?',
        'Ja. Delprosjektet Opplæring ledes av May Liz Bjørnevik Tho.',
      ],
      [
        'Does someone from the HR department lead the training subproject?',
        'Yes. The Training (Opplæring) subproject is led by May Liz Bjørnevik Tho.',
      ],
      // One detail wrong: another place, another unit, another title, another subproject.
      [
        'Leder rådmannen i Molde samarbeidsrådet?',
        'Nei. Samarbeidsrådet for opsjonskommuner ledes av Arne Ingebrigtsen.',
      ],
      [
        'Is it true that the rådmann of Molde chairs the council?',
        'No. The Cooperation Council for option municipalities (Samarbeidsrådet) is led by Arne Ingebrigtsen.',
      ],
      [
        'Er det noen fra IT-tjenesten som leder delprosjektet for opplæring?',
        'Nei. Delprosjektet Opplæring ledes av May Liz Bjørnevik Tho.',
      ],
      [
        'Er det kommuneoverlegen som leder samarbeidsrådet?',
        'Nei. Samarbeidsrådet for opsjonskommuner ledes av Arne Ingebrigtsen.',
      ],
      [
        'Er det noen fra Personaltjenesten som leder Teknisk?',
        'Nei. Delprosjektet Teknisk ledes av Anne Amdal Storsve.',
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('checks the lead named by what they lead before the lead word, by its kind, or by what it does', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Is the training leader from the IT department?',
        'No. The Training (Opplæring) subproject is led by May',
      ],
      [
        'Is the training lead from the HR department?',
        'Yes. The Training (Opplæring) subproject is led by May',
      ],
      [
        'Is the Teknisk lead from Personaltjenesten?',
        'No. The Technical (Teknisk) subproject is led by Anne',
      ],
      [
        'Kommer lederen av opplæringsdelprosjektet fra IT-tjenesten?',
        'Nei. Delprosjektet Opplæring ledes av May',
      ],
      [
        'Er leiaren for delprosjektet Teknisk frå IT-tenesta?',
        'Ja. Delprosjektet Teknisk vert leidd av Anne',
      ],
      [
        'Is the person leading the integrations-and-data-migration workstream from the HR department?',
        'No. The Technical (Teknisk) subproject is led by Anne Amdal Storsve.',
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    // A subproject by its kind alone is none of them; Elise B. Vesterhus's unit the page does not give.
    for (const q of [
      'Er lederen av delprosjektet fra IT-tjenesten?',
      'Is the training leader Anne Amdal Storsve?',
    ])
      expect([q, shown(q).answer.direct?.type]).not.toEqual([q, 'ledBy']);
    refuses([
      'Er lederen for prosjektkontoret fra Rådmannens fagstab?',
      'Is the project office leader from the IT department?',
      'Er Elise B. Vesterhus fra Rådmannens fagstab?',
      'Is Tone Fagerholt from the HR department?',
    ]);
    expect(shown('Er lederen av samarbeidsrådet fra IT-tjenesten?').text).toContain('Nei. Samarbeidsrådet');
  });

  it('still refuses what the page does not say of the lead, or of another project', () => {
    refuses([
      'Is the chair of the council paid?',
      'Er lederen av samarbeidsrådet fra Bergen?',
      'Is the training subproject led by someone from Bergen?',
      'Is the new city hall project led by someone from IT?',
    ]);
  });

  it("reads a word of the lead's own role after the lead word as what the lead is, when what is led comes first", () => {
    for (const q of [
      "Which municipality is the council's chair the rådmann of?",
      "I'm a journalist writing about the cooperation council. Which municipality is its chair the rådmann of?",
      "Which municipality is the council's chair rådmann in?",
    ]) {
      expect([q, people(q)]).toEqual([q, ['Arne Ingebrigtsen']]);
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Kristiansund')]);
    }
    refuses([
      "Which municipality is the project office's head the rådmann of?",
      "Who is the council's head of nursing?",
    ]);
  });
});

describe('the lead named by a word for the lead of a kind («delprosjektlederen for Teknisk»)', () => {
  it('answers yes or no with where that lead works, in bokmål, nynorsk and English', () => {
    for (const [q, verdict] of <[string, string][]>[
      ['Kommer delprosjektlederen for Teknisk fra IT-tjenesten?', 'Ja'],
      ['Kommer delprosjektleiaren for Teknisk frå IT-tenesta?', 'Ja'],
      ['Kommer delprosjektlederen for Opplæring fra IT-tjenesten?', 'Nei'],
      ['Er delprosjektlederen for Funksjonalitet fra Rådmannens fagstab?', 'Ja'],
      ['Is the subproject lead for Technical from the IT service?', 'Yes'],
    ])
      expect([q, shown(q).text.startsWith(verdict)]).toEqual([q, true]);
  });

  it('still refuses a workplace the page does not know', () => {
    refuses(['Kommer delprosjektlederen for Teknisk fra Helse Vest?']);
  });
});

describe('a subproject named with its kind, inside the local project', () => {
  it('answers with its lead, not a refusal for the project', () => {
    for (const q of [
      'Hvem leder delprosjektet Funksjonalitet i det lokale innføringsprosjektet?',
      'Kven leiar delprosjektet Funksjonalitet i det lokale innføringsprosjektet?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Line Kristoffersen/u)]);
  });

  it('answers with its lead when the project is named with its place too', () => {
    for (const q of [
      'Kven leiar delprosjektet Funksjonalitet i det lokale innføringsprosjektet i Trondheim?',
      'Hvem leder delprosjektet Teknisk i det lokale innføringsprosjektet i Trondheim kommune?',
      'Who leads the Opplæring subproject of the local implementation project in Trondheim?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/^(Line Kristoffersen|Anne Amdal Storsve|May Liz Bjørnevik Tho)/u),
      ]);
  });

  it('refuses it of another place, or a subproject the page does not have', () => {
    refuses([
      'Hvem leder delprosjektet Funksjonalitet i det lokale innføringsprosjektet i Molde?',
      'Hvem leder delprosjektet for legevakt i det lokale innføringsprosjektet i Trondheim?',
    ]);
  });
});

describe('whether something has a lead from a workplace', () => {
  it('says yes or no with its lead, in English, bokmål and nynorsk', () => {
    for (const [q, said] of <[string, RegExp][]>[
      [
        'Does the benefits realisation subproject have a lead from Rådmannens fagstab?',
        /^Yes\. .*Øyvind Tanum/u,
      ],
      ['Does the training subproject have a lead from Rådmannens fagstab?', /^No\. .*May Liz Bjørnevik Tho/u],
      ['Har delprosjektet Opplæring en leder fra Personaltjenesten?', /^Ja\. .*May Liz Bjørnevik Tho/u],
      ['Har Teknisk ein leiar frå Rådmannens fagstab?', /^Nei\. .*Anne Amdal Storsve/u],
      ['Does the council have a leader from Kristiansund?', /^Yes\. .*Arne Ingebrigtsen/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(said)]);
  });
});
