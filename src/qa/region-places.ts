/**
 * The region's places in a message: the municipalities, parts and districts of Trøndelag and Møre og Romsdal that the
 * page covers without naming them one by one ("Oppdal", "Sunnmøre", "Byåsen"), found word by word.
 */
import type { Word } from './focus';
import { perVocabulary } from './per-vocabulary';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/** Whether the page knows a place of the region by name ("Trondheim", "Bindal", "Møre og Romsdal"). */
export function knownPlace(vocab: Vocabulary, place: string[]): boolean {
  return terms(place.join(' ')).every((t) => vocab.strongVocabulary.has(t) || vocab.orgWords.has(t));
}

/** The region's places the page does not know by name, by their first word, per vocabulary: worked out once. */
const placesOf = perVocabulary((vocab: Vocabulary): Map<string, string[][]> => {
  // (The page's own places, "Trondheim", "Verdal", "Møre og Romsdal", are answered as they are.)
  const known = (place: string[]) => knownPlace(vocab, place);
  const places = new Map<string, string[][]>();
  // The longest first: "Indre Fosen" before "Fosen".
  const unknown = vocab.language.asker.places.filter((p) => p.length > 0 && !known(p));
  for (const p of unknown.sort((a, b) => b.length - a.length))
    places.set(p[0]!, [...(places.get(p[0]!) ?? []), p]);
  return places;
});

/** The region's place the page does not know that starts at word k, if any. */
export function placeAt(vocab: Vocabulary, ws: Word[], k: number): string[] | undefined {
  return placesOf(vocab)
    .get(ws[k]?.folded ?? '')
    ?.find((p) => p.every((w, j) => ws[k + j]?.folded === w));
}

/** Where the region's places the page does not know start, each after a preposition ("i Oppdal", "på Sunnmøre"). */
export function placesAt(vocab: Vocabulary, ws: Word[]): number[] {
  const at: number[] = [];
  for (let k = 1; k < ws.length; k++) {
    const place = placeAt(vocab, ws, k);
    if (place === undefined || !vocab.language.asker.prepositions.has(ws[k - 1]!.folded)) continue;
    at.push(k);
    k += place.length - 1;
  }
  return at;
}
