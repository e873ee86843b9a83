import type { Answer } from './answer';
import type { Question } from './decision';
import { analyse } from './analysis';
import { claimAsked } from './claim-asked';
import { check } from './sentence-checked';
import { claimOf } from './claim';
import { answerWith } from './items';
import { type PageLine, pageLines } from './page-lines';
import { fold, stem } from './text';

/** How a line's words are split to find a name before a word (spaces, punctuation, quotes, brackets). */
const LINE_WORDS = /[\s,.;:!?()«»“”"]+/u;

/**
 * "Ligger prosjektlokalene i det som før var Ila skole?", "Is the project office in the old Ila school?": a yes/no
 * question with a name the page does not know, right before a word a sentence of the page has after another name
 * («Kalvskinnet skole»), claims that sentence with the one name in the place of the other: when the sentence says the
 * claim with its own name, the answer is no with the sentence. Only of where something is, which is one place;
 * otherwise a name the page does not know is refused.
 */
export function answerNameInPlace(q: Question): Answer | undefined {
  const { vocab, question, analysis, fallback } = q;
  if (analysis.otherNames.length !== 1 || !claimAsked(vocab, analysis)) return undefined;
  const at = analysis.otherNames[0]!;
  const written = analysis.words();
  const name = written[at];
  const after = analysis.tokens[at + 1];
  if (name === undefined || after === undefined || !question.includes(name)) return undefined;
  const langRank = (line: PageLine) =>
    line.lang === analysis.lang ? 2 : line.lang === 'nb' && analysis.lang === 'nn' ? 1 : 0;
  let best: { line: PageLine; rank: number } | undefined;
  for (const line of pageLines(vocab)) {
    // (Only where something is, which is one place: that the page says something of Helse Midt-Norge RHF says nothing
    // of Helse Nord RHF.)
    if (line.type !== 'location') continue;
    const other = nameBefore(line.text, stem(after), fold(name));
    if (other === undefined || (best && langRank(line) <= best.rank)) continue;
    const said = question.replace(name, other);
    const claim = claimOf(vocab, analyse(vocab, said), said);
    if (claim.denied || check(vocab, claim, line)?.yes !== true) continue;
    best = { line, rank: langRank(line) };
  }
  if (!best) return undefined;
  const entry = vocab.entries.get(best.line.id)!;
  return answerWith(vocab, fallback, entry, { type: 'claimChecked', yes: false, sentence: best.line.text });
}

/** The name (a word with a capital, other than `name`) the text has right before a word of the stem `word`. */
function nameBefore(text: string, word: string, name: string): string | undefined {
  const words = text.split(LINE_WORDS);
  for (let k = 1; k < words.length; k++) {
    const before = words[k - 1]!;
    if (/^\p{Lu}/u.test(before) && fold(before) !== name && stem(fold(words[k]!)) === word) return before;
  }
  return undefined;
}
