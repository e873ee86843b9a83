import type { Answer } from './answer';
import type { Question } from './decision';
import { itemsFor } from './items';

/** A Norwegian phone number as written: eight digits, in groups or not, perhaps after +47. */
export const PHONE = /(?:\+\s?47[\s-]?)?\d(?:[\s.-]?\d){7}(?!\d)/gu;
/** An e-mail address as written. */
export const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/gu;

/**
 * "Whose number is 481 61 844?", "Hvem har telefon 952 63 567?", "Kven høyrer e-postadressa
 * helseplattformen.helseogvelferd@trondheim.kommune.no til?": asked who, a phone number or e-mail address the page
 * gives names its owner, the person or the office, who is the answer. A number or address the page does not give
 * names no one here, and the question goes on as before (it is refused).
 */
export function answerContactOwner(q: Question): Answer | undefined {
  const { vocab, question, analysis } = q;
  // ("Is 952 63 567 the phone number to the communications person?": a yes/no question claims whose it is; «person»
  // asks no who.)
  if (!analysis.intents.has('who') || analysis.yesNo) return undefined;
  const digits = (text: string) => text.replace(/\D/gu, '').slice(-8);
  const phones = [...question.matchAll(PHONE)].map((m) => digits(m[0]));
  const emails = [...question.matchAll(EMAIL)].map((m) => m[0].toLowerCase());
  if (phones.length === 0 && emails.length === 0) return undefined;
  const owns = (contact: { phone?: string; email?: string }) =>
    (contact.phone !== undefined && phones.includes(digits(contact.phone))) ||
    (contact.email !== undefined && emails.includes(contact.email.toLowerCase()));
  const people = vocab.kb.people.filter(owns);
  const units = vocab.kb.units.filter(owns);
  const entries = [...people, ...units].flatMap((e) => vocab.entries.get(e.id) ?? []);
  if (entries.length !== 1) return undefined;
  const entry = entries[0]!;
  return {
    kind: 'answer',
    lang: analysis.lang,
    question,
    topicId: entry.id,
    items: itemsFor(vocab, entry, analysis.intents).items,
  };
}
