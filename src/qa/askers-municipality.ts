/**
 * The asker's own municipality, which the page does not name: it says that ALL the municipalities of Trøndelag and
 * Møre og Romsdal, and Bindal in Nordland, take part through option agreements. "Vi i Oppdal har jo opsjonsavtale –
 * hvem koordinerer arbeidet opp mot oss andre kommunene?", "Kan fastlegene hos oss i Levanger koble seg på løsninga
 * som velges?", "Our municipality up in Namsos has an option agreement. Who coordinates …?", "Eg jobbar i ein kommune
 * på Sunnmøre og lurer på …": the place says where the asker is, not what the question is about; as a name the page
 * does not know it would make the question one about another place. The message is answered without it.
 *
 * Asked about the place itself, the page does not know: "Hvem er kommuneoverlege i Oppdal?", "Når tar Frøya i bruk
 * Helseplattformen?" (no asker's words before the place), and "Hvem er kommuneoverlege hos oss i Oppdal?" (one person
 * of one municipality, asked of the asker's own: see holdsForAsker). Places outside the region ("Vi i Bergen kommune
 * lurer på …") are none of the page's municipalities: they stay what the question is about.
 */
import type { Answer } from './answer';
import { type Word, wordsOf } from './focus';
import { perVocabulary } from './per-vocabulary';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/** So many words may stand between the asker's word and the place's preposition ("our municipality up in …"). */
const ASKER_REACH = 4;

/** The region's places the page does not know by name, by their first word, per vocabulary: worked out once. */
const placesOf = perVocabulary((vocab: Vocabulary): Map<string, string[][]> => {
  // (The page's own places, "Trondheim", "Verdal", "Møre og Romsdal", are answered as they are.)
  const known = (place: string[]) =>
    terms(place.join(' ')).every((t) => vocab.strongVocabulary.has(t) || vocab.orgWords.has(t));
  const places = new Map<string, string[][]>();
  // The longest first: "Indre Fosen" before "Fosen".
  const unknown = vocab.language.askersRegion.places.filter((p) => p.length > 0 && !known(p));
  for (const p of unknown.sort((a, b) => b.length - a.length))
    places.set(p[0]!, [...(places.get(p[0]!) ?? []), p]);
  return places;
});

/**
 * The message without the region's places it names as where the asker is (with their preposition and any word for a
 * municipality after them), or undefined when it names none so.
 */
export function withoutAskersMunicipality(vocab: Vocabulary, message: string): string | undefined {
  const region = vocab.language.askersRegion;
  const ws = wordsOf(message);
  const cuts: [number, number][] = [];
  for (const k of placesAt(vocab, ws)) {
    let last = k + placeAt(vocab, ws, k)!.length - 1;
    if (region.placeNouns.has(ws[last + 1]?.folded ?? '')) last++;
    if (askersPlace(ws, k - 1, last, region.askers)) cuts.push([ws[k - 1]!.start, ws[last]!.end]);
  }
  if (cuts.length === 0) return undefined;
  let text = message;
  for (const [from, to] of cuts.reverse()) text = `${text.slice(0, from).trimEnd()}${text.slice(to)}`;
  return text.replace(/\s{2,}/gu, ' ').trim();
}

/** The region's place the page does not know that starts at word k, if any. */
function placeAt(vocab: Vocabulary, ws: Word[], k: number): string[] | undefined {
  return placesOf(vocab)
    .get(ws[k]?.folded ?? '')
    ?.find((p) => p.every((w, j) => ws[k + j]?.folded === w));
}

/** Where the region's places the page does not know start, each after a preposition ("i Oppdal", "på Sunnmøre"). */
function placesAt(vocab: Vocabulary, ws: Word[]): number[] {
  const at: number[] = [];
  for (let k = 1; k < ws.length; k++) {
    const place = placeAt(vocab, ws, k);
    if (place === undefined || !vocab.language.askersRegion.prepositions.has(ws[k - 1]!.folded)) continue;
    at.push(k);
    k += place.length - 1;
  }
  return at;
}

/**
 * Whether an asker's word stands just before the place's preposition ("vi i Oppdal", "hos oss på Frøya", "Eg jobbar i
 * ein kommune på Sunnmøre", "our municipality up in Namsos") or just after the place ("I Namsos lurer vi på …").
 */
function askersPlace(ws: Word[], preposition: number, last: number, askers: Set<string>): boolean {
  const before = ws.slice(Math.max(0, preposition - ASKER_REACH), preposition);
  const after = ws.slice(last + 1, last + 3);
  return [...before, ...after].some((w) => askers.has(w.folded));
}

/**
 * Whether the answer to the message without the asker's place holds for the asker (the message as asked, the one
 * without the place, and its answer).
 * - The place said of the asker's own thing ("fastlegene hos oss i Levanger", "innføringsprosjektet hos oss på Frøya",
 *   "kommuneoverlege hos oss i Oppdal"): the page knows that thing of the asker's municipality only where it says it
 *   of all of them ("Alle kommuner og fastleger i Midt-Norge kan koble seg på"); Trondheim's project or Verdal's
 *   kommuneoverlege are not theirs.
 * - Otherwise the place says who asks ("Vi på Frøya vil ringe prosjektkontoret – hvem leder det?"), except when the
 *   question then asks for someone of the asker's own ("Vi i Oppdal lurer på hvem som er kommuneoverlege hos oss").
 */
export function holdsForAsker(vocab: Vocabulary, message: string, local: string, answer: Answer): boolean {
  if (answer.kind !== 'answer') return false;
  const region = vocab.language.askersRegion;
  const own = region.own[answer.lang];
  if (ownThingAt(vocab, message, own)) {
    const said = answer.direct?.type === 'yesSaid' ? answer.direct.sentence : '';
    return wordsOf(said).some((w) => region.all.has(w.folded));
  }
  if (!wordsOf(local).some((w) => own.has(w.folded))) return true;
  return !answer.items.some((i) => i.type === 'person' || i.type === 'unit' || i.type === 'contactList');
}

/**
 * Whether a place of the region is said of the asker's own thing: "hos oss i …", "for us in …", or "her i …" after
 * what is asked ("kommuneoverlege her i Oppdal"; not "Her i Røros lurer vi på …" nor "Vi her i Oppdal …", which say
 * who asks).
 */
function ownThingAt(vocab: Vocabulary, message: string, own: Set<string>): boolean {
  const region = vocab.language.askersRegion;
  const ws = wordsOf(message);
  return placesAt(vocab, ws).some((k) => {
    const before = ws[k - 3];
    if (own.has(ws[k - 2]?.folded ?? '')) return region.locatives.has(before?.folded ?? '');
    if (!region.here.has(ws[k - 2]?.folded ?? '') || before === undefined) return false;
    const apart = /[.!?:;–—-]/u.test(message.slice(before.end, ws[k - 2]!.start));
    return !apart && !region.askers.has(before.folded);
  });
}
