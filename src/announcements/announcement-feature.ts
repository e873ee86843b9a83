import { cardResponse, messageResponse } from '../bot/invoke-response';
import { cardMessage } from '../cards/card-message';
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { BotFeature, Command } from '../bot/bot-feature';
import { channelConversationId } from '../bot/conversation-reference';
import { sendCard } from '../bot/card-activity';
import { messageText } from '../bot/turn-text';
import { turnErrorText } from '../bot/turn-error';
import { turnLanguage } from '../bot/turn-language';
import { ANNOUNCEMENT_ACK_VERB, createAnnouncementCard } from '../cards/announcement-card';
import {
  ANNOUNCEMENT_FORM_VERBS,
  type AnnouncementFormValues,
  createAnnouncementFormCard,
} from '../cards/announcement-form-card';
import { ANNOUNCEMENT_SHOW_STATUS_ACTION, createAnnouncementListCard } from '../cards/announcement-list-card';
import {
  ANNOUNCEMENT_PREVIEW_VERBS,
  ANNOUNCEMENT_SCHEDULE_INPUTS,
  createAnnouncementPreviewCard,
} from '../cards/announcement-preview-card';
import {
  ANNOUNCEMENT_RECALL_CONFIRM_VERB,
  createAnnouncementRecallCard,
} from '../cards/announcement-recall-card';
import { type AnnouncementReceipt, createAnnouncementReceiptCard } from '../cards/announcement-receipt-card';
import {
  ANNOUNCEMENT_STATUS_VERBS,
  announcementStatusSummary,
  createAnnouncementStatusCard,
} from '../cards/announcement-status-card';
import { announcementText, type AnnouncementStringKey } from '../cards/announcement-strings';
import type { AnnouncementRepository, InstallationRepository } from '../data/repositories';
import type { Announcement, DeliveryCounts } from '../model/announcement';
import { isAppError } from '../errors';
import type { Logger } from '../logger';
import type { Lang } from '../qa/knowledge-base';
import { parseSubmit } from '../security/parse-submit';
import { type AnnouncementEngine, AnnouncementDesk, type DispatchOutcome } from './announcement-desk';
import { formDataOf, formValuesFromSubmit, formValuesOf, parseAnnouncementForm } from './announcement-form';
import { osloInputValues, osloWallTimeToUtc } from './oslo-time';

/** What the announcement feature needs. */
export interface AnnouncementFeatureDependencies {
  announcements: AnnouncementRepository;
  installations: InstallationRepository;
  /** The broadcast engine (src/broadcast/create-broadcast-engine.ts). */
  engine: AnnouncementEngine;
  /** Whether the sender may announce (AnnouncerPolicy: ANNOUNCERS and ANNOUNCER_TEAM_ID). */
  mayAnnounce: (context: TurnContext) => Promise<boolean>;
  /** The HMAC pseudonym of a user id (src/privacy), for drafts and logs. */
  pseudonymize: (userId: string) => string;
  logger: Logger;
  /** Answers a message that only starts like a command ("status på opplæringen?") as the question it is. */
  answerQuestion?: (context: TurnContext, question: string) => Promise<void>;
  /** The announcement desk shared with the tab (made from the other dependencies when absent). */
  desk?: AnnouncementDesk;
  now?: () => Date;
}

/** How many announcements `status` lists. */
const STATUS_LIST_LENGTH = 8;
const DAY_MS = 24 * 60 * 60 * 1000;

const idSchema = z.object({ announcementId: z.string().trim().min(1).max(100) });
const optionalIdSchema = z.object({ announcementId: z.string().trim().min(1).max(100).optional() });
const scheduleSchema = idSchema.extend({
  [ANNOUNCEMENT_SCHEDULE_INPUTS.date]: z.string().trim().max(20).optional(),
  [ANNOUNCEMENT_SCHEDULE_INPUTS.time]: z.string().trim().max(20).optional(),
});

