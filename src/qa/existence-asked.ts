import type { Answer } from './answer';
import type { Decision } from './decision';
import type { Intent } from './language-data';
import { answerWith } from './items';
import { wholeProjectTerms } from './compose';

/** Intents that ask for something else than whether there is such a thing. */
const OTHER_ASKS: Intent[] = ['who', 'lead', 'phone', 'email', 'where', 'when', 'contact', 'count', 'list'];

/**
 * "Finnes det egne nettsider om arbeidet?", "Is there a web page where I can follow the work?": a yes/no question
 * whether there is a thing, when the knowledge base has a fact of that thing by its name or an alias, is answered yes
 * with the fact's first sentence. Every word must be of the fact or of the project itself, and the question must ask
 * whether there is one or someone has one ("Finnes det en nettside for påmelding til kurs?" asks of another page; a
 * thing the page has no fact of is refused as before).
 */
export function answerExistenceAsked(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, top, fallback } = d;
  if (!analysis.yesNo || top.entry.type !== 'fact' || !top.named || analysis.unknown.length > 0)
    return undefined;
  if (OTHER_ASKS.some((i) => analysis.intents.has(i)) || analysis.otherNames.length > 0) return undefined;
  const { existential, having } = vocab.language.questionShape;
  const { tokens } = analysis;
  if (!existential.has(tokens[1] ?? '') && !tokens.some((t) => having.has(t))) return undefined;
  const fact = vocab.facts.get(top.entry.id);
  if (!fact) return undefined;
  // (Besides the fact's own words, those of the project and the platform it is all about.)
  const whole = wholeProjectTerms(vocab);
  const project = candidates.filter((c) => c.entry.type === 'unit' && c.strongTerms.size > 0);
  const own = (t: string) => top.terms.has(t) || whole.has(t) || project.some((p) => p.nameTerms.has(t));
  if (!analysis.known.every(own)) return undefined;
  const text = fact.text[analysis.lang] ?? fact.text.nb;
  const sentence = text.split(/(?<=[.!?])\s+/u)[0]?.trim();
  if (!sentence) return undefined;
  return answerWith(vocab, fallback, top.entry, { type: 'yesSaid', sentence });
}
