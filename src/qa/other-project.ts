import type { Answer } from './answer';
import type { Analysis } from './analysis';
import type { Decision } from './decision';
import type { Candidate } from './ranking';
import { presentVerb, roleTerms } from './refusals';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

// Questions about another project than the page's own: one named as another of its kind by a word right before the
// project's name («det sentrale innføringsprosjektet»), or asked for as "andre prosjekter", "other projects".

/**
 * "Hvem leder det sentrale innføringsprosjektet?", "Helseplattformens sentrale innføringsprosjekt", "Helseplattformen's
 * central implementation project": a word right before one of `named` that the bot does not know (an everyday word)
 * or has only in running text (before a word for the project) says it is another one of that kind, not the one the
 * page has (the local project); «det lokale innføringsprosjektet» and «Trondheims innføringsprosjekt» are the page's.
 * Where that word stands, or undefined.
 */
export function otherOfKindAt(
  vocab: Vocabulary,
  analysis: Analysis,
  named: Iterable<string>,
): number | undefined {
  const qualifier = (p: number, t: string) => {
    // (A verb says what is done with it, not which one: "enhetene som bytter fagsystem".)
    if (analysis.everydayPositions.includes(p))
      return !presentVerb(vocab, analysis.tokens[p] ?? '', analysis.lang);
    // (Only before a word for the project: "planlegge opplæringen" is what is done with the training.)
    const k = analysis.knownPositions.indexOf(p);
    return k >= 0 && vocab.unitTerms.has(t) && vocab.strongEntries(analysis.known[k]!) === 0;
  };
  for (const t of named) {
    const before = (analysis.positions.get(t) ?? -1) - 1;
    if (qualifier(before, t)) return before;
  }
  return undefined;
}

/**
 * "Kan du liste opp delprosjektene i det sentrale innføringsprosjektet?", "Which subprojects does the central
 * implementation project have?": the project named as another one of its kind (see otherOfKindAt) has parts the page
 * does not give. Where the word that says so stands, or undefined.
 */
export function otherProjectWord(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
): number | undefined {
  const named = analysis.known.filter((t) =>
    candidates.some((c) => c.entry.type === 'unit' && c.strongTerms.has(t) && vocab.projectTerms.has(t)),
  );
  return otherOfKindAt(vocab, analysis, named);
}

/**
 * "Where is Helseplattformen's central implementation project based?", "Hvem er kommunikasjonsansvarlig i
 * Helseplattformens sentrale innføringsprosjekt?": the topic, or where a person's role is held, named as another one of
 * its kind (see otherOfKindAt) is something the page only mentions: refused. (Who leads it: see checkWhatIsLed.)
 */
export function refuseOtherOfKind(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  if (top.entry.type !== 'unit' && top.entry.type !== 'person') return undefined;
  const person = top.entry.type === 'person' ? vocab.people.get(top.entry.id) : undefined;
  const role = person ? roleTerms(person) : new Set<string>();
  // Only the words for the project and its office: the page has one of each, so another one is not theirs.
  const named = analysis.known.filter((t) => vocab.unitTerms.has(t) && (top.nameTerms.has(t) || role.has(t)));
  return otherOfKindAt(vocab, analysis, named) !== undefined ? fallback : undefined;
}

/**
 * "Hvilke andre IT-prosjekter har kommunen?", "What other digitalisation projects is Trondheim running?": "andre" or
 * "other" before a word for the project as a whole, with only words of what kind between them, asks about projects
 * other than this one, which the page says nothing of. ("Er andre kommuner med i prosjektet?" asks about
 * municipalities: "med i" ends the words that "andre" is said of.)
 */
export function asksOtherProject(vocab: Vocabulary, analysis: Analysis, top: Candidate | undefined): boolean {
  const { tokens } = analysis;
  const { other, qualifiers, together } = vocab.language.questionShape;
  // "Det tekniske arbeidet, skal det skje i samarbeid med et annet prosjekt?": the other project a part of this one
  // works together with is one the page names, in a sentence of that part that says so.
  const jointly = (t: string) => together.has(t) || [...together].some((w) => stem(w) === stem(t));
  const worksWithOther =
    top !== undefined &&
    tokens.some(jointly) &&
    (vocab.sentences.get(top.entry.id) ?? []).some(
      (s) => [...s.terms].some(jointly) && [...s.terms].some((t) => vocab.projectTerms.has(t)),
    );
  if (worksWithOther) return false;
  const written = analysis.words();
  // "kven skal integrere Helseplattformen med andre system?": after the platform itself is named, other systems are
  // those beside it, not another project.
  const projectAt = analysis.knownPositions.find((p, n) => vocab.projectTerms.has(analysis.known[n]!));
  return tokens.some((word, k) => {
    if (!other.has(word) || (projectAt !== undefined && projectAt < k)) return false;
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
      if (qualifiers.has(tokens[j]!) || analysis.intentPositions.includes(j)) return false;
      const at = analysis.knownPositions.indexOf(j);
      if (at >= 0 && vocab.projectTerms.has(analysis.known[at]!)) return true;
      // What kind of project may stand between: a word of a compound ("IT-prosjekter") or, in English, a noun before
      // it ("other digitalisation projects"); in Norwegian another word the bot knows is what "andre" is said of.
      const partOfNext = written[j] === written[j + 1];
      if (at >= 0 && analysis.lang !== 'en' && !partOfNext) return false;
    }
    return false;
  });
}
