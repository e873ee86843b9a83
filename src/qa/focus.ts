/**
 * Finds the question inside a wordy message: the part to answer when the message says who asks and why before it
 * asks ("Som HR-rådgiver lurer jeg på hvem …", "I'm preparing a briefing and need to know who …", "For a business
 * case I am drafting, what efficiency gains …"), or asks after a sentence of small talk ("Hei! … Hvem leder …?").
 * Pure text work: whether the part can be answered alone is for the answerer to decide.
 */
import { fold } from './text';

/** The words the search needs (folded; phrases as lists of words), from the language file. */
export interface FocusWords {
  /** Verbs of knowing and wondering ("vite", "lurer på", "know", "wonder"): a question word after one opens the question. */
  knowing: string[][];
  /** Question words that open a question inside a sentence ("hvem", "kva", "which"). */
  questionWords: Set<string>;
  /** Phrases that open a request ("kan du", "could you"): after a comma, like a question word, they open the question. */
  requests: string[][];
  /** "trenger", "ønsker", "need": first in a message, with what is asked for right after, they ask for it (analysis.ts). */
  needs: Set<string>;
  /** Words that join two questions in one sentence ("og", "and"): a question word after one opens the second. */
  joins: Set<string>;
  /** Words before two things asked of at once, joined by one of the joins ("både", "forskjellen på", "both"). */
  pairs: string[][];
  /** Words between the choices a question offers ("eller", "or"). */
  alternatives: Set<string>;
  /** Words that open a yes/no question inside a sentence ("lurer på om …", "wonder whether …"). */
  whether: Set<string>;
  /** Verbs that open a yes/no question ("er", "har", "is"): the one after "om"/"whether" goes first. */
  yesNo: Set<string>;
  /** Phrases that ask whether what follows is so ("stemmer det at", "is it true that"). */
  confirm: string[][];
  /** Words that open a sentence with who is asking, up to a comma ("Som sykepleier, …", "As a nurse, …"). */
  openers: Set<string>;
  /** Personal pronouns that stand for a person named before ("han", "ho", "she"). */
  pronouns: Set<string>;
  /** Possessive pronouns that stand for a person named before ("hennes", "his"). */
  possessives: Set<string>;
  /** Possessives for something said before that is no person ("kontoret deres", "their offices"). */
  owners: Set<string>;
  /** Words that point back to something said before ("det", "that"): a question with one may need what came before. */
  backReferences: Set<string>;
  /** "der": what a sentence before names, as a place (not a question before in the same sentence). */
  thereBack: Set<string>;
  /** Of those, the ones that also stand for nothing last after a verb of being ("kor mange er det?", "is it?"). */
  dummies: Set<string>;
  /** Words that open a relative clause ("som"): a dummy right before one points forward ("Hvem er det som …"). */
  relatives: Set<string>;
  /** Of those, the plural ones that stand for things or people counted or listed before ("dem", "them"). */
  plurals: Set<string>;
  /** The asker's own ("min", "vår", "our"): in a question after words about the asker, what they said it is. */
  own: Set<string>;
  /** Of those, the ones folding changed ("var", "vart", "vare" of "vår", "vårt", "våre"): see spelledOtherwise. */
  ownFolded: Set<string>;
  /** The asker as subject ("jeg", "eg", "vi", "I", "we"). */
  self: Set<string>;
  /** Phrases that tie a question to its topic ("in relation to"), with the plain word for the same ("about"). */
  links: { words: string[]; word: string }[];
}

export interface Focus {
  /** The part to answer, with the name of a person named before in place of a pronoun for them. */
  text: string;
  /** The words before the part in its own sentence ("Som HR-rådgiver lurer jeg på"): empty when it is a sentence. */
  lead: string;
  /** Found inside a sentence (after a verb of knowing, an opener or a comma), not only as the last of several. */
  within: boolean;
  /** A pronoun in the part was replaced by the name of a person named before it. */
  resolved: boolean;
  /** The part points back to something said before it ("Hvem leder det delprosjektet?"). */
  refersBack: boolean;
  /**
   * The rest of the message may say what the part is about: more follows it ("Hvem tok bildet? (foto)"), it asks
   * about the asker's own after they said who they are ("Eg jobbar i Steinkjer og lurer på kven som representerer
   * kommunen vår"), or it is only what follows a verb of knowing, with no question word ("… would like to know the
   * email address of the project office").
   */
  needsRest: boolean;
}

