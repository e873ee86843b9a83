import type { Question } from './decision';
import type { Person } from './knowledge-base';
import { stem, tokenize } from './text';

/** How many words after the first may say what a title is for ("for oppvekst og utdanning"). */
const FIELD_REACH = 4;

/**
 * "Helge Garåsen is kommunaldirektør for oppvekst og utdanning in Trondheim, right?": the question gives the person's
 * title with a preposition and words the bot does not know (`strange`, positions), where the role has the same title
 * and preposition with other words after them («Kommunaldirektør for helse og velferd»): the title is said to be for
 * something else than the role's, which is a no.
 */
export function titleForOtherField(q: Question, person: Person, strange: number[]): boolean {
  const { vocab, analysis } = q;
  const { tokens } = analysis;
  const roles = Object.values(person.role ?? {}).map((role) => tokenize(role));
  const short = (t: string | undefined) => t !== undefined && vocab.stopwords.has(stem(t));
  return tokens.some((title, i) => {
    const by = tokens[i + 1];
    if (short(title) || !short(by) || !strange.includes(i + 2)) return false;
    if (strange.some((p) => p < i + 2 || p > i + 2 + FIELD_REACH)) return false;
    return roles.some((role) => {
      const j = role.indexOf(title);
      const field = j < 0 || role[j + 1] !== by ? undefined : role[j + 2];
      return field !== undefined && !short(field) && field !== tokens[i + 2];
    });
  });
}
