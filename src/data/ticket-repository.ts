import { newId } from './new-id';
import { z } from 'zod';
import type { Ticket, TicketRepository, TicketStatus } from './repositories';
import type { DocumentCollection, StoredDocument } from './document-store';
import { ConditionalWriter, VERSION_FIELD, newVersion } from './conditional-writer';
import {
  idSchema,
  parseInput,
  parseStored,
  patchToChange,
  ticketInputSchema,
  ticketPatchSchema,
  ticketSchema,
  ticketStatusSchema,
  withId,
} from './schemas';

/** Fields a patch may remove by passing them as undefined. */
const OPTIONAL_FIELDS = [
  'assigneeName',
  'assigneePseudonym',
  'answer',
  'channelActivityId',
  'suggestedForKnowledgeBase',
];

/** The asker's conversation reference is stored as JSON text: its keys come from outside and stay opaque. */
function toTicket(doc: StoredDocument): Ticket {
  const { askerReferenceJson, ...rest } = withId(doc);
  const askerReference: unknown =
    typeof askerReferenceJson === 'string' ? JSON.parse(askerReferenceJson) : undefined;
  return parseStored(ticketSchema, { ...rest, askerReference }, 'tickets') as Ticket;
}

/** Questions sent to the project office; status changes are conditional so two officers cannot both take one. */
export class DocumentTicketRepository implements TicketRepository {
  constructor(
    private readonly coll: DocumentCollection,
    private readonly writer: ConditionalWriter,
  ) {}

  async create(input: Pick<Ticket, 'question' | 'askerPseudonym' | 'askerReference'>): Promise<Ticket> {
    const { askerReference, ...fields } = parseInput(ticketInputSchema, input, 'henvendelse');
    const now = new Date();
    const doc: StoredDocument = {
      _id: newId(),
      ...fields,
      askerReferenceJson: JSON.stringify(askerReference),
      status: 'open',
      createdAt: now,
      updatedAt: now,
      [VERSION_FIELD]: newVersion(),
    };
    await this.coll.insertOne(doc);
    return toTicket(doc);
  }

  async get(id: string): Promise<Ticket | null> {
    const doc = await this.coll.findOne({ _id: parseInput(idSchema, id, 'henvendelses-id') });
    return doc ? toTicket(doc) : null;
  }

  async update(
    id: string,
    patch: Partial<Omit<Ticket, 'id' | 'createdAt'>>,
    expectedStatus?: TicketStatus[],
  ): Promise<Ticket | null> {
    const ticketId = parseInput(idSchema, id, 'henvendelses-id');
    const parsed = parseInput(ticketPatchSchema, patch, 'endring av henvendelse');
    const expected = expectedStatus && parseInput(z.array(ticketStatusSchema), expectedStatus, 'status');
    const { askerReference, ...rest } = parsed;
    const change = patchToChange(patch, rest, OPTIONAL_FIELDS);
    change.set = {
      ...change.set,
      ...(askerReference ? { askerReferenceJson: JSON.stringify(askerReference) } : {}),
      updatedAt: new Date(),
    };
    const doc = await this.writer.update(
      this.coll,
      ticketId,
      (current) => (expected && !expected.includes(current.status as TicketStatus) ? null : change),
      { contention: 'wait' },
    );
    return doc ? toTicket(doc) : null;
  }

  async listByAsker(askerPseudonym: string, limit: number): Promise<Ticket[]> {
    const docs = await this.coll.find(
      { askerPseudonym: parseInput(idSchema, askerPseudonym, 'pseudonym') },
      { sort: { createdAt: -1, _id: -1 }, limit },
    );
    return docs.map(toTicket);
  }
}
