import type { Answer } from './answer';
import type { Decision } from './decision';
import { PROMOTE_RATIO, asksOther, countAsked } from './decision';
import { composeAnswer } from './compose';
import { perVocabulary } from './per-vocabulary';
import { fold } from './text';
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
 * thing, as «Hvilket parti …» is).
 */
export function findWhichBySentence(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates } = d;
  // (Only the noun is a word the bot does not know: another would be something else asked of it.)
  if (analysis.unknown.length !== 1 || asksOther(analysis) || countAsked(analysis)) return undefined;
  const at = analysis.unknownPositions[0]!;
  // ("Kva råd …": nynorsk asks which with «kva» right before the noun.)
  const kva =
    analysis.lang === 'nn' && vocab.language.roleQuestion.what.has(analysis.tokens[0] ?? '') && at === 1;
  const start = whichLength(vocab, analysis.tokens);
  if (!kva && (start === undefined || at < start || at >= start + NOUN_REACH)) return undefined;
  const asked = analysis.unknown[0]!;
  const telling = [...new Set(analysis.known)].filter(
    (t) => !vocab.projectTerms.has(t) && (vocab.termSpread.get(t) ?? 0) <= SPREAD_MAX,
  );
  const top = d.top;
  for (const c of candidates) {
    if (c.score < PROMOTE_RATIO * top.score) break;
    const names = vocab.entryNames.get(c.entry.id) ?? new Set<string>();
    if (![...names].some((n) => kindOf(n, asked))) continue;
    // (What names the entry says which it is, as the noun does: the rest is what the sentence must say.)
    const said = telling.filter((t) => !names.has(t));
    if (said.length < SAID_MIN) continue;
    const i = passagesOf(vocab, c.entry.id).findIndex((p) => said.every((t) => p.has(t)));
    if (i >= 0) {
      d.top = c;
      d.told = vocab.sentences.get(c.entry.id)![i]!.text;
      return composeAnswer(d);
    }
  }
  return undefined;
}

/** "råd" of "fagråd", "skolebygning" of "bygning": one word is the last part of the other (its kind). */
function kindOf(name: string, noun: string): boolean {
  if (name === noun) return true;
  if (noun.length >= PART_MIN && name.endsWith(noun)) return true;
  return name.length > PART_MIN && noun.endsWith(name);
}

/** How many words the which-word that opens the question has ("hvilket", "kva for"); undefined without one. */
function whichLength(vocab: Vocabulary, tokens: string[]): number | undefined {
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
