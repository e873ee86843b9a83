import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { AppError } from '../errors';

/** Languages the bot answers in (defined with the message catalogue). */
export type { Lang } from '../i18n/lang';
import type { Lang } from '../i18n/lang';
import { norwegianIssues } from '../i18n/validation-messages';

const text = z.string().trim().min(1);
const localized = z.object({ nb: text, nn: text.optional(), en: text.optional() }).strict();
const id = z.string().regex(/^[a-z0-9-]+$/, 'id: små bokstaver, tall og bindestrek');
const words = z.array(z.union([text, z.number().transform(String)])).default([]);
const email = z.string().trim().email();
const phone = z.union([z.string(), z.number().transform(String)]).pipe(
  z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{8,16}$/, 'telefonnummer: sifre og mellomrom'),
);

/** A localised text: bokmål always, nynorsk and English when written. */
export type Localized = z.infer<typeof localized>;

const personSchema = z
  .object({
    id,
    name: text,
    // Optional: someone new can lead a subproject before their title is known.
    role: localized.optional(),
    unit: text.optional(),
    organisation: text.optional(),
    email: email.optional(),
    phone: phone.optional(),
    aliases: words,
  })
  .strict();

const unitSchema = z
  .object({
    id,
    name: localized,
    summary: localized,
    lead: id.optional(),
    email: email.optional(),
    location: id.optional(),
    aliases: words,
  })
  .strict();

const locationSchema = z
  .object({ id, address: text, city: text, description: localized, aliases: words })
  .strict();

/** A list in each language: bokmål always, nynorsk and English when written. */
const localizedList = z.object({
  nb: z.array(text).min(1),
  nn: z.array(text).optional(),
  en: z.array(text).optional(),
});

/**
 * A bullet list in a subproject's section (the purposes of the benefits realisation strategy): what "how many" counts
 * when asked by one of the words its items are (`counted`: "formål", "purposes").
 */
const sectionListSchema = z
  .object({ title: localized, items: localizedList.strict(), counted: words })
  .strict();

const subprojectSchema = z
  .object({
    id,
    name: localized,
    purpose: localized,
    lead: id,
    list: sectionListSchema.optional(),
    aliases: words,
    keywords: words,
  })
  .strict();

const bodySchema = z
  .object({
    id,
    name: localized,
    description: localized,
    leader: id.optional(),
    members: z.array(id).default([]),
    aliases: words,
    keywords: words,
  })
  .strict();

const decisionSchema = z
  .object({
    id,
    date: text.optional(),
    dateEn: text.optional(),
    decidedBy: localized,
    title: localized,
    text: localized,
    status: z.enum(['planned', 'in-progress', 'done']),
    aliases: words,
    keywords: words,
  })
  .strict();

const factSchema = z
  .object({
    id,
    title: localized,
    text: localized,
    /** The things the text names, one per line (the services, the counties): what list and "is X included" use. */
    items: localizedList.strict().optional(),
    /**
     * `items`: the number of items is the number asked for ("how many services"). `not-given`: the items are
     * groups ("all the municipalities in Trøndelag") and the page gives no total, which the answer says.
     */
    total: z.enum(['items', 'not-given']).default('items'),
    /**
     * What the items are grouped in, when the page names each group: the counties the municipalities are in. Counted
     * by one of `words` ("Fra hvor mange fylker …"), the groups are the number asked for, whatever `total` says.
     */
    groups: z
      .object({ words, title: localized, names: z.array(text).min(1) })
      .strict()
      .optional(),
    /**
     * Kinds of the items, each written as in `items.nb`, by the words a question asks for them with: what they are for
     * or whom they serve (`serves`: "tjenester for barn og unge": helsestasjon, skolehelsetjenesten), or what they are
     * (`are`: "hvilke institusjoner": sykehjem, helsehus).
     */
    kinds: z.array(z.object({ items: z.array(text).min(1), serves: words, are: words }).strict()).default([]),
    /** The date the page shows for the thing (a photo's), when it shows one, and where on the page it stands. */
    date: text.optional(),
    dateEn: text.optional(),
    dateSource: localized.optional(),
    aliases: words,
    keywords: words,
  })
  .strict();

const gainCategorySchema = z
  .object({
    id,
    name: localized,
    items: localizedList,
    aliases: words,
  })
  .strict();

const collectionSchema = z.object({ aliases: words }).strict();

