import { answerSummary, cardText, createAnswerCard, createFallbackCard } from '../../src/cards/answer-card';
import { createHelpCard, createWelcomeCard } from '../../src/cards/help-card';
import type { Answer, AnswerItem } from '../../src/qa/answer';
import { loadKnowledgeBase, type Lang } from '../../src/qa/knowledge-base';
import { adaptiveCardProblems } from '../support/validate-adaptive-card';

const kb = loadKnowledgeBase('content/knowledge-base.yaml');
const officeEmail = kb.projectOffice.email;
const person = (id: string) => kb.people.find((p) => p.id === id)!;

/** One answer item of every kind, built from the real knowledge base. */
const items: AnswerItem[] = [
  { type: 'person', person: person('elise-vesterhus'), focus: 'phone' },
  { type: 'person', person: person('anne-storsve'), context: 'teknisk' },
  {
    type: 'unit',
    unit: kb.units[1]!,
    lead: person('elise-vesterhus'),
    location: kb.locations[0],
    focus: 'phone',
  },
  { type: 'location', location: kb.locations[0]! },
  { type: 'subproject', subproject: kb.subprojects[0]!, lead: person('line-kristoffersen') },
  {
    type: 'subprojectList',
    subprojects: kb.subprojects.map((s) => ({ subproject: s, lead: person(s.lead) })),
  },
  {
    type: 'body',
    body: kb.bodies[0]!,
    leader: person('arne-ingebrigtsen'),
    members: kb.bodies[0]!.members.map(person),
  },
  { type: 'decision', decision: kb.decisions[0]! },
  { type: 'decisionList', decisions: kb.decisions },
  { type: 'fact', fact: kb.facts[0]! },
  { type: 'gains', title: kb.gains.title, categories: kb.gains.categories },
  { type: 'contactList', people: kb.people.slice(0, 7), officeEmail },
];
const answerOf = (item: AnswerItem, lang: Lang): Answer => ({
  kind: 'answer',
  lang,
  question: 'q',
  topicId: 't',
  items: [item],
});

