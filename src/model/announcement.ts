/**
 * The announcement: its types, limits and schema, in one place for the store (src/data), the broadcast engine,
 * the cards, the chat form, the tab API and the tab web app (which bundles this file: no Node-only imports).
 */
import { z } from 'zod';
import { AppError } from '../errors';
import { t } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';

/**
 * Longest title, text, link text and address (in UTF-16 code units, as the forms' maxLength counts them), most
 * link buttons and chosen teams. Teams refuses a bot message over about 28 KB (the activity with its card); the
 * card carries the title three times (heading, image text, notification summary), the text once, the links and
 * the image address. With every field at its limit, even in nothing but æøå (two bytes each), the message takes
 * about 22 KB; `cardBytes` refuses the rare content that would not fit (three-byte characters such as – or €
 * throughout, with every link at its longest).
 */
export const ANNOUNCEMENT_LIMITS = {
  title: 150,
  text: 6000,
  linkTitle: 60,
  url: 2000,
  links: 3,
  teams: 1000,
  teamId: 200,
  /**
   * UTF-8 bytes of what the author wrote, as the card message carries it (JSON-escaped): Teams' 28 KB less about
   * 1 KB of card around it and 1 KB of what Bot Framework adds (ids, addresses).
   */
  cardBytes: 26 * 1024,
} as const;

/** Importance: 'high' raises an activity-feed alert and marks the card. */
export const ANNOUNCEMENT_IMPORTANCES = ['normal', 'high'] as const;
export type AnnouncementImportance = (typeof ANNOUNCEMENT_IMPORTANCES)[number];

/** Who can receive an announcement: every installation, personal chats, team channels, or chosen teams. */
export const AUDIENCE_KINDS = ['all', 'personal', 'channels', 'teams'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** Who receives an announcement. */
export type Audience = { kind: Exclude<AudienceKind, 'teams'> } | { kind: 'teams'; teamIds: string[] };

/** Where an announcement is in its life: written, waiting for its time, going out, done, stopped, taken back. */
export const ANNOUNCEMENT_STATUSES = [
  'draft',
  'scheduled',
  'sending',
  'sent',
  'cancelled',
  'recalled',
] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/** Follow-up work on messages already sent: edit them ('update') or recall them ('delete'). */
export const PENDING_OPERATIONS = ['update', 'delete'] as const;
export type PendingOperation = (typeof PENDING_OPERATIONS)[number];

/** The content of an announcement card: what the author wrote. */
export interface AnnouncementContent {
  title: string;
  text: string;
  imageUrl?: string;
  links: { title: string; url: string }[];
  importance: AnnouncementImportance;
}

/** An announcement from the communications lead. */
export interface Announcement {
  id: string;
  content: AnnouncementContent;
  audience: Audience;
  status: AnnouncementStatus;
  authorPseudonym: string;
  /** The author's conversation and the status card's activity id, to update it in place. */
  authorConversationId?: string;
  statusActivityId?: string;
  scheduledAt?: Date;
  /** Bumped on each edit; deliveries record which version they carry. */
  version: number;
  /** Pending follow-up operation on already sent messages. */
  pendingOperation?: PendingOperation;
  createdAt: Date;
  updatedAt: Date;
  sentAt?: Date;
}

/** How far the delivery of one announcement has come, by recipient. */
export interface DeliveryCounts {
  total: number;
  pending: number;
  sent: number;
  failed: number;
  acknowledged: number;
  /** Sent, but Teams refused the latest edit: the recipient still sees an older version. */
  notUpdated: number;
  /** Sent, but Teams refused the recall: the message is still in the chat. */
  notRemoved: number;
}

/** A scheduled time must be at least this far ahead (otherwise: "Send nå"). */
export const MIN_SCHEDULE_AHEAD_MS = 60 * 1000;
/** Announcements may be scheduled at most this far ahead. */
export const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

/** Why a scheduled time cannot be used, as the key of its text; undefined when it can. */
export function scheduleProblem(at: Date, now: Date): 'schedulePast' | 'scheduleTooFar' | undefined {
  const ahead = at.getTime() - now.getTime();
  if (!(ahead >= MIN_SCHEDULE_AHEAD_MS)) return 'schedulePast';
  if (ahead > MAX_SCHEDULE_AHEAD_MS) return 'scheduleTooFar';
  return undefined;
}

/** True for an absolute http(s) URL without credentials in it. */
export function isHttpUrl(value: string, httpsOnly = false): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const protocolOk = httpsOnly
    ? url.protocol === 'https:'
    : url.protocol === 'https:' || url.protocol === 'http:';
  return protocolOk && url.username === '' && url.password === '' && url.hostname !== '';
}

