import { regionPlaceAt } from './asker-words';
/**
 * The asker's place said in the question as «vi», «oss» or «we», after an introduction that names it: "Leder
 * hjemmesykepleien i Bindal. Er vi med i Helseplattformen selv om vi ligger i Nordland?" asks whether Bindal is, and
 * "Jeg jobber i Bindal. Hvem er kommuneoverlege hos oss?" who is kommuneoverlege in Bindal (which the page does not say).
 */
import { analyse } from './analysis';
import type { Answer } from './answer';
import { inApposition } from './apposition';
import { introductionOf } from './asker-context';
import { knownPlace } from './region-places';
import { type Word, sentencesOf, spelledOtherwise, wordsOf } from './focus';
import { listHolds } from './lists';
import { fold, stem, terms } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Leder hjemmesykepleien i Bindal. Er vi med i Helseplattformen selv om vi ligger i Nordland?": the rest of the
 * message after an introduction that names a place of the region the page knows, when it points back to the asker's
 * workplace by «vi»/«oss»/«we», with that place for it ("Er Bindal med …", "… kommuneoverlege i Bindal"); otherwise
 * undefined.
 */
export function restAtAskersPlace(
  vocab: Vocabulary,
  message: string,
  serviceAlone = true,
): string | undefined {
  return restAt(vocab, message, (p) => knownPlace(vocab, p), serviceAlone);
}

/**
 * "Eg jobbar i heimetenesta i Volda. Er vi med?", "… Er kommunen vår med i Helseplattformen?": the rest of the message
 * with the place for «vi» as restAtAskersPlace has it, when the introduction names a municipality of the region the
 * page does not name (what the page says of it, it says of all of its county: see county-place.ts); else undefined.
 */
export function restAtAskersMunicipality(vocab: Vocabulary, message: string): string | undefined {
  const { countyOf, countyOfPart } = vocab.language.asker;
  const inCounty = (p: string[]) => countyOf.has(p.join(' ')) || countyOfPart.has(p.join(' '));
  return restAt(vocab, message, (p) => !knownPlace(vocab, p) && inCounty(p));
}

/**
 * The rest after the introduction with its place (one `accepted`) for the asker's words, or undefined; `serviceAlone`:
 * or with the service of a list of the page it names without a place ("Jeg jobber i fengselshelsetjenesten. Blir vi
 * omfattet?": «vi» is the service).
 */
