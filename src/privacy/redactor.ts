import { findEmails } from './email-finder';
import { normalizeForSearch, type NormalizedText } from './normalized-text';
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
 * organisation numbers stay. The finders read a normalised copy (src/privacy/normalized-text.ts: NFKC,
 * invisible characters dropped, white space between digits made one space), and what they find is cut
 * from the original: the text around it stays exactly as written, and a finding's span in the original
 * covers every character it was normalised from, invisible ones inside included. E-mail addresses go
 * first, so digits inside them are not read as numbers.
 */
export function redact(text: string): Redaction {
  // Every kind needs a digit, an @ or a spelled-out «at»: most questions have none and are returned at once.
  if (!MAY_HOLD_PERSONAL_DATA.test(text)) return { text, found: [] };
  const normalized = normalizeForSearch(text);
  const emails = findEmails(normalized.text);
  const numbers = findPersonalNumbers(blankOut(normalized.text, emails));
  const found = new Set<PersonalDataKind>();
  const redacted = replaceFindings(text, normalized, [...emails, ...numbers], found);
  return { text: redacted, found: PERSONAL_DATA_KINDS.filter((k) => found.has(k)) };
}

const MAY_HOLD_PERSONAL_DATA = /[\p{N}@\uff20\ufe6b]|at|[([{]\s{0,2}a\s{0,2}[)\]}]|krøll|snabel/iu;

/** The text with personal data replaced by markers, for callers that do not need to know what was found. */
export function redactText(text: string): string {
  return redact(text).text;
}

/** The text with each finding overwritten by a filler of the same length, so offsets stay. */
function blankOut(text: string, findings: PersonalDataFinding[]): string {
  if (findings.length === 0) return text;
  let result = '';
  let position = 0;
  for (const f of findings) {
    result += text.slice(position, f.start) + FILLER.repeat(f.end - f.start);
    position = f.end;
  }
  return result + text.slice(position);
}

/** The object replacement character: a blanked-out address neither joins nor attaches to a number. */
export const FILLER = '\ufffc';

function replaceFindings(
  original: string,
  normalized: NormalizedText,
  findings: PersonalDataFinding[],
  found: Set<PersonalDataKind>,
): string {
  if (findings.length === 0) return original;
  const parts: string[] = [];
  let position = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const start = normalized.starts[f.start]!;
    const end = normalized.ends[f.end - 1]!;
    if (start < position) {
      position = Math.max(position, end);
      continue;
    }
    parts.push(original.slice(position, start), markerFor(f.kind));
    found.add(f.kind);
    position = end;
  }
  parts.push(original.slice(position));
  return parts.join('');
}
