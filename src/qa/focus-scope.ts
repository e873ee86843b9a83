/**
 * What the words around a question found in a message say of its scope: where it is asked within, and whom it is
 * about whatever the words around it name.
 */
import { type Analysis, analyse } from './analysis';
import { pointsToAsker } from './asker-doing';
import { type Focus, askingSentences, sentencesOf, wordsOf } from './focus';
import { placeAt, placesAt } from './region-places';
import { namesOwnTopic } from './introduction-purpose';
import { namesOtherPlace } from './list-place';
import { rank } from './ranking';
import { quotedTerms } from './question-text';
import { fold, terms } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "In the Samarbeidsråd, which people come from kommuner in Møre og Romsdal?", "I samarbeidsrådet, kven er frå …?":
 * words before the question that are only a preposition and the name of something of the page the question does not
 * name say what it is asked within; the whole message is answered first. So do such words as a heading before a colon
 * ("gevinstrealisering: når kommer saken i bystyret": the case on benefits realisation, not the one on co-ownership).
 */
export function leadSetsWithin(vocab: Vocabulary, message: string, focus: Focus, part: Analysis): boolean {
  const lead = message.slice(0, message.lastIndexOf(focus.text)).trim();
  const first = fold(lead.split(/\s+/)[0] ?? '');
  const heading = lead.endsWith(':');
  // (Not a sentence of its own: "I need to call the communications lead. Is it true that …?" opens with the pronoun.)
  if (lead === '' || /[.!?]$/u.test(lead) || !(heading || vocab.language.asker.prepositions.has(first)))
    return false;
  const before = analyse(vocab, lead);
  if (before.unknown.length > 0 || before.known.length === 0) return false;
  const named = rank(vocab, before.known, before.intents, before.stems).filter((c) => c.named);
  const own = new Set(part.known);
  return (
    named.length > 0 &&
    before.known.every((t) => named.some((c) => c.nameTerms.has(t))) &&
    named.every((c) => ![...c.nameTerms].some((t) => own.has(t)))
  );
}

/**
 * "Teamleder hjemmetjenesten Midtbyen. Hva er telefonnummeret til Tone Fagerholt?": a question that names someone of the
 * page by their whole name, and no place or organisation the page does not know, is about that person wherever the
 * asker is.
 */
export function namesPersonWholly(vocab: Vocabulary, part: Analysis): boolean {
  if (part.otherNames.length > 0) return false;
  const known = new Set(part.known);
  return vocab.kb.people.some((p) => {
    // (Initials are no words of it: "Elise B. Vesterhus".)
    const name = terms(p.name).filter((t) => t.length >= 2);
    return name.length >= 2 && name.every((t) => known.has(t));
  });
}

/**
 * "Jeg skriver en sak for lokalavisa. Hvem har ansvaret for …?", "My son studies at Nord University. Who leads …?": a
 * question in a sentence of its own that names what it asks about by a name of the page, and points neither back nor
 * to the asker, is about that, when the sentences around it ask nothing: a place or organisation the page does not
 * know named there says who asks or why (not what the asker's work is about), not what is asked. (So is a question that names someone of the page by their
 * whole name, see namesPersonWholly.)
 */
export function asksOwnSubject(
  vocab: Vocabulary,
  message: string,
  focus: Focus,
  part: Analysis,
  whole: Analysis,
): boolean {
  if (namesPersonWholly(vocab, part)) return true;
  if (focus.lead !== '' || focus.refersBack || part.otherNames.length > 0) return false;
  // (Not what the asker's work is about: "Jeg skriver en rapport om Helse Bergen. Hvem leder prosjektet?")
  // (Before a name of several words: "om Helse Bergen".)
  const about = vocab.language.questionShape.about;
  const written = whole.words();
  const before = (p: number) => {
    let k = p - 1;
    while (k > 0 && /^\p{Lu}/u.test(written[k] ?? '')) k--;
    return whole.tokens[k] ?? '';
  };
  if (whole.otherNames.some((p) => about.has(before(p)))) return false;
  // (Only what the asker says of themselves or someone of theirs: "Formannskapet i Bergen har bedt om …" may say whose
  // thing is asked.)
  const { self, own } = vocab.language.focus;
  const askers = (x: string) =>
    wordsOf(x).some((w) => own.has(w.folded) || (self.has(w.folded) && x.slice(w.start, w.end) !== 'i'));
  const rest = sentencesOf(message).filter((x) => x.trim() !== focus.text.trim());
  if (rest.some((x) => analyse(vocab, x).otherNames.length > 0 && !askers(x))) return false;
  // (Nor a place of the region after it: "Hvem er kommuneoverlege? Spørsmålet kommer fra Oppdal." asks of that place.
  // Before it, it says where the asker, or someone they speak of, is: "Kona mi er sjukepleiar i Volda. Kven …?")
  // (Nor one the sentence before is about: "Oppdal kommune vurderer å bli med. Hvor mange ansatte blir berørt?")
  const at = message.lastIndexOf(focus.text);
  const [lead, after] = [wordsOf(message.slice(0, at)), wordsOf(message.slice(at + focus.text.length))];
  const where = new Set(placesAt(vocab, lead));
  if (lead.some((_, k) => placeAt(vocab, lead, k) && !where.has(k))) return false;
  if (after.some((_, k) => placeAt(vocab, after, k))) return false;
  const asking = askingSentences(sentencesOf(message), vocab.language.focus);
  if (asking.length !== 1 || asking[0]!.trim() !== focus.text.trim()) return false;
  return !pointsToAsker(vocab, focus.text) && namesOwnTopic(vocab, focus.text);
}

/**
 * "Hvilke tjenester er med i Molde – tjenester for flyktninger?": a question before the one found in the message that
 * names a place other than the one whose things the found one's answer lists, says where that one is asked; the list
 * of Trondheim's services does not answer it.
 */
export function placeAskedBefore(vocab: Vocabulary, message: string, focus: Focus, topicId: string): boolean {
  if (focus.lead !== '') return false;
  const before = analyse(vocab, message.slice(0, message.lastIndexOf(focus.text)));
  // (A question of its own, opening with its question word; not a sentence that tells what someone asked.)
  return (
    vocab.language.focus.questionWords.has(before.tokens[0] ?? '') &&
    namesOtherPlace(vocab, topicId, before.known)
  );
}

/**
 * "Hvem leder det delprosjektet?", "Which of those subprojects …?": a question that points back by a word right before
 * what it names asks about one of that kind, named before it. Not "Hvilke delprosjekter er det delt inn i?", "What
 * subprojects does it have?": a word pointing back by itself is what the list is of (the project named before), unless
 * what it points back to is a sentence quoted before it.
 */
export function pointsToOneOfKind(vocab: Vocabulary, focus: Focus, part: Analysis, message: string): boolean {
  if (!focus.refersBack) return false;
  // («Så dette: «Arbeidet vil i stor grad skje i samarbeid med …». Hvilket delprosjekt gjelder det?»: a sentence quoted
  // before it is what it points back to, and that sentence is of one.)
  if (quotedTerms(message.slice(0, message.lastIndexOf(focus.text))).size > 0) return true;
  // («Hvem er delprosjektleder der?»: where the sentence before is, which names one.)
  const { backReferences: back, thereBack } = vocab.language.focus;
  const named = new Set(part.positions.values());
  return part.tokens.some((t, k) => thereBack.has(t) || (back.has(t) && named.has(k + 1)));
}
