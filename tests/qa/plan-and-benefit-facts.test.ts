import { answerer, refuses, shown } from '../support/question-answering';

// Facts the page answers in a sentence, asked in other words: the status of a plan (a decision has one), how big a
// task something is (said in words, not figures), freeing people for training (fristille), and reconciling medicine
// lists (medication lists in the English benefits).

describe('plans and benefits asked in other words', () => {
  it('answers the status of a plan or decision with it', () => {
    for (const q of [
      'Hva er status for planen for utvikling av kommunal funksjonalitet?',
      'Kva er status for planen for kommunal funksjonalitet?',
      'What is the status of the plan for municipal functionality?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'funksjonalitetsplan']);
      expect([q, /utkast|draft/.test(text)]).toEqual([q, true]);
    }
    refuses(["What's the status of my sick leave?"]);
  });

  it('answers what stage the plan is at with the draft', () => {
    for (const q of [
      'Is the plan for municipal functionality finished, or what stage is it at?',
      'What stage is the plan for municipal functionality at?',
      'Hvilket stadium er planen for kommunal funksjonalitet på?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, /utkast|draft/.test(text)]).toEqual([q, 'funksjonalitetsplan', true]);
    }
    refuses(['What stage is the canteen renovation at?']);
  });

  it('answers how big a task something is from the sentence that says it', () => {
    for (const q of [
      'Hvor stor oppgave blir opplæringen av medarbeiderne?',
      'Kor stor oppgåve blir opplæringa?',
      'How big a task is training the staff?',
      'Hvor stor oppgave regner man med at opplæringen av alle medarbeidere blir?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'opplaering']);
    refuses(['Hvor stor oppgave regner man med at migreringen blir?']);
    refuses(['Hvor stort budsjett har opplæringen?', 'Hvor mye koster opplæringen?']);
  });

  it('reads a benefit related to something as a benefit of it', () => {
    for (const q of [
      'Hvilken IT-relatert besparelse nevnes som en økonomisk gevinst for kommunene?',
      'Which IT-related saving is listed as an economic benefit?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, /journalsystemer|record systems/.test(text)]).toEqual([q, 'okonomi', true]);
    }
    refuses([
      'Hvilke IT-relaterte kostnader har prosjektet?',
      'Hvilke lønnsrelaterte kostnader har prosjektet?',
    ]);
  });

  it('reads freeing people up as fristille, and medicine lists as medication lists', () => {
    const training = shown('Skal det lages en plan for å frigjøre folk til opplæring i innføringsperioden?');
    expect(training.answer.topicId).toBe('opplaering');
    expect(training.text).toContain('fristille');
    const lists = shown('The medicine lists, will it take less time to reconcile them?');
    expect(lists.answer.topicId).toBe('effektivitet');
    expect(lists.text).toContain('medication lists');
  });
});

describe('yes/no questions that open with a passive verb', () => {
  it('reads a Norwegian question opening with a verb in -es or -ast as asking whether', () => {
    for (const [q, topic] of <[string, string][]>[
      ['Dokumenteres forslag til endrede arbeidsprosesser i den innledende kartleggingen?', 'funksjonalitet'],
      ['Dokumenteres ideer til endringer i kartleggingen?', 'funksjonalitet'],
      ['Kartlegges integrasjonene?', 'teknisk'],
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, topic]);
  });
});

describe('how the asker gains from the platform', () => {
  it('answers how to save time with the platform from the efficiency benefits', () => {
    for (const q of [
      'Hvordan kan vi spare tid i hverdagen med det nye journalsystemet?',
      'How can we save time with Helseplattformen?',
      'Korleis kan vi spare tid med journalsystemet?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'effektivitet']);
  });

  it('still refuses how to save time with something else', () => {
    refuses(['Hvordan kan jeg spare tid i Teams?', 'How can I save time on my commute?']);
  });

  it('answers where the platform saves time from the efficiency benefits, as how it does', () => {
    for (const q of [
      'Hvor skal vi spare tid i hverdagen med det nye systemet?',
      'Kvar kan vi spare tid med Helseplattformen?',
      'Where will we save time with the new platform?',
      'Hvor skal vi spare tid i hverdagen med det nye systemet? Hva står det om effektivitet?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'effektivitet']);
  });

  it('still refuses where something else is, or where time is saved without the platform', () => {
    refuses([
      'Hvor ligger kontoret som skal spare tid med systemet?',
      'Hvor skal vi spare tid?',
      'Where can I save time on my commute?',
      'Hvor kan jeg lese om hvordan vi sparer tid med Helseplattformen?',
    ]);
  });
});

describe('what something named first is to see to («Planen skal sørge for at …»)', () => {
  it('answers what the plan is to make the platform support, not who leads it', () => {
    for (const q of [
      'Planen skal sørge for at Helseplattformen støtter hva?',
      'Hva skal planen sørge for at Helseplattformen støtter?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text.includes('kommunale arbeidsprosesser')]).toEqual([
        q,
        'funksjonalitetsplan',
        true,
      ]);
    }
  });

  it('still refuses what something named first sees to when the page does not say', () => {
    refuses(['Strategien skal ha ansvaret for hva?']);
  });
});

describe('the plan asked for in nynorsk as what «vert laga»', () => {
  it('answers with the plan and its draft', () => {
    for (const q of [
      'Kva er det som vert laga no for korleis opsjonskommunane og Trondheim saman skal bidra i utviklinga?',
      'Kva plan vert laga no?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'funksjonalitetsplan',
        expect.stringContaining('utkast'),
      ]);
    }
  });
});
