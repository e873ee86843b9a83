import { randomUUID } from 'node:crypto';
import { AppError } from '../../src/errors';
import type {
  FeedbackEntry,
  FeedbackRepository,
  FeedbackStats,
  UnansweredQuestion,
  UnansweredRepository,
} from '../../src/data/repositories';

/**
 * A tiny in-memory feedback and unanswered-question store for unit tests; `down = true` makes every call fail
 * with STORE_UNAVAILABLE as the real repositories do when the database is unreachable.
 */
export class InMemoryFeedback {
  readonly entries: FeedbackEntry[] = [];
  readonly questions: UnansweredQuestion[] = [];
  down = false;

  /** The FeedbackRepository side. */
  readonly feedback: FeedbackRepository = {
    add: async (input) => {
      this.check();
      const existing = input.dedupeKey && this.entries.find((e) => e.dedupeKey === input.dedupeKey);
      if (existing) return { entry: { ...existing }, created: false };
      const now = new Date();
      const entry: FeedbackEntry = { ...input, id: randomUUID(), createdAt: now, updatedAt: now };
      this.entries.push(entry);
      return { entry: { ...entry }, created: true };
    },
    setComment: async (id, comment) => {
      this.check();
      const entry = this.entries.find((e) => e.id === id);
      if (!entry) return null;
      entry.comment = comment;
      entry.updatedAt = new Date();
      return { ...entry };
    },
    stats: async (limit = 10): Promise<FeedbackStats> => {
      this.check();
      const no = new Map<string, number>();
      for (const e of this.entries)
        if (e.helpful === false && e.topicId) no.set(e.topicId, (no.get(e.topicId) ?? 0) + 1);
      return {
        total: this.entries.length,
        helpful: this.entries.filter((e) => e.helpful === true).length,
        notHelpful: this.entries.filter((e) => e.helpful === false).length,
        topNotHelpful: [...no]
          .map(([topicId, count]) => ({ topicId, count }))
          .sort((a, b) => b.count - a.count)
          .slice(0, limit),
      };
    },
    list: async () => {
      this.check();
      return this.entries.map((e) => ({ ...e }));
    },
    deleteOlderThan: async () => 0,
  };

  /** The UnansweredRepository side. */
  readonly unanswered: UnansweredRepository = {
    add: async (entry) => {
      this.check();
      const question: UnansweredQuestion = { ...entry, id: randomUUID(), createdAt: new Date() };
      this.questions.push(question);
      return question;
    },
    top: async (limit) => {
      this.check();
      const counts = new Map<string, number>();
      for (const q of this.questions) counts.set(q.question, (counts.get(q.question) ?? 0) + 1);
      return [...counts]
        .map(([question, count]) => ({ question, count }))
        .sort((a, b) => b.count - a.count)
        .slice(0, limit);
    },
    groups: async (limit) => {
      this.check();
      const groups = new Map<string, { question: string; count: number; lastAskedAt: Date }>();
      for (const q of this.questions) {
        const group = groups.get(q.question);
        groups.set(q.question, {
          question: q.question,
          count: (group?.count ?? 0) + 1,
          lastAskedAt: q.createdAt,
        });
      }
      return [...groups.values()]
        .map((g) => ({ normalized: g.question, ...g }))
        .sort((a, b) => b.count - a.count)
        .slice(0, limit);
    },
    deleteOlderThan: async () => 0,
  };

  private check(): void {
    if (this.down) throw new AppError('STORE_UNAVAILABLE', 'Databasen svarer ikke.');
  }
}
