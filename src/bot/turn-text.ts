import type { TurnContext } from 'botbuilder';
import type { Lang } from '../qa/knowledge-base';
import { MAX_MENTIONS, plainText } from '../security/plain-text';

/** The language of a Teams locale ("nb-NO", "nn-NO", "en-US"). */
export function langOfLocale(locale: string | undefined): Lang {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('nn')) return 'nn';
  if (l.startsWith('en')) return 'en';
  return 'nb';
}

/** The message text without the bot's @mention (in channels and group chats) and without markup; linear time. */
export function messageText(context: TurnContext): string {
  const activity = context.activity;
  let text = typeof activity.text === 'string' ? activity.text : '';
  const entities = Array.isArray(activity.entities) ? activity.entities : [];
  const mentions = entities.filter((e) => e?.type === 'mention').slice(0, MAX_MENTIONS);
  for (const mention of mentions) {
    const m = mention as { mentioned?: { id?: string }; text?: unknown };
    if (m.mentioned?.id === activity.recipient?.id && typeof m.text === 'string' && m.text)
      text = text.split(m.text).join(' ');
  }
  return plainText(text);
}
