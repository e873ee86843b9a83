import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, heading, textBlock } from './adaptive';

const TEXT = {
  title: {
    nb: 'Den knappen kjenner jeg ikke igjen',
    nn: 'Den knappen kjenner eg ikkje att',
    en: "I don't recognise that button",
  },
  body: {
    nb: 'Kortet kan være gammelt, eller knappen hører til en versjon av boten som ikke lenger finnes. Skriv «hjelp» for å se hva jeg kan.',
    nn: 'Kortet kan vere gammalt, eller knappen høyrer til ein versjon av boten som ikkje lenger finst. Skriv «hjelp» for å sjå kva eg kan.',
    en: 'The card may be old, or the button belongs to a version of the bot that no longer exists. Type "help" to see what I can do.',
  },
} as const;

/** The short text for an unknown card action (notification preview, screen readers, Teams' error banner). */
export function unknownActionText(lang: Lang): string {
  return `${TEXT.title[lang]}. ${TEXT.body[lang]}`;
}

/** The card sent when a card submit names an action the bot does not have. */
export function createUnknownActionCard(lang: Lang): AdaptiveCard {
  return card([heading(TEXT.title[lang]), textBlock(TEXT.body[lang])]);
}

/** The answer to an Action.Execute with an unknown verb: 400, with a message Teams shows to the one who clicked. */
export function unknownActionResponse(lang: Lang): AdaptiveCardInvokeResponse {
  return {
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message: unknownActionText(lang) } as never,
  };
}
