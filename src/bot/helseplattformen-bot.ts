import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import { LRUCache } from 'lru-cache';
import { createAnswerCard } from '../cards/answer-card';
import { ASK_ACTION } from '../cards/ask-action';
import { createHelpCard, createWelcomeCard, type HelpEntry } from '../cards/help-card';
import {
  createUnknownActionCard,
  unknownActionResponse,
  unknownActionText,
} from '../cards/unknown-action-card';
import type { Logger } from '../logger';
import type { Answer } from '../qa/answer';
import { commandWords, type CommandKey, languagesOfCommandWord, type MessageKey, t } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import type { QuestionAnswering } from '../qa';
import { MAX_QUESTION_CHARS } from '../qa/question-answerer';
import { fold } from '../qa/text';
import { ownCopy } from '../security/plain-text';
import { type AnswerReply, replyToQuestion } from './answer-reply';
import { sendCard } from './card-activity';
import { messageText } from './turn-text';
import { cardLanguage, ReplyLanguage, stampCardLanguage, turnLanguage } from './turn-language';
import type { BotFeature, Command, FallbackActions } from './bot-feature';

/** What the bot needs: the answerer, the project office's e-mail, a logger and the plugged-in features. */
export interface BotDependencies {
  /** The answerer and office e-mail of the knowledge base in use, read at every turn (a publish replaces them). */
  questions: Pick<QuestionAnswering, 'answerer' | 'officeEmail' | 'version'>;
  logger: Logger;
  features?: BotFeature[];
  /** Extra actions under a fallback answer (for example "send the question to the project office"). */
  fallbackActions?: FallbackActions;
  /** Chooses each turn's language (from the message, the card, the remembered language and the locale). */
  language?: ReplyLanguage;
}

/**
 * Whole messages that are a greeting, thanks, or a bare yes or no (folded, without punctuation), and their language.
 * A bare yes or no is most often typed as the answer to «Fant du det du lette etter?» under the last answer.
 */
const SMALL_TALK = new Map<string, { kind: 'greeting' | 'thanks' | 'yesNo'; langs: readonly Lang[] }>([
  ...['hei', 'hallo', 'heisann', 'hei hei', 'hallaisen', 'god morgen', 'god dag', 'morn'].map(
    (w) => [w, { kind: 'greeting', langs: ['nb', 'nn'] }] as const,
  ),
  ...['hi', 'hello', 'hey', 'good morning'].map((w) => [w, { kind: 'greeting', langs: ['en'] }] as const),
  ...['takk', 'tusen takk', 'takk skal du ha', 'takk for hjelpen', 'mange takk'].map(
    (w) => [w, { kind: 'thanks', langs: ['nb', 'nn'] }] as const,
  ),
  ...['thanks', 'thank you', 'thanks a lot', 'ty'].map(
    (w) => [w, { kind: 'thanks', langs: ['en'] }] as const,
  ),
  ...['ja', 'nei', 'jo', 'ja takk', 'nei takk'].map(
    (w) => [w, { kind: 'yesNo', langs: ['nb', 'nn'] }] as const,
  ),
  ...['yes', 'no', 'yep', 'nope', 'yes thanks', 'no thanks'].map(
    (w) => [w, { kind: 'yesNo', langs: ['en'] }] as const,
  ),
]);