/** Keys (in the catalogue's `announcement` area) of what can be wrong with an announcement's content or audience. */
const PROBLEM_KEYS = [
  'titleMissing',
  'titleTooLong',
  'textMissing',
  'textTooLong',
  'imageNotHttps',
  'linkTitleMissing',
  'linkTitleTooLong',
  'linkNotHttp',
  'tooManyLinks',
  'contentTooLarge',
  'contentFieldInvalid',
  'audienceInvalid',
  'noTeamChosen',
  'tooManyTeams',
] as const;
type ProblemKey = (typeof PROBLEM_KEYS)[number];

/** The content field a problem concerns, as the forms name their fields. */
export type AnnouncementField = 'title' | 'text' | 'imageUrl' | 'links' | 'importance' | 'audience';

/** One thing wrong with what the author wrote: the field, and its text in any language via `problemText`. */
export interface AnnouncementProblem {
  field: AnnouncementField;
  key: ProblemKey;
  vars: Record<string, number | string>;
}

const requiredText = (missing: ProblemKey, tooLong: ProblemKey, max: number) =>
  z.string({ required_error: missing, invalid_type_error: missing }).trim().min(1, missing).max(max, tooLong);

const utf8 = new TextEncoder();
/** UTF-8 bytes the author's words take in the card message (the title is there three times). */
export function announcementBytes(content: AnnouncementContent): number {
  const parts = [content.title, content.title, content.title, content.text, content.imageUrl ?? ''];
  for (const link of content.links) parts.push(link.title, link.url);
  return parts.reduce((sum, part) => sum + utf8.encode(JSON.stringify(part)).length, 0);
}

/**
 * What the author wrote, trimmed and checked against the limits: the one schema of announcement content, for
 * what is typed (chat form, tab API, tab form) and what is stored. Messages are keys of `problemText`.
 */
export const announcementContentSchema = z
  .object({
    title: requiredText('titleMissing', 'titleTooLong', ANNOUNCEMENT_LIMITS.title),
    text: requiredText('textMissing', 'textTooLong', ANNOUNCEMENT_LIMITS.text),
    imageUrl: z
      .string({ invalid_type_error: 'imageNotHttps' })
      .trim()
      .optional()
      .transform((v) => (v === '' ? undefined : v))
      .refine(
        (v) => v === undefined || (v.length <= ANNOUNCEMENT_LIMITS.url && isHttpUrl(v, true)),
        'imageNotHttps',
      ),
    links: z
      .array(
        z.object({
          title: requiredText('linkTitleMissing', 'linkTitleTooLong', ANNOUNCEMENT_LIMITS.linkTitle),
          url: z
            .string({ required_error: 'linkNotHttp', invalid_type_error: 'linkNotHttp' })
            .trim()
            .refine((v) => v.length <= ANNOUNCEMENT_LIMITS.url && isHttpUrl(v), 'linkNotHttp'),
        }),
      )
      .max(ANNOUNCEMENT_LIMITS.links, 'tooManyLinks')
      .default([]),
    importance: z.enum(ANNOUNCEMENT_IMPORTANCES).default('normal'),
  })
  .transform(({ imageUrl, ...rest }): AnnouncementContent =>
    imageUrl === undefined ? rest : { ...rest, imageUrl },
  )
  .superRefine((content, ctx) => {
    const bytes = announcementBytes(content);
    if (bytes > ANNOUNCEMENT_LIMITS.cardBytes) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['text'],
        message: 'contentTooLarge',
        params: { kb: Math.ceil(bytes / 1024), max: ANNOUNCEMENT_LIMITS.cardBytes / 1024 },
      });
    }
  });

