import type { Answer } from './answer';
import type { Analysis } from './analysis';
import type { Decision } from './decision';
import { roleTerms } from './refusals';
import type { Vocabulary } from './vocabulary';

/**
 * "Hvem leder det sentrale innføringsprosjektet?", "Helseplattformens sentrale innføringsprosjekt", "Helseplattformen's
 * central implementation project": a word right before one of `named` that the bot does not know (an everyday word)
 * or has only in running text (before a word for the project) says it is another one of that kind, not the one the page has (the local project).
 */
export function qualifiedAsOther(vocab: Vocabulary, analysis: Analysis, named: Iterable<string>): boolean {
  const qualifier = (p: number, t: string) => {
    if (analysis.everydayPositions.includes(p)) return true;
    // (Only before a word for the project: "planlegge opplæringen" is what is done with the training.)
    const k = analysis.knownPositions.indexOf(p);
    return k >= 0 && vocab.unitTerms.has(t) && vocab.strongEntries(analysis.known[k]!) === 0;
  };
  return [...named].some((t) => qualifier((analysis.positions.get(t) ?? -1) - 1, t));
}

/**
 * "Where is Helseplattformen's central implementation project based?", "Hvem er kommunikasjonsansvarlig i
 * Helseplattformens sentrale innføringsprosjekt?": the topic, or where a person's role is held, named as another one of
 * its kind (see qualifiedAsOther) is something the page only mentions: refused. (Who leads it: see checkWhatIsLed.)
 */
export function refuseOtherOfKind(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  if (top.entry.type !== 'unit' && top.entry.type !== 'person') return undefined;
  const person = top.entry.type === 'person' ? vocab.people.get(top.entry.id) : undefined;
  const role = person ? roleTerms(person) : new Set<string>();
  // Only the words for the project and its office: the page has one of each, so another one is not theirs.
  const named = analysis.known.filter((t) => vocab.unitTerms.has(t) && (top.nameTerms.has(t) || role.has(t)));
  return qualifiedAsOther(vocab, analysis, named) ? fallback : undefined;
}
