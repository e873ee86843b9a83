import type { Answer } from './answer';
import type { Decision } from './decision';
import type { Intent } from './language-data';
import { answerWith } from './items';
import { wholeProjectTerms } from './compose';
import type { Lang } from './knowledge-base';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/** The text of a fact, or the description of a body: what says there is such a thing. */
function entryText(vocab: Vocabulary, id: string, lang: Lang): string | undefined {
  const fact = vocab.facts.get(id);
  if (fact) return fact.text[lang] ?? fact.text.nb;
  const body = vocab.kb.bodies.find((b) => b.id === id);
  return body?.description === undefined ? undefined : (body.description[lang] ?? body.description.nb);
}

/** Intents that ask for something else than whether there is such a thing. */
const OTHER_ASKS: Intent[] = ['who', 'lead', 'phone', 'email', 'where', 'when', 'contact', 'count', 'list'];

/**
 * "Finnes det egne nettsider om arbeidet?", "Is there a web page where I can follow the work?": a yes/no question
 * whether there is a thing, when the knowledge base has a fact of that thing by its name or an alias, is answered yes
 * with the fact's first sentence; "Finnes det et råd for opsjonskommunene?" of a body, with the sentence of its
 * description that names it. Every word must be of the fact or of the project itself, and the question must ask
 * whether there is one or someone has one ("Finnes det en nettside for påmelding til kurs?" asks of another page; a
 * thing the page has no fact of is refused as before).
 */
export function answerExistenceAsked(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, top, fallback } = d;
  if (!analysis.yesNo || !top.named || analysis.unknown.length > 0) return undefined;
  if (OTHER_ASKS.some((i) => analysis.intents.has(i)) || analysis.otherNames.length > 0) return undefined;
  const { existential, having } = vocab.language.questionShape;
  const { tokens } = analysis;
  if (!existential.has(tokens[1] ?? '') && !tokens.some((t) => having.has(t))) return undefined;
  const text = entryText(vocab, top.entry.id, analysis.lang);
  if (text === undefined) return undefined;
  // (Besides the fact's own words, those of the project and the platform it is all about.)
  const whole = wholeProjectTerms(vocab);
  const project = candidates.filter((c) => c.entry.type === 'unit' && c.strongTerms.size > 0);
  const own = (t: string) => top.terms.has(t) || whole.has(t) || project.some((p) => p.nameTerms.has(t));
  if (!analysis.known.every(own)) return undefined;
  // (A body's description may open with what it is for; the sentence that names it says there is one.)
  const sentences = text.split(/(?<=[.!?])\s+/u).map((s) => s.trim());
  const names = (s: string) => terms(s).some((t) => top.nameTerms.has(t));
  const sentence = top.entry.type === 'body' ? (sentences.find(names) ?? sentences[0]) : sentences[0];
  if (!sentence) return undefined;
  return answerWith(vocab, fallback, top.entry, { type: 'yesSaid', sentence });
}
