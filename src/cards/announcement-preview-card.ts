import type { Announcement, Audience } from '../model/announcement';
import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, type CardElement, heading, textBlock } from './adaptive';
import { createAnnouncementCard } from './announcement-card';
import { ANNOUNCEMENT_FORM_VERBS } from './announcement-form-card';
import { announcementText, conversationCount } from './announcement-strings';

/** Action.Execute verbs of the preview card. */
export const ANNOUNCEMENT_PREVIEW_VERBS = {
  send: 'announcement.send',
  schedule: 'announcement.schedule',
  /** Back to the form, prefilled. */
  revise: 'announcement.revise',
  discard: ANNOUNCEMENT_FORM_VERBS.discard,
} as const;

/** Input ids of the schedule fields (Input.Date gives YYYY-MM-DD, Input.Time HH:mm, both Norwegian time). */
export const ANNOUNCEMENT_SCHEDULE_INPUTS = { date: 'sendDate', time: 'sendTime' } as const;

/** What the preview card needs. */
export interface AnnouncementPreviewInput {
  lang: Lang;
  /** The saved draft. */
  announcement: Announcement;
  /** How many conversations would get it now. */
  recipients: number;
  /** Names of the teams that have the bot, by team id (for "Valgte team: …"). */
  teamNames: Record<string, string>;
  /** Prefilled schedule fields and the earliest date the date picker offers. */
  schedule: { date: string; time: string; minDate: string };
  /** A problem with the last attempt, shown above the buttons. */
  error?: string;
}

/** Who gets an announcement, in words: "Alle personlige chatter", "Valgte team: Hjemmetjenesten, Legevakten". */
export function describeAudience(audience: Audience, lang: Lang, teamNames: Record<string, string>): string {
  switch (audience.kind) {
    case 'all':
      return announcementText('audienceAll', lang);
    case 'personal':
      return announcementText('audiencePersonal', lang);
    case 'channels':
      return announcementText('audienceChannels', lang);
    case 'teams':
      return `${announcementText('audienceTeams', lang)}: ${audience.teamIds
        .map((id) => teamNames[id] ?? id)
        .join(', ')}`;
  }
}

/**
 * The announcement exactly as recipients will get it (built by the same createAnnouncementCard), inside a frame,
 * with its link buttons working and "Bekreft lest" shown but disabled.
 */
function recipientView(announcement: Announcement, lang: Lang): CardElement {
  // In the author's language: a recipient whose Teams is in that language sees exactly this.
  const real = createAnnouncementCard(announcement.content, { announcementId: announcement.id, lang });
  const actions = ((real.actions ?? []) as CardElement[]).map((action) =>
    action.type === 'Action.Execute' ? { ...action, isEnabled: false } : action,
  );
  const items = [...(real.body as CardElement[])];
  if (actions.length > 0) items.push({ type: 'ActionSet', actions });
  return { type: 'Container', style: 'default', separator: true, spacing: 'Medium', items };
}

/**
 * The preview in the author's chat: the card as recipients will see it, how many conversations get it, and
 * Send nå / Planlegg (date and time, Norwegian time) / Rediger / Avbryt.
 */
export function createAnnouncementPreviewCard(input: AnnouncementPreviewInput): AdaptiveCard {
  const { lang, announcement } = input;
  const t = (key: Parameters<typeof announcementText>[0], vars?: Record<string, string | number>) =>
    announcementText(key, lang, vars);
  const data = { announcementId: announcement.id };
  const body: CardElement[] = [
    heading(t('previewHeading'), 'Large'),
    textBlock(t('previewIntro'), { isSubtle: true }),
    recipientView(announcement, lang),
    {
      type: 'FactSet',
      separator: true,
      spacing: 'Medium',
      facts: [
        {
          title: t('audienceLabel'),
          value: t('recipientsValue', {
            count: conversationCount(input.recipients, lang),
            audience: describeAudience(announcement.audience, lang, input.teamNames),
          }),
        },
        {
          title: t('importanceFact'),
          value:
            announcement.content.importance === 'high' ? t('importanceHighShort') : t('importanceNormal'),
        },
      ],
    },
  ];
  if (input.recipients === 0) body.push(textBlock(t('noRecipients'), { color: 'Warning' }));
  if (input.error) body.push(textBlock(input.error, { color: 'Attention', weight: 'Bolder' }));
  body.push(textBlock(t('scheduleHeading'), { weight: 'Bolder', spacing: 'Medium' }), {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      {
        type: 'Column',
        width: 1,
        items: [
          {
            type: 'Input.Date',
            id: ANNOUNCEMENT_SCHEDULE_INPUTS.date,
            label: t('dateLabel'),
            value: input.schedule.date,
            min: input.schedule.minDate,
          },
        ],
      },
      {
        type: 'Column',
        width: 1,
        items: [
          {
            type: 'Input.Time',
            id: ANNOUNCEMENT_SCHEDULE_INPUTS.time,
            label: t('timeLabel'),
            value: input.schedule.time,
          },
        ],
      },
    ],
  });
  return card(body, [
    {
      type: 'Action.Execute',
      title: t('sendNow'),
      verb: ANNOUNCEMENT_PREVIEW_VERBS.send,
      data,
      associatedInputs: 'none',
      style: 'positive',
    },
    {
      type: 'Action.Execute',
      title: t('schedule'),
      verb: ANNOUNCEMENT_PREVIEW_VERBS.schedule,
      data,
      associatedInputs: 'auto',
    },
    {
      type: 'Action.Execute',
      title: t('edit'),
      verb: ANNOUNCEMENT_PREVIEW_VERBS.revise,
      data,
      associatedInputs: 'none',
    },
    {
      type: 'Action.Execute',
      title: t('cancel'),
      verb: ANNOUNCEMENT_PREVIEW_VERBS.discard,
      data,
      associatedInputs: 'none',
    },
  ]);
}
