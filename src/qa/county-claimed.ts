import type { Answer } from './answer';
import { analyse } from './analysis';
import { regionPlaceAt } from './asker-words';
import type { Question } from './decision';
import { type Word, wordsOf } from './focus';
import { answerWith } from './items';
import type { Entry } from './entries';
import { listOf } from './lists';
import { pageLines } from './page-lines';
import { fold, stem } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Bindal is in Troms county, right?", "Is Bindal, which takes part through an option agreement, located in Troms?",
 * "Ligger Molde i Trøndelag?": a yes/no question that says only which county a municipality of the region lies in is
 * checked against the county the language data gives it (`asker.municipalities`). Another county is a no with the
 * list item of the page that names the municipality with its county («Bindal kommune i Nordland»); of a municipality
 * the page names no county for, it is refused rather than answered yes from that county's own item.
 */
export function answerCountyClaimed(q: Question): Answer | undefined {
  const { vocab, analysis, fallback } = q;
  // ("Is Bindal in Troms or Nordland?" offers a choice: neither yes nor no answers it.)
  if (!analysis.yesNo || analysis.tokens.some((t) => vocab.language.focus.alternatives.has(t)))
    return undefined;
  const text = withoutClauseBetweenCommas(q.question, vocab.language.questionShape.relative);
  const ws = wordsOf(text);
  // ("Er Bindal med, selv om kommunen ligger i Troms?": a county said in what the asker takes as given is not what is
  // asked, see concession.ts.)
  const said = (phrases: string[][]) =>
    ws.some((_, i) => phrases.some((c) => c.every((w, j) => ws[i + j]?.folded === w)));
  if (said(vocab.language.claims.conceded)) return undefined;
  // Whether it takes part ("Er Bindal i Nordland med?") its list item says (see listed-item.ts); in another county
  // ("Er Bindal i Troms med i arbeidet gjennom opsjonsavtale?") it is not there, whatever the item says of it.
  const including = said(vocab.language.questionShape.inclusion);
  const { asker } = vocab.language;
  const k = ws.findIndex((_, i) => regionPlaceAt(asker, ws, i) !== undefined);
  if (k < 0) return undefined;
  const place = regionPlaceAt(asker, ws, k)!;
  // ("Er kommunene i Trøndelag i Nordland?", as "Er Oppdal i Nordland?" is asked of its county: a county lies in itself.)
  const key = place.join(' ');
  const county =
    asker.countyOf.get(key) ?? asker.countyOfPart.get(key) ?? asker.counties.find((c) => fold(c) === key);
  const claimed = county === undefined ? undefined : countyClaimed(vocab, text, ws, k + place.length);
  if (county === undefined || claimed === undefined) return undefined;
  // (Of one that takes part, only a county right after it: "Er Bindal med i Hålogalandsprosjektet?" names no county.)
  if (including && !claimed.worded && claimed.from !== k + place.length + 1) return undefined;
  // Nothing else is claimed: the rest are words for lying somewhere and for a municipality or county.
  const rest =
    text.slice(0, ws[k]!.start) +
    text.slice(ws[k + place.length - 1]!.end, ws[claimed.from]!.start) +
    text.slice(ws[claimed.to - 1]!.end);
  const restAnalysis = analyse(vocab, rest);
  const item = itemNaming(
    vocab,
    place,
    wordsOf(county).map((w) => w.folded),
    analysis.lang,
  );
  // (Taking part is said in the words of the lines of the item's entry that name the place: «med i arbeidet gjennom
  // opsjonsavtaler».)
  const named = place.map(stem);
  const itemSays = new Set(
    item && including
      ? pageLines(vocab)
          .filter((l) => l.id === item.entry.id && named.every((t) => l.all.has(t)))
          .flatMap((l) => [...l.known])
      : [],
  );
  const placeNouns = new Set([...vocab.language.questionShape.placeNouns].map(stem));
  const filler = (t: string) =>
    placeNouns.has(t) || vocab.language.claims.located.has(stem(t)) || itemSays.has(t);
  if (restAnalysis.unknown.length > 0 || !restAnalysis.known.every(filler)) return undefined;
  const yes =
    claimed.county.join(' ') ===
    wordsOf(county)
      .map((w) => w.folded)
      .join(' ');
  // (The right county is a yes the list item gives as it stands: "Ligger Bindal i Nordland?", see listed-item.ts.)
  if (yes) return undefined;
  if (item === undefined) return including ? undefined : fallback;
  return answerWith(vocab, fallback, item.entry, { type: 'claimChecked', yes, sentence: item.text });
}

