import type { Answer } from './answer';
import type { Analysis } from './analysis';
import { type Decision, countAsked } from './decision';
import { refuseShowing } from './items';
import type { Candidate } from './ranking';
import { listName, listOf } from './lists';
import type { Entry } from './entries';
import { roleTerms, worksAtTerms } from './refusals';
import { phraseAt, stem, terms, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** Tokens between a word of negation and a word of taking part that still go together ("er ikke med i …"). */
const NEGATION_REACH = 3;

/**
 * "Hvilke tjenester i Trondheim kommune er ikke med i det nye journalsystemet?", "Which services are NOT included?",
 * "Kva kommunar er ikkje med?", "Hvem er ikke med i samarbeidsrådet?": a list question that asks what is not part of
 * a list the page gives of what is part of it. The page says only what is included, so the bot says so and shows that
 * list rather than giving it as the answer. Not when the words after the negation pick some items of the list by what
 * they are ("Hvem i samarbeidsrådet er ikke rådmann?": the members who are not) or name something else the page
 * has ("Hvilke delprosjekter ledes ikke av Rådmannens fagstab?"); not in a yes/no question ("Er ikke legevakt med?").
 */
export function refuseNegatedList(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback, top } = d;
  if (analysis.yesNo || !listAsked(analysis)) return undefined;
  const list = listOf(vocab, top.entry);
  if (!list) return undefined;
  const besides = noneBesides(d);
  if (besides) return besides;
  const at = negatedInclusion(vocab, analysis.tokens);
  if (at < 0) return undefined;
  const after = analysis.known.filter((_, k) => analysis.knownPositions[k]! > at);
  const items = itemTerms(vocab, top.entry);
  const picksSome = (t: string) => {
    const n = items.filter((s) => s.has(t)).length;
    return n > 0 && n < items.length;
  };
  // A word another entry is called by, besides the project or platform themselves and the places they are in.
  const namesOther = (t: string) =>
    !vocab.orgWords.has(t) &&
    !vocab.projectTerms.has(t) &&
    !top.terms.has(t) &&
    candidates.some((c) => c !== top && !vocab.isProject(c.entry.id) && c.strongTerms.has(t));
  if (after.some((t) => picksSome(t) || namesOther(t))) return undefined;
  return refuseShowing(vocab, fallback, top.entry, {
    attribute: 'excluded',
    subject: listName(vocab, top.entry, analysis.lang),
  });
}

/**
 * "Hvilke kommuner i Nordland er med utenom Bindal?", "Which municipalities in Nordland take part besides Bindal?": the
 * items the question's words pick from the list are all left out by its exception, so the page names no other; the bot
 * says so and shows the list. (With others left, "Hvilke tjenester er med utenom legevakt?", the list answers.)
 */
function noneBesides(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  const excepted = exceptedTerms(vocab, d.question);
  if (excepted.length === 0) return undefined;
  const items = itemTerms(vocab, top.entry);
  const left = new Set(items.filter((s) => excepted.some((t) => s.has(t))));
  if (left.size === 0) return undefined;
  // What the question's own words pick: the items with all of its words that some items have and others not (the
  // noun asked for is the kind listed: "Which municipalities …").
  const picking = analysis.known.filter((t) => {
    if (t === analysis.askedNoun) return false;
    const n = items.filter((s) => s.has(t)).length;
    return n > 0 && n < items.length;
  });
  if (picking.length === 0) return undefined;
  const picked = items.filter((s) => picking.every((t) => s.has(t)));
  if (picked.length === 0 || picked.some((s) => !left.has(s))) return undefined;
  const list = listOf(vocab, top.entry)!;
  const names = items.flatMap((s, i) =>
    left.has(s) ? [(list[analysis.lang] ?? list.nb)[i] ?? list.nb[i]!] : [],
  );
  return refuseShowing(vocab, fallback, top.entry, { attribute: 'noneBesides', subject: names.join(', ') });
}

/**
 * "Is the dental health service going to use Helseplattformen?", "Will the ambulance services be part of it?": a yes/no
 * question that names, by an everyday word the bot has nothing of, a kind of the list's own items ("dental" before
 * "health service") asks about an item the page's list does not hold. The page lists only what is included, so the bot
 * says it does not list that and shows the list, rather than answering with the list or its count.
 */
export function refuseNotListed(vocab: Vocabulary, analysis: Analysis, top: Candidate, fallback: Answer) {
  if (!listOf(vocab, top.entry)) return undefined;
  const written = analysis.words();
  for (const p of analysis.everydayPositions) {
    let end = p + 1;
    const own = (k: number) => top.terms.has(analysis.known[analysis.knownPositions.indexOf(k)] ?? '');
    while (own(end)) end++;
    if (end === p + 1) continue;
    const subject = written.slice(p, end).join(' ');
    return refuseShowing(vocab, fallback, top.entry, { attribute: 'notListed', subject });
  }
  return undefined;
}

/**
 * The terms of the words a phrase of exception leaves out ("utenom Bindal", "besides the council"), as written; also
 * after «enn»/"than" with a word for other a word or two before it ("en annen tittel enn rådmann"), and the words
 * joined to one by «og»/«eller» ("fleire kommunar enn Kristiansund og Molde"), unless a question opens there.
 */
