import type { Answer } from './answer';
import { claimAsked } from './claim-asked';
import type { Decision } from './decision';
import { answerWith } from './items';
import { pick } from './knowledge-base';
import { stem } from './text';

/**
 * "Er planen for utvikling av kommunal funksjonalitet allerede ferdig?", "Is the plan for municipal functionality
 * finished?": a yes/no question that says work is finished, of work the page says is under way (status in-progress:
 * «Det lages nå utkast til en plan …»), is answered no with the page's sentence. Only when it says nothing else of it;
 * of what is planned or done, the page does not say whether it is finished (see past-of-planned.ts).
 */
export function answerFinishedClaimed(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  if (!claimAsked(vocab, analysis) || analysis.intents.size > 0) return undefined;
  // ("… a draft, or is it finished?" offers two: the sentence answers which, see sentence-checked.ts.)
  if (analysis.tokens.some((t) => vocab.language.focus.alternatives.has(t))) return undefined;
  const { finished, light } = vocab.language.claims;
  const said = (k: number) => finished.has(stem(analysis.tokens[k] ?? ''));
  const at = analysis.tokens.findIndex((_, k) => said(k));
  const made = vocab.decisions.get(top.entry.id);
  if (at < 0 || made?.status !== 'in-progress') return undefined;
  // Every other word names the work («planen for … kommunal funksjonalitet»), or only says when («allerede»).
  const other = (k: number) => !said(k) && !light.has(stem(analysis.tokens[k] ?? ''));
  if (analysis.unknownPositions.some(other) || analysis.otherNames.length > 0) return undefined;
  if (analysis.known.some((t, j) => other(analysis.knownPositions[j]!) && !top.terms.has(t)))
    return undefined;
  const text = pick(made.text, analysis.lang);
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  return answerWith(vocab, fallback, top.entry, { type: 'claimChecked', yes: false, sentence });
}
