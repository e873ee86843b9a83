import type { Answer } from './answer';
import type { Decision } from './decision';
import { all } from './entries';
import { perVocabulary } from './per-vocabulary';
import type { Candidate } from './ranking';
import { worksAtTerms } from './refusals';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/** Kinds of entry that say nothing of where what they name is. */
const UNPLACED = new Set(['decision', 'fact', 'gains', 'gainCategory']);

/** How many prepositions or articles may stand between what is placed and whose it is ("the office of the …"). */
const LINKS = 2;

/**
 * Per vocabulary: for each unit or place the page says where it is, the words of whose it is and of where: its own
 * names and text, its place's, where the unit's lead works, and the county of the place's city ("Trondheim kommune",
 * "Bispegata", "Trøndelag").
 */
const ownersOf = perVocabulary((vocab: Vocabulary) => {
  const owners = new Map<string, Set<string>>();
  const entryTerms = (id: string) => {
    const e = vocab.entries.get(id);
    return e ? terms([e.names, e.aliases, e.org, e.keywords, e.body].join(' ')) : [];
  };
  const countyOf = vocab.language.asker.countyOf;
  for (const location of vocab.kb.locations) {
    const county = countyOf.get(terms(location.city).join(' ')) ?? '';
    owners.set(location.id, new Set([...entryTerms(location.id), ...terms(`${location.city} ${county}`)]));
  }
  for (const unit of vocab.kb.units) {
    if (unit.location === undefined) continue;
    const lead = vocab.people.get(unit.lead ?? '');
    owners.set(
      unit.id,
      new Set([
        ...entryTerms(unit.id),
        ...(owners.get(unit.location) ?? []),
        ...(lead ? worksAtTerms(lead) : []),
      ]),
    );
  }
  return owners;
});

/** The terms of the names of the organisations people work for and that decide ("Helse Midt-Norge RHF"). */
const organisationNames = perVocabulary((vocab: Vocabulary) =>
  [
    ...vocab.kb.people.map((p) => p.organisation ?? ''),
    ...vocab.kb.decisions.map((d) => all(d.decidedBy)),
  ].map((name) => terms(name)),
);

/**
 * "Hvor ligger prosjektkontoret til Helse Midt-Norge RHF?", "Where is KS Trøndelag's office?", "Kvar held
 * prosjektkontoret i Molde kommune til?": where something is, asked of another organisation's one of it (named right
 * after it, over a preposition, or before it in the genitive), is not where the page's own is. The page places only
 * Trondheim kommune's project and office; "Hvor ligger prosjektkontoret til Trondheim kommune?" and "… i Trøndelag?"
 * are still answered.
 */
export function refusePlaceOfOther(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback, top } = d;
  if (!analysis.intents.has('where') || analysis.yesNo) return undefined;
  // "Hva er adressen til Helse Midt-Norge?", "Where is Helse Midt-Norge based?": where an organisation is, asked by its
  // name alone, is not told by a decision or fact that only names it.
  const organisation = (t: string) =>
    (vocab.orgWords.has(t) || vocab.employers.has(t)) && !vocab.projectTerms.has(t);
  if (UNPLACED.has(top.entry.type) && analysis.known.length > 0 && analysis.known.every(organisation))
    return fallback;
  const owners = ownersOf(vocab);
  const placed = candidates.filter((c) => c.named && owners.has(c.entry.id));
  return placed.some((c) => ofOther(vocab, d, c, owners.get(c.entry.id)!)) ? fallback : undefined;
}

/** True when an organisation's words stand next to a name of the placed candidate, and it is not the owner's. */
function ofOther(vocab: Vocabulary, d: Decision, placed: Candidate, owned: Set<string>): boolean {
  const { analysis } = d;
  const { tokens } = analysis;
  const termAt = (k: number) => analysis.known[analysis.knownPositions.indexOf(k)];
  const organisation = (t: string | undefined) =>
    t !== undefined && (vocab.orgWords.has(t) || vocab.employers.has(t)) && !vocab.projectTerms.has(t);
  const { qualifiers, genitive } = vocab.language.questionShape;
  const { articles } = vocab.language.roleQuestion;
  const link = (t: string) => qualifiers.has(t) || articles.has(t);
  // (The genitive's «s» is a token of its own: "RHF's project office".)
  const possessive = (t: string) => genitive.has(t) || t === 's' || articles.has(t);
  const other = (from: number, step: 1 | -1, skips: (t: string) => boolean) => {
    let k = from;
    let skipped = 0;
    // ("i Molde kommune" names another one; "i Midt-Norge" and "in the region" may say where the page's own is.)
    let within = false;
    let linked = false;
    while (skipped < LINKS && skips(tokens[k] ?? '')) {
      within ||= vocab.language.questionShape.within.has(tokens[k]!);
      linked ||= qualifiers.has(tokens[k]!);
      k += step;
      skipped++;
    }
    if (step === 1 && !linked) return false;
    const words: string[] = [];
    while (organisation(termAt(k))) {
      words.push(termAt(k)!);
      k += step;
    }
    // ("i Helse Midt-Norge" names an organisation all the same, by the page's name of it, not a region.)
    const named = words.length > 1 && organisationNames(vocab).some((n) => words.every((t, j) => n[j] === t));
    return words.some((t) => !owned.has(t) && (!within || named || vocab.employers.has(t)));
  };
  return [...placed.nameTerms].some((t) => {
    const at = analysis.positions.get(t);
    // (Not a part of a word split in two: "outside" is no "roll-out".)
    const alone = analysis.known.filter((u) => analysis.positions.get(u) === at).length === 1;
    if (at === undefined || !alone) return false;
    let end = at;
    while (termAt(end + 1) !== undefined && placed.nameTerms.has(termAt(end + 1)!)) end++;
    return other(end + 1, 1, link) || other(at - 1, -1, possessive);
  });
}

/**
 * "Hvilken skole går barna i Bindal på?": a which-question whose topic, a place the page gives, has only the noun
 * asked for as its own (the «skole» of the building that once housed Kalvskinnet skole), asked of another place the
 * page names (Bindal), which is no word of that place or its owner's, asks of that other place's one: not told.
 */
export function refuseNameWordOfOther(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  const noun = analysis.askedNoun;
  const owned = ownersOf(vocab).get(top.entry.id);
  if (noun === undefined || analysis.yesNo || !owned || top.strongTerms.size !== 1) return undefined;
  if (!top.strongTerms.has(noun) || !top.nameTerms.has(noun)) return undefined;
  return analysis.known.some((t) => vocab.orgWords.has(t) && !owned.has(t)) ? fallback : undefined;
}
