import { createAnswerCard } from '../../src/cards/answer-card';
import { firstSentence } from '../../src/cards/first-sentence';
import { createQuestionAnswerer } from '../../src/qa';

describe('the first sentence of a summary', () => {
  test.each([
    [
      'an ordinal date is not the end of a sentence',
      '29. august avgjør Trondheim bystyre om kommunen skal gå inn som deleier i Helseplattformen AS. Mer tekst.',
      '29. august avgjør Trondheim bystyre om kommunen skal gå inn som deleier i Helseplattformen AS.',
    ],
    [
      'an ordinal date in the middle, and an ordinal floor',
      'Møtet er 3. mars i 3. etasje. Ta med PC.',
      'Møtet er 3. mars i 3. etasje.',
    ],
    [
      'a date in digits ends where the sentence ends',
      'Fristen er 01.10.2018. Så følger bystyret.',
      'Fristen er 01.10.2018.',
    ],
    [
      'abbreviations before a capital letter do not end it',
      'Dette gjelder bl.a. Trondheim og f.eks. Malvik, ca. 7000 ansatte og St. Olavs hospital. Neste setning.',
      'Dette gjelder bl.a. Trondheim og f.eks. Malvik, ca. 7000 ansatte og St. Olavs hospital.',
    ],
    [
      'an initial is not the end of a sentence',
      'Prosjektkontoret ledes av Elise B. Vesterhus og kan nås på e-post. Ring gjerne.',
      'Prosjektkontoret ledes av Elise B. Vesterhus og kan nås på e-post.',
    ],
    ['a question mark ends it', 'Hvem bestemmer? Bystyret gjør.', 'Hvem bestemmer?'],
    [
      'an English ordinal-free text',
      'On August 29 the council decides. More.',
      'On August 29 the council decides.',
    ],
    [
      'a text of one sentence without a period',
      'Bare én setning uten punktum',
      'Bare én setning uten punktum',
    ],
    ['a closing quote stays with its sentence', 'Han sa «ja.» Så gikk han.', 'Han sa «ja.»'],
  ])('%s', (_name, text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });

  test('the decisions card shows the whole first sentence of a decision that starts with its date', () => {
    const { answerer, officeEmail } = createQuestionAnswerer('content/knowledge-base.yaml');
    const card = JSON.stringify(createAnswerCard(answerer.overview('decisions', 'nb'), { officeEmail }));
    expect(card).toContain('29. august avgjør Trondheim bystyre om kommunen skal gå inn som deleier');
    expect(card).not.toMatch(/"text":"29\."/);
  });
});
