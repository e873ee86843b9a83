import type { Answer } from './answer';
import { type Analysis, analyse } from './analysis';
import type { Focus } from './focus';
import type { Intent } from './language-data';
import { MIN_SCORE } from './decision';
import { COLLECTIONS } from './entries';
import { rank } from './ranking';
import { perVocabulary } from './per-vocabulary';
import { terms, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** What a question may ask of something named before it: where it is or how to reach it. */
const DETAILS: Intent[] = ['where', 'phone', 'email'];

/** What asks for someone, not a detail of something. */
const PEOPLE: Intent[] = ['who', 'lead', 'contact'];

/** Asks where something is or how to reach it, and not for someone. */
export function asksDetailOf(part: Analysis): boolean {
  return DETAILS.some((i) => part.intents.has(i)) && !PEOPLE.some((i) => part.intents.has(i));
}

/**
 * Whether the question's words the page knows only name a kind of thing the page lists ("Kven er delprosjektleiar
 * der?": a subproject's lead), so that what the words before it name says which one. The place where every one of
 * that kind belongs names none of them ("Kven leiar det delprosjektet i Trondheim?": all are Trondheim's).
 */
export function namesOnlyKind(vocab: Vocabulary, part: Analysis): boolean {
  const kinds = rank(vocab, part.known, part.intents, part.stems).filter(
    (c) => c.named && COLLECTIONS.has(c.entry.type),
  );
  const places = kindPlaces(vocab);
  const ofKind = (t: string) =>
    kinds.some((c) => c.nameTerms.has(t) || places.get(c.entry.id)?.has(t) === true);
  return kinds.length > 0 && part.known.length > 0 && part.known.every(ofKind);
}

/**
 * Per kind the page lists, the words of the organisation every one of that kind belongs to, by its own organisation
 * or its lead's ("trondheim": each subproject is led from Trondheim kommune).
 */
const kindPlaces = perVocabulary((vocab: Vocabulary) => {
  const places = new Map<string, Set<string>>();
  const orgOf = (id: string) => {
    const entry = vocab.entries.get(id)!;
    const lead = vocab.subprojects.get(id)?.lead;
    const led = lead === undefined ? '' : (vocab.people.get(lead)?.organisation ?? '');
    return new Set(terms(`${entry.org} ${led}`).filter((t) => vocab.employers.has(t)));
  };
  for (const entry of vocab.entries.values())
    for (const parent of entry.parents) {
      const own = orgOf(entry.id);
      const shared = places.get(parent);
      places.set(parent, shared === undefined ? own : new Set([...shared].filter((t) => own.has(t))));
    }
  return places;
});

/**
 * A term the analysis found, as the question writes it; for a term read from a phrase ("læres opp": opplæring), a
 * word of the knowledge base with its stem.
 */
export function termAsWritten(vocab: Vocabulary, analysis: Analysis, term: string): string {
  const word = analysis.words()[analysis.positions.get(term) ?? -1] ?? '';
  if (terms(word).includes(term)) return word;
  return [...(vocab.writtenByStem.get(term) ?? [])][0] ?? word;
}

/** The entries a question finds; of a kind only (see namesOnlyKind), those it names, not each of that kind. */
export function entriesAskedOf(vocab: Vocabulary, part: Analysis): Set<string> {
  const kind = namesOnlyKind(vocab, part);
  const ranked = rank(vocab, part.known, part.intents, part.stems).filter((c) => c.named || !kind);
  return new Set(ranked.map((c) => c.entry.id));
}

/**
 * "Skal i møte med samarbeidsrådet. Hvor ligger kontoret deres?": a question for a place or contact detail whose
 * possessive («deres», «their») points back asks it of what the words before it name; what its own words find
 * («kontoret») answers it only when it is that, or is where that is. The council has no office on the page. False
 * when nothing before is named by a name.
 */
export function ownerElsewhere(
  vocab: Vocabulary,
  question: string,
  focus: Focus,
  part: Analysis,
  answer: (text: string) => Answer,
): boolean {
  const { possessives, owners } = vocab.language.focus;
  if (!asksDetailOf(part) || !tokenize(focus.text).some((t) => possessives.has(t) || owners.has(t)))
    return false;
  const before = analyse(vocab, question.slice(0, question.lastIndexOf(focus.text)));
  const named = rank(vocab, before.known, before.intents, before.stems).filter(
    (c) => c.named && c.score >= MIN_SCORE,
  );
  if (named.length === 0) return false;
  const placeOf = (id: string) => (vocab.locations.has(id) ? id : vocab.units.get(id)?.location);
  const alone = answer(focus.text);
  // ("We are meeting the cooperation council. Where is their office?": alone the question finds nothing; where it is
  // asked of what the page places nowhere. Of a person, where is where they work: "bjørn buan – his role and where?")
  if (alone.kind !== 'answer' || alone.topicId === undefined)
    return (
      part.intents.has('where') &&
      named.every((c) => c.entry.type !== 'person' && placeOf(c.entry.id) === undefined)
    );
  const topicId = alone.topicId;
  const place = placeOf(topicId);
  return !named.some((c) => c.entry.id === topicId || (place !== undefined && placeOf(c.entry.id) === place));
}
