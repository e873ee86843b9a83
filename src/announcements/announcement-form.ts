import { z } from 'zod';
import {
  ANNOUNCEMENT_FORM_INPUTS as INPUTS,
  type AnnouncementFormValues,
} from '../cards/announcement-form-card';
import {
  ANNOUNCEMENT_IMPORTANCES,
  ANNOUNCEMENT_LIMITS as LIMITS,
  type Announcement,
  type AnnouncementContent,
  type Audience,
  AUDIENCE_KINDS,
  type AudienceKind,
  audienceProblems,
  isHttpUrl,
  parseAnnouncementContent,
  problemText,
} from '../model/announcement';
import { t } from '../i18n/catalogue';
import { parseSubmit } from '../security/parse-submit';

/** What a filled-in form becomes: the content, and for a new announcement or a draft its recipients. */
export interface AnnouncementFormSubmit {
  /** The draft (or announcement) the form belongs to; none for a new one. */
  announcementId?: string;
  content: AnnouncementContent;
  audience: Audience;
}

const LINK_NUMBERS = Array.from({ length: LIMITS.links }, (_, i) => i + 1);

/** Optional text: trimmed, '' becomes undefined. Lengths are the announcement model's to check. */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const linkFields = Object.fromEntries(
  LINK_NUMBERS.flatMap((n) => [
    [INPUTS.linkTitle(n), optionalText],
    [INPUTS.linkUrl(n), optionalText],
  ]),
) as Record<string, typeof optionalText>;

// The form's own checks (what is missing, which numbered link is incomplete); the content's limits and the image
// address are checked after it by the announcement model, with the same texts as in the tab. The chat's form has
// always asked for https in its link buttons; the model lets the tab use http links as well.
const formSchema = z
  .object({
    announcementId: z.string().trim().min(1).max(100).optional(),
    [INPUTS.title]: z.string().trim().min(1),
    [INPUTS.text]: z.string().trim().min(1),
    [INPUTS.imageUrl]: optionalText,
    ...linkFields,
    [INPUTS.importance]: z.enum(ANNOUNCEMENT_IMPORTANCES).default('normal'),
    [INPUTS.audience]: z.enum(AUDIENCE_KINDS).default('all'),
    [INPUTS.teamIds]: z
      .string()
      .max(LIMITS.teams * (LIMITS.teamId + 1))
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id.length > 0),
      ),
  })
  .superRefine((form, ctx) => {
    const fields = form as Record<string, unknown>;
    for (const n of LINK_NUMBERS) {
      const title = fields[INPUTS.linkTitle(n)] as string | undefined;
      const url = fields[INPUTS.linkUrl(n)] as string | undefined;
      if (title === undefined && url === undefined) continue;
      if (title === undefined || url === undefined) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [title === undefined ? INPUTS.linkTitle(n) : INPUTS.linkUrl(n)],
          message: t('nb', 'announcement.formLinkIncomplete', { n }),
        });
      } else if (!isHttpUrl(url, true)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [INPUTS.linkUrl(n)],
          message: t('nb', 'announcement.formLinkNotHttps', { n }),
        });
      }
    }
    const audience = audienceOf(form[INPUTS.audience], form[INPUTS.teamIds]);
    for (const problem of audienceProblems(audience)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [INPUTS.teamIds],
        message: problemText(problem, 'nb'),
      });
    }
  });

/** Norwegian names of the form's fields, for the error message. */
const LABELS: Record<string, string> = {
  [INPUTS.title]: 'Tittel',
  [INPUTS.text]: 'Tekst',
  [INPUTS.imageUrl]: 'Bilde',
  [INPUTS.importance]: 'Viktighet',
  [INPUTS.audience]: 'Mottakere',
  [INPUTS.teamIds]: 'Team',
  ...Object.fromEntries(
    LINK_NUMBERS.flatMap((n) => [
      [INPUTS.linkTitle(n), `Knappetekst ${n}`],
      [INPUTS.linkUrl(n), `Adresse ${n}`],
    ]),
  ),
};

function audienceOf(choice: AudienceKind, teamIds: string[]): Audience {
  return choice === 'teams' ? { kind: 'teams', teamIds: [...new Set(teamIds)] } : { kind: choice };
}

/**
 * Validates a submitted form (Action.Execute data with the card's inputs). Throws AppError BAD_INPUT with a
 * friendly Norwegian message naming the fields; links and the image must be https.
 */
export function parseAnnouncementForm(value: unknown): AnnouncementFormSubmit {
  const form = parseSubmit(formSchema, value, { labels: LABELS }) as z.output<typeof formSchema> &
    Record<string, string | undefined>;
  const links = LINK_NUMBERS.flatMap((n) => {
    const title = form[INPUTS.linkTitle(n)];
    const url = form[INPUTS.linkUrl(n)];
    return title !== undefined && url !== undefined ? [{ title, url }] : [];
  });
  // The announcement's limits, as the tab API and the engine check them.
  const content = parseAnnouncementContent({
    title: form[INPUTS.title],
    text: form[INPUTS.text],
    imageUrl: form[INPUTS.imageUrl],
    links,
    importance: form[INPUTS.importance],
  });
  return {
    announcementId: form.announcementId,
    content,
    audience: audienceOf(form[INPUTS.audience], form[INPUTS.teamIds]),
  };
}

/** The form's fields as they were submitted, to show them again with an error message. */
export function formValuesFromSubmit(value: Record<string, unknown>): AnnouncementFormValues {
  const text = (key: string): string | undefined => {
    const v = value[key];
    return typeof v === 'string' ? v : undefined;
  };
  const choice = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const v = text(key);
    return allowed.find((a) => a === v);
  };
  return {
    title: text(INPUTS.title),
    text: text(INPUTS.text),
    imageUrl: text(INPUTS.imageUrl),
    links: LINK_NUMBERS.map((n) => ({
      title: text(INPUTS.linkTitle(n)) ?? '',
      url: text(INPUTS.linkUrl(n)) ?? '',
    })),
    importance: choice(INPUTS.importance, ANNOUNCEMENT_IMPORTANCES),
    audience: choice(INPUTS.audience, AUDIENCE_KINDS),
    teamIds: (text(INPUTS.teamIds) ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id.length > 0),
  };
}

/** A saved announcement's content and recipients as form values (Rediger). */
export function formValuesOf(announcement: Announcement): AnnouncementFormValues {
  const { content, audience } = announcement;
  return {
    title: content.title,
    text: content.text,
    imageUrl: content.imageUrl,
    links: content.links,
    importance: content.importance,
    audience: audience.kind,
    teamIds: audience.kind === 'teams' ? audience.teamIds : [],
  };
}

/**
 * A saved announcement as the form's submit data (input id → value). Fields a client leaves out of a submit
 * keep these values (Teams sends every input; a console client may send only the ones typed).
 */
export function formDataOf(announcement: Announcement): Record<string, string> {
  const { content, audience } = announcement;
  const data: Record<string, string> = {
    [INPUTS.title]: content.title,
    [INPUTS.text]: content.text,
    [INPUTS.imageUrl]: content.imageUrl ?? '',
    [INPUTS.importance]: content.importance,
    [INPUTS.audience]: audience.kind,
    [INPUTS.teamIds]: audience.kind === 'teams' ? audience.teamIds.join(',') : '',
  };
  for (const n of LINK_NUMBERS) {
    data[INPUTS.linkTitle(n)] = content.links[n - 1]?.title ?? '';
    data[INPUTS.linkUrl(n)] = content.links[n - 1]?.url ?? '';
  }
  return data;
}
