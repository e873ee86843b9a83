import type { Answer } from './answer';
import type { Decision } from './decision';
import { answerWith, leadOf } from './items';
import { ledBy } from './lead-checked';
import type { Candidate } from './ranking';
import { leadMissing, worksAtTerms } from './refusals';
import { roleAnswer } from './person-checked';
import { leadDescribed } from './lead-described';

/**
 * "Leiar Ola Skorstad prosjektkontoret?", "Is Elise B. Vesterhus the one who leads the whole local project?",
 * "Er Arne Ingebrigtsen leder av samarbeidsrådet?", "Leder Line Kristoffersen den tekniske delen av prosjektet?": a yes/no question naming one person as the lead of something the
 * page names another lead for is answered with the actual lead's card, under a line saying no: it is led by that
 * lead, not by the person named. When the person named is the lead ("Leder Ola Skorstad prosjektet?"), the person's
 * own card answers yes, as before.
 */
export function answerWrongLead(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = d;
  if (!analysis.intents.has('lead') || analysis.leadEnd < 0 || analysis.unknown.length > 0) return undefined;
  if (!analysis.yesNo && analysis.opening !== 'lead') return undefined;
  // "Er Arne Sverre Dahl leder av samarbeidsrådet?" names him, not every Arne.
  const named = candidates.filter((c) => c.entry.type === 'person' && c.properTerms.size > 0);
  const people = named.filter((c) => !named.some((o) => within(c, o, o.properTerms, c.properTerms)));
  // What is led is named after the word for leading: in "Is Tone Fagerholt the project manager?" the project is part
  // of her title, not a thing asked about.
  const { leadEnd, positions } = analysis;
  // ("Is the project office led by Tone Fagerholt?", "Er prosjektkontoret ledet av …?": in the passive, with «by» after
  // the word for leading, what is led is named before it and the person after it.)
  // (Not «leder av», a noun: "Er Arne Sverre Dahl leder av samarbeidsrådet?" names the person first.)
  const passive =
    analysis.opening !== 'lead' &&
    vocab.language.questionShape.agent.has(analysis.tokens[leadEnd] ?? '') &&
    people.length === 1 &&
    [...people[0]!.properTerms].every((t) => (positions.get(t) ?? -1) > leadEnd);
  const after = (c: Candidate) =>
    [...c.nameTerms].some((t) => (positions.get(t) ?? -1) >= leadEnd !== passive);
  const leadable = candidates.filter(
    (c) => c.named && c.strong && leadOf(vocab, c.entry) !== undefined && after(c),
  );
  // "Is Ola Skorstad the head of the project office?": the office is named by all the words that name the project.
  // "Leder Line Kristoffersen den tekniske delen av prosjektet?": what has a name of its own is what is asked of, not
  // what is called only by a common word ("prosjektet").
  const unnamed = (c: Candidate) => c.properTerms.size === 0 && leadable.some((o) => o.properTerms.size > 0);
  const led = leadable.filter(
    (c) => !leadable.some((o) => within(c, o, o.nameTerms, c.nameTerms)) && !unnamed(c),
  );
  if (people.length !== 1 || led.length !== 1) return undefined;
  // "Er det Elise B. Vesterhus som har ansvaret for kommunikasjonen i prosjektet?": what is led is the first thing named
  // after the word for leading; when that is a word of a person's role (kommunikasjonsansvarlig), not of what the page
  // says is led, the question asks of a role (see person-checked.ts), and the project after it is where.
  const personal = new Set(named.flatMap((c) => [...c.properTerms]));
  const naming = (t: string) => !personal.has(t) && candidates.some((c) => c.nameTerms.has(t));
  const first = analysis.known.find((t, k) => analysis.knownPositions[k]! >= leadEnd && naming(t));
  const role = (t: string) => candidates.some((c) => c.entry.type === 'person' && c.nameTerms.has(t));
  if (first !== undefined && !led[0]!.nameTerms.has(first) && role(first)) return undefined;
  // ("Is Tone Fagerholt the communications manager for the project?": so is a word of a person's role right before the
  // word for leading, which is then part of that title; the project after it is where.)
  const titled = analysis.known.find((t, k) => analysis.knownPositions[k] === leadEnd - 2);
  if (titled !== undefined && !led[0]!.nameTerms.has(titled) && !personal.has(titled) && role(titled))
    return undefined;
  const lead = leadOf(vocab, led[0]!.entry)!;
  // "Leder Line Kristoffersen prosjektet i Molde?": a place after the word for leading that neither what is led nor its
  // lead has anything to do with is where another one of it is led, which the page does not say (see what-is-led.ts).
  const ledThere = vocab.people.get(lead);
  // ("Arne Ingebrigtsen leads the cooperation council and is rådmann in Molde, isn't he?": not a place of another
  // claim, a clause joined after what is led; what it says of the lead is checked below.)
  const ledAt = Math.max(...[...led[0]!.nameTerms].map((t) => positions.get(t) ?? -1));
  const { copulas } = vocab.language.roleQuestion;
  const clause = (p: number) =>
    copulas.has(analysis.tokens[p + 1] ?? '') ||
    vocab.language.questionShape.yesNo.has(analysis.tokens[p + 1] ?? '');
  const joined = analysis.tokens.findIndex(
    (t, p) => p > ledAt && vocab.language.focus.joins.has(t) && clause(p),
  );
  const elsewhere = analysis.known.some(
    (t, k) =>
      analysis.knownPositions[k]! >= leadEnd !== passive &&
      (passive || joined < 0 || analysis.knownPositions[k]! < joined) &&
      vocab.employers.has(t) &&
      !led[0]!.terms.has(t) &&
      !(ledThere && worksAtTerms(ledThere).has(t)),
  );
  // (The refusal names what is led when the person's name does not stand between: "Leder Line Kristoffersen …" asks
  // of her first.)
  const nameAfter = [...people[0]!.properTerms].some((t) => (positions.get(t) ?? -1) >= leadEnd);
  if (elsewhere) return nameAfter ? fallback : { ...fallback, missing: leadMissing(vocab, analysis) };
  const person = people[0]!.entry.id;
  const card = vocab.entries.get(lead);
  const yes = lead === person;
  // ("Arne Ingebrigtsen er rådmann i Molde og leder samarbeidsrådet, ikke sant?": what else is said of the lead must
  // hold too; a part the page contradicts is a no with the lead's role, see lead-described.ts.)
  const asLead = yes ? vocab.people.get(person) : undefined;
  if (asLead?.role) {
    const said = analysis.known.filter((t) => !personal.has(t) && !led[0]!.nameTerms.has(t));
    const described = leadDescribed(vocab, asLead, said);
    if (described === 'notGiven') return fallback;
    if (described === 'contradicted') return roleAnswer(fallback, analysis.lang, asLead, asLead.role, false);
  }
  const direct = ledBy(vocab, led[0]!.entry, yes, analysis.lang, yes ? undefined : vocab.people.get(person));
  return card && answerWith(vocab, fallback, card, direct);
}

/** The other candidate is named by every word that names this one, and by more. */
function within(c: Candidate, o: Candidate, words: Set<string>, own: Set<string>): boolean {
  return o !== c && words.size > own.size && [...own].every((t) => words.has(t));
}
