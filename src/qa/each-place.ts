import type { Answer } from './answer';
import { bodyWithMembers } from './lists';
import type { Decision } from './decision';
import type { Person } from './knowledge-base';
import { ownTerms, worksAtTerms } from './refusals';

/**
 * "Hvem er rådmann i Molde og Steinkjer?", "Hvem fra Molde og Steinkjer sitter i samarbeidsrådet?", "Who from Verdal
 * and Molde is on the council?": who of two or more places joined by «og»/«and» is the same question asked of each
 * place. Answered with the one person from each place whose role has every other word the question knows; when a place
 * has none or several such people, the stages after decide. Of a body whose members the page lists, only members.
 */
export function answerEachPlace(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback } = d;
  if (!analysis.intents.has('who') || analysis.yesNo) return undefined;
  const { known, knownPositions, tokens } = analysis;
  const joins = vocab.language.focus.joins;
  const place = (j: number) => vocab.employers.has(known[j]!);
  // Places one after another with a joining word between each two ("Indre Fosen": one place of two words).
  const places: string[] = [];
  let last = -1;
  for (let j = 0; j < known.length; j++) {
    if (!place(j)) continue;
    const between = last >= 0 ? tokens.slice(knownPositions[last]! + 1, knownPositions[j]) : [];
    if (between.length > 0 && !(between.length === 1 && joins.has(between[0]!))) return undefined;
    // ("Indre Fosen" is one place of two words; "Kristiansund, Molde and Steinkjer" are three.)
    const sameName =
      last >= 0 &&
      between.length === 0 &&
      vocab.kb.people.some((p) => worksAtTerms(p).has(known[last]!) && worksAtTerms(p).has(known[j]!));
    if (!sameName) places.push(known[j]!);
    last = j;
  }
  if (places.length < 2) return undefined;
  const placeWords = new Set(known.filter((_, j) => place(j)));
  // A body named with its members listed: only its members ("Hvem fra Trondheim og Molde sitter i samarbeidsrådet?":
  // no member is from Trondheim; the one in its photo is no member).
  const named = d.candidates.find((c) => c.entry.type === 'body' && c.named);
  const body = named && bodyWithMembers(vocab, named.entry);
  const said = known.filter((t) => !placeWords.has(t) && !(body && named.nameTerms.has(t)));
  const fits = (p: Person) =>
    (!body || body.members.includes(p.id)) &&
    said.every((t) => ownTerms(vocab, p).has(t) || worksAtTerms(p).has(t));
  const chosen: Person[] = [];
  for (const where of places) {
    const there = vocab.kb.people.filter((p) => worksAtTerms(p).has(where) && fits(p));
    if (there.length !== 1) return undefined;
    chosen.push(there[0]!);
  }
  return {
    kind: 'answer',
    lang: analysis.lang,
    question: fallback.question,
    topicId: chosen[0]!.id,
    items: chosen.map((person) => ({ type: 'person' as const, person })),
  };
}
