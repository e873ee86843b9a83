import type { Analysis } from './analysis';
import type { Vocabulary } from './vocabulary';

/**
 * How many things the words the bot does not know name: "a journalist or student", "sykepleiere og leger" are one
 * (who the question is for, said two ways), so two such words joined by «or»/«and» count once.
 */
export function unknownThings(vocab: Vocabulary, analysis: Analysis): number {
  const { alternatives, joins } = vocab.language.focus;
  const joined = (p: number) => {
    const between = analysis.tokens[p - 1] ?? '';
    return (alternatives.has(between) || joins.has(between)) && analysis.unknownPositions.includes(p - 2);
  };
  return analysis.unknownPositions.filter((p) => !joined(p)).length;
}
