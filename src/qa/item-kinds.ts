import type { Answer, Direct } from './answer';
import { answerWith } from './items';
import { itemNamed, itemTermSets, listName, listOf } from './lists';
import { countMissing } from './refusals';
import { hasPhrase, terms } from './text';
import type { Analysis } from './analysis';
import type { Candidate } from './ranking';
import type { Vocabulary } from './vocabulary';
import { type Decision, asksOther, countAsked } from './decision';
import { perVocabulary } from './per-vocabulary';
import { isKindWord } from './kind-words';
import { analyse } from './analysis';
import { sentencesOf } from './focus';

/**
 * Per vocabulary and fact: each kind of its items, as the items' places in the list and the terms of the words for
 * whom or what they serve and of the words that name them.
 */
const kindsOf = perVocabulary(
  (vocab: Vocabulary) =>
    new Map(
      vocab.kb.facts.map((f) => [
        f.id,
        f.kinds.map((k) => ({
          at: k.items.map((item) => f.items!.nb.indexOf(item)),
          serves: new Set(k.serves.flatMap((w) => terms(w))),
          are: new Set(k.are.flatMap((w) => terms(w))),
        })),
      ]),
    ),
);

/** The items of the kinds a question names, by their places in the list, and the terms that named them. */
interface KindsAsked {
  at: number[];
  serves: Set<string>;
  are: Set<string>;
}

/**
 * The items of the entry's list of the kinds the question names ("tjenester for barn og unge": helsestasjon and
 * skolehelsetjenesten), in the list's order; undefined when it names none.
 */
export function itemsOfKind(vocab: Vocabulary, id: string, analysis: Analysis): KindsAsked | undefined {
  const named = (set: Set<string>) => analysis.known.filter((t) => set.has(t));
  const kinds = kindsOf(vocab).get(id) ?? [];
  const held = kinds.filter((k) => named(k.serves).length + named(k.are).length > 0);
  // (The last part of a name only when no kind held with the list is named: "Which team working with refugees …"
  // asks for the team of the refugees' kind, which there is none of.)
  const heads = held.length === 0 && kinds.length > 0 ? headKinds(vocab, id, analysis) : [];
  const asked = [...held, ...heads.filter((k) => named(k.are).length > 0)];
  if (asked.length === 0) return undefined;
  return {
    at: [...new Set(asked.flatMap((k) => k.at))].sort((a, b) => a - b),
    serves: new Set(asked.flatMap((k) => named(k.serves))),
    are: new Set(asked.flatMap((k) => named(k.are))),
  };
}

/** Per vocabulary, the terms of each item of a list, per entry: worked out the first time a list is asked of. */
const ITEM_TERMS = perVocabulary(() => new Map<string, Set<string>[]>());

/** A word this long at least may be the last part of an item's name that says what kind of thing it is. */
const HEAD_MIN = 4;

/**
 * "Hvilke team og kontorer er med?": a word of the question that ends the name of some items ("helse- og
 * overdoseteamet", "helse- og velferdskontor") says what they are, as a kind held with the list would; not the list's
 * own word ("tjenester"), which every item is.
 */
function headKinds(vocab: Vocabulary, id: string, analysis: Analysis) {
  const entry = vocab.entries.get(id);
  const list = entry === undefined ? undefined : listOf(vocab, entry);
  if (!list) return [];
  const own = vocab.entryNames.get(id) ?? new Set<string>();
  const known = ITEM_TERMS(vocab);
  const items = known.get(id) ?? known.set(id, itemTermSets(vocab, list)).get(id)!;
  return [...new Set(analysis.known)]
    .filter((t) => t.length >= HEAD_MIN && !own.has(t) && !vocab.orgWords.has(t))
    .map((t) => ({
      at: items.flatMap((set, i) => ([...set].some((u) => u.endsWith(t)) ? [i] : [])),
      serves: new Set<string>(),
      are: new Set([t]),
    }))
    .filter((k) => k.at.length > 0 && k.at.length < items.length);
}

