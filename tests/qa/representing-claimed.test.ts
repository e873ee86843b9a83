import { answerer, refuses, shown } from '../support/question-answering';

// «Representerer Ole Gunnar Kjøsnes Helse Midt-Norge?»: of someone named, a verb for representing says where they are
// from, as «Er … fra …?» does; it asks for no one.

const verdict = (q: string) => {
  const direct = answerer.answer(q).direct;
  return [q, direct?.type === 'roleOf' ? direct.yes : direct?.type];
};

describe('a yes/no question of whom a person named represents', () => {
  it('answers yes with their role when it says so', () => {
    for (const q of [
      'Representerer Karl Audun Fagerli Lierne?',
      'Representerer Ole Gunnar Kjøsnes KS?',
      'Ole Gunnar Kjøsnes representerer KS?',
      'Does Bjørn Buan represent Orkland on the council?',
    ])
      expect(verdict(q)).toEqual([q, true]);
  });

  it('answers no with their role when it says otherwise, also of a place the page does not know', () => {
    for (const q of [
      'Representerer Ole Gunnar Kjøsnes Helse Midt-Norge?',
      'Representerer Tone Fagerholt Molde?',
      'Does Karl Audun Fagerli represent Levanger?',
    ])
      expect(verdict(q)).toEqual([q, false]);
    expect(answerer.answer('Representerer Ole Gunnar Kjøsnes Helse Midt-Norge?').direct).toMatchObject({
      role: expect.stringContaining('Sentralforbund'),
    });
  });

  it('still asks who when no one is named', () => {
    expect(answerer.answer('Hvem representerer Lierne?').direct).toBeUndefined();
    refuses(['Representerer nokon Bindal i rådet?', 'Representerer Kari Nordmann Molde?']);
  });
});

describe('a yes/no question whether a municipality has a representative in a body', () => {
  it('answers yes with the member from there, as «Er … representert i …?» does, in any language', () => {
    for (const [q, start] of [
      ['Har Hareid kommune en representant i Samarbeidsrådet?', 'Ja: «Evelyn Haram Larsen (Hareid kommune)»'],
      ['Har Verdal ein representant i samarbeidsrådet?', 'Ja: «Ragnhild Holmberg Aunsmo (Verdal kommune)»'],
      ['Does Hareid have a representative on the council?', 'Yes: “Evelyn Haram Larsen (Hareid kommune)”'],
    ])
      expect([q, shown(q!).text.startsWith(start!)]).toEqual([q, true]);
  });

  it('refuses it of a municipality the page names no member from', () => {
    refuses([
      'Har Bergen kommune en representant i Samarbeidsrådet?',
      'Does Stjørdal have a representative on the council?',
    ]);
  });
});
