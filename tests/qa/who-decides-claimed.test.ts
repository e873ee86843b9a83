import { answerer, refuses, shown, verdict } from '../support/question-answering';

// The page says who decides one thing: «29. august avgjør Trondheim bystyre om kommunen skal gå inn som deleier i
// Helseplattformen AS». Asked whether someone decides it, the bot answers yes for the city council and no for another
// body, office, person or organisation, with that sentence.

/** Each question gets the verdict first and the page's sentence about the city council. */
function answersWith(verdict: RegExp, questions: string[]): void {
  for (const q of questions) {
    const { answer, text } = shown(q);
    expect([q, answer.direct?.type, text]).toEqual([q, 'claimChecked', expect.stringMatching(verdict)]);
    expect([q, /bystyre|city council/u.test(text)]).toEqual([q, true]);
  }
}

describe('claims of who decides something', () => {
  it('answers no when another body, office, person or organisation is said to decide it', () => {
    answersWith(/^(Nei|No)\b/u, [
      'Er det formannskapet i Trondheim som 29. august avgjør spørsmålet om deleierskap i Helseplattformen AS?',
      'Er det fylkestinget som bestemmer om Trondheim skal bli deleier?',
      'Avgjør fylkestinget om Trondheim skal bli deleier?',
      'Stemmer det at formannskapet avgjør deleierskapet?',
      'Er det rådmannen som avgjør deleierskap?',
      'Er det Helse Midt-Noreg RHF som avgjer deleigarskapen?',
      'Is it the county council that decides on co-ownership?',
      'Will the mayor decide whether Trondheim becomes co-owner?',
      'Is it Helse Midt-Norge RHF that decides on co-ownership?',
    ]);
  });

  it('answers yes when the city council is said to decide it, and no for another date', () => {
    answersWith(/^(Ja|Yes)\b/u, [
      'Er det bystyret som avgjør deleierskap?',
      'Er det bystyret som avgjer om Trondheim skal bli deleigar?',
      'Er det bystyret som 29. august avgjør deleierskap?',
      'Is it the city council that decides on co-ownership?',
    ]);
    answersWith(/^(Nei|No)\b/u, [
      'Er det bystyret som 29. september avgjør deleierskap?',
      'Skulle bystyret avgjere om kommunen skal bli deleigar i Helse Midt-Norge RHF?',
    ]);
  });

  it('answers yes for a time of the year that holds 29 August, and no for one that does not', () => {
    answersWith(/^(Ja|Yes)\b/u, [
      'Does the city council decide on co-ownership in summer?',
      'Does the city council decide on co-ownership in August?',
    ]);
    answersWith(/^(Nei|No)\b/u, [
      'Does the city council decide on co-ownership in spring?',
      'Is it the city council that decides on co-ownership in winter?',
      'Tar bystyret stilling om deleierskap om hausten?',
    ]);
  });

  it('reads taking or making the decision as deciding', () => {
    answersWith(/^(Ja|Yes)\b/u, [
      'Does the city council take the part-ownership decision on 29 August?',
      'Tar bystyret beslutningen om deleierskap 29. august?',
      'Is it the city council that makes the decision on co-ownership?',
    ]);
    answersWith(/^(Nei|No)\b/u, [
      "Is it true that Trondheim's city council takes the part-ownership decision on 29 June?",
      'Tar bystyret beslutningen om deleierskap 29. september?',
      'Does the county council take the part-ownership decision on 29 August?',
      'Tar formannskapet beslutningen om deleierskap?',
    ]);
    refuses(['Does the city council take the part-ownership decision in a closed meeting?']);
  });

  it('answers who decides with a guess after it, in a letter and in dialect too', () => {
    answersWith(/^(Nei|No)\b/u, [
      'Hei. Æ sitt i eldrerådet. Kæm e det som bestemme om Trondheim ska bli deleier – e det fylkestinget? Mvh Arne',
      'Hvem avgjør om Trondheim skal bli deleier – er det fylkestinget?',
      'Who decides on co-ownership, is it the county council?',
    ]);
    answersWith(/^(Ja|Yes)\b/u, [
      'Kem e det som bestemme om Trondheim skal bli deleier – e det bystyret?',
      'Who decides on co-ownership, is it the city council?',
    ]);
    expect(answerer.answer('Hvem avgjør om Trondheim skal bli deleier?').direct).toBeUndefined();
  });

  it('gives no verdict for a body that may be the council itself, nor for the outcome', () => {
    for (const q of [
      'Er det kommunestyret som avgjør deleierskap?',
      'Er det kommunen som avgjør deleierskap?',
    ])
      expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
    refuses([
      'What did the city council actually decide on 29 August – did Trondheim become a co-owner of Helseplattformen AS?',
      'Er det formannskapet som avgjør lønna mi?',
      'Er det formannskapet som avgjør hvem som leder prosjektet?',
    ]);
  });
});

