/** Scores answers against a question set, by the same rules as the programme's score_qa.py. */

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
  cases.forEach((c, i) => {
    const a = answers[i]!;
    const fallback = a.kind === 'fallback';
    const text = norm(a.text);
    const ok = c.fallback
      ? fallback
      : !fallback &&
        (c.expect ?? []).every((e) => has(text, e)) &&
        !(c.forbid ?? []).some((f) => has(text, f));
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
  };
}
