import type { Analysis } from './analysis';
import { PROMOTE_RATIO, asksOther, countAsked } from './decision';
import type { Candidate } from './ranking';
import { phraseAt, stem, terms } from './text';
import type { Vocabulary } from './vocabulary';
import { existingSystems } from './told';
import { perVocabulary } from './per-vocabulary';
import { whoCanTopic } from './who-can';

/** A word in the texts of more entries than this says little of which one a question is about ("kommune"). */
const SPREAD_MAX = 6;
/** So many of the question's words, besides those for the platform itself, must stand in the one sentence. */
const SENTENCE_MIN = 3;

/**
 * "Hvordan har Trondheim kommune vært representert i arbeidet med Helseplattformen?": when the best match is the
 * platform or project as a whole, and every other word the question knows stands in one sentence of a close
 * runner-up ("… og kommunen har vært tungt representert med prosjektmedarbeidere og i ledergruppen"), that sentence is
 * what is asked: its entry is the topic. The platform named is where it happens, not what is asked about.
 */
export function sentenceTopic(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  // ("Who else in Central Norway can connect to the chosen solution?": the sentence that says who can, see who-can.ts.)
  const canSay = whoCanTopic(vocab, analysis, candidates, top);
  if (canSay) return canSay;
  if (!vocab.isProject(top.entry.id)) return undefined;
  // (Only what or how something is: a yes/no question, or one for who, where, when or how many, is answered as such.)
  if (analysis.yesNo || asksOther(analysis) || countAsked(analysis)) return undefined;
  // ("Hva skjer med driften av de journalsystemene vi bruker i dag?": the systems of today are not the platform, and
  // say which sentence as much as a third word would.)
  const today = (t: string) => existingSystems(vocab, analysis, t);
  const asked = [...new Set(analysis.known)].filter((t) => !vocab.projectTerms.has(t) || today(t));
  const least = asked.some(today) ? SENTENCE_MIN - 1 : SENTENCE_MIN;
  if (asked.length < least || analysis.unknown.length > 0) return undefined;
  const says = (c: Candidate) =>
    vocab.sentences.get(c.entry.id)?.some((s) => asked.every((t) => s.terms.has(t))) ?? false;
  if (says(top)) return undefined;
  return candidates.find((c) => c !== top && c.score >= PROMOTE_RATIO * top.score && says(c));
}

/**
 * "Kva oppgåve blir omtala som betydeleg i innføringa?", "Which task is described as a major one?": what the page calls
 * something, said after "omtalt som"/"described as", is said in a sentence of what is asked about, however weakly its
 * words match beside the project named as where it is. The telling words after it (one is enough: they are the page's
 * own) must stand in one sentence of a runner-up, and in none of the best match's (if any matches well enough). So
 * for what happens to something ("Hva skjer med de fagsystemene som brukes i dag?"): the sentence that speaks of it.
 */
export function describedTopic(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate | undefined,
): Candidate | undefined {
  if (analysis.yesNo || asksOther(analysis) || countAsked(analysis) || analysis.unknown.length > 0)
    return undefined;
  const { tokens } = analysis;
  const phrases = vocab.language.questionShape.describedAs;
  const at = tokens.findIndex((_, k) => phrases.some((p) => phraseAt(tokens, k, p)));
  if (at < 0) return undefined;
  const after = analysis.known.filter(
    (t, j) =>
      analysis.knownPositions[j]! > at &&
      !vocab.projectTerms.has(t) &&
      (vocab.termSpread.get(t) ?? 0) <= SPREAD_MAX,
  );
  if (after.length === 0) return undefined;
  // ("Hva skjer med driften av Helseplattformen?": a name of the platform itself after them must stand in the sentence
  // too; the running of the systems of today is not the platform's.)
  const platform = analysis.known.filter(
    (t, j) => analysis.knownPositions[j]! > at && platformNames(vocab).has(t),
  );
  const says = (c: Candidate) =>
    vocab.sentences
      .get(c.entry.id)
      ?.some((s) => after.every((t) => s.terms.has(t)) && platform.every((t) => s.terms.has(t))) ?? false;
  if (top && says(top)) return undefined;
  return candidates.find((c) => c !== top && says(c));
}

/**
 * "Hva er Trondheim kommunes rolle overfor de øvrige kommunene?", "What is Trondheim kommune's role towards the other
 * municipalities?": asked what one does towards the others, the sentence that holds every word the question knows and
 * a word for the others ("Trondheim kommune koordinerer arbeidet opp mot de øvrige kommunene") says it, when the best
 * match has no such sentence: its entry, if it is a close runner-up, is the topic.
 */
export function othersSentenceTopic(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  if (analysis.yesNo || asksOther(analysis) || countAsked(analysis) || analysis.unknown.length > 0)
    return undefined;
  const others = vocab.language.claims.others;
  if (!analysis.tokens.some((t) => others.has(stem(t)))) return undefined;
  const asked = [...new Set(analysis.known)];
  if (asked.length < 2) return undefined;
  const says = (c: Candidate) =>
    vocab.sentences
      .get(c.entry.id)
      ?.some((s) => asked.every((t) => s.terms.has(t)) && [...s.terms].some((t) => others.has(t))) ?? false;
  if (says(top)) return undefined;
  return candidates.find((c) => c !== top && c.score >= PROMOTE_RATIO * top.score && says(c));
}

/**
 * "Kva skal gevinststrategien sikre kopling mot?": asked what a decision or fact the question names is to do, by words
 * none of its sentences has, the entry that speaks of it by every word of its title and has those words in one
 * sentence tells it ("… strategi for gevinstrealisering … i Helse Midt-Norge RHF. Formålet vil blant annet være å
 * sikre kobling mot vedtatte strategier …"): that entry is the topic, however weakly the question matches it.
 */
export function spokenOfTopic(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  if (!top.named || analysis.yesNo || asksOther(analysis) || countAsked(analysis)) return undefined;
  if (analysis.unknown.length > 0 || analysis.everydayPositions.length > 0) return undefined;
  const title = (vocab.decisions.get(top.entry.id) ?? vocab.facts.get(top.entry.id))?.title.nb;
  if (title === undefined) return undefined;
  const asked = [...new Set(analysis.known)].filter(
    (t) =>
      !top.nameTerms.has(t) && !vocab.projectTerms.has(t) && (vocab.termSpread.get(t) ?? 0) <= SPREAD_MAX,
  );
  if (asked.length < 2) return undefined;
  const says = (c: Candidate) =>
    vocab.sentences.get(c.entry.id)?.some((s) => asked.every((t) => s.terms.has(t))) ?? false;
  if (says(top)) return undefined;
  const named = terms(title).filter((t) => !vocab.stopwords.has(t));
  const speaksOf = (c: Candidate) => {
    const words = new Set(vocab.sentences.get(c.entry.id)?.flatMap((s) => [...s.terms]));
    return named.every((t) => words.has(t));
  };
  return candidates.find((c) => c !== top && says(c) && speaksOf(c));
}

/** The terms of the names of the platform itself (the project-wide entry that is no unit): "Helseplattformen". */
const platformNames = perVocabulary((vocab: Vocabulary) => {
  const ids = [...vocab.entryNames.keys()].filter(
    (id) => vocab.isProject(id) && vocab.entries.get(id)?.type !== 'unit',
  );
  return new Set(ids.flatMap((id) => [...(vocab.entryNames.get(id) ?? [])]));
});