/**
 * The county said after the municipality ("… in Troms county", "i Trøndelag"): after a word for within, a county of
 * the language data, or a name the page does not know (capitalised, not a place of the region); or a county of the
 * language data said without one ("trøndersk", "a Nordland municipality"); with where it runs.
 */
function countyClaimed(
  vocab: Vocabulary,
  text: string,
  ws: Word[],
  after: number,
): { county: string[]; from: number; to: number; worded?: boolean } | undefined {
  const { within } = vocab.language.questionShape;
  const counties = vocab.language.asker.counties.map((c) => wordsOf(c).map((w) => w.folded));
  const { countyOfWord } = vocab.language.asker;
  const placeNouns = vocab.language.questionShape.placeNouns;
  for (let j = after; j < ws.length; j++) {
    // ("ein trøndersk kommune", "a Trøndelag municipality": a county said by a word of its own, or by its name before a
    // word for a municipality.)
    const worded = countyOfWord.get(ws[j]!.folded);
    if (worded !== undefined)
      return { county: wordsOf(worded).map((w) => w.folded), from: j, to: j + 1, worded: true };
    const before = counties.find((c) => c.every((w, i) => ws[j + i]?.folded === w));
    if (before && placeNouns.has(ws[j + before.length]?.folded ?? ''))
      return { county: before, from: j, to: j + before.length + 1, worded: true };
    if (!within.has(ws[j]!.folded) || j === ws.length - 1) continue;
    const known = counties.find((c) => c.every((w, i) => ws[j + 1 + i]?.folded === w));
    if (known) return { county: known, from: j + 1, to: j + 1 + known.length };
    const name = ws[j + 1]!;
    const region = regionPlaceAt(vocab.language.asker, ws, j + 1) !== undefined;
    // ("… med i HP-arbeidet?": the first part of a compound is no county.)
    const compound = ws[j + 2] !== undefined && ws[j + 2]!.start === name.end + 1 && text[name.end] === '-';
    if (name.capital && !region && !compound && !vocab.vocabulary.has(stem(name.folded)))
      return { county: [name.folded], from: j + 1, to: j + 2 };
  }
  return undefined;
}

/** The list item of the page that names the place and its county, in the question's language. */
function itemNaming(
  vocab: Vocabulary,
  place: string[],
  county: string[],
  lang: Answer['lang'],
): { entry: Entry; text: string } | undefined {
  for (const entry of vocab.entries.values()) {
    const lists = listOf(vocab, entry);
    const k =
      lists?.nb.findIndex((item) => {
        const words = wordsOf(item).map((w) => w.folded);
        return [place, county].every((p) => words.some((_, i) => p.every((w, j) => words[i + j] === w)));
      }) ?? -1;
    if (lists && k >= 0)
      return { entry, text: (lang === 'nb' ? lists.nb : lists[lang])?.[k] ?? lists.nb[k]! };
  }
  return undefined;
}

/** The text without a relative clause between commas ("Is Bindal, which takes part …, located in Troms?"). */
function withoutClauseBetweenCommas(text: string, relative: Set<string>): string {
  return text.replace(/,\s*(\p{L}+)[^,?]*,/gu, (all, first: string) =>
    relative.has(first.toLowerCase()) ? '' : all,
  );
}
