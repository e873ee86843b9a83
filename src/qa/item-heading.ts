import type { Answer } from './answer';
import { type Decision, asksOther, countAsked } from './decision';
import { answerWith } from './items';
import { pick } from './knowledge-base';
import { listName } from './lists';
import { perVocabulary } from './per-vocabulary';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/** So many of the question's words, besides those naming the benefits, must name the item (and no other). */
const ITEM_WORDS_MIN = 1;

/** Per vocabulary: each benefit, with its category and the terms of its wording in every language. */
const benefits = perVocabulary((vocab: Vocabulary) =>
  vocab.kb.gains.categories.flatMap((category) =>
    category.items.nb.map((_, i) => ({
      category,
      index: i,
      terms: new Set(
        [category.items.nb[i], category.items.nn?.[i], category.items.en?.[i]].flatMap((x) =>
          x ? terms(vocab.writeOut(x)) : [],
        ),
      ),
    })),
  ),
);

/**
 * "Is 'fewer unnecessary admissions' listed as a quality benefit?", "Står «mindre tid på å samstemme medisinlister»
 * under effektivitet?": a yes/no question that names a benefit by its words and a category by its name asks whether
 * the benefit stands under that heading. Yes with the benefit when it does; no with the benefit under the heading it
 * does stand under, when that is another (a word of the heading's name in another benefit names no benefit).
 */
export function answerItemHeading(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = d;
  if (!analysis.yesNo || asksOther(analysis)) return undefined;
  const naming = vocab.entryNames.get(vocab.kb.gains.id) ?? new Set<string>();
  const said = [...new Set(analysis.known)].filter((t) => !naming.has(t));
  const held = benefits(vocab).map((b) => ({ b, n: said.filter((t) => b.terms.has(t)).length }));
  const most = Math.max(0, ...held.map((h) => h.n));
  const best = held.filter((h) => h.n === most);
  if (most < ITEM_WORDS_MIN || best.length !== 1) return undefined;
  const { category, index, terms: own } = best[0]!.b;
  // The heading asked about is named by a word of its own, not by the benefit's words ("patient safety" names the
  // quality benefits too).
  const headings = candidates.filter(
    (c) =>
      c.entry.type === 'gainCategory' &&
      c.named &&
      [...c.strongTerms].some((t) => analysis.positions.has(t) && !own.has(t)),
  );
  if (headings.length !== 1) return undefined;
  const heading = headings[0]!;
  const lang = analysis.lang;
  const item = (category.items[lang] ?? category.items.nb)[index] ?? category.items.nb[index]!;
  const entry = vocab.entries.get(category.id);
  if (!entry) return undefined;
  if (category.id === heading.entry.id)
    return answerWith(vocab, fallback, entry, { type: 'yes', item, subject: listName(vocab, entry, lang) });
  return answerWith(vocab, fallback, entry, {
    type: 'claimChecked',
    yes: false,
    sentence: `${pick(category.name, lang)}: ${item}`,
  });
}

/**
 * "Which listed benefit concerns medication?", "Kva for ein gevinst handlar om velferdsteknologi?": a which-question for
 * a benefit, whose other words all stand in one benefit (and name no heading), asks for that benefit: it is the
 * answer, under its heading, not every benefit.
 */
export function answerBenefitByWhat(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = d;
  if (analysis.yesNo || asksOther(analysis) || countAsked(analysis) || analysis.unknown.length > 0)
    return undefined;
  const { tokens } = analysis;
  const which = vocab.language.questionShape.which;
  const opens =
    which.has(tokens[0] ?? '') ||
    which.has(tokens.slice(0, 2).join(' ')) ||
    vocab.language.roleQuestion.what.has(tokens[0] ?? '');
  if (!opens) return undefined;
  const naming = vocab.entryNames.get(vocab.kb.gains.id) ?? new Set<string>();
  if (!analysis.known.some((t) => naming.has(t))) return undefined;
  // ("Hvilke gevinster gjelder kvalitet?": a heading named asks for its benefits, all of them.)
  const headed = new Set(
    candidates.filter((c) => c.entry.type === 'gainCategory' && c.named).flatMap((c) => [...c.strongTerms]),
  );
  // ("Hvilke gevinster gir det nye systemet?": nor does a word for the platform, which gives them all.)
  const said = [...new Set(analysis.known)].filter(
    (t) => !naming.has(t) && !headed.has(t) && !vocab.projectTerms.has(t),
  );
  if (said.length === 0) return undefined;
  const found = benefits(vocab).filter((b) => said.every((t) => b.terms.has(t)));
  if (found.length !== 1) return undefined;
  const { category, index } = found[0]!;
  const only = (items: string[] | undefined) => (items ? [items[index]!] : undefined);
  const one = {
    ...category,
    items: { nb: only(category.items.nb)!, nn: only(category.items.nn), en: only(category.items.en) },
  };
  return {
    kind: 'answer',
    lang: analysis.lang,
    question: fallback.question,
    topicId: category.id,
    items: [{ type: 'gains', title: vocab.kb.gains.title, categories: [one] }],
  };
}
