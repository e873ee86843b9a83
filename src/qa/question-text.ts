import { withBodyNamed } from './body-by-purpose';
import { withSynonymsBeside } from './synonyms-beside';
import { withSplitSynonymsJoined } from './split-synonyms';
import { splitSubprojectLeads } from './spelling';
import {
  afterOpening,
  expandClipped,
  expandCoordinated,
  expandShortened,
  fold,
  stem,
  terms,
  tokenize,
} from './text';
import { withoutExcepted } from './held-out';
import { neighbourSpelling } from './neighbour-forms';
import { asksAsStated, inQuestionOrder, withoutPronounTag } from './stated-question';
import { withCompoundsJoined } from './unfolded-compounds';
import { anyListHolds } from './lists';
import { expandTruncated, inflectedWord, withForms } from './short-forms';
import type { LanguageData } from './language-data';
import type { Vocabulary } from './vocabulary';
import type { Analysis } from './analysis';
import { asksWhetherPart } from './verbless-question';
import { withSlashedAlternatives } from './slashed-alternatives';
import { opensAsking } from './sentence-breaks';

/**
 * The question as the analysis reads it: set phrases and short forms written out, so that its words are the ones the
 * knowledge base and the language data have. `confirmed` is true when it opened by asking whether what follows is so,
 * or otherwise asks whether something is so where a question seldom does (see asksWhetherSo).
 */