/** At most this many words stand between a verb of knowing and its question word ("lurer jeg på hvem"). */
const KNOWING_GAP = 3;
/** "… om legevakten i Trondheim er med": the verb of a yes/no question stands at most this many words after "om". */
const VERB_REACH = 6;

export interface Word {
  folded: string;
  start: number;
  end: number;
  capital: boolean;
}

/**
 * Whether a word of the text, as written, is another word than the asker's own it folds to: «vare» in «Kven tek vare
 * på …?», nynorsk «vart» (became) and «var» (was) are no «våre», «vårt», «vår».
 */
export function spelledOtherwise(words: FocusWords, text: string, w: Word): boolean {
  return words.ownFolded.has(w.folded) && text.slice(w.start, w.end).toLowerCase() === w.folded;
}

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((m) => ({
    folded: fold(m[0]),
    start: m.index,
    end: m.index + m[0].length,
    capital: /^\p{Lu}/u.test(m[0]),
  }));
}

/** Where a phrase of folded words starts at word `i`, or false. */
function phraseAt(words: Word[], i: number, phrase: string[]): boolean {
  return phrase.every((p, k) => words[i + k]?.folded === p);
}

/** The message's sentences ("?", "!", ":" or a full stop not after a number ends one; so does a dash between words). */
export function sentencesOf(message: string): string[] {
  return (
    message
      .trim()
      // A colon or a dash between words also ends what comes before ("Min leder lurer: hvem …", "… i morgen – hvor …").
      // A full stop after a number is a date or an ordinal ("29. august", "3. etasje"), and one after a capital letter
      // alone an initial ("Elise B. Vesterhus"), not the end of a sentence.
      .split(/(?<=[!?:]|(?<!\d|(?:^|\s)\p{Lu})\.)\s+|\s+[–—-]\s+/u)
      .filter((s) => /\p{L}/u.test(s))
  );
}

/**
 * "Stemmer det at innføringsprosjektet berre er delt i tre delprosjekt: funksjonalitet, teknisk og opplæring?": a
 * question before a colon, and after it what opens with no question word, no verb of a yes/no question and no
 * request, spell out one question; the two are one sentence. ("Min leder lurer: …" and "Til orienteringen: …" ask
 * nothing before the colon.)
 */
function withListsAfterColon(sentences: string[], whole: string, words: FocusWords): string[] {
  const asks = (text: string) => {
    const ws = wordsOf(text);
    const first = ws[0]?.folded ?? '';
    const opens = (phrases: string[][]) => phrases.some((p) => phraseAt(ws, 0, p));
    return (
      words.questionWords.has(first) ||
      words.yesNo.has(first) ||
      opens(words.requests) ||
      opens(words.confirm)
    );
  };
  const out: string[] = [];
  for (const sentence of sentences) {
    const before = out[out.length - 1];
    if (before?.endsWith(':') && asks(before) && !asks(sentence)) {
      const from = whole.indexOf(before);
      out[out.length - 1] = whole.slice(
        from,
        whole.indexOf(sentence, from + before.length) + sentence.length,
      );
    } else out.push(sentence);
  }
  return out;
}

/**
 * The sentences of a message that ask: those with a question mark; in a message of several sentences typed without
 * one ("jeg jobber på sykehjem. hvem leder prosjektet"), those a question word opens, or else those the verb of a
 * yes/no question opens.
 */
export function askingSentences(sentences: string[], words: FocusWords): string[] {
  const marked = sentences.filter((s) => s.includes('?'));
  if (marked.length > 0 || sentences.length < 2) return marked;
  const opening = (s: string) => wordsOf(s)[0]?.folded ?? '';
  const asked = sentences.filter((s) => words.questionWords.has(opening(s)));
  if (asked.length > 0) return asked;
  // "sykepleier på legevakta her. blir legevakt med i det nye journalsystemet": with no question word either, the
  // sentence that opens with the verb of a yes/no question asks.
  return sentences.filter((s) => words.yesNo.has(opening(s)));
}

/**
 * The question inside a sentence: after a verb of knowing ("… trenger å vite hvem som leder …"), after an opener
 * that says who asks ("As a training coordinator, …"), or after a comma when a question word or a request opens what
 * follows and no question word stands before it ("For a business case I am drafting, what …", "For a study, could
 * you list …"). Returns where it starts, or -1.
 */