function restAt(
  vocab: Vocabulary,
  message: string,
  accepted: (place: string[]) => boolean,
  serviceAlone = false,
): string | undefined {
  const found = introductionOf(vocab, message);
  if (found?.needed !== 'pointsBack') return undefined;
  const asker = vocab.language.asker;
  const ws = wordsOf(found.intro);
  let place: string | undefined;
  let preposition = '';
  // (A place named but not accepted, "… health station in Ålesund", is no introduction of the service alone.)
  let named = false;
  for (let k = 1; k < ws.length && place === undefined; k++) {
    if (!asker.prepositions.has(ws[k - 1]!.folded)) continue;
    const p = regionPlaceAt(asker, ws, k);
    named ||= p !== undefined;
    if (!p || !accepted(p)) continue;
    place = found.intro.slice(ws[k]!.start, ws[k + p.length - 1]!.end);
    preposition = found.intro.slice(ws[k - 1]!.start, ws[k - 1]!.end);
  }
  // "Eg jobbar på helsestasjon i Trondheim. Blir vi med …?": «vi» is the service the introduction names, of the place,
  // when the page lists that service as the place's.
  const service = serviceAt(vocab, ws, place === undefined ? undefined : stem(fold(place)));
  if (place === undefined && (!serviceAlone || named || service === undefined)) return undefined;
  if (place === undefined) place = found.intro.slice(service!.start, service!.end);
  else if (service !== undefined)
    place = `${found.intro.slice(service.start, service.end)} ${preposition} ${place}`;
  // ("I work in the prison health service in Trondheim. Is our service included?": so is «our service».)
  const workplace = (x: Word | undefined) =>
    service !== undefined && x !== undefined && asker.workplaceNouns.has(x.folded);
  const asked = analyse(vocab, found.rest);
  // ("Eg jobbar i Bindal. Er me med?": the message's language, which the few words of the rest may not show.)
  const lang = analyse(vocab, message).lang;
  // (Only of someone asked for: "Kan fastlegene våre koble seg på?" the page answers for all the municipalities.)
  const whose = asked.intents.has('who');
  const said = wordsOf(found.rest);
  const cuts: { from: number; to: number; text: string }[] = [];
  const at = `${preposition} ${place}`;
  const municipal = (x: Word | undefined) => x !== undefined && asker.placeNouns.has(x.folded);
  // ("Æ e fastlege i Steinkjer – stemme det at vi fastlegan òg kan kobles på …?": «vi» with the word for what the
  // introduction says the asker is, is all of those, and so is «oss» after it; not the place.)
  const kinds = terms(found.intro).filter(
    (t) => !vocab.stopwords.has(t) && !vocab.language.languageWords.has(t),
  );
  const ofKind = (x: Word | undefined) => x !== undefined && kinds.some((t) => sameKind(t, stem(x.folded)));
  if (said.some((w, k) => asker.we[lang].has(w.folded) && ofKind(said[k + 1]))) return undefined;
  const owned = (w: Word) =>
    asker.own[lang].has(w.folded) && !spelledOtherwise(vocab.language.focus, found.rest, w);
  said.forEach((w, k) => {
    if (asker.we[lang].has(w.folded)) cuts.push({ from: w.start, to: w.end, text: place! });
    // "kommunen vår", "vår kommune", "our municipality": the asker's municipality is the place.
    else if (owned(w) && [said[k - 1], said[k + 1]].some((x) => municipal(x) || workplace(x))) {
      const before = municipal(said[k - 1]) || workplace(said[k - 1]);
      const [from, to] = before ? [said[k - 1]!, w] : [w, said[k + 1]!];
      cuts.push({ from: from.start, to: to.end, text: place! });
    }
    // "Kven er leiaren vår …?", "Hvem er vår representant …?", "Who is our representative …?": the one of that place.
    else if (whose && owned(w) && !asker.us[lang].has(w.folded)) {
      cuts.push(ownAt(vocab, found.rest, said, k, at, lang === 'en'));
    } else if (!asker.us[lang].has(w.folded) || inApposition(vocab, said, k)) return;
    // ("Hvem er kommuneoverlege hos oss?": «hos oss» is in the place, «oss» alone the place.)
    else if (asker.locatives.has(said[k - 1]?.folded ?? ''))
      cuts.push({ from: said[k - 1]!.start, to: w.end, text: at });
    else cuts.push({ from: w.start, to: w.end, text: place! });
  });
  if (cuts.length === 0) return undefined;
  let text = found.rest;
  for (const c of cuts.reverse()) text = `${text.slice(0, c.from)}${c.text}${text.slice(c.to)}`;
  return text;
}

/**
 * The cut that puts the place for the asker's possessive at k: after the noun it stands before ("vår representant",
 * "our representative": "representant i Molde"), or in its own place after the noun it follows ("leiaren vår",
 * "fastlegene våre": "leiaren i Orkland"), as Norwegian has it after a word of content.
 */
function ownAt(
  vocab: Vocabulary,
  rest: string,
  said: Word[],
  k: number,
  at: string,
  english: boolean,
): { from: number; to: number; text: string } {
  const [before, w, next] = [said[k - 1], said[k]!, said[k + 1]];
  const content = (x: Word | undefined) => x !== undefined && !vocab.stopwords.has(stem(x.folded));
  const after = !english && content(before) && !/[,.!?:;–—]/u.test(rest.slice(before!.end, w.start));
  if (after || !content(next) || /[,.!?:;–—]/u.test(rest.slice(w.end, next!.start)))
    return { from: w.start, to: w.end, text: at };
  return { from: w.start, to: next!.end, text: `${rest.slice(next!.start, next!.end)} ${at}` };
}

/**
 * Where the words of the introduction stand that name an item of a list the page gives of the place (its services),
 * if any: a list of an entry about the place, by its names or keywords. The words follow one another ("prison health
 * service", "health station").
 */
