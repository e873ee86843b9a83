/**
 * The JSON contract of the personal tab's API (/api/tab/...), shared by the server (src/tab) and the tab web app
 * (tab/src). Types only: the tab bundle imports nothing from the server at run time.
 */
import type {
  AnnouncementContent,
  AnnouncementImportance,
  AnnouncementStatus,
  Audience,
  DeliveryCounts,
} from '../model/announcement';

/** Languages the tab shows knowledge-base content in. */
export type TabLang = 'nb' | 'nn' | 'en';

/** A person from the knowledge base, in the requested language. */
export interface TabPerson {
  id: string;
  name: string;
  role: string;
  unit?: string;
  organisation?: string;
  email?: string;
  phone?: string;
}

/** A label and its value, e.g. "Dato: 29. august". */
export interface TabFact {
  label: string;
  value: string;
}

/** One section of the bot's answer, in a form the tab can show without knowing the knowledge base. */
export interface TabAnswerSection {
  /** The answer item type of src/qa (person, subproject, decision, contactList, ...). */
  type: string;
  title: string;
  text?: string;
  people: TabPerson[];
  facts: TabFact[];
  bullets: string[];
}

/** One knowledge-base entry whose text contains the searched words. */
export interface TabMatch {
  type: 'person' | 'subproject' | 'body' | 'decision' | 'unit';
  id: string;
  title: string;
  subtitle: string;
}

/** GET /api/tab/search?q=...&lang=... */
export interface TabSearchResponse {
  query: string;
  /** 'answer' when the bot would have answered, 'fallback' when it would have said it does not know. */
  kind: 'answer' | 'fallback';
  sections: TabAnswerSection[];
  /** What was recognised but is not in the knowledge base, already phrased, e.g. "Jeg har ikke noe telefonnummer til …". */
  missing?: string;
  matches: TabMatch[];
}

/** A subproject with its lead. */
export interface TabSubproject {
  id: string;
  name: string;
  purpose: string;
  lead: TabPerson;
}

/** A council or other body with its leader and members. */
export interface TabBody {
  id: string;
  name: string;
  description: string;
  leader?: TabPerson;
  members: TabPerson[];
}

/** A decision or milestone. */
export interface TabDecision {
  id: string;
  title: string;
  text: string;
  date?: string;
  decidedBy: string;
  status: 'planned' | 'in-progress' | 'done';
}

/** GET /api/tab/overview?lang=... */
export interface TabOverviewResponse {
  lang: TabLang;
  source: { title: string; publisher: string };
  projectOfficeEmail: string;
  /** The people to contact first (project lead, office, communications, subproject leads), in that order. */
  keyContacts: TabPerson[];
  people: TabPerson[];
  subprojects: TabSubproject[];
  bodies: TabBody[];
  decisions: TabDecision[];
}

/** GET /api/tab/me */
export interface TabMeResponse {
  name?: string;
  /** True when the server runs with TAB_AUTH=off (no sign-in). */
  development: boolean;
  isAnnouncer: boolean;
  /** Why the announcer role could not be fully checked from the tab (Norwegian), when that is so. */
  accessNote?: string;
  /** False when this server has no broadcast engine wired (announcements cannot be sent from the tab). */
  announcementsAvailable: boolean;
  /** True for KNOWLEDGE_EDITORS: the tab shows the Kunnskap view. */
  isKnowledgeEditor: boolean;
}

/** POST /api/tab/feedback body. */
export interface TabFeedbackRequest {
  text: string;
  /** The tab's locale, e.g. nb-NO. */
  locale?: string;
}

/** POST /api/tab/feedback answer. */
export interface TabFeedbackResponse {
  id: string;
  /** Names of the kinds of personal data removed before storing, in Norwegian (e.g. "telefonnummer"). */
  removed: string[];
}

/** POST /api/tab/announcements body: send now, or schedule when `scheduledAt` (ISO 8601) is given. */
export interface TabAnnouncementRequest {
  content: AnnouncementContent;
  audience: Audience;
  scheduledAt?: string;
  /** Or the time on Norwegian clocks (Europe/Oslo), as the chat takes it: date YYYY-MM-DD, time HH:MM. */
  schedule?: { date: string; time: string };
}

/** One announcement in the status view. */
export interface TabAnnouncementStatus {
  id: string;
  title: string;
  importance: AnnouncementImportance;
  audience: Audience;
  status: AnnouncementStatus;
  createdAt: string;
  scheduledAt?: string;
  sentAt?: string;
  counts: DeliveryCounts;
}

/** GET /api/tab/announcements */
export interface TabAnnouncementListResponse {
  announcements: TabAnnouncementStatus[];
}

/** GET /api/tab/audiences: who can be reached, for the composer's audience choice. */
export interface TabAudiencesResponse {
  personal: number;
  channels: number;
  teams: { id: string; name: string; channels: number }[];
}

/** Every error answer of the tab API. */
export interface TabErrorResponse {
  /** Norwegian message for the user. */
  error: string;
  code: string;
}
