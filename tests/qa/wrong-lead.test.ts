import { shown } from '../support/question-answering';

// A yes/no question naming one person as the lead of something the page names another lead for is answered with the
// actual lead; when the person named is the lead, with that person's card under a yes.

describe('a yes/no question naming the wrong lead', () => {
  it('answers with the actual lead, in any language', () => {
    for (const [q, lead] of [
      ['Leiar Ola Skorstad prosjektkontoret?', 'elise-vesterhus'],
      ['Is Elise B. Vesterhus the one who leads the whole local project?', 'ola-skorstad'],
      ['Er Elise B. Vesterhus leiar for heile innføringsprosjektet?', 'ola-skorstad'],
      ['Leder Anne Storsve delprosjektet opplæring?', 'may-liz-bjornevik-tho'],
      ['Is Ola Skorstad the head of the project office?', 'elise-vesterhus'],
      ['Er Arne Sverre Dahl leder av samarbeidsrådet?', 'arne-ingebrigtsen'],
      ['Is Helge Garåsen the chair of the cooperation council?', 'arne-ingebrigtsen'],
    ]) {
      expect([q, shown(q!).answer.topicId]).toEqual([q, lead]);
    }
  });

  it('says no in words, with who does lead it and who does not', () => {
    for (const [q, line] of [
      [
        'Leiar Ola Skorstad prosjektkontoret?',
        'Nei. Prosjektkontoret vert leidd av Elise B. Vesterhus, ikkje av Ola Skorstad',
      ],
      [
        'Leder Anne Storsve delprosjektet opplæring?',
        'Nei. Delprosjektet Opplæring ledes av May Liz Bjørnevik Tho, ikke av Anne Amdal Storsve',
      ],
      [
        'Is Ola Skorstad the head of the project office?',
        'No. The project office is led by Elise B. Vesterhus, not by Ola Skorstad',
      ],
    ]) {
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(line!)]);
    }
  });

  it('says what the person named does lead', () => {
    for (const [q, line] of [
      [
        'Er det Line Kristoffersen som leder det tekniske delprosjektet?',
        'Nei. Delprosjektet Teknisk ledes av Anne Amdal Storsve, ikke av Line Kristoffersen (Delprosjektleder for Funksjonalitet).',
      ],
      [
        'Does Line Kristoffersen lead the technical part of the project?',
        'not by Line Kristoffersen (Lead of the Functionality (Funksjonalitet) subproject).',
      ],
      ['Er Arne Sverre Dahl leder av samarbeidsrådet?', 'ikke av Arne Sverre Dahl (Rådmann i Molde kommune'],
    ]) {
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(line!)]);
    }
  });

  it('takes the part named as what is asked of, not the project it is a part of', () => {
    for (const [q, line] of [
      [
        'Leiar Anne Amdal Storsve opplæringsdelen av prosjektet?',
        'Nei. Delprosjektet Opplæring vert leidd av May Liz Bjørnevik Tho, ikkje av Anne Amdal Storsve',
      ],
      [
        'Does Line Kristoffersen lead the technical part of the project?',
        'No. The Technical (Teknisk) subproject is led by Anne Amdal Storsve, not by Line Kristoffersen',
      ],
      [
        'Er det Øyvind Tanum som leder opplæringsdelen av prosjektet?',
        'Nei. Delprosjektet Opplæring ledes av May Liz Bjørnevik Tho, ikke av Øyvind Tanum',
      ],
    ]) {
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(line!)]);
    }
    // The lead named is the lead: their own card, under a yes.
    const q = 'Leder Anne Amdal Storsve den tekniske delen av prosjektet?';
    expect([q, shown(q).answer.topicId, shown(q).text]).toEqual([
      q,
      'anne-storsve',
      expect.stringContaining('Ja. Delprosjektet Teknisk ledes av Anne Amdal Storsve.'),
    ]);
  });

  it('still answers with the person named when they are the lead, or when only their title is asked', () => {
    for (const [q, person] of [
      ['Leder Ola Skorstad prosjektet?', 'ola-skorstad'],
      ['Leder Elise Vesterhus prosjektkontoret?', 'elise-vesterhus'],
      ['Is Tone Fagerholt the project manager?', 'tone-fagerholt'],
    ]) {
      expect([q, shown(q!).answer.topicId]).toEqual([q, person]);
    }
    for (const [q, line] of [
      [
        'Leder Arne Ingebrigtsen samarbeidsrådet?',
        'Ja. Samarbeidsrådet for opsjonskommuner ledes av Arne Ingebrigtsen.',
      ],
      [
        'Is Elise B. Vesterhus the head of the project office?',
        'Yes. The project office is led by Elise B. Vesterhus.',
      ],
    ]) {
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(line!)]);
    }
  });
});
