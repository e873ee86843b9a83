import type { Answer } from './answer';
import { itemNamed, itemTermSets, listName, listOf } from './lists';
import { saysOpposite } from './claim-words';
import { phraseAt, stem, terms } from './text';
import { toldInOneSentence } from './told';
import { deniesInclusion, refuseNotListed } from './negation';
import { answerWith } from './items';
import { type Decision, PROMOTE_RATIO, asksOther } from './decision';
import type { Analysis } from './analysis';
import type { Vocabulary } from './vocabulary';
import { pageLines } from './page-lines';
import { monthsOf } from './time-of-year';
import { claimAsked } from './claim-asked';

/** The terms of the part of an item (parts between « / ») that has the most of the question's terms. */
function partAsked(analysis: Analysis, item: string): Set<string> {
  const parts = item.split(/\s\/\s/).map((p) => new Set(terms(p)));
  const asked = (part: Set<string>) =>
    analysis.stems.size - [...analysis.stems].filter((t) => !part.has(t)).length;
  return parts.reduce((best, part) => (asked(part) > asked(best) ? part : best));
}

/**
 * The item is named only by a word of direction ("færre", "mindre") and the question names something else the page
 * knows that the item does not have ("ansatte").
 */
function directionOnly(
  vocab: Vocabulary,
  analysis: Analysis,
  id: string,
  named: [string, number, string],
): boolean {
  if (!vocab.language.claims.opposites.some((pair) => pair.some((side) => side.has(named[2])))) return false;
  // (What the list is called, «gevinst», is no other thing: the item's line has it in what it is about.)
  const lines = pageLines(vocab).filter((l) => l.id === id && l.text === named[0]);
  const item = new Set(lines.flatMap((l) => [...l.known]));
  // (Only a word that names an entry of its own; where it is, «i kommunen», names nothing else.)
  const other = (t: string) =>
    vocab.strongEntries(t) > 0 && !vocab.projectTerms.has(t) && !vocab.orgWords.has(t);
  // ("welfare tech": a word cut short is the item's word it starts.)
  const has = (t: string) => [...item].some((x) => x.startsWith(t));
  return analysis.known.some((t) => t !== named[2] && other(t) && !has(t));
}

/**
 * "Får pasientene bedre mat?", "Blir pasientene fornøyde?": the item («Styrket pasientsikkerhet») is named only by a
 * word for whom the services are for, and the question says of them something the page does not have: it asks that
 * thing of them, which no item says.
 */
function audienceOnly(vocab: Vocabulary, analysis: Analysis, named: [string, number, string]): boolean {
  const at = analysis.positions.get(named[2]);
  const word = at === undefined ? undefined : analysis.tokens[at];
  return (
    word !== undefined && vocab.language.asker.audiences.has(word) && analysis.everydayPositions.length > 0
  );
}

/**
 * "Er Bindal en kommune i Trøndelag?": the question names, besides the item («Bindal kommune i Nordland»), a place
 * that only another item of the same list has («de andre kommunene i Trøndelag»): it puts the item where the list
 * does not, so the item is no yes.
 */
function withOtherItem(
  vocab: Vocabulary,
  analysis: Analysis,
  entry: Decision['top']['entry'],
  named: [string, number, string],
): boolean {
  const list = listOf(vocab, entry);
  if (!list) return false;
  const items = itemTermSets(vocab, list);
  const own = items[named[1]]!;
  const others = new Set(items.flatMap((set, i) => (i === named[1] ? [] : [...set])));
  // (Only a place or organisation few entries are called by: «Trondheim» is the context of many lists.)
  const place = (t: string) => vocab.orgWords.has(t) && vocab.strongEntries(t) <= 2;
  if (!analysis.known.some((t) => t !== named[2] && place(t) && !own.has(t) && others.has(t))) return false;
  // ("Har alle kommunene i Trøndelag og Møre og Romsdal en opsjonsavtale?": places joined name items each; the «og» of
  // «Møre og Romsdal» joins nothing.)
  const ts = analysis.tokens;
  const inPlace = new Set<number>();
  ts.forEach((_, k) => {
    for (const p of vocab.language.asker.places)
      if (p.length > 1 && p.every((w, j) => ts[k + j] === w)) p.forEach((_w, j) => inPlace.add(k + j));
  });
  return !ts.some((t, k) => !inPlace.has(k) && vocab.language.focus.joins.has(t));
}

