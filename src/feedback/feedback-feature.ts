import { cardMessage } from '../cards/card-message';
import { type Activity, type TurnContext } from 'botbuilder';
import type { ZodError } from 'zod';
import type { BotFeature } from '../bot/bot-feature';
import { sendCard } from '../bot/card-activity';
import { turnLanguage } from '../bot/turn-language';
import type { AdaptiveCard } from '../cards/adaptive';
import { answerSummary, createAnswerCard } from '../cards/answer-card';
import {
  createFeedbackCommentCard,
  FEEDBACK_COMMENT_ACTION,
  MAX_FEEDBACK_LENGTH,
} from '../cards/feedback-comment-card';
import { createRatedAnswerCard } from '../cards/feedback-rated-card';
import { feedbackText, type FeedbackTextKey } from '../cards/feedback-strings';
import { createFeedbackThanksCard, feedbackThanksText } from '../cards/feedback-thanks-card';
import { createStatsCard, statsSummary } from '../cards/stats-card';
import type { ConversationType, FeedbackRepository, UnansweredRepository } from '../data/repositories';
import { isAppError } from '../errors';
import type { Logger } from '../logger';
import type { Lang } from '../qa/knowledge-base';
import type { QuestionAnswerer } from '../qa/question-answerer';
import { type FeedbackAuthor, FeedbackCollector } from './feedback-collector';
import { commentSubmitSchema, ratingSubmitSchema } from './submit-data';

/** What the feedback feature needs. */
export interface FeedbackFeatureDependencies {
  feedback: FeedbackRepository;
  unanswered: UnansweredRepository;
  /** The HMAC pseudonym of an Entra ID object id (src/privacy/pseudonym.ts). */
  pseudonymize: (aadObjectId: string) => string;
  /** Whether the sender may see `statistikk` (the access policy's `statistics` role). */
  mayViewStatistics: (context: TurnContext) => Promise<boolean>;
  logger: Logger;
  /** Display names of knowledge-base topics for the statistics (topic ids are shown without it). */
  topicName?: (topicId: string, lang: Lang) => string | undefined;
  /** Rebuilds a rated answer without its Ja/Nei buttons (personal chats); without it the answer card stays as it is. */
  answers?: { answerer: Pick<QuestionAnswerer, 'answer'>; officeEmail: string };
}

const CONVERSATION_TYPES: readonly string[] = [
  'personal',
  'groupChat',
  'channel',
] satisfies ConversationType[];

/**
 * Feedback in the chat: the Ja/Nei buttons under answers, an optional comment, `tilbakemelding <tekst>`,
 * the unanswered-question log, and `statistikk` for the communications leads. Personal data is redacted and the
 * user pseudonymised before anything is stored (FeedbackCollector); a store that is down gets a polite reply.
 */
