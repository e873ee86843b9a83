/**
 * Whether a municipality of the region takes part, where the page does not name it one by one: "Er Oppdal med?",
 * "Har Vestnes opsjonsavtale?", "Is Namsos part of it?". The page says it of all the municipalities of the county
 * («de andre kommunene i Trøndelag og Møre og Romsdal … er med i arbeidet gjennom opsjonsavtaler»), so the question is
 * asked of them, and the yes says which county the municipality lies in.
 */
import type { Answer } from './answer';
import type { Lang } from './knowledge-base';
import { analyse } from './analysis';
import { withoutAskerIntroduction } from './asker-context';
import { regionPlaceAt } from './asker-words';
import { restAtAskersMunicipality } from './askers-place';
import { withoutKnownChoices } from './choices';
import { sentencesOf, wordsOf } from './focus';
import { listOf } from './lists';
import { fold, terms } from './text';
import { knownPlace } from './region-places';
import type { Vocabulary } from './vocabulary';

interface AskedOfCounty {
  /** The message with the municipality (and a word for a municipality after it) put as those of its county. */
  text: string;
  /** The municipality as the message writes it ("Oppdal"). */
  place: string;
  /** Its county ("Trøndelag"). */
  county: string;
  /** How the message's language says the county's municipalities ("kommunene i Trøndelag"). */
  countyMunicipalities: string;
  /**
   * The message with the municipality put as the region ("Kan fastlegene i Midt-Norge …"): only of a municipality the
   * page does not name (not "Trondheim", nor a county in a name, "Helse Møre og Romsdal"), else undefined.
   */
  regionText?: string;
}

/**
 * The message asked of the municipalities of the county of the first of the region's municipalities it names ("Er
 * Oppdal kommune med?" → "Er kommunene i Trøndelag med?"), or undefined when it names none. (Asked only when the page
 * has no answer of its own: "Er Bindal med?" is answered by its own item.)
 */
function askedOfCounty(vocab: Vocabulary, message: string, lang: Lang): AskedOfCounty | undefined {
  const asker = vocab.language.asker;
  const ws = wordsOf(message);
  for (let k = 0; k < ws.length; k++) {
    const p = regionPlaceAt(asker, ws, k);
    const county = p && (asker.countyOf.get(p.join(' ')) ?? asker.countyOfPart.get(p.join(' ')));
    if (!p || !county) continue;
    const last = k + p.length - 1;
    const end = asker.placeNouns.has(ws[last + 1]?.folded ?? '') ? last + 1 : last;
    const countyMunicipalities = `${asker.inCounty[lang]} ${county}`;
    // ("Kommunene på Nordmøre, …": the municipalities of the part are those of the county.)
    const of = wordsOf(countyMunicipalities)[0]?.folded;
    const from = ws[k - 2]?.folded === of && asker.prepositions.has(ws[k - 1]!.folded) ? k - 2 : k;
    // ("fastlegene i Oppdal", «Oppdal kommune»: the region stands for a place the question puts something in, or for
    // the municipality named as one, not for a name such as «Sykehuset Levanger», which is no place of the region's.)
    const within = k > 0 && asker.prepositions.has(ws[k - 1]!.folded);
    const region = within
      ? asker.region[0]
      : end > last
        ? `${asker.inCounty[lang]} ${asker.region[0]}`
        : undefined;
    const put = (words: string, at = k) =>
      `${message.slice(0, ws[at]!.start)}${words}${message.slice(ws[end]!.end)}`;
    const municipality = asker.countyOf.has(p.join(' ')) && !knownPlace(vocab, p);
    return {
      text: put(countyMunicipalities, from),
      regionText: municipality && region !== undefined ? put(region) : undefined,
      place: message.slice(ws[k]!.start, ws[last]!.end),
      county,
      countyMunicipalities,
    };
  }
  return undefined;
}

/**
 * "Er Oppdal med?": the yes the page gives for the municipalities of the municipality's county, by the list item
 * that names them («de andre kommunene i Trøndelag (opsjonsavtale)»), with where the municipality lies; undefined
 * when the message names no such municipality or the page gives no such yes (`answer` answers a message).
 */
export function answerOfCounty(
  vocab: Vocabulary,
  message: string,
  answer: (message: string) => Answer,
  lang: Lang = analyse(vocab, message).lang,
): Answer | undefined {
  const asked = askedOfCounty(vocab, message, lang);
  if (!asked) return undefined;
  return answerOfCountyItem(vocab, asked, answer) ?? answerOfRegion(vocab, asked, answer);
}

