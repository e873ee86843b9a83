import { refuses, shown } from '../support/question-answering';

// A yes/no question that gives a number of what the page lists («sju medlemmer», "three subprojects") is checked by
// counting the list: «Ja» or «Nei» with the count, in statements with a tag as in questions.

/** The answer's first line opens with the verdict and has the count (the question is part of the value compared). */
function counted(q: string, verdict: string, count: string): void {
  const first = shown(q).text.split('\n')[0]!;
  expect([q, first.startsWith(verdict), first]).toEqual([q, true, expect.stringContaining(count)]);
}

describe('a number claimed of what the page lists', () => {
  it('says no to another number of the council’s members, with the nine', () => {
    counted('Samarbeidsrådet har sju medlemmer, ikke sant?', 'Nei', '9 medlemmer');
    counted('Har samarbeidsrådet åtte medlemmer?', 'Nei', '9 medlemmer');
    counted('The cooperation council has ten members, right?', 'No', '9 members');
  });

  it('says yes to the right number, in figures or in words, in nynorsk too', () => {
    counted('Samarbeidsrådet har 9 medlemmer, stemmer det?', 'Ja', '9 medlemmer');
    counted('Har samarbeidsrådet ni medlemar?', 'Ja', '9');
    counted('Does the cooperation council have nine members?', 'Yes', '9 members');
    counted('Har samarbeidsrådet seks rådmenn?', 'Ja', '6 av medlemmene');
  });

  it('compares the count with a number said to be more or fewer than it, at least or at most', () => {
    counted('Har samarbeidsrådet flere enn sju medlemmer?', 'Ja', '9 medlemmer');
    counted('Har samarbeidsrådet mer enn ti medlemmer?', 'Nei', '9 medlemmer');
    counted('Har samarbeidsrådet fleire enn ti medlemar?', 'Nei', '9');
    counted('Does the council have fewer than twelve members?', 'Yes', '9 members');
    counted('Har samarbeidsrådet minst ni medlemmer?', 'Ja', '9 medlemmer');
    counted('Does the implementation project have at most three subprojects?', 'No', '4 subprojects');
  });

  it('counts the subprojects of the implementation project', () => {
    counted('Trondheim’s implementation project has three subprojects, right?', 'No', '4 subprojects');
    counted('Does the Trondheim local implementation project have five subprojects?', 'No', '4 subprojects');
    counted('Does the implementation project have four subprojects?', 'Yes', '4 subprojects');
    counted('Har innføringsprosjektet fem delprosjekter?', 'Nei', '4 delprosjekter');
    counted('Innføringsprosjektet har fire delprosjekt, ikkje sant?', 'Ja', '4');
  });

  it('counts them when the claim spells them out after a colon', () => {
    counted(
      'Stemmer det at innføringsprosjektet i Trondheim berre er delt i tre delprosjekt: funksjonalitet, teknisk og opplæring?',
      'Nei',
      '4 delprosjekt',
    );
    counted(
      'Is it true that the project has only three subprojects: functionality, technical and training?',
      'No',
      '4',
    );
    counted('Har prosjektet bare to delprosjekter: teknisk og opplæring?', 'Nei', '4');
    counted(
      'Er det riktig at prosjektet har fire delprosjekter: Funksjonalitet, Teknisk, Opplæring og Gevinstrealisering?',
      'Ja',
      '4',
    );
  });

  it('leaves a figure of a sentence to the sentence', () => {
    counted('Er det 40 000 ansatte som berøres?', 'Ja', '40 000');
    counted('Får 5000 ansatte nytt verktøy?', 'Nei', '7000');
  });

  it('still refuses a number of what the page does not count', () => {
    refuses([
      'Har samarbeidsrådet sju leger?',
      'Har prosjektkontoret fem ansatte?',
      'Har fagrådet ti medlemmer?',
      'Er det 12 kommuner med?',
    ]);
  });
});