/**
 * "Er alle kommunene i Nordland med gjennom opsjonsavtaler?": a claim said of all of a group that the item named is
 * one member of, by its own name («Bindal kommune i Nordland»), which the question does not give: the list names that
 * one, not all of them. (Not an item that is said of all itself, «alle kommunene i Møre og Romsdal», nor one of a
 * group, «de andre kommunene i Trøndelag», whose first word is no name.)
 */
function oneOfAll(vocab: Vocabulary, analysis: Analysis, item: string): boolean {
  const all = vocab.language.asker.all;
  if (!analysis.tokens.some((t) => all.has(t))) return false;
  const first = item.trim().split(/\s+/u)[0] ?? '';
  const name = terms(first)[0];
  return (
    /^\p{Lu}/u.test(first) &&
    name !== undefined &&
    !analysis.stems.has(name) &&
    !analysis.known.includes(name)
  );
}

/** Whether a close candidate the question names is a body with a list of members. */
function memberListNamed(vocab: Vocabulary, candidates: Decision['candidates'], best: number): boolean {
  return candidates.some(
    (o) =>
      o.named &&
      o.score >= PROMOTE_RATIO * best &&
      o.entry.type === 'body' &&
      listOf(vocab, o.entry) !== undefined,
  );
}

/** A yes/no question that names an item of a list: the list is the topic, the item its evidence. */
export function findListedItem(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = d;
  let top = d.top;
  // "Er legevakt med?": a list that holds the thing asked about answers yes, with that item as evidence. Not
  // when the question asks who or where ("Is the head of … mentioned?"): that is answered as such.
  let yes: string | undefined;
  let yesIndex = -1;
  // ("Kan brukarane bu lenger heime?": so does one that opens with «kan», asking whether it can be, of an item that says
  // it can, «Bruker kan bo lengre hjemme».)
  const may = analysis.yesNo ? undefined : [...vocab.language.questionShape.may].map(stem);
  if ((analysis.yesNo || claimAsked(vocab, analysis)) && !asksOther(analysis)) {
    for (const c of candidates) {
      if (c.score < PROMOTE_RATIO * top.score) break;
      const found = itemNamed(vocab, c.entry, analysis.known, analysis.lang);
      // (Only of an item that has every other word the question says: not «Kan brukerne bo lenger på sykehjem?».)
      const says = (item: string) =>
        may!.some((m) => terms(item).includes(m)) &&
        analysis.known.every((t) => vocab.projectTerms.has(t) || terms(item).includes(t));
      const named = found && (!may || says(found[0])) ? found : undefined;
      // "Gjelder det felles journalsystemet bare kommunene?": a word that names the best match itself (the platform)
      // is what the question is about, not the item of another list that happens to have it ("… eksisterende
      // journalsystemer fjernes").
      // ("Kan brukerne bo hjemme kortere?": the item says «lengre»; no yes.) ("Blir det mindre bruk av
      // velferdsteknologi?": an item of several parts, «… / mindre press på institusjon / mer bruk av …», says it in
      // the part that has the question's words.)
      if (
        named &&
        saysOpposite(vocab.language.claims, new Set(analysis.stems), partAsked(analysis, named[0]))
      )
        break;
      // ("Blir det færre ansatte?": a word that only says which way, «Færre», names no item whose thing the question
      // does not name.)
      if (named && directionOnly(vocab, analysis, c.entry.id, named)) break;
      if (named && withOtherItem(vocab, analysis, c.entry, named)) break;
      if (named && audienceOnly(vocab, analysis, named)) break;
      // ("Berører Helseplattformen 720 000 pasienter?": a figure the item does not have is no part of it; «Styrket
      // pasientsikkerhet» says nothing of 720 000.)
      const figures = analysis.tokens.filter((t) => /^\d+$/u.test(t));
      if (named && figures.some((f) => !terms(named[0]).includes(f))) break;
      // ("Møtes samarbeidsrådet hver fredag i Molde?": a day of the week says when, which no item of a list says.)
      if (named && analysis.tokens.some((t) => vocab.language.weekdays.has(t))) break;
      // ("Er Trøndelag fylkeskommune med?", "Does Trøndelag county council coordinate …?": a body of a municipality,
      // county or state is an organisation of its own, not the municipalities an item names.)
      const deciders = vocab.language.claims.deciders;
      if (named && analysis.tokens.some((_, k) => deciders.some((p) => phraseAt(analysis.tokens, k, p))))
        break;
      // ("Er Bindal med i samarbeidsrådet?", "Is Bindal on the council?": who is among the members of a body the
      // question names, the body's own list says, not the item of a list the question does not name, «Bindal kommune i
      // Nordland».)
      if (named && c.entry.type !== 'body' && memberListNamed(vocab, candidates, top.score)) break;
      // ("Is the council member from Verdal a dentist?": an everyday word the page does not have, last after a
      // copula, says what the item is, which no list says; after a verb of having, what it has: "Har kommunene i
      // Trøndelag kantine?")
      const first = analysis.tokens[0] ?? '';
      const copula =
        vocab.language.roleQuestion.copulas.has(first) || vocab.language.questionShape.possess.has(first);
      // (Not a compound whose last part the page has: "… en effektivitetsgevinst?")
      const last = analysis.tokens.length - 1;
      const word = analysis.tokens[last] ?? '';
      const pagePart = [...word].some(
        (_, k) => k > 0 && word.length - k >= 5 && vocab.vocabulary.has(stem(word.slice(k))),
      );
      if (named && copula && analysis.everydayPositions.includes(last) && !pagePart) break;
      if (named && (c === top || !top.nameTerms.has(named[2]))) {
        // "Stemmer det at legevakten ikke er med?": what the question says is left out, the list holds.
        if (deniesInclusion(vocab, analysis))
          return answerWith(vocab, fallback, c.entry, {
            type: 'claimChecked',
            yes: false,
            sentence: named[0],
          });
        if (oneOfAll(vocab, analysis, named[0]))
          return answerWith(vocab, fallback, c.entry, {
            type: 'oneOfAll',
            item: named[0],
            subject: listName(vocab, c.entry, analysis.lang),
          });
        [yes, yesIndex] = named;
        top = c;
        break;
      }
    }
  }
  d.top = top;
  d.yes = yes;
  d.yesIndex = yesIndex;
  // "Does the project office have a microwave?", "Har Trondheim egne nettsider?": a yes/no question that names an
  // everyday thing the bot has nothing of, and no item of a list, asks about that thing. (A time of the year is no
  // thing: "Avgjør bystyret deleierskapet høsten 2018?" says when, which the sentences checked later compare.)
  const things = analysis.everydayPositions.filter(
    (p) => monthsOf(vocab.language.claims, analysis.tokens[p]!) === undefined,
  );
  if (analysis.yesNo && yes === undefined && things.length > 0) {
    const told = toldInOneSentence(vocab, analysis, candidates, top);
    if (!told) return refuseNotListed(vocab, analysis, top, fallback) ?? fallback;
    [d.top, d.told] = told;
  }
  // "Forsvinner driften av de gamle journalsystemene?": the item named, with every telling word in it, is what the
  // verbs the bot does not know are said of.
  if (yes !== undefined && analysis.everydayPositions.length > 0)
    d.told = toldInOneSentence(vocab, analysis, [top], top)?.[1];
  return undefined;
}
