import type { Answer } from './answer';
import type { Decision } from './decision';
import { answerWith, itemsFor } from './items';
import { pick } from './knowledge-base';
import { analyse } from './analysis';
import { phraseAt, stem, terms, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Har prosjektkontoret en felles e-postadresse?", "Finst det ei felles e-postadresse til prosjektkontoret, eller må eg
 * sende til einskildpersonar?", "Does the project office have a common e-mail address?": a unit's address is a shared
 * one, no one person's, so whether the unit the question names has one is yes, with the address the page gives it. A
 * person's address is their own: "Har Tone Fagerholt en felles e-postadresse?" shows hers, with no yes. (A phone
 * number the page gives no unit: "Har prosjektkontoret et felles telefonnummer?" is not asked here.)
 */
export function answerSharedAddress(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  const { tokens, intents } = analysis;
  if (!analysis.yesNo || !intents.has('email') || intents.has('phone') || analysis.own) return undefined;
  const shared = vocab.language.claims.shared;
  const isShared = (t: string) => shared.has(stem(t));
  if (!tokens.some(isShared) || analysis.otherNames.length > 0 || !top.named) return undefined;
  // ("…, eller må jeg sende til enkeltpersoner?", "… rather than an individual person?", "… ikke til en enkeltperson?":
  // what follows the address in a clause of its own says what the asker would do otherwise, not what is asked.)
  const { focus, questionShape, claims } = vocab.language;
  const words = tokenize(d.question);
  const opens = (t: string, k: number) =>
    focus.alternatives.has(t) ||
    questionShape.relative.has(t) ||
    [...questionShape.negation, ...claims.contrasted].some((p) => phraseAt(words, k, p));
  const after = words.findIndex(isShared);
  const clause = words.findIndex((t, k) => k > after && opens(t, k));
  const head = clause < 0 ? analysis : analyse(vocab, words.slice(0, clause).join(' '));
  // Before it, nothing else the question names than the one it asks of, by its own names (or the project's), and no
  // word the bot does not know but one for reaching someone («nåast»).
  const own = (t: string) => top.nameTerms.has(t) || vocab.projectTerms.has(t) || shared.has(t);
  const reaching = (t: string) => {
    const intent = vocab.intentOf(stem(vocab.language.claimForms.get(t) ?? t));
    return intent === 'contact' || intent === 'email';
  };
  if (!head.known.every(own) || !head.unknownPositions.every((k) => reaching(head.tokens[k] ?? '')))
    return undefined;
  const unit = vocab.units.get(top.entry.id);
  if (unit?.email !== undefined) {
    const name = pick(unit.name, analysis.lang);
    return answerWith(vocab, fallback, top.entry, { type: 'emailOf', yes: true, name, email: unit.email });
  }
  const person = vocab.people.get(top.entry.id);
  if (person?.email === undefined) return undefined;
  return {
    ...fallback,
    kind: 'answer',
    topicId: top.entry.id,
    items: itemsFor(vocab, top.entry, intents).items,
  };
}

/**
 * "Is there a shared mailbox for the project office rather than an individual person?", "… i stedet for en personlig?":
 * a shared address asked for rather than one person's own (`claims.individual`) asks nothing more than the shared one.
 */
export function sharedRatherThanOwn(vocab: Vocabulary, asked: string, contrast: string): boolean {
  const { shared, individual } = vocab.language.claims;
  return terms(asked).some((t) => shared.has(t)) && terms(contrast).some((t) => individual.has(t));
}
