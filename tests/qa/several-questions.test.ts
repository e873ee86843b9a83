import { loadLanguageData } from '../../src/qa/language-data';
import { questionParts } from '../../src/qa/question-parts';
import { answerer, people, refuses, shown } from '../support/question-answering';

const words = loadLanguageData('content/language.yaml').focus;
const parts = (q: string) => questionParts(q, words).map((p) => p.text);

describe('a message that asks several questions', () => {
  it('is split after «og»/«and» or a comma before a question word, and at a second question mark', () => {
    expect(parts('Hvem leder prosjektet og hvem leder prosjektkontoret?')).toEqual([
      'Hvem leder prosjektet',
      'hvem leder prosjektkontoret?',
    ]);
    expect(parts('Who leads the project office, and who is kommunikasjonsansvarlig?')).toEqual([
      'Who leads the project office',
      'who is kommunikasjonsansvarlig?',
    ]);
    expect(parts('God morgen! Kven leiar Teknisk? Kven leiar Opplæring? Takk')).toEqual([
      'Kven leiar Teknisk?',
      'Kven leiar Opplæring?',
    ]);
    // A question word that opens the first question is no second one.
    expect(parts('Jeg lurer på hvem som leder Teknisk')).toEqual(['Jeg lurer på hvem som leder Teknisk']);
  });

  it('splits and answers a yes/no question followed by a question word, also of the same thing', () => {
    expect(parts('Finnes det en felles e-postadresse til prosjektkontoret, og hvem leder kontoret?')).toEqual(
      ['Finnes det en felles e-postadresse til prosjektkontoret', 'hvem leder kontoret?'],
    );
    for (const q of [
      'Jeg vet ikke hvem jeg skal spørre – finnes det en felles e-postadresse til prosjektkontoret, og hvem leder kontoret?',
      'Finst det ei felles e-postadresse til prosjektkontoret, og kven leiar kontoret?',
      'Is there a shared e-mail address for the project office, and who leads the office?',
    ]) {
      const { text } = shown(q);
      expect([q, text]).toEqual([
        q,
        expect.stringContaining('helseplattformen.helseogvelferd@trondheim.kommune.no'),
      ]);
      expect([q, text]).toEqual([q, expect.stringContaining('Vesterhus')]);
    }
    refuses(['Finnes det en kantine i bygget, og hvem driver den?']);
  });

  it('answers each question about something of its own in one card, in bokmål, nynorsk and English', () => {
    expect(people('Hvem leder prosjektet og hvem leder prosjektkontoret?')).toEqual([
      'Ola Skorstad',
      'Elise B. Vesterhus',
    ]);
    expect(people('Who leads "the project office" and who is "kommunikasjonsansvarlig"?')).toEqual([
      'Elise B. Vesterhus',
      'Tone Fagerholt',
    ]);
    expect(people('Kven er kommunikasjonsansvarleg, og kven leiar Gevinstrealisering?')).toEqual([
      'Tone Fagerholt',
      'Øyvind Tanum',
    ]);
    const { answer } = shown('Hvor ligger prosjektkontoret, og når avgjør bystyret deleierskap?');
    expect(answer.items.map((i) => i.type)).toEqual(['location', 'decision']);
  });

  it('answers the known question and says which one it cannot answer, instead of leaving it out', () => {
    const { answer, text } = shown('Hvem leder prosjektet og hvem vant kommunevalget?');
    expect(answer.kind).toBe('answer');
    expect(people('Hvem leder prosjektet og hvem vant kommunevalget?')).toEqual(['Ola Skorstad']);
    expect(text).toContain('Dette vet jeg dessverre ikke: «Hvem vant kommunevalget?»');
    expect(text).toContain('helseplattformen.helseogvelferd@trondheim.kommune.no');
    // What is missing is said as such when the bot knows it.
    expect(shown("Who leads the project office, and what is Ola Skorstad's phone number?").text).toContain(
      'I have no phone number for Ola Skorstad.',
    );
  });

  it('reads «det»/«it» after a verb of being at the end of a later question as pointing back to nothing', () => {
    const { answer } = shown('Kven leiar prosjektkontoret og kor mange delprosjekt er det?');
    expect(answer.direct).toEqual(expect.objectContaining({ type: 'count', count: 4 }));
    // The count's list stands right under the count line, then the answer to the other question.
    expect(answer.items.map((i) => i.type)).toEqual(['subprojectList', 'person']);
    expect(people('Kven leiar prosjektkontoret og kor mange delprosjekt er det?')).toEqual([
      'Elise B. Vesterhus',
    ]);
  });

  it('reads «dem»/«them» in a later question as what the question before counts or lists', () => {
    for (const q of [
      'Hvor mange ansatte gjelder dette totalt i Midt-Norge, og hvor mange av dem i Trondheim kommune?',
      'How many employees are affected in Central Norway, and how many of them in Trondheim kommune?',
    ]) {
      const { text } = shown(q);
      expect([q, text.includes('40 000'), text.includes('7000')]).toEqual([q, true, true]);
    }
  });

  it('answers a second question that points back to the first as one question', () => {
    const { answer, text } = shown('Kven leiar prosjektkontoret, og kva telefonnummer har ho?');
    expect(answer.unanswered).toBeUndefined();
    expect(text).toContain('952 63 567');
    expect(
      answerer.answer('Hvilken rolle og hvilken kommune har Ragnhild Holmberg Aunsmo?').unanswered,
    ).toBeUndefined();
  });

  it('still refuses when no question of the message is answered by the page', () => {
    refuses([
      'Which vendor supplies the journal system, and who is their contact person?',
      'Hvem vant kommunevalget, og hvem blir ny ordfører?',
    ]);
  });
});

