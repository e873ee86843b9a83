import { cardMessage } from '../cards/card-message';
import { cardResponse, messageResponse } from '../bot/invoke-response';
import { randomUUID } from 'node:crypto';
import { type AdaptiveCardInvokeResponse, type Storage, type TurnContext } from 'botbuilder';
import { type BotFeature, type Command, type FallbackActions } from '../bot/bot-feature';
import { sendCard } from '../bot/card-activity';
import { turnLanguage } from '../bot/turn-language';
import { t } from '../i18n/catalogue';
import { type Lang, langOfLocale } from '../i18n/lang';
import { createTicketAnswerCard } from '../cards/ticket-answer-card';
import { ANSWER_INPUT_ID, createTicketCard, OFFICE_VERBS, ticketCardSummary } from '../cards/ticket-card';
import {
  createAskOfficeAction,
  createTicketComposeCard,
  OFFICE_CANCEL_VERB,
  OFFICE_COMPOSE_ACTION,
  OFFICE_SEND_VERB,
  QUESTION_INPUT_ID,
} from '../cards/ticket-compose-card';
import { createTicketListCard } from '../cards/ticket-list-card';
import { createTicketReceiptCard } from '../cards/ticket-receipt-card';
import { ticketText } from '../cards/ticket-strings';
import type { Config } from '../config';
import type {
  InstallationRepository,
  KnowledgeSuggestionRepository,
  Ticket,
  RateLimitRepository,
  TicketRepository,
  UserLanguageRepository,
} from '../data/repositories';
import type { Logger } from '../logger';
import { redactText } from '../privacy/redactor';
import type { AccessCheck } from '../access/access-policy';
import { ConversationMessenger } from './conversation-messenger';
import type { RequestBudget } from '../broadcast/request-budget';
import { askerReferenceOf, referenceOf, toChannelReference } from '../bot/conversation-reference';
import { OfficeChannelDirectory } from './office-channel';
import {
  type AskerInbox,
  type Officer,
  ProjectOffice,
  type TicketBoard,
  type TicketActionResult,
} from './project-office';

/** What the project-office feature needs. */
export interface ProjectOfficeFeatureDependencies {
  config: Pick<
    Config,
    | 'PROJECT_OFFICE_CHANNEL'
    | 'PROJECT_OFFICE_SERVICE_URL'
    | 'PROJECT_OFFICE_TEAM_ID'
    | 'NODE_ENV'
    | 'MicrosoftAppId'
    | 'MicrosoftAppTenantId'
  >;
  data: {
    tickets: TicketRepository;
    rateLimits: RateLimitRepository;
    suggestions: KnowledgeSuggestionRepository;
    installations: InstallationRepository;
    /** Key-value storage for the channel chosen in Teams (the data layer's `botState`). */
    botState: Storage;
    /** The language each asker last wrote in: the answer reaches them in it. */
    userLanguages?: UserLanguageRepository;
  };
  /** The HMAC pseudonym of a user id (src/privacy). */
  pseudonymize: (userId: string) => string;
  logger: Logger;
  /** Who may answer for the office (`office`) and choose its channel (`office` or `announce`). */
  access: AccessCheck;
  /** The app's budget of requests to Teams: cards posted to the channel and answers sent to askers draw from it. */
  budget?: RequestBudget;
  now?: () => Date;
}

/** The feature plus the button it puts under fallback answers (give it to the bot as `fallbackActions`). */
export interface ProjectOfficeFeature {
  feature: BotFeature;
  fallbackActions: FallbackActions;
}

/** Remembered Send clicks, so a double click on one compose card sends one question. */
const MAX_REMEMBERED_DRAFTS = 1000;

/** The answer to a Send click, and whether the question went out. */
interface DraftOutcome {
  sent: boolean;
  response: AdaptiveCardInvokeResponse;
}

function stringField(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? value : '';
}

/**
 * The project office: questions the bot cannot answer go to the office's Teams channel as tickets, an office
 * member takes and answers them there, and the answer comes back to the asker in the bot chat.
 *
 * - under a fallback answer and from `spør prosjektkontoret [spørsmål]` / `ask [question]`: a compose card
 * - `mine spørsmål` / `my questions`: the asker's questions with their status
 * - `velg som prosjektkontor-kanal`, typed in a channel by an office member or announcer: chooses the channel
 * - channel card actions (Action.Execute): office.assign, office.answer, office.suggest (office members only)
 */