export function exceptedTerms(vocab: Vocabulary, question: string): string[] {
  const tokens = tokenize(question);
  const { except, other, yesNo } = vocab.language.questionShape;
  const { joins, alternatives, questionWords } = vocab.language.focus;
  const articles = vocab.language.roleQuestion.articles;
  const than = vocab.language.claims.exclusion;
  const otherThan = (k: number) =>
    than.has(tokens[k]!) && [1, 2, 3].some((j) => other.has(tokens[k - j] ?? '')) ? [tokens[k]!] : undefined;
  const joined = (k: number) =>
    (joins.has(tokens[k] ?? '') || alternatives.has(tokens[k] ?? '')) &&
    tokens[k + 1] !== undefined &&
    !questionWords.has(tokens[k + 1]!) &&
    !yesNo.has(tokens[k + 1]!);
  const out: string[] = [];
  tokens.forEach((_, k) => {
    const phrase = except.find((p) => phraseAt(tokens, k, p)) ?? otherThan(k);
    if (!phrase) return;
    let at = k + phrase.length;
    if (articles.has(tokens[at] ?? '')) at++;
    if (tokens[at] === undefined) return;
    out.push(...terms(tokens[at]!));
    for (; joined(at + 1); at += 2) out.push(...terms(tokens[at + 2]!));
  });
  return out;
}

/** Asks which or who, or how many: "Hvilke tjenester …", "Who is not …", "Kor mange kommunar er ikkje med?". */
function listAsked(analysis: Analysis): boolean {
  return (
    analysis.askedNoun !== undefined ||
    analysis.opening === 'who' ||
    analysis.opening === 'list' ||
    countAsked(analysis)
  );
}

/**
 * Where the word of negation stands that says something is not part of the list ("ikke med", "not included", "inngår
 * ikkje", "er unntatt"), or -1: a negation with a word of taking part within a few words of it.
 */
function negatedInclusion(vocab: Vocabulary, tokens: string[]): number {
  const shape = vocab.language.questionShape;
  const at = (phrases: string[][], k: number) => phrases.find((p) => phraseAt(tokens, k, p));
  for (let k = 0; k < tokens.length; k++) {
    // "Hvilke tjenester er unntatt?", "Which services are left out?": the words say it alone.
    if (at(shape.excluded, k)) return k;
    const negation = at(shape.negation, k);
    if (!negation) continue;
    const from = Math.max(0, k - NEGATION_REACH);
    const to = Math.min(tokens.length, k + negation.length + NEGATION_REACH);
    for (let j = from; j < to; j++) if (at(shape.inclusion, j)) return k;
  }
  return -1;
}

/** The words of each item of the entry's list, in every language; for a body's members, their roles and workplaces. */
function itemTerms(vocab: Vocabulary, entry: Entry): Set<string>[] {
  const body = entry.type === 'body' ? vocab.bodies.get(entry.id) : undefined;
  if (body)
    return body.members.map((m) => {
      const p = vocab.people.get(m)!;
      return new Set([...terms(p.name), ...roleTerms(p), ...worksAtTerms(p)]);
    });
  const list = listOf(vocab, entry);
  if (!list) return [];
  return list.nb.map(
    (_, i) =>
      new Set([list.nb[i], list.nn?.[i], list.en?.[i]].flatMap((x) => (x ? terms(vocab.writeOut(x)) : []))),
  );
}

/** True when a word of negation stands before the token at `position` ("ledes ikke av Rådmannens fagstab"). */
export function negatedBefore(vocab: Vocabulary, tokens: string[], position: number): boolean {
  const negation = vocab.language.questionShape.negation;
  return tokens.some((_, k) => k < position && negation.some((p) => phraseAt(tokens, k, p)));
}

/**
 * "Stemmer det at legevakten ikke er med?", "… at kommunene i Møre og Romsdal står utenfor?", "Is it true that Bindal
 * is outside the work?": a yes/no question that says what it names is left out. Not the negation on the verb that
 * opens a question ("Er ikke legevakt med?", "Isn't Bindal part of it?" ask whether it is not so, expecting yes), not
 * «ikke bare» ("not only"), and not a place outside another ("… utenfor Trøndelag").
 */
export function deniesInclusion(vocab: Vocabulary, analysis: Analysis): boolean {
  const { tokens } = analysis;
  const only = vocab.language.claims.only;
  return tokens.some((_, k) => {
    if (leavingOutAt(vocab, tokens, k) > 0) return true;
    const negation = denialAt(vocab, tokens, k);
    return negation !== undefined && !only.has(stem(tokens[k + negation.length] ?? ''));
  });
}

/**
 * How many words at `k` say that something is left out: a phrase for it («holdt utenfor», "excluded from"), or
 * «utenfor»/"outside" when no place follows («utenfor Trøndelag» places, it leaves nothing out); 0 when none.
 */
export function leavingOutAt(vocab: Vocabulary, tokens: string[], k: number): number {
  const excluded = vocab.language.questionShape.excluded.find((p) => phraseAt(tokens, k, p));
  if (excluded) return excluded.length;
  if (!vocab.language.claims.outside.has(stem(tokens[k] ?? ''))) return 0;
  const next = vocab.language.roleQuestion.articles.has(tokens[k + 1] ?? '') ? k + 2 : k + 1;
  const after = stem(tokens[next] ?? '');
  return vocab.employers.has(after) || vocab.orgWords.has(after) ? 0 : 1;
}

/**
 * The words of a denial at `k` («ikke», "not"), unless it is the negation on the verb that opens a yes/no question
 * ("Er ikke legevakt med?" expects yes).
 */
export function denialAt(vocab: Vocabulary, tokens: string[], k: number): string[] | undefined {
  const shape = vocab.language.questionShape;
  const opening = k === 0 || (k === 1 && shape.yesNo.has(tokens[0]!));
  return opening ? undefined : shape.negation.find((p) => phraseAt(tokens, k, p));
}
