import type { TurnContext } from 'botbuilder';
import type { Lang } from '../qa/knowledge-base';

/** The language of a Teams locale ("nb-NO", "nn-NO", "en-US"). */
export function langOfLocale(locale: string | undefined): Lang {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('nn')) return 'nn';
  if (l.startsWith('en')) return 'en';
  return 'nb';
}

/** The message text without the bot's @mention (in channels and group chats) and without markup. */
export function messageText(context: TurnContext): string {
  const activity = context.activity;
  let text = activity.text ?? '';
  for (const mention of activity.entities?.filter((e) => e.type === 'mention') ?? []) {
    const m = mention as { mentioned?: { id?: string }; text?: string };
    if (m.mentioned?.id === activity.recipient?.id && m.text) text = text.split(m.text).join(' ');
  }
  return text
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
