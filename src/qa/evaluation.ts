/**
 * Scores answers against a question set, by the rules of the programme's score_qa.py and one more: a yes/no answer
 * whose first word is the opposite of the verdict the case expects («Ja» where the page says no) is wrong, even when
 * the expected words appear further on (score_qa.py's substring match finds «No» inside «Nordland»).
 */

/** One evaluation question: expected facts (each a string or a list of alternatives), forbidden facts, or a fallback. */
export interface EvalCase {
  q: string;
  cat: string;
  expect?: (string | string[])[];
  forbid?: (string | string[])[];
  fallback?: boolean;
}

/** What the bot answered: its kind and all the text the user saw. */
export interface EvalAnswer {
  kind: string;
  text: string;
}

/** The score per category and in total. */
export interface EvalReport {
  categories: Record<string, { ok: number; total: number }>;
  answerable: { ok: number; total: number; percent: number };
  outOfScope: { ok: number; total: number };
  nearMiss: { ok: number; total: number };
  misses: { q: string; cat: string; got: string }[];
  /** Answers to cases that expect «Ja»/«Yes» or «Nei»/«No»: how many start with that verdict, none, or the opposite. */
  verdicts: { right: number; none: number; opposite: number };
}

type Verdict = 'yes' | 'no';
const verdictWords: Record<string, Verdict> = { ja: 'yes', jo: 'yes', yes: 'yes', nei: 'no', no: 'no' };

/** The verdict a case expects: one of its expected facts is «Ja»/«Yes» or «Nei»/«No» (alone or as alternatives). */
function expectedVerdict(c: EvalCase): Verdict | undefined {
  for (const e of c.expect ?? [])
    for (const alt of Array.isArray(e) ? e : [e]) {
      const v = verdictWords[alt.trim().toLowerCase()];
      if (v) return v;
    }
  return undefined;
}

/** The verdict an answer opens with, if its first word is one. */
function givenVerdict(text: string): Verdict | undefined {
  const first = /^\s*([\p{L}]+)/u.exec(text)?.[1];
  return first ? verdictWords[first.toLowerCase()] : undefined;
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9æøåäöüé]/g, '');
const has = (text: string, e: string | string[]) =>
  (Array.isArray(e) ? e : [e]).some((a) => text.includes(norm(a)));

/** Scores each answer against its case. */
export function scoreAnswers(cases: EvalCase[], answers: EvalAnswer[]): EvalReport {
  const categories: EvalReport['categories'] = {};
  const misses: EvalReport['misses'] = [];
  const verdicts = { right: 0, none: 0, opposite: 0 };
  cases.forEach((c, i) => {
    const a = answers[i]!;
    const fallback = a.kind === 'fallback';
    const text = norm(a.text);
    const expected = c.fallback || fallback ? undefined : expectedVerdict(c);
    const given = expected && givenVerdict(a.text);
    if (expected) verdicts[given === expected ? 'right' : given ? 'opposite' : 'none']++;
    const ok = c.fallback
      ? fallback
      : !fallback &&
        (c.expect ?? []).every((e) => has(text, e)) &&
        !(c.forbid ?? []).some((f) => has(text, f)) &&
        !(given && given !== expected);
    const s = (categories[c.cat] ??= { ok: 0, total: 0 });
    s.total++;
    if (ok) s.ok++;
    else
      misses.push({
        q: c.q,
        cat: c.cat,
        got: fallback ? 'fallback' : a.text.replace(/\s+/g, ' ').slice(0, 200),
      });
  });
  const answerableCats = Object.entries(categories).filter(
    ([k]) => k !== 'out_of_scope' && k !== 'near_miss',
  );
  const ok = answerableCats.reduce((n, [, v]) => n + v.ok, 0);
  const total = answerableCats.reduce((n, [, v]) => n + v.total, 0);
  return {
    categories,
    answerable: { ok, total, percent: total === 0 ? 0 : (100 * ok) / total },
    outOfScope: categories.out_of_scope ?? { ok: 0, total: 0 },
    nearMiss: categories.near_miss ?? { ok: 0, total: 0 },
    misses,
    verdicts,
  };
}
