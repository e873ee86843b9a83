/**
 * The asker's context: who asks and where they are, which steers nothing of the answer.
 *
 * Who (the introduction a message opens with): "Jeg er kommuneoverlege i Malvik og må ringe lederen av
 * prosjektkontoret …", "Eg er fastlege på Sunnmøre. Kva …", "Som kommunelege i Innherred lurer jeg på hvem …", "I'm a
 * journalist writing about the cooperation council. …", or without «jeg» in a sentence of its own ("Leder
 * hjemmesykepleien i Bindal. Er vi med …?", "Hei, avdelingsleder på helsestasjonen i Verdal her – …"). The role named there would steer the answer (to the
 * kommuneoverlege of Malvik), and a region the page does not know (Sunnmøre, Innherred) would make it a question about
 * another place. The message is answered without it.
 *
 * Where (the asker's own municipality, which the page does not name): it says that ALL the municipalities of
 * Trøndelag and Møre og Romsdal, and Bindal in Nordland, take part through option agreements. "Vi i Oppdal har jo
 * opsjonsavtale – hvem koordinerer arbeidet opp mot oss andre kommunene?", "Kan fastlegene hos oss i Levanger koble seg
 * på løsninga som velges?", "Our municipality up in Namsos has an option agreement. Who coordinates …?", "Eg jobbar i
 * ein kommune på Sunnmøre og lurer på …": the place says where the asker is, not what the question is about; as a name
 * the page does not know it would make the question one about another place. The message is answered without it.
 *
 * Asked about the place itself, the page does not know: "Hvem er kommuneoverlege i Oppdal?", "Når tar Frøya i bruk
 * Helseplattformen?" (no asker's words before the place), and "Hvem er kommuneoverlege hos oss i Oppdal?" (one person
 * of one municipality, asked of the asker's own: see holdsForAsker). Places outside the region ("Vi i Bergen kommune
 * lurer på …") are none of the page's municipalities: they stay what the question is about.
 */
import { analyse } from './analysis';
import { inApposition } from './apposition';
import type { Answer } from './answer';
import { type AskerWords, regionPlaceAt } from './asker-words';
import { type FocusWords, type Word, askingSentences, sentencesOf, spelledOtherwise, wordsOf } from './focus';
import { MIN_SCORE } from './decision';
import { rank } from './ranking';
import { introductionSentences, saysWhereAskerIs } from './introduction-alone';
import { existential, ownsEverydayThing } from './own-belonging';
import { placeAt, placesAt } from './region-places';
import { behalfPlaces } from './asker-behalf';
import { withoutSpans } from './lead-sentences';
import { namesOwnTopic, purposeGoesOn } from './introduction-purpose';
import { correctionLength, placeIn } from './intro-place';
import { askedOfPressContact } from './press-asker';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';
import type { EntryType } from './entries';

/** So many words may stand between the asker's word and the place's preposition ("our municipality up in …"). */
const ASKER_REACH = 4;
/** The parts of the project whose lead is whom to talk to about their work. */
const PARTS = new Set<EntryType>(['subproject', 'unit']);

/**
 * The message without the region's places it names as where the asker is (with their preposition and any word for a
 * municipality after them), or undefined when it names none so.
 */