/** The yes of the list's item for the county's municipalities, as answerOfCounty gives it; else undefined. */
function answerOfCountyItem(
  vocab: Vocabulary,
  asked: AskedOfCounty,
  answer: (message: string) => Answer,
): Answer | undefined {
  const answered = answer(asked.text);
  const direct = answered.direct;
  const entry = vocab.entries.get(answered.topicId ?? '');
  const list = entry ? listOf(vocab, entry) : undefined;
  const items = list?.nb ?? [];
  // (Only the item about the county's municipalities: not a member of a council from "KS Trøndelag".)
  const ofCounty = (item: string) => fold(item).includes(fold(asked.countyMunicipalities));
  // ("Kommunene på Nordmøre, hvordan er de knyttet til HP?": asked how, not whether, the answer about the county's
  // municipalities is the list that has their item, and what the page says of them; not "Hvordan gikk det med Molde
  // FK?", which asks by words the page does not have.)
  const analysis = analyse(vocab, asked.text);
  const howAsked = analysis.tokens.some((t) => vocab.language.questionShape.howTo.has(t));
  const plain = howAsked && !analysis.yesNo && analysis.generalPositions.length === 0;
  const how = direct === undefined && answered.kind === 'answer' && plain;
  const item =
    direct?.type === 'yes' ? direct.item : how ? (list?.[answered.lang] ?? items).find(ofCounty) : undefined;
  if (item === undefined || !ofCounty(item)) return undefined;
  // "Er Oppdal med i samarbeidsrådet?", "Har Frøya fått opplæring?", "Har Namsos signert opsjonsavtalen?": what else
  // the question says must be of the list, its item or the page's sentence about the county's municipalities (or a
  // word many entries share, such as the platform's name);
  // the page does not say more of Oppdal than what it says of all the municipalities of Trøndelag.
  // ("Er Trondheim med?": a municipality the list has an item of its own for is not one of «de andre kommunene».)
  if (
    items.some((item) =>
      fold(item)
        .split(/[^\p{L}]+/u)
        .includes(fold(asked.place)),
    )
  )
    return undefined;
  // ("Er Orkland med gjennom opsjonsavtale?": the page's sentence about those municipalities says it too.)
  // ("Har Melhus kommune opsjonsavtale knytt til Helseplattformen?": so does a sentence of the page that says it of all
  // the municipalities of the county, «Alle kommunene i Møre og Romsdal og Trøndelag har opsjonsavtale knyttet til …».)
  const every = vocab.language.claims.every;
  const ofAll = (x: { text: string; terms: Set<string> }) =>
    fold(x.text).includes(fold(asked.county)) && [...x.terms].some((t) => every.has(t));
  const told = [...vocab.sentences.entries()].flatMap(([id, sentences]) =>
    sentences.filter(
      (x) => (id === answered.topicId && fold(x.text).includes(fold(asked.countyMunicipalities))) || ofAll(x),
    ),
  );
  const own = new Set([
    ...(vocab.entryNames.get(answered.topicId ?? '') ?? []),
    ...terms(item),
    ...told.flatMap((x) => [...x.terms]),
  ]);
  if (analysis.unknown.length > 0 || analysis.known.some((t) => !own.has(t) && vocab.strongEntries(t) <= 2))
    return undefined;
  if (direct?.type !== 'yes') return answered;
  return { ...answered, direct: { ...direct, within: { place: asked.place, region: asked.county } } };
}

/**
 * "Kan fastlegene i Oppdal koble seg på?", "Can GPs in Namsos connect to the solution?": the yes of a sentence of the
 * page that says it of all of the region («Alle kommuner og fastleger i Midt-Norge kan koble seg på løsningen»), which
 * the region's municipality is one of; undefined when the page says no such thing of the region.
 */
function answerOfRegion(
  vocab: Vocabulary,
  asked: AskedOfCounty,
  answer: (message: string) => Answer,
): Answer | undefined {
  const names = vocab.language.asker.region;
  if (names.length === 0 || asked.regionText === undefined) return undefined;
  const answered = answer(asked.regionText);
  const direct = answered.direct;
  const yes = direct?.type === 'yesSaid' || (direct?.type === 'claimChecked' && direct.yes);
  const ofRegion = yes && names.some((n) => fold(direct.sentence).includes(fold(n)));
  return ofRegion ? answered : undefined;
}

