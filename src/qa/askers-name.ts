/**
 * The asker's name, said to open the message: "Hei! Eg heiter Kari og er avdelingsleiar på sjukeheimen i Sunndal.",
 * "Jeg heter Ola Nordmann. Hvem leder …?", "My name is Kari and I work in Molde." A name the page does not have is
 * otherwise read as another person or organisation than the page's, and the whole message refused; it says only who
 * asks, as the introduction after it does.
 */
import { fold } from './text';
import { sentencesOf, wordsOf } from './focus';
import type { Vocabulary } from './vocabulary';

/** At most so many words, each with a capital letter, make the asker's name ("Kari Nordmann Berg"). */
const NAME_WORDS = 3;

/**
 * The message without the asker's name: a sentence that only gives it is left out, and in one that goes on after
 * «og»/«and», the name and that word are, keeping «eg»/«jeg» when the rest is an introduction with it ("Eg heiter Kari
 * og er avdelingsleiar …" → "Eg er avdelingsleiar …"). Undefined when no sentence opens by giving the asker's name.
 */
export function withoutAskersName(vocab: Vocabulary, message: string): string | undefined {
  const { namings, introductions, introductionEnds } = vocab.language.asker;
  const opens = (words: string[]) => introductions.some((p) => p.every((w, j) => words[j] === w));
  let text = message;
  for (const sentence of sentencesOf(message)) {
    const ws = wordsOf(sentence);
    const opener = namings.find((p) => p.every((w, k) => ws[k]?.folded === w));
    if (!opener) continue;
    let k = opener.length;
    const capital = (j: number) => /^\p{Lu}/u.test(sentence.slice(ws[j]!.start, ws[j]!.end));
    while (k < ws.length && k < opener.length + NAME_WORDS && capital(k)) k++;
    if (k === opener.length) continue;
    let said: string;
    if (k === ws.length) said = '';
    else if (introductionEnds.has(ws[k]!.folded) && ws[k + 1]) {
      const rest = sentence.slice(ws[k + 1]!.start);
      const subject = sentence.slice(ws[0]!.start, ws[0]!.end);
      const restWords = wordsOf(rest).map((w) => w.folded);
      said = !opens(restWords) && opens([fold(subject), ...restWords]) ? `${subject} ${rest}` : rest;
    } else continue;
    const at = text.indexOf(sentence);
    text = `${text.slice(0, at)}${said}${text.slice(at + sentence.length)}`.replace(/\s{2,}/gu, ' ').trim();
  }
  return text === message ? undefined : text;
}
