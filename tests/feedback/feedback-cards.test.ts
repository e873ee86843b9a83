import { readFileSync } from 'node:fs';
import { createAnswerCard } from '../../src/cards/answer-card';
import { createFeedbackCommentCard, MAX_FEEDBACK_LENGTH } from '../../src/cards/feedback-comment-card';
import { createRatedAnswerCard } from '../../src/cards/feedback-rated-card';
import { createFeedbackThanksCard, feedbackThanksText } from '../../src/cards/feedback-thanks-card';
import { createStatsCard, type StatsCardData } from '../../src/cards/stats-card';
import { createTopicNames } from '../../src/feedback/topic-names';
import { createQuestionAnswerer } from '../../src/qa';
import { loadKnowledgeBase, type Lang } from '../../src/qa/knowledge-base';
import { adaptiveCardProblems } from '../support/validate-adaptive-card';

const langs: Lang[] = ['nb', 'nn', 'en'];
const text = (card: unknown) => JSON.stringify(card);

describe('comment card', () => {
  it.each(langs)(
    'is a valid card after a rating (%s), with the optional comment, the notice and Send',
    (lang) => {
      const card = createFeedbackCommentCard({ kind: 'rating', lang, feedbackId: 'f-1', token: 't-1' });
      expect(adaptiveCardProblems(card)).toEqual([]);
      const input = card.body.find((e) => e.type === 'Input.Text');
      expect(input).toMatchObject({ id: 'comment', isMultiline: true, maxLength: MAX_FEEDBACK_LENGTH });
      expect(input).not.toHaveProperty('isRequired');
      expect(card.actions).toEqual([
        {
          type: 'Action.Submit',
          title: 'Send',
          data: { action: 'feedback.comment', feedbackId: 'f-1', token: 't-1' },
        },
      ]);
    },
  );

  it('says in bokmål exactly what the issue asks for', () => {
    const card = text(createFeedbackCommentCard({ kind: 'rating', lang: 'nb', feedbackId: 'f', token: 't' }));
    expect(card).toContain('"label":"Vil du si mer? (valgfritt)"');
    expect(card).toContain(
      'Tilbakemeldingen vil ikke bli besvart. Ikke send personlig informasjon, for eksempel e-post, telefonnummer eller personnummer.',
    );
  });

  it('speaks English for an English locale', () => {
    const card = text(createFeedbackCommentCard({ kind: 'rating', lang: 'en', feedbackId: 'f', token: 't' }));
    expect(card).toContain('Anything to add? (optional)');
    expect(card).toContain('Do not send personal information');
    expect(card).not.toContain('Tilbakemeldingen');
  });

  it.each(langs)(
    'is a valid free-feedback card (%s) whose text is required and whose Send carries no id',
    (lang) => {
      const card = createFeedbackCommentCard({ kind: 'free', lang });
      expect(adaptiveCardProblems(card)).toEqual([]);
      expect(card.body.find((e) => e.type === 'Input.Text')).toMatchObject({ isRequired: true });
      expect(card.actions?.[0]).toMatchObject({ data: { action: 'feedback.comment' } });
      expect(card.actions?.[0]?.data).not.toHaveProperty('feedbackId');
    },
  );
});

describe('thank-you card', () => {
  it.each(langs)('is valid (%s) and names the removed personal data', (lang) => {
    const card = createFeedbackThanksCard({ kind: 'comment', lang, removed: ['phone', 'email'] });
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(text(card)).toContain(
      {
        en: 'I removed a phone number and an e-mail address',
        nb: 'fjernet telefonnummer og e-post',
        nn: 'fjerna telefonnummer og e-post',
      }[lang],
    );
  });

  it('is one short line when nothing was removed', () => {
    expect(feedbackThanksText({ kind: 'free', lang: 'nb' })).toBe(
      'Takk for tilbakemeldingen! Den er lagret.',
    );
    expect(feedbackThanksText({ kind: 'comment', lang: 'nb', removed: [] })).toBe(
      'Takk! Kommentaren din er lagret.',
    );
  });
});

describe('rated answer card', () => {
  const { answerer, officeEmail } = createQuestionAnswerer('content/knowledge-base.yaml');

  it('keeps the answer, drops the Ja/Nei buttons and thanks, as a valid card', () => {
    const answer = answerer.answer('Hvem leder delprosjektet Teknisk?');
    const card = createRatedAnswerCard(createAnswerCard(answer, { officeEmail }), false, 'nb');
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(text(card)).toContain('Anne Amdal Storsve');
    expect(text(card)).toContain('Takk for tilbakemeldingen – du svarte «Nei».');
    expect(text(card)).not.toContain('Fant du det du lette etter?');
  });
});

describe('statistics card', () => {
  const data: StatsCardData = {
    rated: 8,
    helpful: 6,
    notHelpful: 2,
    free: 3,
    topNotHelpful: [
      { topic: 'Teknisk', count: 2 },
      { topic: 'Opplæring', count: 1 },
    ],
    topUnanswered: [
      { question: 'Når åpner kantina? [fjernet: telefonnummer]', count: 4 },
      { question: `*fet* [lenke](https://evil.example) ${'x'.repeat(300)}`, count: 1 },
    ],
  };

  it.each(langs)('is a valid card with the figures (%s)', (lang) => {
    const card = createStatsCard(data, lang);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(text(card)).toContain(lang === 'en' ? '75% (6 of 8)' : '75 % (6 av 8)');
  });

  it('shows user text as written, never as Markdown, and cuts long questions', () => {
    const card = text(createStatsCard(data, 'nb'));
    expect(card).not.toContain('[lenke](https://evil.example)');
    expect(card).toContain('\\\\*fet\\\\*');
    expect(card).toContain('x…');
    expect(card).not.toContain('x'.repeat(250));
  });

  it('says "none yet" when nothing is stored, without dividing by zero', () => {
    const card = createStatsCard(
      { rated: 0, helpful: 0, notHelpful: 0, free: 0, topNotHelpful: [], topUnanswered: [] },
      'nb',
    );
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(text(card)).toContain('Ingen vurderinger ennå');
    expect(text(card)).toContain('Ingen ennå.');
    expect(text(card)).not.toContain('NaN');
  });
});

describe('topic names', () => {
  const kb = loadKnowledgeBase('content/knowledge-base.yaml');
  const names = createTopicNames(kb);
  const { answerer } = createQuestionAnswerer('content/knowledge-base.yaml');

  it('names the topic of every answer to the test questions', () => {
    const questions = readFileSync('tests/fixtures/questions.jsonl', 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q);
    const unnamed = questions
      .map((q) => answerer.answer(q).topicId)
      .filter((id): id is string => id !== undefined && names(id, 'nb') === undefined);
    expect(unnamed).toEqual([]);
  });

  it("names subprojects in the reader's language", () => {
    expect(names('teknisk', 'nb')).toBe('Teknisk');
    expect(names('delprosjekter', 'en')).toBe('The subprojects');
    expect(names('no-such-topic', 'nb')).toBeUndefined();
  });
});
