import type { Analysis } from './analysis';
import { PROMOTE_RATIO } from './decision';
import type { Candidate } from './ranking';
import { presentVerb } from './refusals';
import type { Vocabulary } from './vocabulary';

/** A word in the texts of more entries than this says little of which one a question is about ("kommune", "helse"). */
const SPREAD_MAX = 6;
/** So many of the question's telling words must stand together in one sentence; two when the rest are verbs. */
const TOLD_MIN = 3;

/**
 * "Blir ideer til endrede arbeidsprosesser dokumentert underveis?", "Will data from the old systems be moved into
 * Helseplattformen?": a yes/no question whose telling words the bot knows, three or more besides the project's own
 * names, all stand in one sentence of the topic or a close runner-up ("I den innledende kartleggingen dokumenteres også
 * ideer til å endre arbeidsprosesser"). That sentence is about what is asked, and the everyday words the bot does not
 * know say how it is asked ("underveis", "moved"), not another thing. Returns the entry and the sentence.
 * Words found in many entries' texts do not count: "Are dental health services included in Helseplattformen in
 * Trondheim kommune?" has only common words besides the dental service it asks about.
 */
export function toldInOneSentence(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
  besides: string[] = [],
  least = TOLD_MIN,
): [Candidate, string] | undefined {
  // (A word for the platform after a word for what is there today is the systems it replaces: "de gamle
  // journalsystemene".)
  const telling = (t: string) =>
    (!vocab.projectTerms.has(t) || existingSystems(vocab, analysis, t)) &&
    !besides.includes(t) &&
    (vocab.termSpread.get(t) ?? 0) <= SPREAD_MAX;
  const asked = [...new Set(analysis.known)].filter(telling);
  const verbs = analysis.everydayPositions.every((p) => verbAt(vocab, analysis, p));
  if (asked.length < (verbs ? least - 1 : least)) return undefined;
  for (const c of candidates) {
    if (c.score < PROMOTE_RATIO * top.score) break;
    // "Dokumenterer delprosjektet Funksjonalitet ideer til endrede arbeidsprosesser?": the words that name the entry
    // (and the list it is in) name where the sentence is; the rest must stand in it, two of them at least.
    const naming = new Set([
      ...c.nameTerms,
      ...c.entry.parents.flatMap((p) => [...(vocab.entryNames.get(p) ?? [])]),
    ]);
    const said = asked.filter((t) => !naming.has(t));
    const told = (words: string[]) =>
      vocab.sentences.get(c.entry.id)?.find((s) => words.every((t) => s.terms.has(t)));
    const sentence = told(asked) ?? (said.length >= 2 ? told(said) : undefined);
    if (sentence) return [c, sentence.text];
  }
  return undefined;
}

/** Words after a word for the platform within which a phrase for today says it is the systems of today. */
const TODAY_REACH = 5;

/**
 * "de gamle journalsystemene", "dagens journalsystemer", "de journalsystemene vi bruker i dag": a word for the platform
 * with a word for what is there today right before it, or a phrase for today a few words after it, is the systems it
 * replaces, not the platform.
 */
export function existingSystems(vocab: Vocabulary, analysis: Analysis, term: string): boolean {
  const { existing, existingAfter } = vocab.language.questionShape;
  const at = analysis.positions.get(term);
  if (at === undefined) return false;
  if (existing.has(analysis.tokens[at - 1] ?? '')) return true;
  const after = analysis.tokens.slice(at + 1, at + 1 + TODAY_REACH);
  return after.some((_, k) => existingAfter.some((p) => p.every((w, j) => after[k + j] === w)));
}

/**
 * True when the word at `p` is a verb: after "å", "to" or an auxiliary of the passive ("å frigjøre", "be moved"),
 * before "å" or "to" ("fortsette å …"), or a passive or past form of a dictionary verb ("flyttes" of flytte, "moved" of
 * move).
 */
export function verbAt(vocab: Vocabulary, analysis: Analysis, p: number): boolean {
  const token = analysis.tokens[p] ?? '';
  if (vocab.language.questionShape.beforeVerb.has(analysis.tokens[p - 1] ?? '')) return true;
  const everyday = vocab.language.everyday;
  // "fortsette å drifte", "continue to run": a dictionary word with another verb after it.
  const infinitive = analysis.lang === 'en' ? 'to' : 'a';
  if (analysis.tokens[p + 1] === infinitive && everyday.isLemma(token)) return true;
  if (analysis.lang === 'en')
    return /ed$/.test(token) && [token.slice(0, -1), token.slice(0, -2)].some((w) => everyday.isLemma(w));
  return (
    (/es$/.test(token) && everyday.isLemma(token.slice(0, -1))) || presentVerb(vocab, token, analysis.lang)
  );
}
