/**
 * "Er det Tone Fagerholt jeg skal ringe hvis jeg har spørsmål til prosjektkontoret?", "Er det han eg skal kontakte om
 * det tekniske delprosjektet?", "Should I call Ola Skorstad about the project office?": whether one person is the one
 * to reach about something the page names a lead for is answered by who leads it: yes when that is the person named,
 * otherwise no, with the lead's card (and the phone or e-mail the page gives for them).
 */
import type { Answer } from './answer';
import type { Decision } from './decision';
import type { Intent } from './language-data';
import { answerWith, leadOf } from './items';
import { ledBy } from './lead-checked';
import { worksAtTerms } from './refusals';

const REACHING: Intent[] = ['contact', 'phone', 'email'];

/**
 * A yes/no question that asks whether to reach one person (a cleft: «Er det …», "Is it …"), named by their own name and by nothing of their role
 * ("kommunikasjon" would make her the one for that), about one thing with a lead (not the project as a whole, which the
 * project office answers for: see project-contact.ts).
 */
export function answerContactClaimed(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = d;
  if (!analysis.yesNo || analysis.intents.has('lead') || analysis.unknown.length > 0) return undefined;
  if (!REACHING.some((i) => analysis.intents.has(i))) return undefined;
  // ("Er det henne jeg skal ringe …?", "Is it Ola I should call …?": a cleft names the one asked about; "Har du
  // mobilnummeret til Line …?" asks for her number.)
  const [first, second] = analysis.tokens;
  const cleft =
    vocab.language.roleQuestion.copulas.has(first ?? '') && vocab.language.focus.dummies.has(second ?? '');
  if (!cleft) return undefined;
  const people = candidates.filter((c) => c.entry.type === 'person' && c.properTerms.size > 0);
  const person = people.length === 1 ? people[0]! : undefined;
  if (!person || [...person.nameTerms].some((t) => !person.properTerms.has(t))) return undefined;
  const whole = new Set(vocab.kb.projectOffice.contactFor);
  const led = candidates.filter(
    (c) =>
      c.named &&
      c.strong &&
      c.entry.type !== 'person' &&
      !whole.has(c.entry.id) &&
      leadOf(vocab, c.entry) !== undefined,
  );
  if (led.length !== 1) return undefined;
  const lead = leadOf(vocab, led[0]!.entry)!;
  // ("… om prosjektkontoret i Molde?": a place neither what is led, its lead nor the person named has to do with is
  // where another one of it is, which the page does not know.)
  const works = (id: string) => worksAtTerms(vocab.people.get(id)!);
  const elsewhere = analysis.known.some(
    (t) =>
      vocab.employers.has(t) &&
      !led[0]!.terms.has(t) &&
      !works(lead).has(t) &&
      !works(person.entry.id).has(t),
  );
  if (elsewhere) return fallback;
  const yes = lead === person.entry.id;
  const card = vocab.entries.get(lead);
  const named = yes ? undefined : vocab.people.get(person.entry.id);
  return card && answerWith(vocab, fallback, card, ledBy(vocab, led[0]!.entry, yes, analysis.lang, named));
}