/**
 * Whether the county's yes may answer the message instead of the answer it got: a refusal, a «Nei» because the page's
 * sentence does not name the municipality, or an answer that says neither yes nor no, such as the card of a person the
 * page names with it ("Er Kristiansund med?", "Is Steinkjer part of it?": the page names those only as the
 * councillors' municipalities). The county's yes is given only when the question asks nothing else (see answerOfCounty):
 * "Er Hareid med i rådet?" keeps the member's yes.
 */
export function countyMayAnswer(vocab: Vocabulary, message: string, answer: Answer): boolean {
  if (answer.kind === 'fallback') return true;
  // (An answer with no yes or no: only of a yes/no question that names a place of the region, which few messages are;
  // the county's answer costs another reading of the message.)
  if (answer.direct === undefined) {
    const { yesNo } = vocab.language.focus;
    if (!sentencesOf(message).some((t) => yesNo.has(wordsOf(t)[0]?.folded ?? ''))) return false;
    const ws = wordsOf(message);
    return ws.some((_, k) => regionPlaceAt(vocab.language.asker, ws, k) !== undefined);
  }
  return answer.direct.type === 'claimChecked' && !answer.direct.yes;
}

/**
 * "Er Oppdal med?" as answerOfCounty answers it, also when the asker's introduction names a municipality first ("Eg
 * jobbar i Volda. Er Volda kommune med?": the one asked of) and when the question offers a last choice ("Er Volda med,
 * eller gjeld dette berre Trøndelag?", "Is Volda included, or only Trøndelag?": not what is asked, see choices.ts).
 */
export function answerOfCountyAsked(
  vocab: Vocabulary,
  message: string,
  answer: (message: string) => Answer,
  lang: Lang = analyse(vocab, message).lang,
): Answer | undefined {
  const introless = withoutAskerIntroduction(vocab, message);
  for (const text of introless === undefined ? [message] : [introless, message]) {
    const choiceless = withoutKnownChoices(vocab, text);
    for (const asked of choiceless === undefined ? [text] : [text, choiceless]) {
      // (In the message's language: the question alone, "Er Volda med?", may read as bokmål where the message is nynorsk.)
      const found = answerOfCounty(vocab, asked, answer, lang);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * "Eg jobbar i heimetenesta i Volda. Er vi med?", "… Does our municipality have an option agreement?": the question
 * asked of the asker's municipality, when the introduction names one of the region the page does not name, as
 * answerOfCountyAsked answers it; undefined otherwise.
 */
export function answerOfAskersCounty(
  vocab: Vocabulary,
  message: string,
  answer: (message: string) => Answer,
): Answer | undefined {
  const ours = restAtAskersMunicipality(vocab, message);
  return ours === undefined
    ? undefined
    : answerOfCountyAsked(vocab, ours, answer, analyse(vocab, message).lang);
}

/**
 * A county the message names ("Møre og Romsdal", "Trøndelag"), with its terms and as written with the preposition
 * before it ("fra Trøndelag"); undefined when it names none.
 */
export function countyNamed(
  vocab: Vocabulary,
  message: string,
): { county: string; terms: Set<string>; written: string } | undefined {
  const { asker } = vocab.language;
  const ws = wordsOf(message);
  for (const county of asker.counties) {
    const words = wordsOf(county).map((w) => w.folded);
    const k = ws.findIndex((_, i) => words.every((w, j) => ws[i + j]?.folded === w));
    if (k < 0) continue;
    const from = asker.prepositions.has(ws[k - 1]?.folded ?? '') ? ws[k - 1]! : ws[k]!;
    const written = message.slice(from.start, ws[k + words.length - 1]!.end);
    return { county, terms: new Set(terms(county)), written };
  }
  return undefined;
}

/** The county of the region's municipality an organisation is ("Kristiansund kommune": Møre og Romsdal), if any. */
export function countyOfOrganisation(
  vocab: Vocabulary,
  organisation: string | undefined,
): string | undefined {
  const asker = vocab.language.asker;
  const words = wordsOf(organisation ?? '')
    .map((w) => w.folded)
    .filter((w) => !asker.placeNouns.has(w));
  return asker.countyOf.get(words.join(' '));
}
