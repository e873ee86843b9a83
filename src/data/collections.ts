import type { IndexSpec } from './document-store';

/** Collection names, the same on every backend. */
export const collections = {
  feedback: 'feedback',
  unanswered: 'unanswered_questions',
  installations: 'installations',
  announcements: 'announcements',
  deliveries: 'deliveries',
  deliveryBatches: 'delivery_batches',
  deliveryReceipts: 'delivery_receipts',
  leases: 'leases',
  tickets: 'tickets',
  suggestions: 'knowledge_suggestions',
  botState: 'bot_state',
  markers: 'revision_markers',
  knowledgeVersions: 'knowledge_versions',
  knowledgeContents: 'knowledge_contents',
  learning: 'learning_resolutions',
  rateLimits: 'rate_limits',
  requestBudget: 'request_budget',
  userLanguages: 'user_languages',
} as const;

const c = collections;

/**
 * Every index, created idempotently at start-up. Unique indexes are on fields every document has (no sparse or
 * partial indexes: FerretDB 1.x ignores `sparse` and rejects `partialFilterExpression`). Sort fields are indexed
 * too, because Cosmos DB refuses to sort on a field without an index.
 */
export const indexes: IndexSpec[] = [
  { collection: c.feedback, name: 'uniqueKey_unique', key: { uniqueKey: 1 }, unique: true },
  { collection: c.feedback, name: 'createdAt_id', key: { createdAt: 1, _id: 1 } },
  { collection: c.feedback, name: 'helpful_topicId', key: { helpful: 1, topicId: 1 } },
  { collection: c.unanswered, name: 'normalized_createdAt_id', key: { normalized: 1, createdAt: 1, _id: 1 } },
  { collection: c.unanswered, name: 'createdAt', key: { createdAt: 1 } },
  { collection: c.installations, name: 'conversationId_unique', key: { conversationId: 1 }, unique: true },
  { collection: c.installations, name: 'teamId', key: { teamId: 1 } },
  { collection: c.installations, name: 'userPseudonym', key: { userPseudonym: 1 } },
  // The audience in conversation id order.
  { collection: c.installations, name: 'active_conversationId', key: { active: 1, conversationId: 1 } },
  { collection: c.announcements, name: 'createdAt_id', key: { createdAt: 1, _id: 1 } },
  { collection: c.announcements, name: 'status', key: { status: 1 } },
  {
    // Unique also where _id (made from the same pair) already is: deliveries stored before that had random ids.
    collection: c.deliveries,
    name: 'announcementId_conversationId_unique',
    key: { announcementId: 1, conversationId: 1 },
    unique: true,
  },
  // The batches of an announcement are read by _id; this one serves finding the last batch number.
  { collection: c.deliveryBatches, name: 'announcementId_seq', key: { announcementId: 1, seq: 1 } },
  { collection: c.deliveries, name: 'conversationId', key: { conversationId: 1 } },
  // Receipts are read by _id; this one serves counting an announcement's.
  { collection: c.deliveryReceipts, name: 'announcementId', key: { announcementId: 1 } },
  { collection: c.deliveries, name: 'announcementId_status', key: { announcementId: 1, status: 1 } },
  { collection: c.leases, name: 'name_unique', key: { name: 1 }, unique: true },
  {
    collection: c.tickets,
    name: 'askerPseudonym_createdAt',
    key: { askerPseudonym: 1, createdAt: 1, _id: 1 },
  },
  { collection: c.suggestions, name: 'ticketId_unique', key: { ticketId: 1 }, unique: true },
  { collection: c.suggestions, name: 'createdAt_id', key: { createdAt: 1, _id: 1 } },
  { collection: c.markers, name: 'at', key: { at: 1 } },
  { collection: c.knowledgeVersions, name: 'number', key: { number: 1 } },
  { collection: c.rateLimits, name: 'key_window', key: { key: 1, window: 1 } },
  { collection: c.rateLimits, name: 'expiresAt', key: { expiresAt: 1 } },
  { collection: c.requestBudget, name: 'expiresAt', key: { expiresAt: 1 } },
];
