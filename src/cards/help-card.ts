import { t } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import { type AdaptiveCard, card, factSet, heading, textBlock } from './adaptive';
import { askAction } from './ask-action';
import { SUGGESTED_QUESTIONS } from './strings';

/** One line of the help card: a command and what it does. */
export interface HelpEntry {
  command: string;
  description: string;
}

/** The greeting on install or first contact: what the bot does, example questions to tap, and the commands. */
export function createWelcomeCard(lang: Lang, entries: HelpEntry[]): AdaptiveCard {
  return card([
    heading(t(lang, 'bot.welcomeTitle'), 'Large'),
    textBlock(t(lang, 'bot.welcome')),
    textBlock(t(lang, 'card.tryAsking'), { weight: 'Bolder' }),
    ...SUGGESTED_QUESTIONS[lang].map((q) => ({ type: 'ActionSet', actions: [askAction(q)] })),
    ...commandList(lang, entries),
  ]);
}

/** The answer to `hjelp` / `help`: every command the user may use. */
export function createHelpCard(lang: Lang, entries: HelpEntry[]): AdaptiveCard {
  return card([
    heading(t(lang, 'bot.helpTitle'), 'Large'),
    ...commandList(lang, entries),
    textBlock(t(lang, 'bot.ask'), { isSubtle: true }),
  ]);
}

function commandList(lang: Lang, entries: HelpEntry[]) {
  const facts = factSet(entries.map((e) => [e.command, e.description] as [string, string]));
  return [textBlock(`**${t(lang, 'bot.commands')}**`), ...(facts ? [facts] : [])];
}
