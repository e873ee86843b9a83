import type { Request, Server } from 'restify';
import { z } from 'zod';
import type {
  KnowledgeSuggestionRepository,
  LearningResolutionRepository,
  UnansweredRepository,
} from '../data/repositories';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { redact } from '../privacy/redactor';
import { answeringFor } from '../qa';
import { type KnowledgeBase, validateKnowledgeBase } from '../qa/knowledge-base';
import { answerSections, missingText } from '../tab/answer-sections';
import { KnowledgeMatcher } from '../tab/knowledge-matches';
import type { TabAccessCheck } from '../access/access-policy';
import { type TabHandler, TabHttpError, tabRoute } from '../tab/tab-api';
import type { TabAuthenticator } from '../tab/tab-authenticator';
import type {
  EditableKnowledgeBase,
  KnowledgeInvalidResponse,
  KnowledgePublishResponse,
  KnowledgeResponse,
  KnowledgeTryResponse,
  KnowledgeValidateResponse,
  KnowledgeVersionsResponse,
  LearningItem,
  LearningResponse,
} from './knowledge-api-types';
import type { LiveKnowledge, PublishResult } from './live-knowledge';

// The editor's shape must accept every knowledge base the server validates (a compile-time check).
const fits = (kb: KnowledgeBase): EditableKnowledgeBase => kb;
void fits;

/** What the knowledge editor's API needs. */
export interface KnowledgeApiDependencies {
  authenticator: TabAuthenticator;
  knowledge: LiveKnowledge;
  /** The access policy (src/access): every call needs the `editKnowledge` role (KNOWLEDGE_EDITORS). */
  access: TabAccessCheck;
  unanswered: Pick<UnansweredRepository, 'groups'>;
  suggestions: Pick<KnowledgeSuggestionRepository, 'list'>;
  learning: LearningResolutionRepository;
  pseudonymize: (userId: string) => string;
  logger: Logger;
}

const VERSIONS_SHOWN = 50;
const LEARNING_GROUPS = 200;
const LEARNING_SUGGESTIONS = 100;
const MAX_QUESTION = 500;

const tryRequestSchema = z.object({
  knowledgeBase: z.unknown(),
  question: z.string().trim().min(1, 'Skriv et spørsmål.').max(MAX_QUESTION),
  lang: z.enum(['nb', 'nn', 'en']).optional(),
});

const resolveRequestSchema = z.object({
  key: z.string().min(1).max(4200),
  action: z.enum(['attached', 'created', 'dismissed']),
  entryId: z.string().max(200).optional(),
});

/** The version named by an If-Match header ("7", `"7"` or W/"7"); undefined when there is none. */
export function ifMatchVersion(header: string | undefined): number | undefined | 'unreadable' {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  return match ? Number(match[1]) : 'unreadable';
}

function invalid(problems: { path: string; message: string }[]): never {
  const first = problems[0] ?? { path: '(rot)', message: 'ugyldig' };
  const body: Omit<KnowledgeInvalidResponse, 'error' | 'code'> = { path: first.path, problems };
  throw new TabHttpError(
    'KNOWLEDGE_BASE_INVALID',
    `Kunnskapsbasen er ikke gyldig: ${first.path}: ${first.message}`,
    400,
    body,
  );
}

function stale(current: number): never {
  throw new TabHttpError(
    'CONFLICT',
    `Noen andre har publisert en nyere versjon (versjon ${current}) etter at du begynte. Last inn den nye versjonen og gjør endringene dine der.`,
    412,
    { code: 'STALE_VERSION', currentVersion: current },
  );
}

/** The version the request's If-Match names: 428 without one, 412 when it cannot be a version. */
function expectedVersion(req: Request, current: number): number {
  const expected = ifMatchVersion(req.header('if-match'));
  if (expected === undefined) {
    throw new TabHttpError(
      'BAD_INPUT',
      'Send versjonen utkastet bygger på i If-Match, så ingen overskriver en annens publisering.',
      428,
    );
  }
  if (expected === 'unreadable') stale(current);
  return expected;
}

const published = (result: PublishResult) => {
  if (result.kind === 'invalid') invalid(result.problems);
  if (result.kind === 'stale') stale(result.current);
  const body: KnowledgePublishResponse = { version: result.version.number, summary: result.version.summary };
  return { status: 200, body, headers: { ETag: `"${result.version.number}"` } };
};

/**
 * The knowledge editor's API under /api/tab/knowledge, for KNOWLEDGE_EDITORS only: read the knowledge base in use,
 * publish a new version (If-Match against the version the draft was made from), the version history and restore,
 * "try a question" on a draft, and the learning loop (unanswered questions and project-office suggestions).
 */
