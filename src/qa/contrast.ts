import type { Answer } from './answer';
import { wordsOf, type Word } from './focus';
import { givesVerdict, verdictOf } from './focus-reach';
import { sharedRatherThanOwn } from './shared-address';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

/** A yes/no question of the form "A rather than B", cut in the two claims it makes (see answerContrasted). */
interface Contrasted {
  /** The question without "rather than B" ("Is the Verdal representative a municipal chief medical officer?"). */
  asked: string;
  /** The question with B in the place of A ("Is the Verdal representative a chief executive?"). */
  instead: string;
  /** B itself ("a chief executive"). */
  contrast: string;
}

/**
 * "Is the Verdal representative a municipal chief medical officer rather than a chief executive?", "Gjennomførte
 * Trondheim anskaffelsen sammen med St. Olavs hospital i stedet for Helse Midt-Norge RHF?": a yes/no question that
 * sets one thing against another (`claims.contrasted`) claims the first and denies the second. It is answered no when
 * the page says no to the first, and yes with it when the page says yes to the first and no to the second; otherwise
 * `answer` of the whole question decides.
 */
export function answerContrasted(
  vocab: Vocabulary,
  question: string,
  answer: (text: string) => Answer,
): Answer {
  const contrasted = contrastedIn(vocab, question);
  if (contrasted === undefined) return answer(question);
  const asked = answer(contrasted.asked);
  const first = verdictOf(asked);
  if (first === false) return { ...asked, question };
  if (first === true) {
    const instead = answer(contrasted.instead);
    if (givesVerdict(instead) && verdictOf(instead) === false) return { ...asked, question };
    // ("… a shared mailbox … rather than an individual person?": B is what A says it is not, see shared-address.ts.)
    if (sharedRatherThanOwn(vocab, contrasted.asked, contrasted.contrast)) return { ...asked, question };
  }
  // (The whole question read as one claim gives no verdict of its own: of the two, it is the first that holds or not.)
  const whole = answer(question);
  return givesVerdict(whole) ? { ...whole, direct: undefined } : whole;
}

/** A dot after a capitalised word this short, before another, is an abbreviation in a name ("St. Olavs hospital"). */
const NAME_ABBREVIATION_MAX = 3;

/**
 * The two claims of a question "A rather than B" (see answerContrasted), or undefined. B runs from the phrase to the end
 * of its sentence or a comma ("…, right?" stays with both). A is what stands before the phrase from the last word
 * that opens B too ("by a doctor rather than by the rådmann", "a … officer rather than a chief executive"), or else
 * as many words as B has, after the last short word ("lead Teknisk instead of Opplæring", "sammen med St. Olavs
 * hospital i stedet for Helse Midt-Norge RHF").
 */
function contrastedIn(vocab: Vocabulary, question: string): Contrasted | undefined {
  const words = wordsOf(question);
  const phrases = vocab.language.claims.contrasted;
  for (let k = 2; k < words.length; k++) {
    const phrase = phrases.find((p) => p.every((w, j) => words[k + j]?.folded === w));
    const first = phrase && words[k + phrase.length];
    if (!phrase || !first) continue;
    // ("… and not just map the processes?": the end of the phrase opens a concession, see concession.ts.)
    const conceded = vocab.language.claims.conceded.some((c) =>
      c.every((w, j) => words[k + phrase.length - 1 + j]?.folded === w),
    );
    if (conceded) continue;
    const tail = question.slice(first.start);
    const stop = [...tail.matchAll(/[?!,]|(\p{L}*)\.(\s+\p{Lu})?/gu)].find(
      (m) => !(m[2] && /^\p{Lu}/u.test(m[1] ?? '') && (m[1] ?? '').length <= NAME_ABBREVIATION_MAX),
    );
    const end = stop === undefined ? tail.length : stop.index + (stop[1]?.length ?? 0);
    const rest = end === tail.length ? '?' : tail.slice(end);
    const contrast = tail.slice(0, end).trim();
    const before = question.slice(0, words[k]!.start).replace(/[\s,–—-]+$/u, '');
    const start = claimedFrom(vocab, before, first, contrast.split(/\s+/u).length);
    if (start === undefined) return undefined;
    const instead = `${before.slice(0, start)}${contrast}${rest}`;
    return { asked: `${before}${rest}`, instead, contrast };
  }
  return undefined;
}

/**
 * Where A starts in the text before the phrase (see contrastedIn): at the last word that opens B too, or else as many
 * words back as B has, not before the last short word.
 */
function claimedFrom(vocab: Vocabulary, before: string, opening: Word, length: number): number | undefined {
  const chunks = [...before.matchAll(/\S+/gu)];
  const short = (chunk: string) => {
    const words = wordsOf(chunk);
    return words.length === 1 && vocab.stopwords.has(stem(words[0]!.folded));
  };
  const opens = (chunk: string) => wordsOf(chunk)[0]?.folded === opening.folded;
  const same = chunks.map((c) => opens(c[0])).lastIndexOf(true);
  if (same > 0 && short(opening.folded)) return chunks[same]!.index;
  const from = Math.max(chunks.map((c) => short(c[0])).lastIndexOf(true) + 1, chunks.length - length);
  return from > 0 && from < chunks.length ? chunks[from]!.index : undefined;
}
