import { newId } from './new-id';
import type { UnansweredGroup, UnansweredQuestion, UnansweredRepository } from './repositories';
import type { DocumentCollection, StoredDocument } from './document-store';
import { parseInput, parseStored, unansweredInputSchema, unansweredSchema, withId } from './schemas';
import { scalar } from './query-guard';
import { normalizeQuestion } from './normalize-question';

const toQuestion = (doc: StoredDocument): UnansweredQuestion =>
  parseStored(unansweredSchema, withId(doc), 'unanswered_questions') as UnansweredQuestion;

/** Questions the bot could not answer, for the communications lead to fill gaps in the knowledge base. */
export class DocumentUnansweredRepository implements UnansweredRepository {
  constructor(private readonly coll: DocumentCollection) {}

  async add(entry: { question: string; locale?: string }): Promise<UnansweredQuestion> {
    const input = parseInput(unansweredInputSchema, entry, 'ubesvart spørsmål');
    const doc: StoredDocument = {
      _id: newId(),
      ...input,
      normalized: normalizeQuestion(input.question),
      createdAt: new Date(),
    };
    await this.coll.insertOne(doc);
    return toQuestion(doc);
  }

  /** Groups on the normalised text and shows the latest wording of each group. */
  async top(limit: number): Promise<{ question: string; count: number }[]> {
    const groups = await this.coll.countBy({}, 'normalized', limit);
    return Promise.all(
      groups.map(async ({ value, count }) => {
        const latest = await this.coll.findOne(
          { normalized: scalar(value as string) },
          { sort: { createdAt: -1, _id: -1 } },
        );
        return { question: typeof latest?.question === 'string' ? latest.question : String(value), count };
      }),
    );
  }

  async groups(limit: number): Promise<UnansweredGroup[]> {
    const groups = await this.coll.countBy({}, 'normalized', limit);
    const found = await Promise.all(
      groups.map(async ({ value, count }) => {
        const latest = await this.coll.findOne(
          { normalized: scalar(value as string) },
          { sort: { createdAt: -1, _id: -1 } },
        );
        if (!latest) return undefined;
        return {
          normalized: String(value),
          question: toQuestion(latest).question,
          count,
          lastAskedAt: toQuestion(latest).createdAt,
        };
      }),
    );
    return found.filter((g): g is UnansweredGroup => g !== undefined);
  }

  async deleteOlderThan(date: Date): Promise<number> {
    return this.coll.deleteMany({ createdAt: { $lt: scalar(date) } });
  }
}
