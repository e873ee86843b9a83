import { findFocus } from '../../src/qa/focus';
import { loadLanguageData } from '../../src/qa/language-data';
import { answerer, people, refuses, shown } from '../support/question-answering';

const words = loadLanguageData('content/language.yaml').focus;
const focus = (q: string) => findFocus(q, words)?.text;

describe('finding the question in a wordy message', () => {
  it('takes the question after a verb of knowing or wondering, in bokmål, nynorsk and English', () => {
    expect(focus('Til et møte i morgen trenger jeg å vite hvem som leder Teknisk.')).toBe(
      'hvem som leder Teknisk.',
    );
    expect(focus('Eg skriv eit notat og lurer på kven som leiar opplæringa')).toBe(
      'kven som leiar opplæringa',
    );
    expect(focus('Our team would like to understand which municipalities take part')).toBe(
      'which municipalities take part',
    );
  });

  it('asks a yes/no question after «om», «whether» or «if» with its verb first', () => {
    expect(focus('Som fastlege lurer jeg på om legevakten er med.')).toBe('er legevakten med.');
    expect(focus('I work in a nursing home and wonder whether the emergency clinic is included')).toBe(
      'is the emergency clinic included',
    );
    // "om" that opens no yes/no question is left as it is.
    expect(focus('Jeg vil vite mer om opplæringen.')).toBe('mer om opplæringen.');
  });

  it('takes the question after an opener that says who asks, or after a comma', () => {
    expect(focus('Som sykepleier, er legevakten med?')).toBe('er legevakten med?');
    expect(focus('For a report to our board, where is the project office?')).toBe(
      'where is the project office?',
    );
  });

  it('takes a request after a comma as the question («…, could you list …», «…, kan du …»)', () => {
    expect(focus('For an international comparison study, could you list the members of the council?')).toBe(
      'could you list the members of the council?',
    );
    expect(focus('Til en rapport jeg skriver, kan du liste opp medlemmene i samarbeidsrådet?')).toBe(
      'kan du liste opp medlemmene i samarbeidsrådet?',
    );
    const members = shown(
      'For an international comparison study, could you list the members of the cooperation council for option municipalities?',
    ).text;
    for (const name of ['Arne Sverre Dahl', 'Ragnhild Holmberg Aunsmo', 'Torunn Austheim'])
      expect(members).toContain(name);
    expect(people('Til eit notat, kan du fortelje kven som leiar opplæringa?')).toEqual([
      'May Liz Bjørnevik Tho',
    ]);
    refuses([
      'For an international comparison study, could you list the members of the hospital board?',
      'For a study, can you tell me the price of the licences?',
      'Til en rapport, kan du si hva lisensene koster?',
    ]);
  });

  it('leaves a plain question, or two questions in one sentence, whole', () => {
    expect(findFocus('Hvem leder Teknisk?', words)).toBeUndefined();
    expect(findFocus('Hvem leder Teknisk, og hvem leder Opplæring?', words)).toBeUndefined();
    expect(findFocus('Where is the office, who runs it?', words)).toBeUndefined();
  });

  it('puts the name of a person named before in place of a pronoun for them', () => {
    expect(focus('Jeg fikk en e-post fra Elise B. Vesterhus. Hva er rollen hennes?')).toBe(
      'Hva er rollen Elise B. Vesterhus?',
    );
    expect(focus('Someone called May Liz Bjørnevik Tho phoned me. What does she do?')).toBe(
      'What does May Liz Bjørnevik Tho do?',
    );
  });

  it('writes a phrase that only ties the question to its topic plainly', () => {
    expect(focus('Who is Ola Skorstad in relation to the project?')).toBe(
      'Who is Ola Skorstad about the project?',
    );
  });
});

