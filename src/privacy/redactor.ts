import { findEmails } from './email-finder';
import { findPersonalNumbers } from './number-finder';
import {
  PERSONAL_DATA_KINDS,
  PERSONAL_DATA_LABELS,
  type PersonalDataFinding,
  type PersonalDataKind,
} from './personal-data-kinds';

export { PERSONAL_DATA_KINDS, PERSONAL_DATA_LABELS, type PersonalDataKind };

// libphonenumber-js is not used: it validates against numbering plans, so it misses made-up and unassigned
// numbers (+1 (555) 123-4567, +47 12345678) that must still be removed, and it is 13 MB; the E.164 shape is enough.

/** The redacted text and the kinds of personal data that were removed (each kind once, in the order of PERSONAL_DATA_KINDS). */
export interface Redaction {
  text: string;
  found: PersonalDataKind[];
}

/** The marker that replaces personal data of the given kind, e.g. `[fjernet: telefonnummer]`. */
export function markerFor(kind: PersonalDataKind): string {
  return `[fjernet: ${PERSONAL_DATA_LABELS[kind]}]`;
}

/**
 * Removes fødselsnummer (also D-, H- and synthetic numbers), bank account numbers, phone numbers and
 * e-mail addresses from a text before it is stored or logged; dates, amounts, counts, case and
 * organisation numbers stay. E-mail addresses go first, so digits inside them are not read as numbers.
 */
export function redact(text: string): Redaction {
  // Every kind needs a digit, an @ or a spelled-out «at»: most questions have none and are returned at once.
  if (!MAY_HOLD_PERSONAL_DATA.test(text)) return { text, found: [] };
  const found = new Set<PersonalDataKind>();
  const withoutEmails = replaceFindings(text, findEmails(text), found);
  const redacted = replaceFindings(withoutEmails, findPersonalNumbers(withoutEmails), found);
  return { text: redacted, found: PERSONAL_DATA_KINDS.filter((k) => found.has(k)) };
}

const MAY_HOLD_PERSONAL_DATA = /[0-9@＠]|\b(?:at|krøllalfa|alfakrøll)\b/i;

/** The text with personal data replaced by markers, for callers that do not need to know what was found. */
export function redactText(text: string): string {
  return redact(text).text;
}

function replaceFindings(
  text: string,
  findings: PersonalDataFinding[],
  found: Set<PersonalDataKind>,
): string {
  if (findings.length === 0) return text;
  const parts: string[] = [];
  let position = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < position) continue;
    parts.push(text.slice(position, f.start), markerFor(f.kind));
    found.add(f.kind);
    position = f.end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}
