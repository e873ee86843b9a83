import type { Answer } from './answer';
import { analyse } from './analysis';
import type { Question } from './decision';
import { EMAIL } from './contact-owner';
import { answerWith } from './items';
import { pick } from './knowledge-base';
import { rank } from './ranking';
import { stem } from './text';

/**
 * "Er det rett at prosjektkontoret kan nåast på helseplattformen.helseogvelferd@trondheim.kommune.no?", "Is Tone
 * Fagerholt's e-mail tone.fagerholt@…?": a yes/no question that gives one e-mail address of one person or unit the
 * page gives an address for, and says nothing else of them, is yes when the address is theirs and otherwise no, with
 * the one the page gives. (A phone number is checked against the page's line that gives it: see sentence-checked.ts.)
 */
export function answerAddressClaimed(q: Question): Answer | undefined {
  const { vocab, question, analysis, fallback } = q;
  const shape = vocab.language.questionShape;
  // ("Kan prosjektkontoret nås på …?": a question opened by «kan» asks whether too.)
  if (!analysis.yesNo && !shape.may.has(analysis.tokens[0] ?? '')) return undefined;
  const addresses = [...question.matchAll(EMAIL)].map((m) => m[0].toLowerCase());
  if (new Set(addresses).size !== 1) return undefined;
  // What the rest of the question names: one owner, by its own name and nothing else the page knows.
  const rest = analyse(vocab, question.replace(EMAIL, ' '));
  if (rest.otherNames.length > 0 || rest.known.length === 0) return undefined;
  // Besides the owner's name, only the verb of reaching someone, in any of its forms («nås», «nåast»).
  const forms = vocab.language.claimForms;
  const reaching = (t: string) => {
    const intent = vocab.intentOf(stem(forms.get(t) ?? t));
    return intent === 'contact' || intent === 'email';
  };
  const words = (k: number) => rest.tokens[k] ?? '';
  if (rest.unknownPositions.some((k) => !reaching(words(k)))) return undefined;
  const named = rank(vocab, rest.known, rest.intents, rest.stems).filter(
    (c) => c.named && (c.entry.type === 'person' || c.entry.type === 'unit'),
  );
  const owner = named[0];
  const said = rest.known.filter((t, j) => !reaching(words(rest.knownPositions[j]!)));
  if (!owner || !said.every((t) => owner.nameTerms.has(t))) return undefined;
  if (named.some((c) => c !== owner && said.every((t) => c.nameTerms.has(t)))) return undefined;
  const person = vocab.people.get(owner.entry.id);
  const unit = vocab.units.get(owner.entry.id);
  const email = person?.email ?? unit?.email;
  const name = person?.name ?? (unit && pick(unit.name, analysis.lang));
  if (email === undefined || name === undefined) return undefined;
  const yes = email.toLowerCase() === addresses[0];
  return answerWith(vocab, fallback, owner.entry, { type: 'emailOf', yes, name, email });
}
