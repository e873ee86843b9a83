import type { Answer } from './answer';
import type { Decision } from './decision';
import { pick } from './knowledge-base';
import { answerWith } from './items';
import { namedPerson, titledPerson } from './person-checked';
import { perVocabulary } from './per-vocabulary';
import { photoFacts, refuseOtherPhoto } from './photo-credit';
import { tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Was the Trondheim project photo taken by Carl-Jacob Midttun?", "Fotografen på sida er Helge Garåsen, ikkje sant?",
 * "Is the photo on the page credited to the communications lead?", "Er bildet tatt av Carl Erik Eriksson?": a yes/no
 * question that says who took the photo is answered by the photo credit: yes when the name it says is the one the
 * credit gives, no with the credit when it names someone else (a person of the page by name or by a title only they
 * have, or a name the page does not know). Asked of another photo ("… the group photo of the council …"), the page
 * credits no one, and the bot says so.
 */
export function answerPhotographerClaimed(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback } = d;
  if (!analysis.yesNo || analysis.intents.has('who')) return undefined;
  const from = claimedFrom(vocab, analysis.tokens);
  const { credit } = photoFacts(vocab);
  const creditEntry = credit && vocab.entries.get(credit.id);
  if (from < 0 || !credit || !creditEntry) return undefined;
  // ("Was the photo taken by Carl Erik Eriksson or by Carl-Jacob Midttun?" offers a choice: neither yes nor no.)
  if (analysis.tokens.some((t) => vocab.language.focus.alternatives.has(t))) return undefined;
  const named = PHOTOGRAPHERS(vocab).some((name) => standsIn(name, analysis.tokens));
  const other =
    !named &&
    (namedPerson(d) !== undefined ||
      titledPerson(d) !== undefined ||
      analysis.otherNames.some((p) => p >= from));
  if (!named && !other) return undefined;
  return (
    refuseOtherPhoto(d) ??
    answerWith(vocab, fallback, creditEntry, {
      type: 'claimChecked',
      yes: named,
      sentence: pick(credit.text, analysis.lang),
    })
  );
}

/**
 * Where the question says who took the photo, or -1 when it does not: a word for the photographer the credit is called
 * by ("fotografen", "photographer"), or a verb of taking or photographing followed by «av», "by" or one of
 * `claims.creditedTo` ("tatt av", "photographed by", "credited to"). A verb alone says when or where the photo
 * was taken ("Is Helge Garåsen in the photo taken in 2019?").
 */
function claimedFrom(vocab: Vocabulary, tokens: string[]): number {
  const shape = vocab.language.questionShape;
  const { credit } = photoFacts(vocab);
  const creditWords = new Set(credit?.aliases.flatMap((a) => tokenize(a)) ?? []);
  const noun = tokens.findIndex((t) => shape.photographing.has(t) && creditWords.has(t));
  if (noun >= 0) return noun;
  const verb = (t: string) => shape.photographing.has(t) || shape.photoTaking.has(t);
  const by = (t: string) => shape.agent.has(t) || vocab.language.claims.creditedTo.has(t);
  const k = tokens.findIndex((t, i) => verb(t) && by(tokens[i + 1] ?? ''));
  return k < 0 ? -1 : k + 2;
}

/** The name stands in the question's tokens, its words one after another. */
function standsIn(name: string[], tokens: string[]): boolean {
  return tokens.some((_, p) => name.every((w, k) => tokens[p + k] === w));
}

/**
 * The names the photo credit gives, as tokens: the words with a capital letter after «av» or "by" in its text, in each
 * of its languages ("… er tatt av Carl Erik Eriksson.").
 */
const PHOTOGRAPHERS = perVocabulary((vocab: Vocabulary) => {
  const { credit } = photoFacts(vocab);
  const agent = vocab.language.questionShape.agent;
  const names = Object.values(credit?.text ?? {}).flatMap((text) => {
    const words = text.split(/\s+/u);
    const at = words.findIndex((w) => agent.has(w.toLowerCase()));
    const name = words
      .slice(at + 1)
      .filter((w, k, all) => all.slice(0, k + 1).every((x) => /^\p{Lu}/u.test(x)));
    return at < 0 || name.length === 0 ? [] : [tokenize(name.join(' '))];
  });
  return names.filter((n, k) => names.findIndex((o) => o.join(' ') === n.join(' ')) === k);
});
