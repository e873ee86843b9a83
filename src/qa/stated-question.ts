import type { LanguageData } from './language-data';
import { questionLanguage } from './question-language';
import { presentVerb } from './refusals';
import { stem, tokenize } from './text';
import { passiveVerb, pastParticiple } from './word-forms';
import type { Vocabulary } from './vocabulary';

/** The words of a statement, at least, before and after its verb: a name or a word, then what is said of it. */
const STATED_MIN = 3;

/**
 * "Line Kristoffersen leder teknisk?", "Carl-Jacob Midttun er rådmann i Melhus?", "Det er Tone Fagerholt som leder
 * prosjektkontoret?", "Samarbeidsrådet har sju medlemmer?": a statement written with a question mark, or as one
 * sentence without any closing mark, asks whether it is so. It opens with what it is about, not with a question word or a verb, and asks nothing with a question word
 * later; a verb follows what it opens with («er», «har», "is": one that opens a yes/no question when put first, or a
 * Norwegian verb in the present, active or passive: "opplæring ledes fra IT-tjenesten?"), and something is said after
 * the verb. Not of the asker or of the one asked ("Jeg trenger nummeret til Tone?" asks for the number), and not a
 * fragment without a verb ("Tone Fagerholt telefon?").
 */
export function asksAsStated(vocab: Vocabulary, text: string): boolean {
  const trimmed = text.trim();
  // (Chat often leaves the question mark out: one sentence without any closing mark asks as well, "line kristoffersen
  // leder teknisk"; a sentence closed by a full stop or an exclamation mark states.)
  if (!trimmed.endsWith('?') && /[.!?]/u.test(trimmed)) return false;
  const tokens = tokenize(trimmed);
  const language = vocab.language;
  const shape = language.questionShape;
  const asking = (t: string) =>
    language.focus.questionWords.has(t) ||
    language.roleQuestion.who.has(t) ||
    language.roleQuestion.what.has(t) ||
    shape.may.has(t);
  if (tokens.length < STATED_MIN || tokens.some(asking)) return false;
  const lang = questionLanguage(vocab, tokens, tokens.map(stem));
  // ("Elise sitt nummer?": after a name «sitt» says whose; only first is it the dialect's «sitter».)
  const verb = (t: string, k: number) =>
    (shape.yesNo.has(t) && !(k > 0 && shape.genitive.has(t))) ||
    presentVerb(vocab, t, lang) ||
    passiveVerb(vocab, t, lang) ||
    (lang === 'en' && k > 0 && verbWithS(vocab, tokens, k) !== undefined) ||
    // ("project office led by Elise?", «teknisk leia av Anne?»: a word for leading before «by»/«av» leaves out «is».)
    (k > 0 && shape.agent.has(tokens[k + 1] ?? '') && vocab.intentOf(stem(t)) === 'lead');
  if (verb(tokens[0]!, 0)) return false;
  // (The verb of the sentence, not of a relative clause: "epost til hun som leder prosjektkontoret?")
  let at = tokens.findIndex((t, k) => k > 0 && (verb(t, k) || shape.relative.has(t)));
  // ("around 3000 Trondheim staff affected?": a past participle at the end, with «are» left out, is what is said.)
  if (at < 0 && participle(vocab, tokens.at(-1)!, lang)) at = tokens.length - 2;
  if (at < 1 || at >= tokens.length - 1 || shape.relative.has(tokens[at]!)) return false;
  // (In Norwegian «i» is the preposition, not the English "I": "Bystyret i Trondheim skal bestemme …?")
  const asker = (t: string) => (shape.self.has(t) && (lang === 'en' || t !== 'i')) || shape.someone.has(t);
  return !tokens.slice(0, at).some(asker);
}

/** A past participle: English with «-ed» of a verb of the dictionary ("affected"), Norwegian with «-ert» ("berørt"). */
function participle(vocab: Vocabulary, token: string, lang: string): boolean {
  if (lang !== 'en') return pastParticiple(vocab, token, lang);
  return vocab.language.everyday.pastBase(token) !== undefined;
}

/**
 * "Tone Fagerholt is the comms person on the project, isn't she?", "…, doesn't he?", "Tone er kommunikasjonsansvarlig,
 * er hun ikke?": a verb and a pronoun after the last comma, the verb denied (English «n't» on the verb, Norwegian «ikke»
 * after the pronoun), ask whether what comes before is so. The statement without them, or undefined.
 */
export function withoutPronounTag(language: LanguageData, question: string): string | undefined {
  const comma = question.lastIndexOf(',');
  if (comma < 0) return undefined;
  const tail = tokenize(question.slice(comma + 1));
  if (tail.length !== TAG_WORDS) return undefined;
  const [verb, second, third] = tail as [string, string, string];
  const pronoun = language.claims.tagPronouns;
  const english = /n$/u.test(verb) && second === 't' && pronoun.has(third);
  const norwegian =
    language.questionShape.yesNo.has(verb) &&
    pronoun.has(second) &&
    language.claims.negation.has(stem(third));
  return english || norwegian ? `${question.slice(0, comma)}?` : undefined;
}

/** The tokens of a tag of a verb and a pronoun: "isn't she" (isn, t, she), "er hun ikke". */
const TAG_WORDS = 3;

/** The auxiliary an English question of a verb in the present opens with. */
const DOES = 'Does';

/**
 * "The Trondheim project team sits in Munkegata, right?", "Karl Audun Fagerli represents Levanger?": an English statement
 * whose verb is in the present with -s, read in the order of the question it asks ("Does the Trondheim project team sit
 * in Munkegata?"), the order the rules of questions read. Unchanged otherwise.
 */
export function inQuestionOrder(vocab: Vocabulary, statement: string): string {
  const words = statement.trim().split(/\s+/);
  const tokens = tokenize(statement);
  if (words.length !== tokens.length || questionLanguage(vocab, tokens, tokens.map(stem)) !== 'en')
    return statement;
  const at = tokens.findIndex((_, k) => k > 0 && verbWithS(vocab, tokens, k) !== undefined);
  if (at < 0 || tokens.slice(0, at).some((t) => openingVerb(vocab, t))) return statement;
  const subject = words.slice(0, at).join(' ');
  const named = vocab.nameWords.has(tokens[0]!) || vocab.employers.has(stem(tokens[0]!));
  const lowered = named ? subject : subject[0]!.toLowerCase() + subject.slice(1);
  return [DOES, lowered, verbWithS(vocab, tokens, at)!, ...words.slice(at + 1)].join(' ');
}

/** A verb that opens a yes/no question when put first ("is", "has", "can"). */
function openingVerb(vocab: Vocabulary, token: string): boolean {
  return vocab.language.questionShape.yesNo.has(token) || vocab.language.questionShape.may.has(token);
}

/**
 * The verb without its -s when the token at `k` is an English verb in the present after its subject: an everyday verb
 * with -s or -es added ("sits", "touches"), no word of the page ("benefits" is one), not right after an article, with
 * something after it; undefined otherwise.
 */
function verbWithS(vocab: Vocabulary, tokens: string[], k: number): string | undefined {
  const token = tokens[k]!;
  const { everyday } = vocab.language;
  if (!token.endsWith('s') || token.endsWith('ss') || k >= tokens.length - 1) return undefined;
  if (vocab.language.roleQuestion.articles.has(tokens[k - 1] ?? '') || vocab.vocabulary.has(stem(token)))
    return undefined;
  const base = [token.slice(0, -2), token.slice(0, -1)].find(
    (b, j) => (j === 1 || token.endsWith('es')) && b.length > 1 && everyday.isLemma(b),
  );
  return base;
}
