import { z } from 'zod';
import { AppError } from '../errors';
import {
  announcementContentSchema,
  announcementStatusSchema,
  audienceSchema,
  PENDING_OPERATIONS,
} from '../model/announcement';
import type { Change, StoredDocument } from './document-store';

/**
 * Zod schemas for everything that crosses the data boundary: inputs are validated before they are stored, and
 * stored documents are validated (and stripped of internal fields such as `_id` and `_v`) before they are returned.
 */

/** A string of at most `max` characters. */
export const text = (max: number) => z.string().max(max);
/** An identifier: a non-empty string (never an object). */
export const idSchema = z.string().min(1).max(512);
const id = idSchema;
const date = z.date();

export const conversationTypeSchema = z.enum(['personal', 'groupChat', 'channel']);

/** A conversation reference or other opaque JSON object from Teams. */
export const jsonObjectSchema = z.record(z.unknown());

export const feedbackInputSchema = z.object({
  question: text(4000).optional(),
  topicId: text(200).optional(),
  helpful: z.boolean().optional(),
  comment: text(4000).optional(),
  locale: text(35).optional(),
  conversationType: conversationTypeSchema.optional(),
  userPseudonym: id,
  dedupeKey: id.optional(),
});

export const feedbackEntrySchema = feedbackInputSchema.extend({ id, createdAt: date, updatedAt: date });

export const unansweredInputSchema = z.object({ question: text(4000).min(1), locale: text(35).optional() });
export const unansweredSchema = unansweredInputSchema.extend({ id, createdAt: date });

export const installationInputSchema = z.object({
  conversationId: id,
  conversationType: conversationTypeSchema,
  serviceUrl: z.string().min(1).max(2048),
  tenantId: id.optional(),
  teamId: id.optional(),
  teamName: text(512).optional(),
  userPseudonym: id.optional(),
  reference: jsonObjectSchema,
});
export const installationSchema = installationInputSchema.extend({
  active: z.boolean(),
  installedAt: date,
  updatedAt: date,
});

const announcementFields = {
  content: announcementContentSchema,
  audience: audienceSchema,
  status: announcementStatusSchema,
  authorPseudonym: id,
  authorConversationId: id.optional(),
  statusActivityId: id.optional(),
  scheduledAt: date.optional(),
  version: z.number().int().min(0),
  pendingOperation: z.enum(PENDING_OPERATIONS).optional(),
  updatedAt: date,
  sentAt: date.optional(),
};

export const announcementSchema = z.object({ id, createdAt: date, ...announcementFields });
export const announcementPatchSchema = z.object(announcementFields).partial().strict();
export const announcementInputSchema = z
  .object(announcementFields)
  .omit({ version: true, updatedAt: true })
  .extend({
    status: announcementStatusSchema.optional(),
  });

export const deliveryStatusSchema = z.enum(['pending', 'sent', 'failed']);
export const deliverySchema = z.object({
  announcementId: id,
  conversationId: id,
  status: deliveryStatusSchema,
  activityId: id.optional(),
  sentVersion: z.number().int().optional(),
  claimedBy: id.optional(),
  claimedAt: date.optional(),
  attempts: z.number().int().min(0),
  failureReason: text(2000).optional(),
  acknowledgedAt: date.optional(),
  updatedAt: date,
});

export const ticketStatusSchema = z.enum(['open', 'assigned', 'answered', 'closed']);
const ticketFields = {
  question: text(4000).min(1),
  askerPseudonym: id,
  askerReference: jsonObjectSchema,
  status: ticketStatusSchema,
  assigneeName: text(512).optional(),
  assigneePseudonym: id.optional(),
  answer: text(20000).optional(),
  channelActivityId: id.optional(),
  suggestedForKnowledgeBase: z.boolean().optional(),
  updatedAt: date,
};
export const ticketSchema = z.object({ id, createdAt: date, ...ticketFields });
export const ticketPatchSchema = z.object(ticketFields).partial().strict();
export const ticketInputSchema = z
  .object(ticketFields)
  .pick({ question: true, askerPseudonym: true, askerReference: true });

export const suggestionInputSchema = z.object({
  ticketId: id,
  question: text(4000).min(1),
  answer: text(20000).min(1),
});
export const suggestionSchema = suggestionInputSchema.extend({ id, createdAt: date });

export const knowledgeVersionInputSchema = z.object({
  authorPseudonym: id,
  summary: text(500).min(1),
  restoredFrom: z.number().int().min(1).optional(),
});
export const knowledgeVersionSchema = knowledgeVersionInputSchema.extend({
  number: z.number().int().min(1),
  createdAt: date,
});

export const learningResolutionInputSchema = z.object({
  key: text(4200).min(1),
  action: z.enum(['attached', 'created', 'dismissed']),
  entryId: text(200).optional(),
  byPseudonym: id,
});
export const learningResolutionSchema = learningResolutionInputSchema.extend({ resolvedAt: date });

/** Validates input from a caller; throws BAD_INPUT naming the fields that are wrong. */
export function parseInput<T extends z.ZodTypeAny>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const fields = result.error.issues.map((i) => i.path.join('.') || '(hele objektet)').join(', ');
    throw new AppError('BAD_INPUT', `Ugyldig ${what}: ${fields}.`, result.error);
  }
  return result.data;
}

/** Validates a stored document; a mismatch means the database holds data this version cannot read. */
export function parseStored<T extends z.ZodTypeAny>(
  schema: T,
  value: unknown,
  collection: string,
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const fields = result.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`A document in ${collection} does not match what this version stores (${fields})`, {
      cause: result.error,
    });
  }
  return result.data;
}

/** Copies the document with `_id` renamed to `id` (other internal fields are stripped by the schema). */
export function withId(doc: StoredDocument): Record<string, unknown> {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest };
}

/** Removes keys whose value is undefined (MongoDB would store them as null). */
export function definedOnly<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Turns a validated partial update into a change: keys present with undefined are removed from the document,
 * the others are set. Only keys that the caller actually passed are touched.
 */
export function patchToChange(
  raw: object,
  parsed: Record<string, unknown>,
  optionalKeys: readonly string[],
): Change {
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const key of Object.keys(raw)) {
    const value = parsed[key];
    if (value !== undefined) set[key] = value;
    else if (optionalKeys.includes(key)) unset.push(key);
  }
  return { set, unset };
}