export function questionText(vocab: Vocabulary, question: string): { text: string; confirmed: boolean } {
  // "er fysio med i hp i trd": abbreviations written out first, so every rule below reads the words they stand for.
  const language = vocab.language;
  // ("a generic/shared email": of two words offered for one thing, the one the page uses, see slashed-alternatives.ts.)
  const figured = withSlashedAlternatives(vocab, inFigures(question.slice(0, 2000), language));
  const written = withForms(figured, language.shortForms, language.shortFormWords);
  // "Stemmer det at skolehelsetjenesten er med?": a yes/no question about what follows the opening phrase.
  const shape = language.questionShape;
  const opened = afterOpening(written, shape.confirm);
  // "Legevakta skal også bruke systemet, ikke sant?", "The emergency room will use it too, yes?": a tag after the last
  // comma asks whether what comes before it is so.
  const opens = (w: string) => opensAsking(language, w);
  const rest =
    opened ??
    beforeTag(written, shape.confirmAfter, opens) ??
    withoutPronounTag(language, written) ??
    withoutParticle(written, language.claims, opens);
  // ("The project team sits in Munkegata, right?": an English statement in the order of its question.)
  const stated = rest ?? (asksAsStated(vocab, written) ? written : undefined);
  const ordered = stated === undefined ? written : inQuestionOrder(vocab, stated);
  // "… i tillegg til rådsmedlemmene": what is left out is not what is asked about.
  const pointers = new Set([...shape.relative, ...vocab.language.focus.backReferences]);
  const joined = { words: language.focus.joins, opens };
  const excepted = withoutExcepted(ordered, shape.except, shape.members, shape.other, pointers, joined);
  // "hvem er komm.ansvarlig": a compound cut short before a dot. "Kva ønskjer samarbeidsrådet …": a nynorsk form of a
  // word the knowledge base has only in bokmål text is read as that word.
  const forms = vocab.language.wordForms;
  const kbWord = (w: string) => knowledgeWord(vocab, w);
  const neighbourWord = (w: string) => kbWord(fold(w)) || vocab.language.everyday.hasWordOrCompound(fold(w));
  const plain = withPrepositions(
    withoutNameEndings(withoutAcronymEndings(excepted), vocab.nameWords),
    vocab.language,
  );
  const shortened = expandTruncated(expandShortened(plain, vocab.writtenWords), vocab.sortedWords, (w) =>
    isWord(vocab, w),
  );
  // ("Får fastlegane lov til å kople seg på?": a phrase the subject splits, see split-synonyms.ts.)
  const synonymous = withSplitSynonymsJoined(
    withForms(shortened, language.synonyms, SYNONYM_WORDS),
    language,
  );
  const asked = withSynonymsBeside(synonymous, language)
    .replace(
      /\p{L}+/gu,
      (w) =>
        (forms.size > 0 && forms.get(fold(w))) ||
        dialectPlural(vocab, w) ||
        (!isWord(vocab, fold(w)) && neighbourSpelling(w, vocab.language.neighbourParts, neighbourWord)) ||
        (!isWord(vocab, fold(w)) && compoundOfForm(fold(w), forms, kbWord)) ||
        w,
    )
    // "sub-project", "delprosjekt-leder": a word split by a hyphen that the knowledge base has as one word.
    .replace(/(\p{L}+)-(\p{L}+)/gu, (w, a: string, b: string) => (kbWord(a + b) && !kbWord(a) ? a + b : w))
    // "gevinst realisering", "prosjekt kontoret": a compound written as two words, when joined it is a name, alias or
    // keyword of an entry.
    .replace(/(\p{L}{3,}) (\p{L}{3,})/gu, (w, a: string, b: string) => (joinedName(vocab, a, b) ? a + b : w));
  // "helsetjenesten i fengselet": an item of a list said with a preposition (see unfolded-compounds.ts).
  const itemWord = (w: string) => anyListHolds(vocab, stem(w));
  const items = withCompoundsJoined(
    // "styringsgruppa for opsjonskommunene": a body called by what it is for (see body-by-purpose.ts).
    withBodyNamed(vocab, asked),
    language.questionShape.qualifiers,
    language.everyday,
    itemWord,
  );
  // "arbeidet med gevinstene": so is a name of an entry said with «med» (gevinstarbeidet). (Not with the other
  // prepositions: "ansvarlig i prosjektet" is no «prosjektansvarlig».)
  const named = (w: string) => vocab.namedTerms.has(stem(w));
  const compounds = withCompoundsJoined(items, language.questionShape.workOn, language.everyday, named);
  // "ergo- og fysioterapi", also without the hyphen when the first part alone is no word of the knowledge base and,
  // written out, names something it has ("ergo og fysioterapi").
  const everyday = vocab.language.everyday;
  const text = expandCoordinated(
    // "physio and occupational therapy": the English way of sharing a head.
    expandClipped(splitSubprojectLeads(vocab, compounds), kbWord),
    (w) => everyday.hasWordOrCompound(w, 4) || kbWord(w),
    (w) => everyday.hasWordOrCompound(w) || kbWord(w),
    (first, joined) => !vocab.vocabulary.has(stem(first)) && kbWord(joined),
    false,
    (w) => everyday.isLemma(w),
  );
  // ("Line Kristoffersen leder teknisk?": a statement with a question mark, see stated-question.ts.)
  const confirmed =
    rest !== undefined ||
    asksWhetherSo(text, shape) ||
    asksWhetherPart(vocab, text) ||
    asksAsStated(vocab, written);
  return { text, confirmed };
}

/**
 * True when a word as written is an abbreviation of the language data or a word cut short (no word itself). A place of
 * the region is a name, not cut short ("fysio i vestnes. kan fastlegane …").
 */
export function shortened(vocab: Vocabulary, word: string): boolean {
  const folded = fold(word);
  if (vocab.language.asker.places.some((p) => p.length === 1 && p[0] === folded)) return false;
  return vocab.language.shortForms.has(folded) || !isWord(vocab, folded);
}

/** True when the folded word is a word as it stands: of the knowledge base, the language data or the language. */
function isWord(vocab: Vocabulary, word: string): boolean {
  const language = vocab.language;
  return (
    vocab.writtenWords.has(word) ||
    vocab.vocabulary.has(stem(word)) ||
    language.languageWords.has(word) ||
    language.wordForms.has(word) ||
    language.everyday.has(word) ||
    inflectedWord(word, language.everyday)
  );
}

