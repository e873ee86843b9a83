import {
  ANNOUNCEMENT_LIMITS as LIMITS,
  type AnnouncementContent,
  type AnnouncementStatus,
  type AudienceKind,
} from '../model/announcement';
import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, type CardElement, heading, textBlock } from './adaptive';
import { announcementText } from './announcement-strings';

/** Action.Execute verbs of the form card. */
export const ANNOUNCEMENT_FORM_VERBS = {
  /** New announcement or draft: validate, save the draft and show the preview. */
  preview: 'announcement.preview',
  /** New announcement or draft: throw it away. */
  discard: 'announcement.discard',
  /** Scheduled or sent announcement: save the new content (and update the sent messages). */
  update: 'announcement.update',
  /** Scheduled or sent announcement: leave it as it is. */
  keep: 'announcement.keep',
} as const;

/** Input ids of the form card; their values arrive in the invoke data under these names. */
export const ANNOUNCEMENT_FORM_INPUTS = {
  title: 'title',
  text: 'text',
  imageUrl: 'imageUrl',
  importance: 'importance',
  audience: 'audience',
  teamIds: 'teamIds',
  linkTitle: (n: number) => `link${n}Title`,
  linkUrl: (n: number) => `link${n}Url`,
} as const;

/** What the form shows in its fields (empty for a new announcement). */
export interface AnnouncementFormValues {
  title?: string;
  text?: string;
  imageUrl?: string;
  links?: { title: string; url: string }[];
  importance?: AnnouncementContent['importance'];
  audience?: AudienceKind;
  teamIds?: string[];
}

/** What the form card needs. */
export interface AnnouncementFormInput {
  lang: Lang;
  /** The draft or announcement being edited; none for a new one. */
  announcementId?: string;
  /**
   * The status of the announcement being edited. Drafts (and new ones) get recipients and "Forhåndsvis";
   * scheduled and sent ones only their content, saved with "Lagre" / "Oppdater hos alle mottakere".
   */
  status?: AnnouncementStatus;
  values: AnnouncementFormValues;
  /** Teams that have the bot, for the "Valgte team" choice (hidden when there are none). */
  teams: { id: string; name: string }[];
  /** A problem with the last attempt, shown at the top. */
  error?: string;
}

function choice(title: string, value: string): CardElement {
  return { title, value };
}

/**
 * The form where a communications lead writes an announcement: title, text (Markdown as Teams shows it),
 * optional image and up to three link buttons, importance and, for a new one, who gets it. Action.Execute, so
 * the card turns into the preview (or the receipt) in place.
 */
