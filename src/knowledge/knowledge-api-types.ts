/**
 * The JSON contract of the knowledge editor's API (/api/tab/knowledge...), shared by the server (src/knowledge)
 * and the tab's Kunnskap view (tab/src/knowledge). Types only.
 */
import type { TabSearchResponse } from '../tab/tab-api-types';

/** A text in bokmål, with nynorsk and English when written. */
export interface LocalizedText {
  nb: string;
  nn?: string;
  en?: string;
}

/**
 * The knowledge base as the editor sees it (the JSON form of content/knowledge-base.yaml). The server checks that
 * its validated KnowledgeBase fits this shape (src/knowledge/knowledge-api.ts), so the two cannot drift apart;
 * the parts the editor does not edit pass through untouched.
 */
export interface EditableKnowledgeBase {
  people: {
    id: string;
    name: string;
    role?: LocalizedText;
    unit?: string;
    organisation?: string;
    email?: string;
    phone?: string;
    aliases: string[];
  }[];
  units: { id: string; name: LocalizedText; summary: LocalizedText; lead?: string; aliases: string[] }[];
  subprojects: {
    id: string;
    name: LocalizedText;
    purpose: LocalizedText;
    lead: string;
    aliases: string[];
    keywords: string[];
  }[];
  bodies: {
    id: string;
    name: LocalizedText;
    description: LocalizedText;
    leader?: string;
    members: string[];
    aliases: string[];
    keywords: string[];
  }[];
  decisions: {
    id: string;
    date?: string;
    dateEn?: string;
    decidedBy: LocalizedText;
    title: LocalizedText;
    text: LocalizedText;
    status: 'planned' | 'in-progress' | 'done';
    aliases: string[];
    keywords: string[];
  }[];
  facts: { id: string; title: LocalizedText; text: LocalizedText; aliases: string[]; keywords: string[] }[];
  [other: string]: unknown;
}

/** GET /api/tab/knowledge: the version in use and its content, in the shape of content/knowledge-base.yaml. */
export interface KnowledgeResponse {
  version: number;
  knowledgeBase: EditableKnowledgeBase;
}

/** PUT /api/tab/knowledge body (with the header If-Match: <version the draft was made from>). */
export interface KnowledgePublishRequest {
  knowledgeBase: unknown;
  /** What changed, in a few words; made from the differences when empty. */
  summary?: string;
}

/** PUT /api/tab/knowledge and POST .../versions/:n/restore: the version published. */
export interface KnowledgePublishResponse {
  version: number;
  summary: string;
}

/** 400 from PUT or POST .../try: the first problem's path and every problem. */
export interface KnowledgeInvalidResponse {
  error: string;
  code: 'KNOWLEDGE_BASE_INVALID';
  path: string;
  problems: { path: string; message: string }[];
}

/** 412 from PUT: someone else published first. */
export interface KnowledgeStaleResponse {
  error: string;
  code: 'STALE_VERSION';
  currentVersion: number;
}

/** POST /api/tab/knowledge/validate {knowledgeBase}: every problem of a draft (none when it can be published). */
export interface KnowledgeValidateResponse {
  problems: { path: string; message: string }[];
}

/** One entry of GET /api/tab/knowledge/versions (newest first). */
export interface KnowledgeVersionInfo {
  number: number;
  /** Pseudonym of the editor (never the name); `mine` when it is the caller. */
  authorPseudonym: string;
  mine: boolean;
  summary: string;
  restoredFrom?: number;
  createdAt: string;
}

export interface KnowledgeVersionsResponse {
  current: number;
  versions: KnowledgeVersionInfo[];
}

/** POST /api/tab/knowledge/try: how the bot would answer a question from a draft. */
export interface KnowledgeTryRequest {
  knowledgeBase: unknown;
  question: string;
  lang?: 'nb' | 'nn' | 'en';
}

export type KnowledgeTryResponse = TabSearchResponse;

/** One item of the learning loop: an unanswered question (grouped) or a project-office suggestion. */
export interface LearningItem {
  /** `unanswered:<normalised question>` or `suggestion:<id>`. */
  key: string;
  kind: 'unanswered' | 'suggestion';
  /** The question, with personal data redacted. */
  question: string;
  /** The project office's answer (suggestions only), redacted. */
  answer?: string;
  /** How many times it was asked (1 for a suggestion). */
  count: number;
  /** When it was last asked (or suggested). */
  lastAt: string;
}

/** GET /api/tab/knowledge/learning?sort=frequent|newest */
export interface LearningResponse {
  items: LearningItem[];
}

/** POST /api/tab/knowledge/learning/resolve: what the editor did with an item. */
export interface LearningResolveRequest {
  key: string;
  action: 'attached' | 'created' | 'dismissed';
  entryId?: string;
}