/** Words in the longest synonym phrase looked for. */
const SYNONYM_WORDS = 4;

/** Letters before the ending of a plural the dialect shortens, at least ("kommunan", not "plan"). */
const MIN_PLURAL_STEM = 3;

/**
 * "kommunan", "arbeidsprosessan": in the speech of Trøndelag and Møre og Romsdal, and as people write it, the definite
 * plural ends in -an where bokmål has -ene (-erne after -er: "delprosjektlederan", "lederne"). Such a word, unknown
 * itself, is read as the bokmål plural when that is a word of the knowledge base.
 */
export function dialectPlural(vocab: Vocabulary, word: string): string | undefined {
  const lower = word.toLowerCase();
  // (Unless the page writes it so itself: "kommunan" only shares its stem with «kommunanes» of KS's nynorsk name.)
  if (!lower.endsWith('an') || lower.length - 2 < MIN_PLURAL_STEM || vocab.writtenWords.has(lower))
    return undefined;
  const singular = lower.slice(0, -2);
  const plurals = singular.endsWith('er') ? [`${singular}ne`, `${singular}ene`] : [`${singular}ene`];
  return plurals.find((w) => knowledgeWord(vocab, w));
}

/** A word of the knowledge base, or the short name of one of its list items. */
function knowledgeWord(vocab: Vocabulary, w: string): boolean {
  return vocab.vocabulary.has(stem(w)) || vocab.itemShortNames.has(stem(w));
}

/**
 * The question without a confirming tag at its end ("…, yes?", "…, ikke sant?", "… ikke sant?"), when it ends with one.
 * `asks` tells a word that opens a question (a question word, a verb that asks whether).
 */
function beforeTag(question: string, tags: string[][], asks: (word: string) => boolean): string | undefined {
  const comma = question.lastIndexOf(',');
  const same = (tag: string[], tail: string[]) =>
    tag.length === tail.length && tag.every((w, k) => w === tail[k]);
  if (comma >= 0 && tags.some((t) => same(t, tokenize(question.slice(comma + 1)))))
    return `${question.slice(0, comma)}?`;
  // "prosjektkontoret ligger i bispegata 19 ikke sant?": a tag of several words needs no comma before it; one word
  // needs none after a statement ("nummeret til tone fagerholt er 952 63 567 sant?"), but in a question that opens by
  // asking it may be part of what is asked ("Is it true?").
  const chunks = question.trim().split(/\s+/);
  const stated = !asks(tokenize(question)[0] ?? '');
  // (The longest tag first: "ikke sant", not "sant".)
  for (let k = Math.min(TAG_CHUNKS, chunks.length - 1); k >= 1; k--) {
    const tail = tokenize(chunks.slice(-k).join(' '));
    if (tags.some((t) => (t.length > 1 || stated) && same(t, tail)))
      return `${chunks.slice(0, -k).join(' ')}?`;
  }
  return undefined;
}

/**
 * The statement without the word that makes it ask whether it is so ("Bystyret avgjør vel deleierskapet 29.
 * september?"), when it ends with a question mark, or has none and the word asks without one, and it opens with no
 * word that asks; undefined otherwise.
 */
function withoutParticle(
  question: string,
  claims: { particles: Set<string>; unmarkedParticles: Set<string> },
  asks: (word: string) => boolean,
): string | undefined {
  const trimmed = question.trim();
  // ("Øyvind Tanum er vel fra IT-tjenesten": «vel» asks in a chat message with no question mark at all.)
  const marked = trimmed.endsWith('?');
  if ((!marked && trimmed.includes('?')) || asks(tokenize(trimmed)[0] ?? '')) return undefined;
  const particles = marked ? claims.particles : claims.unmarkedParticles;
  const words = trimmed.split(/\s+/);
  const at = words.findIndex((w, k) => k > 0 && particles.has(fold(w.replace(/[^\p{L}]/gu, ''))));
  return at < 0 ? undefined : [...words.slice(0, at), ...words.slice(at + 1)].join(' ');
}

