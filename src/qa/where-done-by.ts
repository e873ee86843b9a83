import type { Answer } from './answer';
import type { Decision } from './decision';
import { composeAnswer } from './compose';
import { stem, tokenize } from './text';

/**
 * "Hvor kan jeg følge Trondheim kommunes arbeid med Helseplattformen?": asked where one does something, of a topic the
 * page places nowhere, the entry one of whose sentences says it is what does that ("Trondheim kommune har egne
 * nettsider som følger arbeidet med Helseplattformen") is where: the question's verb stands right after the sentence's
 * relative pronoun, and every other word the question knows stands in that sentence. Nothing the bot does not know may
 * be asked beside it.
 */
export function answerWhereDoneBy(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, top } = d;
  if (analysis.opening !== 'where' || analysis.yesNo || analysis.unknown.length > 0) return undefined;
  const placed = (id: string) => {
    const entry = vocab.entries.get(id);
    return entry?.type === 'location' || entry?.type === 'unit';
  };
  if (placed(top.entry.id)) return undefined;
  const relative = vocab.language.questionShape.relative;
  const known = [...new Set(analysis.known)];
  for (const c of candidates) {
    const sentences = vocab.sentences.get(c.entry.id) ?? [];
    const i = sentences.findIndex((s) => {
      if (!known.every((t) => s.terms.has(t))) return false;
      const words = tokenize(s.text);
      return words.some((w, k) => k > 0 && relative.has(words[k - 1]!) && known.includes(stem(w)));
    });
    if (i < 0) continue;
    d.top = c;
    d.told = sentences[i]!.text;
    return composeAnswer(d);
  }
  return undefined;
}
