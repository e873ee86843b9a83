import { COLLECTIONS } from './entries';
import type { Answer } from './answer';
import { type Analysis, analyse, saysNothing } from './analysis';
import type { Focus, FocusWords } from './focus';
import { rank } from './ranking';
import { fold } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Det er visst ein plan på gang … Ka skal den planen omfatte?": a word pointing back followed by a word that names
 * the question's own topic says itself what it points to; the sentence before it is only context. (Not a word for a
 * kind of which there are several: "Hvem leder det delprosjektet?" needs the sentence before it.)
 */
export function namesWhatItPointsTo(vocab: Vocabulary, part: Analysis): boolean {
  const back = vocab.language.focus.backReferences;
  const top = rank(vocab, part.known, part.intents, part.stems)[0];
  if (!top || COLLECTIONS.has(top.entry.type)) return false;
  // (A name after it is no noun it points with: "Tannlegen – får de Helseplattformen?")
  const written = part.words();
  return part.tokens.some((t, k) => {
    if (!back.has(t) || /^\p{Lu}/u.test(written[k + 1] ?? '')) return false;
    const named = part.known.find((term) => part.positions.get(term) === k + 1);
    return named !== undefined && top.nameTerms.has(named);
  });
}

/**
 * "Kva er målet med planen for kommunal funksjonalitet – kva skal løysinga støtte?": the words before the question
 * found open with a question word, so they ask themselves and name what the message is about; the last question only
 * says more of what is asked of it, and the whole message is answered first.
 */
export function earlierAsks(message: string, focus: Focus, words: FocusWords): boolean {
  const before = message.slice(0, message.lastIndexOf(focus.text)).trim();
  const first = before.split(/\s+/)[0] ?? '';
  return before !== '' && words.questionWords.has(fold(first.replace(/[^\p{L}]/gu, '')));
}

/**
 * "Hei! Who is the chief executive of Helse Midt-Norge RHF?", "Lurer på en ting: Hva heter journalsystemene som skal
 * erstattes?": words around the question that name nothing, of the page or not, and no figure
 * are only small talk; the question found in the message is the whole question, and is answered or refused as it is
 * alone.
 */
export function restSaysNothing(vocab: Vocabulary, message: string, focus: Focus): boolean {
  const at = message.lastIndexOf(focus.text);
  if (at < 0) return false;
  return saysNothing(vocab, `${message.slice(0, at)} ${message.slice(at + focus.text.length)}`);
}

/**
 * "helsehus med i løsningen? vi sitter på helsehus", "Vi sitter med meldinger fra sjukehuset hele dagen. Står det noe
 * om at det skal gå mindre tid på meldinger?": the one sentence that asks, a yes/no question naming what it asks
 * about, said beside sentences of the asker's own; read with them («sitter» is no «hvor»), the message gets no verdict,
 * and the sentence that asks is answered alone when it gets one. Not when the sentences beside it ask themselves, or
 * name a place or organisation the question does not ("Er legevakta med? Den i Molde, altså").
 */
export function answerOfYesNoSentence(
  vocab: Vocabulary,
  message: string,
  focus: Focus,
  whole: Answer,
  answer: (text: string) => Answer,
): Answer | undefined {
  if (whole.kind !== 'answer' || givesVerdict(whole) || focus.lead !== '') return undefined;
  const at = message.lastIndexOf(focus.text);
  if (at < 0) return undefined;
  const part = analyse(vocab, focus.text);
  const rest = analyse(vocab, `${message.slice(0, at)} ${message.slice(at + focus.text.length)}`);
  const asks = rest.tokens.some((t) => vocab.language.focus.questionWords.has(t));
  const places = (a: Analysis) => a.known.filter((t) => vocab.employers.has(t));
  const elsewhere = places(rest).filter((t) => !places(part).includes(t));
  if (!part.yesNo || part.known.length === 0 || asks || rest.otherNames.length > 0) return undefined;
  // ("Jeg leder hjemmesykepleien i Malvik. Står det noe om at brukerne kan bo lenger hjemme?": a place beside it is
  // asked of with the sentence, which holds there when the page says it of every municipality, not only of Trondheim.)
  const text = elsewhere.length === 0 ? focus.text : withPlace(vocab, focus.text, rest, elsewhere);
  if (text === undefined) return undefined;
  const alone = answer(text);
  return alone.kind === 'answer' && givesVerdict(alone) ? { ...alone, question: message } : undefined;
}

/**
 * The sentence with the one place the words beside it name, and the preposition before it there, put last ("Står det
 * noe om at brukerne kan bo lenger hjemme i Malvik?"); undefined for several places or one without a preposition.
 */
function withPlace(
  vocab: Vocabulary,
  sentence: string,
  rest: Analysis,
  places: string[],
): string | undefined {
  if (places.length !== 1) return undefined;
  const at = rest.positions.get(places[0]!);
  const before = at === undefined ? undefined : rest.tokens[at - 1];
  if (before === undefined || !vocab.language.asker.prepositions.has(before)) return undefined;
  const written = rest.words();
  return `${sentence.replace(/[\s?.!]+$/u, '')} ${written[at! - 1]} ${written[at!]}?`;
}

/** The answer opens with «Ja» or «Nei» (see Direct). */
export function givesVerdict(answer: Answer): boolean {
  const direct = answer.direct;
  if (direct === undefined) return false;
  if (direct.type === 'count') return direct.claimed !== undefined;
  return direct.type === 'ofKind' ? direct.yes : VERDICTS.has(direct.type);
}

/** The yes or no an answer says (see givesVerdict), or undefined when it says neither. */
export function verdictOf(answer: Answer): boolean | undefined {
  const direct = answer.direct;
  if (direct === undefined || !givesVerdict(answer)) return undefined;
  if (direct.type === 'count') return direct.claimed === direct.count;
  if (direct.type === 'notOnly' || direct.type === 'oneOfAll') return false;
  return 'yes' in direct ? direct.yes : true;
}

/** The kinds of direct answer that say yes or no. */
const VERDICTS = new Set([
  'yes',
  'notOnly',
  'oneOfAll',
  'emailOf',
  'yesSaid',
  'figureSaid',
  'claimChecked',
  'ledBy',
  'roleOf',
  'sameUnit',
]);
