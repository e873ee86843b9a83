import type { Answer } from './answer';
import type { Decision } from './decision';
import { PROMOTE_RATIO, asksOther, countAsked } from './decision';
import { composeAnswer } from './compose';
import { verbAt } from './told';
import { perVocabulary } from './per-vocabulary';
import { fold, stem, tokenize } from './text';
import type { Analysis } from './analysis';
import type { Vocabulary } from './vocabulary';

/** A word in the texts of more entries than this says little of which one a question is about ("kommune"). */
const SPREAD_MAX = 6;
/** So many of the question's telling words, besides the noun asked for, must stand in the sentence. */
const SAID_MIN = 2;
/** The noun asked for stands this close after the which-word ("Hvilket regionalt råd …"). */
const NOUN_REACH = 3;
/** A part of a compound shorter than this is no noun of its own. */
const PART_MIN = 3;

/** Per vocabulary and entry, the term sets of its sentences, and of a sentence with the one it points back to. */
const passages = perVocabulary((vocab: Vocabulary): Map<string, Set<string>[]> => {
  const back = vocab.language.focus.backReferences;
  const byEntry = new Map<string, Set<string>[]>();
  for (const [id, sentences] of vocab.sentences) {
    const found = sentences.map((s, i) => {
      const first = fold(s.text.split(/\s+/)[0] ?? '');
      const before = i > 0 && back.has(first) ? sentences[i - 1]!.terms : [];
      return new Set([...s.terms, ...before]);
    });
    byEntry.set(id, found);
  }
  return byEntry;
});

/**
 * "Hvilket regionalt råd har vært sentralt i utviklingen av e-meldinger?", "Hvilket råd vil Samarbeidsrådet ha tett
 * koblet til utviklingen av Helseplattformen?", "Hvilken tidligere skolebygning huser prosjektorganisasjonen?": a
 * which-question for a noun the bot does not know that an entry is one of by its name (fag-råd is a råd; Kalvskinnet
 * skole, a bygning, is a skolebygning), whose other telling words all stand in one sentence of that entry, asks which
 * entry the sentence is about: that entry answers it, and the noun is no other thing the page lacks (nor an everyday
 * thing, as «Hvilket parti …» is). Everyday words besides the noun ("viktig", "få på plass") say how it is asked.
 * "I hvilken periode skal opplæringsressursene fristilles?", "Kva for prosjekt skjer det tekniske arbeidet i stor grad
 * saman med?": a which-question for a noun that a compound in one sentence of an entry ends with (innførings-perioden,
 * innførings-prosjekt), beside the question's other telling words, is answered by that sentence: the compound says
 * which one.
 */
export function findWhichBySentence(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates } = d;
  if (asksOther(analysis) || countAsked(analysis)) return undefined;
  // (Besides the noun, only everyday words and verbs may be words the bot does not know: a name or jargon would be
  // something else asked of it.)
  const plain = (k: number) => {
    const p = analysis.unknownPositions[k]!;
    return analysis.everydayPositions.includes(p) || verbAt(vocab, analysis, p);
  };
  const noun = unknownNoun(vocab, analysis) ?? compoundNoun(analysis);
  if (noun === undefined || !analysis.unknown.every((t, k) => t === noun || plain(k))) return undefined;
  const together = togetherStems(vocab);
  const telling = [...new Set(analysis.known)].filter(
    (t) =>
      t !== noun &&
      !together.has(t) &&
      !vocab.projectTerms.has(t) &&
      (vocab.termSpread.get(t) ?? 0) <= SPREAD_MAX,
  );
  // ("sammen med", "together with": asks with whom, which the sentence says as "i samarbeid med".)
  const withWhom = analysis.tokens.some((t) => vocab.language.questionShape.together.has(t));
  const top = d.top;
  const topNames = vocab.entryNames.get(top.entry.id) ?? new Set<string>();
  // ("What kind of avtale do the municipalities in Møre og Romsdal have?": the topic, one of that kind, says it itself.)
  const ownSaid = telling.filter((t) => !topNames.has(t));
  const known = analysis.known.includes(noun);
  const topOfKind = [...topNames].some((n) => kindOf(n, noun));
  if (known && topOfKind && passagesOf(vocab, top.entry.id).some((p) => ownSaid.every((t) => p.has(t))))
    return undefined;
  for (const c of candidates) {
    if (c.score < PROMOTE_RATIO * top.score) break;
    const names = vocab.entryNames.get(c.entry.id) ?? new Set<string>();
    const named = [...names].some((n) => kindOf(n, noun));
    // (A noun the bot knows is asked of what the sentence names, not of the entry itself.)
    if (known === named) continue;
    // (What names the entry says which it is, as the noun does: the rest is what the sentence must say.)
    const said = telling.filter((t) => !names.has(t));
    // (Besides a name of the entry, or the compound that says which, one word of the sentence is enough: "regionalt
    // råd … e-meldinger", "periode … opplæringsressursene".)
    const nameSaid = telling.length > said.length;
    if (said.length + (withWhom ? 1 : 0) < (nameSaid || known ? 1 : SAID_MIN) || said.length === 0) continue;
    const sentences = vocab.sentences.get(c.entry.id)!;
    const i = passagesOf(vocab, c.entry.id).findIndex(
      (p, k) =>
        said.every((t) => p.has(t)) &&
        (!withWhom || [...together].some((w) => p.has(w))) &&
        (!known || saysWhich(vocab, sentences[k]!.text, noun, names, topNames)),
    );
    if (i >= 0) {
      d.top = c;
      d.told = vocab.sentences.get(c.entry.id)![i]!.text;
      return composeAnswer(d);
    }
  }
  return undefined;
}

