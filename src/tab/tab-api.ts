import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AnnouncementDesk, AuthorChat } from '../announcements/announcement-desk';
import { osloWallTimeToUtc } from '../announcements/oslo-time';
import { announcementText } from '../cards/announcement-strings';
import type { FeedbackRepository, InstallationRepository } from '../data/repositories';
import { AppError, isAppError, type ErrorCode } from '../errors';
import type { Logger } from '../logger';
import { type Announcement, parseAnnouncementContent, parseAudience } from '../model/announcement';
import { redact, PERSONAL_DATA_LABELS } from '../privacy/redactor';
import { displaySafe } from '../security/display-text';
import type { Lang } from '../qa/knowledge-base';
import type { QuestionAnswering } from '../qa';
import { answerSections, missingText } from './answer-sections';
import { createOverview } from './knowledge-overview';
import type { KnowledgeMatcher } from './knowledge-matches';
import type {
  TabAnnouncementListResponse,
  TabAnnouncementStatus,
  TabAudiencesResponse,
  TabFeedbackResponse,
  TabMeResponse,
  TabOverviewResponse,
  TabSearchResponse,
} from './tab-api-types';
import type { Role, TabAccessCheck } from '../access/access-policy';
import type { TabAuthenticator, TabUser } from './tab-authenticator';

/** What the composer endpoints need from the broadcast module; without it they answer 503. */
export interface TabBroadcast {
  /** The same announcement desk as the chat: validation, recipients, schedule window, status card, counts. */
  desk: Pick<AnnouncementDesk, 'compose' | 'recent' | 'withCounts' | 'cancel'>;
  installations: Pick<InstallationRepository, 'countActive' | 'listActive'>;
  /** The author's chat with the bot, where the status card goes; undefined when they have none. */
  authorChat?: (authorPseudonym: string) => Promise<AuthorChat | undefined>;
}

/** Dependencies of the tab API. */
export interface TabApiDependencies {
  authenticator: TabAuthenticator;
  /** The access policy (src/access): the composer needs the `announce` role. */
  access: TabAccessCheck;
  /** The knowledge base in use and its answerer, read at every call (a publish replaces them). */
  questions: Pick<QuestionAnswering, 'knowledgeBase' | 'answerer'>;
  /** Search matches for the knowledge base in use. */
  matcher: () => KnowledgeMatcher;
  feedback: FeedbackRepository;
  /** The same pseudonym the bot stores for a user (HMAC of the Entra ID object id). */
  pseudonymize: (userId: string) => string;
  broadcast?: TabBroadcast;
  /** True when this server serves the knowledge editor (/api/tab/knowledge). */
  knowledgeEditing?: boolean;
  logger: Logger;
}

const MAX_QUERY = 500;
const MAX_FEEDBACK = 2000;
const RECENT_ANNOUNCEMENTS = 20;
const AUDIENCE_SCAN_LIMIT = 5000;
const AUDIENCE_PAGE = 500;

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  BAD_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  STORE_UNAVAILABLE: 503,
};

const feedbackSchema = z.object({
  text: z
    .string({ required_error: 'Skriv en tilbakemelding.' })
    .trim()
    .min(1, 'Skriv en tilbakemelding.')
    .max(MAX_FEEDBACK, `Tilbakemeldingen kan være høyst ${MAX_FEEDBACK} tegn.`),
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/)
    .optional()
    .catch(undefined),
});

/** The request's shape; its content and audience are the announcement model's to check. */
const announcementRequestSchema = z.object({
  content: z.unknown(),
  audience: z.unknown(),
  scheduledAt: z.string().datetime({ offset: true, message: 'Ugyldig tidspunkt.' }).optional(),
  /** Norwegian wall-clock time (Europe/Oslo), as the chat's schedule fields take it. */
  schedule: z
    .object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ugyldig dato.'),
      time: z.string().regex(/^\d{2}:\d{2}$/, 'Ugyldig klokkeslett.'),
    })
    .optional(),
});

/** The language of the tab's content: the `lang` query parameter, bokmål by default. */
function langOf(req: Request): Lang {
  const value = (req.query as Record<string, unknown> | undefined)?.lang;
  return value === 'en' || value === 'nn' ? value : 'nb';
}

function queryText(req: Request): string {
  const value = (req.query as Record<string, unknown> | undefined)?.q;
  return typeof value === 'string' ? value : '';
}

function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError('BAD_INPUT', [...new Set(result.error.issues.map((i) => i.message))].join(' '));
  }
  return result.data;
}

/** Who the policy checks: the token's object id, and a sign-in name only for the development user. */
function callerOf(user: TabUser): { objectId: string; trustedUpn?: string } {
  return { objectId: user.id, trustedUpn: user.trustedUpn };
}

