import { z } from 'zod';
import { wordList } from './question-shape';
import { fold, wordSet } from './text';

/** The `listPositions` section of the language file: words for a place in a list (see list-position.ts). */
export const listPositionWordsSchema = z
  .object({
    first: wordList.default([]),
    last: wordList.default([]),
    listing: wordList.default([]),
    ordinals: z.record(z.string().trim().min(1), z.number().int().positive()).default({}),
    numbered: wordList.default([]),
  })
  .strict()
  .default({});

/**
 * Words that say where in a list, folded: first, last, a list or standing in one, an ordinal ("tredje", "third": 3)
 * and the word before a number that counts a place ("nummer to", "number 3").
 */
export interface ListPositionWords {
  first: Set<string>;
  last: Set<string>;
  listing: Set<string>;
  ordinals: Map<string, number>;
  numbered: Set<string>;
}

/** The section's words as list-position.ts uses them. */
export function prepareListPositionWords(d: z.infer<typeof listPositionWordsSchema>): ListPositionWords {
  return {
    first: wordSet(d.first),
    last: wordSet(d.last),
    listing: wordSet(d.listing),
    ordinals: new Map(Object.entries(d.ordinals).map(([w, n]) => [fold(w), n] as const)),
    numbered: wordSet(d.numbered),
  };
}
