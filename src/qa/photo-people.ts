import type { Answer } from './answer';
import { type Decision, countAsked } from './decision';
import { answerWith } from './items';
import { photoFacts } from './photo-credit';
import { fold, stem } from './text';
import type { Person } from './knowledge-base';
import type { Candidate } from './ranking';
import { ownTerms } from './refusals';
import { endsTitleOf } from './body-members';

/**
 * "Hvem andre enn rådsmedlemmene er med på bildet?", "Who are the guests in the photo?", "Hvilken organisasjon
 * representerer den ene av de to gjestene på gruppebildet av rådet?", "Hvilken stilling har den ene av de to
 * ikke-medlemmene som er med på bildet av rådet?": who is in a photo, or what they are, is the fact of the page about
 * the photo that names people (the group photo of the council), not the photo credit, which names only who took it.
 * Not when the question names another photo or anything else the photo is not of ("Hvem er med på bildet av
 * fagrådet?"), a person by name or by what they are, or a word the bot does not know ("Hvem er ordføreren på bildet?"): the stages after
 * answer or refuse those.
 */
export function answerPhotoPeople(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = d;
  const { intents, tokens } = analysis;
  const which = vocab.language.questionShape.which.has(tokens[0] ?? '');
  const asks = intents.has('who') || intents.has('list') || intents.has('what') || which;
  const other = (['when', 'where', 'lead', 'phone', 'email', 'contact'] as const).some((i) => intents.has(i));
  if (!asks || other || analysis.yesNo || countAsked(analysis)) return undefined;
  if (analysis.known.some((t) => vocab.personNameStems.has(t))) return undefined;
  const shape = vocab.language.questionShape;
  if (!tokens.some((t) => [...shape.photos].some((p) => t.endsWith(p)))) return undefined;
  if (!analysis.unknownPositions.every((p) => shape.photoGuests.has(tokens[p] ?? ''))) return undefined;
  const { photos, credit } = photoFacts(vocab);
  const group = photos.find((f) => f !== credit);
  const photo = group && candidates.find((c) => c.entry.id === group.id);
  if (!group || !photo) return undefined;
  // What the photo is of: the body its fact names ("bildet av Samarbeidsrådet for opsjonskommuner").
  const text = fold(Object.values(group.text).join(' '));
  const of = (id: string) => {
    const body = vocab.bodies.get(id);
    return body !== undefined && Object.values(body.name).some((n) => text.includes(fold(n)));
  };
  const own = new Set([...photo.terms, ...[...shape.photos].map(stem)]);
  // (A person named, by name or by what they are, is that person: "Hvem representerer KS på gruppebildet?")
  const elsewhere = candidates.some(
    (c) =>
      c !== photo &&
      c.named &&
      (c.entry.type === 'person' || (!of(c.entry.id) && [...c.nameTerms].some((t) => !own.has(t)))),
  );
  if (elsewhere) return undefined;
  return guestsDescribed(d, text, photo) ?? answerWith(vocab, fallback, vocab.entries.get(group.id)!);
}

/**
 * "Hvilken direktør i Trondheim kommune er med på bildet?", "Which health and welfare director also appears in the
 * group photo?": the guests the photo's fact names, whose roles have every word the question describes them by
 * besides the photo's own, are the answer, when those words pick some of them, not all.
 */
function guestsDescribed(d: Decision, text: string, photo: Candidate): Answer | undefined {
  const { vocab, analysis, question } = d;
  const asked = analysis.known.filter((t) => !photo.strongTerms.has(t));
  if (asked.length === 0) return undefined;
  const guests = [...vocab.people.values()].filter((p) => text.includes(fold(p.name)));
  const described = (p: Person) => asked.every((t) => ownTerms(vocab, p).has(t) || endsTitleOf(p, t));
  const picked = guests.filter(described);
  if (picked.length === 0 || picked.length === guests.length) return undefined;
  return {
    kind: 'answer',
    lang: analysis.lang,
    question,
    topicId: picked.length === 1 ? picked[0]!.id : photo.entry.id,
    items: picked.map((person) => ({ type: 'person', person })),
  };
}