export function registerKnowledgeApi(server: Server, deps: KnowledgeApiDependencies): void {
  const { knowledge } = deps;
  const route = (handler: TabHandler) => tabRoute(deps, handler, 'editKnowledge');

  server.get(
    '/api/tab/knowledge',
    route(async () => {
      const body: KnowledgeResponse = { version: knowledge.version, knowledgeBase: knowledge.knowledgeBase };
      return { status: 200, body, headers: { ETag: `"${knowledge.version}"` } };
    }),
  );

  server.put(
    '/api/tab/knowledge',
    route(async (req, user) => {
      const expected = expectedVersion(req, knowledge.version);
      const raw = (req.body ?? {}) as Record<string, unknown>;
      // The body is { knowledgeBase, summary? }; a bare knowledge base is accepted as well.
      const draft = 'knowledgeBase' in raw ? raw.knowledgeBase : raw;
      const summary = typeof raw.summary === 'string' ? raw.summary.slice(0, 480) : undefined;
      const result = await knowledge.publish({
        expected,
        knowledgeBase: draft,
        authorPseudonym: deps.pseudonymize(user.id),
        summary,
      });
      return published(result);
    }),
  );

  server.get(
    '/api/tab/knowledge/versions',
    route(async (_req, user) => {
      const me = deps.pseudonymize(user.id);
      const versions = await knowledge.history(VERSIONS_SHOWN);
      const body: KnowledgeVersionsResponse = {
        current: knowledge.version,
        versions: versions.map((v) => ({
          number: v.number,
          authorPseudonym: v.authorPseudonym,
          mine: v.authorPseudonym === me,
          summary: v.summary,
          restoredFrom: v.restoredFrom,
          createdAt: v.createdAt.toISOString(),
        })),
      };
      return { status: 200, body };
    }),
  );

  server.post(
    '/api/tab/knowledge/versions/:number/restore',
    route(async (req, user) => {
      const number = Number((req.params as Record<string, unknown>).number);
      if (!Number.isInteger(number) || number < 1) throw new AppError('BAD_INPUT', 'Ugyldig versjonsnummer.');
      const expected = expectedVersion(req, knowledge.version);
      const result = await knowledge.restore(number, expected, deps.pseudonymize(user.id));
      if (!result) throw new AppError('NOT_FOUND', `Fant ikke versjon ${number}.`);
      return published(result);
    }),
  );

  server.post(
    '/api/tab/knowledge/try',
    route(async (req) => {
      const input = tryRequestSchema.safeParse(req.body);
      if (!input.success) throw new AppError('BAD_INPUT', input.error.issues.map((i) => i.message).join(' '));
      const checked = validateKnowledgeBase(input.data.knowledgeBase);
      if (!checked.ok) invalid(checked.problems);
      const lang = input.data.lang ?? 'nb';
      const draft = answeringFor(checked.knowledgeBase, knowledge.language, -1);
      const answer = draft.answerer.answer(input.data.question);
      const shown = { ...answer, lang };
      const body: KnowledgeTryResponse = {
        query: input.data.question,
        kind: answer.kind,
        sections: answerSections(shown),
        missing: missingText(shown),
        matches: new KnowledgeMatcher(checked.knowledgeBase, knowledge.language).find(
          input.data.question,
          lang,
        ),
      };
      return { status: 200, body };
    }),
  );

  server.post(
    '/api/tab/knowledge/validate',
    route(async (req) => {
      const draft = ((req.body ?? {}) as { knowledgeBase?: unknown }).knowledgeBase;
      const checked = validateKnowledgeBase(draft);
      const body: KnowledgeValidateResponse = { problems: checked.ok ? [] : checked.problems };
      return { status: 200, body };
    }),
  );

  server.get(
    '/api/tab/knowledge/learning',
    route(async (req) => {
      const sort =
        (req.query as Record<string, unknown> | undefined)?.sort === 'newest' ? 'newest' : 'frequent';
      const body: LearningResponse = { items: await learningItems(deps, sort) };
      return { status: 200, body };
    }),
  );

  server.post(
    '/api/tab/knowledge/learning/resolve',
    route(async (req, user) => {
      const input = resolveRequestSchema.safeParse(req.body);
      if (!input.success) throw new AppError('BAD_INPUT', 'Ugyldig behandling av forslaget.');
      const resolution = await deps.learning.resolve({
        ...input.data,
        byPseudonym: deps.pseudonymize(user.id),
      });
      deps.logger.info({ action: resolution.action, entryId: resolution.entryId }, 'learning item resolved');
      return { status: 200, body: { key: resolution.key, action: resolution.action } };
    }),
  );
}

/**
 * The learning loop: unanswered questions (grouped) and project-office suggestions that no editor has dealt with
 * since they were last asked, redacted. 'frequent' puts the most asked first (then the newest); 'newest' the
 * latest first.
 */
async function learningItems(
  deps: Pick<KnowledgeApiDependencies, 'unanswered' | 'suggestions' | 'learning'>,
  sort: 'frequent' | 'newest',
): Promise<LearningItem[]> {
  const [groups, suggestions] = await Promise.all([
    deps.unanswered.groups(LEARNING_GROUPS),
    deps.suggestions.list(LEARNING_SUGGESTIONS),
  ]);
  const items: (LearningItem & { at: Date })[] = [
    ...groups.map((g) => ({
      key: `unanswered:${g.normalized}`,
      kind: 'unanswered' as const,
      question: redact(g.question).text,
      count: g.count,
      at: g.lastAskedAt,
      lastAt: g.lastAskedAt.toISOString(),
    })),
    ...suggestions.map((s) => ({
      key: `suggestion:${s.id}`,
      kind: 'suggestion' as const,
      question: redact(s.question).text,
      answer: redact(s.answer).text,
      count: 1,
      at: s.createdAt,
      lastAt: s.createdAt.toISOString(),
    })),
  ];
  const resolved = new Map(
    (await deps.learning.list(items.map((i) => i.key))).map((r) => [r.key, r.resolvedAt] as const),
  );
  const open = items.filter((i) => {
    const at = resolved.get(i.key);
    return at === undefined || at.getTime() < i.at.getTime();
  });
  const newest = (a: { at: Date }, b: { at: Date }) => b.at.getTime() - a.at.getTime();
  open.sort(sort === 'newest' ? newest : (a, b) => b.count - a.count || newest(a, b));
  return open.map(({ at, ...item }) => {
    void at;
    return item;
  });
}
