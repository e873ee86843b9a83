import type { Answer } from './answer';
import type { Decision } from './decision';
import { claimAsked } from './claim-asked';
import { pageLines } from './page-lines';
import { perVocabulary } from './per-vocabulary';
import { phraseAt, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Skal helsestasjonene legges ned?", "Will the health stations close?", «Blir legevakta stengt?»: a yes/no question
 * that says something closes or is shut down, where no line of the page says anything does, asks what the page does not
 * say, also of a service on its list (which says the service takes the platform into use). Not a word for closing
 * that the page writes before the same next word ("in close cooperation with"), which says how near; «legge ned
 * legevakten» still says something closes.
 */
export function refuseEndingNotSaid(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback } = d;
  if (!claimAsked(vocab, analysis) || !endsAt(vocab, analysis.tokens) || PAGE_ENDS(vocab)) return undefined;
  return fallback;
}

/** Whether the tokens say something closes: a word for it not followed as the page follows it. */
function endsAt(vocab: Vocabulary, tokens: string[]): boolean {
  const pairs = PAGE_PAIRS(vocab);
  return tokens.some((_, k) =>
    vocab.language.claims.ending.some(
      (p) =>
        phraseAt(tokens, k, p) && !pairs.has(`${tokens[k + p.length - 1]} ${tokens[k + p.length] ?? ''}`),
    ),
  );
}

/** Per vocabulary, every two words that follow each other in a line of the page. */
const PAGE_PAIRS = perVocabulary((vocab: Vocabulary) => {
  const pairs = new Set<string>();
  for (const l of pageLines(vocab)) {
    const t = tokenize(l.text);
    t.forEach((w, i) => i > 0 && pairs.add(`${t[i - 1]} ${w}`));
  }
  return pairs;
});

/** Per vocabulary, whether a line of the page says something closes. */
const PAGE_ENDS = perVocabulary((vocab: Vocabulary) =>
  pageLines(vocab).some((l) => endsAt(vocab, tokenize(l.text))),
);