/** The announcement as the status view shows it. */
function toStatus(a: Announcement, counts: TabAnnouncementStatus['counts']): TabAnnouncementStatus {
  return {
    id: a.id,
    title: a.content.title,
    importance: a.content.importance,
    audience: a.audience,
    status: a.status,
    createdAt: a.createdAt.toISOString(),
    scheduledAt: a.scheduledAt?.toISOString(),
    sentAt: a.sentAt?.toISOString(),
    counts,
  };
}

/** An error answered with its own status and extra fields in the body (412 with the current version, 400 with a path). */
export class TabHttpError extends AppError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly status: number,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code, message);
  }
}

/** A tab API handler: the response status, body and extra headers for an authenticated caller. */
export type TabHandler = (
  req: Request,
  user: TabUser,
) => Promise<{ status: number; body: unknown; headers?: Record<string, string> }>;

/** What a caller without the role is told. */
const REFUSAL: Record<Role, string> = {
  announce: 'Bare kommunikasjonsansvarlige kan skrive kunngjøringer.',
  statistics: 'Bare kommunikasjonsansvarlige kan se statistikken.',
  office: 'Bare prosjektkontoret kan svare på spørsmål.',
  editKnowledge: 'Bare redaktører av kunnskapsbasen (KNOWLEDGE_EDITORS) kan endre kunnskapen.',
};

/**
 * Wraps a tab API handler: authenticates, checks the role with the access policy, runs it, and turns AppErrors
 * into status codes with `{ error, code }` bodies.
 */
export function tabRoute(
  deps: { authenticator: TabAuthenticator; access: TabAccessCheck; logger: Logger },
  handler: TabHandler,
  role?: Role,
) {
  return async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    try {
      const user = await deps.authenticator.authenticate(req.header('authorization'));
      if (role) {
        const access = await deps.access.allowsTabCaller(callerOf(user), role);
        if (!access.allowed) {
          const refusal = REFUSAL[role];
          throw new AppError('FORBIDDEN', access.unchecked ? `${refusal} ${access.unchecked}` : refusal);
        }
      }
      const { status, body, headers } = await handler(req, user);
      for (const [name, value] of Object.entries(headers ?? {})) res.header(name, value);
      // Announcements, names and feedback come from users: no bidi or control characters reach another screen.
      res.send(status, displaySafe(body));
    } catch (err) {
      const code = isAppError(err) ? err.code : undefined;
      const status = err instanceof TabHttpError ? err.status : ((code && STATUS_OF[code]) ?? 500);
      if (status === 401) res.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      if (status >= 500) deps.logger.error({ err, url: req.path() }, 'tab API call failed');
      const message =
        status >= 500 && !isAppError(err, 'STORE_UNAVAILABLE')
          ? 'Noe gikk galt på serveren. Prøv igjen om litt.'
          : (err as Error).message;
      const extra = err instanceof TabHttpError ? err.extra : {};
      res.send(status, { error: message, code: code ?? 'INTERNAL', ...extra });
    }
  };
}

/**
 * Registers the personal tab's API under /api/tab: every call needs a valid Entra ID token (or TAB_AUTH=off);
 * the composer calls also need the announcer role. Answers are JSON; errors are `{ error, code }` with a
 * Norwegian message.
 */
