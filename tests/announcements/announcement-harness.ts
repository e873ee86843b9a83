import { type Activity, TestAdapter } from 'botbuilder';
import { createAnnouncementFeature } from '../../src/announcements/announcement-feature';
import { HelseplattformenBot } from '../../src/bot/helseplattformen-bot';
import { BroadcastEngine } from '../../src/broadcast/broadcast-engine';
import { RateLimiter } from '../../src/broadcast/rate-limiter';
import { StatusCardUpdates } from '../../src/broadcast/status-card-updates';
import { createRepositories, type DataLayer, IN_MEMORY_DATA_DIR } from '../../src/data';
import type { MemberDirectory } from '../../src/access/member-directory';
import { createPseudonymizer } from '../../src/privacy/pseudonym';
import { createQuestionAnswerer } from '../../src/qa';
import { accessPolicy } from '../support/access';
import type { InvokeBody } from '../support/bot-activity';
import { actionsOf, textOf } from '../support/card-content';
import { capturingLogger } from '../support/capturing-logger';
import { ScriptedMessenger } from '../support/scripted-messenger';
import { personalChat, type TestConversation, type TestUser } from '../support/teams-people';
import { adaptiveCardProblems } from '../support/validate-adaptive-card';

const questions = createQuestionAnswerer('content/knowledge-base.yaml');

/** The communications lead, listed in ANNOUNCERS. */
export const LEAD: TestUser = {
  id: '29:lead',
  name: 'Liv Leder',
  aadObjectId: 'cccccccc-1111-2222-3333-444444444444',
};
/** Someone who has the bot but may not announce. */
export const KARI: TestUser = {
  id: '29:kari',
  name: 'Kari Nordmann',
  aadObjectId: 'aaaaaaaa-1111-2222-3333-444444444444',
};
/** A member of the announcer team (ANNOUNCER_TEAM_ID). */
export const TEAM_MEMBER: TestUser = {
  id: '29:teammember',
  name: 'Tor Teamleder',
  aadObjectId: 'dddddddd-1111-2222-3333-444444444444',
};

export const ANNOUNCER_TEAM = '19:kommunikasjon@thread.tacv2';
export const TEAM = { id: '19:hjemmetjenesten@thread.tacv2', name: 'Hjemmetjenesten' };

/** A user's personal chat with the bot. */
export const chatOf = personalChat;

/** The shared card readers and invoke body, so the announcement tests take all their helpers from this harness. */
export { actionsOf, textOf, type InvokeBody };

/** An Adaptive Card as plain JSON. */
export type Card = Record<string, unknown>;

/** The action with this title (fails when there is none). */
export function action(card: unknown, title: string): Record<string, unknown> {
  const found = actionsOf(card).find((a) => a.title === title);
  if (!found) throw new Error(`no "${title}" in ${actionsOf(card).map((a) => String(a.title))}`);
  return found;
}

/** Every input of a card, by id. */
export function inputsOf(card: unknown): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string')
        out[o.id] = o;
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** The card of an invoke response; fails when Teams would get a message instead, or the card is invalid. */
export function invokeCard(body: InvokeBody): Card {
  if (body.type !== 'application/vnd.microsoft.card.adaptive')
    throw new Error(`expected a card, got ${body.type}: ${JSON.stringify(body.value)}`);
  expect(body.statusCode).toBe(200);
  expect(adaptiveCardProblems(body.value)).toEqual([]);
  return body.value as Card;
}

/** The card of a message the bot sent (validated). */
export function cardOf(activity: Partial<Activity> | undefined): Card {
  const content = activity?.attachments?.[0]?.content as Card | undefined;
  if (!content) throw new Error(`no card in ${JSON.stringify(activity ?? null).slice(0, 300)}`);
  expect(adaptiveCardProblems(content)).toEqual([]);
  return content;
}

/** The form values of a complete announcement, as the form card submits them. */
export function filledForm(extra: Record<string, string> = {}): Record<string, string> {
  return {
    title: 'Nedetid fredag kveld',
    text: 'Helseplattformen er **nede** fredag kl. 18–20.\n\n- Bruk papirrutinene\n- Ring legevakten ved behov',
    imageUrl: '',
    link1Title: 'Les mer',
    link1Url: 'https://helseplattformen.no/nedetid',
    link2Title: '',
    link2Url: '',
    link3Title: '',
    link3Url: '',
    importance: 'high',
    audience: 'all',
    ...extra,
  };
}

/** Options of startAnnouncementHarness. */
export interface HarnessOptions {
  /** The members API: the announcer team's members; default nobody. */
  directory?: MemberDirectory;
  now?: () => Date;
}

/**
 * The announcement feature on a botbuilder TestAdapter, with the real broadcast engine on the embedded in-memory
 * store and a scripted messenger (what the engine sends lands in `messenger.calls`). Three conversations have the
 * bot: the lead's and Kari's personal chats and the Hjemmetjenesten team's General channel.
 */
