import { t } from '../i18n/catalogue';
import { type Lang, langOfLocale } from '../i18n/lang';
import { ANNOUNCEMENT_LIMITS, type AnnouncementContent, isHttpUrl } from '../model/announcement';

/** The Action.Execute verb of the "Bekreft lest" button; the bot routes adaptiveCard/action invokes on it. */
export const ANNOUNCEMENT_ACK_VERB = 'announcement.ack';

/** Options of createAnnouncementCard. */
export interface AnnouncementCardOptions {
  announcementId: string;
  /** True when this recipient has confirmed reading: shows "Lest ✓" instead of the button. */
  acknowledged?: boolean;
  /** BCP 47 locale of the recipient, e.g. 'nb-NO'; sets the card language when `lang` is not given. */
  locale?: string;
  /** The reader's language, when known (the author's preview, the one who confirmed reading). */
  lang?: Lang;
}

type CardElement = Record<string, unknown>;

/**
 * Keeps Markdown as Teams renders it in a TextBlock, but turns links whose target is not http(s)
 * (javascript:, data:, file:, relative) into their plain label.
 */
export function neutraliseUnsafeLinks(markdown: string): string {
  return markdown.replace(
    /\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)(\s+"[^"]*")?\)/g,
    (whole, label: string, target: string) => (isHttpUrl(target) ? whole : label),
  );
}

/** The card language from a locale: 'nn' for nynorsk, otherwise 'nb'. */
function cardLanguage(locale: string | undefined): string {
  return locale !== undefined && /^nn\b/i.test(locale) ? 'nn' : 'nb';
}

/**
 * The announcement as an Adaptive Card (schema 1.5). User text only ever becomes TextBlock text values, never
 * card structure; link buttons and the image are kept only for valid http(s)/https URLs.
 */
export function createAnnouncementCard(
  content: AnnouncementContent,
  options: AnnouncementCardOptions,
): CardElement {
  const important = content.importance === 'high';
  const lang = options.lang ?? langOfLocale(options.locale);
  const header: CardElement[] = [
    {
      type: 'TextBlock',
      text: t(lang, 'announcement.cardFrom'),
      size: 'Small',
      weight: 'Bolder',
      isSubtle: !important,
      color: important ? 'Attention' : 'Default',
      wrap: true,
    },
  ];
  if (important) {
    header.push({
      type: 'TextBlock',
      text: t(lang, 'announcement.cardImportant'),
      weight: 'Bolder',
      color: 'Attention',
      spacing: 'None',
      wrap: true,
    });
  }
  const body: CardElement[] = [
    { type: 'Container', style: important ? 'attention' : 'emphasis', bleed: true, items: header },
    { type: 'TextBlock', text: content.title, style: 'heading', size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: neutraliseUnsafeLinks(content.text), wrap: true },
  ];
  if (content.imageUrl !== undefined && isHttpUrl(content.imageUrl, true)) {
    body.push({ type: 'Image', url: content.imageUrl, altText: content.title, size: 'Stretch' });
  }
  if (options.acknowledged === true) {
    body.push({
      type: 'TextBlock',
      text: t(lang, 'announcement.cardRead'),
      color: 'Good',
      weight: 'Bolder',
      horizontalAlignment: 'Right',
      wrap: true,
    });
  }
  const actions: CardElement[] = content.links
    .filter((link) => isHttpUrl(link.url) && link.title.trim() !== '')
    .slice(0, ANNOUNCEMENT_LIMITS.links)
    .map((link) => ({ type: 'Action.OpenUrl', title: link.title.trim(), url: link.url }));
  if (options.acknowledged !== true) {
    actions.push({
      type: 'Action.Execute',
      title: t(lang, 'announcement.cardConfirmRead'),
      verb: ANNOUNCEMENT_ACK_VERB,
      data: { announcementId: options.announcementId },
      style: 'positive',
    });
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: options.lang ?? cardLanguage(options.locale),
    body,
    actions,
  };
}