describe('answer cards', () => {
  it.each(
    items.flatMap((item) => (['nb', 'nn', 'en'] as Lang[]).map((lang) => [item.type, lang, item] as const)),
  )('builds a valid Adaptive Card 1.5 for a %s answer in %s', (_type, lang, item) => {
    const card = createAnswerCard(answerOf(item, lang), { officeEmail, askForFeedback: true });
    expect(card.version).toBe('1.5');
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(answerSummary(answerOf(item, lang), officeEmail).length).toBeGreaterThan(0);
  });

  it.each(['nb', 'nn', 'en'] as Lang[])(
    'says yes with the sentence of the page that says it, in a valid card (%s)',
    (lang) => {
      const sentence = 'Alle kommuner og fastleger i Midt-Norge kan koble seg på løsningen.';
      const answer: Answer = {
        ...answerOf({ type: 'decision', decision: kb.decisions[0]! }, lang),
        direct: { type: 'yesSaid', sentence },
      };
      const card = createAnswerCard(answer, { officeEmail });
      expect(adaptiveCardProblems(card)).toEqual([]);
      const text = cardText(card);
      expect(text).toMatch(lang === 'en' ? /Yes/ : /Ja/);
      expect(text).toContain(sentence);
    },
  );

  it.each([
    ['nb', 'Samarbeidsrådet har 9 medlemmer.'],
    ['nn', 'Samarbeidsrådet har 9 medlemer.'],
    ['en', 'Samarbeidsrådet has 9 members.'],
  ] as const)('says a count of members with what is counted (%s)', (lang, line) => {
    const answer: Answer = {
      ...answerOf({ type: 'decision', decision: kb.decisions[0]! }, lang),
      direct: { type: 'count', count: 9, subject: 'Samarbeidsrådet', counted: 'members' },
    };
    const card = createAnswerCard(answer, { officeEmail });
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain(line);
  });

  it.each([
    ['nb', false, 'Nei. Delprosjektet Opplæring ledes av May Liz Bjørnevik Tho, ikke av Ola Skorstad.'],
    ['nn', false, 'Nei. Delprosjektet Opplæring vert leidd av May Liz Bjørnevik Tho, ikkje av Ola Skorstad.'],
    ['en', true, 'Yes. The Opplæring subproject is led by May Liz Bjørnevik Tho.'],
  ] as const)('says yes or no to who leads something, with who does (%s)', (lang, yes, line) => {
    const answer: Answer = {
      ...answerOf({ type: 'person', person: kb.people[0]! }, lang),
      direct: {
        type: 'ledBy',
        yes,
        subject: 'Opplæring',
        subproject: true,
        lead: 'May Liz Bjørnevik Tho',
        named: yes ? undefined : 'Ola Skorstad',
      },
    };
    const card = createAnswerCard(answer, { officeEmail });
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain(line);
    expect(answerSummary(answer, officeEmail)).toContain(line);
  });

  it.each([
    ['nb', 'Dette vet jeg dessverre ikke: «Hvem vant kommunevalget?»'],
    ['nn', 'Dette veit eg dessverre ikkje: «Hvem vant kommunevalget?»'],
    ['en', "Sorry, I don't know this: “Hvem vant kommunevalget?”"],
  ] as const)(
    'says which question of several it cannot answer under the answers, in a valid card (%s)',
    (lang, line) => {
      const answer: Answer = {
        ...answerOf(items[0]!, lang),
        unanswered: [
          { question: 'hvem vant kommunevalget?' },
          {
            question: 'hva er telefonnummeret til Ola Skorstad?',
            missing: { attribute: 'phone', subject: 'Ola Skorstad' },
          },
        ],
      };
      const card = createAnswerCard(answer, { officeEmail });
      expect(adaptiveCardProblems(card)).toEqual([]);
      const text = cardText(card);
      expect(text).toContain(line);
      expect(text).toContain(officeEmail);
      expect(answerSummary(answer, officeEmail)).toContain(line);
      expect(text).toMatch(/Ola Skorstad\./);
    },
  );

  it('says the page gives no contact details for a person, in a valid fallback card', () => {
    const card = createFallbackCard(
      {
        ...answerOf(items[0]!, 'en'),
        kind: 'fallback',
        missing: { attribute: 'contact', subject: 'Helge Garåsen' },
      },
      { officeEmail },
    );
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain('The page gives no contact details for Helge Garåsen.');
  });

  describe("the page's own wording under a translated answer", () => {
    const training = kb.subprojects.find((s) => s.purpose.nb.includes('opplæringsbehov'))!;
    const subproject: AnswerItem = { type: 'subproject', subproject: training, lead: person(training.lead) };
    const wordingOf = (card: ReturnType<typeof createAnswerCard>) =>
      (card.actions ?? []).find((a) => a.type === 'Action.ShowCard') as
        { title: string; card: { lang?: string; body: { text: string }[] } } | undefined;

    it('lets an English reader open the Norwegian text the card translates, in a valid card', () => {
      const card = createAnswerCard(answerOf(subproject, 'en'), { officeEmail });
      expect(adaptiveCardProblems(card)).toEqual([]);
      const wording = wordingOf(card);
      expect(wording?.title).toBe("Show the page's wording in Norwegian");
      expect(wording?.card.body.map((b) => b.text)).toEqual([training.purpose.nb]);
      // It says it is in bokmål, so a reader (or a screen reader) knows the switch of language is meant.
      expect(wording?.card.lang).toBe('nb');
      // The card itself is in English.
      expect(cardText({ body: card.body })).toContain(training.purpose.en);
      expect(cardText({ body: card.body })).not.toContain(training.purpose.nb);
    });

    it('shows the Norwegian list items under an English list of benefits', () => {
      const gains: AnswerItem = { type: 'gains', title: kb.gains.title, categories: kb.gains.categories };
      const text = wordingOf(createAnswerCard(answerOf(gains, 'en'), { officeEmail }))!
        .card.body.map((b) => b.text)
        .join('\n');
      for (const item of kb.gains.categories.flatMap((c) => c.items.nb)) expect(text).toContain(item);
    });

    it('offers nothing more in bokmål', () => {
      expect(wordingOf(createAnswerCard(answerOf(subproject, 'nb'), { officeEmail }))).toBeUndefined();
      const elise: AnswerItem = { type: 'person', person: person('elise-vesterhus') };
      expect(wordingOf(createAnswerCard(answerOf(elise, 'nb'), { officeEmail }))).toBeUndefined();
    });

    it("shows a person's role as the page words it («prosjektleder», «leder»), beside the contact buttons", () => {
      const evelyn: AnswerItem = { type: 'person', person: person('evelyn-haram-larsen') };
      const nynorsk = wordingOf(createAnswerCard(answerOf(evelyn, 'nn'), { officeEmail }));
      expect(nynorsk?.card.body.map((b) => b.text)).toEqual([expect.stringContaining('Prosjektleder SSIKT')]);
      const elise: AnswerItem = { type: 'person', person: person('elise-vesterhus') };
      const card = createAnswerCard(answerOf(elise, 'en'), { officeEmail });
      expect(adaptiveCardProblems(card)).toEqual([]);
      expect(wordingOf(card)?.card.body.map((b) => b.text)).toEqual(['Leder prosjektkontoret']);
      // Her contact buttons are all there.
      expect(card.actions!.filter((a) => a.type !== 'Action.ShowCard').length).toBe(
        createAnswerCard(answerOf(elise, 'nb'), { officeEmail }).actions!.length,
      );
    });
  });

  it('shows a person with mailto, tel and Teams chat actions', () => {
    const card = createAnswerCard(answerOf(items[0]!, 'nb'), { officeEmail });
    const urls = (card.actions ?? []).map((a) => a.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        'mailto:elise-b.vesterhus@trondheim.kommune.no',
        'tel:95263567',
        expect.stringContaining('https://teams.microsoft.com/l/chat/0/0?users=elise-b.vesterhus'),
      ]),
    );
  });

  it('asks "Fant du det du lette etter?" with Ja and Nei under an answer', () => {
    const text = cardText(createAnswerCard(answerOf(items[3]!, 'nb'), { officeEmail, askForFeedback: true }));
    expect(text).toContain('Fant du det du lette etter?');
    expect(text).toContain('Ja');
    expect(text).toContain('Nei');
  });

  it('gives a fallback with suggested questions and the project office e-mail, escaping what the user typed', () => {
    const question = '[klikk her](https://evil.example) **fet**';
    const card = createFallbackCard({ kind: 'fallback', lang: 'nb', question, items: [] }, { officeEmail });
    expect(adaptiveCardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain(officeEmail);
    expect(text).toContain('Hvem leder delprosjektet Opplæring?');
    expect(text).not.toContain('](https://evil.example)');
    expect(JSON.stringify(card)).not.toContain('"url":"https://evil.example"');
  });

  it.each(['nb', 'nn', 'en'] as Lang[])('builds valid help and welcome cards in %s', (lang) => {
    const entries = [{ command: 'hjelp', description: 'Viser hva boten kan' }];
    expect(adaptiveCardProblems(createHelpCard(lang, entries))).toEqual([]);
    expect(adaptiveCardProblems(createWelcomeCard(lang, entries))).toEqual([]);
  });
});
