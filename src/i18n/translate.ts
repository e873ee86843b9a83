import { pluralCategory } from './format';
import type { Lang } from './lang';

/** A text with plural forms, chosen by the `count` variable with Intl.PluralRules ("one", "other", …). */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One message in every language. A language cannot be left out: the type requires all three. */
export interface Message {
  nb: string | PluralText;
  nn: string | PluralText;
  en: string | PluralText;
}

/** A set of messages by key. */
export type Messages = Record<string, Message>;

/** Values for the `{name}` placeholders of a message. */
export type MessageVars = Readonly<Record<string, string | number>>;

/** What went wrong when a text was looked up: an unknown key, or a placeholder without a value. */
export interface MissingText {
  kind: 'key' | 'variable';
  key: string;
  lang: Lang;
  /** The placeholder without a value (kind "variable"). */
  variable?: string;
}

/** What the reader sees in place of a placeholder that got no value: visible, but no stray "{name}". */
export const MISSING_VARIABLE_TEXT = '…';

/**
 * What happens on a missing key or variable. Under tests (NODE_ENV=test, as jest sets it) it throws, so the
 * mistake fails the test that made it; in production the reader gets the text with "…" in the gap (or the
 * general error text for an unknown key) and the composition logs a warning through `onMissingText`.
 */
let missingHandler: (missing: MissingText) => void = (missing) => {
  // Through globalThis: the tab's browser bundle shares this module and has no `process` (nor its types).
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (env?.NODE_ENV === 'test') {
    throw new Error(
      `Missing ${missing.kind} in the message catalogue: ${missing.key}` +
        (missing.variable ? ` needs {${missing.variable}}` : '') +
        ` (${missing.lang})`,
    );
  }
};

/** Sets what happens on a missing key or variable (the composition logs it); returns the handler it replaces. */
export function onMissingText(handler: (missing: MissingText) => void): (missing: MissingText) => void {
  const previous = missingHandler;
  missingHandler = handler;
  return previous;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Picks the form of a text for the count and fills in its placeholders. */
export function render(key: string, lang: Lang, text: string | PluralText, vars: MessageVars): string {
  let template: string;
  if (typeof text === 'string') template = text;
  else {
    const count = Number(vars.count);
    if (!Number.isFinite(count)) {
      missingHandler({ kind: 'variable', key, lang, variable: 'count' });
      template = text.other;
    } else template = text[pluralCategory(count, lang)] ?? text.other;
  }
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = vars[name];
    if (value !== undefined) return String(value);
    missingHandler({ kind: 'variable', key, lang, variable: name });
    return MISSING_VARIABLE_TEXT;
  });
}

/** Reports an unknown key (a code from the store, say) through the same handler as a missing variable. */
export function reportMissingKey(key: string, lang: Lang): void {
  missingHandler({ kind: 'key', key, lang });
}

/** The placeholders a text uses, across all its plural forms. */
export function placeholders(text: string | PluralText): Set<string> {
  const forms = typeof text === 'string' ? [text] : Object.values(text);
  const names = new Set<string>();
  for (const form of forms) for (const m of form.matchAll(PLACEHOLDER)) names.add(m[1]!);
  if (typeof text !== 'string') names.add('count');
  return names;
}