export function registerTabApi(server: Server, deps: TabApiDependencies): void {
  /** Wraps a handler: authenticates, checks the role, runs it, and turns AppErrors into status codes. */
  const { logger } = deps;
  const route = (handler: TabHandler, role?: Role) => tabRoute(deps, handler, role);

  const requireBroadcast = (): TabBroadcast => {
    if (!deps.broadcast) {
      throw new AppError('STORE_UNAVAILABLE', 'Kunngjøringer er ikke satt opp på denne serveren ennå.');
    }
    return deps.broadcast;
  };

  server.get(
    '/api/tab/me',
    route(async (_req, user) => {
      const [announce, editor] = await Promise.all([
        deps.access.allowsTabCaller(callerOf(user), 'announce'),
        deps.access.allowsTabCaller(callerOf(user), 'editKnowledge'),
      ]);
      const body: TabMeResponse = {
        name: user.name,
        development: user.development,
        isAnnouncer: announce.allowed,
        announcementsAvailable: deps.broadcast !== undefined,
        isKnowledgeEditor: editor.allowed && deps.knowledgeEditing === true,
        ...(announce.unchecked ? { accessNote: announce.unchecked } : {}),
      };
      return { status: 200, body };
    }),
  );

  server.get(
    '/api/tab/overview',
    route(async (req) => {
      const body: TabOverviewResponse = createOverview(
        deps.questions.knowledgeBase,
        deps.questions.answerer.keyContacts(),
        langOf(req),
      );
      return { status: 200, body };
    }),
  );

  server.get(
    '/api/tab/search',
    route(async (req) => {
      const query = queryText(req).trim().slice(0, MAX_QUERY);
      if (query === '') throw new AppError('BAD_INPUT', 'Skriv hva du leter etter.');
      const lang = langOf(req);
      const answer = deps.questions.answerer.answer(query);
      const shown = { ...answer, lang };
      const body: TabSearchResponse = {
        query,
        kind: answer.kind,
        sections: answerSections(shown),
        missing: missingText(shown),
        matches: deps.matcher().find(query, lang),
      };
      return { status: 200, body };
    }),
  );

  server.post(
    '/api/tab/feedback',
    route(async (req, user) => {
      const input = parse(feedbackSchema, req.body);
      const redaction = redact(input.text);
      const { entry } = await deps.feedback.add({
        comment: redaction.text,
        locale: input.locale,
        userPseudonym: deps.pseudonymize(user.id),
      });
      logger.info({ feedbackId: entry.id, removed: redaction.found }, 'tab feedback stored');
      const body: TabFeedbackResponse = {
        id: entry.id,
        removed: redaction.found.map((k) => PERSONAL_DATA_LABELS[k]),
      };
      return { status: 201, body };
    }),
  );

  server.get(
    '/api/tab/audiences',
    route(async () => {
      const { installations } = requireBroadcast();
      const [personal, channels] = await Promise.all([
        installations.countActive({ conversationTypes: ['personal'] }),
        installations.countActive({ conversationTypes: ['channel'] }),
      ]);
      const teams = new Map<string, { id: string; name: string; channels: number }>();
      let after: string | undefined;
      for (let scanned = 0; scanned < AUDIENCE_SCAN_LIMIT; scanned += AUDIENCE_PAGE) {
        const page = await installations.listActive({
          conversationTypes: ['channel'],
          afterConversationId: after,
          limit: AUDIENCE_PAGE,
        });
        for (const record of page) {
          if (!record.teamId) continue;
          const team = teams.get(record.teamId) ?? {
            id: record.teamId,
            name: record.teamName ?? record.teamId,
            channels: 0,
          };
          team.channels++;
          teams.set(record.teamId, team);
        }
        if (page.length < AUDIENCE_PAGE) break;
        after = page[page.length - 1]!.conversationId;
      }
      const body: TabAudiencesResponse = {
        personal,
        channels,
        teams: [...teams.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb')),
      };
      return { status: 200, body };
    }, 'announce'),
  );

  server.get(
    '/api/tab/announcements',
    route(async () => {
      const { desk } = requireBroadcast();
      const recent = await desk.recent(RECENT_ANNOUNCEMENTS);
      const announcements = recent.map(({ announcement, counts }) => toStatus(announcement, counts));
      const body: TabAnnouncementListResponse = { announcements };
      return { status: 200, body };
    }, 'announce'),
  );

  server.post(
    '/api/tab/announcements',
    route(async (req, user) => {
      const { desk, authorChat } = requireBroadcast();
      const lang = langOf(req);
      const input = parse(announcementRequestSchema, req.body);
      const content = parseAnnouncementContent(input.content, lang);
      const audience = parseAudience(input.audience, lang);
      let scheduledAt: Date | undefined;
      if (input.schedule) {
        scheduledAt = osloWallTimeToUtc(input.schedule.date, input.schedule.time);
        if (!scheduledAt) throw new AppError('BAD_INPUT', announcementText('scheduleInvalid', lang));
      } else if (input.scheduledAt !== undefined) scheduledAt = new Date(input.scheduledAt);
      const authorPseudonym = deps.pseudonymize(user.id);
      const outcome = await desk.compose(
        { content, audience, scheduledAt },
        { pseudonym: authorPseudonym, chat: await authorChat?.(authorPseudonym) },
        new Date(),
      );
      switch (outcome.kind) {
        case 'noRecipients':
          throw new AppError('CONFLICT', announcementText('sendNoRecipients', lang));
        case 'schedulePast':
        case 'scheduleTooFar':
          throw new AppError('BAD_INPUT', announcementText(outcome.kind, lang));
        case 'notDraft':
          throw new AppError('CONFLICT', 'Kunngjøringen er allerede sendt eller planlagt.');
      }
      const { announcement, counts } = await desk.withCounts(outcome.announcement.id);
      logger.info(
        { announcementId: announcement.id, status: announcement.status, audience: audience.kind },
        'announcement created from the tab',
      );
      return { status: 201, body: toStatus(announcement, counts) };
    }, 'announce'),
  );

  server.post(
    '/api/tab/announcements/:id/cancel',
    route(async (req) => {
      const { desk } = requireBroadcast();
      const id = String((req.params as Record<string, unknown>).id ?? '');
      await desk.cancel(id);
      const { announcement, counts } = await desk.withCounts(id);
      return { status: 200, body: toStatus(announcement, counts) };
    }, 'announce'),
  );
}