export function withoutAskersMunicipality(vocab: Vocabulary, message: string): string | undefined {
  const asker = vocab.language.asker;
  const ws = wordsOf(message);
  const cuts: [number, number][] = [];
  let intro: { from: number; to: number } | undefined | null = null;
  // "Jeg jobber i en liten kommune på Nordmøre.": a place within the asker's introduction is where the asker is.
  const introduced = (from: number, to: number) => {
    if (intro === null) {
      const found = introductionAt(vocab, message);
      intro = found && { from: found.from, to: found.from + found.end.at };
    }
    return intro !== undefined && from >= intro.from && to <= intro.to;
  };
  for (const k of placesAt(vocab, ws)) {
    let last = k + placeAt(vocab, ws, k)!.length - 1;
    if (asker.placeNouns.has(ws[last + 1]?.folded ?? '')) last++;
    // "in Vestnes, Møre og Romsdal": the part of the region it lies in goes with it.
    const region = /^\s*,\s*$/u.test(message.slice(ws[last]!.end, ws[last + 1]?.start))
      ? regionPlaceAt(asker, ws, last + 1)
      : undefined;
    if (region) last += region.length;
    const at: [number, number] = [ws[k - 1]!.start, ws[last]!.end];
    if (askersPlace(ws, k - 1, last, asker.askers) || introduced(...at)) cuts.push(at);
  }
  // "Formannskapet i Levanger har bedt om …": so is a place in a sentence that says on whose behalf it asks.
  for (const at of behalfPlaces(vocab, message))
    if (!cuts.some(([from, to]) => at[0] < to && from < at[1])) cuts.push(at);
  if (cuts.length === 0) return undefined;
  cuts.sort((a, b) => a[0] - b[0]);
  return withoutSpans(message, cuts)
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

/**
 * Whether an asker's word stands just before the place's preposition ("vi i Oppdal", "hos oss på Frøya", "Eg jobbar i
 * ein kommune på Sunnmøre", "our municipality up in Namsos") or just after the place ("I Namsos lurer vi på …").
 */
function askersPlace(ws: Word[], preposition: number, last: number, askers: Set<string>): boolean {
  const before = ws.slice(Math.max(0, preposition - ASKER_REACH), preposition);
  const after = ws.slice(last + 1, last + 3);
  return [...before, ...after].some((w) => askers.has(w.folded));
}

/**
 * Whether the answer to the message without the asker's place holds for the asker (the message as asked, the one
 * without the place, and its answer).
 * - The place said of the asker's own thing ("fastlegene hos oss i Levanger", "innføringsprosjektet hos oss på Frøya",
 *   "kommuneoverlege hos oss i Oppdal"): the page knows that thing of the asker's municipality only where it says it
 *   of all of them ("Alle kommuner og fastleger i Midt-Norge kan koble seg på"); Trondheim's project or Verdal's
 *   kommuneoverlege are not theirs.
 * - Otherwise the place says who asks ("Vi på Frøya vil ringe prosjektkontoret – hvem leder det?"), except when the
 *   question then asks for someone of the asker's own ("Vi i Oppdal lurer på hvem som er kommuneoverlege hos oss").
 */
export function holdsForAsker(vocab: Vocabulary, message: string, local: string, answer: Answer): boolean {
  if (answer.kind !== 'answer') return false;
  const asker = vocab.language.asker;
  const own = asker.own[answer.lang];
  if (ownThingAt(vocab, message, own)) {
    const said = answer.direct?.type === 'yesSaid' ? answer.direct.sentence : '';
    return wordsOf(said).some((w) => asker.all.has(w.folded));
  }
  // ("Hvem er vår representant i samarbeidsrådet?": someone of the asker's own, which the page does not name.)
  const said = wordsOf(local);
  const us = asker.us[answer.lang];
  // ("Hvem var det som …?": «var» written so is the past of «er», not «vår» folded.)
  const ownIn = (text: string, w: Word) =>
    own.has(w.folded) && !spelledOtherwise(vocab.language.focus, text, w);
  const ours = said.filter((w, k) => ownIn(local, w) && !(us.has(w.folded) && inApposition(vocab, said, k)));
  if (ours.length === 0) return true;
  const asking = askingSentences(sentencesOf(local), vocab.language.focus).join(' ');
  const whose =
    wordsOf(asking).some((w) => ownIn(asking, w) && !us.has(w.folded)) &&
    analyse(vocab, asking).intents.has('who');
  return !namesSomeone(answer) && !whose;
}

/**
 * Whether the answer to the rest of a message after the asker's introduction, which points back to the asker's
 * workplace, holds for the asker: not when it names someone and the rest asks for someone of the asker's own ("Jeg
 * jobber i Volda. Hvem er vår kontaktperson?"), where the page knows only Trondheim's and the council's people.
 */
export function restHoldsForAsker(vocab: Vocabulary, rest: string, answer: Answer): boolean {
  if (answer.kind !== 'answer') return false;
  const own = vocab.language.focus.own;
  const ours = vocab.language.asker.own[answer.lang];
  const owned = (w: Word) =>
    (own.has(w.folded) || ours.has(w.folded)) && !spelledOtherwise(vocab.language.focus, rest, w);
  return !wordsOf(rest).some(owned) || !namesSomeone(answer);
}

/** Whether the answer names a person, a unit or whom to contact. */
function namesSomeone(answer: Answer): boolean {
  return answer.items.some((i) => i.type === 'person' || i.type === 'unit' || i.type === 'contactList');
}

/**
 * Whether a place of the region is said of the asker's own thing: "hos oss i …", "for us in …", or "her i …" after
 * what is asked ("kommuneoverlege her i Oppdal"; not "Her i Røros lurer vi på …" nor "Vi her i Oppdal …", which say
 * who asks).
 */
function ownThingAt(vocab: Vocabulary, message: string, own: Set<string>): boolean {
  const asker = vocab.language.asker;
  const ws = wordsOf(message);
  return placesAt(vocab, ws).some((k) => {
    const before = ws[k - 3];
    if (own.has(ws[k - 2]?.folded ?? '')) return asker.locatives.has(before?.folded ?? '');
    if (!asker.here.has(ws[k - 2]?.folded ?? '') || before === undefined) return false;
    const apart = /[.!?:;–—-]/u.test(message.slice(before.end, ws[k - 2]!.start));
    return !apart && !asker.askers.has(before.folded);
  });
}

/**
 * The message without the asker's introduction, or undefined when it has none or still needs it: when the rest
 * points back to the asker's workplace ("Jeg jobber på legevakten – blir vi også med?", "Kven representerer kommunen
 * vår?"), when only the introduction names a place the page knows ("Eg er avdelingsleiar på eit helsehus i
 * Trondheim. Kva skal …": the question may be about that place), or when it names a topic of the page by its own
 * name ("Jeg jobber i prosjektkontoret. Hvem leder det?").
 */
export function withoutAskerIntroduction(vocab: Vocabulary, message: string): string | undefined {
  const found = introductionOf(vocab, message);
  if (found === undefined || found.needed !== 'no') return undefined;
  // ("Jeg jobber i hjemmetjenesten. Jeg er kommuneoverlege i Malvik og må ringe …": so of an introduction after it.)
  return withoutAskerIntroduction(vocab, found.without) ?? found.without;
}

/**
 * The rest of the message after the asker's introduction, when it points back to the asker's workplace ("Jeg jobber
 * på et sykehjem i Kristiansund. Når tar vår kommune i bruk Helseplattformen?"), or undefined.
 */
export function restPointingBack(vocab: Vocabulary, message: string): string | undefined {
  const found = introductionOf(vocab, message);
  return found?.needed === 'pointsBack' ? found.rest : undefined;
}

/**
 * The asker's introduction of the first sentence that opens with one: the message without it (keeping the place the
 * asker works, see placeIn), the rest after it, and whether the rest still needs it (see withoutAskerIntroduction).
 */
export function introductionOf(
  vocab: Vocabulary,
  message: string,
):
  | { without: string; rest: string; intro: string; needed: 'no' | 'pointsBack' | 'named' | 'empty' }
  | undefined {
  const found = introductionAt(vocab, message);
  if (found === undefined) return undefined;
  const { sentence, from, end } = found;
  const tidy = (text: string) =>
    text
      .replace(/^[\s,–—-]+/u, '')
      .replace(/\s{2,}/gu, ' ')
      .trim();
  // ("… i Steinkjer og skal lage ei nyheitssak. Eg treng å vite …": see introduction-purpose.ts.)
  const following = message.slice(from + sentence.length);
  const open = sentence.slice(end.next);
  // ("Eg er kommunestyrepolitikar i Gloppen... nei, Stranda. Når …?": the correction goes on introducing the asker.)
  const fixed = Math.min(
    correctionLength(vocab, `${open}${following}`),
    open === '' ? Infinity : open.length,
  );
  const correction = `${open}${following}`.slice(0, fixed);
  const intro = `${sentence.slice(0, end.at)}${correction}`;
  const next = open === '' ? following.slice(fixed) : following;
  const tail = open.slice(open === '' ? 0 : fixed);
  const after = purposeGoesOn(vocab, tail, next) ? '' : tail;
  const rest = tidy(`${message.slice(0, from)}${after}${next}`);
  const needed = stillNeeded(vocab, intro, rest);
  // ("Jeg jobber i hjemmetjenesten. Æ jobbe i Steinkjer. Når går vi over …?": «vi» is where a later introduction that
  // names a place says the asker works; not after one that names it: "Jeg jobber i Bindal, som ikke ligger i …".)
  const later = needed === 'pointsBack' ? introductionOf(vocab, rest) : undefined;
  const placed = (text: string) =>
    terms(text).some((t) => vocab.employers.has(t)) || placesAt(vocab, wordsOf(text)).length > 0;
  const region = (ws: Word[], a = vocab.language.asker) =>
    ws.some((_, k) => k > 0 && a.prepositions.has(ws[k - 1]!.folded) && regionPlaceAt(a, ws, k));
  if (later !== undefined && placed(later.intro) && !region(wordsOf(intro))) return later;
  if (needed !== 'no') return { without: rest, rest, intro, needed };
  // "As a GP in Trondheim I'm curious which services …": the place the asker works stays, when the rest names none.
  const place = placeIn(vocab, intro, rest, correction);
  const without =
    place === '' ? rest : tidy(`${message.slice(0, from)}${place}${after === '' ? '.' : ''} ${after}${next}`);
  // ("Jeg er journalist … Hvem snakker jeg med?": see press-asker.ts.)
  return { without: askedOfPressContact(vocab, intro, without), rest, intro, needed };
}

/**
 * The first sentence of the message that opens with the asker's introduction, where it starts in the message, and
 * where the introduction ends in it (see introductionEnd); undefined when none does, or when the first that opens so
 * says no role ("I'm curious whether …").
 */
function introductionAt(
  vocab: Vocabulary,
  message: string,
): { sentence: string; from: number; end: { at: number; next: number } } | undefined {
  const sentences = introductionSentences(vocab, message);
  for (const [i, sentence] of sentences.entries()) {
    const ws = wordsOf(sentence);
    if (saysWhereAskerIs(vocab, sentences, i))
      return {
        sentence,
        from: message.indexOf(sentence),
        end: { at: sentence.length, next: sentence.length },
      };
    const asked = /\?\s*$/u.test(sentence);
    const opener = openerLength(ws, vocab.language.asker, vocab.language.roleQuestion.articles, asked);
    // (Not a sentence of the opener alone: "As?")
    if (opener === 0 || opener >= ws.length) continue;
    const english = analyse(vocab, message).lang === 'en';
    const end = introductionEnd(sentence, ws, opener, {
      ...vocab.language.focus,
      english,
      articles: vocab.language.roleQuestion.articles,
      introductionEnds: vocab.language.asker.introductionEnds,
      whereabouts: vocab.language.asker.whereabouts,
      last: i === sentences.length - 1,
    });
    if (end.at <= ws[opener]!.start) return undefined;
    return { sentence, from: message.indexOf(sentence), end };
  }
  return undefined;
}

/**
 * How many words of an introduction open the sentence ("Jeg er", "I'm", "Som"), or 0. In a sentence that asks
 * nothing, a verb of where the asker is before a preposition or a role opens one with the asker left out ("Sitter i
 * hjemmetjenesten på Byåsen og vil …", "Jobbar som sjukepleiar i Volda.", "Working as a nurse in Vestnes.").
 */
function openerLength(ws: Word[], words: AskerWords, articles: Set<string>, asked: boolean): number {
  const phrase = words.introductions.find((p) => p.every((w, k) => ws[k]?.folded === w));
  if (!phrase) {
    const then = ws[1]?.folded ?? '';
    const role = words.introductions.some((p) => p.length === 1 && p[0] === then);
    return !asked && words.whereabouts.has(ws[0]?.folded ?? '') && (words.prepositions.has(then) || role)
      ? 1
      : 0;
  }
  // "Som en del av …", "As mentioned …", "As for the training, …": no role follows (after its article, if any).
  const next = articles.has(ws[phrase.length]?.folded ?? '') ? phrase.length + 1 : phrase.length;
  return words.notRoles.has(ws[next]?.folded ?? '') ? 0 : phrase.length;
}

/**
 * Where the introduction ends in its sentence, and where the rest starts: at a comma (not one before a verb of where
 * the asker is: "I'm from Ukraine, working as a nurse in …"), a word that joins or opens a clause ("og", "som", "who";
 * not "og" within a name: "i Møre og Romsdal", nor before such a verb: "Eg er frå Polen og jobbar på …", nor after a
 * part sharing a head: "helse- og velferdskontoret"), the asker as subject ("… lurer jeg på", "As a GP in Trondheim I'm
 * curious …"), a verb of knowing, a question word, an English participle ("I'm a controller preparing a briefing"; not
 * after an article: "a nursing home", nor "working"), or the sentence end. At the role itself it is no introduction
 * ("I'm curious whether …", "I'm briefing our council …").
 */
function introductionEnd(
  sentence: string,
  ws: Word[],
  opener: number,
  words: FocusWords & {
    english: boolean;
    articles: Set<string>;
    introductionEnds: Set<string>;
    whereabouts: Set<string>;
    /** The sentence is the message's last: what it says after the asker may be all that is asked. */
    last: boolean;
  },
): { at: number; next: number } {
  for (let k = opener; k < ws.length; k++) {
    const w = ws[k]!;
    const written = sentence.slice(w.start, w.end);
    // ("I'm from Ukraine, working as a nurse in Vestnes.": where the asker works goes on introducing them.)
    if (
      k > opener &&
      sentence.slice(ws[k - 1]!.end, w.start).includes(',') &&
      !words.whereabouts.has(w.folded)
    )
      return { at: ws[k - 1]!.end, next: w.start };
    const shared = /-\s*$/u.test(sentence.slice(ws[k - 1]?.start ?? 0, w.start));
    if (
      k > opener &&
      words.introductionEnds.has(w.folded) &&
      !shared &&
      !ws[k + 1]?.capital &&
      !words.whereabouts.has(ws[k + 1]?.folded ?? '')
    )
      return { at: w.start, next: w.end };
    const self = w.folded.split(/['’]/)[0]!;
    const asker = words.self.has(self) && (self !== 'i' || written.startsWith('I'));
    const knowing = words.knowing.some((p) => p.every((x, j) => ws[k + j]?.folded === x));
    // ("I am a researcher studying EHR programmes in the Nordic countries. …?": in a sentence that asks nothing, before
    // the one that does, what the asker is doing goes on introducing them.)
    const participle =
      words.english &&
      /^\p{Ll}{3,}ing$/u.test(written) &&
      !words.articles.has(ws[k - 1]?.folded ?? '') &&
      !words.whereabouts.has(w.folded) &&
      (words.last ||
        /\?\s*$/u.test(sentence) ||
        ws.slice(k + 1).some((x) => words.questionWords.has(x.folded)));
    if (asker || knowing || participle || words.questionWords.has(w.folded))
      return { at: w.start, next: w.start };
  }
  return { at: sentence.length, next: sentence.length };
}

/**
 * Whether the rest of the message needs the introduction (see withoutAskerIntroduction): because it points back to
 * the asker's workplace, because the introduction names a topic of the page, or because nothing is left.
 */
function stillNeeded(
  vocab: Vocabulary,
  intro: string,
  rest: string,
): 'no' | 'pointsBack' | 'named' | 'empty' {
  if (!/\p{L}/u.test(rest)) return 'empty';
  const words = vocab.language.focus;
  // ("Eg jobbar i Bindal. Er me med?": in the language of the whole, which the few words of the rest may not show.)
  const back = vocab.language.asker.backToPlace[analyse(vocab, `${intro} ${rest}`).lang];
  // ("… Line Kristoffersen came to our unit for the mapping. Which department is she from?": what the rest tells of
  // the asker's workplace, where it asks nothing, needs no introduction.)
  const asking = askingSentences(sentencesOf(rest), words);
  const asked = asking.length > 0 ? asking.join(' ') : rest;
  // («Kven tek vare på …?», «PC-en min …», "Is there an email …?": see spelledOtherwise, own-belonging.ts, existential.)
  const backTo = (w: Word, k: number, ws: Word[]) =>
    (back.has(w.folded) || (words.own.has(w.folded) && !ownsEverydayThing(vocab, asked, ws, k))) &&
    !spelledOtherwise(words, asked, w) &&
    !existential(vocab, ws, k);
  if (wordsOf(asked).some(backTo)) return 'pointsBack';
  const introduced = analyse(vocab, intro);
  // (Not a place the page does not know that only looks like a name: "på Helgeland" is not Helge Garåsen.)
  const named = (t: string) =>
    !vocab.employers.has(t) && !introduced.otherNames.includes(introduced.positions.get(t) ?? -1);
  const candidates = rank(vocab, introduced.known, introduced.intents, introduced.stems);
  const names = candidates.some((c) => [...c.properTerms].some(named));
  // ("I'm invited to a meeting with the implementation project. What is the street address of their offices?": what
  // the rest points back to is what the introduction names, by a name of the page.)
  const pointing = wordsOf(asked).some((w) => words.backReferences.has(w.folded) && !back.has(w.folded));
  const topic = pointing && candidates.some((c) => c.named && c.score >= MIN_SCORE);
  // ("Eg jobbar i kommunikasjonsavdelinga. Eg treng å vite kor mange innbyggjarar det nye journalsystemet omfattar …
  // Kor mange er det?": a rest that names a topic of its own by a name of the page needs no name of the introduction.)
  // ("Jeg jobber med integrasjoner – hvem i prosjektet bør jeg snakke med?": whom to turn to, asked of nothing but the
  // project, is who leads the part of it the introduction names as the asker's work.)
  const turning = analyse(vocab, asked);
  const whom = turning.intents.has('contact') && turning.known.every((t) => vocab.projectTerms.has(t));
  const [first] = candidates;
  const part = first !== undefined && first.score >= MIN_SCORE && PARTS.has(first.entry.type);
  return names || (topic && !namesOwnTopic(vocab, rest)) || (whom && part) ? 'named' : 'no';
}
