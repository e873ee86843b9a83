import type { Answer, Comparison } from './answer';
import { claimAsked } from './claim-asked';
import type { Question } from './decision';
import { analyse } from './analysis';
import { fold, stem } from './text';

/** A number and the word after it, as written ("sju medlemmer", "3 subprojects"; not the "000" of "40 000"). */
const NUMBER_BEFORE_WORD = /(?<![\p{L}\d]|\d\s)(\d+|\p{L}+)(?=\s+\p{L})/gu;
/** The number that is also an article («en», «ei», "one"): «en leder» claims no count. */
const ARTICLE = 1;
/** An English word that is a Norwegian number («to»): in English it is no count. */
const ENGLISH_WORDS = new Set(['to']);

/**
 * "Samarbeidsrådet har sju medlemmer, ikke sant?", "Trondheim's implementation project has three subprojects, right?",
 * "Har innføringsprosjektet fem delprosjekt?": a yes/no question that gives a number of what the page lists is
 * checked by counting the list. It is asked with «hvor mange» in the number's place (`ask`), and when that gives the
 * count of a list, the answer says «Ja» or «Nei» with it. A number of something the page does not count, or gives no
 * total of, is left to the other rules ("Får 5000 ansatte nytt verktøy?" is a figure of a sentence).
 */
export function answerCountClaimed(q: Question, ask: (text: string) => Answer): Answer | undefined {
  const { vocab, question, analysis } = q;
  const howMany = vocab.language.claims.howMany;
  if (howMany === undefined || !claimAsked(vocab, analysis) || analysis.intents.has('count'))
    return undefined;
  const numberOf = (written: string) => {
    const word = fold(written);
    if (/^\d+$/u.test(word)) return Number(word);
    return analysis.lang === 'en' && ENGLISH_WORDS.has(word)
      ? undefined
      : vocab.language.numberWords.get(word);
  };
  const found = [...question.matchAll(NUMBER_BEFORE_WORD)].filter((m) => numberOf(m[1]!) !== undefined);
  if (found.length !== 1) return undefined;
  const at = found[0]!;
  const claimed = numberOf(at[1]!)!;
  if (claimed === ARTICLE) return undefined;
  // ("… delt i tre delprosjekt: funksjonalitet, teknisk og opplæring?": what follows a colon after the number spells
  // out what is counted; the count is asked without it, and each thing it names must be one of those counted.)
  const colon = question.indexOf(':', at.index);
  const end = colon < 0 ? question.length : colon;
  // ("Har samarbeidsrådet flere enn sju medlemmer?": the words that bound the count go with the number.)
  const bound = comparedBefore(q, question.slice(0, at.index));
  const start = bound?.start ?? at.index;
  const asked = `${question.slice(0, start)}${howMany[analysis.lang]}${question.slice(at.index + at[1]!.length, end)}${colon < 0 ? '' : '?'}`;
  const answer = ask(asked);
  if (colon >= 0 && !spellsOut(q, question.slice(colon + 1), answer)) return undefined;
  const direct = answer.direct;
  if (answer.kind !== 'answer' || direct?.type !== 'count' || answer.topicId === undefined) return undefined;
  // What the number is of must be what the count counts: the members of a body («medlemmer», not «leger»), those of
  // them with the title asked, or what the list is called («delprosjekter», "subprojects").
  const word = /^\s+(\p{L}+)/u.exec(question.slice(at.index + at[1]!.length))?.[1] ?? '';
  const of = fold(word);
  const counted =
    direct.title !== undefined ||
    (direct.counted === 'members' ? vocab.language.questionShape.members.has(of) : false) ||
    (vocab.entryNames.get(answer.topicId)?.has(stem(of)) ?? false);
  return counted
    ? { ...answer, question, direct: { ...direct, claimed, compared: bound?.compared } }
    : undefined;
}

/** The words that bound a count at the end of `before` ("… flere enn "), with where they start; undefined if none. */
function comparedBefore(q: Question, before: string): { compared: Comparison; start: number } | undefined {
  const words = [...before.matchAll(/\p{L}+/gu)];
  for (const [compared, phrases] of q.vocab.language.claims.comparisons)
    for (const phrase of phrases) {
      const last = words.slice(-phrase.length);
      if (last.length === phrase.length && phrase.every((w, k) => fold(last[k]![0]) === w))
        return { compared, start: last[0]!.index };
    }
  return undefined;
}

/** Every word of the page in the text names one of the things the answer counts (a subproject, a member). */
function spellsOut(q: Question, text: string, answer: Answer): boolean {
  const { vocab } = q;
  const ids = answer.items.flatMap((item) => {
    if (item.type === 'subprojectList') return item.subprojects.map((s) => s.subproject.id);
    if (item.type === 'body') return item.members.map((m) => m.id);
    if (item.type === 'person') return [item.person.id];
    if (item.type === 'subproject') return [item.subproject.id];
    return [];
  });
  const listed = analyse(vocab, text);
  return (
    listed.unknown.length === 0 &&
    listed.known.length > 0 &&
    listed.known.every((t) => ids.some((id) => vocab.entryNames.get(id)?.has(t)))
  );
}
