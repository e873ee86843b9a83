import { z } from 'zod';
import type { AnnouncementContent } from '../data/repositories';
import { AppError } from '../errors';
import { isHttpUrl, MAX_ANNOUNCEMENT_LINKS } from '../cards/announcement-card';

/** Longest title and text: keeps the card well under Teams' 28 KB message limit. */
export const ANNOUNCEMENT_LIMITS = { title: 150, text: 6000, linkTitle: 60, url: 2000 } as const;

const schema = z.object({
  title: z
    .string({ required_error: 'Tittel mangler.' })
    .trim()
    .min(1, 'Tittel mangler.')
    .max(ANNOUNCEMENT_LIMITS.title, `Tittelen kan være høyst ${ANNOUNCEMENT_LIMITS.title} tegn.`),
  text: z
    .string({ required_error: 'Teksten mangler.' })
    .trim()
    .min(1, 'Teksten mangler.')
    .max(ANNOUNCEMENT_LIMITS.text, `Teksten kan være høyst ${ANNOUNCEMENT_LIMITS.text} tegn.`),
  imageUrl: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine(
      (v) => v === undefined || (v.length <= ANNOUNCEMENT_LIMITS.url && isHttpUrl(v, true)),
      'Bildeadressen må være en https-adresse.',
    ),
  links: z
    .array(
      z.object({
        title: z
          .string()
          .trim()
          .min(1, 'Hver lenke må ha en tekst.')
          .max(
            ANNOUNCEMENT_LIMITS.linkTitle,
            `Lenketeksten kan være høyst ${ANNOUNCEMENT_LIMITS.linkTitle} tegn.`,
          ),
        url: z
          .string()
          .trim()
          .refine(
            (v) => v.length <= ANNOUNCEMENT_LIMITS.url && isHttpUrl(v),
            'Lenker må være http- eller https-adresser.',
          ),
      }),
    )
    .max(MAX_ANNOUNCEMENT_LINKS, `Høyst ${MAX_ANNOUNCEMENT_LINKS} lenker.`)
    .default([]),
  importance: z.enum(['normal', 'high']).default('normal'),
});

/** Validates what the author typed; throws AppError('BAD_INPUT') with a Norwegian message naming every problem. */
export function parseAnnouncementContent(input: unknown): AnnouncementContent {
  const result = schema.safeParse(input);
  if (!result.success) {
    const problems = [...new Set(result.error.issues.map((i) => i.message))].join(' ');
    throw new AppError('BAD_INPUT', `Kunngjøringen kan ikke sendes slik: ${problems}`);
  }
  const { imageUrl, ...rest } = result.data;
  return imageUrl === undefined ? rest : { ...rest, imageUrl };
}