export function createProjectOfficeFeature(deps: ProjectOfficeFeatureDependencies): ProjectOfficeFeature {
  const { config, data, logger } = deps;
  const appId = config.MicrosoftAppId ?? '';
  const office = new ProjectOffice({
    tickets: data.tickets,
    rateLimits: data.rateLimits,
    suggestions: data.suggestions,
    logger,
    now: deps.now,
  });
  if (deps.access.isUnconfigured('office')) {
    // Outside production the start line (src/start-report.ts) lists it among what is off.
    logger[config.NODE_ENV === 'production' ? 'warn' : 'debug'](
      'PROJECT_OFFICE_MEMBERS and PROJECT_OFFICE_TEAM_ID are empty: no one can answer questions sent to the project office',
    );
  }
  const channels = new OfficeChannelDirectory(
    {
      channelId: config.PROJECT_OFFICE_CHANNEL,
      serviceUrl: config.PROJECT_OFFICE_SERVICE_URL,
      teamId: config.PROJECT_OFFICE_TEAM_ID,
      appId,
      tenantId: config.MicrosoftAppTenantId,
    },
    data.botState,
    data.installations,
    logger,
  );
  const sentDrafts = new Map<string, Promise<DraftOutcome>>();
  /** Remembers a Send click; a draft that was not sent (empty, failed) may be sent again from the same card. */
  const rememberDraft = (draftId: string, pending: Promise<DraftOutcome>): void => {
    sentDrafts.set(draftId, pending);
    const forget = () => sentDrafts.delete(draftId);
    pending.then((outcome) => (outcome.sent ? undefined : forget()), forget);
    if (sentDrafts.size > MAX_REMEMBERED_DRAFTS) sentDrafts.delete(sentDrafts.keys().next().value as string);
  };

  const pseudonymOf = (context: TurnContext): string => {
    const from = context.activity.from;
    return deps.pseudonymize(from.aadObjectId ?? from.id);
  };
  const officerOf = (context: TurnContext): Officer => ({
    pseudonym: pseudonymOf(context),
    name: context.activity.from.name?.trim() || 'Prosjektkontoret',
  });
  const messenger = (context: TurnContext) => new ConversationMessenger(context.adapter, appId, deps.budget);

  /** The channel board for a turn: posts go to `reference`, rewrites go to the ticket's message there. */
  const boardAt = (context: TurnContext, reference: Record<string, unknown>): TicketBoard => ({
    post: (ticket) =>
      messenger(context).send(reference, cardMessage(createTicketCard(ticket), ticketCardSummary(ticket))),
    refresh: async (ticket, options) => {
      if (!ticket.channelActivityId) return;
      const card = createTicketCard(ticket, options);
      await messenger(context).update(
        reference,
        ticket.channelActivityId,
        cardMessage(card, ticketCardSummary(ticket)),
      );
    },
  });

  const askerLanguage = async (ticket: Ticket): Promise<Lang | undefined> => {
    try {
      return await data.userLanguages?.get(ticket.askerPseudonym);
    } catch (err) {
      logger.warn(
        { err, ticketId: ticket.id },
        "asker's language not read; the answer follows their Teams locale",
      );
      return undefined;
    }
  };

  const inboxFor = (context: TurnContext): AskerInbox => ({
    deliver: async (ticket: Ticket) => {
      const lang = (await askerLanguage(ticket)) ?? langOfLocale(String(ticket.askerReference.locale ?? ''));
      const card = createTicketAnswerCard(ticket, lang, deps.now?.() ?? new Date());
      await messenger(context).send(
        ticket.askerReference,
        cardMessage(card, ticketText('answerTitle', lang)),
      );
    },
  });

  const sendCompose = async (context: TurnContext, question: string): Promise<void> => {
    const lang = turnLanguage(context);
    // Prefilled without personal data, so the asker sees what the office will get (it is redacted again on send).
    const card = createTicketComposeCard({ question: redactText(question), lang, draftId: randomUUID() });
    await sendCard(context, card, ticketText('composeTitle', lang));
  };

  const submitDraft = async (context: TurnContext, value: Record<string, unknown>): Promise<DraftOutcome> => {
    const lang = turnLanguage(context);
    const question = stringField(value, QUESTION_INPUT_ID);
    const draftId = stringField(value, 'draftId') || randomUUID();
    const retry = (error: string): DraftOutcome => ({
      sent: false,
      response: cardResponse(createTicketComposeCard({ question, lang, draftId, error })),
    });
    const reference = await channels.reference();
    if (!reference) return retry(ticketText('noChannel', lang));
    const result = await office.submit(
      { question, askerPseudonym: pseudonymOf(context), askerReference: askerReferenceOf(context.activity) },
      boardAt(context, reference),
    );
    switch (result.kind) {
      case 'empty':
        return retry(ticketText('questionRequired', lang));
      case 'too-many':
        return retry(ticketText('tooMany', lang));
      case 'failed':
        return retry(ticketText('sendFailed', lang));
      case 'sent':
        return {
          sent: true,
          response: cardResponse(
            createTicketReceiptCard({
              kind: 'sent',
              lang,
              ticketId: result.ticket.id,
              question: result.ticket.question,
              sentAt: result.ticket.createdAt,
              removed: result.removed,
            }),
          ),
        };
    }
  };

  /** Runs an office member's action after checking membership; refusals leave the card and the ticket as they were. */
  const officeAction =
    (
      act: (
        context: TurnContext,
        ticketId: string,
        data: Record<string, unknown>,
      ) => Promise<TicketActionResult>,
    ) =>
    async (context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCardInvokeResponse> => {
      const ticketId = stringField(data, 'ticketId');
      if (!(await deps.access.allows(context, 'office'))) {
        logger.info(
          { ticketId, activityId: context.activity.id },
          'project-office action refused: not an office member',
        );
        return messageResponse(t(turnLanguage(context), 'officeChannel.onlyOffice'));
      }
      if (!ticketId) return messageResponse(t(turnLanguage(context), 'officeChannel.caseMissing'));
      const result = await act(context, ticketId, data);
      switch (result.kind) {
        case 'not-found':
          return messageResponse(t(turnLanguage(context), 'officeChannel.caseGone'));
        case 'changed':
          return cardResponse(createTicketCard(result.ticket, { notice: result.notice }));
        case 'unchanged':
          return cardResponse(
            createTicketCard(result.ticket, { notice: result.reason, draftAnswer: result.draftAnswer }),
          );
      }
    };

  const askCommand: Command = {
    word: 'command.askOffice',
    help: 'office.helpAsk',
    handle: (context, args) => sendCompose(context, args.replace(/^[\s:,–-]+/, '')),
  };

  const myQuestionsCommand: Command = {
    word: 'command.myQuestions',
    help: 'office.helpMyQuestions',
    handle: async (context) => {
      const lang = turnLanguage(context);
      const tickets = await office.ticketsOf(pseudonymOf(context));
      await sendCard(context, createTicketListCard(tickets, lang), ticketText('myQuestionsTitle', lang));
    },
  };

  const chooseChannelCommand: Command = {
    word: 'command.chooseOfficeChannel',
    handle: async (context) => {
      if (context.activity.conversation.conversationType !== 'channel') {
        await context.sendActivity(t(turnLanguage(context), 'officeChannel.chooseInChannel'));
        return;
      }
      if (channels.configured) {
        await context.sendActivity(t(turnLanguage(context), 'officeChannel.channelConfigured'));
        return;
      }
      const allowed =
        (await deps.access.allows(context, 'office')) || (await deps.access.allows(context, 'announce'));
      if (!allowed) {
        logger.info({ activityId: context.activity.id }, 'project-office channel choice refused');
        await context.sendActivity(t(turnLanguage(context), 'officeChannel.chooseRefused'));
        return;
      }
      await channels.choose(referenceOf(context.activity), pseudonymOf(context));
      await context.sendActivity(t(turnLanguage(context), 'officeChannel.channelChosen'));
    },
  };

  const feature: BotFeature = {
    name: 'project-office',
    commands: [askCommand, myQuestionsCommand, chooseChannelCommand],
    submits: {
      [OFFICE_COMPOSE_ACTION]: (context, value) => sendCompose(context, stringField(value, 'question')),
    },
    invokes: {
      [OFFICE_SEND_VERB]: async (context, value) => {
        const draftId = stringField(value, 'draftId');
        const earlier = draftId ? sentDrafts.get(draftId) : undefined;
        if (earlier) return (await earlier).response;
        const pending = submitDraft(context, value);
        if (draftId) rememberDraft(draftId, pending);
        return (await pending).response;
      },
      [OFFICE_CANCEL_VERB]: async (context) =>
        cardResponse(createTicketReceiptCard({ kind: 'cancelled', lang: turnLanguage(context) })),
      [OFFICE_VERBS.assign]: officeAction((context, ticketId) =>
        office.assign(
          ticketId,
          officerOf(context),
          boardAt(context, toChannelReference(referenceOf(context.activity))),
        ),
      ),
      [OFFICE_VERBS.answer]: officeAction((context, ticketId, value) =>
        office.answer(
          ticketId,
          officerOf(context),
          stringField(value, ANSWER_INPUT_ID),
          boardAt(context, toChannelReference(referenceOf(context.activity))),
          inboxFor(context),
        ),
      ),
      [OFFICE_VERBS.suggest]: officeAction((context, ticketId) =>
        office.suggest(ticketId, boardAt(context, toChannelReference(referenceOf(context.activity)))),
      ),
    },
  };

  return {
    feature,
    fallbackActions: (question, lang) => [createAskOfficeAction(redactText(question), lang)],
  };
}
