import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { t } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import { type AdaptiveCard, card, heading, textBlock } from './adaptive';

/** The short text for an unknown card action (notification preview, screen readers, Teams' error banner). */
export function unknownActionText(lang: Lang): string {
  return `${t(lang, 'bot.unknownActionTitle')}. ${t(lang, 'bot.unknownActionBody')}`;
}

/** The card sent when a card submit names an action the bot does not have. */
export function createUnknownActionCard(lang: Lang): AdaptiveCard {
  return card([heading(t(lang, 'bot.unknownActionTitle')), textBlock(t(lang, 'bot.unknownActionBody'))]);
}

/** The answer to an Action.Execute with an unknown verb: 400, with a message Teams shows to the one who clicked. */
export function unknownActionResponse(lang: Lang): AdaptiveCardInvokeResponse {
  return {
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message: unknownActionText(lang) } as never,
  };
}
