import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, factSet, heading, textBlock } from './adaptive';

/** One line of the help card: a command and what it does. */
export interface HelpEntry {
  command: string;
  description: string;
}

const TEXT = {
  welcomeTitle: {
    nb: 'Hei! Jeg er Helseplattformen-boten',
    nn: 'Hei! Eg er Helseplattformen-boten',
    en: "Hi! I'm the Helseplattformen bot",
  },
  welcome: {
    nb: 'Jeg svarer på spørsmål om innføringen av Helseplattformen i kommunene: hvem som leder hva, delprosjektene, beslutninger og hvordan du når prosjektkontoret. Skriv spørsmålet ditt, for eksempel «Hvem leder delprosjektet Opplæring?».',
    nn: 'Eg svarar på spørsmål om innføringa av Helseplattformen i kommunane: kven som leiar kva, delprosjekta, avgjerder og korleis du når prosjektkontoret. Skriv spørsmålet ditt, til dømes «Kven leiar delprosjektet Opplæring?».',
    en: 'I answer questions about the introduction of Helseplattformen in the municipalities: who leads what, the subprojects, decisions and how to reach the project office. Type your question, for example "Who leads the training subproject?".',
  },
  helpTitle: { nb: 'Dette kan jeg hjelpe med', nn: 'Dette kan eg hjelpe med', en: 'What I can help with' },
  commands: { nb: 'Kommandoer', nn: 'Kommandoar', en: 'Commands' },
  ask: {
    nb: 'Eller still et spørsmål med egne ord, på bokmål, nynorsk eller engelsk.',
    nn: 'Eller still eit spørsmål med eigne ord, på bokmål, nynorsk eller engelsk.',
    en: 'Or ask a question in your own words, in Norwegian or English.',
  },
} as const;

/** The greeting on install or first contact: what the bot does and the commands. */
export function createWelcomeCard(lang: Lang, entries: HelpEntry[]): AdaptiveCard {
  return card([
    heading(TEXT.welcomeTitle[lang], 'Large'),
    textBlock(TEXT.welcome[lang]),
    ...commandList(lang, entries),
  ]);
}

/** The answer to `hjelp` / `help`: every command the user may use. */
export function createHelpCard(lang: Lang, entries: HelpEntry[]): AdaptiveCard {
  return card([
    heading(TEXT.helpTitle[lang], 'Large'),
    ...commandList(lang, entries),
    textBlock(TEXT.ask[lang], { isSubtle: true }),
  ]);
}

function commandList(lang: Lang, entries: HelpEntry[]) {
  const facts = factSet(entries.map((e) => [e.command, e.description] as [string, string]));
  return [textBlock(`**${TEXT.commands[lang]}**`), ...(facts ? [facts] : [])];
}
