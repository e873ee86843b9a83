import { people, refuses, shown } from '../support/question-answering';

// A later question that points back to the person the first one answers («she», «hun») asks of that person.

describe('a follow-up about the person the first question answers', () => {
  it('is asked of that person, not of what its own words match', () => {
    for (const q of [
      'Who represents Hareid on the council, and which organisation does she lead projects for?',
      'Hvem representerer Hareid i rådet, og hvilken organisasjon leder hun prosjekter for?',
    ])
      expect([q, people(q)]).toEqual([q, ['Evelyn Haram Larsen']]);
  });

  it('leaves a later question about the body the first one names asked of the body', () => {
    const q = 'Who heads the council, and who is the kommuneoverlege on it?';
    expect(people(q)).toEqual(expect.arrayContaining(['Arne Ingebrigtsen', 'Ragnhild Holmberg Aunsmo']));
  });

  it('is asked of the person a sentence without a question mark asks for after «lurer på»', () => {
    for (const [q, unit] of <[string, string][]>[
      [
        'Hei! Eg skal ha eit møte om gevinstar og lurer på kven som er delprosjektleiar der. Og kva avdeling kjem vedkomande frå?',
        'Rådmannens fagstab',
      ],
      [
        'Eg har møte om opplæring og lurer på kven som er delprosjektleiar der. Kva eining kjem ho frå?',
        'Personaltjenesten',
      ],
      [
        'Skal ha møte om gevinster og lurer på hvem som er delprosjektleder der. Hvilken avdeling kommer vedkommende fra?',
        'Rådmannens fagstab',
      ],
      [
        'I have a meeting about benefits and wonder who leads that subproject. Which department is that person from?',
        'Rådmannens fagstab',
      ],
    ])
      expect([q, shown(q).text.includes(unit)]).toEqual([q, true]);
  });

  it('asks a follow-up with no word for the person of the subproject the first question asks who leads', () => {
    for (const q of [
      'Hvem leder delprosjektet Opplæring, og hvorfor kalles oppgaven betydelig?',
      'Kven leiar delprosjektet Opplæring, og kvifor blir oppgåva kalla betydeleg?',
    ]) {
      const { text } = shown(q);
      expect([q, text]).toEqual([q, expect.stringContaining('May Liz Bjørnevik Tho')]);
      expect([q, text]).toEqual([q, expect.stringContaining('betydelig oppgave')]);
    }
    // What the subproject does not say stays unanswered: only who leads it is shown.
    for (const q of [
      'Hvem leder delprosjektet Opplæring, og når starter kurset?',
      'Hvem leder Teknisk, og hva er budsjettet?',
    ])
      expect([q, shown(q).text.includes('Delprosjektet')]).toEqual([q, false]);
  });

  it('still refuses the follow-up of someone the page does not name', () => {
    refuses(['Eg lurer på kven som leiar kantina. Kva avdeling kjem vedkomande frå?']);
  });
});
