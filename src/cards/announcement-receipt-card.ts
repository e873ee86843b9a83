import { formatOsloTime } from '../announcements/oslo-time';
import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, type CardElement, heading, textBlock } from './adaptive';
import { neutraliseUnsafeLinks } from './announcement-card';
import { announcementText } from './announcement-strings';

/** What happened to a form or preview: it replaces that card, so it cannot be clicked twice. */
export type AnnouncementReceipt =
  | { kind: 'sent'; title: string }
  | { kind: 'scheduled'; title: string; at: Date }
  | { kind: 'discarded'; title?: string }
  | { kind: 'updated'; title: string; scheduled: boolean }
  | { kind: 'unchanged'; title: string };

/** The card that takes the place of the form or the preview once the author has decided. */
export function createAnnouncementReceiptCard(receipt: AnnouncementReceipt, lang: Lang): AdaptiveCard {
  const t = (key: Parameters<typeof announcementText>[0], vars?: Record<string, string | number>) =>
    announcementText(key, lang, vars);
  const [head, text] = ((): [string, string] => {
    switch (receipt.kind) {
      case 'sent':
        return [t('sentHeading'), t('sentText')];
      case 'scheduled':
        return [t('scheduledHeading'), t('scheduledText', { at: formatOsloTime(receipt.at, lang) })];
      case 'discarded':
        return [t('discardedHeading'), t('discardedText')];
      case 'updated':
        return [t('updatedHeading'), t(receipt.scheduled ? 'updatedTextScheduled' : 'updatedTextSent')];
      case 'unchanged':
        return [t('unchangedHeading'), t('unchangedText')];
    }
  })();
  const body: CardElement[] = [heading(head)];
  if (receipt.title) body.push(textBlock(`«${neutraliseUnsafeLinks(receipt.title)}»`, { weight: 'Bolder' }));
  body.push(textBlock(text));
  return card(body);
}
