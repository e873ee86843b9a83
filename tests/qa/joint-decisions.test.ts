import { answerer, refuses, shown } from '../support/question-answering';

// The procurement is the one thing the page says two organisations did together: Trondheim kommune and Helse
// Midt-Norge RHF. Asked who did it, with whom, whether together or alone, or who "ran" it, the answer is that
// decision and who made it; "run" said of the project or its office still asks for their lead.

/** The question is answered with the procurement, whose card names both organisations. */
function answersProcurement(questions: string[]): void {
  for (const q of questions) {
    const { answer, text } = shown(q);
    expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'anskaffelse']);
    expect([q, /Helse Midt-No(rge|reg) RHF/u.test(text)]).toEqual([q, true]);
  }
}

describe('what organisations did together', () => {
  it('answers which organisations, or with whom, the procurement was run', () => {
    answersProcurement([
      'Which two organisations ran the procurement project together?',
      'Which two organisations ran the purchasing process for the new patient record system together?',
      'Who did Trondheim kommune run the procurement project together with?',
      'Which organisations carried out the procurement together?',
    ]);
  });

  it('reads «which two» of what two organisations did as asking who did it together', () => {
    answersProcurement([
      'Which two parties ran the procurement of the joint record?',
      'Which two parties ran the procurement?',
      'Which 2 organisations carried out the procurement?',
      'Hvilke to parter gjennomførte anskaffelsen?',
      'Kva to partar gjennomførte anskaffinga?',
    ]);
    // More than the page names, or others than those who made it, are not asked for by the count.
    refuses([
      'Which three parties ran the procurement?',
      'Which two suppliers took part in the procurement?',
      'Which two municipalities run the joint record?',
    ]);
  });

  it('answers who ran the procurement, whatever it is said to be of', () => {
    answersProcurement([
      'Who ran the procurement for the new journal system?',
      'Who ran the procurement of the shared health record?',
      'Hvem drev anskaffelsen av det nye journalsystemet?',
      'Kven dreiv anskaffinga av det nye journalsystemet?',
    ]);
    // Run of the system itself, or of something the page does not have, is not the procurement.
    refuses(['Who runs the new journal system?', 'Who ran the procurement of the new coffee machine?']);
  });

  it('answers whether the procurement was done together or alone, in English and Norwegian', () => {
    answersProcurement([
      'Did Trondheim run the procurement together with Helse Midt-Norge RHF?',
      'Did Trondheim kommune carry out the procurement on its own?',
      'Did Trondheim kommune carry out the procurement together with someone else?',
      'Gjennomførte Trondheim kommune anskaffelsen alene?',
      'Gjorde Trondheim kommune innkjøpet åleine?',
    ]);
  });

  it('answers what the organisations did together in nynorsk as in bokmål and English', () => {
    answersProcurement([
      'Kva gjorde Helse Midt-Noreg RHF saman med Trondheim kommune?',
      'Hva gjorde Helse Midt-Norge RHF sammen med Trondheim kommune?',
      'What did Trondheim kommune do together with Helse Midt-Norge RHF?',
    ]);
    // (What one of them does together with others on its own work is that work.)
    expect(
      answerer.answer(
        'Driver Helse Midt-Norge RHF med et lignende planarbeid, og skal noe gjøres i fellesskap?',
      ).topicId,
    ).toBe('funksjonalitetsplan');
  });

  it('answers yes when the organisations are said to have done it jointly, in fellesskap or i lag', () => {
    for (const q of [
      'Stemmer det at Trondheim kommune og Helse Midt-Norge RHF gjennomførte anskaffelsen i fellesskap?',
      'Er det rett at det var Trondheim kommune og Helse Midt-Norge RHF som gjennomførte anskaffinga i lag?',
      'Vart anskaffingsprosjektet gjennomført i fellesskap av Trondheim kommune og Helse Midt-Noreg RHF?',
      'Is it correct that Trondheim municipality and Helse Midt-Norge RHF ran the procurement jointly?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.direct?.type === 'claimChecked' && answer.direct.yes]).toEqual([q, true]);
      expect([q, text]).toEqual([q, expect.stringMatching(/^(Ja|Yes)\b/u)]);
    }
  });

  it('answers no when another organisation is said to have done it with them, i lag or jointly', () => {
    for (const q of [
      'Vart anskaffinga gjennomført i lag med Helse Vest?',
      'Did Trondheim kommune and Helse Midt-Norge RHF carry out the procurement jointly with Oslo?',
      'Did Trondheim kommune ran the procurement alone?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Nei|No)\b/u)]);
  });

  it('reads "run" of the procurement as doing it, and of the project as leading it', () => {
    answersProcurement(['Who runs the procurement?', 'Hvem driver anskaffelsen?']);
    expect(answerer.answer('Who runs the project office?').topicId).toBe('prosjektkontoret');
    expect(answerer.answer('Hvem leder anskaffelsen?').kind).toBe('fallback');
  });

  it('still refuses another procurement, and who runs the company', () => {
    refuses([
      'Did Trondheim kommune carry out the payroll procurement on its own?',
      'The council wants to know who runs the company itself. Who is the chief executive of Helseplattformen AS?',
    ]);
  });
});

describe('how Trondheim kommune took part in the procurement', () => {
  it('answers the leadership group and project staff with the procurement, in any language', () => {
    for (const q of [
      "Has Trondheim municipality had people in Helseplattformen's leadership group?",
      'Trondheim kommune - only prosjektmedarbeidere, or also sitting in the leadership group?',
      'Hvordan har Trondheim kommune vært representert i arbeidet med Helseplattformen?',
      'Har Trondheim kommune vore med i leiargruppa?',
      'Sitter Trondheim kommune i ledergruppen?',
      'Har Trondheim kommune sittet i ledergruppen i anskaffelsesprosjektet, eller bare hatt prosjektmedarbeidere?',
      'Har Trondheim kommune sittet i ledergruppen i anskaffelsesprosjektet?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'anskaffelse']);
      expect([q, /ledergruppen|management group/.test(text)]).toEqual([q, true]);
    }
  });

  it('still refuses who is in the leadership group, which the page does not list', () => {
    refuses([
      'Who are the members of the management team?',
      'Who is in the management group?',
      'Hvem sitter i ledergruppen?',
    ]);
    expect(answerer.answer('Who sits on the council?').topicId).toBe('samarbeidsradet');
  });
});

describe('the partner in what organisations did together', () => {
  it('answers who was a partner in the procurement with both organisations', () => {
    answersProcurement([
      'Apart from Trondheim, who else was a partner in running the procurement?',
      "Who was Trondheim's partner in the procurement?",
      'Hvem var Trondheims partner i anskaffelsen?',
      'Kven var samarbeidspartnaren til Trondheim i anskaffinga?',
      'Hvem var samarbeidspartner i anskaffelsesprosjektet?',
    ]);
  });

  it("still refuses a person's partner, and a partner in what no one did together", () => {
    refuses([
      "Who is Tone Fagerholt's partner?",
      'Hvem er partneren til Ola Skorstad?',
      'Who was the partner in the training subproject?',
    ]);
  });
});

describe('a partner claimed in what organisations did together', () => {
  it('says yes of the organisation that did it with the other, and no of another', () => {
    for (const [q, line] of <[string, RegExp][]>[
      ["Was Helse Midt-Norge RHF Trondheim's partner in the procurement?", /^Yes\..*together/su],
      ['Was Helse Midt-Norge RHF a partner in the procurement?', /^Yes\..*together/su],
      ['Var Helse Midt-Norge RHF partneren til Trondheim i anskaffelsen?', /^Ja\..*sammen/su],
      ["Was KS Trøndelag Trondheim's partner in the procurement?", /^No\..*Helse Midt-Norge RHF/su],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(line)]);
  });

  it('still refuses a partner in what no one did together, or one the page does not know', () => {
    refuses([
      "Was Helse Midt-Norge RHF Trondheim's partner in the training?",
      "Was Helse Nord RHF Trondheim's partner in the procurement?",
      "Is Tone Fagerholt Ola Skorstad's partner?",
    ]);
  });
});

describe('a yes/no question whether the organisations that made a decision made it together', () => {
  it('says yes to together and no to alone, with the decision’s sentence', () => {
    for (const [q, verdict] of <[string, RegExp][]>[
      ["Was Helse Midt-Norge RHF Trondheim's partner when the new EHR was procured?", /^Yes\b[^]*together/u],
      ['Did Trondheim kommune carry out the procurement together with someone else?', /^Yes\b/u],
      ['Did Trondheim kommune carry out the procurement on its own?', /^No\b[^]*together/u],
      ['Gjennomførte Trondheim kommune anskaffelsen alene?', /^Nei\b[^]*sammen/u],
      ['Gjorde Trondheim kommune innkjøpet åleine?', /^Nei\b/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(verdict)]);
  });
});
