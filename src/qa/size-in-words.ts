import type { Analysis } from './analysis';
import type { Candidate } from './ranking';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Hvor stor oppgave blir opplæringen av medarbeiderne?", "How big a task is training the staff?": how big something
 * is, asked by the noun right after the words for how big, is said in words by a sentence of the topic that has that
 * noun and every other word the question knows ("Opplæring av alle medarbeidere vil bli en betydelig oppgave").
 */
export function sizeSaidInWords(vocab: Vocabulary, analysis: Analysis, top: Candidate): boolean {
  if (!analysis.intents.has('amount')) return false;
  const phrases = vocab.language.intentPhrases.filter((p) => p.intent === 'amount');
  const amount = new Set(phrases.flatMap((p) => p.raw.split(' ')));
  // ("Kva seier sida om kor stor oppgåva med opplæring blir?": the words for how big may come after what the asker
  // wants to know of the page.)
  const { tokens } = analysis;
  const start =
    analysis.opening === 'amount'
      ? 0
      : tokens.findIndex((_, j) =>
          phrases.some((p) => p.words.length > 1 && p.raw === tokens.slice(j, j + p.words.length).join(' ')),
        );
  if (start < 0) return false;
  // ("How big a task": an article may stand before the noun.)
  const before = (t: string) => amount.has(t) || vocab.stopwords.has(stem(t));
  let k = start;
  while (k < analysis.tokens.length && before(analysis.tokens[k]!)) k++;
  const measured = analysis.tokens[k];
  if (measured === undefined || analysis.knownPositions.includes(k)) return false;
  // ("Hvor stor oppgave regner man med at opplæringen blir?": that it is expected says nothing of what is measured.)
  const expected = new Set([...vocab.language.questionShape.expected].map(stem));
  const asked = analysis.known.filter((t) => !expected.has(t));
  // ("Hvor stor jobb …", "How big a job …": the noun may be read as the page's word for it, «oppgave», "task".)
  const nouns = [measured, vocab.language.claimForms.get(measured) ?? measured].map(stem);
  return (vocab.sentences.get(top.entry.id) ?? []).some(
    (s) => nouns.some((t) => s.terms.has(t)) && asked.every((t) => s.terms.has(t)),
  );
}
