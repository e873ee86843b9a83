import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { AnswerCardOptions } from '../cards/answer-card';
import type { CommandKey, MessageKey } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';

/** Extra buttons under a fallback answer (for example "send the question to the project office"). */
export type FallbackActions = (question: string, lang: Lang) => AnswerCardOptions['fallbackActions'];

/** A text command such as `tilbakemelding <tekst>`: its words in bokmål, nynorsk and English, and its handler. */
export interface Command {
  /** Its word in each language, from the message catalogue: shown on the help card, accepted in every language. */
  word: CommandKey;
  /** More lower-case names it answers to besides its words (aliases such as "?" or "kontakt"). */
  aliases?: string[];
  /** What the command does, for the help card; commands without it are not listed. */
  help?: MessageKey;
  handle(context: TurnContext, args: string): Promise<void>;
}

/**
 * A capability plugged into the bot (feedback, announcements, the project office). The bot only routes: it
 * finds the feature that owns a command, a card submit (`value.action`) or an invoke (`action.verb`).
 */
export interface BotFeature {
  /** Name for logs. */
  name: string;
  commands?: Command[];
  /** Card submits (Action.Submit) by their `action` field. */
  submits?: Record<string, (context: TurnContext, value: Record<string, unknown>) => Promise<void>>;
  /** Universal actions (Action.Execute) by verb. */
  invokes?: Record<
    string,
    (context: TurnContext, data: Record<string, unknown>) => Promise<AdaptiveCardInvokeResponse>
  >;
  /** Runs for every incoming message activity before routing (for example to refresh the conversation reference). */
  onMessageActivity?(context: TurnContext): Promise<void>;
  /** The app was installed in a conversation, or the bot was added to it. */
  onInstalled?(context: TurnContext): Promise<void>;
  /** The app was removed from a conversation, or a team was deleted. */
  onUninstalled?(context: TurnContext): Promise<void>;
  /** A question got a fallback answer. */
  onUnanswered?(context: TurnContext, question: string, locale: string | undefined): Promise<void>;
}