/** The most words, as written, a confirming tag has ("is that what it says on the page"). */
const TAG_CHUNKS = 8;

/**
 * "Helsestasjonene – får de også Helseplattformen?", "The emergency room (legevakt) will also use the new system,
 * yes?": a yes/no question that names its subject first, before a dash or a comma, and asks with a verb after it, or
 * that states something and asks for agreement at the end.
 */
function asksWhetherSo(text: string, shape: LanguageData['questionShape']): boolean {
  const clauses = text.split(/\s[–—-]\s|,\s/);
  if (clauses.length < 2) return false;
  const last = tokenize(clauses[clauses.length - 1]!);
  return (
    shape.yesNo.has(last[0] ?? '') ||
    shape.confirmAfter.some((p) => p.length === last.length && p.every((w, k) => w === last[k]))
  );
}

/** Words between a verb of sending and what is sent ("sender jeg spørsmål", "send general questions"), at most. */
const SEND_REACH = 3;

/**
 * "Hvor sender jeg spørsmål om Helseplattformen?", "Where do I send general questions about it?": sending questions
 * is getting in touch, so the question asks for the contact point (its e-mail address), not for a place. So it is
 * when the question is said first and a word after the verb points back to it ("Jeg har et generelt spørsmål om
 * innføringen – hvor sender jeg det?").
 */
export function sendsQuestions(tokens: string[], language: LanguageData): boolean {
  const { send, enquiry } = language.questionShape;
  const pointsBack = language.focus.backReferences;
  return tokens.some((t, i) => {
    if (!send.has(t)) return false;
    const after = tokens.slice(i + 1, i + 2 + SEND_REACH);
    return (
      after.some((w) => enquiry.has(w)) ||
      (after.some((w) => pointsBack.has(w)) && tokens.slice(0, i).some((w) => enquiry.has(w)))
    );
  });
}

/**
 * "RHF-ets strategi", "KS-en", "NAV-s": Norwegian writes the ending of a short form in capitals after a hyphen; the
 * word is the short form itself.
 */
function withoutAcronymEndings(text: string): string {
  return text.replace(/\b(\p{Lu}{2,})-(?:ets|ens|enes|ene|et|en|er|s|a)\b/gu, '$1');
}

/**
 * "dei to Arne-ane i rådet", "Line-s rolle": Norwegian may write the ending of a person's name after a hyphen (plural,
 * definite, genitive); the word is the name itself.
 */
function withoutNameEndings(text: string, nameWords: Set<string>): string {
  return text.replace(/(?<!\p{L})(\p{Lu}\p{Ll}+)-(?:ane|ene|ar|er|en|a|s)(?!\p{L})/gu, (w, name: string) =>
    nameWords.has(fold(name)) ? name : w,
  );
}

/** True when two words written together are a name, alias or keyword of an entry whose stem reaches into the second. */
function joinedName(vocab: Vocabulary, first: string, second: string): boolean {
  const term = stem(fold(first + second));
  return vocab.strongVocabulary.has(term) && term.length > fold(first).length;
}

/**
 * "Ka e epostadressa tel Ola Skorstad?": a spoken form of a preposition that is also another word is the preposition
 * between two words when the one before it is what is asked for (no filler word such as «e», «er», «hva»).
 */
function withPrepositions(text: string, language: LanguageData): string {
  if (!tokenize(text).some((t) => language.prepositionForms.has(t))) return text;
  return text.replace(/(?<=(\p{L}+)\s+)\p{L}+(?=\s+\p{L})/gu, (word: string, before: string) => {
    const preposition = language.prepositionForms.get(fold(word));
    const noun = !language.fillerWords.has(fold(before)) && !language.roleQuestion.what.has(fold(before));
    return preposition !== undefined && noun ? preposition : word;
  });
}

