import { z } from 'zod';
import { AppError } from '../errors';

/** Options of parseSubmit. */
export interface ParseSubmitOptions {
  /** Norwegian names of the card's fields by path ("title" → "Tittel"), used in the error message. */
  labels?: Record<string, string>;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  integer: 'et heltall',
  boolean: 'ja eller nei',
  array: 'en liste',
  object: 'et skjema',
  date: 'en dato',
};

/** Zod messages in Norwegian (bokmål), for the person who filled in the card; a schema's own messages win. */
const norwegianErrors: z.ZodErrorMap = (issue) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      return {
        message:
          issue.received === 'undefined' || issue.received === 'null'
            ? 'mangler'
            : `må være ${TYPE_NAMES[issue.expected] ?? 'noe annet'}`,
      };
    case z.ZodIssueCode.too_small:
      if (issue.type === 'string')
        return { message: Number(issue.minimum) <= 1 ? 'må fylles ut' : `må ha minst ${issue.minimum} tegn` };
      if (issue.type === 'array') return { message: `må ha minst ${issue.minimum} valg` };
      return { message: `må være minst ${issue.minimum}` };
    case z.ZodIssueCode.too_big:
      if (issue.type === 'string') return { message: `kan ha høyst ${issue.maximum} tegn` };
      if (issue.type === 'array') return { message: `kan ha høyst ${issue.maximum} valg` };
      return { message: `kan være høyst ${issue.maximum}` };
    case z.ZodIssueCode.invalid_enum_value:
    case z.ZodIssueCode.invalid_literal:
    case z.ZodIssueCode.invalid_union:
    case z.ZodIssueCode.invalid_union_discriminator:
      return { message: 'har et valg jeg ikke kjenner igjen' };
    case z.ZodIssueCode.invalid_string:
      if (issue.validation === 'email') return { message: 'må være en e-postadresse' };
      if (issue.validation === 'url') return { message: 'må være en nettadresse' };
      if (issue.validation === 'datetime' || issue.validation === 'date')
        return { message: 'må være en gyldig dato' };
      return { message: 'har feil format' };
    case z.ZodIssueCode.invalid_date:
      return { message: 'må være en gyldig dato' };
    case z.ZodIssueCode.unrecognized_keys:
      return { message: 'har felt jeg ikke kjenner igjen' };
    default:
      return { message: 'er ugyldig' };
  }
};

const MAX_PROBLEMS_SHOWN = 3;

/**
 * Validates the data of a card submit (Action.Submit value or Action.Execute data) against a zod schema and
 * returns it typed. Bad data throws AppError BAD_INPUT with a friendly Norwegian message naming the fields,
 * which the turn-error handler shows to the user. A schema's own message that starts with a capital letter is
 * shown as a sentence on its own; other messages follow the field's label.
 */
export function parseSubmit<S extends z.ZodTypeAny>(
  schema: S,
  value: unknown,
  options: ParseSubmitOptions = {},
): z.output<S> {
  const result = schema.safeParse(value, { errorMap: norwegianErrors });
  if (result.success) return result.data as z.output<S>;
  const problems = result.error.issues.slice(0, MAX_PROBLEMS_SHOWN).map((issue) => {
    if (/^\p{Lu}/u.test(issue.message)) return issue.message.replace(/[.!]$/, '');
    const path = issue.path.join('.');
    const label =
      options.labels?.[path] ?? (issue.path.length > 0 ? String(issue.path[issue.path.length - 1]) : '');
    return label ? `«${label}» ${issue.message}` : `Skjemaet ${issue.message}`;
  });
  const more = result.error.issues.length > MAX_PROBLEMS_SHOWN ? ' (og mer)' : '';
  throw new AppError(
    'BAD_INPUT',
    `Beklager, jeg kunne ikke bruke det du sendte inn: ${problems.join('; ')}${more}. Rett det og prøv igjen.`,
    // Paths and codes only: the submitted values may hold personal data and end up in logs.
    { issues: result.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code })) },
  );
}