export function createFeedbackFeature(deps: FeedbackFeatureDependencies): BotFeature {
  const { logger } = deps;
  const collector = new FeedbackCollector(deps);

  /** Runs a handler; a store that is down or input the store refuses gets a polite reply instead of a turn error. */
  const guarded = async (context: TurnContext, failureKey: FeedbackTextKey, work: () => Promise<void>) => {
    try {
      await work();
    } catch (err) {
      const lang = turnLanguage(context);
      if (isAppError(err, 'STORE_UNAVAILABLE')) {
        logger.warn(
          { err, activityId: context.activity.id },
          'feedback: store unavailable, told the user to retry',
        );
        await context.sendActivity(feedbackText(failureKey, lang));
      } else if (isAppError(err, 'BAD_INPUT')) {
        logger.warn({ err, activityId: context.activity.id }, 'feedback: input refused');
        await context.sendActivity(feedbackText('badCard', lang));
      } else {
        throw err;
      }
    }
  };

  /** Replaces the card the button was on (so it cannot be sent twice), or sends the card when that fails. */
  const replaceOrSend = async (context: TurnContext, card: AdaptiveCard, summary: string) => {
    const id = context.activity.replyToId;
    if (id) {
      try {
        await context.updateActivity(cardMessage(card, summary, { id }));
        return;
      } catch (err) {
        logger.warn(
          { err, activityId: context.activity.id },
          'feedback: could not replace the card; sending a new one',
        );
      }
    }
    await sendCard(context, card, summary);
  };

  /** In a personal chat, shows the rated answer again with "Takk for tilbakemeldingen" instead of the buttons. */
  const showRated = async (
    context: TurnContext,
    question: string | undefined,
    topicId: string | undefined,
    helpful: boolean,
  ) => {
    const id = context.activity.replyToId;
    if (!deps.answers || !id || !question || conversationTypeOf(context.activity) !== 'personal') return;
    const answer = deps.answers.answerer.answer(question);
    // Only when the same answer comes out again; otherwise the card is left as it is rather than changed.
    if (answer.kind !== 'answer' || answer.topicId !== topicId) return;
    const card = createRatedAnswerCard(
      createAnswerCard(answer, { officeEmail: deps.answers.officeEmail }),
      helpful,
      turnLanguage(context),
    );
    try {
      await context.updateActivity(
        cardMessage(card, answerSummary(answer, deps.answers.officeEmail), { id }),
      );
    } catch (err) {
      logger.warn({ err, activityId: context.activity.id }, 'feedback: could not remove the Ja/Nei buttons');
    }
  };

  const refuseCardData = async (context: TurnContext, error: ZodError) => {
    logger.warn(
      {
        activityId: context.activity.id,
        problems: error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      },
      'feedback: card submit with invalid data',
    );
    await context.sendActivity(feedbackText('badCard', turnLanguage(context)));
  };

  const rate = async (context: TurnContext, value: Record<string, unknown>) => {
    const parsed = ratingSubmitSchema.safeParse(value);
    if (!parsed.success) return refuseCardData(context, parsed.error);
    const { helpful, topicId, question } = parsed.data;
    const lang = turnLanguage(context);
    await guarded(context, 'storeDown', async () => {
      const outcome = await collector.rate({
        author: authorOf(context),
        helpful,
        topicId,
        question,
        cardActivityId: context.activity.replyToId,
      });
      logger.info(
        {
          feedbackId: outcome.entry.id,
          created: outcome.created,
          helpful,
          topicId,
          activityId: context.activity.id,
        },
        'feedback: rating stored',
      );
      if (!outcome.created) {
        await context.sendActivity(feedbackText('alreadyRated', lang));
        return;
      }
      const card = createFeedbackCommentCard({
        kind: 'rating',
        lang,
        feedbackId: outcome.entry.id,
        token: outcome.commentToken,
      });
      await sendCard(context, card, feedbackText('thanks', lang));
      await showRated(context, question, topicId, helpful);
    });
  };

  const comment = async (context: TurnContext, value: Record<string, unknown>) => {
    const parsed = commentSubmitSchema.safeParse(value);
    if (!parsed.success) return refuseCardData(context, parsed.error);
    const { feedbackId, token } = parsed.data;
    const text = (parsed.data.comment ?? '').trim();
    const lang = turnLanguage(context);
    if (text.length > MAX_FEEDBACK_LENGTH) {
      await context.sendActivity(feedbackText('tooLong', lang, { max: MAX_FEEDBACK_LENGTH }));
      return;
    }
    await guarded(context, 'storeDown', async () => {
      if (feedbackId !== undefined && token !== undefined) {
        if (!text) {
          await context.sendActivity(feedbackText('thanks', lang));
          return;
        }
        const outcome = await collector.comment({
          author: authorOf(context),
          feedbackId,
          token,
          comment: text,
        });
        if (outcome.kind === 'notYours') {
          logger.warn(
            { feedbackId, activityId: context.activity.id },
            "feedback: comment on someone else's rating refused",
          );
          await context.sendActivity(feedbackText('notYours', lang));
          return;
        }
        logger.info(
          { feedbackId: outcome.entry.id, activityId: context.activity.id },
          'feedback: comment stored',
        );
        const thanks = { kind: 'comment' as const, lang, removed: outcome.removed };
        await replaceOrSend(context, createFeedbackThanksCard(thanks), feedbackThanksText(thanks));
        return;
      }
      if (!text) {
        await context.sendActivity(feedbackText('emptyFree', lang));
        return;
      }
      const stored = await collector.free({
        author: authorOf(context),
        text,
        sourceId: `card:${context.activity.replyToId ?? context.activity.id ?? ''}`,
      });
      logger.info(
        { feedbackId: stored.entry.id, created: stored.created, activityId: context.activity.id },
        'feedback: free feedback stored',
      );
      const thanks = { kind: 'free' as const, lang, removed: stored.removed };
      await replaceOrSend(context, createFeedbackThanksCard(thanks), feedbackThanksText(thanks));
    });
  };

  const freeCommand = async (context: TurnContext, args: string) => {
    const lang = turnLanguage(context);
    if (!args) {
      await sendCard(
        context,
        createFeedbackCommentCard({ kind: 'free', lang }),
        feedbackText('freeTitle', lang),
      );
      return;
    }
    if (args.length > MAX_FEEDBACK_LENGTH) {
      await context.sendActivity(feedbackText('tooLong', lang, { max: MAX_FEEDBACK_LENGTH }));
      return;
    }
    await guarded(context, 'storeDown', async () => {
      const stored = await collector.free({
        author: authorOf(context),
        text: args,
        sourceId: `message:${context.activity.id ?? ''}`,
      });
      logger.info(
        { feedbackId: stored.entry.id, created: stored.created, activityId: context.activity.id },
        'feedback: free feedback stored',
      );
      await context.sendActivity(feedbackThanksText({ kind: 'free', lang, removed: stored.removed }));
    });
  };

  const stats = async (context: TurnContext) => {
    const lang = turnLanguage(context);
    if (!(await deps.mayViewStatistics(context))) {
      const aadObjectId = context.activity.from?.aadObjectId;
      logger.warn(
        {
          activityId: context.activity.id,
          userPseudonym: aadObjectId ? deps.pseudonymize(aadObjectId) : undefined,
        },
        'feedback: statistics refused, the sender does not hold the statistics role',
      );
      await context.sendActivity(feedbackText('statsRefused', lang));
      return;
    }
    const conversationType = conversationTypeOf(context.activity);
    // Unanswered questions may name people; they are shown to the lead alone, not to a whole channel.
    if (conversationType !== undefined && conversationType !== 'personal') {
      await context.sendActivity(feedbackText('statsPersonalOnly', lang));
      return;
    }
    await guarded(context, 'statsDown', async () => {
      const report = await collector.report(lang);
      await sendCard(context, createStatsCard(report, lang), statsSummary(report, lang));
    });
  };

  return {
    name: 'feedback',
    commands: [
      {
        word: 'command.feedback',
        help: 'feedback.helpFeedback',
        handle: freeCommand,
      },
      {
        word: 'command.stats',
        help: 'feedback.helpStats',
        handle: stats,
      },
    ],
    submits: { feedback: rate, [FEEDBACK_COMMENT_ACTION]: comment },
    onUnanswered: async (context, question, locale) => {
      try {
        await collector.recordUnanswered(question, locale);
      } catch (err) {
        // The user already has the answer; a store that is down must not turn it into an error reply.
        const level = isAppError(err, 'STORE_UNAVAILABLE') ? 'warn' : 'error';
        logger[level]({ err, activityId: context.activity.id }, 'feedback: unanswered question not logged');
      }
    },
  };
}

/** The sender and the conversation, as the collector needs them (it pseudonymises the id). */
function authorOf(context: TurnContext): FeedbackAuthor {
  const activity = context.activity;
  return {
    // Teams always sends aadObjectId; the channel id is a fallback for the Emulator and local tests.
    aadObjectId: activity.from?.aadObjectId ?? activity.from?.id ?? '',
    conversationId: activity.conversation?.id ?? '',
    conversationType: conversationTypeOf(activity),
    locale: activity.locale,
  };
}

function conversationTypeOf(activity: Activity): ConversationType | undefined {
  const type = activity.conversation?.conversationType;
  return type && CONVERSATION_TYPES.includes(type) ? (type as ConversationType) : undefined;
}