export async function startAnnouncementHarness(options: HarnessOptions = {}) {
  const { logger, lines: logs } = capturingLogger('debug');
  const data: DataLayer = await createRepositories(
    { DATA_DIR: IN_MEMORY_DATA_DIR, MONGODB_URI: undefined, MONGODB_DB: 'test', MONGODB_TIMEOUT_MS: 1000 },
    logger,
  );
  const reference = (id: string) => ({
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/',
    conversation: { id },
  });
  for (const user of [LEAD, KARI]) {
    const id = chatOf(user).id;
    await data.installations.upsert({
      conversationId: id,
      conversationType: 'personal',
      serviceUrl: 'https://smba.example/',
      reference: reference(id),
    });
  }
  await data.installations.upsert({
    conversationId: TEAM.id,
    conversationType: 'channel',
    serviceUrl: 'https://smba.example/',
    teamId: TEAM.id,
    teamName: TEAM.name,
    reference: reference(TEAM.id),
  });
  const messenger = new ScriptedMessenger();
  const budget = new RateLimiter({ ratePerSecond: 1000 });
  const statusCards = new StatusCardUpdates({ messenger, budget, repositories: data, logger });
  const engine = new BroadcastEngine({
    repositories: data,
    messenger,
    logger,
    now: options.now,
    options: { refreshMs: 20, progressIntervalMs: 0, baseBackoffMs: 10, tickMs: 60_000 },
    // As createBroadcastEngine wires it: the author's status card is updated in place.
    budget,
    onProgress: (progress) => void statusCards.changed(progress.announcement.id),
  });
  const pseudonymize = createPseudonymizer('announcement-tests-pseudonym-secret');
  const answered: string[] = [];
  const feature = createAnnouncementFeature({
    announcements: data.announcements,
    installations: data.installations,
    engine,
    mayAnnounce: accessPolicy(
      { ANNOUNCERS: [LEAD.aadObjectId], ANNOUNCER_TEAM_ID: ANNOUNCER_TEAM },
      logger,
      options.directory,
    ).check('announce'),
    pseudonymize,
    logger,
    answerQuestion: async (_context, question) => {
      answered.push(question);
    },
    now: options.now,
  });
  const bot = new HelseplattformenBot({
    questions,
    logger,
    features: [feature],
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  const updates: Partial<Activity>[] = [];
  const update = adapter.updateActivity.bind(adapter);
  jest.spyOn(adapter, 'updateActivity').mockImplementation(async (context, activity) => {
    updates.push(activity);
    return update(context, activity);
  });

  const base = (user: TestUser, conversation: TestConversation, locale: string) => ({
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/',
    from: user,
    recipient: { id: '28:bot', name: 'Helseplattformen' },
    conversation: { ...conversation, isGroup: conversation.conversationType !== 'personal', name: '' },
    locale,
  });

  /** One incoming activity; resolves with what the bot sent back during the turn. */
  const process = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0);
  };

  /** A user clicks an Action.Execute button; resolves with the invoke response and the messages sent. */
  const execute = async (
    verb: string,
    dataValue: Record<string, unknown>,
    user: TestUser = LEAD,
    conversation: TestConversation = chatOf(user),
    locale = 'nb-NO',
  ): Promise<{ body: InvokeBody; sent: Partial<Activity>[] }> => {
    const replies = await process({
      ...base(user, conversation, locale),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data: dataValue }, trigger: 'manual' },
    });
    const response = replies.find((r) => r.type === 'invokeResponse');
    if (!response) throw new Error(`no invoke response to ${verb}`);
    return {
      body: (response.value as { body: InvokeBody }).body,
      sent: replies.filter((r) => r.type !== 'invokeResponse'),
    };
  };

  /** Several users click the same Action.Execute button at the same time; resolves with every reply. */
  const executeTogether = async (
    verb: string,
    dataValue: Record<string, unknown>,
    times: number,
    user: TestUser = LEAD,
  ): Promise<{ bodies: InvokeBody[]; sent: Partial<Activity>[] }> => {
    await Promise.all(
      Array.from({ length: times }, () =>
        adapter.processActivity({
          ...base(user, chatOf(user), 'nb-NO'),
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb, data: dataValue }, trigger: 'manual' },
        }),
      ),
    );
    const replies = adapter.activeQueue.splice(0);
    return {
      bodies: replies
        .filter((r) => r.type === 'invokeResponse')
        .map((r) => (r.value as { body: InvokeBody }).body),
      sent: replies.filter((r) => r.type !== 'invokeResponse'),
    };
  };

  return {
    executeTogether,
    data,
    engine,
    /** The author's status cards: settled() once the engine is idle, before looking at the last update. */
    statusCards,
    messenger,
    logs,
    updates,
    pseudonymize,
    answered,
    /** A user types a message; resolves with the replies. */
    say: (
      text: string,
      user: TestUser = LEAD,
      conversation: TestConversation = chatOf(user),
      locale = 'nb-NO',
    ) => process({ ...base(user, conversation, locale), type: 'message', text }),
    /** A user clicks an Action.Submit button. */
    submit: (value: Record<string, unknown>, user: TestUser = LEAD, conversation = chatOf(user)) =>
      process({ ...base(user, conversation, 'nb-NO'), type: 'message', value }),
    execute,
    /** Clicks a button of a card: its verb and data, with these inputs. */
    click: (
      card: unknown,
      title: string,
      inputs: Record<string, unknown> = {},
      user: TestUser = LEAD,
      conversation: TestConversation = chatOf(user),
    ) => {
      const button = action(card, title);
      const buttonData = (button.data as Record<string, unknown> | undefined) ?? {};
      return execute(String(button.verb), { ...buttonData, ...inputs }, user, conversation);
    },
    close: async () => {
      await engine.stop();
      await statusCards.stop();
      await data.close();
    },
  };
}

/** The harness returned by startAnnouncementHarness. */
export type AnnouncementHarness = Awaited<ReturnType<typeof startAnnouncementHarness>>;
