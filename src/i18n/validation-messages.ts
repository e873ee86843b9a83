import { z } from 'zod';

/** zod's type names as a Norwegian reader says them ("skal være en liste"). */
const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  integer: 'et heltall',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et sett med felt (navn: verdi)',
  date: 'en dato',
};

/**
 * zod's problems in Norwegian, for the people who run the bot and edit its content files: the configuration, the
 * knowledge base and the language data are checked at start, and their problems are read by someone who writes the
 * file in Norwegian ("PORT: skal være et tall", not "Expected number, received nan"). A schema's own message wins.
 */
export const norwegianIssues: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: 'mangler' };
      return {
        message:
          issue.received === 'nan'
            ? 'skal være et tall'
            : `skal være ${TYPE_NAMES[issue.expected] ?? issue.expected}`,
      };
    case z.ZodIssueCode.too_small:
      if (issue.type === 'string')
        return { message: issue.minimum === 1 ? 'kan ikke være tom' : `må ha minst ${issue.minimum} tegn` };
      return {
        message:
          issue.type === 'number'
            ? `må være minst ${issue.minimum}`
            : `må ha minst ${issue.minimum} oppføringer`,
      };
    case z.ZodIssueCode.too_big:
      if (issue.type === 'string') return { message: `kan ha høyst ${issue.maximum} tegn` };
      return {
        message:
          issue.type === 'number'
            ? `kan være høyst ${issue.maximum}`
            : `kan ha høyst ${issue.maximum} oppføringer`,
      };
    case z.ZodIssueCode.invalid_string:
      if (issue.validation === 'email') return { message: 'ugyldig e-postadresse' };
      return { message: issue.validation === 'url' ? 'ugyldig adresse (URL)' : 'ugyldig verdi' };
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `må være en av: ${issue.options.join(', ')} (ikke ${String(issue.received)})` };
    case z.ZodIssueCode.unrecognized_keys:
      return { message: `ukjente felt: ${issue.keys.join(', ')}` };
    default:
      return { message: ctx.defaultError };
  }
};
