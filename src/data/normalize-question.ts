/** The grouping key of a question: case, spacing and trailing punctuation do not make a new question. */
export function normalizeQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .toLocaleLowerCase('nb-NO')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.…]+$/u, '');
}