/** The Teams bot: it only routes, to the question answerer and to the plugged-in features. */
export class HelseplattformenBot extends TeamsActivityHandler {
  private readonly builtIn: Command[];
  private readonly commands: Command[];
  private readonly commandNames: { command: Command; name: string; folded: string }[];
  private readonly messageHooks: BotFeature[];
  /** Replies to recent questions (cards are plain data and never changed after they are built). */
  private readonly replies = new LRUCache<string, AnswerReply>({
    max: 1000,
    // A reply holds its card (a few kB) and the question (at most MAX_QUESTION_CHARS, in the card too).
    maxSize: 8 * 1024 * 1024,
    sizeCalculation: (reply, key) => 2 * (key.length + 2 * reply.answer.question.length) + 8192,
    ttl: 30 * 60 * 1000,
  });
  /**
   * Each person's last question in each conversation, for a question that points back to it ("Og hva er e-posten
   * hennes?"). Only in memory, only for a while, bounded: a follow-up comes soon after, and nothing of it is stored.
   */
  private readonly lastQuestions = new LRUCache<string, string>({
    max: 10_000,
    maxSize: 4 * 1024 * 1024,
    sizeCalculation: (question, key) => 2 * (key.length + question.length),
    ttl: 10 * 60 * 1000,
  });
  /** Card submits by their `action` and invokes by their verb: a Map, so «constructor» or «__proto__» is just unknown. */
  private readonly submits = new Map<string, NonNullable<BotFeature['submits']>[string]>();
  private readonly invokes = new Map<string, NonNullable<BotFeature['invokes']>[string]>();
  private readonly language: ReplyLanguage;

