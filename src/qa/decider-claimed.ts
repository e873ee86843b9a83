import type { Answer } from './answer';
import type { Analysis } from './analysis';
import { type Decision, PROMOTE_RATIO, asksOther } from './decision';
import { claimAsked } from './claim-asked';
import { saysOpposite, supportVerbAt } from './claim-words';
import { answerWith } from './items';
import { questionLanguage } from './question-language';
import { type PageLine, pageLines } from './page-lines';
import { roleTerms } from './refusals';
import { phraseAt, stem, tokenize } from './text';
import { sameTimeOfYear } from './time-of-year';
import type { Vocabulary } from './vocabulary';

/**
 * "Er det formannskapet som avgjør deleierskapet?", "Avgjør fylkestinget om Trondheim skal bli deleier?", "Is it the
 * county council that decides on co-ownership?", "Er det bystyret som 29. august avgjør …?": a yes/no question of who
 * decides something, where the page has a sentence that says who decides it («29. august avgjør Trondheim bystyre om
 * …»), is answered by that sentence: yes when the one the question names is that one (and every figure it names
 * stands in the sentence), no when it names another body, office, person or organisation. Whoever else it names
 * (a word the bot does not know, "kommunestyret") it leaves to the other rules.
 */
export function answerDeciderClaimed(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, top, fallback } = d;
  // ("What did the city council decide on 29 August – did Trondheim become a co-owner?": what came of it, the page
  // does not say; see past-of-planned.ts.)
  // (Asked who, only with a guess after it: see deciderSlot.)
  const others = { ...analysis, intents: new Set([...analysis.intents].filter((i) => i !== 'who')) };
  if (!claimAsked(vocab, analysis) || asksOther(others) || analysis.past || analysis.intents.has('outcome'))
    return undefined;
  const slot = deciderSlot(vocab, analysis);
  if (slot === undefined) return undefined;
  const [from, to] = slot;
  if (analysis.intentPositions.some((k) => k >= from && k < to)) return undefined;
  const { tokens } = analysis;
  const articles = vocab.language.roleQuestion.articles;
  const at = (k: number) => k >= from && k < to;
  const said = tokens
    .map((t, k) => [stem(t), k] as const)
    // ("Tar bystyret beslutningen om …?": the decision taken is not who takes it.)
    .filter(([t, k]) => at(k) && !articles.has(tokens[k]!) && !vocab.stopwords.has(t))
    .filter(([t]) => !vocab.language.claims.supportVerbs.nouns.has(t));
  if (said.length === 0) return undefined;
  const lang = analysis.lang;
  // ("… avgjer om Trondheim skal bli medeigar …?": the answer in the language the question is written in, whose
  // nynorsk words were read as the page's bokmål ones.)
  const written = tokenize(d.question);
  const asWritten = lang === 'en' ? lang : questionLanguage(vocab, written, written.map(stem));
  const outside = analysis.known.filter((_, j) => !at(analysis.knownPositions[j]!));
  for (const c of candidates) {
    if (c.score < PROMOTE_RATIO * top.score) break;
    // (What is decided, the question names by words outside who decides it.)
    if (!vocab.decisions.has(c.entry.id) || !outside.some((t) => c.strongTerms.has(t))) continue;
    const line = decidingLine(vocab, c.entry.id, lang);
    if (line === undefined || line.doers === undefined) continue;
    const doers = line.doers;
    if (said.every(([t]) => doers.has(t))) {
      // ("Skal bystyret avgjøre om kommunen blir deleier i Helse Midt-Norge RHF?": what is decided, the sentence must
      // say as the question does.)
      const told = (t: string) => line.all.has(t) || line.about.has(t) || line.twin.has(t);
      if (!outside.every(told)) return undefined;
      // ("Er det bystyret som 1. september avgjør …?", "Does the city council decide … in spring?": another date or
      // time of the year is for the sentence's own check.)
      const claims = vocab.language.claims;
      const timed = (t: string) => claims.months.has(stem(t)) || claims.seasons.has(stem(t));
      const figures = tokens.filter((t, k) => !at(k) && (/^\d+$/.test(t) || timed(t)));
      const dated = (t: string) =>
        line.all.has(stem(t)) || line.all.has(t) || [...line.all].some((l) => sameTimeOfYear(claims, t, l));
      if (!figures.every(dated)) return undefined;
      // ("… om kommunen blir eneier i Helseplattformen AS?": what is decided, the sentence says the other way round.)
      const yes = !saysOpposite(vocab.language.claims, analysis.stems, line.all);
      return {
        ...answerWith(vocab, fallback, c.entry, { type: 'claimChecked', yes, sentence: line.text }),
        lang: asWritten,
      };
    }
    const other = said.some(([t, k]) => !doers.has(t) && namesOtherDecider(vocab, analysis, doers, k, to));
    if (!other) return undefined;
    return {
      ...answerWith(vocab, fallback, c.entry, { type: 'claimChecked', yes: false, sentence: line.text }),
      lang: asWritten,
    };
  }
  return undefined;
}