export function createAnnouncementFormCard(input: AnnouncementFormInput): AdaptiveCard {
  const { lang, values } = input;
  const t = (key: Parameters<typeof announcementText>[0], vars?: Record<string, string | number>) =>
    announcementText(key, lang, vars);
  const editing = input.status !== undefined && input.status !== 'draft';
  const body: CardElement[] = [
    heading(t(editing ? 'formTitleEdit' : 'formTitleNew'), 'Large'),
    textBlock(
      t(
        !editing
          ? 'formIntroNew'
          : input.status === 'scheduled'
            ? 'formIntroEditScheduled'
            : 'formIntroEditSent',
      ),
      { isSubtle: true },
    ),
  ];
  if (input.error) body.push(textBlock(input.error, { color: 'Attention', weight: 'Bolder' }));
  body.push(
    {
      type: 'Input.Text',
      id: ANNOUNCEMENT_FORM_INPUTS.title,
      label: t('titleLabel'),
      placeholder: t('titlePlaceholder'),
      value: values.title ?? '',
      maxLength: LIMITS.title,
      isRequired: true,
      errorMessage: t('titleRequired'),
    },
    {
      type: 'Input.Text',
      id: ANNOUNCEMENT_FORM_INPUTS.text,
      label: t('textLabel'),
      placeholder: t('textPlaceholder'),
      value: values.text ?? '',
      isMultiline: true,
      maxLength: LIMITS.text,
      isRequired: true,
      errorMessage: t('textRequired'),
    },
    {
      type: 'Input.Text',
      id: ANNOUNCEMENT_FORM_INPUTS.imageUrl,
      label: t('imageLabel'),
      placeholder: 'https://',
      value: values.imageUrl ?? '',
      style: 'Url',
      maxLength: LIMITS.url,
    },
    textBlock(t('linksLabel'), { weight: 'Bolder', spacing: 'Medium' }),
  );
  for (let n = 1; n <= LIMITS.links; n += 1) {
    const link = values.links?.[n - 1];
    body.push({
      type: 'ColumnSet',
      spacing: 'Small',
      columns: [
        {
          type: 'Column',
          width: 2,
          items: [
            {
              type: 'Input.Text',
              id: ANNOUNCEMENT_FORM_INPUTS.linkTitle(n),
              label: t('linkTitleLabel', { n }),
              value: link?.title ?? '',
              maxLength: LIMITS.linkTitle,
            },
          ],
        },
        {
          type: 'Column',
          width: 3,
          items: [
            {
              type: 'Input.Text',
              id: ANNOUNCEMENT_FORM_INPUTS.linkUrl(n),
              label: t('linkUrlLabel', { n }),
              placeholder: 'https://',
              value: link?.url ?? '',
              style: 'Url',
              maxLength: LIMITS.url,
            },
          ],
        },
      ],
    });
  }
  body.push({
    type: 'Input.ChoiceSet',
    id: ANNOUNCEMENT_FORM_INPUTS.importance,
    label: t('importanceLabel'),
    style: 'expanded',
    value: values.importance ?? 'normal',
    choices: [choice(t('importanceNormal'), 'normal'), choice(t('importanceHigh'), 'high')],
  });
  if (!editing) {
    const choices = [
      choice(t('audienceAll'), 'all'),
      choice(t('audiencePersonal'), 'personal'),
      choice(t('audienceChannels'), 'channels'),
    ];
    if (input.teams.length > 0) choices.push(choice(t('audienceTeams'), 'teams'));
    body.push({
      type: 'Input.ChoiceSet',
      id: ANNOUNCEMENT_FORM_INPUTS.audience,
      label: t('audienceLabel'),
      style: 'expanded',
      value: values.audience ?? 'all',
      choices,
    });
    if (input.teams.length > 0) {
      body.push({
        type: 'Input.ChoiceSet',
        id: ANNOUNCEMENT_FORM_INPUTS.teamIds,
        label: t('teamsLabel'),
        placeholder: t('teamsPlaceholder'),
        isMultiSelect: true,
        style: 'compact',
        value: (values.teamIds ?? []).join(','),
        choices: input.teams.map((team) => choice(team.name, team.id)),
      });
    }
  }
  const data = input.announcementId !== undefined ? { announcementId: input.announcementId } : {};
  const actions: CardElement[] = editing
    ? [
        {
          type: 'Action.Execute',
          title: t(input.status === 'scheduled' ? 'saveChanges' : 'updateEverywhere'),
          verb: ANNOUNCEMENT_FORM_VERBS.update,
          data,
          associatedInputs: 'auto',
          style: 'positive',
        },
        {
          type: 'Action.Execute',
          title: t('cancel'),
          verb: ANNOUNCEMENT_FORM_VERBS.keep,
          data,
          associatedInputs: 'none',
        },
      ]
    : [
        {
          type: 'Action.Execute',
          title: t('preview'),
          verb: ANNOUNCEMENT_FORM_VERBS.preview,
          data,
          associatedInputs: 'auto',
          style: 'positive',
        },
        {
          type: 'Action.Execute',
          title: t('cancel'),
          verb: ANNOUNCEMENT_FORM_VERBS.discard,
          data,
          associatedInputs: 'none',
        },
      ];
  return card(body, actions);
}
