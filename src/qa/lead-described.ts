import type { Person } from './knowledge-base';
import { perVocabulary } from './per-vocabulary';
import { roleTerms, worksAtTerms } from './refusals';
import { unitNotGiven } from './unit-not-given';
import type { Vocabulary } from './vocabulary';

/** Whether what a claim says of the one it names as a lead holds, is contradicted by the page, or is not given. */
export type LeadDescribed = 'holds' | 'contradicted' | 'notGiven';

/**
 * "Arne Ingebrigtsen er rådmann i Molde og leder samarbeidsrådet, ikke sant?", "Er det Ola Skorstad fra IT-tjenesten
 * som leder innføringsprosjektet?": every part of a claim must hold for a yes. `said` are the words the claim says of
 * the lead besides their name and what they lead; a word of another's workplace or title on the page that is none of
 * the lead's own contradicts it (Molde is Arne Sverre Dahl's, Arne Ingebrigtsen is rådmann in Kristiansund), unless
 * it is a unit of the lead's organisation and the page gives the lead no unit (see unit-not-given.ts).
 */
export function leadDescribed(vocab: Vocabulary, lead: Person, said: string[]): LeadDescribed {
  const own = new Set([...worksAtTerms(lead), ...roleTerms(lead)]);
  const others = othersWords(vocab);
  const wrong = said.filter((t) => !own.has(t) && (others.get(t)?.some((id) => id !== lead.id) ?? false));
  if (wrong.length === 0) return 'holds';
  return unitNotGiven(vocab, lead, wrong) ? 'notGiven' : 'contradicted';
}

/** Per word of where someone on the page works or of their role, the people it is said of. */
const othersWords = perVocabulary((vocab: Vocabulary) => {
  const words = new Map<string, string[]>();
  for (const p of vocab.people.values())
    for (const t of new Set([...worksAtTerms(p), ...roleTerms(p)]))
      words.set(t, [...(words.get(t) ?? []), p.id]);
  return words;
});