const knowledgeBaseSchema = z
  .object({
    source: z.object({ title: text, publisher: text }).strict(),
    projectOffice: z
      .object({
        email,
        /** The entries for the project as a whole: who to contact about them is the project office. */
        contactFor: z.array(id).default([]),
      })
      .strict(),
    people: z.array(personSchema).min(1),
    units: z.array(unitSchema),
    locations: z.array(locationSchema),
    subprojects: z.array(subprojectSchema),
    bodies: z.array(bodySchema),
    decisions: z.array(decisionSchema),
    facts: z.array(factSchema),
    gains: z
      .object({ id, title: localized, aliases: words, categories: z.array(gainCategorySchema).min(1) })
      .strict(),
    collections: z
      .object({ subprojects: collectionSchema, contacts: collectionSchema, decisions: collectionSchema })
      .strict(),
  })
  .strict()
  .superRefine((kb, ctx) => {
    const people = new Set(kb.people.map((p) => p.id));
    const locations = new Set(kb.locations.map((l) => l.id));
    const check = (ref: string | undefined, set: Set<string>, path: (string | number)[]) => {
      if (ref !== undefined && !set.has(ref)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: `ukjent id «${ref}»` });
      }
    };
    kb.units.forEach((u, i) => {
      check(u.lead, people, ['units', i, 'lead']);
      check(u.location, locations, ['units', i, 'location']);
    });
    kb.subprojects.forEach((s, i) => check(s.lead, people, ['subprojects', i, 'lead']));
    // A kind names items of the fact's own list.
    kb.facts.forEach((f, i) =>
      f.kinds.forEach((k, j) =>
        k.items.forEach((item, n) => {
          if (!f.items?.nb.includes(item))
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: ['facts', i, 'kinds', j, 'items', n],
              message: `ukjent listepunkt «${item}»`,
            });
        }),
      ),
    );
    kb.bodies.forEach((b, i) => {
      check(b.leader, people, ['bodies', i, 'leader']);
      b.members.forEach((m, j) => check(m, people, ['bodies', i, 'members', j]));
    });
    const ids = [
      ...kb.people,
      ...kb.units,
      ...kb.locations,
      ...kb.subprojects,
      ...kb.bodies,
      ...kb.decisions,
      ...kb.facts,
      kb.gains,
      ...kb.gains.categories,
    ].map((e) => e.id);
    const known = new Set(ids);
    kb.projectOffice.contactFor.forEach((ref, i) => check(ref, known, ['projectOffice', 'contactFor', i]));
    const seen = new Set<string>();
    ids.forEach((i) => {
      if (seen.has(i))
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [], message: `id «${i}» brukes to ganger` });
      seen.add(i);
    });
  });

/** The validated knowledge base: every fact the bot may state. */
export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;
export type Person = KnowledgeBase['people'][number];
export type Unit = KnowledgeBase['units'][number];
export type Location = KnowledgeBase['locations'][number];
export type Subproject = KnowledgeBase['subprojects'][number];
export type Body = KnowledgeBase['bodies'][number];
export type Decision = KnowledgeBase['decisions'][number];
export type Fact = KnowledgeBase['facts'][number];
export type GainCategory = KnowledgeBase['gains']['categories'][number];

/** One problem found when validating a knowledge base: where (a dotted path such as `subprojects.0.lead`) and what. */
export interface KnowledgeBaseProblem {
  path: string;
  message: string;
}

/** Validates parsed YAML/JSON as a knowledge base; returns it, or every problem with its path. */
export function validateKnowledgeBase(
  data: unknown,
): { ok: true; knowledgeBase: KnowledgeBase } | { ok: false; problems: KnowledgeBaseProblem[] } {
  const result = knowledgeBaseSchema.safeParse(data, { errorMap: norwegianIssues });
  if (result.success) return { ok: true, knowledgeBase: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({ path: i.path.join('.') || '(rot)', message: i.message })),
  };
}

/** Validates parsed YAML/JSON as a knowledge base; `source` names the file in error messages. */
export function parseKnowledgeBase(data: unknown, source = 'kunnskapsbasen'): KnowledgeBase {
  const result = validateKnowledgeBase(data);
  if (!result.ok) {
    const problems = result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new AppError('KNOWLEDGE_BASE_INVALID', `Kunnskapsbasen ${source} er ugyldig: ${problems}`);
  }
  return result.knowledgeBase;
}

/** Parses knowledge-base YAML text and validates it; `source` names the file in error messages. */
export function parseKnowledgeBaseYaml(raw: string, source: string): KnowledgeBase {
  let data: unknown;
  try {
    data = parse(raw);
  } catch (err) {
    throw new AppError(
      'KNOWLEDGE_BASE_INVALID',
      `Kunnskapsbasen ${source} er ikke gyldig YAML: ${(err as Error).message}`,
      err,
    );
  }
  return parseKnowledgeBase(data, source);
}

/** Reads and validates the knowledge base file (YAML). */
export function loadKnowledgeBase(file: string): KnowledgeBase {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError(
      'KNOWLEDGE_BASE_INVALID',
      `Fant ikke kunnskapsbasen ${file}: ${(err as Error).message}`,
      err,
    );
  }
  return parseKnowledgeBaseYaml(raw, file);
}

/** Picks the text in the wanted language, falling back to bokmål; empty where there is no text (an optional one). */
export function pick(value: Localized | undefined, lang: Lang): string {
  return value ? (value[lang] ?? value.nb) : '';
}
