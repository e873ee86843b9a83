import type { Answer } from './answer';
import type { Analysis } from './analysis';
import type { Decision } from './decision';
import { listOf } from './lists';
import { tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** The kinds of topic that are one thing, with no items of their own: a subproject, a unit, a fact, a decision. */
const SINGLE = new Set(['subproject', 'unit', 'fact', 'decision']);

/**
 * "Hvilke kurs tilbys i opplæringen?", "Hvilke fastleger i Trondheim har koblet seg på?", "Hva heter
 * journalsystemene som skal erstattes?": several things are asked for by a word that names the topic itself (the
 * training, the platform, which is one journal system), and the topic has no list of them: the page names none.
 */
export function refuseSeveralOfOne(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  if (!SINGLE.has(top.entry.type) || listOf(vocab, top.entry)) return undefined;
  const noun = severalAsked(vocab, analysis);
  if (noun === undefined || !top.nameTerms.has(noun)) return undefined;
  // "Hvilke fastleger kan koble seg på?": which of them can, a sentence of the topic that says they can tells ("Alle
  // kommuner og fastleger … kan koble seg på"); which have done so, it does not.
  const may = vocab.language.questionShape.may;
  const saysMay = (vocab.sentences.get(top.entry.id) ?? []).some(
    (s) => s.terms.has(noun) && tokenize(s.text).some((t) => may.has(t)),
  );
  return analysis.tokens.some((t) => may.has(t)) && saysMay ? undefined : fallback;
}

/**
 * The word for what several of are asked for: after a which-word, in a plural form or after «hvilke»; or after «Hva
 * heter», in a plural form ("journalsystemene"). Undefined when one thing, or none, is asked for.
 */
function severalAsked(vocab: Vocabulary, analysis: Analysis): string | undefined {
  if (analysis.whichPlural !== undefined) return analysis.whichPlural;
  const { tokens } = analysis;
  const noun = analysis.askedNoun;
  const at = noun === undefined ? undefined : analysis.positions.get(noun);
  // ("Which GPs …": in English a plural in -s, even of a word the knowledge base has in that form.)
  if (noun !== undefined && at !== undefined) {
    const { severalWhich, which } = vocab.language.questionShape;
    const before = tokens[at - 1] ?? '';
    const english = analysis.lang === 'en' && which.has(before) && /[^s]s$/.test(tokens[at]!);
    if (severalWhich.has(before) || english) return noun;
  }
  const role = vocab.language.roleQuestion;
  if (!role.what.has(tokens[0] ?? '') || !role.naming.has(tokens[1] ?? '')) return undefined;
  const k = analysis.knownPositions.indexOf(2);
  const plural = analysis.lang === 'en' ? /[^s]s$/ : /(er|ene|ar|ane)$/;
  return k >= 0 && tokens[2] !== analysis.known[k] && plural.test(tokens[2]!) ? analysis.known[k] : undefined;
}
