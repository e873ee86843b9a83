import type { Answer } from './answer';
import type { Decision } from './decision';
import { itemsFor } from './items';
import { detailsOf } from './shared-detail';
import { phraseAt, stem } from './text';

/**
 * "Is there a shared mailbox where researchers can reach the project office?", "Finst det eit nummer som pressa kan
 * ringje for å nå kommunikasjonsansvarleg?": the words the bot does not know in a clause after the phone number or
 * e-mail address asked for ("where researchers can …", "som pressa kan …") say who would use it, not what is asked;
 * the topic's detail is the answer when the page gives it. So do they after a word of negation ("… til
 * prosjektkontoret, ikke til en enkeltperson?": who it is not for). (The topic without one goes on as before.)
 */
export function answerDetailForUsers(d: Decision): Answer | undefined {
  const { vocab, analysis, top, question } = d;
  const { intents, tokens, unknownPositions } = analysis;
  const detail = intents.has('phone') ? 'phone' : intents.has('email') ? 'email' : undefined;
  if (detail === undefined || unknownPositions.length === 0 || analysis.own) return undefined;
  const holder: { phone?: string; email?: string } | undefined =
    vocab.units.get(top.entry.id) ?? vocab.people.get(top.entry.id);
  if (holder?.[detail] === undefined) return undefined;
  const at = tokens.findIndex((t) => detailsOf(vocab.language).has(t));
  const { relative, negation } = vocab.language.questionShape;
  // ("… e-postadresse til prosjektkontoret, ikke til en enkeltperson?": so do they after a word of negation, who it
  // is not for.)
  const opens = (t: string, k: number) =>
    relative.has(t) || vocab.intentOf(stem(t)) === 'where' || negation.some((p) => phraseAt(tokens, k, p));
  const clause = tokens.findIndex((t, k) => k > at && opens(t, k));
  if (at < 0 || clause < 0 || unknownPositions.some((p) => p < clause)) return undefined;
  return {
    kind: 'answer',
    lang: analysis.lang,
    question,
    topicId: top.entry.id,
    items: itemsFor(vocab, top.entry, intents).items,
  };
}