function embeddedStart(sentence: string, words: FocusWords): number {
  const ws = wordsOf(sentence);
  const asks = (i: number) => words.questionWords.has(ws[i]?.folded ?? '');
  for (let i = 0; i < ws.length; i++) {
    // "Kven skal finne ut kva opplæringsbehov dei tilsette har?": after a question word, the verb of knowing is what
    // is asked about, not the way in to the question.
    if (asks(i)) break;
    const phrase = words.knowing.find((p) => phraseAt(ws, i, p));
    if (!phrase) continue;
    for (let j = i + phrase.length; j <= i + phrase.length + KNOWING_GAP && j < ws.length; j++)
      if (asks(j) || (words.whether.has(ws[j]!.folded) && yesNoVerb(ws, j, words) > 0)) return ws[j]!.start;
  }
  // "Som sykepleier, er legevakten med?": what follows the opener's comma is the question.
  const comma = sentence.indexOf(',');
  if (comma > 0 && words.openers.has(ws[0]?.folded ?? '')) {
    const rest = sentence.slice(comma + 1);
    const inner = embeddedStart(rest, words);
    return comma + 1 + (inner >= 0 ? inner : rest.length - rest.trimStart().length);
  }
  for (const m of sentence.matchAll(/,\s*/g)) {
    const at = m.index + m[0].length;
    const next = ws.findIndex((w) => w.start >= at);
    // "Hvem leder Teknisk, og hvem leder Opplæring?" asks twice: no part of it alone is the question.
    // ("For an international comparison study, could you list …?": so does a request.)
    const opens = asks(next) || words.requests.some((p) => phraseAt(ws, next, p));
    // ("Is Ola Skorstad, who leads the project, from the IT service?": in a sentence a yes/no verb opens, a clause
    // closed by a second comma says who stands before it; the sentence is the question.)
    const described = words.yesNo.has(ws[0]?.folded ?? '') && sentence.indexOf(',', at) >= 0;
    if (next > 0 && opens && !described && !ws.slice(0, next).some((_, k) => asks(k))) return ws[next]!.start;
  }
  return -1;
}

/**
 * "We would like to know the email address of the project office": with no question word after it, what follows a
 * verb of knowing is what is asked, as a question of a few words is. Returns where it starts, or -1 (also when a
 * question word stands before the verb: "Who knows …" is the question itself).
 */
function afterKnowing(sentence: string, words: FocusWords): number {
  const ws = wordsOf(sentence);
  for (let i = 0; i < ws.length; i++) {
    if (words.questionWords.has(ws[i]!.folded)) return -1;
    const phrase = words.knowing.find((p) => phraseAt(ws, i, p));
    if (phrase) return ws[i + phrase.length]?.start ?? -1;
  }
  return -1;
}

/** Where the verb of a yes/no question after "om"/"whether" at `at` stands ("om legevakten er med"), or -1. */
function yesNoVerb(ws: Word[], at: number, words: FocusWords): number {
  for (let k = at + 2; k <= at + VERB_REACH && k < ws.length; k++)
    if (words.yesNo.has(ws[k]!.folded)) return k;
  return -1;
}

/**
 * "om legevakten er med" is asked as "er legevakten med", "whether the clinic is included" as "is the clinic
 * included": the verb first, as the yes/no question it is.
 */
function asYesNo(part: string, words: FocusWords): string {
  const ws = wordsOf(part);
  if (!words.whether.has(ws[0]?.folded ?? '')) return part;
  const verb = yesNoVerb(ws, 0, words);
  if (verb < 0) return part;
  const v = ws[verb]!;
  return `${part.slice(v.start, v.end)} ${part.slice(ws[1]!.start, v.start)}${part.slice(v.end).trimStart()}`;
}

/**
 * The last full name in the text: a run of two or more capitalised words inside a sentence ("the name Arne
 * Ingebrigtsen comes up", "Hun heter Tone Fagerholt"). One capitalised word is as often a place ("fra Verdal").
 */
function lastName(text: string): string | undefined {
  let found: string | undefined;
  for (const sentence of sentencesOf(text)) {
    const ws = wordsOf(sentence);
    for (let i = 0; i < ws.length; i++) {
      if (!ws[i]!.capital || ws[i - 1]?.capital || ws[i]!.end - ws[i]!.start < 2) continue;
      let j = i;
      while (j + 1 < ws.length && ws[j + 1]!.capital) j++;
      if (j > i) found = sentence.slice(ws[i]!.start, ws[j]!.end);
      i = j;
    }
  }
  return found;
}