function serviceAt(
  vocab: Vocabulary,
  ws: Word[],
  place: string | undefined,
): { start: number; end: number } | undefined {
  // (With no place, a list of any place: the page's lists of services are of the one municipality it lists them for.)
  const lists = [...vocab.entries.values()].filter(
    (e) => place === undefined || terms(`${e.names} ${e.org} ${e.keywords}`).includes(place),
  );
  // (Not a word of no content, nor the place: "Jeg jobber i Bindal" names no service «i» or «Bindal».)
  const item = (w: Word | undefined) =>
    w !== undefined &&
    !vocab.stopwords.has(stem(w.folded)) &&
    stem(w.folded) !== place &&
    lists.some((e) => listHolds(vocab, e, stem(w.folded)));
  const first = ws.findIndex((w) => item(w));
  if (first < 0) return undefined;
  let last = first;
  // ("bo- og aktivitetstilbud": so do words joined by «og»/"and".)
  const joins = vocab.language.focus.joins;
  for (;;) {
    if (item(ws[last + 1])) last++;
    else if (joins.has(ws[last + 1]?.folded ?? '') && item(ws[last + 2])) last += 2;
    else break;
  }
  // ("I work at the dental clinic in Trondheim": a word of content beside them makes them name something else than the
  // list's item, the out-of-hours clinic.)
  const other = (w: Word | undefined) => w !== undefined && !vocab.stopwords.has(stem(w.folded));
  if (other(ws[first - 1])) return undefined;
  if (other(ws[last + 1]) && stem(ws[last + 1]!.folded) !== place) return undefined;
  return { start: ws[first]!.start, end: ws[last]!.end };
}

/**
 * "Eg er sjukepleiar på nattevakt. Rådmannen i Kristiansund sitter i Samarbeidsrådet. Hvilken rolle har han der?": the
 * rest after the introduction says in a sentence of its own, before its question, what the question points back to;
 * answered, it is the answer, whatever the introduction's words make of the whole message. (Not when the question
 * asks of the asker's own: "Jeg jobber på tannklinikken. Vi har hørt om prosjektet. Er vi med?")
 */
export function pointsWithin(vocab: Vocabulary, rest: string, answer: Answer): boolean {
  const sentences = sentencesOf(rest);
  const own = wordsOf(sentences[sentences.length - 1] ?? '').some((w) =>
    vocab.language.asker.askers.has(w.folded),
  );
  return answer.kind === 'answer' && sentences.length >= 2 && !own;
}

/** So many letters at least a word of the page's sentence has, to be the head of the asker's workplace. */
const MIN_KIND = 5;

/**
 * "Jeg er daglig leder på et privat fastlegekontor. Kan vi også koble oss på løsningen som velges?": «vi» is the
 * asker's workplace, and what the page says of all of its kind («Alle kommuner og fastleger i Midt-Norge kan koble seg
 * på …») holds for it: the answer to the rest alone, when its sentence says it of all and names a word the
 * introduction's workplace is («fastlege» of «fastlegekontor»). Not of another kind ("Jeg jobber på tannklinikken.").
 */
export function saidOfAllOfAskersKind(vocab: Vocabulary, message: string, answer: Answer): boolean {
  const found = introductionOf(vocab, message);
  // ("Stemmer det at vi fastleger kan kobles på …?": so is the page's sentence that says a claim is so.)
  const direct = answer.direct;
  const saying = direct?.type === 'yesSaid' || (direct?.type === 'claimChecked' && direct.yes);
  if (found?.needed !== 'pointsBack' || !saying) return false;
  const said = wordsOf(direct.sentence);
  if (!said.some((w) => vocab.language.asker.all.has(w.folded))) return false;
  const content = (t: string) => !vocab.stopwords.has(t) && !vocab.language.languageWords.has(t);
  const kinds = terms(direct.sentence).filter(content);
  return terms(found.intro).some((t) => content(t) && kinds.some((k) => sameKind(k, t)));
}

/**
 * The word (a stem) is of the kind: the kind's word itself ("gp" of «GPs»), or, a long one, the head of the word
 * ("fastlege" of «fastlegekontor», «fastlegan»).
 */
function sameKind(kind: string, word: string): boolean {
  return word === kind || (kind.length >= MIN_KIND && word.startsWith(kind));
}
