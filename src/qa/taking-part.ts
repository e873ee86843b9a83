import type { Analysis } from './analysis';
import type { Vocabulary } from './vocabulary';
import { listOf } from './lists';
import type { Candidate } from './ranking';
import type { Question } from './decision';
import { stem, phraseAt, terms } from './text';
import { pageLines } from './page-lines';

/**
 * "Hvordan er de andre kommunene med i arbeidet?", "Korleis er kommunane knytte til Helseplattformen?", "How are the
 * other municipalities involved?": asked how those a list names take part, the list of who takes part (which says
 * through what) answers it, however weakly the word for them matches alone ("kommunene" is in every council member's
 * organisation). Only when every other word the bot knows is the project itself or the words for taking part. Asked
 * which of them take part ("Hvilke kommuner er med?", "Kva kommunar deltek?"), the same list answers.
 */
export function howTheyTakePart(q: Question): Candidate | undefined {
  const { vocab, analysis, candidates } = q;
  const shape = vocab.language.questionShape;
  const { tokens } = analysis;
  // ("Kva kommunar …": «kva» before a noun asks which.)
  const opensWhich =
    shape.which.has(tokens[0] ?? '') ||
    shape.which.has(`${tokens[0]} ${tokens[1]}`) ||
    (analysis.opening === 'what' && analysis.intents.has('list'));
  const which = opensWhich && [...analysis.intents].every((i) => i === 'list' || i === 'what');
  const whereRepresented = representedWhere(vocab, analysis);
  const how = which ? -1 : whereRepresented ? 0 : tokens.findIndex((t) => shape.howTo.has(t));
  if ((how < 0 && !which) || analysis.yesNo) return undefined;
  // ("How many …", "Hvordan kontakter jeg …" ask something else.)
  const asked = (i: string) => i === 'what' || (whereRepresented && i === 'where');
  if (!which && [...analysis.intents].some((i) => !asked(i))) return undefined;
  const at = (phrase: string[], k: number) => phraseAt(tokens, k, phrase);
  const spans = new Set<number>();
  for (const phrase of shape.partaking)
    for (let k = how + 1; k < tokens.length; k++)
      if (at(phrase, k)) phrase.forEach((_, j) => spans.add(k + j));
  // ("Hvordan er de andre kommunene representert i prosjektet?": being represented is a way of taking part, and asks
  // for the sentence that says how, wherever they are.)
  const represents = (k: number) => k > how && shape.represents.has(stem(tokens[k]!));
  const representedAsked = tokens.some((_, k) => represents(k));
  tokens.forEach((_, k) => represents(k) && spans.add(k));
  // (A word the bot does not know is something else asked, unless it is one of those words: "connected to".)
  if (spans.size === 0 || analysis.unknownPositions.some((p) => !spans.has(p))) return undefined;
  const partaking = new Set([...spans].map((k) => stem(tokens[k]!)));
  const who = analysis.known.filter((t) => !vocab.projectTerms.has(t) && !partaking.has(t));
  if (who.length === 0) return undefined;
  const represented = which ? undefined : representedIn(q, who, Math.min(...spans), representedAsked);
  // (Else a question of being represented is left to the sentence it names: see sentence-topic.ts.)
  if (represented || representedAsked) return represented;
  const lists = candidates.filter((c) => c.entry.type === 'fact' && listOf(vocab, c.entry));
  // The list those words name ("kommunene"), before one that only has them in its title ("Tjenester i Trondheim
  // kommune"); else one that lists them ("Korleis er Bindal med?").
  // ("How are the other municipalities tied in through agreements?": else one those words name, whose sentence that says
  // how they take part has the rest.)
  const partakingTerms = new Set(shape.partaking.flat().map(stem));
  const saysHow = (c: Candidate) =>
    (vocab.sentences.get(c.entry.id) ?? []).some(
      (s) =>
        [...s.terms].some((t) => partakingTerms.has(t)) &&
        who.every((t) => c.nameTerms.has(t) || s.terms.has(t)),
    );
  return (
    lists.find((c) => who.every((t) => c.nameTerms.has(t))) ??
    lists.find((c) => who.every((t) => c.strongTerms.has(t))) ??
    lists.find((c) => who.some((t) => c.nameTerms.has(t)) && saysHow(c))
  );
}

/**
 * "Hvordan er de andre kommunene med i selve prosjektorganisasjonen?", "How has Trondheim kommune been involved in the
 * project?": asked how they take part in the project's organisation (a name of the project that is a unit, not the
 * platform), or how they are represented anywhere, the sentence that says how they are represented answers ("Andre
 * kommuner i Midt-Norge er representert med ansatte i Helseplattformens prosjektorganisasjon"): it holds every word
 * for them and a word for being represented, one of them in the clause of that word (in "… Helse Midt-Norge RHF
 * gjennomførte …, og kommunen har vært tungt representert" the municipality is), and says «andre» when the question
 * does. Its entry, among those matched, in their order.
 */
function representedIn(q: Question, who: string[], from: number, anywhere: boolean): Candidate | undefined {
  const { vocab, analysis, candidates } = q;
  const organisation = (t: string) =>
    [...vocab.entryNames].some(
      ([id, names]) => names.has(t) && vocab.isProject(id) && vocab.entries.get(id)?.type === 'unit',
    );
  const inOrganisation = analysis.known.some((t, j) => analysis.knownPositions[j]! > from && organisation(t));
  if (!inOrganisation && !anywhere) return undefined;
  const shape = vocab.language.questionShape;
  const others = vocab.language.claims.others;
  const otherAsked = analysis.tokens.some((t) => others.has(stem(t)));
  // ("Hvordan er Trondheim representert i prosjektet?": a municipality named by its place alone is «kommunen» of the
  // clause, as «Trondheim kommune» is.)
  const { countyOf, placeNouns } = vocab.language.asker;
  const municipality = analysis.tokens.some((t) => countyOf.has(t));
  const itself = new Set(municipality ? [...placeNouns].map(stem) : []);
  const clauseOfRepresented = (text: string) =>
    text
      .split(/,\s+(?:og|and)\s+/u)
      .map((clause) => terms(clause))
      .some(
        (clause) =>
          clause.some((t) => shape.represents.has(t)) &&
          (who.some((t) => clause.includes(t)) || clause.some((t) => itself.has(t))),
      );
  // ("… representerte med tilsette": a nynorsk word stands as the page's bokmål one, «ansatte».)
  const asOnPage = (t: string) => [
    t,
    ...analysis.tokens.flatMap((token) => {
      const form = stem(token) === t ? vocab.language.claimForms.get(token) : undefined;
      return form === undefined ? [] : [stem(form)];
    }),
  ];
  const lines = pageLines(vocab).filter(
    (l) =>
      who.every((t) => asOnPage(t).some((form) => l.all.has(form))) &&
      [...l.all].some((t) => others.has(t)) === otherAsked &&
      clauseOfRepresented(l.text),
  );
  return candidates.find((c) => lines.some((l) => l.id === c.entry.id));
}

/**
 * "Hvor er de andre kommunene representert?", "Where are other municipalities represented with staff?": where one is
 * represented is in what, which the sentence that says how tells, not a place to find them.
 */
export function representedWhere(vocab: Vocabulary, analysis: Analysis): boolean {
  const { represents } = vocab.language.questionShape;
  return analysis.opening === 'where' && analysis.tokens.some((t, k) => k > 0 && represents.has(stem(t)));
}
