import { LRUCache } from 'lru-cache';
import { ownCopy } from '../security/plain-text';
import type { Answer } from './answer';
import type { LanguageData } from './language-data';
import type { KnowledgeBase, Lang, Person } from './knowledge-base';
import { COLLECTIONS } from './entries';
import { analyse } from './analysis';
import { rank } from './ranking';
import { overview } from './items';
import { keyContacts } from './lists';
import { CACHE_TTL_MS, Vocabulary } from './vocabulary';
import type { Decision } from './decision';
import { answerContactPoint, chooseTopic, findListedItem, refuseEarly } from './topic';
import { checkRole, checkSubject } from './role-checks';
import { checkAnswerKind, checkWhatIsLed, checkWordsAsked } from './kind-checks';
import { answerSaidYes, answerYesOrCount, composeAnswer, refineCollection } from './compose';

/** The last sentence's topic must score at least this share of the whole message's best to be answered alone. */
const FOCUS_RATIO = 0.3;

/** Questions are answered from their first MAX_QUESTION_CHARS characters; the rest is ignored (the bot logs it). */
export const MAX_QUESTION_CHARS = 1000;
/** What an answer holds besides its question (items, sources), roughly, in bytes. */
const ANSWER_OVERHEAD_BYTES = 4096;

/** Answers questions about the project from the knowledge base: pure, synchronous and fast. */
export class QuestionAnswerer {
  private readonly vocab: Vocabulary;
  // Answers and the steps behind them are pure functions of the knowledge base, so they are kept for reuse:
  // after an announcement many people ask the same few questions.
  // Bounded by count, by size and by age, so distinct long questions cannot fill the heap (BENCHMARKS.md, soak).
  private readonly answers = new LRUCache<string, Answer>({
    max: 2000,
    maxSize: 8 * 1024 * 1024,
    sizeCalculation: (answer, key) => 2 * (key.length + answer.question.length) + ANSWER_OVERHEAD_BYTES,
    ttl: CACHE_TTL_MS,
  });

  constructor(kb: KnowledgeBase, language: LanguageData) {
    this.vocab = new Vocabulary(kb, language);
  }

  /** Answers one question; never throws on any input. `reuse: false` works it out again (benchmarks). */
  answer(asked: string, options: { reuse?: boolean } = {}): Answer {
    // A copy, not a slice: the answer and its cache key must not keep a 200 kB message alive.
    const question = asked.length > MAX_QUESTION_CHARS ? ownCopy(asked.slice(0, MAX_QUESTION_CHARS)) : asked;
    const cached = options.reuse === false ? undefined : this.answers.get(question);
    if (cached) return cached;
    const answer = this.answerUncached(question);
    this.answers.set(question, answer);
    return answer;
  }

  /**
   * A chatty message puts its question last ("Hei! Jeg jobber på et sykehjem og lurer på opplæringen. Hvem leder
   * prosjektkontoret?"): when that last sentence names a topic and can be answered on its own, it is answered
   * alone, so the small talk before it does not pull the answer elsewhere. Otherwise the whole message counts.
   */
  private answerUncached(question: string): Answer {
    const sentences = question
      .trim()
      // A colon or a dash between words also ends what comes before ("Min leder lurer: hvem …", "… i morgen – hvor …").
      // A full stop after a number is a date or an ordinal ("29. august", "3. etasje"), not the end of a sentence.
      .split(/(?<=[!?:]|(?<!\d)\.)\s+|\s+[–—-]\s+/)
      .filter((s) => /\p{L}/u.test(s));
    const last = sentences.length >= 2 ? sentences[sentences.length - 1]! : undefined;
    const onlyLastAsks = last?.endsWith('?') && sentences.slice(0, -1).every((s) => !s.includes('?'));
    if (last !== undefined && onlyLastAsks && analyse(this.vocab, last).known.length > 0) {
      const focused = this.answerAnalysed(last);
      // Only when it names something specific ("Hvem leder det delprosjektet?" needs the sentence before it) that
      // the whole message is also about ("Which council is that?" after naming a person is about that person).
      const specific =
        focused.topicId !== undefined && !COLLECTIONS.has(this.vocab.entries.get(focused.topicId)!.type);
      if (focused.kind === 'answer' && specific) {
        const whole = analyse(this.vocab, question);
        const candidates = rank(this.vocab, whole.known, whole.intents, whole.stems);
        const best = candidates[0]?.score ?? 0;
        const alsoWhole = candidates.some(
          (c) => c.entry.id === focused.topicId && c.score >= FOCUS_RATIO * best,
        );
        if (alsoWhole) return { ...focused, question };
      }
    }
    return this.answerAnalysed(question);
  }

  /**
   * The decision, in the order its rules apply: the refusals that need no topic, choosing the topic, then the
   * stages that answer it, refuse it, or pass it on to the next; what passes them all is answered from the topic.
   */
  private answerAnalysed(question: string): Answer {
    const vocab = this.vocab;
    const analysis = analyse(vocab, question);
    const candidates = rank(vocab, analysis.known, analysis.intents, analysis.stems);
    const fallback: Answer = { kind: 'fallback', lang: analysis.lang, question, items: [] };
    const asked = { vocab, question, analysis, candidates, fallback };
    const early = refuseEarly(asked);
    if (early) return early;
    const top = chooseTopic(asked);
    if (!top) return fallback;
    const decision: Decision = { ...asked, top, yesIndex: -1 };
    for (const stage of STAGES) {
      const answer = stage(decision);
      if (answer) return answer;
    }
    return composeAnswer(decision);
  }

  /** The overview behind the `kontakter`, `delprosjekter` and `beslutninger` commands. */
  overview(kind: 'contacts' | 'subprojects' | 'decisions', lang: Lang): Answer {
    return overview(this.vocab, kind, lang);
  }

  /** The people of the local project: its lead, the office, communications and the subproject leads. */
  keyContacts(): Person[] {
    return keyContacts(this.vocab);
  }
}

/** The stages after the topic is chosen, in order: the first to give an answer decides it. */
const STAGES: ((d: Decision) => Answer | undefined)[] = [
  answerContactPoint,
  findListedItem,
  checkSubject,
  checkRole,
  checkWordsAsked,
  checkAnswerKind,
  refineCollection,
  checkWhatIsLed,
  answerYesOrCount,
  answerSaidYes,
];
