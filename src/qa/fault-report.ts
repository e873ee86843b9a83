import type { Analysis } from './analysis';
import type { Vocabulary } from './vocabulary';
import { phraseAt } from './text';

/** How many words a negation may stand before the verb it negates ("doesn't work", "isn't really working"). */
const NEGATION_BEFORE = 3;

/**
 * "Printeren på kontoret vårt i Molde virker ikke, hvem ringer jeg i IT?", "Outlook-kalenderen min synker ikke på
 * jobbmobilen", "my Outlook keeps crashing, help?", "Jeg har glemt passordet mitt til jobb-PC-en": a message that
 * reports a fault with a device, an app or an account of the asker's is an errand for the help desk, which the page
 * has nothing of, whatever part of it asks who in IT to call (the IT service leads a subproject, not the help desk).
 * A fault is a verb of working negated (a device that does not work, start or sync), a verb of failing (crashing,
 * freezing, broken), or a verb of losing said of a thing of the asker's own (a password forgotten, a card lost).
 */
export function reportsFault(vocab: Vocabulary, analysis: Analysis): boolean {
  const { working, failing, losing, negation, own, qualifiers } = vocab.language.questionShape;
  const { tokens } = analysis;
  const anyAt = (phrases: string[][], k: number) => phrases.some((p) => phraseAt(tokens, k, p));
  const negatedAt = (k: number) => {
    const from = Math.max(0, k - NEGATION_BEFORE - 1);
    const before = tokens.slice(from, k).some((_, j) => negationEndsAt(negation, tokens, from + j, k));
    return before || anyAt(negation, k + 1);
  };
  // ("Who doesn't work for the project?": working for, at or in somewhere is a job, not a device that works.)
  const ofJob = (k: number) => analysis.lang === 'en' && qualifiers.has(tokens[k + 1] ?? '');
  const owned = (k: number) => tokens.slice(k + 1, k + 4).some((t) => own.has(t));
  return tokens.some(
    (t, k) =>
      (working.has(t) && negatedAt(k) && !ofJob(k)) || anyAt(failing, k) || (losing.has(t) && owned(k)),
  );
}

/** True when a negation phrase starts at `k` and ends before `end` ("doesn t" before "work"). */
function negationEndsAt(negation: string[][], tokens: string[], k: number, end: number): boolean {
  return negation.some((p) => k + p.length <= end && phraseAt(tokens, k, p));
}
