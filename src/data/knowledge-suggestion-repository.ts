import { newId } from './new-id';
import { AppError, isAppError } from '../errors';
import type { KnowledgeSuggestion, KnowledgeSuggestionRepository } from './repositories';
import type { DocumentCollection, StoredDocument } from './document-store';
import { parseInput, parseStored, suggestionInputSchema, suggestionSchema, withId } from './schemas';

const toSuggestion = (doc: StoredDocument): KnowledgeSuggestion =>
  parseStored(suggestionSchema, withId(doc), 'knowledge_suggestions') as KnowledgeSuggestion;

/** Proposed knowledge-base answers, one per ticket (a unique index on ticketId keeps the first). */
export class DocumentKnowledgeSuggestionRepository implements KnowledgeSuggestionRepository {
  constructor(private readonly coll: DocumentCollection) {}

  async add(input: Omit<KnowledgeSuggestion, 'id' | 'createdAt'>): Promise<KnowledgeSuggestion> {
    const parsed = parseInput(suggestionInputSchema, input, 'forslag til kunnskapsbasen');
    const doc: StoredDocument = { _id: newId(), ...parsed, createdAt: new Date() };
    try {
      await this.coll.insertOne(doc);
      return toSuggestion(doc);
    } catch (err) {
      if (!isAppError(err, 'CONFLICT')) throw err;
    }
    const existing = await this.coll.findOne({ ticketId: parsed.ticketId });
    if (!existing) throw new AppError('CONFLICT', 'Forslaget kolliderer med et annet; prøv igjen.');
    return toSuggestion(existing);
  }

  async list(limit: number): Promise<KnowledgeSuggestion[]> {
    const docs = await this.coll.find({}, { sort: { createdAt: -1, _id: -1 }, limit });
    return docs.map(toSuggestion);
  }
}
