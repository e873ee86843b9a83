import { answerer, refuses } from '../support/question-answering';

// «Ledes gevinstrealisering av noen fra Rådmannens fagstab?»: a verb for leading in the passive that opens the question
// asks whether, as any verb does; no question word is in the passive.

const verdict = (q: string) => {
  const direct = answerer.answer(q).direct;
  return [q, direct?.type === 'ledBy' ? direct.yes : direct?.type];
};

describe('a yes/no question opened by a verb for leading in the passive', () => {
  it('answers yes or no with who leads it, in bokmål and nynorsk', () => {
    for (const [q, yes] of [
      ['Ledes gevinstrealisering av noen fra Rådmannens fagstab?', true],
      ['Ledes teknisk av Anne Amdal Storsve?', true],
      ['Ledes opplæring av noen fra IT-tjenesten?', false],
      ['Leiast opplæringa av nokon frå IT-tenesta?', false],
      ['Ledes prosjektkontoret av Tone Fagerholt?', false],
    ] as const)
      expect(verdict(q)).toEqual([q, yes]);
  });

  it('still refuses who leads it where the page does not say', () => {
    refuses(['Ledes prosjektet i Molde av Ola Skorstad?']);
  });
});

describe('a statement with a verb for leading in the passive, asked with a question mark', () => {
  it('answers yes or no with who leads it', () => {
    for (const [q, yes] of [
      ['opplæring ledes fra IT-tjenesten?', false],
      ['Teknisk ledes fra IT-tjenesten?', true],
      ['Gevinstrealisering ledes fra Rådmannens fagstab?', true],
    ] as const)
      expect(verdict(q)).toEqual([q, yes]);
  });

  it('still refuses a place or organisation the page does not know', () => {
    refuses(['Teknisk ledes fra Helse Vest?']);
  });
});

describe('a yes/no question with what is led before a verb for leading in the passive and the person after', () => {
  it('says whether the person named leads it, in English, bokmål and nynorsk', () => {
    for (const [q, yes] of [
      ['Is the project office in Trondheim led by Tone Fagerholt?', false],
      ['Is the project office led by Elise B. Vesterhus?', true],
      ['Is the training subproject led by Ola Skorstad?', false],
      ['Is the technical subproject led by Anne Amdal Storsve?', true],
      ['Er prosjektkontoret ledet av Tone Fagerholt?', false],
      ['Blir opplæringa leia av Line Kristoffersen?', false],
    ] as const)
      expect(verdict(q)).toEqual([q, yes]);
  });

  it('still refuses one led somewhere the page does not say', () => {
    refuses(['Is the project in Molde led by Ola Skorstad?']);
  });
});

describe('a statement that leaves out «is» before a word for leading and «by»/«av», asked with a question mark', () => {
  it('says whether the person named leads it, in English, bokmål and nynorsk', () => {
    for (const [q, yes] of [
      ['project office led by Elise?', true],
      ['project office led by Tone?', false],
      ['prosjektkontoret ledet av Elise?', true],
      ['opplæringa leia av Line Kristoffersen?', false],
    ] as const)
      expect(verdict(q)).toEqual([q, yes]);
  });

  it('answers in English when only the words around «led by» are English', () => {
    for (const q of ['training led by May Liz?', 'technical subproject led by Anne Amdal Storsve?'])
      expect([q, answerer.answer(q).lang]).toEqual([q, 'en']);
  });
});
