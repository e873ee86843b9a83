import { z } from 'zod';
import { wordList } from './question-shape';
import { stem, tokenize } from './text';

/** The `timeSpans` section of the language file: how long something lasts, and the period it is done in. */
export const timeSpanWordsSchema = z
  .object({
    /** "Hvor lenge …", "Kor lenge …", "How long …": the question opens by asking for how long. */
    howLong: wordList.default([]),
    /** "periode", "period": the last part of a word for a period ("innføringsperioden", "programme period"). */
    periods: wordList.default([]),
    /** Phrases for a part of a month right before its name ("i begynnelsen av", "late"), with the days they span. */
    monthParts: z.array(z.tuple([wordList, z.number(), z.number()])).default([]),
  })
  .strict()
  .default({});

/** The section's words as when-by-period.ts uses them: phrases as folded words, periods as stems. */
export interface TimeSpanWords {
  howLong: string[][];
  periods: string[];
  /** As phrases of folded words. */
  monthParts: { phrases: string[][]; from: number; to: number }[];
}

/** Prepares the section's words (see TimeSpanWords). */
export function prepareTimeSpanWords(d: z.infer<typeof timeSpanWordsSchema>): TimeSpanWords {
  return {
    howLong: d.howLong.map((w) => tokenize(w)),
    periods: d.periods.map((w) => stem(tokenize(w).join(' '))),
    monthParts: d.monthParts.map(([phrases, from, to]) => ({
      phrases: phrases.map((w) => tokenize(w)),
      from,
      to,
    })),
  };
}
