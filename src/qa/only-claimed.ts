import type { Answer } from './answer';
import { type Decision, PROMOTE_RATIO, asksOther } from './decision';
import { answerWith } from './items';
import { listName, listOf } from './lists';
import { type PageLine, pageLines } from './page-lines';
import { claimAsked } from './claim-asked';
import { check } from './sentence-checked';
import { claimOf } from './claim';
import { stem, terms } from './text';

/**
 * How many tokens may stand between a word that says "all of" or "both" and the word it is said of ("both during the
 * programme period").
 */
const EVERY_REACH = 3;
/** How far from the word "only" is said of another place or organisation may stand, joined to it by «og»/«and». */
const JOIN_REACH = 5;

/**
 * "Er oppfølgingen bare i programperioden?" of «… oppfølging både i programperioden og etter», "Skal strategien berre
 * få fram positive konsekvensar?", "Er det bare legevakten som får Helseplattformen?": a yes/no question that says
 * something is so only of one thing, where the page says it of that thing and more (the sentence says «både»,
 * «alle» or «hele» of it, or the thing is one item of a list of several), is answered no, with the sentence or the
 * list. "Kan fastlegene bare koble seg på?" says «just» (a verb follows): nothing here.
 */
export function answerOnlyClaimed(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback } = d;
  if (!claimAsked(vocab, analysis) || asksOther(analysis)) return undefined;
  const only = onlyScope(d);
  if (only === undefined) return undefined;
  return saidOfMore(d, only) ?? listedWithOthers(d, only) ?? othersToo(d, only);

  /**
   * The line with every word of the claim that says «all of»/«both» right before the word "only" is said of. (Of a
   * word the question itself narrows, "berre kommunar i Trøndelag …", «alle kommunene i … Trøndelag» says nothing
   * more: only «både» does.)
   */
  function saidOfMore(d: Decision, { scope, narrowed }: Only): Answer | undefined {
    const claim = claimOf(vocab, analysis, d.question);
    // "Is the strategy only for Trondheim kommune?" of «… in Trondheim kommune and in Helse Midt-Norge RHF»: a place or
    // organisation the line joins with another the question does not name.
    const joins = vocab.language.focus.joins;
    const place = (t: string) => vocab.employers.has(t) || (vocab.orgWords.has(t) && !vocab.stopwords.has(t));
    const joined = (said: string[], k: number) => {
      if (!place(scope)) return false;
      const near = said.slice(Math.max(0, k - JOIN_REACH), k + JOIN_REACH + 1);
      return near.some((w) => joins.has(w)) && near.some((w) => place(w) && !analysis.stems.has(w));
    };
    if (!claim.words.includes(scope)) return undefined;
    const claims = vocab.language.claims;
    const more = narrowed ? claims.both : new Set([...claims.every, ...claims.both]);
    const forms = claim.forms.get(scope) ?? [scope];
    // (The shortest such line: the list item rather than the paragraph it is part of.)
    let best: PageLine | undefined;
    for (const line of pageLines(vocab)) {
      if (line.lang !== analysis.lang && !(analysis.lang === 'nn' && line.lang === 'nb')) continue;
      if (!forms.some((t) => line.own.has(t))) continue;
      // (Said of more, the line has every word of the claim: yes but for «only».)
      if (check(vocab, claim, line)?.yes !== true) continue;
      const said = terms(vocab.writeOut(line.text));
      const of = said.some(
        (t, k) =>
          forms.includes(t) &&
          (said.slice(Math.max(0, k - EVERY_REACH), k).some((w) => more.has(w)) || joined(said, k)),
      );
      if (of && (best === undefined || line.text.length < best.text.length)) best = line;
    }
    if (best === undefined) return undefined;
    return answerWith(vocab, fallback, vocab.entries.get(best.id)!, {
      type: 'claimChecked',
      yes: false,
      sentence: best.text,
    });
  }

  /**
   * "Er det bare folk fra Trondheim i prosjektorganisasjonen til Helseplattformen?" of «Andre kommuner i Midt-Norge er
   * representert med ansatte i Helseplattformens prosjektorganisasjon»: a line with the question's other words (the
   * project's own names too) that says others of the kind of the one place "only" is said of.
   */
  function othersToo(d: Decision, { said }: Only): Answer | undefined {
    // ("bare ansatte fra Trondheim": the place is what "only" is said of.)
    const place = said.find((t) => vocab.employers.has(t));
    if (place === undefined) return undefined;
    const { claims, questionShape } = vocab.language;
    const kinds = new Set([...questionShape.placeNouns].flatMap((w) => terms(w)));
    const first = analysis.tokens.findIndex((t) => vocab.language.focus.alternatives.has(t));
    const end = first < 0 ? analysis.tokens.length : first;
    const rest = analysis.known.filter(
      (t, i) => analysis.knownPositions[i]! < end && t !== place && !kinds.has(t),
    );
    if (rest.length === 0) return undefined;
    let best: PageLine | undefined;
    for (const line of pageLines(vocab)) {
      if (line.lang !== analysis.lang && !(analysis.lang === 'nn' && line.lang === 'nb')) continue;
      if (line.all.has(place) || !rest.every((t) => line.all.has(t))) continue;
      const words = terms(vocab.writeOut(line.text));
      if (!words.some((t, k) => claims.others.has(t) && kinds.has(words[k + 1] ?? ''))) continue;
      if (best === undefined || line.text.length < best.text.length) best = line;
    }
    if (best === undefined) return undefined;
    return answerWith(vocab, fallback, vocab.entries.get(best.id)!, {
      type: 'claimChecked',
      yes: false,
      sentence: best.text,
    });
  }

  /**
   * The list of which the words "only" is said of name some items, and not the others: "Er det bare Molde som er med i
   * rådet?" (one of nine members), "Gjelder opsjonsavtalene bare kommunene i Trøndelag?" (one of four). The word itself
   * picks the items, or names what the list is of ("kommunene") for the words after it to pick; the question's other
   * words are said of the list (not "Skal bare de ansatte på sykehjem få opplæring?"), and pick none of those items by
   * themselves ("Skal oppfølginga berre skje i programperioden?" is of what the item says, not of the list).
   */
  function listedWithOthers(d: Decision, { scope, said }: Only): Answer | undefined {
    const { candidates, top } = d;
    for (const c of candidates) {
      if (c.score < PROMOTE_RATIO * top.score) break;
      const list = listOf(vocab, c.entry);
      if (!list || list.nb.length < 2) continue;
      const itemTerms = list.nb.map(
        (_, i) =>
          new Set(
            [list.nb[i], list.nn?.[i], list.en?.[i]].flatMap((x) => (x ? terms(vocab.writeOut(x)) : [])),
          ),
      );
      const hits = (t: string) => itemTerms.flatMap((set, i) => (set.has(t) ? [i] : []));
      const own = hits(scope).length;
      if (own === 0) continue;
      // (A word of every item, "kommunene", says which list, not which of its items.)
      const picked = new Set(said.flatMap((t) => (hits(t).length < itemTerms.length ? hits(t) : [])));
      if (picked.size === 0) continue;
      const rest = analysis.known.filter((t) => !said.includes(t) && !vocab.projectTerms.has(t));
      const same = (t: string) => hits(t).length > 0 && hits(t).every((i) => picked.has(i));
      if (rest.some((t) => !c.terms.has(t) || same(t))) return undefined;
      const others = list.nb.length - picked.size;
      if (others === 0) return undefined;
      const shown = list[analysis.lang] ?? list.nb;
      const item = [...picked].map((i) => shown[i] ?? list.nb[i]!).join('», «');
      const subject = listName(vocab, c.entry, analysis.lang);
      return { ...answerWith(vocab, fallback, c.entry), direct: { type: 'notOnly', item, subject, others } };
    }
    return undefined;
  }
}

