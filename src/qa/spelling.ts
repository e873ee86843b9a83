import { isKindWord } from './kind-words';
import type { Intent } from './language-data';
import type { Lang } from './knowledge-base';
import { type Field, STRONG_FIELDS } from './entries';
import { allowedTypos, editDistance, firstPartForms, stem, stripEnding, terms, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** The fields that name an entry (not its keywords). */
const NAME_FIELDS = new Set<Field>(['names', 'aliases', 'org']);

/**
 * Whether one word may be a misspelling of the other: it keeps the first letter ("knytt" is not "nytte"), and a short
 * word (under eight letters) differs by a missing, extra or swapped letter, not by another letter in its place, which
 * mostly makes another word ("share" is not "spare", "comes" is not "comms").
 */
export function plausibleTypo(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  if (Math.min(a.length, b.length) >= 8 || a.length !== b.length) return true;
  return [...a].sort().join('') === [...b].sort().join('');
}

export function isKnown(vocab: Vocabulary, term: string, token: string): boolean {
  if (vocab.vocabulary.has(term)) return true;
  if (/^[0-9]+$/.test(term) || !mayBeTypo(vocab, token)) return false;
  // A typo counts as recognised only when it is close to a name, alias or keyword, not to any word of the prose.
  // An everyday word ("skjermen", the screen) is taken for a typo only of a name or alias, not of a keyword
  // ("skjema", the feedback form): a keyword is a word of the topic, no name one would misspell into another word.
  const fields = vocab.language.everyday.has(token) ? NAME_FIELDS : STRONG_FIELDS;
  return vocab
    .search(term)
    .some((r) =>
      Object.entries(r.match).some(
        ([docTerm, fs]) =>
          plausibleTypo(docTerm, term) &&
          fs.some((f) => fields.has(f as Field)) &&
          nearFormOf(vocab, token, docTerm),
      ),
    );
}

/**
 * False for a word that is a word of its own: one the language data has ("comes", "share", "knytt" are not
 * "comms", "spare", "nytte"), or a compound of words the knowledge base has ("prosjekteier" is prosjekt + eier,
 * not "prosjektleiar").
 */
function mayBeTypo(vocab: Vocabulary, token: string): boolean {
  return maxTypos(vocab, token) > 0;
}

/**
 * How many typing errors the word may carry: none when it is a word of its own (one the language data has, or two
 * whole words in a compound), one when a whole word is followed by a short last part ("prosjekteier" is not
 * "prosjektleiar", but "samarbeidsrdet" is "samarbeidsrådet"), else by its length.
 */
export function maxTypos(vocab: Vocabulary, token: string): number {
  const known = vocab.typoBudget.get(token);
  if (known !== undefined) return known;
  const compound = vocab.language.languageWords.has(token) ? 'whole' : compoundKind(vocab, token);
  const max = compound === 'whole' ? 0 : Math.min(compound === 'short' ? 1 : 2, allowedTypos(token));
  vocab.typoBudget.set(token, max);
  return max;
}

/**
 * Finds the name, alias, keyword or question word a misspelt word was meant to be (swapped or missing letters
 * included); the closest wins.
 */
export function correctTypo(vocab: Vocabulary, token: string): { term: string; intent?: Intent } | undefined {
  const cached = vocab.typos.get(token);
  if (cached) return cached.correction;
  const correction = findCorrection(vocab, token);
  vocab.typos.set(token, { correction });
  return correction;
}

function findCorrection(vocab: Vocabulary, token: string): { term: string; intent?: Intent } | undefined {
  const max = maxTypos(vocab, token);
  if (max === 0) return undefined;
  let best: { term: string; intent?: Intent; distance: number } | undefined;
  for (const [word, { stem: wordStem }] of vocab.strongWords) {
    if (!plausibleTypo(word, token) || !nearFormOf(vocab, token, wordStem)) continue;
    const d = editDistance(token, word, max);
    if (d <= max && (!best || d < best.distance)) best = { term: wordStem, distance: d };
  }
  // An inflected misspelling ("oplæringen") is compared on its stem too.
  const tokenBase = stripEnding(token);
  if (max >= 2 && tokenBase.length >= 5) {
    for (const { stem: wordStem, base } of vocab.strongWords.values()) {
      if (!plausibleTypo(base, tokenBase) || !nearFormOf(vocab, token, wordStem)) continue;
      const d = editDistance(tokenBase, base, 1);
      if (d <= 1 && (!best || d < best.distance)) best = { term: wordStem, distance: d };
    }
  }
  for (const [word, intent] of vocab.intentWords) {
    if (!plausibleTypo(word, token)) continue;
    const d = editDistance(token, word, max);
    if (d <= max && (!best || d < best.distance)) best = { term: word, intent, distance: d };
  }
  return best;
}

/** Letters of a name word up to which one typing error is allowed beside the rest of the name; two above it. */
const SHORT_NAME = 6;
/** The least letters of the start of a name word that stand for it, half remembered ("Vester" of Vesterhus). */
const MIN_NAME_START = 4;

/**
 * The term of the word of a person's name that a near spelling beside another word of that name stands for:
 * "Arne Sverre Dal" is Arne Sverre Dahl, "Karl Audun Fagerlie" Karl Audun Fagerli. Beside the rest of a name a
 * short word may be a misspelling of it too (one letter missing, extra, swapped or changed; two in a longer word),
 * and it keeps its first letter; a word of that name the question already has is not asked for twice. After a word
 * of the name, the start of a later word of it is that word half remembered ("Elise Vester…"). "Line Andersen" is no
 * one the page names.
 */
export function nameSpelling(vocab: Vocabulary, tokens: string[], at: number): string | undefined {
  const token = tokens[at]!;
  const beside = [tokens[at - 1], tokens[at + 1]].filter((t) => t !== undefined && vocab.nameWords.has(t));
  if (token.length < 3 || beside.length === 0) return undefined;
  const max = token.length <= SHORT_NAME ? 1 : 2;
  for (const person of vocab.people.values()) {
    const name = tokenize(person.name);
    if (!beside.some((t) => name.includes(t!))) continue;
    const near = (w: string) =>
      !tokens.includes(w) && w.length >= 3 && w[0] === token[0] && editDistance(token, w, max) <= max;
    // "Elise Vester-et-eller-annet", "Tone Fager…": the start of the word of the name after the one before it.
    const before = name.indexOf(tokens[at - 1] ?? '');
    const started = (w: string, k: number) =>
      token.length >= MIN_NAME_START && before >= 0 && k > before && w.startsWith(token);
    const word = name.find(near) ?? name.find(started);
    if (word !== undefined) return terms(word)[0];
  }
  return undefined;
}

/** True when the word is one letter away from a filler word of five letters or more. */
export function fillerTypo(vocab: Vocabulary, token: string, lang: Lang): boolean {
  if (token.length < 4) return false;
  // ("Who leads the new city hall project?": in English, «hall» is a word of its own, not a misspelt «hallo».)
  if (lang === 'en' && vocab.language.everyday.isLemma(token)) return false;
  const known = vocab.fillerTypos.get(token);
  if (known !== undefined) return known;
  // A misspelling keeps the first letter ("dinner" is not "finner").
  const filler = vocab.fillerWords.some(
    (w) => w[0] === token[0] && Math.abs(w.length - token.length) <= 1 && editDistance(token, w, 1) <= 1,
  );
  vocab.fillerTypos.set(token, filler);
  return filler;
}

/**
 * True when the word is a compound: two whole words (four letters or more each) the knowledge base or language data
 * has, or one such word and a short last part ("prosjekt" + "eier"), which is too short to carry a typo of its own.
 */
export function compoundKind(vocab: Vocabulary, token: string): 'whole' | 'short' | undefined {
  const whole = (w: string) => vocab.writtenWords.has(w) || vocab.language.languageWords.has(w);
  let kind: 'short' | undefined;
  for (let i = 4; i <= token.length - 2; i++) {
    const left = token.slice(0, i);
    const right = token.slice(i);
    if (!firstPartForms(left).some(whole)) continue;
    if (right.length >= 4 && whole(right)) return 'whole';
    if (allowedTypos(right) === 0) kind = 'short';
  }
  return kind;
}

/**
 * The known first part (at least four letters, with four or more after it) of an otherwise unknown word. Not a word
 * for whom a list's items serve: "barnevernet" is child protection, not a service for children.
 */
export function knownHead(vocab: Vocabulary, token: string): string | undefined {
  for (let i = token.length - 4; i >= 4; i--) {
    const head = stem(token.slice(0, i));
    if (isKindWord(vocab, head)) continue;
    if (vocab.vocabulary.has(head) && !vocab.stopwords.has(head) && !vocab.intentOf(head)) return head;
  }
  return undefined;
}

/** Splits an unknown compound ("opplæringsansvarlig") into known parts ("opplæring" + "ansvarlig"). */
export function splitCompound(vocab: Vocabulary, token: string, lang?: Lang): string[] | undefined {
  for (let i = token.length - 3; i >= 3; i--) {
    const right = stem(token.slice(i));
    const rightOk = vocab.vocabulary.has(right) || vocab.intentOf(right) !== undefined;
    if (!rightOk) continue;
    const left = token.slice(0, i);
    // (English joins no words with a linking letter: "outside" is not "out" + "ide".)
    for (const l of lang === 'en' ? [left] : firstPartForms(left)) {
      const ls = stem(l);
      const leftTerm = vocab.vocabulary.has(ls) ? ls : vocab.vocabulary.has(l) ? l : undefined;
      // Two intent words ("person" + "nummer") do not make a topic: such a word stays unknown. Nor does a filler word
      // before one ("dental" is not "den" + "tal", a number).
      // Nor does a part of a hyphenated name ("Helsenorge" is not Helse Midt-Norge).
      const bound = leftTerm !== undefined && (vocab.boundParts.has(leftTerm) || vocab.boundParts.has(right));
      const noTopic = (t: string) =>
        vocab.intentOf(t) !== undefined || (vocab.stopwords.has(t) && !vocab.strongVocabulary.has(t));
      if (l.length >= 3 && leftTerm && !bound && !(noTopic(leftTerm) && vocab.intentOf(right)))
        return [leftTerm, right];
    }
  }
  return undefined;
}

/** True when a word in lower case has the stem of a person's name but is not written as it ("helgen" of Helge). */
export function otherFormOfName(vocab: Vocabulary, token: string, written: string): boolean {
  if (written !== written.toLowerCase() || vocab.nameWords.has(token)) return false;
  if (token.endsWith('s') && vocab.nameWords.has(token.slice(0, -1))) return false;
  return vocab.personNameStems.has(stem(token));
}

/**
 * True when the term is a part of a hyphenated name and its other part is not beside it in the question, nor one short
 * word away ("out of hours" is "out-of-hours"; "opening hours of the office" has no "out").
 */
export function standsAlone(vocab: Vocabulary, stems: string[], at: number): boolean {
  const partners = vocab.boundParts.get(stems[at]!);
  if (partners === undefined) return false;
  const partnerAt = (k: number, step: number) =>
    partners.has(stems[k] ?? '') || ((stems[k] ?? '').length <= 2 && partners.has(stems[k + step] ?? ''));
  return !partnerAt(at - 1, -1) && !partnerAt(at + 1, 1);
}

/**
 * True when the word is an everyday word whose stem the knowledge base has only in other words of the dictionaries:
 * "lærere" (teachers) and "læring" (learning) share the stem "lær", "train" and "training" the stem "train".
 */
export function otherWord(vocab: Vocabulary, token: string, term: string): boolean {
  const written = vocab.writtenByStem.get(term);
  if (!written || written.has(token)) return false;
  return [...written].every((w) => !sameWord(vocab, token, w));
}

/** True when an everyday word may be a near spelling of the knowledge-base stem ("plants" is not "plan"). */
function nearFormOf(vocab: Vocabulary, token: string, stemmed: string): boolean {
  const written = vocab.writtenByStem.get(stemmed);
  return !written || [...written].some((w) => sameWord(vocab, token, w));
}

/**
 * Whether a question word may be the knowledge base's word: unless both are everyday words of different base forms.
 * Forms of one base form are one word ("interessene", "interesser"), and so are base forms one letter apart, which
 * are one word in bokmål and nynorsk ("medarbeider", "medarbeidar"). A word the dictionaries do not have (a name, a
 * misspelling) may be any word.
 */
function sameWord(vocab: Vocabulary, token: string, word: string): boolean {
  if (token === word) return true;
  const everyday = vocab.language.everyday;
  const ofToken = everyday.lemmas(token);
  const ofWord = everyday.lemmas(word);
  if (ofToken.length === 0 || ofWord.length === 0) return true;
  // A base form of its own is not a longer base form of the knowledge base's that looks like a form of it ("train" is
  // not "training"). (The other way round, a longer question word may be an inflection listed as a word: "systemer".)
  const bothBase = ofToken[0] === token && ofWord[0] === word && token.length < word.length;
  if (bothBase && ofToken[0] !== ofWord[0])
    return Math.min(token.length, word.length) >= 5 && editDistance(token, word, 1) <= 1;
  // One's nearest base form (itself, or with the fewest letters stripped) is a base form of the other.
  if (ofWord.includes(ofToken[0]!) || ofToken.includes(ofWord[0]!)) return true;
  // Or the two have base forms one letter apart: their nearest ones ("skolehelseteneste", "skulehelseteneste"), or
  // any without a final -e added to a stripped form ("plant" and "plan(e)" are different words).
  const near = (a: string, b: string) => Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1;
  if (near(ofToken[0]!, ofWord[0]!)) return true;
  const plainWord = everyday.lemmas(word, false);
  return everyday.lemmas(token, false).some((a) => plainWord.some((b) => near(a, b)));
}

/**
 * "delprosjektlederne", "delprosjektleiarane": a word for the subprojects joined to a word for their leads asks for
 * the leads of the subprojects, as "delprosjekt lederne" would.
 */
export function splitSubprojectLeads(vocab: Vocabulary, question: string): string {
  const kinds = vocab.kb.collections.subprojects.aliases
    .map((a) => a.toLowerCase())
    .filter((a) => a.length >= 6 && !a.includes(' '));
  const leadStems = new Set(
    vocab.language.intentPhrases
      .filter((p) => p.intent === 'lead' && p.words.length === 1)
      .map((p) => p.words[0]!),
  );
  return question.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    for (const k of kinds) {
      const rest = lower.slice(k.length);
      if (lower.startsWith(k) && rest.length >= 4 && leadStems.has(stem(rest)))
        return `${word.slice(0, k.length)} ${word.slice(k.length)}`;
    }
    return word;
  });
}
