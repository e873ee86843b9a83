import { AppError, isAppError } from '../errors';
import type { DocumentCollection, StoredDocument } from './document-store';
import { newId } from './new-id';
import type { KnowledgeRepository, KnowledgeVersion } from './repositories';
import { knowledgeVersionInputSchema, knowledgeVersionSchema, parseInput, parseStored } from './schemas';

/** The `_id` of version `n`: one id per number, so two publishes of the same number collide on insert. */
const versionId = (n: number) => `v${String(n).padStart(9, '0')}`;

const toVersion = (doc: StoredDocument): KnowledgeVersion => {
  const { _id, contentId, ...rest } = doc;
  void _id;
  void contentId;
  return parseStored(knowledgeVersionSchema, rest, 'knowledge_versions') as KnowledgeVersion;
};

/**
 * Published versions of the knowledge base. A version is a small document (number, author, time, summary) in one
 * collection and its content (JSON text) in another, so the instances that poll for a new version read only the
 * small one. Version n+1 is claimed by inserting `_id` v(n+1): an insert against a unique key is atomic on every
 * backend (FerretDB 1.x included), so of two editors who both read version n, exactly one publishes.
 */
export class DocumentKnowledgeRepository implements KnowledgeRepository {
  constructor(
    private readonly versions: DocumentCollection,
    private readonly contents: DocumentCollection,
  ) {}

  async head(): Promise<KnowledgeVersion | null> {
    const doc = await this.versions.findOne({}, { sort: { number: -1 } });
    return doc ? toVersion(doc) : null;
  }

  async get(number: number): Promise<{ version: KnowledgeVersion; content: unknown } | null> {
    const doc = await this.versions.findOne({ _id: versionId(number) });
    if (!doc) return null;
    const content = await this.contents.findOne({ _id: String(doc.contentId) });
    if (!content || typeof content.json !== 'string') {
      throw new Error(`knowledge_contents has no content for version ${number}`);
    }
    return { version: toVersion(doc), content: JSON.parse(content.json) as unknown };
  }

  async list(limit: number): Promise<KnowledgeVersion[]> {
    const docs = await this.versions.find({}, { sort: { number: -1 }, limit });
    return docs.map(toVersion);
  }

  async publish(input: {
    expected: number;
    content: unknown;
    authorPseudonym: string;
    summary: string;
    restoredFrom?: number;
  }): Promise<KnowledgeVersion | null> {
    const { expected, content, ...meta } = input;
    const parsed = parseInput(knowledgeVersionInputSchema, meta, 'versjon av kunnskapsbasen');
    const head = await this.head();
    if ((head?.number ?? 0) !== expected) return null;
    const number = expected + 1;
    const contentId = newId();
    // The content first: a version document that others can see always has its content.
    await this.contents.insertOne({ _id: contentId, json: JSON.stringify(content) });
    const doc: StoredDocument = {
      _id: versionId(number),
      number,
      contentId,
      ...parsed,
      createdAt: new Date(),
    };
    try {
      await this.versions.insertOne(doc);
    } catch (err) {
      await this.contents.deleteMany({ _id: contentId });
      if (isAppError(err, 'CONFLICT')) return null;
      throw err;
    }
    return toVersion(doc);
  }
}

/** Throws when a version number from outside is not a whole number from 1. */
export function versionNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new AppError('BAD_INPUT', `Ugyldig versjonsnummer: ${String(value)}.`);
  return n;
}