describe('a cleft of who decides, in the order of a statement after «Er det riktig at …»', () => {
  it('answers it as the question form is answered, in bokmål, nynorsk and English', () => {
    answersWith(/^(Nei|No)\b/u, [
      'Er det riktig at det er formannskapet i Trondheim som avgjør om kommunen skal gå inn som deleier i Helseplattformen AS?',
      'Er det rett at det er fylkestinget som avgjer om Trondheim skal bli medeigar?',
      'Is it true that it is the county council that decides on co-ownership?',
    ]);
    answersWith(/^(Ja|Yes)\b/u, ['Stemmer det at det er bystyret som avgjør om Trondheim skal bli deleier?']);
  });

  it('still refuses it of another place or of what the page does not say is decided', () => {
    refuses([
      'Er det riktig at det er kommunestyret i Bergen som avgjør om kommunen skal bli deleier?',
      'Er det riktig at det er formannskapet som avgjør lønnen til prosjektlederen?',
    ]);
  });
});

describe('a claim of who decides that the page decides something the other way round', () => {
  it('answers no when the council is said to decide on sole ownership, which the page says is part-ownership', () => {
    answersWith(/^(Nei|No)\b/u, [
      'Skal bystyret avgjøre om kommunen blir eneier i Helseplattformen AS?',
      'Avgjør bystyret 29. august om Trondheim skal bli eneeier av Helseplattformen AS?',
      'Er det bystyret som avgjer om Trondheim skal bli eineigar?',
      'Will the city council decide on 29 August whether Trondheim becomes the sole owner of Helseplattformen AS?',
      'Is it the city council that decides whether Trondheim becomes sole owner?',
    ]);
  });

  it('still answers yes of part-ownership in its other words', () => {
    answersWith(/^(Ja|Yes)\b/u, [
      'Skal bystyret avgjøre om kommunen blir deleier i Helseplattformen AS?',
      'Er det bystyret som avgjer om Trondheim skal bli medeigar?',
      'Is it the city council that decides whether Trondheim becomes a co-owner?',
    ]);
  });

  it('gives no verdict on whether the municipality will become sole owner, which is not yet decided', () => {
    refuses([
      'Blir Trondheim eneier i Helseplattformen AS?',
      'Will Trondheim be the sole owner of Helseplattformen AS?',
    ]);
  });
});

describe('a claim that the council decides on leaving what the page says it decides on joining', () => {
  it('answers no when the council is said to decide on selling out, pulling out or leaving', () => {
    answersWith(/^(Nei|No)\b/u, [
      'Skal bystyret i Trondheim avgjere om kommunen skal selje seg ut av Helseplattformen AS?',
      'Avgjør bystyret om Trondheim skal selge eierandelen sin i Helseplattformen AS?',
      'Skal bystyret avgjøre om kommunen skal trekke seg ut av Helseplattformen AS?',
      'Will the city council decide whether Trondheim pulls out of Helseplattformen AS?',
      'Is it true that the city council decides whether Trondheim leaves Helseplattformen AS?',
    ]);
  });

  it('still answers yes of going in as part-owner, and gives no verdict on whether Trondheim will sell', () => {
    answersWith(/^(Ja|Yes)\b/u, [
      'Skal bystyret avgjøre om kommunen skal gå inn som deleier i Helseplattformen AS?',
      'Does the city council decide whether the municipality becomes a co-owner?',
    ]);
    for (const q of [
      'Skal Trondheim selge seg ut av Helseplattformen AS?',
      'Will Trondheim sell its stake in Helseplattformen AS?',
    ])
      expect([q, verdict(q)]).toEqual([q, undefined]);
  });
});
