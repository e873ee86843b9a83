/**
 * An introduction without «jeg»: staff typing in Teams often say where they work in a sentence of its own before the
 * question, leaving the asker out ("Leder hjemmesykepleien i Bindal. Er vi med …?", "Leiar sjukeheim i Aukra. Har alle
 * …?", "fysio i vestnes. kan fastlegane …", "Hei, avdelingsleder på helsestasjonen i Verdal her – er det noen …?",
 * "Nurse in Vestnes here. Who …?"). asker-context.ts reads it as it reads "Jeg er …".
 */
import { analyse } from './analysis';
import { type Word, askingSentences, sentencesOf, wordsOf } from './focus';
import type { Vocabulary } from './vocabulary';

/** So many words may say the asker's role or workplace ("Leder hjemmesykepleien", "avdelingsleder på helsestasjonen"). */
const ROLE_REACH = 4;

/**
 * Whether sentence i of the message is an introduction without «jeg», a sentence of its own before the question that
 * says where the asker works: a few words of role or workplace, then a place of the region (with its preposition, and
 * «her» or a word for a municipality after it if any), or the few words and «her» alone. "Leder hjemmesykepleien i
 * Bindal. Er vi med …?", "Leiar sjukeheim i Aukra. Har alle …?", "fysio i vestnes. kan fastlegane …", "Hei,
 * avdelingsleder på helsestasjonen i Verdal her – er det noen …?", "Helsestasjonsleder her. Gjelder …?", "Nurse in
 * Vestnes here. Who …?". Not a sentence that asks ("Jobber Tone Fagerholt i prosjektet?"), nor the message's last
 * ("Leder hjemmetjenesten i Oppdal."), nor one with the asker or a question word in it (see asker-context.ts), nor
 * one the question after points back to.
 */
export function saysWhereAskerIs(vocab: Vocabulary, sentences: string[], i: number): boolean {
  const sentence = sentences[i]!;
  const later = sentences.slice(i + 1);
  const words = vocab.language.focus;
  if (sentence.includes('?') || later.length === 0) return false;
  const asking = askingSentences(sentences, words);
  if (!asking.some((s) => later.includes(s))) return false;
  const asker = vocab.language.asker;
  const ws = wordsOf(sentence);
  // ("Hei, …": a greeting before a comma.)
  const first =
    ws.length > 1 && vocab.stopwords.has(ws[0]!.folded) && /,/u.test(sentence.slice(ws[0]!.end, ws[1]!.start))
      ? 1
      : 0;
  let last = ws.length - 1;
  const here = asker.here.has(ws[last]?.folded ?? '');
  if (here) last--;
  if (asker.placeNouns.has(ws[last]?.folded ?? '')) last--;
  const place = asker.places.find(
    (p) => p.length <= last && p.every((w, j) => ws[last - p.length + 1 + j]!.folded === w),
  );
  const preposition = place === undefined ? -1 : last - place.length;
  const placed = place !== undefined && asker.prepositions.has(ws[preposition]?.folded ?? '');
  // ("Visiting researcher from Scotland: how many …?": where the asker comes from, a place the page does not know.)
  const from = placed || here ? -1 : comesFrom(vocab, ws, last);
  const role = ws.slice(first, placed ? preposition : from >= 0 ? from : last + 1);
  if (!placed && !here && from < 0) return false;
  if (role.length === 0 || role.length > ROLE_REACH) return false;
  // "The chief executive from Kristiansund – what is his role?", "Sjukeheimen i Aukra – er den med?": what the question
  // after points back to, other than the asker, is what it asks about («her» says who speaks even so).
  const ours = asker.backToPlace[analyse(vocab, later.join(' ')).lang];
  // ("Fysio i Vestnes. Hvem er det som bistår …?": «det» before «som» points forward, to what the clause says.)
  const pointing = (w: Word, k: number, ws: Word[]) =>
    (words.pronouns.has(w.folded) || words.possessives.has(w.folded) || words.backReferences.has(w.folded)) &&
    !ours.has(w.folded) &&
    !(words.dummies.has(w.folded) && words.relatives.has(ws[k + 1]?.folded ?? ''));
  if (!here && later.some((s) => wordsOf(s).some(pointing))) return false;
  return !role.some(
    (w) =>
      words.questionWords.has(w.folded) ||
      words.self.has(w.folded) ||
      (asker.askers.has(w.folded) && !asker.whereabouts.has(w.folded)),
  );
}

/**
 * Where the preposition of origin stands ("from", «frå»), when the words after it, to the sentence's end (after an
 * article, if any), are a name the page does not know: "Student visiting from the Netherlands", "Journalist frå
 * Bergen"; otherwise -1. A name the page knows (Teknisk, Helse Midt-Norge) may be what the question is about.
 */
function comesFrom(vocab: Vocabulary, ws: Word[], last: number): number {
  let k = last;
  while (k >= 0 && ws[k]!.capital) k--;
  if (k === last) return -1;
  if (vocab.language.roleQuestion.articles.has(ws[k]?.folded ?? '')) k--;
  if (k < 1 || !vocab.language.asker.sources.has(ws[k]!.folded)) return -1;
  const name = ws.slice(k + 1, last + 1).map((w) => w.folded);
  return analyse(vocab, name.join(' ')).known.length === 0 ? k : -1;
}

/**
 * The message's sentences (see sentencesOf), with a comma after «her»/"here" ending one when what comes before it is
 * an introduction without «jeg» ("Swedish nurse here, I read it is about 500 000 inhabitants …"), as a full stop or a
 * dash does.
 */
export function introductionSentences(vocab: Vocabulary, message: string): string[] {
  const sentences = sentencesOf(message);
  for (const [i, sentence] of sentences.entries()) {
    const ws = wordsOf(sentence);
    const here = ws.find((w) => vocab.language.asker.here.has(w.folded) && sentence[w.end] === ',');
    // ("Is the project office here, in Bispegata 9?" asks.)
    if (here === undefined || vocab.language.questionShape.yesNo.has(ws[0]!.folded)) continue;
    const split = [sentence.slice(0, here.end), sentence.slice(here.end + 1).trim()];
    const all = [...sentences.slice(0, i), ...split, ...sentences.slice(i + 1)];
    if (split[1] !== '' && saysWhereAskerIs(vocab, all, i)) return all;
  }
  return sentences;
}
