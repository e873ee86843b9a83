import { refuses, shown } from '../support/question-answering';

describe('a subproject or body asked for by what the page says it does, in words of its own', () => {
  it('reads verbs the bot does not know as how the task is put, and answers with whoever leads it', () => {
    for (const [q, lead] of <[string, string][]>[
      [
        'Hvem leder organet som skal passe på interessene til kommunene med opsjonsavtale?',
        'Arne Ingebrigtsen',
      ],
      [
        'Kven leiar organet som skal passe på interessene åt kommunane med opsjonsavtale?',
        'Arne Ingebrigtsen',
      ],
      [
        'Who leads the body that is meant to safeguard the interests of the municipalities with an option agreement?',
        'Arne Ingebrigtsen',
      ],
      [
        'Hvem skal sørge for at medarbeiderne lærer seg systemet – hvem leder det delprosjektet?',
        'Bjørnevik Tho',
      ],
      [
        'Kven leiar delprosjektet som skal planleggje korleis alle medarbeidarane skal lærast opp?',
        'Bjørnevik Tho',
      ],
      ['Hvem leder delprosjektet som skal passe på at alle integrasjonene blir kvalitetssikret?', 'Storsve'],
      [
        'Hvem skal lede jobben med å kartlegge arbeidsprosesser, roller og maler i enhetene som bytter fagsystem?',
        'Line Kristoffersen',
      ],
      ['Kven leier kartlegginga av arbeidsprosessar i einingane som byter fagsystem?', 'Line Kristoffersen'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(lead)]);
  });

  it('still refuses a task the page does not give, put with a thing the bot does not know', () => {
    refuses([
      'Hvem leder organet som skal passe på lønnen til kommunene?',
      'Hvem leder delprosjektet som skal bestille nye PC-er til medarbeiderne?',
      'Hvem leder delprosjektet som skal sørge for at medarbeiderne lærer seg å lage mat?',
      'Who leads the subproject that will teach all staff to cook?',
      'Hvem leder det sentrale innføringsprosjektet?',
    ]);
  });
});

describe('a later question that points back to the body or project the first one names', () => {
  it('is asked of that body, and both are answered', () => {
    for (const [q, first, second] of <[string, string, string][]>[
      [
        'Who heads the council, and who is the kommuneoverlege on it?',
        'Arne Ingebrigtsen',
        'Holmberg Aunsmo',
      ],
      ['Hvem leder rådet, og hvem er kommuneoverlegen i det?', 'Arne Ingebrigtsen', 'Holmberg Aunsmo'],
      ['Kven leiar prosjektet, og kven er kommunikasjonsansvarleg der?', 'Ola Skorstad', 'Tone Fagerholt'],
    ]) {
      const text = shown(q).text;
      expect([q, text]).toEqual([q, expect.stringContaining(first)]);
      expect([q, text]).toEqual([q, expect.stringContaining(second)]);
    }
  });

  it('still says what the page lacks of the one the first part answers', () => {
    expect(shown('Hvem leder Teknisk, og hva er telefonnummeret hennes?').text).toContain(
      'ikke noe telefonnummer',
    );
  });
});

describe('the body that looks after the option municipalities’ interests, asked for by that task', () => {
  it('answers with the cooperation council, how it is made up and whom it is for', () => {
    for (const q of [
      'How are the interests of the option municipalities looked after?',
      'Who looks after the kommuner’s interests in all this?',
      'Hvordan ivaretas interessene til opsjonskommunene?',
      'Hvem ivaretar kommunenes interesser?',
      'Hvilket organ skal passe på interessene til kommunene?',
      'Hvordan er Samarbeidsrådet sammensatt geografisk?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Samarbeidsråd')]);
  });

  it('still answers the same verbs of other work with whoever does it, and refuses what no one does', () => {
    expect(shown('Who looks after communications for the project?').text).toContain('Tone Fagerholt');
    expect(shown('Who takes care of communications for the project?').text).toContain('Tone Fagerholt');
    refuses(['Hvem ivaretar opplæringen?', 'Hvem leder organet som skal passe på lønnen til kommunene?']);
  });
});
