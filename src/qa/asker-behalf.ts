/**
 * On whose behalf a message asks, said in a sentence of its own before the question: "Jeg skriver på vegne av
 * Namsskogan kommune.", "Formannskapet i Levanger har bedt om en kort orientering …", "Helse- og omsorgstjenesten i
 * Oppdal ønsker å sende noen spørsmål …", "We are writing on behalf of Volda." The region's place named there is
 * where the asker writes from, not what the question after it is about; asker-context.ts reads it as it reads "vi i
 * Oppdal", and what the page does not say of that place (someone of the asker's own) is refused as it is there.
 */
import { type Word, wordsOf } from './focus';
import { analyse } from './analysis';
import { leadSentences } from './lead-sentences';
import { placeAt } from './region-places';
import { stem, terms } from './text';
import type { Vocabulary } from './vocabulary';

/** So many words may stand between a dummy «det» and the relative it points forward to ("Hvem var det egentlig som …"). */
const DUMMY_REACH = 3;

/**
 * Where the region's places the page does not know stand (from their preposition, if any, to their word for a
 * municipality, if any) in the sentences before the message's question that ask nothing and say on whose behalf it
 * asks (a word of `asker.behalf`: «vegne», «ønsker», «bedt», «spørsmål», "behalf"), and the groups of the asker's own
 * said there as where the question comes from ("spørsmål frå kommunestyret"). None when the question points back
 * to what such a sentence says ("Oppdal har bedt om å bli med. Stemmer det?"): that is what it asks.
 */
export function behalfPlaces(vocab: Vocabulary, message: string): [number, number][] {
  const asker = vocab.language.asker;
  const found = leadSentences(vocab, message);
  if (found === undefined || found.asking.some((s) => pointsBack(vocab, s))) return [];
  const cuts: [number, number][] = [];
  for (const { offset, words: ws } of found.lead) {
    if (!ws.some((w) => asker.behalf.has(w.folded))) continue;
    for (let k = 0; k < ws.length; k++) {
      // ("Eg har fått spørsmål frå kommunestyret om …": a group of the asker's own the page does not know is where the
      // question comes from, not a group whose members are asked for.)
      if (asker.sources.has(ws[k - 1]?.folded ?? '') && ownGroup(vocab, ws[k]!.folded)) {
        cuts.push([offset + ws[k - 1]!.start, offset + ws[k]!.end]);
        continue;
      }
      const place = placeAt(vocab, ws, k);
      if (place === undefined) continue;
      let end = k + place.length - 1;
      if (asker.placeNouns.has(ws[end + 1]?.folded ?? '')) end++;
      const start = asker.prepositions.has(ws[k - 1]?.folded ?? '') ? k - 1 : k;
      cuts.push([offset + ws[start]!.start, offset + ws[end]!.end]);
      k = end;
    }
  }
  return cuts;
}

/**
 * Whether a sentence after the question says whom it comes from, and nothing else: "Spørsmålet kommer fra
 * kommunedirektørens stab.", "The question is from our board." It asks nothing, has a word of `asker.behalf` and one of
 * `asker.sources`, and names no place (what is asked may be of that place: "… Vi spør på vegne av Oppdal kommune.").
 */
export function saysWhomFrom(vocab: Vocabulary, sentence: string): boolean {
  const asker = vocab.language.asker;
  const ws = wordsOf(sentence);
  if (sentence.includes('?') || !ws.some((w) => asker.behalf.has(w.folded))) return false;
  if (!ws.some((w) => asker.sources.has(w.folded))) return false;
  const places = ws.some((_, k) => placeAt(vocab, ws, k) !== undefined);
  return !places && !terms(sentence).some((t) => vocab.employers.has(t));
}

/** Whether a word names someone the page does not know ("kommunestyret", "formannskapet", "innbyggere"). */
function ownGroup(vocab: Vocabulary, word: string): boolean {
  if (vocab.strongVocabulary.has(stem(word))) return false;
  const group = [...vocab.language.questionShape.groups].some((g) => word.endsWith(g));
  return group || analyse(vocab, word).unknown.length > 0;
}

/**
 * Whether a question points back to something said before it ("Stemmer det?", "Er de med?"): not by the asker's own
 * words ("Hvilken e-postadresse skal vi bruke?"), a person's pronoun ("Hva heter vedkommende?": a place is no person),
 * a request ("Kan de liste opp …?") or a dummy that points forward ("Hvem var det egentlig som …?") or asks who it is
 * ("Hvem er det?").
 */
function pointsBack(vocab: Vocabulary, sentence: string): boolean {
  const words = vocab.language.focus;
  const ws = wordsOf(sentence);
  const request = words.requests.find((p) => p.every((w, j) => ws[j]?.folded === w));
  // ("Hvem er det?": a dummy last after a verb of being, in a question a question word opens, asks who that is.)
  const asked =
    words.questionWords.has(ws[0]?.folded ?? '') &&
    ws.length === 3 &&
    vocab.language.roleQuestion.copulas.has(ws[1]!.folded);
  const forward = (k: number) =>
    words.dummies.has(ws[k]!.folded) &&
    (ws.slice(k + 1, k + 1 + DUMMY_REACH).some((w) => words.relatives.has(w.folded)) || asked);
  return ws.some(
    (w: Word, k) =>
      words.backReferences.has(w.folded) &&
      !words.self.has(w.folded) &&
      k >= (request?.length ?? 0) &&
      !forward(k),
  );
}
