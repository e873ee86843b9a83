import type { Analysis } from './analysis';
import type { Candidate } from './ranking';
import type { Vocabulary } from './vocabulary';
import { hasPhrase } from './text';

/**
 * "Hva kommer Helseplattformen til å koste for en kommune på Ørlands størrelse?", "What does Helseplattformen cost?",
 * "What is the total contract value of the procurement?", "Hva er budsjettet til innføringsprosjektet?": the page
 * gives no sum of money, so what something costs, its price, budget or value in money is not known, whatever else of
 * the question it knows. (Which costs the platform reduces is one of its benefits: "What costs will be reduced?", and
 * whether it saves money is a yes/no question, "Vil kommunene spare penger?": both are answered from the benefits.)
 */
export function asksPrice(vocab: Vocabulary, analysis: Analysis, top: Candidate | undefined): boolean {
  const { intents, tokens } = analysis;
  const { sum, paying: payment } = vocab.language.questionShape.price;
  // "Må fastlegane betale for å koble seg på?", "Who pays for the training?": whether or what someone pays is a price too.
  const paying = hasPhrase(tokens, payment);
  if (!paying && (analysis.yesNo || !(intents.has('what') || intents.has('amount')))) return false;
  if (!paying && !hasPhrase(tokens, sum)) return false;
  const gains = vocab.kb.gains.id;
  return !(top && (top.entry.id === gains || top.entry.parents.includes(gains)));
}