/** Writes the phrases that only tie the question to its topic plainly ("Who is he, about Helseplattformen?"). */
function plainLinks(text: string, words: FocusWords): string {
  const ws = wordsOf(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < ws.length; i++) {
    const link = words.links.find((p) => phraseAt(ws, i, p.words));
    if (!link) continue;
    out += text.slice(from, ws[i]!.start) + link.word;
    from = ws[i + link.words.length - 1]!.end;
    i += link.words.length - 1;
  }
  return out + text.slice(from);
}

/**
 * The part of a message to answer, when it is less than the whole message: the sentence that asks when there are
 * several (the last one, or the only one with a question mark), and within it the question after a verb of knowing,
 * an opener or a comma; phrases that only tie it to its topic left out; a pronoun in it for a person named before
 * given that person's name. Undefined when the whole message is the question.
 */
export function findFocus(message: string, words: FocusWords): Focus | undefined {
  const whole = message.trim();
  const sentences = withListsAfterColon(sentencesOf(whole), whole, words);
  if (sentences.length === 0) return undefined;
  const asking = askingSentences(sentences, words);
  // "Hei! … Hvem leder …?", "Is KS involved? I noticed someone from KS in the photo.": the one sentence that asks;
  // with no question mark, the last ("… trenger å vite hvem som leder …").
  const at =
    asking.length === 1 ? sentences.indexOf(asking[0]!) : asking.length === 0 ? sentences.length - 1 : -1;
  const sentence = at >= 0 ? sentences[at]! : whole;
  const asked = at >= 0 ? embeddedStart(sentence, words) : -1;
  const loose = at >= 0 && asked < 0 ? afterKnowing(sentence, words) : -1;
  const start = asked >= 0 ? asked : loose;
  const within = start > 0;
  const alone = at >= 0 && sentences.length >= 2 && asking.length <= 1;
  const part = within ? asYesNo(sentence.slice(start), words) : alone ? sentence : whole;
  const lead = within ? sentence.slice(0, start).trim() : '';
  let text = plainLinks(part, words).trim();
  let resolved = false;
  // "I need to contact the project leader, what is his email?": a pronoun for a person named before by no name, by
  // a role, needs the words before it.
  let unnamed = false;
  if (part !== whole) {
    // "… the name Arne Ingebrigtsen comes up. Who is he?": the pronoun is the person named before.
    const pronoun = wordsOf(text).find(
      (w) => words.pronouns.has(w.folded) || words.possessives.has(w.folded),
    );
    const name = pronoun && lastName([...sentences.slice(0, Math.max(at, 0)), lead].join(' '));
    if (pronoun && name) {
      text = text.slice(0, pronoun.start) + name + text.slice(pronoun.end);
      resolved = true;
    }
    unnamed = pronoun !== undefined && !resolved;
  }
  if (text === whole) return undefined;
  const ws = wordsOf(text);
  const refersBack =
    !resolved &&
    ws.some(
      (w, k) =>
        (words.backReferences.has(w.folded) && !articleAt(ws, k)) ||
        words.thereBack.has(w.folded) ||
        words.pronouns.has(w.folded) ||
        words.possessives.has(w.folded),
    );
  const needsRest =
    unnamed ||
    loose > 0 ||
    (at >= 0 && at < sentences.length - 1) ||
    wordsOf(text).some((w) => words.own.has(w.folded) && !spelledOtherwise(words, text, w));
  return { text, lead, within, resolved, refersBack, needsRest };
}

/**
 * "Kommer legevakt til å bruke det nye pasientjournalsystemet?", "Hvem leder den nye delprosjektgruppa?": before an
 * adjective and a noun in its definite form, "det"/"den"/"de" is the article of that noun, which names itself; it
 * points back to nothing.
 */
function articleAt(ws: Word[], k: number): boolean {
  const adjective = ws[k + 1]?.folded ?? '';
  const noun = ws[k + 2]?.folded ?? '';
  return /\p{L}{2}e$/u.test(adjective) && /\p{L}{3}(?:et|en|a|ene|ane|na)$/u.test(noun);
}
