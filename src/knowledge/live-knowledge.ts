import type { KnowledgeRepository, KnowledgeVersion } from '../data/repositories';
import type { Logger } from '../logger';
import { answeringFor, type QuestionAnswering } from '../qa';
import { type KnowledgeBase, type KnowledgeBaseProblem, validateKnowledgeBase } from '../qa/knowledge-base';
import type { LanguageData } from '../qa/language-data';
import { summarizeChanges } from './change-summary';

/** Who published the seed file as the first version. */
export const SEED_AUTHOR = 'kunnskapsbase-fil';

/** What became of a publish. */
export type PublishResult =
  | { kind: 'published'; version: KnowledgeVersion }
  /** `expected` was not the newest version: someone else published first. */
  | { kind: 'stale'; current: number }
  | { kind: 'invalid'; problems: KnowledgeBaseProblem[] };

/** What LiveKnowledge needs. */
export interface LiveKnowledgeDependencies {
  repository: KnowledgeRepository;
  /** The seed (content/knowledge-base.yaml): used until the store answers, and published as version 1 into an empty store. */
  seed: KnowledgeBase;
  language: LanguageData;
  logger: Logger;
  /** How often to look for a version published by another instance. */
  pollMs: number;
}

/**
 * The knowledge base the bot answers from, kept in the store with every published version. It reads as a
 * QuestionAnswering whose parts are always those of the newest version this instance knows: a publish here swaps
 * them at once, a publish on another instance within one poll interval (FerretDB has no change streams, so each
 * instance polls the small version document). The answerer is rebuilt for every version, so nothing it kept for
 * reuse outlives the version it was built from.
 */
export class LiveKnowledge implements QuestionAnswering {
  private current: QuestionAnswering;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(private readonly deps: LiveKnowledgeDependencies) {
    this.current = answeringFor(deps.seed, deps.language, 0);
  }

  get answerer() {
    return this.current.answerer;
  }
  get officeEmail() {
    return this.current.officeEmail;
  }
  get knowledgeBase() {
    return this.current.knowledgeBase;
  }
  get language() {
    return this.current.language;
  }
  get version() {
    return this.current.version;
  }

  /**
   * Loads the newest version (publishing the seed into an empty store first) and starts polling. A store that does
   * not answer is logged, and the poll keeps trying; until then the seed answers.
   */
  async start(): Promise<void> {
    try {
      await this.refresh();
    } catch (err) {
      this.deps.logger.warn(
        { err },
        'knowledge base not loaded from the store at start; the seed answers until it is',
      );
    }
    this.timer = setInterval(() => void this.poll(), this.deps.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Publishes a knowledge base (as parsed JSON) as the version after `expected`, and answers from it at once. */
  async publish(input: {
    expected: number;
    knowledgeBase: unknown;
    authorPseudonym: string;
    summary?: string;
    restoredFrom?: number;
  }): Promise<PublishResult> {
    const checked = validateKnowledgeBase(input.knowledgeBase);
    if (!checked.ok) return { kind: 'invalid', problems: checked.problems };
    const head = await this.deps.repository.head();
    const newest = head?.number ?? 0;
    if (newest !== input.expected) return { kind: 'stale', current: newest };
    const summary = input.summary?.trim() || (await this.summarize(input.expected, checked.knowledgeBase));
    const version = await this.deps.repository.publish({
      expected: input.expected,
      content: checked.knowledgeBase,
      authorPseudonym: input.authorPseudonym,
      summary,
      restoredFrom: input.restoredFrom,
    });
    if (!version)
      return { kind: 'stale', current: (await this.deps.repository.head())?.number ?? newest + 1 };
    this.use(checked.knowledgeBase, version.number);
    this.deps.logger.info({ version: version.number, summary }, 'knowledge base published');
    return { kind: 'published', version };
  }

  /** Publishes an earlier version's content again, as the version after `expected`. */
  async restore(number: number, expected: number, authorPseudonym: string): Promise<PublishResult | null> {
    const stored = await this.deps.repository.get(number);
    if (!stored) return null;
    return this.publish({
      expected,
      knowledgeBase: stored.content,
      authorPseudonym,
      summary: `Gjenopprettet versjon ${number}`,
      restoredFrom: number,
    });
  }

  /** Published versions, newest first. */
  history(limit: number): Promise<KnowledgeVersion[]> {
    return this.deps.repository.list(limit);
  }

  /** Looks for a newer version in the store and answers from it; seeds an empty store. */
  async refresh(): Promise<void> {
    let head = await this.deps.repository.head();
    if (!head) {
      await this.deps.repository.publish({
        expected: 0,
        content: this.deps.seed,
        authorPseudonym: SEED_AUTHOR,
        summary: 'Første versjon, fra content/knowledge-base.yaml',
      });
      // Null when another instance seeded at the same moment: its version 1 is read below all the same.
      head = await this.deps.repository.head();
      // At start-up the start line says what matters; this is for troubleshooting.
      if (head)
        this.deps.logger.debug({ version: head.number }, 'knowledge base seeded into the empty store');
    }
    if (!head || head.number <= this.current.version) return;
    const stored = await this.deps.repository.get(head.number);
    if (!stored) return;
    const checked = validateKnowledgeBase(stored.content);
    if (!checked.ok) {
      this.deps.logger.error(
        { version: head.number, problems: checked.problems.slice(0, 5) },
        'stored knowledge base version is not valid for this version of the bot; keeping the one in use',
      );
      return;
    }
    // A publish on this instance may have moved on while the content was read.
    if (head.number <= this.current.version) return;
    const atStart = this.current.version === 0;
    this.use(checked.knowledgeBase, head.number);
    // The first load is part of starting (debug); a new version while running is news (info).
    this.deps.logger[atStart ? 'debug' : 'info']({ version: head.number }, 'knowledge base version loaded');
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      await this.refresh();
    } catch (err) {
      this.deps.logger.warn({ err }, 'could not look for a new knowledge base version; trying again');
    } finally {
      this.polling = false;
    }
  }

  private use(knowledgeBase: KnowledgeBase, version: number): void {
    this.current = answeringFor(knowledgeBase, this.deps.language, version);
  }

  private async summarize(expected: number, after: KnowledgeBase): Promise<string> {
    if (expected === this.current.version) return summarizeChanges(this.current.knowledgeBase, after);
    const before = expected > 0 ? await this.deps.repository.get(expected) : null;
    const parsed = before ? validateKnowledgeBase(before.content) : undefined;
    return parsed?.ok ? summarizeChanges(parsed.knowledgeBase, after) : 'Ny versjon';
  }
}
