import { listOf } from './lists';
import type { Candidate } from './ranking';
import type { Question } from './decision';
import { stem, phraseAt } from './text';

/**
 * "Hvordan er de andre kommunene med i arbeidet?", "Korleis er kommunane knytte til Helseplattformen?", "How are the
 * other municipalities involved?": asked how those a list names take part, the list of who takes part (which says
 * through what) answers it, however weakly the word for them matches alone ("kommunene" is in every council member's
 * organisation). Only when every other word the bot knows is the project itself or the words for taking part.
 */
export function howTheyTakePart(q: Question): Candidate | undefined {
  const { vocab, analysis, candidates } = q;
  const shape = vocab.language.questionShape;
  const { tokens } = analysis;
  const how = tokens.findIndex((t) => shape.howTo.has(t));
  if (how < 0 || analysis.yesNo) return undefined;
  // ("How many …", "Hvordan kontakter jeg …" ask something else.)
  if ([...analysis.intents].some((i) => i !== 'what')) return undefined;
  const at = (phrase: string[], k: number) => phraseAt(tokens, k, phrase);
  const spans = new Set<number>();
  for (const phrase of shape.partaking)
    for (let k = how + 1; k < tokens.length; k++)
      if (at(phrase, k)) phrase.forEach((_, j) => spans.add(k + j));
  // (A word the bot does not know is something else asked, unless it is one of those words: "connected to".)
  if (spans.size === 0 || analysis.unknownPositions.some((p) => !spans.has(p))) return undefined;
  const partaking = new Set([...spans].map((k) => stem(tokens[k]!)));
  const who = analysis.known.filter((t) => !vocab.projectTerms.has(t) && !partaking.has(t));
  if (who.length === 0) return undefined;
  const lists = candidates.filter((c) => c.entry.type === 'fact' && listOf(vocab, c.entry));
  // The list those words name ("kommunene"), before one that only has them in its title ("Tjenester i Trondheim
  // kommune"); else one that lists them ("Korleis er Bindal med?").
  return (
    lists.find((c) => who.every((t) => c.nameTerms.has(t))) ??
    lists.find((c) => who.every((t) => c.strongTerms.has(t)))
  );
}
