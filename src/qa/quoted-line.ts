import { analyse } from './analysis';
import type { Answer } from './answer';
import type { Intent } from './language-data';
import { answerWith } from './items';
import { pageLines } from './page-lines';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/** A quotation of at least so many words is a sentence of the page quoted, not a name ("«kortere ventetid»"). */
const QUOTE_MIN = 5;
/** The share of a quotation's words one line of the page must have for the quotation to be of that line. */
const QUOTE_SHARE = 0.8;
/** What a question about a quoted sentence may ask: what it means or is about, which thing or who it names. */
const ASKED = new Set<Intent>(['what', 'list', 'who', 'lead']);

/**
 * "Så dette i Teams: «Arbeidet vil i stor grad skje i samarbeid med sentralt innføringsprosjekt i Helseplattformen».
 * Hvilket delprosjekt gjelder det, og hvem leder det?", "Sjefen limte inn dette: «det forventes at en tilsvarende sak
 * vil følge bystyrebehandlingen av opsjonen». Hva slags sak er det snakk om?": a sentence of the page quoted (nearly
 * every word of it in one line of one entry) is what the message asks about. When nothing else answered the message,
 * the entry that says the sentence answers what it is or which (and who, beside it); not when, how many or how to reach someone,
 * which the entry need not say (the refusal stands).
 */
export function answerOfQuotedLine(vocab: Vocabulary, question: string, refusal: Answer): Answer | undefined {
  const quotes = [...question.matchAll(/[«"“]([^»"”]+)[»"”]/gu)];
  if (quotes.length !== 1) return undefined;
  const quoted = [...new Set(terms(quotes[0]![1]!))];
  if (quoted.length < QUOTE_MIN) return undefined;
  const rest = analyse(vocab, question.replace(quotes[0]![0], ' '));
  // (Not who alone: "«…». Hvem har skrevet planen?" asks what the sentence need not say.)
  const which = vocab.language.questionShape.which;
  const what = rest.intents.has('what') || rest.intents.has('list') || rest.tokens.some((t) => which.has(t));
  if (rest.yesNo || !what || [...rest.intents].some((i) => !ASKED.has(i))) return undefined;
  const ids = new Set(
    pageLines(vocab)
      .filter((l) => quoted.filter((t) => l.all.has(t)).length >= QUOTE_SHARE * quoted.length)
      .map((l) => l.id),
  );
  const entry = ids.size === 1 ? vocab.entries.get([...ids][0]!) : undefined;
  return entry && answerWith(vocab, refusal, entry);
}
