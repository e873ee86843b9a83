/**
 * The words a message opens with to say who asks or where they work: "Jeg er kommuneoverlege i Malvik og må ringe
 * lederen av prosjektkontoret …", "Eg er fastlege på Sunnmøre. Kva …", "Som kommunelege i Innherred lurer jeg på
 * hvem …", "I'm a journalist writing about the cooperation council. …". They are context, not what is asked: the
 * role named there would steer the answer (to the kommuneoverlege of Malvik), and a region the page does not know
 * (Sunnmøre, Innherred) would make it a question about another place. The message is answered without them.
 */
import { analyse } from './analysis';
import { type FocusWords, type Word, sentencesOf, wordsOf } from './focus';
import { rank } from './ranking';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * The message without the asker's introduction, or undefined when it has none or still needs it: when the rest
 * points back to the asker's workplace ("Jeg jobber på legevakten – blir vi også med?", "Kven representerer kommunen
 * vår?"), when only the introduction names a place the page knows ("Eg er avdelingsleiar på eit helsehus i
 * Trondheim. Kva skal …": the question may be about that place), or when it names a topic of the page by its own
 * name ("Jeg jobber i prosjektkontoret. Hvem leder det?").
 */
export function withoutAskerIntroduction(vocab: Vocabulary, message: string): string | undefined {
  const words = vocab.language.focus;
  for (const sentence of sentencesOf(message)) {
    const ws = wordsOf(sentence);
    const opener = openerLength(ws, words, vocab.language.roleQuestion.articles);
    // (Not a sentence of the opener alone: "As?")
    if (opener === 0 || opener >= ws.length) continue;
    const english = analyse(vocab, message).lang === 'en';
    const end = introductionEnd(sentence, ws, opener, {
      ...words,
      english,
      articles: vocab.language.roleQuestion.articles,
    });
    if (end.at <= ws[opener]!.start) return undefined;
    const from = message.indexOf(sentence);
    const intro = sentence.slice(0, end.at);
    const tidy = (text: string) =>
      text
        .replace(/^[\s,–—-]+/u, '')
        .replace(/\s{2,}/gu, ' ')
        .trim();
    const after = sentence.slice(end.next);
    const rest = tidy(`${message.slice(0, from)}${after}${message.slice(from + sentence.length)}`);
    if (stillNeeded(vocab, intro, rest)) return undefined;
    // "As a GP in Trondheim I'm curious which services …": the place the asker works stays, when the rest names none.
    const place = placeIn(vocab, intro, rest);
    return place === ''
      ? rest
      : tidy(
          `${message.slice(0, from)}${place}${after === '' ? '.' : ''} ${after}${message.slice(from + sentence.length)}`,
        );
  }
  return undefined;
}

/** How many words of an introduction open the sentence ("Jeg er", "I'm", "Som"), or 0. */
function openerLength(ws: Word[], words: FocusWords, articles: Set<string>): number {
  const phrase = words.introductions.find((p) => p.every((w, k) => ws[k]?.folded === w));
  if (!phrase) return 0;
  // "Som en del av …", "As mentioned …", "As for the training, …": no role follows (after its article, if any).
  const next = articles.has(ws[phrase.length]?.folded ?? '') ? phrase.length + 1 : phrase.length;
  return words.notRoles.has(ws[next]?.folded ?? '') ? 0 : phrase.length;
}

/**
 * Where the introduction ends in its sentence, and where the rest starts: at a comma, a word that joins or opens a
 * clause ("og", "som", "who"; not "og" within a name: "i Møre og Romsdal"), the asker as subject ("… lurer jeg på",
 * "As a GP in Trondheim I'm curious …"), a verb of knowing, a question word, an English participle ("I'm a
 * controller preparing a briefing"; not after an article: "a nursing home"), or the sentence end. At the role itself
 * it is no introduction ("I'm curious whether …", "I'm briefing our council …").
 */
function introductionEnd(
  sentence: string,
  ws: Word[],
  opener: number,
  words: FocusWords & { english: boolean; articles: Set<string> },
): { at: number; next: number } {
  for (let k = opener; k < ws.length; k++) {
    const w = ws[k]!;
    const written = sentence.slice(w.start, w.end);
    if (k > opener && sentence.slice(ws[k - 1]!.end, w.start).includes(','))
      return { at: ws[k - 1]!.end, next: w.start };
    if (k > opener && words.introductionEnds.has(w.folded) && !ws[k + 1]?.capital)
      return { at: w.start, next: w.end };
    const self = w.folded.split(/['’]/)[0]!;
    const asker = words.self.has(self) && (self !== 'i' || written.startsWith('I'));
    const knowing = words.knowing.some((p) => p.every((x, j) => ws[k + j]?.folded === x));
    const participle =
      words.english && /^\p{Ll}{3,}ing$/u.test(written) && !words.articles.has(ws[k - 1]?.folded ?? '');
    if (asker || knowing || participle || words.questionWords.has(w.folded))
      return { at: w.start, next: w.start };
  }
  return { at: sentence.length, next: sentence.length };
}

/** Whether the rest of the message needs the introduction (see withoutAskerIntroduction). */
function stillNeeded(vocab: Vocabulary, intro: string, rest: string): boolean {
  if (!/\p{L}/u.test(rest)) return true;
  const words = vocab.language.focus;
  const analysis = analyse(vocab, rest);
  const back = words.askersPlace[analysis.lang];
  if (wordsOf(rest).some((w) => back.has(w.folded) || words.own.has(w.folded))) return true;
  const introduced = analyse(vocab, intro);
  // (Not a place the page does not know that only looks like a name: "på Helgeland" is not Helge Garåsen.)
  const named = (t: string) =>
    !vocab.employers.has(t) && !introduced.otherNames.includes(introduced.positions.get(t) ?? -1);
  return rank(vocab, introduced.known, introduced.intents, introduced.stems).some((c) =>
    [...c.properTerms].some(named),
  );
}

/** The place the page knows that the introduction names, with its preposition ("in Trondheim"), when the rest names none. */
function placeIn(vocab: Vocabulary, intro: string, rest: string): string {
  const known = (text: string) => {
    const ts = terms(text);
    return ts.length > 0 && ts.every((t) => vocab.employers.has(t));
  };
  if (terms(rest).some((t) => vocab.employers.has(t))) return '';
  const ws = wordsOf(intro);
  const first = ws.findIndex((w) => known(intro.slice(w.start, w.end)));
  if (first < 0) return '';
  let last = first;
  while (last + 1 < ws.length && known(intro.slice(ws[last + 1]!.start, ws[last + 1]!.end))) last++;
  const within = vocab.language.questionShape.within.has(ws[first - 1]?.folded ?? '');
  return intro.slice(ws[within ? first - 1 : first]!.start, ws[last]!.end);
}
