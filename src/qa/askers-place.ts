import { regionPlaceAt } from './asker-words';
/**
 * The asker's place said in the question as «vi», «oss» or «we», after an introduction that names it: "Leder
 * hjemmesykepleien i Bindal. Er vi med i Helseplattformen selv om vi ligger i Nordland?" asks whether Bindal is, and
 * "Jeg jobber i Bindal. Hvem er kommuneoverlege hos oss?" who is kommuneoverlege in Bindal (which the page does not say).
 */
import { analyse } from './analysis';
import { introductionOf, knownPlace } from './asker-context';
import { type Word, wordsOf } from './focus';
import { listHolds } from './lists';
import { fold, stem, terms } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Leder hjemmesykepleien i Bindal. Er vi med i Helseplattformen selv om vi ligger i Nordland?": the rest of the
 * message after an introduction that names a place of the region the page knows, when it points back to the asker's
 * workplace by «vi»/«oss»/«we», with that place for it ("Er Bindal med …", "… kommuneoverlege i Bindal"); otherwise
 * undefined.
 */
export function restAtAskersPlace(vocab: Vocabulary, message: string): string | undefined {
  const found = introductionOf(vocab, message);
  if (found?.needed !== 'pointsBack') return undefined;
  const asker = vocab.language.asker;
  const ws = wordsOf(found.intro);
  let place: string | undefined;
  let preposition = '';
  for (let k = 1; k < ws.length && place === undefined; k++) {
    if (!asker.prepositions.has(ws[k - 1]!.folded)) continue;
    const p = regionPlaceAt(asker, ws, k);
    if (!p || !knownPlace(vocab, p)) continue;
    place = found.intro.slice(ws[k]!.start, ws[k + p.length - 1]!.end);
    preposition = found.intro.slice(ws[k - 1]!.start, ws[k - 1]!.end);
  }
  if (place === undefined) return undefined;
  // "Eg jobbar på helsestasjon i Trondheim. Blir vi med …?": «vi» is the service the introduction names, of the place,
  // when the page lists that service as the place's.
  const service = serviceAt(vocab, ws, stem(fold(place)));
  if (service !== undefined)
    place = `${found.intro.slice(service.start, service.end)} ${preposition} ${place}`;
  const lang = analyse(vocab, found.rest).lang;
  const said = wordsOf(found.rest);
  const cuts: { from: number; to: number; text: string }[] = [];
  said.forEach((w, k) => {
    if (asker.we[lang].has(w.folded)) cuts.push({ from: w.start, to: w.end, text: place! });
    else if (!asker.us[lang].has(w.folded) || apposition(vocab, said, k)) return;
    // ("Hvem er kommuneoverlege hos oss?": «hos oss» is in the place, «oss» alone the place.)
    else if (asker.locatives.has(said[k - 1]?.folded ?? ''))
      cuts.push({ from: said[k - 1]!.start, to: w.end, text: `${preposition} ${place}` });
    else cuts.push({ from: w.start, to: w.end, text: place! });
  });
  if (cuts.length === 0) return undefined;
  let text = found.rest;
  for (const c of cuts.reverse()) text = `${text.slice(0, c.from)}${c.text}${text.slice(c.to)}`;
  return text;
}

/**
 * Whether «oss»/«us» at k stands before words that say who it is ("for us small kommuner", "interessene til oss
 * opsjonskommunane"): a word that is no filler, then, within two words, a word of the page. Then «us» is those, not
 * the asker's place.
 */
function apposition(vocab: Vocabulary, said: Word[], k: number): boolean {
  const next = said[k + 1];
  if (next === undefined || vocab.stopwords.has(stem(next.folded))) return false;
  return said.slice(k + 1, k + 3).some((w) => vocab.vocabulary.has(stem(w.folded)));
}

/** The word of the introduction that is an item of a list the page gives of the place (its services), if any: a list of
 * an entry about the place, by its names or keywords. */
function serviceAt(vocab: Vocabulary, ws: Word[], place: string): Word | undefined {
  const lists = [...vocab.entries.values()].filter((e) =>
    terms(`${e.names} ${e.org} ${e.keywords}`).includes(place),
  );
  return ws.find((w) => lists.some((e) => listHolds(vocab, e, stem(w.folded))));
}
