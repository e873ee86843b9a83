import type { Answer } from './answer';
import { type Decision, PROMOTE_RATIO } from './decision';
import { claimAsked } from './claim-asked';
import { dueBy } from './deadline';
import { answerWith } from './items';
import { pageLines } from './page-lines';
import { type MonthSpan, monthsOf, within } from './time-of-year';
import { all } from './entries';
import { phraseAt, stem, terms } from './text';
import type { Vocabulary } from './vocabulary';

/** A word for by or before stands so many words at most before the word for the deadline ("before the October 2018 deadline"). */
const FRAME_REACH = 4;

/** A date as far as it is said: each part may be missing ("hausten 2018" says the year and a span of months). */
interface SaidDate {
  day?: number;
  months?: MonthSpan;
  year?: number;
}

/**
 * "Did the RHF have to present its benefits strategy by 1 October 2018?", "Er fristen for strategien … 1. oktober
 * 2018?", "Stemmer det at RHF-et hadde ein frist hausten 2018 for å leggje fram strategien?": a yes/no question that
 * says by when something had to be done, of a decision the page gives a deadline for («legges fram innen 01.10.2018»),
 * is answered yes when every part of the date it says (day, month or season, year) is the deadline's, and no when one
 * is not, with the page's sentence. Said in the past, it must say it was due («had to», «frist», "due"): "Did the RHF
 * present its strategy by 1 October 2018?" asks what came of it, which the page does not say (past-of-planned.ts).
 */
export function answerDeadlineClaimed(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, top, fallback } = d;
  if (!claimAsked(vocab, analysis)) return undefined;
  const { tokens } = analysis;
  const claims = vocab.language.claims;
  const shape = vocab.language.questionShape;
  // ("Did the RHF present its strategy before the October 2018 deadline?": in the past, a deadline something is said to
  // be done by or before is when; the question asks what came of it.)
  const framed = (k: number) =>
    analysis.past &&
    tokens.slice(Math.max(0, k - FRAME_REACH), k).some((t) => shape.dueBy.has(t) || shape.sequence.has(t));
  const deadline = tokens.some((t, k) => shape.deadline.has(t) && !framed(k));
  const owed =
    tokens.some((t) => claims.obligation.has(stem(t))) ||
    tokens.some((_, k) => claims.owed.some((p) => phraseAt(tokens, k, p)));
  const by = tokens.some((t) => shape.dueBy.has(t));
  // ("Skulle RHF-et ha strategien klar hausten 2018?", "Did the RHF have to present its strategy in autumn 2018?": what
  // was to be ready or done at a time was due by it.)
  if (!deadline && !owed && !(by && !analysis.past)) return undefined;
  // ("Skulle RHF-et ha kantina klar hausten 2018?", "… legge fram kantina innen 01.10.2018?": what was to be ready or
  // done by a time is a thing the page does not have; not a word of when.)
  const when = (t: string) => shape.done.has(t) || shape.deadline.has(t) || monthsOf(claims, t) !== undefined;
  // ("Is Verdal represented on the council by a doctor?": "by" before no date says who, not by when.)
  const said = dateSaid(vocab, tokens);
  if (said === undefined) return undefined;
  if (analysis.everydayPositions.some((p) => !when(tokens[p]!))) return fallback;
  for (const c of candidates) {
    if (c.score < PROMOTE_RATIO * top.score) break;
    const decision = vocab.decisions.get(c.entry.id);
    if (!decision?.date) continue;
    // (Whose it is, the question says by the organisations it names: "… Trondheim's benefits strategy …".)
    const whose = terms(`${all(decision.decidedBy)} ${all(decision.title)}`);
    if (!analysis.known.every((t) => !vocab.orgWords.has(t) || whose.includes(t))) continue;
    // ("Is the deadline for Trondheim's benefits strategy …?": what the question names, the page dates but gives no
    // deadline for.)
    if (!dueBy(vocab, c.entry.id)) return undefined;
    const due = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(decision.date);
    if (!due) continue;
    const [day, month, year] = due.slice(1).map(Number) as [number, number, number];
    const yes =
      (said.day === undefined || said.day === day) &&
      (said.months === undefined || within(month, said.months)) &&
      (said.year === undefined || said.year === year);
    const lang = analysis.lang === 'nn' ? 'nb' : analysis.lang;
    const line = pageLines(vocab).find((l) => l.id === c.entry.id && l.lang === lang && l.dated);
    if (!line) return undefined;
    return answerWith(vocab, fallback, c.entry, { type: 'claimChecked', yes, sentence: line.text });
  }
  return undefined;
}

/**
 * The date a question says: a year in four figures, a month by name (with the day in figures before it) or by number
 * in a date in figures ("01.10.2018"), or a season ("hausten"); undefined when it says no month, season or year.
 */
function dateSaid(vocab: Vocabulary, tokens: string[]): SaidDate | undefined {
  const claims = vocab.language.claims;
  const said: SaidDate = {};
  tokens.forEach((t, k) => {
    if (/^\d{4}$/u.test(t)) {
      said.year = Number(t);
      // ("01.10.2018": day and month in figures before the year.)
      const [a, b] = [tokens[k - 2] ?? '', tokens[k - 1] ?? ''];
      if (/^\d{1,2}$/u.test(a) && /^\d{1,2}$/u.test(b) && said.months === undefined) {
        said.day = Number(a);
        said.months = [Number(b), Number(b)];
      }
    }
    const months = monthsOf(claims, t);
    if (months === undefined || (said.months !== undefined && months[0] !== months[1])) return;
    said.months = months;
    const before = tokens[k - 1] ?? '';
    if (months[0] === months[1] && /^\d{1,2}$/u.test(before)) said.day = Number(before);
  });
  return said.year === undefined && said.months === undefined ? undefined : said;
}