describe('a relative clause between commas inside a yes/no question', () => {
  it('is no question of its own, so the bare start of the question gets no yes', () => {
    const q = 'Is Bindal, which takes part through an option agreement, located in Troms?';
    expect(shown(q).text).not.toMatch(/^Yes/u);
    expect(shown('Er Bindal med, og hvem leder prosjektet?').text).toMatch(/Ola Skorstad/u);
  });
});

describe("a question word with «is» run into it («What's», «Who's») in a message of several questions", () => {
  it('is split where the second question opens, and each question is answered', () => {
    expect(parts("What's the deadline, and when is a similar case expected for the city?")).toEqual([
      "What's the deadline",
      'when is a similar case expected for the city?',
    ]);
    expect(people("Who's the project lead, and who's the head of the project office?")).toEqual([
      'Ola Skorstad',
      'Elise B. Vesterhus',
    ]);
    const q =
      "What's the deadline for the RHF's benefits strategy, and when is a similar case expected for the city?";
    expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/01\.10\.2018.*2018\/2019/su)]);
  });

  it('still says which of them the page cannot answer', () => {
    const { text } = shown("Who's the project lead, and what's the canteen menu?");
    expect(text).toContain('Ola Skorstad');
    expect(text).toContain("What's the canteen menu?");
    refuses(["Who's the mayor, and what's the canteen menu?"]);
  });
});

describe('a sentence that says what the first of several questions after it is asked of', () => {
  it('is read with that first question, which names nothing of its own', () => {
    expect(
      parts(
        "The page mentions a deadline for the RHF's benefits strategy. What's the date, and when is a similar case expected for the city?",
      ),
    ).toEqual([
      "The page mentions a deadline for the RHF's benefits strategy. What's the date",
      'when is a similar case expected for the city?',
    ]);
    for (const q of [
      "The page mentions a deadline for the RHF's benefits strategy. What's the date, and when is a similar case expected for the city?",
      'Siden nevner en frist for RHF-ets strategi for gevinstrealisering. Hva er datoen, og når ventes en tilsvarende sak i bystyret?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/01\.10\.2018.*2018\/2019/su)]);
    for (const q of [
      'Skal ha personalmøte neste uke om hvordan folk skal læres opp i det nye systemet. Hvem er det som styrer den delen, og hvor i kommunen sitter hun?',
      'There is a staff meeting about the training next week. Who runs that part, and where in the municipality does she work?',
      'Neste veke er det personalmøte om korleis folk skal lærast opp. Kven styrer den delen, og kvar i kommunen sit ho?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/Bjørnevik Tho.*Personaltjenesten/su)]);
  });

  it('still leaves a single question, and a question of something the page does not have, as they were', () => {
    expect(parts('Jeg jobber i Molde. Hvem leder prosjektet?')).toEqual(['Hvem leder prosjektet?']);
    // (Nor is a sentence of the asker's own read with it: it says who asks.)
    expect(
      parts(
        "I'm a visiting official from the Swedish regions. Which phone numbers does the page list, and whose are they?",
      )[0],
    ).toBe('Which phone numbers does the page list');
    refuses([
      'The page mentions a canteen. What is on the menu, and when does it open?',
      'Skal ha møte om kantina. Hvem leder den, og hvor sitter hun?',
    ]);
  });
});