/**
 * "Which team working with drug users is included?": the noun a which-question asks for is a word of the items of the
 * kinds it names (the health and overdose team); "Which team working with refugees …" asks for none there.
 */
export function nounOfKindItems(vocab: Vocabulary, d: Decision): boolean {
  const { analysis, top } = d;
  const noun = analysis.askedNoun;
  const kinds = noun === undefined ? undefined : itemsOfKind(vocab, top.entry.id, analysis);
  const list = listOf(vocab, top.entry);
  if (!kinds || !list) return false;
  const words = kinds.at.flatMap((i) => [list.nb[i], list.nn?.[i], list.en?.[i]]);
  return words.some((w) => w !== undefined && terms(vocab.writeOut(w)).includes(noun!));
}

/**
 * "Hvilke tjenester for barn og unge er med?", "Which rehab-type services are included?", "Hvor mange tjenester for
 * rus og fengsel …?", "Hvilke institusjoner får Helseplattformen?": a list asked for by what its items are for or whom
 * they serve, or by a word that names some of them (the kinds held with the list in the knowledge base), gets the
 * items of those kinds, with the whole entry below. A kind the list has no items of («tjenester for tannhelse») names
 * no kind word and is refused by the rules before this one; so is one narrowed by what the bot does not know
 * («tjenester for barn med diabetes»). «Hvor mange barn …», «Får fengselet …?» ask of those served, not the services.
 */
export function answerItemsOfKind(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  if (top.entry.type !== 'fact' || asksOther(analysis)) return undefined;
  const kinds = itemsOfKind(vocab, top.entry.id, analysis);
  // "Is the child welfare service included?": the item a yes/no question names (the health and welfare offices) is not
  // of the kind named by the word right before the item's word (for children); the service asked about is another.
  // ("Does the scope include health care for prisoners?": an item named by a word many have, «care», beside a kind
  // it is not of, is answered with the items of that kind too.)
  if (d.yes !== undefined && (!kinds || kinds.at.includes(d.yesIndex))) return undefined;
  if (d.yes !== undefined && otherKindBefore(vocab, d, kinds!)) return fallback;
  const list = listOf(vocab, top.entry);
  if (!list || (kindsOf(vocab).get(top.entry.id) ?? []).length === 0) return undefined;
  // Asked which ("Hvilke av tjenestene …"), how many or whether there are any of them ("What do refugees need to bring
  // …" asks none of that).
  const listAsked =
    vocab.language.questionShape.which.has(analysis.tokens[0] ?? '') ||
    analysis.askedNoun !== undefined ||
    analysis.intents.has('list') ||
    countAsked(analysis) ||
    analysis.yesNo;
  if (!listAsked) return undefined;
  if (!kinds) return kindUnknown(vocab, d) ? fallback : undefined;
  // (Where an item is named, what this rule cannot answer is left to that item's yes.)
  const named = d.yes !== undefined;
  const unknown = analysis.unknown.length > 0 || analysis.everydayPositions.length > 0;
  if (unknown && !clarifiedByKinds(vocab, d)) return named ? undefined : fallback;
  // "Hvilke kommuner i Nordland har egen legevakt?": asked which places have a kind of the things, the question asks for
  // places, which the list is not of (its name says whose the services are).
  if (!named && analysis.askedNoun !== undefined && vocab.placeKindTerms.has(analysis.askedNoun))
    return fallback;
  // "Hvilken helsestasjon hører vi til?": asked which of a thing an item is as a whole, and of no kind besides, the
  // question asks which one of those there are; the list names the service once and says no more of it.
  if (!named && kinds.serves.size === 0 && onlyWholeItems(list, kinds, analysis))
    return countAsked(analysis)
      ? { ...fallback, missing: countMissing(analysis, analysis.askedNoun) }
      : fallback;
  // The services are asked for by their list's word ("tjenester for barn"), by a word of the items themselves ("the
  // team working with drug users"), or by a word that names some ("institusjoner"); the noun counted or listed is not
  // one of those served, unless, in English, it says what kind of the list's things ("rehab-type services").
  const noun = analysis.askedNoun;
  const place = (t: string) => analysis.positions.get(t) ?? -1;
  const modifier = (t: string) =>
    analysis.lang === 'en' && [...top.nameTerms].some((n) => place(n) > place(t) && place(n) - place(t) <= 2);
  const served = noun !== undefined && kinds.serves.has(noun) && !kinds.are.has(noun) && !modifier(noun);
  // ("… for drug users or out-of-hours care?": an item the question names itself is asked for beside the kind.)
  const itemTerms = itemTermSets(vocab, list);
  const own = (t: string) => !isKindWord(vocab, t) && itemTerms.filter((set) => set.has(t)).length === 1;
  // ("Hvilke helsetjenester for flyktninger og innsatte er med?": the noun is an item's whole name, «flyktninghelse-
  // tjenester», beside a kind; not a word of one, "Which team working with refugees …?")
  const itemAsked = noun !== undefined && own(noun) && list.nb.some((item) => terms(item).join(' ') === noun);
  const asked =
    named || top.nameTerms.size > 0 || kinds.are.size > 0 || nounOfKindItems(vocab, d) || itemAsked;
  if ((served || !asked) && named) return undefined;
  if (served || !asked)
    return countAsked(analysis) ? { ...fallback, missing: countMissing(analysis, noun) } : fallback;
  const itself = itemTerms.flatMap((set, i) => (analysis.known.some((t) => own(t) && set.has(t)) ? [i] : []));
  const at = [...new Set([...kinds.at, ...itself, ...(named ? [d.yesIndex] : [])])].sort((a, b) => a - b);
  const lang = analysis.lang;
  const items = at.map((i) => (list[lang] ?? list.nb)[i] ?? list.nb[i]!);
  const subject = listName(vocab, top.entry, lang);
  const direct: Direct = countAsked(analysis)
    ? { type: 'count', count: items.length, subject: `${subject}: ${items.join(', ')}` }
    : { type: 'ofKind', items, subject, yes: analysis.yesNo };
  return answerWith(vocab, fallback, top.entry, direct);
}

