/**
 * Where a question opens after a heading inside a message: "gevinstrealisering i trondheim – når var saken venta i
 * bystyret?" asks when after the dash, as a question opening the message would; later in a sentence «når» joins a
 * clause.
 */
import { presentVerb } from './refusals';
import { tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * Whether a word for when at token `at` asks when: first in the message or after a heading, or a date or deadline
 * asked for anywhere ("By what date …"). Later in a sentence «når» is a conjunction ("… når Helseplattformen skal
 * innføres"), and "i dag" asks for no date.
 */
export function asksWhenAt(vocab: Vocabulary, text: string, at: number, phrase: string): boolean {
  if (at === 0 && opensClause(vocab, text)) return false;
  return at <= 1 || opensAfterHeading(text, at) || vocab.language.dateWords.has(phrase);
}

/**
 * "Når roller og tilgangsstyring skal kartlegges – hvilket annet delprosjekt gjøres det i tett samarbeid med?": «når»
 * first, with no verb right after it (a question would have one: "Når skal …"), opens a clause that says when, and
 * the question is the one a question word opens after the comma or dash that ends the clause.
 */
function opensClause(vocab: Vocabulary, text: string): boolean {
  const [clause, ...rest] = text.split(/\s[–—-]\s|[,;:]/u);
  const [, second, third] = tokenize(clause ?? '');
  const shape = vocab.language.questionShape;
  if (rest.length === 0 || second === undefined || shape.yesNo.has(second) || shape.may.has(second))
    return false;
  // ("Når starter opplæringen, …" asks when; "Når roller og tilganger …" names what, a plural before «og».)
  if (presentVerb(vocab, second, 'nb') && !vocab.language.focus.joins.has(third ?? '')) return false;
  const opener = tokenize(rest.join(' '))[0];
  return opener !== undefined && vocab.language.focus.questionWords.has(opener);
}

/**
 * Whether token `at` of the text opens what a heading before a colon or a dash between words leads to. (After a full
 * stop or "?", a question of its own is answered as one of the message's parts: "… Når gjelder det?")
 */
export function opensAfterHeading(text: string, at: number): boolean {
  let count = 0;
  let closed = false;
  for (const chunk of text.split(/\s+/)) {
    const n = tokenize(chunk).length;
    if (n === 0) {
      closed = closed || /^[–—-]+$/u.test(chunk);
      continue;
    }
    if (count === at) return closed;
    if (count + n > at) return false;
    count += n;
    closed = chunk.endsWith(':');
  }
  return false;
}