/**
 * Where the question names who decides, as [from, to) in its tokens: between «er det»/"is it" and «som»/"that" before
 * the verb for deciding ("Er det formannskapet som avgjør …"), right after that verb when it opens the question
 * ("Avgjør fylkestinget om …", up to the first small word or figure), or before it ("Skal fylkestinget avgjøre …",
 * "formannskapet avgjør …" of "Stemmer det at formannskapet avgjør …").
 */
function deciderSlot(vocab: Vocabulary, analysis: Analysis): [number, number] | undefined {
  const { tokens } = analysis;
  const claims = vocab.language.claims;
  const shape = vocab.language.questionShape;
  // ("Does the county council take the part-ownership decision …?": to take the decision is to decide.)
  const verb = tokens.findIndex((t, k) => claims.deciding.has(t) || supportVerbAt(claims, tokens, k));
  if (verb < 0) return undefined;
  // "Kæm e det som bestemme om Trondheim ska bli deleier – e det fylkestinget?": who decides, and a guess after it.
  const guess = tokens.findIndex(
    (t, k) => k > verb && shape.yesNo.has(t) && claims.cleft.has(tokens[k + 1] ?? ''),
  );
  if (analysis.intents.has('who')) return guess < 0 ? undefined : guessed(vocab, analysis, guess + 2);
  if (verb === 0) {
    let end = 1;
    while (end < tokens.length && !vocab.stopwords.has(stem(tokens[end]!)) && !/^\d/.test(tokens[end]!))
      end++;
    return end > 1 ? [1, end] : undefined;
  }
  const opens = shape.yesNo.has(tokens[0]!);
  // ("Er det riktig at det er formannskapet som avgjør …?": the cleft in the order of a statement, after the words
  // asking whether it is so, names who decides as the question's does.)
  const stated = claims.cleft.has(tokens[0]!) && shape.yesNo.has(tokens[1] ?? '');
  if ((opens && claims.cleft.has(tokens[1] ?? '')) || stated) {
    const relative = tokens.findIndex((t, k) => k > 2 && k < verb && shape.relative.has(t));
    return relative < 0 ? undefined : [2, relative];
  }
  if (tokens.slice(0, verb).some((t) => shape.relative.has(t))) return undefined;
  return [opens ? 1 : 0, verb];
}

/**
 * The words of a guess from `from` ("e det fylkestinget? Mvh Arne"): after an article, those of the page or of a body
 * that decides, up to the first small word or word the bot does not know.
 */
function guessed(vocab: Vocabulary, analysis: Analysis, from: number): [number, number] | undefined {
  const { tokens } = analysis;
  const start = vocab.language.roleQuestion.articles.has(tokens[from] ?? '') ? from + 1 : from;
  let end = start;
  const word = (k: number) =>
    !vocab.stopwords.has(stem(tokens[k]!)) &&
    (analysis.knownPositions.includes(k) ||
      vocab.language.claims.deciders.some((p) => p.includes(tokens[k]!)));
  while (end < tokens.length && word(end)) end++;
  return end > start ? [start, end] : undefined;
}

/**
 * The decision's sentence that says who decides it, with a verb for deciding, in the question's language (bokmål for
 * nynorsk when it has none).
 */
function decidingLine(vocab: Vocabulary, id: string, lang: string): PageLine | undefined {
  const deciding = vocab.language.claims.deciding;
  const lines = pageLines(vocab).filter(
    (l) => l.id === id && l.doers !== undefined && tokenize(l.text).some((t) => deciding.has(t)),
  );
  return lines.find((l) => l.lang === lang) ?? lines.find((l) => l.lang === 'nb');
}

/**
 * The word names someone else who could decide: a body or office of a municipality, county or state the page gives
 * no part in it (language data: `claims.deciders`, `claims.offices`), or someone or something the page has under a
 * name of its own (a person, a role, the council).
 */
function namesOtherDecider(
  vocab: Vocabulary,
  analysis: Analysis,
  doers: Set<string>,
  k: number,
  end: number,
): boolean {
  const claims = vocab.language.claims;
  const { tokens } = analysis;
  if (claims.offices.has(tokens[k]!) || claims.deciders.some((p) => phraseAt(tokens.slice(0, end), k, p)))
    return true;
  const j = analysis.knownPositions.indexOf(k);
  const term = j < 0 ? undefined : analysis.known[j]!;
  if (term === undefined || doers.has(term)) return false;
  // (Not a word for a kind of place: «kommunen» may be the one whose council decides.)
  if (vocab.placeKindTerms.has(term) || vocab.employers.has(term)) return false;
  return vocab.strongEntries(term) > 0 || vocab.kb.people.some((p) => roleTerms(p).has(term));
}