  constructor(private readonly deps: BotDependencies) {
    super();
    this.language =
      deps.language ??
      new ReplyLanguage({
        markers: { nb: new Set(), nn: new Set(), en: new Set(), norwegian: new Set() },
        logger: deps.logger,
      });
    this.builtIn = [
      {
        word: 'command.help',
        aliases: ['?'],
        help: 'bot.helpHelp',
        handle: (ctx) => this.sendHelp(ctx, false),
      },
      this.questionCommand('command.contacts', ['kontakt', 'contact'], 'contacts', 'bot.helpContacts'),
      this.questionCommand('command.subprojects', [], 'subprojects', 'bot.helpSubprojects'),
      this.questionCommand('command.decisions', [], 'decisions', 'bot.helpDecisions'),
    ];
    this.commands = [...this.builtIn, ...(deps.features ?? []).flatMap((f) => f.commands ?? [])];
    this.messageHooks = (deps.features ?? []).filter((f) => f.onMessageActivity);
    for (const feature of deps.features ?? []) {
      // Object.entries gives own properties only; the first feature to claim a name keeps it.
      for (const [action, handler] of Object.entries(feature.submits ?? {}))
        if (!this.submits.has(action)) this.submits.set(action, handler);
      for (const [verb, handler] of Object.entries(feature.invokes ?? {}))
        if (!this.invokes.has(verb)) this.invokes.set(verb, handler);
    }
    this.commandNames = this.commands
      .flatMap((command) =>
        commandWords(command.word, ...(command.aliases ?? [])).map((name) => ({
          command,
          name,
          folded: fold(name),
        })),
      )
      .sort((a, b) => b.folded.length - a.folded.length);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some(
        (m) => m.id === context.activity.recipient.id,
      );
      // Teams announces an install twice: installationUpdate (with the user's locale) and this conversationUpdate
      // (without one). Teams greets on installationUpdate; channels that send only this event greet here.
      if (botAdded) await this.installed(context, context.activity.channelId !== 'msteams');
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botRemoved = (context.activity.membersRemoved ?? []).some(
        (m) => m.id === context.activity.recipient.id,
      );
      if (botRemoved) await this.uninstalled(context);
      await next();
    });
    this.onTeamsTeamDeletedEvent(async (_team, context, next) => {
      await this.uninstalled(context);
      await next();
    });
  }

  /**
   * Every turn starts by choosing its language, and every card sent in the turn carries it in its buttons' data,
   * so the press that follows is answered in the same language.
   */
  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    const lang = await this.language.resolve(context, this.languageClues(context));
    context.onSendActivities(async (_ctx, activities, next) => {
      stampCardLanguage(activities, turnLanguage(context) ?? lang);
      return next();
    });
    await super.onTurnActivity(context);
  }

  /**
   * The languages the message may be in: its marker words, or else the command word or small talk it is, or else the
   * words of one language alone.
   */
  private languageClues(context: TurnContext): readonly Lang[] {
    if (context.activity.type !== 'message' || cardLanguage(context.activity)) return [];
    const text = messageText(context);
    if (!text) return [];
    const fromWords = this.language.candidates(text);
    if (fromWords.length > 0) return fromWords;
    const match = this.findCommand(text);
    if (match) return languagesOfCommandWord(match.command.word, match.name);
    return SMALL_TALK.get(smallTalkKey(text))?.langs ?? this.language.candidatesByDictionary(text);
  }

  /** Installation update events (app added to or removed from a personal chat, group chat or team). */
  protected override async onInstallationUpdateAddActivity(context: TurnContext): Promise<void> {
    // "add-upgrade" is a new version of the app in a conversation that already has it: no second welcome.
    await this.installed(context, context.activity.action === 'add');
  }

  protected override async onInstallationUpdateRemoveActivity(context: TurnContext): Promise<void> {
    await this.uninstalled(context);
  }

  /**
   * Every invoke gets a 2xx or 4xx answer: a malformed Action.Execute (no action object) and an invoke name the bot
   * does not handle (botbuilder's 501) get the same 400 as an unknown verb, so no input gives a 5xx.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const activity = context.activity;
    const lang = turnLanguage(context);
    const value = activity.value as { action?: unknown } | undefined;
    const malformed =
      activity.name === 'adaptiveCard/action' &&
      (!value || typeof value !== 'object' || !value.action || typeof value.action !== 'object');
    const response = malformed ? undefined : await super.onInvokeActivity(context);
    if (response && response.status !== 501) return response;
    this.deps.logger.warn(
      { invokeName: String(activity.name).slice(0, 100), activityId: activity.id, malformed },
      'invoke the bot does not handle',
    );
    return { status: 400, body: unknownActionResponse(lang) };
  }

  /** Universal actions (Action.Execute): routed by verb to the feature that owns it. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const verb: unknown = invokeValue?.action?.verb;
    const handler = typeof verb === 'string' ? this.invokes.get(verb) : undefined;
    if (handler) return handler(context, dataOf(invokeValue.action?.data));
    this.deps.logger.warn(
      { verb: typeof verb === 'string' ? verb.slice(0, 100) : typeof verb, activityId: context.activity.id },
      'unknown invoke verb',
    );
    return unknownActionResponse(turnLanguage(context));
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    for (const feature of this.messageHooks) await feature.onMessageActivity!(context);
    const value = context.activity.value as Record<string, unknown> | undefined;
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof value.action === 'string') {
      // An example question tapped on the welcome or fallback card.
      if (value.action === ASK_ACTION) {
        const question = typeof value.question === 'string' ? value.question.trim().slice(0, 500) : '';
        if (question) await this.answerQuestion(context, question);
        else await this.sendHelp(context, false);
        return;
      }
      const handler = this.submits.get(value.action);
      if (handler) return handler(context, value);
      this.deps.logger.warn(
        { action: value.action.slice(0, 100), activityId: context.activity.id },
        'unknown card submit',
      );
      const lang = turnLanguage(context);
      await sendCard(context, createUnknownActionCard(lang), unknownActionText(lang));
      return;
    }
    const text = messageText(context);
    if (!text) {
      await this.sendHelp(context, false);
      return;
    }
    const match = this.findCommand(text);
    if (match) return match.command.handle(context, match.args);
    // A bare greeting, thanks, yes or no is small talk, not a question the knowledge base should be searched for.
    const smallTalk = SMALL_TALK.get(smallTalkKey(text))?.kind;
    if (smallTalk === 'greeting') return this.sendHelp(context, true);
    if (smallTalk === 'thanks' || smallTalk === 'yesNo') {
      const key = smallTalk === 'thanks' ? 'bot.youAreWelcome' : 'bot.typedYesNo';
      await context.sendActivity(t(turnLanguage(context), key));
      return;
    }
    await this.answerQuestion(context, text);
  }

  /** Answers a question with a card; a fallback is also reported to the features (unanswered log). */
  async answerQuestion(context: TurnContext, asked: string): Promise<Answer> {
    const lang = turnLanguage(context);
    let question = asked;
    if (asked.length > MAX_QUESTION_CHARS) {
      // The answerer reads the first MAX_QUESTION_CHARS characters; the cache key is that part too.
      // A copy, not a slice, so the reply cache and the unanswered log do not keep the whole message alive.
      question = ownCopy(asked.slice(0, MAX_QUESTION_CHARS));
      this.deps.logger.info(
        { activityId: context.activity.id, length: asked.length, answeredFrom: MAX_QUESTION_CHARS },
        'question longer than the answering limit: the rest is ignored',
      );
    }
    const { answerer, officeEmail, version } = this.deps.questions;
    // "Og hva er e-posten hennes?": asked of what this person's question before it was about (see followUp). A chain
    // of follow-ups keeps pointing back to the question they all follow.
    const asker = `${context.activity.conversation?.id ?? ''}\u0000${context.activity.from?.id ?? ''}`;
    const previous = this.lastQuestions.get(asker);
    const followed = previous === undefined ? undefined : answerer.followUp(previous, question);
    this.lastQuestions.set(asker, followed === undefined ? question : previous!);
    if (followed !== undefined) question = followed;
    // Keyed by the knowledge version, so a reply of an earlier version is never sent after a publish.
    const key = `${version}\u0000${lang}\u0000${question}`;
    let reply = this.replies.get(key);
    if (!reply) {
      // Answers are reused by the answerer, so asking first whether the fallback buttons are needed is free.
      const unanswered = answerer.answer(question).kind === 'fallback';
      reply = replyToQuestion(
        answerer,
        question,
        {
          officeEmail,
          askForFeedback: true,
          fallbackActions: unanswered ? this.deps.fallbackActions?.(question, lang) : undefined,
        },
        lang,
      );
      this.replies.set(key, reply);
    }
    await sendCard(context, reply.card, reply.text);
    if (reply.kind === 'fallback') {
      for (const feature of this.deps.features ?? [])
        await feature.onUnanswered?.(context, question, context.activity.locale);
    }
    return reply.answer;
  }

  private findCommand(text: string): { command: Command; name: string; args: string } | undefined {
    const folded = fold(text);
    // Names are sorted longest first, so "spør prosjektkontoret" wins over a shorter name it starts with.
    for (const { command, name, folded: n } of this.commandNames) {
      if (folded === n || folded.startsWith(`${n} `))
        return { command, name, args: text.slice(name.length).trim() };
    }
    return undefined;
  }

  private questionCommand(
    word: CommandKey,
    aliases: string[],
    overview: 'contacts' | 'subprojects' | 'decisions',
    help: MessageKey,
  ): Command {
    return {
      word,
      aliases,
      help,
      handle: async (context, args) => {
        // "kontakter teknisk" is a question about Teknisk, not a request for the whole list.
        if (args) return void (await this.answerQuestion(context, messageText(context)));
        const lang = turnLanguage(context);
        const { answerer, officeEmail } = this.deps.questions;
        const card = createAnswerCard(answerer.overview(overview, lang), {
          officeEmail,
        });
        await sendCard(context, card, t(lang, word));
      },
    };
  }

  private helpEntries(lang: Lang): HelpEntry[] {
    return this.commands
      .filter((c) => c.help)
      .map((c) => ({ command: t(lang, c.word), description: t(lang, c.help!) }));
  }

  private async sendHelp(context: TurnContext, welcome: boolean): Promise<void> {
    const lang = turnLanguage(context);
    const entries = this.helpEntries(lang);
    const card = welcome ? createWelcomeCard(lang, entries) : createHelpCard(lang, entries);
    await sendCard(context, card, t(lang, welcome ? 'bot.welcomeSummary' : 'bot.helpTitle'));
  }

  private async installed(context: TurnContext, greet: boolean): Promise<void> {
    for (const feature of this.deps.features ?? []) await feature.onInstalled?.(context);
    if (greet) await this.sendHelp(context, true);
  }

  private async uninstalled(context: TurnContext): Promise<void> {
    for (const feature of this.deps.features ?? []) await feature.onUninstalled?.(context);
  }
}

/** The data of an Action.Execute as an object (anything else, such as a string or an array, as an empty one). */
function dataOf(data: unknown): Record<string, unknown> {
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** A message as small talk is looked up: folded, letters and spaces only. */
function smallTalkKey(text: string): string {
  return fold(text)
    .replace(/[^a-z ]/g, '')
    .trim();
}