/**
 * The words in quotation marks («kortere ventetid», "…"): the name of something the question asks about; with the
 * vocabulary, read with the language data's synonyms ("'faller bort'": «forsvinner»), single quotes too.
 */
export function quotedTerms(question: string, vocab?: Vocabulary): Set<string> {
  const quoted = [...question.matchAll(/[«"“]([^»"”]+)[»"”]/gu)].map((m) => m[1]);
  if (vocab === undefined) return new Set(terms(quoted.join(' ')));
  // (In single quotes too, not an apostrophe: "Trondheim's".)
  for (const m of question.matchAll(/(?<!\p{L})'([^']+)'(?!\p{L})/gu)) quoted.push(m[1]);
  return new Set(terms(withForms(quoted.join(' '), vocab.language.synonyms, SYNONYM_WORDS)));
}

/**
 * "planning how all employees …", "planning the training": an English verb in -ing with an object or a clause after it
 * (not "head of nursing in …", a noun in -ing with a preposition after it).
 */
export function verbInIng(vocab: Vocabulary, analysis: Analysis, term: string): boolean {
  const at = analysis.positions.get(term) ?? -2;
  const next = analysis.tokens[at + 1];
  return (
    analysis.lang === 'en' &&
    /ing$/iu.test(analysis.words()[at] ?? '') &&
    next !== undefined &&
    !vocab.language.questionShape.qualifiers.has(next)
  );
}

/**
 * Numbers written as the page writes them: "… on the 29th of August?" (an English ordinal of a day is its number), "30k" (a thousand), "kring
 * sju tusen tilsette", "about 40 thousand staff" (a number before «tusen»/"thousand", in figures or in words, is the one
 * figure the page writes: 7000, 40000).
 */
function inFigures(text: string, language: Vocabulary['language']): string {
  const ordinals = text
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/giu, '$1')
    // ("more than 30k staff": k for thousand after a figure, as in chat.)
    .replace(/(?<![\p{L}\d.,])(\d{1,3})k(?![\p{L}\d])/giu, (_, n: string) => String(Number(n) * 1000));
  // ("Hva skjer 29/8?", "… 29.8?": a day and month in figures, without a year, is the day of the month as the page
  // names it, «29. august»; "1.10.2018" is written as the page writes a date, «01.10.2018». With a dot and a word after
  // it, "3.5 prosent" is a decimal number.)
  const { monthNames } = language.claims;
  const pad = (n: string) => n.padStart(2, '0');
  const days = ordinals
    .replace(/(?<![\d./])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d./])/gu, (_, d: string, m: string, y: string) =>
      [pad(d), pad(m), y].join('.'),
    )
    .replace(
      /(?<![\d./])(\d{1,2})(?:\/(\d{1,2})|\.(\d{1,2})(?!\s*\p{L}))\.?(?![\d./])/gu,
      (whole, day: string, slashed?: string, dotted?: string) => {
        const name = monthNames[Number(slashed ?? dotted) - 1];
        return name && Number(day) >= 1 && Number(day) <= 31 ? `${Number(day)}. ${name}` : whole;
      },
    );
  if (language.thousands === undefined) return days;
  return days.replace(language.thousands, (whole, n: string) => {
    const value = /^\d+$/u.test(n) ? Number(n) : language.numberWords.get(fold(n));
    return value === undefined ? whole : String(value * 1000);
  });
}

/**
 * "Personaltenesta": a compound the bot does not know whose last part is a nynorsk form of a word ("tenesta"), read
 * with that word's bokmål form ("Personaltjenesten") when the knowledge base has it so.
 */
function compoundOfForm(
  word: string,
  forms: ReadonlyMap<string, string>,
  known: (w: string) => boolean,
): string | undefined {
  for (const [nn, nb] of forms) {
    if (word.length <= nn.length + 2 || !word.endsWith(nn)) continue;
    const read = word.slice(0, -nn.length) + fold(nb);
    if (known(read)) return read;
  }
  return undefined;
}