describe('answering the question in a wordy message', () => {
  it('answers the question, not the words about who asks and why', () => {
    expect(
      people('Jeg skal holde et innlegg for styret vårt og vil gjerne vite hvem som leder Opplæring.'),
    ).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Som avdelingsleder på sykehjemmet lurer jeg på hvem som har ansvar for Teknisk')).toEqual([
      'Anne Amdal Storsve',
    ]);
    expect(
      people("I'm writing a memo for the hospital board and need to know who leads the project office."),
    ).toEqual(['Elise B. Vesterhus']);
    expect(people('As a nurse in another municipality, who leads the training subproject?')).toEqual([
      'May Liz Bjørnevik Tho',
    ]);
  });

  it('answers what follows a verb of knowing or asking when no question word does', () => {
    expect(
      answerer.answer('Vi lager en plakat og vil gjerne vite e-postadressen til prosjektkontoret.').topicId,
    ).toBe('prosjektkontoret');
    expect(people('Kollegaen min spurte meg om hvem som leder Teknisk')).toEqual(['Anne Amdal Storsve']);
    expect(answerer.answer("I'd like to know the weather in Trondheim tomorrow.").kind).toBe('fallback');
  });

  it('answers a yes/no question asked inside a sentence, and refuses one about something the page does not have', () => {
    const yes = answerer.answer(
      'Jeg jobber på et sykehjem og lurer på om legevakten er med i Helseplattformen.',
    );
    expect(yes.kind).toBe('answer');
    expect(yes.topicId).toBe('tjenester');
    expect(answerer.answer('I wonder whether the canteen is open today.').kind).toBe('fallback');
  });

  it('answers about a person named in the sentence before a pronoun', () => {
    expect(people('Navnet Ole Gunnar Kjøsnes står i et referat. Hvem er han?')).toEqual([
      'Ole Gunnar Kjøsnes',
    ]);
    expect(people('The name Tone Fagerholt came up at a meeting. What is her role in the project?')).toEqual([
      'Tone Fagerholt',
    ]);
  });

  it('answers a question that points back with what the words before it name', () => {
    expect(people('Vi var på et møte om Funksjonalitet i går, hvem leder det?')).toEqual([
      'Line Kristoffersen',
    ]);
    expect(
      answerer.answer('I read about the Cooperation Council in a newsletter, who chairs it?').topicId,
    ).toBe('samarbeidsradet');
    expect(answerer.answer('Jeg har hørt om kantina, hvor ligger den?').kind).toBe('fallback');
  });

  it("reads the asker's own and what follows the question from the rest of the message", () => {
    expect(
      people('Jeg jobber i Molde kommune og lurer på hvem som representerer kommunen vår i samarbeidsrådet'),
    ).toEqual(['Arne Sverre Dahl']);
    expect(findFocus('Hvem tok bildet? Det av samarbeidsrådet.', words)?.needsRest).toBe(true);
  });

  it('lets the whole message decide when it names a place the page does not know', () => {
    expect(answerer.answer('Vi i Bergen kommune lurer på hvem som leder prosjektet').kind).toBe('fallback');
    expect(answerer.answer('As a nurse in Stavanger, I wonder who leads the training there?').kind).toBe(
      'fallback',
    );
    // Unless the question names a place the page knows itself.
    expect(
      answerer.answer('Vi i Bergen kommune lurer på hvem som representerer Molde i samarbeidsrådet').kind,
    ).toBe('answer');
  });
});

describe('how the asker does something, inside a wordy message', () => {
  it('refuses how to sign up for a course, whatever the words before it match, and reads «kort fortalt» as filler', () => {
    for (const q of [
      'Jeg er ny leder – hvordan melder jeg meg på lederopplæringen i kommunen?',
      'hvordan melder jeg meg på lederopplæringen i kommunen?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'fallback']);
    // A phone number asked for in the same way is still answered from the words before it.
    expect(
      shown('Jeg vil ringe den som styrer prosjektkontoret – hvilket nummer skal jeg slå?').text,
    ).toContain('952 63 567');
    expect(answerer.answer('Hva er Helseplattformen, kort fortalt?').kind).toBe('answer');
  });
});

describe('«vi» after the asker says where they work', () => {
  it('reads «vi»/«oss» as the workplace the words before name', () => {
    for (const q of [
      'Jeg jobber på legevakten – blir vi også en del av Helseplattformen?',
      'jobber i fengselshelsetjenesten – gjelder helseplattformen oss også?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'tjenester']);
  });
});

describe('a question that says itself what it points back to, or follows a question of its own', () => {
  it('answers «den planen» as the plan it names, not the words of the sentence before', () => {
    for (const q of [
      'Det er visst ein plan på gang for korleis kommunane skal vere med og forme systemet. Ka skal den planen omfatte?',
      'Det er visst eit fagråd som jobbar med dette. Kva har det fagrådet gjort før?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([
        q,
        expect.stringMatching(/funksjonalitetsplan|fagradet/),
      ]);
  });

  it('answers the message as a whole when the words before the last question ask themselves', () => {
    expect(
      answerer.answer('Kva er målet med planen for kommunal funksjonalitet – kva skal løysinga støtte?')
        .topicId,
    ).toBe('funksjonalitetsplan');
    expect(people('Who is responsible for planning how the staff will be trained?')).toEqual([
      'May Liz Bjørnevik Tho',
    ]);
  });

  it('lists the kind a question asks of what the sentence before names, when its pointing word stands alone', () => {
    for (const q of [
      'Jeg er konsulent i innføringsprosjektet i Trondheim. Hvilke delprosjekter består det av?',
      'Eg har fått jobb i innføringsprosjektet. Kva delprosjekt har det?',
      "I've just been hired by the implementation project. Which subprojects does it have?",
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'delprosjekter']);
  });

  it('still refuses such a message about what the page does not hold', () => {
    for (const q of [
      'Kva er planen for julebordet – kven skal vere med?',
      'Det er visst eit nytt delprosjekt for kantina. Kven leiar det delprosjektet?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'fallback']);
  });
});

describe('a question in a wordy message that the page cannot answer', () => {
  it('is refused for what it asks, not answered with its topic', () => {
    for (const q of [
      'Vi lurer på når opplæringen starter',
      'Vi i Oppdal lurer på når vi tar i bruk Helseplattformen',
      'Eg lurer på når opplæringa byrjar',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'fallback']);
  });

  it('still answers what the page does say', () => {
    expect(people('Jeg lurer på hvem som leder opplæringen')).toEqual(['May Liz Bjørnevik Tho']);
    expect(shown('Vi lurer på hvor mange ansatte i Trondheim som får nytt verktøy').text).toContain('7000');
  });
});
