import { answerer, shown } from '../support/question-answering';

// The page says what each subproject is to do («Delprosjektet skal kartlegge …», «… har som oppdrag å …»; in English
// only «The subproject maps …»). A claim that a subproject must do it («må», "must") is answered yes with that
// sentence, and making a plan is the page's developing one («utvikle en konkret plan», "develops a concrete plan").
// What the page says someone can do, or does not say, gets no yes.

/** Each question opens with the verdict and gives the sentence that has `words`. */
function answersWith(verdict: RegExp, words: RegExp, questions: string[]): void {
  for (const q of questions) {
    const { answer, text } = shown(q);
    expect([q, answer.direct?.type, text]).toEqual([q, 'claimChecked', expect.stringMatching(verdict)]);
    expect([q, words.test(text)]).toEqual([q, true]);
  }
}

describe('a claim of what a subproject must do', () => {
  it('answers yes with the sentence of its mandate, in bokmål, nynorsk and English', () => {
    answersWith(/^(Ja|Yes)\b/u, /integrasjoner|integrations/u, [
      'Må Teknisk kartlegge alle integrasjoner?',
      'Må delprosjektet Teknisk kartleggje alle integrasjonane?',
      'Must the technical subproject map all integrations?',
    ]);
    answersWith(/^(Ja|Yes)\b/u, /opplæringsbehov|training needs/u, [
      'Må delprosjektet Opplæring definere opplæringsbehov?',
      'The training subproject must define training needs, right?',
    ]);
    answersWith(/^(Ja|Yes)\b/u, /arbeidsprosesser|work processes/u, [
      'Må funksjonalitetsdelprosjektet kartlegge alle arbeidsprosesser?',
      'Must the functionality subproject map all work processes?',
    ]);
  });

  it('reads making or drawing up a plan as the page’s developing one', () => {
    answersWith(/^(Ja|Yes)\b/u, /opplæringsressurser|training resources/u, [
      'The training subproject must make a concrete plan for freeing up training resources during rollout, correct?',
      'Does the training subproject have to make a concrete plan for freeing up training resources?',
      'Is the training subproject supposed to make a plan for freeing up training resources during the rollout period?',
      'Må opplæringsdelprosjektet lage ein konkret plan for å frigjere opplæringsressursar?',
    ]);
  });

  it('answers no when another subproject is said to do it', () => {
    answersWith(/^(Nei|No)\b/u, /training resources/u, [
      'Does the technical subproject make a concrete plan for freeing up training resources?',
    ]);
    answersWith(/^(Nei|No)\b/u, /integrations/u, ['Must the subproject for training map all integrations?']);
  });

  it('gives no yes for what the page says can be done, or does not say', () => {
    for (const q of [
      'Må fastlegene koble seg på?',
      'Must GPs connect to the solution?',
      'Must the training subproject hire new nurses?',
      'Må kommunene bruke Helseplattformen?',
    ])
      expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
  });
});