/**
 * Announcements in the chat, for the communications leads (everyone else gets a polite refusal, logged):
 *
 * - `kunngjøring` / `kunngjering` / `announce` [tittel]: the form; Forhåndsvis saves a draft and shows the card as
 *   recipients will see it with the number of recipients, and Send nå / Planlegg / Rediger / Avbryt
 * - after Send nå or Planlegg: a status card in the author's chat that the engine keeps up to date, with Oppdater,
 *   Stopp sending, Rediger (updates the sent card everywhere) and Trekk tilbake (deletes it everywhere, confirmed)
 * - `status`: the latest announcements with their counts
 * - for everyone: "Bekreft lest" on the announcement card (answered with the card showing "Lest ✓")
 */
export function createAnnouncementFeature(deps: AnnouncementFeatureDependencies): BotFeature {
  const { logger } = deps;
  const now = deps.now ?? (() => new Date());
  const desk = deps.desk ?? new AnnouncementDesk(deps);
  /** Send and Planlegg clicks under way, so that a double click posts one status card and starts once. */
  const dispatching = new Map<string, Promise<AdaptiveCardInvokeResponse>>();

  const text = (context: TurnContext, key: AnnouncementStringKey) =>
    announcementText(key, turnLanguage(context));
  const pseudonymOf = (context: TurnContext): string => {
    const from = context.activity.from;
    return deps.pseudonymize(from?.aadObjectId ?? from?.id ?? '');
  };
  const isPersonal = (context: TurnContext) =>
    (context.activity.conversation?.conversationType ?? 'personal') === 'personal';

  /** The announcer check, with every refusal logged under the user's pseudonym. */
  const allowed = async (context: TurnContext, attempt: string): Promise<boolean> => {
    if (await deps.mayAnnounce(context)) return true;
    logger.warn(
      { activityId: context.activity.id, userPseudonym: pseudonymOf(context), attempt },
      'announcements: refused, the sender may not announce',
    );
    return false;
  };

  /** What an invoke answers when something went wrong: the reason when the user can act on it. */
  const failure = (context: TurnContext, err: unknown, verb: string): AdaptiveCardInvokeResponse => {
    if (isAppError(err, 'NOT_FOUND')) return messageResponse(text(context, 'notFound'));
    if (isAppError(err, 'STORE_UNAVAILABLE')) {
      logger.warn({ err, activityId: context.activity.id, verb }, 'announcements: store unavailable');
      return messageResponse(text(context, 'storeDown'));
    }
    if (isAppError(err, 'CONFLICT') || isAppError(err, 'BAD_INPUT')) {
      logger.info({ activityId: context.activity.id, verb, reason: err.message }, 'announcements: refused');
      // The engine's reasons are written in bokmål; other readers get the same advice from the catalogue.
      const lang = turnLanguage(context);
      if (lang === 'nb') return messageResponse(err.message);
      return messageResponse(
        isAppError(err, 'CONFLICT') ? announcementText('conflict', lang) : turnErrorText(err, lang),
      );
    }
    logger.error({ err, activityId: context.activity.id, verb }, 'announcements: action failed');
    return messageResponse(text(context, 'failed'));
  };

  type InvokeHandler = (
    context: TurnContext,
    data: Record<string, unknown>,
    lang: Lang,
  ) => Promise<AdaptiveCardInvokeResponse>;

  /** An Action.Execute handler for announcers only, with errors turned into a short message. */
  const announcerInvoke =
    (verb: string, handler: InvokeHandler) =>
    async (context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCardInvokeResponse> => {
      if (!(await allowed(context, verb))) return messageResponse(text(context, 'refused'));
      try {
        return await handler(context, data, turnLanguage(context));
      } catch (err) {
        return failure(context, err, verb);
      }
    };

  const formCard = async (
    lang: Lang,
    values: AnnouncementFormValues,
    options: { announcementId?: string; status?: Announcement['status']; error?: string } = {},
  ) => createAnnouncementFormCard({ lang, values, teams: await desk.teams(), ...options });

  const previewCard = async (draft: Announcement, lang: Lang, error?: string) => {
    const teams = await desk.teams();
    const tomorrow = osloInputValues(new Date(now().getTime() + DAY_MS));
    return createAnnouncementPreviewCard({
      lang,
      announcement: draft,
      recipients: await desk.recipients(draft.audience),
      teamNames: Object.fromEntries(teams.map((t) => [t.id, t.name])),
      schedule: { date: tomorrow.date, time: '08:00', minDate: osloInputValues(now()).date },
      error,
    });
  };

  const receipt = (lang: Lang, r: AnnouncementReceipt) =>
    cardResponse(createAnnouncementReceiptCard(r, lang));

  /** What a Send or Planlegg click on a card that is no longer a draft shows: where it went. */
  const receiptOf = (announcement: Announcement, lang: Lang): AdaptiveCardInvokeResponse => {
    const title = announcement.content.title;
    if (announcement.status === 'scheduled' && announcement.scheduledAt)
      return receipt(lang, { kind: 'scheduled', title, at: announcement.scheduledAt });
    if (announcement.status === 'cancelled') return receipt(lang, { kind: 'discarded', title });
    return receipt(lang, { kind: 'sent', title });
  };

  /** Posts the status card as a new message in the author's chat and returns its id. */
  const statusPoster =
    (context: TurnContext) =>
    (announcement: Announcement, counts: DeliveryCounts): Promise<string | undefined> =>
      sendCard(
        context,
        createAnnouncementStatusCard(announcement, counts, turnLanguage(context)),
        announcementStatusSummary(announcement),
      );

  /** Runs a Send or Planlegg click once per announcement at a time. */
  const once = (
    announcementId: string,
    work: () => Promise<AdaptiveCardInvokeResponse>,
  ): Promise<AdaptiveCardInvokeResponse> => {
    const running = dispatching.get(announcementId);
    if (running) return running;
    const pending = work().finally(() => dispatching.delete(announcementId));
    dispatching.set(announcementId, pending);
    return pending;
  };

  const dispatched = async (outcome: DispatchOutcome, lang: Lang): Promise<AdaptiveCardInvokeResponse> => {
    switch (outcome.kind) {
      case 'noRecipients':
        return cardResponse(
          await previewCard(outcome.announcement, lang, announcementText('sendNoRecipients', lang)),
        );
      case 'schedulePast':
      case 'scheduleTooFar':
        return cardResponse(
          await previewCard(outcome.announcement, lang, announcementText(outcome.kind, lang)),
        );
      case 'notDraft':
        return receiptOf(outcome.announcement, lang);
      case 'started':
      case 'scheduled':
        return receiptOf(outcome.announcement, lang);
    }
  };

  // ---- commands ---------------------------------------------------------------------------------------

  const announceCommand: Command = {
    word: 'command.announce',
    help: 'announcement.helpAnnounce',
    handle: async (context, args) => {
      if (!(await allowed(context, 'form'))) {
        await context.sendActivity(text(context, 'refused'));
        return;
      }
      if (!isPersonal(context)) {
        await context.sendActivity(text(context, 'personalOnly'));
        return;
      }
      const lang = turnLanguage(context);
      const title = args.replace(/^[\s:,–-]+/, '').slice(0, 150);
      await sendCard(
        context,
        await formCard(lang, title ? { title } : {}),
        announcementText('formTitleNew', lang),
      );
    },
  };

  const statusCommand: Command = {
    word: 'command.status',
    help: 'announcement.helpStatus',
    handle: async (context, args) => {
      // "status på opplæringen?" is a question, not the command.
      if (args !== '' && deps.answerQuestion) {
        await deps.answerQuestion(context, messageText(context));
        return;
      }
      if (!(await allowed(context, 'status'))) {
        await context.sendActivity(text(context, 'refused'));
        return;
      }
      const lang = turnLanguage(context);
      const items = await desk.recent(STATUS_LIST_LENGTH);
      await sendCard(context, createAnnouncementListCard(items, lang), announcementText('listHeading', lang));
    },
  };

  // ---- card submits -----------------------------------------------------------------------------------

  /** "Vis status" on the list: a fresh status card, which from now on is the one kept up to date. */
  const showStatus = async (context: TurnContext, value: Record<string, unknown>): Promise<void> => {
    if (!(await allowed(context, ANNOUNCEMENT_SHOW_STATUS_ACTION))) {
      await context.sendActivity(text(context, 'refused'));
      return;
    }
    const { announcementId } = parseSubmit(idSchema, value);
    let found;
    try {
      found = await desk.withCounts(announcementId);
    } catch (err) {
      if (!isAppError(err, 'NOT_FOUND')) throw err;
      await context.sendActivity(text(context, 'notFound'));
      return;
    }
    const activityId = await statusPoster(context)(found.announcement, found.counts);
    if (activityId !== undefined && isPersonal(context)) {
      await desk.moveStatusCard(announcementId, context.activity.conversation.id, activityId);
    }
  };

  // ---- invokes: the form and the preview --------------------------------------------------------------

  /** The submit with the saved values under any field the client left out. */
  const withSavedValues = async (data: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const { announcementId } = optionalIdSchema.safeParse(data).data ?? {};
    const saved = announcementId ? await deps.announcements.get(announcementId) : null;
    return saved ? { ...formDataOf(saved), ...data } : data;
  };

  const preview: InvokeHandler = async (context, submit, lang) => {
    const data = await withSavedValues(submit);
    let submitted;
    try {
      submitted = parseAnnouncementForm(data);
    } catch (err) {
      if (!isAppError(err, 'BAD_INPUT')) throw err;
      const { announcementId } = optionalIdSchema.safeParse(data).data ?? {};
      return cardResponse(
        await formCard(lang, formValuesFromSubmit(data), { announcementId, error: turnErrorText(err, lang) }),
      );
    }
    const draft = await desk.saveDraft(submitted, pseudonymOf(context));
    return cardResponse(await previewCard(draft, lang));
  };

  const discard: InvokeHandler = async (_context, data, lang) => {
    const { announcementId } = parseSubmit(optionalIdSchema, data);
    if (announcementId === undefined) return receipt(lang, { kind: 'discarded' });
    const discarded = await desk.discard(announcementId);
    if (discarded) return receipt(lang, { kind: 'discarded', title: discarded.content.title });
    return receiptOf(await desk.get(announcementId), lang);
  };

  const revise: InvokeHandler = async (context, data, lang) => {
    const { announcementId } = parseSubmit(idSchema, data);
    const draft = await desk.get(announcementId);
    if (draft.status !== 'draft') return messageResponse(text(context, 'notDraft'));
    return cardResponse(await formCard(lang, formValuesOf(draft), { announcementId }));
  };

  const sendNow: InvokeHandler = async (context, data, lang) => {
    if (!isPersonal(context)) return messageResponse(text(context, 'personalOnly'));
    const { announcementId } = parseSubmit(idSchema, data);
    return once(announcementId, async () =>
      dispatched(
        await desk.send(announcementId, {
          conversationId: context.activity.conversation.id,
          postStatusCard: statusPoster(context),
        }),
        lang,
      ),
    );
  };

  const schedule: InvokeHandler = async (context, data, lang) => {
    if (!isPersonal(context)) return messageResponse(text(context, 'personalOnly'));
    const parsed = parseSubmit(scheduleSchema, data);
    const { announcementId } = parsed;
    const date = parsed[ANNOUNCEMENT_SCHEDULE_INPUTS.date] ?? '';
    const time = parsed[ANNOUNCEMENT_SCHEDULE_INPUTS.time] ?? '';
    const retry = async (key: AnnouncementStringKey) => {
      const draft = await desk.get(announcementId);
      if (draft.status !== 'draft') return receiptOf(draft, lang);
      return cardResponse(await previewCard(draft, lang, announcementText(key, lang)));
    };
    if (!date || !time) return retry('scheduleMissing');
    const at = osloWallTimeToUtc(date, time);
    if (!at) return retry('scheduleInvalid');
    return once(announcementId, async () =>
      dispatched(
        await desk.schedule(
          announcementId,
          at,
          { conversationId: context.activity.conversation.id, postStatusCard: statusPoster(context) },
          now(),
        ),
        lang,
      ),
    );
  };

  // ---- invokes: the status card -----------------------------------------------------------------------

  const statusCardResponse = async (announcementId: string, lang: Lang) => {
    const { announcement, counts } = await desk.withCounts(announcementId);
    return cardResponse(createAnnouncementStatusCard(announcement, counts, lang));
  };

  /** Re-renders the status card in place after a change that brings no progress report of its own. */
  const refreshStatusCard = async (context: TurnContext, announcement: Announcement): Promise<void> => {
    const { statusActivityId, authorConversationId } = announcement;
    if (!statusActivityId || authorConversationId !== context.activity.conversation.id) return;
    const counts = await desk.withCounts(announcement.id);
    try {
      await context.updateActivity(
        cardMessage(
          createAnnouncementStatusCard(counts.announcement, counts.counts, turnLanguage(context)),
          announcementStatusSummary(counts.announcement),
          { id: statusActivityId },
        ),
      );
    } catch (err) {
      logger.warn({ err, announcementId: announcement.id }, 'announcements: status card not refreshed');
    }
  };

  const refresh: InvokeHandler = async (_context, data, lang) =>
    statusCardResponse(parseSubmit(idSchema, data).announcementId, lang);

  const stop: InvokeHandler = async (context, data, lang) => {
    const { announcementId } = parseSubmit(idSchema, data);
    await desk.cancel(announcementId);
    logger.info(
      { announcementId, userPseudonym: pseudonymOf(context) },
      'announcement stopped from the chat',
    );
    return statusCardResponse(announcementId, lang);
  };

  const askRecall: InvokeHandler = async (_context, data, lang) => {
    const { announcementId } = parseSubmit(idSchema, data);
    const { announcement, counts } = await desk.withCounts(announcementId);
    if (announcement.status !== 'sending' && announcement.status !== 'sent')
      return cardResponse(createAnnouncementStatusCard(announcement, counts, lang));
    return cardResponse(createAnnouncementRecallCard(announcement, counts, lang));
  };

  const recall: InvokeHandler = async (context, data, lang) => {
    const { announcementId } = parseSubmit(idSchema, data);
    await desk.recall(announcementId);
    logger.info(
      { announcementId, userPseudonym: pseudonymOf(context) },
      'announcement recalled from the chat',
    );
    return statusCardResponse(announcementId, lang);
  };

  /** Rediger on the status card: the edit form as a new message (the status card keeps updating meanwhile). */
  const openEdit: InvokeHandler = async (context, data, lang) => {
    const { announcementId } = parseSubmit(idSchema, data);
    const announcement = await desk.get(announcementId);
    if (announcement.status === 'cancelled' || announcement.status === 'recalled')
      return messageResponse(text(context, 'notEditable'));
    await sendCard(
      context,
      await formCard(lang, formValuesOf(announcement), { announcementId, status: announcement.status }),
      announcementText('formTitleEdit', lang),
    );
    return statusCardResponse(announcementId, lang);
  };

  const saveEdit: InvokeHandler = async (context, submit, lang) => {
    const { announcementId } = parseSubmit(idSchema, submit);
    const current = await desk.get(announcementId);
    const data = { ...formDataOf(current), ...submit };
    let submitted;
    try {
      submitted = parseAnnouncementForm(data);
    } catch (err) {
      if (!isAppError(err, 'BAD_INPUT')) throw err;
      return cardResponse(
        await formCard(lang, formValuesFromSubmit(data), {
          announcementId,
          status: current.status,
          error: turnErrorText(err, lang),
        }),
      );
    }
    if (current.status === 'draft') {
      // A draft's form goes through the preview; this only happens with a card from an older state.
      return cardResponse(
        await previewCard(await desk.saveDraft({ ...submitted, announcementId }, pseudonymOf(context)), lang),
      );
    }
    const edited = await desk.edit(announcementId, submitted.content);
    logger.info(
      { announcementId, version: edited.version, userPseudonym: pseudonymOf(context) },
      'announcement edited from the chat',
    );
    await refreshStatusCard(context, edited);
    return receipt(lang, {
      kind: 'updated',
      title: edited.content.title,
      scheduled: edited.status === 'scheduled',
    });
  };

  const keep: InvokeHandler = async (_context, data, lang) => {
    const { announcementId } = parseSubmit(idSchema, data);
    const announcement = await desk.get(announcementId);
    return receipt(lang, { kind: 'unchanged', title: announcement.content.title });
  };

  // ---- invoke for everyone: Bekreft lest --------------------------------------------------------------

  const acknowledge = async (
    context: TurnContext,
    data: Record<string, unknown>,
  ): Promise<AdaptiveCardInvokeResponse> => {
    try {
      const { announcementId } = parseSubmit(idSchema, data);
      // In a channel the card is in a thread; the delivery is recorded for the channel itself.
      const conversationId = channelConversationId(context.activity.conversation.id);
      const { recorded, announcement } = await desk.acknowledge(announcementId, conversationId);
      logger.info(
        { announcementId, conversationId, recorded, activityId: context.activity.id },
        'announcement acknowledged',
      );
      if (announcement.status === 'recalled') return messageResponse(text(context, 'recalledAlready'));
      // The disabled button on the preview, should a client still send it.
      if (announcement.status === 'draft') return messageResponse(text(context, 'previewOnly'));
      return cardResponse(
        createAnnouncementCard(announcement.content, {
          announcementId,
          acknowledged: true,
          lang: turnLanguage(context),
        }),
      );
    } catch (err) {
      return failure(context, err, ANNOUNCEMENT_ACK_VERB);
    }
  };

  return {
    name: 'announcements',
    commands: [announceCommand, statusCommand],
    submits: { [ANNOUNCEMENT_SHOW_STATUS_ACTION]: showStatus },
    invokes: {
      [ANNOUNCEMENT_FORM_VERBS.preview]: announcerInvoke(ANNOUNCEMENT_FORM_VERBS.preview, preview),
      [ANNOUNCEMENT_FORM_VERBS.discard]: announcerInvoke(ANNOUNCEMENT_FORM_VERBS.discard, discard),
      [ANNOUNCEMENT_FORM_VERBS.update]: announcerInvoke(ANNOUNCEMENT_FORM_VERBS.update, saveEdit),
      [ANNOUNCEMENT_FORM_VERBS.keep]: announcerInvoke(ANNOUNCEMENT_FORM_VERBS.keep, keep),
      [ANNOUNCEMENT_PREVIEW_VERBS.revise]: announcerInvoke(ANNOUNCEMENT_PREVIEW_VERBS.revise, revise),
      [ANNOUNCEMENT_PREVIEW_VERBS.send]: announcerInvoke(ANNOUNCEMENT_PREVIEW_VERBS.send, sendNow),
      [ANNOUNCEMENT_PREVIEW_VERBS.schedule]: announcerInvoke(ANNOUNCEMENT_PREVIEW_VERBS.schedule, schedule),
      [ANNOUNCEMENT_STATUS_VERBS.refresh]: announcerInvoke(ANNOUNCEMENT_STATUS_VERBS.refresh, refresh),
      [ANNOUNCEMENT_STATUS_VERBS.cancel]: announcerInvoke(ANNOUNCEMENT_STATUS_VERBS.cancel, stop),
      [ANNOUNCEMENT_STATUS_VERBS.recall]: announcerInvoke(ANNOUNCEMENT_STATUS_VERBS.recall, askRecall),
      [ANNOUNCEMENT_RECALL_CONFIRM_VERB]: announcerInvoke(ANNOUNCEMENT_RECALL_CONFIRM_VERB, recall),
      [ANNOUNCEMENT_STATUS_VERBS.edit]: announcerInvoke(ANNOUNCEMENT_STATUS_VERBS.edit, openEdit),
      [ANNOUNCEMENT_ACK_VERB]: acknowledge,
    },
  };
}