/**
 * "Hvilke tjenester for utsatte grupper er med? Tenker på flyktninger, rus osv.": words the bot does not know, all in the
 * question, said in the sentence after it by kinds of the list's things (and nothing else it does not know), are those
 * kinds in other words.
 */
function clarifiedByKinds(vocab: Vocabulary, d: Decision): boolean {
  const { analysis } = d;
  const sentences = sentencesOf(d.question);
  if (sentences.length < 2) return false;
  const end = analyse(vocab, sentences.slice(0, -1).join(' ')).tokens.length;
  const kinds = analysis.known.filter((t, j) => isKindWord(vocab, t) && analysis.knownPositions[j]! >= end);
  const unknown = [...analysis.unknownPositions, ...analysis.everydayPositions];
  return kinds.length > 0 && unknown.every((p) => p < end);
}

/** How many words after the list's word, past its preposition, may say what kind of its things ("for psykisk helse"). */
const KIND_REACH = 3;

/**
 * "Hvilke tjenester for psykisk helse er med?", "Which mental health services are included?": the list asked for,
 * narrowed by words the bot does not know right after its word and a preposition (or, in English, right before it),
 * asks for a kind of its things the knowledge base holds none of, whatever else the question knows.
 */
function kindUnknown(vocab: Vocabulary, d: Decision): boolean {
  const { analysis, top } = d;
  const named = [...top.nameTerms].map((t) => analysis.positions.get(t) ?? -1).filter((p) => p >= 0);
  if (named.length === 0) return false;
  const at = Math.min(...named);
  const unknown = new Set([...analysis.unknownPositions, ...analysis.everydayPositions]);
  if (analysis.lang === 'en') return unknown.has(at - 1);
  if (!vocab.language.questionShape.qualifiers.has(analysis.tokens[at + 1] ?? '')) return false;
  return Array.from({ length: KIND_REACH }, (_, k) => at + 2 + k).some((p) => unknown.has(p));
}

