import type { Answer } from './answer';
import type { Decision } from './decision';
import { endsTitleOf } from './body-members';
import { roleAnswer } from './person-checked';

/**
 * "Is Ragnhild Holmberg Aunsmo a doctor?", "Er Arne Sverre Dahl lege?": a yes/no question that names one person and
 * says of them only a word the bot does not know as a word of its own, but which is the last part of a title someone
 * on the page has (kommuneover-lege), asks whether the person has such a title: yes when their own role has a word
 * ending in it, no otherwise, with their role as the page gives it. A word no title ends with ("nurse") is not asked
 * of here, and is refused as before.
 */
export function answerTitleHead(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  // ("What's Ragnhild Holmberg Aunsmo's job title, is she a doctor?": what the person is, asked first, the role shows.)
  const asksOther = [...analysis.intents].some((i) => i !== 'what' && i !== 'who');
  if (!analysis.yesNo || asksOther || top.entry.type !== 'person') return undefined;
  const person = vocab.people.get(top.entry.id);
  if (!person?.role || top.properTerms.size === 0) return undefined;
  // Nothing but the person's name is known: every other word is the title asked about.
  if (!analysis.known.every((t) => top.nameTerms.has(t))) return undefined;
  const asked = [...new Set(analysis.unknown)];
  if (asked.length === 0 || analysis.otherNames.length > 0) return undefined;
  if (!asked.every((t) => vocab.kb.people.some((p) => endsTitleOf(p, t)))) return undefined;
  const yes = asked.every((t) => endsTitleOf(person, t));
  return roleAnswer(fallback, analysis.lang, person, person.role, yes);
}