/** What a question says something is so only of: the word, and whether the question narrows it further itself. */
interface Only {
  scope: string;
  narrowed: boolean;
  /** The known words from it to what is said of it or another alternative ("Trøndelag og Møre og Romsdal"). */
  said: string[];
}

/**
 * The known word a yes/no question says something is so only of: the first one after «bare»/«only» (small words
 * between), when no verb of the claim comes first ("Kan fastlegene bare koble seg på?" asks whether they simply can).
 * Not after a negation ("… ikke bare Trondheim" says the opposite), nor in the second of two alternatives: "Kan
 * fastlegene koble seg på, eller er den bare for kommunene?" asks which.
 */
function onlyScope(d: Decision): Only | undefined {
  const { vocab, analysis } = d;
  const claims = vocab.language.claims;
  const { tokens } = analysis;
  const at = tokens.findIndex((t) => claims.only.has(stem(t)));
  if (at < 0 || claims.negation.has(stem(tokens[at - 1] ?? ''))) return undefined;
  if (tokens.slice(0, at).some((t) => vocab.language.focus.alternatives.has(t))) return undefined;
  const qualifiers = vocab.language.questionShape.qualifiers;
  for (let k = at + 1; k < tokens.length; k++) {
    const j = analysis.knownPositions.indexOf(k);
    // ("… bare kommunar i Trøndelag …": a preposition and a word the page has.)
    if (j >= 0) {
      // (To what is said of it: "… Molde | som er med i rådet", "… Trondheim kommune | som skal bidra i planen".)
      const shape = vocab.language.questionShape;
      const or = tokens.findIndex(
        (t, i) => i > k && (vocab.language.focus.alternatives.has(t) || shape.relative.has(t)),
      );
      const end = or < 0 ? tokens.length : or;
      return {
        scope: analysis.known[j]!,
        narrowed: qualifiers.has(tokens[k + 1] ?? '') && analysis.knownPositions.includes(k + 2),
        said: analysis.known.filter(
          (_, i) => analysis.knownPositions[i]! >= k && analysis.knownPositions[i]! < end,
        ),
      };
    }
    // (Small words between: "only during the programme period".)
    const t = tokens[k]!;
    if (!vocab.stopwords.has(stem(t)) && !vocab.language.languageWords.has(t)) return undefined;
  }
  return undefined;
}
