import { readFileSync } from 'node:fs';

/** One labelled text: every `pii` token must be gone after redaction and every `keep` token must remain. */
export interface PiiCase {
  text: string;
  pii: string[];
  keep: string[];
}

/** Reads a JSON-lines file of PII cases. */
export function readPiiCases(file: string): PiiCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PiiCase);
}

/** The ways a redacted text fails a case; empty when it passes. Numbers are compared on digits only. */
export function problemsWith(c: PiiCase, redacted: string): string[] {
  const problems: string[] = [];
  const digitsLeft = redacted.replace(/\D/g, '');
  const lower = redacted.toLowerCase();
  for (const token of c.pii) {
    if (/[\p{L}@]/u.test(token)) {
      const at = token.indexOf('@');
      const parts = at < 0 ? [token] : [token, token.slice(0, at + 1), token.slice(at)];
      if (parts.some((part) => lower.includes(part.toLowerCase()))) {
        problems.push(`personal data left: ${token}`);
      }
    } else if (digitsLeft.includes(token.replace(/\D/g, ''))) {
      problems.push(`personal number left: ${token}`);
    }
  }
  for (const token of c.keep) {
    if (!redacted.includes(token)) problems.push(`ordinary text removed: ${token}`);
  }
  return problems;
}