/** "Hvilket regionalt råd …", "Kva råd …": the word the bot does not know right after the which-word, the noun asked. */
function unknownNoun(vocab: Vocabulary, analysis: Analysis): string | undefined {
  if (analysis.unknown.length === 0) return undefined;
  const at = analysis.unknownPositions[0]!;
  // ("Kva råd …": nynorsk asks which with «kva» right before the noun.)
  // ("Kva regionalt råd …": or with a word of which one between.)
  const kva = analysis.lang === 'nn' && vocab.language.roleQuestion.what.has(analysis.tokens[0] ?? '');
  const start = whichLength(vocab, analysis.tokens) ?? (kva ? 1 : undefined);
  if (start === undefined || at < start || at >= start + NOUN_REACH) return undefined;
  return analysis.unknown[0];
}

/**
 * "I hvilken periode …", "Kva for prosjekt …": the noun a which-question asks for, when it is a word the bot knows and
 * the words it does not know are everyday words or verbs (see findWhichBySentence).
 */
function compoundNoun(analysis: Analysis): string | undefined {
  const noun = analysis.askedNoun;
  if (noun === undefined || noun.length < PART_MIN) return undefined;
  const at = analysis.positions.get(noun) ?? Infinity;
  return at < NOUN_REACH + 2 ? noun : undefined;
}

/** The stems of the words that say something is done together with someone ("sammen", "samarbeider"). */
const togetherStems = perVocabulary(
  (vocab: Vocabulary): Set<string> => new Set([...vocab.language.questionShape.together].map(stem)),
);

/**
 * The sentence names one of the kind the noun says, by a compound that ends with it ("innføringsperioden" of
 * "periode"); not by a name of the entry itself, nor by a name of the topic the question was matched to, unless a word
 * before it says it is another one ("sentralt innføringsprosjekt" is not the local one).
 */
function saysWhich(
  vocab: Vocabulary,
  sentence: string,
  noun: string,
  names: Set<string>,
  top: Set<string>,
): boolean {
  const stems = tokenize(sentence).map(stem);
  const qualified = (k: number) => {
    const before = stems[k - 1];
    return before !== undefined && !vocab.stopwords.has(before) && !names.has(before) && !top.has(before);
  };
  return stems.some((t, k) => {
    if (names.has(t) || t.length <= noun.length || !t.endsWith(noun)) return false;
    return !top.has(t) || qualified(k);
  });
}

/** "råd" of "fagråd", "skolebygning" of "bygning": one word is the last part of the other (its kind). */
function kindOf(name: string, noun: string): boolean {
  if (name === noun) return true;
  if (noun.length >= PART_MIN && name.endsWith(noun)) return true;
  return name.length > PART_MIN && noun.endsWith(name);
}

/** How many words the which-word that opens the question has ("hvilket", "kva for"); undefined without one. */
export function whichLength(vocab: Vocabulary, tokens: string[]): number | undefined {
  const which = vocab.language.questionShape.which;
  return [3, 2, 1].find((n) => which.has(tokens.slice(0, n).join(' ')));
}

/**
 * The sentences of an entry, as term sets, and each sentence that opens by pointing back ("Denne er samlet i egne
 * lokaler …") joined with the one before it, which says what it points to.
 */
function passagesOf(vocab: Vocabulary, id: string): Set<string>[] {
  return passages(vocab).get(id) ?? [];
}