/** Who receives an announcement, checked: a known kind, and for chosen teams at least one. */
export const audienceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('personal') }),
    z.object({ kind: z.literal('channels') }),
    z.object({
      kind: z.literal('teams'),
      teamIds: z
        .array(
          z.string().trim().min(1, 'audienceInvalid').max(ANNOUNCEMENT_LIMITS.teamId, 'audienceInvalid'),
          {
            invalid_type_error: 'noTeamChosen',
            required_error: 'noTeamChosen',
          },
        )
        .min(1, 'noTeamChosen')
        .max(ANNOUNCEMENT_LIMITS.teams, 'tooManyTeams'),
    }),
  ],
  { errorMap: () => ({ message: 'audienceInvalid' }) },
);

export const announcementStatusSchema = z.enum(ANNOUNCEMENT_STATUSES);

const FIELDS: readonly AnnouncementField[] = ['title', 'text', 'imageUrl', 'links', 'importance', 'audience'];

/** The problems zod found, as catalogue keys with their values; one text per kind of problem. */
function problemsOf(error: z.ZodError, field?: AnnouncementField): AnnouncementProblem[] {
  const problems = error.issues.map((issue): AnnouncementProblem => {
    const at = field ?? FIELDS.find((f) => f === issue.path[0]) ?? 'title';
    if (!(PROBLEM_KEYS as readonly string[]).includes(issue.message)) {
      return { field: at, key: 'contentFieldInvalid', vars: { field: issue.path.join('.') || at } };
    }
    const key = issue.message as ProblemKey;
    if (issue.code === z.ZodIssueCode.too_big)
      return { field: at, key, vars: { max: Number(issue.maximum) } };
    if (issue.code === z.ZodIssueCode.custom) return { field: at, key, vars: { ...issue.params } };
    return { field: at, key, vars: {} };
  });
  // Three links without text say it once.
  return problems.filter((p, i) => problems.findIndex((q) => q.key === p.key) === i);
}

/** Every problem with the content, in the order of the form's fields; none when it can be sent. */
export function announcementProblems(input: unknown): AnnouncementProblem[] {
  const result = announcementContentSchema.safeParse(input);
  return result.success ? [] : problemsOf(result.error);
}

/** Every problem with the recipients; none when they can be used. */
export function audienceProblems(input: unknown): AnnouncementProblem[] {
  const result = audienceSchema.safeParse(input);
  return result.success ? [] : problemsOf(result.error, 'audience');
}

/** A problem as the author reads it. */
export function problemText(problem: AnnouncementProblem, lang: Lang): string {
  return t(lang, `announcement.${problem.key}`, problem.vars);
}

function refused(problems: AnnouncementProblem[], lang: Lang): AppError {
  const texts = problems.map((p) => problemText(p, lang)).join(' ');
  return new AppError('BAD_INPUT', t(lang, 'announcement.contentInvalid', { problems: texts }));
}

/** Validates what the author wrote; throws AppError('BAD_INPUT') with a message naming every problem. */
export function parseAnnouncementContent(input: unknown, lang: Lang = 'nb'): AnnouncementContent {
  const result = announcementContentSchema.safeParse(input);
  if (result.success) return result.data;
  throw refused(problemsOf(result.error), lang);
}

/** Validates who is to receive an announcement; throws AppError('BAD_INPUT') saying what is wrong. */
export function parseAudience(input: unknown, lang: Lang = 'nb'): Audience {
  const result = audienceSchema.safeParse(input);
  if (result.success) return result.data;
  throw refused(problemsOf(result.error, 'audience'), lang);
}
