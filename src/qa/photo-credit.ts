import type { Answer } from './answer';
import type { Analysis } from './analysis';
import type { Decision } from './decision';
import type { Fact } from './knowledge-base';
import { answerWith, refuseShowing } from './items';
import { listName } from './lists';
import { perVocabulary } from './per-vocabulary';
import { stem, terms, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** Tokens after the question word where the verb of taking stands ("Hvem tok …", "Kven har teke …"). */
const VERB_REACH = 2;

/**
 * "Who took the photo?", "Kven tok biletet av innføringsprosjektet?", "Hvem har tatt bildet i saken om det lokale
 * innføringsprosjektet?": who took a photo is the photo credit (the fact called by a word for the photographer),
 * whatever else of the page the question's words match (the project, the council's group photo). Asked of another
 * photo by a word of its own ("Hvem fotograferte gruppebildet av Samarbeidsrådet?", "Who took the photo of the
 * council?"), the page credits no one, and the bot says so.
 */
export function answerPhotoCredit(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback } = d;
  if (!photographerAsked(vocab, analysis)) return undefined;
  const { credit } = photoFacts(vocab);
  const creditEntry = credit && vocab.entries.get(credit.id);
  if (!creditEntry) return undefined;
  return refuseOtherPhoto(d) ?? answerWith(vocab, fallback, creditEntry);
}

/**
 * Asked of another photo than the credited one, named by a word of its own that the credit does not have
 * ("gruppebildet", "the council"): the page credits no one with it, and the answer says so with that photo.
 */
export function refuseOtherPhoto(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = d;
  const { photos, credit } = photoFacts(vocab);
  if (!credit) return undefined;
  const creditTerms = candidates.find((c) => c.entry.id === credit.id)?.terms ?? new Set<string>();
  const photoTerms = new Set([...vocab.language.questionShape.photos].map(stem));
  const other = candidates.find(
    (c) =>
      photos.some((f) => f !== credit && f.id === c.entry.id) &&
      [...c.strongTerms].some((t) => !creditTerms.has(t) && !photoTerms.has(t)),
  );
  if (!other) return undefined;
  return refuseShowing(vocab, fallback, other.entry, {
    attribute: 'photographer',
    subject: listName(vocab, other.entry, analysis.lang),
  });
}

/** The facts of the page about a photo (called by a word for one), and the photo credit among them (see above). */
export function photoFacts(vocab: Vocabulary): { photos: Fact[]; credit: Fact | undefined } {
  const shape = vocab.language.questionShape;
  const called = (f: Fact, words: Set<string>) =>
    f.aliases.some((a) => tokenize(a).some((w) => words.has(w)));
  const photos = vocab.kb.facts.filter((f) => called(f, shape.photos) || called(f, shape.photographing));
  return { photos, credit: photos.find((f) => called(f, shape.photographing)) };
}

/**
 * The words a photo of the page is named by besides the word for a photo («Bildet av Samarbeidsrådet», "The photo of
 * the Cooperation Council"): the members of a body named so are in it, as the page's «Med på bildet er også …» says
 * ("Er Arne Ingebrigtsen med på bildet?"). The photo credit's photo shows no one by name.
 */
export const PHOTO_SHOWS = perVocabulary((vocab: Vocabulary) => {
  const { photos, credit } = photoFacts(vocab);
  const photoTerms = new Set([...vocab.language.questionShape.photos].map(stem));
  const shown = photos
    .filter((f) => f !== credit)
    .flatMap((f) => Object.values(f.title ?? {}).flatMap((title) => terms(title)));
  return new Set(shown.filter((t) => !photoTerms.has(t) && !vocab.language.generalStopwords.has(t)));
});

/**
 * Asks who took a photo: a word of photographing, or a verb of taking with a word for a photo, right after the question
 * word ("Hvem tok bildet?", "Kven har teke biletet?", "Who photographed …", "Who is credited for the photo …?"), a word
 * for the photographer after it ("Hvem er fotografen?", "Kven er kreditert som fotograf på sida?") or a verb before
 * "av"/"by" at the end ("Hvem er bildet tatt av?", "Who was the photo taken by?").
 */
function photographerAsked(vocab: Vocabulary, analysis: Analysis): boolean {
  const shape = vocab.language.questionShape;
  const { tokens } = analysis;
  if (!analysis.intents.has('who')) return false;
  // (Also as the last part of a word: "gruppebildet"; or the photographer named: "Kven er kreditert som fotograf?")
  const photo = tokens.some(
    (t) => shape.photographing.has(t) || [...shape.photos].some((p) => t.endsWith(p)),
  );
  const verb = (t: string) => shape.photographing.has(t) || (photo && shape.photoTaking.has(t));
  const who = tokens.findIndex((t) => vocab.language.roleQuestion.who.has(t));
  // (The photographer is asked for wherever the word stands after it: "Kven er kreditert som fotograf på sida?".)
  const afterWho =
    who >= 0 &&
    (tokens.slice(who + 1, who + 2 + VERB_REACH).some(verb) ||
      tokens.slice(who + 1).some((t) => shape.photographing.has(t)));
  const last = tokens.length - 1;
  const byAtEnd = shape.agent.has(tokens[last] ?? '') && verb(tokens[last - 1] ?? '');
  return afterWho || byAtEnd;
}
