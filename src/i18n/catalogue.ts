import { LANGS as LANG_ORDER, type Lang } from './lang';
import { announcementMessages } from './messages/announcement';
import { botMessages } from './messages/bot';
import { cardMessages } from './messages/cards';
import { commandMessages } from './messages/commands';
import { feedbackMessages } from './messages/feedback';
import { officeMessages } from './messages/office';
import { officeChannelMessages } from './messages/office-channel';
import { statusMessages } from './messages/status';
import { type Message, type MessageVars, render, reportMissingKey } from './translate';

/** Every user-facing text of the bot, by area. The one place a text is written, in bokmål, nynorsk and English. */
export const CATALOGUE = {
  announcement: announcementMessages,
  bot: botMessages,
  card: cardMessages,
  command: commandMessages,
  feedback: feedbackMessages,
  office: officeMessages,
  officeChannel: officeChannelMessages,
  status: statusMessages,
} as const;

type Catalogue = typeof CATALOGUE;

/** A key of the catalogue: "area.name", for example "feedback.thanks". */
export type MessageKey = {
  [A in keyof Catalogue]: `${A & string}.${keyof Catalogue[A] & string}`;
}[keyof Catalogue];

function lookup(key: string): Message | undefined {
  const dot = key.indexOf('.');
  const area = (CATALOGUE as Record<string, Record<string, Message>>)[key.slice(0, dot)];
  return area && Object.hasOwn(area, key.slice(dot + 1)) ? area[key.slice(dot + 1)] : undefined;
}

/** Whether a key read from outside the code (a stored code, say) is in the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(key) !== undefined;
}

/**
 * The text for a key in a language, with its `{name}` placeholders filled in and its plural form chosen by
 * `count`. A missing key or variable fails under tests and shows a safe text in production (see translate.ts).
 */
export function t(lang: Lang, key: MessageKey, vars: MessageVars = {}): string {
  const message = lookup(key);
  if (!message) {
    reportMissingKey(key, lang);
    return render('bot.turnFailed', lang, botMessages.turnFailed[lang], {});
  }
  return render(key, lang, message[lang], vars);
}

/** A translator bound to one language, for code that writes several texts to the same reader. */
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** Binds `t` to a language. */
export function translator(lang: Lang): Translate {
  return (key, vars) => t(lang, key, vars);
}

/** A command word's key, for example "command.help". */
export type CommandKey = Extract<MessageKey, `command.${string}`>;

/** A command's words in every language (each once), then the extra aliases: what the bot accepts for it. */
export function commandWords(key: CommandKey, ...aliases: string[]): string[] {
  return [...new Set([...LANG_ORDER.map((lang) => t(lang, key)), ...aliases])];
}

/** The languages whose word for a command is the one typed (case and æøå as typed do not matter). */
export function languagesOfCommandWord(key: CommandKey, word: string): Lang[] {
  const typed = word.trim().toLocaleLowerCase('nb');
  return LANG_ORDER.filter((lang) => t(lang, key).toLocaleLowerCase('nb') === typed);
}

/** Every key of the catalogue (for the catalogue test). */
export function allMessageKeys(): MessageKey[] {
  return Object.entries(CATALOGUE).flatMap(([area, messages]) =>
    Object.keys(messages).map((name) => `${area}.${name}` as MessageKey),
  );
}

/** The message behind a key (for the catalogue test). */
export function messageOf(key: MessageKey): Message {
  return lookup(key)!;
}