/**
 * Every item of the kinds asked is named by the noun asked for, the whole of its name (in some language); or the noun
 * with the words right before it is the whole of one's name, its original in brackets aside: "Which nursing home in
 * Trondheim has free rooms?" asks which one of the nursing homes, as «Hvilket sykehjem …» does, whatever «home» is
 * the last part of besides.
 */
function onlyWholeItems(
  list: Record<string, string[] | undefined>,
  kinds: KindsAsked,
  analysis: Analysis,
): boolean {
  const noun = analysis.askedNoun;
  if (noun === undefined || !kinds.are.has(noun)) return false;
  const whole = (i: number) =>
    Object.values(list).some((items) => items?.[i] !== undefined && terms(items[i]!).join(' ') === noun);
  if (kinds.at.every(whole)) return true;
  const phrase = nounPhrase(analysis, noun);
  const named = (item: string) => {
    const name = terms(item.replace(/\s*\([^)]*\)\s*$/, ''));
    return name.length === phrase.length && name.every((t, k) => sameWord(t, phrase[k]!));
  };
  return (
    phrase.length > 1 && kinds.at.some((i) => Object.values(list).some((items) => named(items?.[i] ?? '')))
  );
}

/** Two terms are one word in two forms when one is the other with a letter more ("home", and "homes" stemmed "hom"). */
const sameWord = (a: string, b: string) =>
  a === b || (Math.abs(a.length - b.length) === 1 && (a.startsWith(b) || b.startsWith(a)));

/** The known words of the question right up to the noun asked for, which ends them ("nurs", "home"). */
function nounPhrase(analysis: Analysis, noun: string): string[] {
  const { known, knownPositions } = analysis;
  let j = known.indexOf(noun);
  const words = [noun];
  while (j > 0 && knownPositions[j - 1] === knownPositions[j]! - 1) words.unshift(known[--j]!);
  return words;
}

/** The word right before the one that names the yes/no question's item is of a kind the item is not of. */
function otherKindBefore(vocab: Vocabulary, d: Decision, kinds: KindsAsked): boolean {
  const { analysis, top } = d;
  const term = itemNamed(vocab, top.entry, analysis.known, analysis.lang)?.[2];
  const at = term === undefined ? -1 : (analysis.positions.get(term) ?? -1);
  const before = analysis.known[analysis.knownPositions.indexOf(at - 1)];
  return at > 0 && before !== undefined && (kinds.serves.has(before) || kinds.are.has(before));
}

/**
 * "Hvilke team er med?", "Hvilke team og kontorer i Trondheim kommune er med i omfanget?": the list some of whose
 * items are what a which-question asks for (by a kind held with it, or by the last part of their names), however weakly
 * the rest of the question matches it.
 */
export function listOfKindAsked(vocab: Vocabulary, analysis: Analysis, candidates: Candidate[]) {
  const noun = analysis.askedNoun;
  if (noun === undefined || analysis.yesNo || countAsked(analysis)) return undefined;
  // (Asked which are included, as the list is of what is: "Hvilke team jobber i prosjektkontoret?" asks no such thing.)
  if (!hasPhrase(analysis.tokens, vocab.language.questionShape.inclusion)) return undefined;
  const only = { ...analysis, known: [noun] };
  // ("Hvilket team jobber med gevinstrealisering?": not when another word names another entry by its own name, which the
  // list does not have; that one is what the question is about.)
  const namedElsewhere = (c: Candidate) =>
    candidates.some((o) => o !== c && [...o.properTerms].some((t) => t !== noun && !c.terms.has(t)));
  // ("Hvilke kommuner er omfattet?": so is the list the noun names itself, when the question knows no other word.)
  const itself = (c: Candidate) =>
    c.nameTerms.has(noun) && analysis.known.every((t) => t === noun) && listOf(vocab, c.entry) !== undefined;
  return candidates.find(
    (c) =>
      c.entry.type === 'fact' &&
      (itemsOfKind(vocab, c.entry.id, only) !== undefined || itself(c)) &&
      !namedElsewhere(c),
  );
}
