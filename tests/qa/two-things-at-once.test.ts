import { loadLanguageData } from '../../src/qa/language-data';
import { pairedQuestions } from '../../src/qa/paired-question';
import { answerer, people, refuses, shown } from '../support/question-answering';

const words = loadLanguageData('content/language.yaml').focus;

describe('a later question that asks more of what the first one answers', () => {
  it('is asked of what the first question answers, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Hvilket organ skal passe på interessene til kommunene med opsjon, og hvor kommer representantene fra?',
      'Kva organ tek vare på interessene til opsjonskommunane, og kvar kjem representantane frå?',
      'Which body looks after the interests of the option municipalities, and where do its representatives come from?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'samarbeidsradet']);
      expect([q, /hele regionen|whole region/.test(text)]).toEqual([q, true]);
    }
  });

  it('refuses a detail the page does not give of whom the first question answers', () => {
    for (const q of [
      'Hvem leder prosjektet, og hva er telefonnummeret hans?',
      'Kven leiar prosjektet, og kva telefonnummer har han?',
      'Who leads the local project, and what is his phone number?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing]).toEqual([
        q,
        'fallback',
        { attribute: 'phone', subject: 'Ola Skorstad' },
      ]);
    }
  });
});

describe('one question asked of two things at once', () => {
  it('is the question asked of each of the two named after «både», «forskjellen på» or "difference between"', () => {
    expect(
      pairedQuestions(
        'Kan du gi meg e-postadressene til både prosjektlederen og lederen for prosjektkontoret?',
        words,
      ),
    ).toEqual([
      'Kan du gi meg e-postadressene til prosjektlederen',
      'Kan du gi meg e-postadressene til lederen for prosjektkontoret?',
    ]);
    expect(pairedQuestions('What is the difference between Teknisk and Opplæring?', words)).toEqual([
      'What is the Teknisk',
      'What is the Opplæring?',
    ]);
    expect(pairedQuestions('Hvem leder prosjektet og hvem leder prosjektkontoret?', words)).toBeUndefined();
  });

  it('answers both, in bokmål, nynorsk and English', () => {
    expect(
      people('Kan du gi meg e-postadressene til både prosjektlederen og lederen for prosjektkontoret?'),
    ).toEqual(['Ola Skorstad', 'Elise B. Vesterhus']);
    expect(
      people(
        'Hva er forskjellen på den som leder hele prosjektet og den som leder prosjektkontoret – hvem er hvem?',
      ),
    ).toEqual(['Ola Skorstad', 'Elise B. Vesterhus']);
    expect(
      people('Kva er skilnaden på kven som leiar prosjektet og kven som leiar prosjektkontoret?'),
    ).toEqual(['Ola Skorstad', 'Elise B. Vesterhus']);
    const units = shown(
      'What is the difference between the units that the training sub-project leader and the technical sub-project leader come from?',
    ).text;
    expect([units.includes('Personaltjenesten'), units.includes('IT-tjenesten')]).toEqual([true, true]);
    const tasks = shown(
      'Hva er forskjellen på hva delprosjektet for funksjonalitet og det tekniske delprosjektet skal kartlegge?',
    ).text;
    expect([tasks.includes('arbeidsprosesser'), tasks.includes('integrasjoner')]).toEqual([true, true]);
  });

  it('says which of the two lacks the detail asked for', () => {
    const { answer, text } = shown(
      'Hva er telefonnummeret til både prosjektlederen og lederen for prosjektkontoret?',
    );
    expect(text).toContain('952 63 567');
    expect(answer.unanswered?.[0]?.missing).toEqual({ attribute: 'phone', subject: 'Ola Skorstad' });
  });

  it('still refuses two things the page does not have', () => {
    refuses([
      'Hva er forskjellen på fylke og kommune?',
      'Kva er skilnaden mellom bokmål og nynorsk?',
      'Hva er forskjellen på prosjektlederen og rådmannen i Oslo?',
    ]);
  });
});

describe('a question that offers the answers to choose from', () => {
  it('is answered from the page, in bokmål, nynorsk and English, whichever choices it names', () => {
    for (const q of [
      "Which of these towns does the chair of the option municipalities' council come from: Kristiansund, Molde or Steinkjer?",
      'Hvilken av disse kommunene kommer lederen av samarbeidsrådet fra: Kristiansund, Molde eller Steinkjer?',
      'Kva for ein av desse kommunane kjem leiaren av samarbeidsrådet frå: Kristiansund, Molde eller Steinkjer?',
      'Which of these towns does the chair of the council come from: Bergen, Oslo or Tromsø?',
    ])
      expect([q, people(q)]).toEqual([q, ['Arne Ingebrigtsen']]);
    expect(
      shown('Samarbeidsråd members, they are from whole region or only around Trondheim?').text,
    ).toContain('whole region');
    expect(shown('Er prosjektkontoret i Bispegata eller i Munkegata?').text).toContain('Bispegata 9');
  });

  it('asks the question after «eller» that a question word opens', () => {
    const q =
      'Har kommunane i Møre og Romsdal allereie forplikta seg, eller korleis er dei knytte til Helseplattformen?';
    expect(shown(q).text).toContain('opsjonsavtale');
  });

  it('still refuses when the question itself asks what the page does not say, or of somewhere else', () => {
    refuses([
      'Hva tjener lederen av samarbeidsrådet: 500 000, 800 000 eller 1 million?',
      'Hvilket parti er lederen av samarbeidsrådet med i: Ap, Høyre eller Sp?',
      'Hvem leder Teknisk eller IT i Oslo kommune?',
      'Er tillitsvalde representerte i prosjektorganisasjonen eller i samarbeidsrådet?',
    ]);
  });
});
