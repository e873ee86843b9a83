import type { Decision } from './decision';
import { LEADABLE } from './entries';

/**
 * "Hvem har ansvaret for å koordinere arbeidet opp mot de andre kommunene?", "Who is responsible for coordinating the
 * work with the other municipalities?": the responsibility for doing something, asked of a topic that has no lead of
 * its own (what the page tells who does: "Trondheim kommune koordinerer arbeidet …"), asks who does it, not who leads
 * it. The question is then decided as "Hvem koordinerer arbeidet …?". Asked of a subproject, unit or body, it is still
 * its lead that answers ("Hvem har ansvaret for å planlegge opplæringen?"). So is the responsibility for that something
 * is so ("Hvem har ansvaret for at kommunenes interesser blir ivaretatt?", "Kven passar på at … blir tekne vare på?").
 */
export function doerAsked(d: Decision): Decision {
  const { vocab, analysis, top } = d;
  const { leadEnd, tokens } = analysis;
  if (!analysis.intents.has('lead') || leadEnd < 0 || LEADABLE.has(top.entry.type)) return d;
  // (Not of what the page does not have: "Hvem har ansvaret for å koordinere vaktlistene?".)
  if (analysis.unknown.length > 0) return d;
  // "ansvaret for å koordinere", "responsible for coordinating": a verb, after «for», is what is done.
  if (tokens[leadEnd] !== 'for') return d;
  const next = analysis.words()[leadEnd + 1] ?? '';
  const infinitive = vocab.language.questionShape.infinitive.has(next.toLowerCase());
  const gerund = analysis.lang === 'en' && /\p{L}{3,}ing$/iu.test(next);
  // ("ansvaret for at kommunenes interesser blir ivaretatt": a clause says what is seen to, as a verb does.)
  const clause = vocab.language.claims.that.has(tokens[leadEnd + 1] ?? '');
  if (!infinitive && !gerund && !clause) return d;
  // What is done must be what the topic tells: "Hvem har ansvaret for at pasientene får god behandling?" matches the
  // benefit of patient safety by one word, and says nothing the page tells anyone does.
  const after = analysis.known.filter((_, j) => analysis.knownPositions[j]! > leadEnd);
  if (after.some((t) => !top.terms.has(t))) return d;
  const intents = new Set(analysis.intents);
  intents.delete('lead');
  intents.add('who');
  return { ...d, analysis: { ...analysis, intents, leadEnd: -1 } };
}
