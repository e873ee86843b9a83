/**
 * "Hvem står sist på medlemslista i Samarbeidsrådet?", "Hvilket team nevnes sist i lista over tjenester …?", "Who is
 * listed first among the members of the council?": the first or the last item of a list the page gives, in the page's
 * order (the knowledge base keeps it).
 */
import type { Answer, AnswerItem } from './answer';
import type { Decision } from './decision';
import { answerWith } from './items';
import { listName, listOf } from './lists';
import type { Lang } from './knowledge-base';
import type { Intent } from './language-data';
import type { Vocabulary } from './vocabulary';
import { tokenize } from './text';

/**
 * The first, the last or the nth item of the list of the topic (or of a list the question names), when the question
 * asks who or which, says where in it, and says it of a list or of what stands or is named in one (not "Hvem var den første
 * lederen?" nor "Hvem ble med sist?", which the page does not say). Not a yes/no question ("Står Vigdis Bolås sist?").
 */
export function answerListPosition(d: Decision): Answer | undefined {
  const { vocab, analysis, question, candidates, top } = d;
  const tokens = analysis.tokens;
  const place = placeAsked(vocab, tokens);
  // (Also a list as the last part of a word: "medlemslista".)
  if (place === undefined || !listing(vocab, tokens) || analysis.yesNo) return undefined;
  const asks =
    analysis.intents.has('who') || analysis.intents.has('list') || analysis.askedNoun !== undefined;
  // ("nummer to" counts a place, and asks for no phone number.)
  const other = ['lead', 'when', 'count', 'amount', 'where', 'email', ...(place.numbered ? [] : ['phone'])];
  if (!asks || other.some((i) => analysis.intents.has(i as Intent))) return undefined;
  const listed = [top, ...candidates].find(
    (c) => (c === top || c.named) && listOf(vocab, c.entry) !== undefined,
  );
  if (listed === undefined) return undefined;
  const list = listOf(vocab, listed.entry)!;
  const lang: Lang = analysis.lang;
  const last = place.at === 'last';
  const index = last ? list.nb.length - 1 : (place.at as number) - 1;
  if (index >= list.nb.length) return undefined;
  const subject = listName(vocab, listed.entry, lang);
  const body = listed.entry.type === 'body' ? vocab.bodies.get(listed.entry.id) : undefined;
  // A member of a council is answered with the person; any other item with its list.
  const person = body && vocab.people.get(body.members[index]!);
  const item = person?.name ?? list[lang]?.[index] ?? list.nb[index]!;
  const nth = typeof place.at === 'number' && place.at > 1 ? place.at : undefined;
  const direct = { type: 'position', item, subject, last, ...(nth !== undefined && { nth }) } as const;
  if (!person) return answerWith(vocab, d.fallback, listed.entry, direct);
  const items: AnswerItem[] = [{ type: 'person', person, context: body.id }];
  return { kind: 'answer', lang, question, topicId: listed.entry.id, items, direct };
}

/**
 * "Which municipality in Møre og Romsdal will go live first?", "Hvilken kommune tar i bruk Helseplattformen først?":
 * who or which comes first or last, said last in a question of no list, asks in what order things happen, which the
 * page does not say of the topic; the list of those taking part is no answer. ("Kva skal gevinstarbeidet konsentrere
 * seg om først?" is answered: the page says what comes «i første omgang».) So with what it comes after or before
 * said after it ("… først etter Trondheim?").
 */
export function refuseOrderNotGiven(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  const words = vocab.language.listPositions;
  const tokens = analysis.tokens;
  // ("Kva kommune skal ta i bruk Helseplattformen først etter Trondheim?": so with what it comes after or before.)
  const sequence = vocab.language.questionShape.sequence;
  const written = analysis.words().map((w) => w.toLowerCase());
  const at = Math.max(...tokens.map((t, k) => (words.first.has(t) || words.last.has(t) ? k : -1)));
  const ends = at >= 0 && (at === tokens.length - 1 || sequence.has(written[at + 1] ?? ''));
  if (analysis.yesNo || listing(vocab, tokens) || !ends) return undefined;
  const asks =
    analysis.intents.has('who') || analysis.intents.has('list') || analysis.askedNoun !== undefined;
  const ordered = (vocab.sentences.get(top.entry.id) ?? []).some((s) =>
    tokenize(s.text).some((t) => words.first.has(t) || words.last.has(t)),
  );
  return asks && !ordered ? fallback : undefined;
}

/** The question says it is of a list ("lista", "står", "listed"), also as the last part of a word ("medlemslista"). */
function listing(vocab: Vocabulary, tokens: string[]): boolean {
  const words = vocab.language.listPositions.listing;
  return tokens.some((t) => words.has(t) || [...words].some((w) => w.length >= 4 && t.endsWith(w)));
}

/**
 * Where in a list the question asks: first (1), last, an ordinal ("tredje", "third") or a number after a word that
 * counts a place ("nummer to", "number 3"); `numbered` when said so. Undefined when it says none, or more than one.
 */
function placeAsked(
  vocab: Vocabulary,
  tokens: string[],
): { at: number | 'last'; numbered: boolean } | undefined {
  const words = vocab.language.listPositions;
  const count = (t: string | undefined) =>
    t === undefined ? undefined : /^\d+$/u.test(t) ? Number(t) : vocab.language.numberWords.get(t);
  const numbered = tokens.findIndex((t, k) => words.numbered.has(t) && count(tokens[k + 1]) !== undefined);
  const places = [
    ...(tokens.some((t) => words.first.has(t)) ? [1] : []),
    ...(tokens.some((t) => words.last.has(t)) ? ['last' as const] : []),
    ...tokens.flatMap((t) => words.ordinals.get(t) ?? []),
    ...(numbered >= 0 ? [count(tokens[numbered + 1])!] : []),
  ];
  if (places.length !== 1 || places[0] === 0) return undefined;
  return { at: places[0]!, numbered: numbered >= 0 };
}
