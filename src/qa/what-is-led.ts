import type { Answer } from './answer';
import type { Decision } from './decision';
import { COLLECTIONS } from './entries';
import { itemsFor, leadOf } from './items';
import { otherOfKindAt } from './other-project';
import { leadMissing, onlyWorksAt, roleTerms, worksAtTerms } from './refusals';
import { stem, terms } from './text';
import { perVocabulary } from './per-vocabulary';
import type { Vocabulary } from './vocabulary';
import type { Person } from './knowledge-base';
import { verbInIng } from './question-text';

/**
 * Words of the organisations that only make decisions on the page ("Helse Midt-Norge RHF"), no one it names works for:
 * "Who leads Helse Midt-Norge RHF's own implementation project?" asks about one the page has no lead of.
 */
const mentionedOnly = perVocabulary((vocab: Vocabulary) => {
  const held = (p: Person) => [p.organisation, p.unit, p.role?.nb, p.role?.en].join(' ');
  const worksFor = new Set(vocab.kb.people.flatMap((p) => terms(held(p))));
  return new Set(
    vocab.kb.decisions
      .flatMap((d) => terms([d.decidedBy.nb, d.decidedBy.en].join(' ')))
      .filter((t) => !worksFor.has(t) && !vocab.projectTerms.has(t)),
  );
});

/** What follows the lead word must be what the topic is, by one of its own names. */
export function checkWhatIsLed(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback, top } = d;
  // What follows "leder"/"head of" is what is led: the answer must be that thing, by one of its own names. "Hvem
  // er leder av Helse Midt-Norge RHF?" names an organisation the page only mentions; no entry is it.
  if (analysis.intents.has('lead') && analysis.leadEnd >= 0) {
    const infinitive = vocab.language.questionShape.infinitive;
    const infinitiveBefore = (t: string) => {
      const at = analysis.positions.get(t) ?? -1;
      return at > 0 && infinitive.has((analysis.words()[at - 1] ?? '').toLowerCase());
    };
    // A word for a kind of thing ("et delprosjekt") is no name: any of that kind will do.
    const kind = (t: string) =>
      candidates.some((c) => COLLECTIONS.has(c.entry.type) && c.terms.has(t) && c.named);
    // "Kven er delprosjektleiar i innføringsprosjektet?", "Hvilke delprosjektledere har innføringsprosjektet?": asked for
    // the leads of a kind of part ("delprosjekt"), a word for the project as a whole says where the parts are, not what
    // is led. ("Who in Molde leads the project?" asks who leads the project itself.)
    const partLed = analysis.known.some(kind);
    // ("Who leads the Trondheim workstream that maps …": so does a word for where the part's own lead works.)
    const lead = vocab.people.get(leadOf(vocab, top.entry) ?? '');
    const ledWhere = (t: string) => !!lead && top.entry.type !== 'unit' && worksAtTerms(lead).has(t);
    const where = (t: string) =>
      partLed &&
      ((top.entry.type !== 'unit' && !vocab.orgWords.has(t) && vocab.unitTerms.has(t)) || ledWhere(t));
    // "Can the communications lead be reached by phone?": a verb after the lead word ends what is led.
    const verb = (t: string) =>
      vocab.language.questionShape.yesNo.has(t) || vocab.language.roleQuestion.copulas.has(t);
    // "Who leads the subproject that maps work processes …": after a word for a kind of thing, a relative pronoun ends
    // what is led too; what follows says which one of the kind, which the topic was chosen by.
    const relative = vocab.language.questionShape.relative;
    const kindBefore = (k: number) =>
      analysis.known.some((t) => kind(t) && (analysis.positions.get(t) ?? k) < k);
    // ("planning how all employees will be trained": a verb in a clause opened by «how» is part of what is done.)
    const how = analysis.tokens.findIndex(
      (t, k) => k > analysis.leadEnd && vocab.language.questionShape.howTo.has(t),
    );
    let end = analysis.tokens.findIndex(
      (t, k) =>
        k >= analysis.leadEnd && (how < 0 || k < how) && (verb(t) || (relative.has(t) && kindBefore(k))),
    );
    if (end < 0) end = analysis.tokens.length;
    // ("Hva har det tekniske delprosjektet ansvar for å kartlegge?": a verb last, after «å», is what is done, and
    // nothing is led after it.)
    const lastVerb = (t: string) =>
      infinitiveBefore(t) && !analysis.knownPositions.some((p) => p > analysis.positions.get(t)!);
    // "Hva har Øyvind Tanum ansvar for i prosjektet?", "What is he responsible for in the project?": asked what a
    // person named before the lead word leads, the preposition after it stands alone; what follows «i»/«in» says where
    // the role is held, when it is the project or where the person works.
    const person = top.entry.type === 'person' ? vocab.people.get(top.entry.id) : undefined;
    const within = vocab.language.questionShape.within;
    const stranded =
      !!person &&
      analysis.intents.has('what') &&
      !analysis.intents.has('who') &&
      vocab.stopwords.has(analysis.tokens[analysis.leadEnd] ?? '') &&
      within.has(analysis.tokens[analysis.leadEnd + 1] ?? '') &&
      [...top.nameTerms].every((t) => (analysis.positions.get(t) ?? Infinity) < analysis.leadEnd);
    const heldAt = (t: string) =>
      stranded && (vocab.projectTerms.has(t) || worksAtTerms(person!).has(t)) && !vocab.employers.has(t);
    // "Which municipality is the council's chair the rådmann of?": with what is led named before the lead word, a word
    // of its lead's own role after it says what that lead is, not what is led.
    const ledBefore = [...top.nameTerms].some(
      (t) => (analysis.positions.get(t) ?? Infinity) < analysis.leadEnd,
    );
    const ofLead = (t: string) => !!lead && ledBefore && !top.strongTerms.has(t) && roleTerms(lead).has(t);
    const led = analysis.known.filter((t) => {
      const at = analysis.positions.get(t) ?? -1;
      return (
        at >= analysis.leadEnd &&
        at < end &&
        !kind(t) &&
        !where(t) &&
        !lastVerb(t) &&
        !heldAt(t) &&
        !ofLead(t)
      );
    });
    // "the communications lead for the project": a lead word after a word of the entry's own role is part of that
    // role, and what follows says where the role is held, which the entry need only mention.
    // ("Which Kristiansund person chairs …": question words and filler may stand between.)
    let back = analysis.leadEnd - 2;
    const between = (k: number) =>
      analysis.intentPositions.includes(k) || vocab.stopwords.has(stem(analysis.tokens[k] ?? ''));
    while (back > 0 && !analysis.knownPositions.includes(back) && between(back)) back--;
    const before = analysis.known[analysis.knownPositions.indexOf(back)];
    // "Hvem er lederne av delprosjektene i Trondheim kommune?": after a word for a kind of thing, what follows
    // says where they are, which the list need only mention.
    // "Hvem er lederne av delprosjektene i Trondheim kommune?", "the subproject leaders in Trondheim kommune": with
    // the word for the subprojects, words for where all their leads work say where, not what is led.
    const leads = vocab.kb.subprojects.map((sp) => vocab.people.get(sp.lead)!);
    const whereTheyWork =
      top.entry.type === 'subprojects' &&
      led.length > 0 &&
      analysis.known.some((t) => (analysis.positions.get(t) ?? -1) >= analysis.leadEnd - 2 && kind(t)) &&
      leads.every((p) => onlyWorksAt(vocab, p, led) && led.every((t) => worksAtTerms(p).has(t)));
    // "Who is the SSIKT project manager on the council?": a word of the person's own role (not of where it is held)
    // before the lead word makes it her title too.
    const ownRole = (t: string) => !!person && roleTerms(person).has(t) && !vocab.employers.has(t);
    const roleHeld = before !== undefined && (top.strongTerms.has(before) || ownRole(before));
    const heldBy = roleHeld ? top.terms : top.strongTerms;
    if (led.length > 0 && !whereTheyWork && !led.some((t) => heldBy.has(t)))
      return { ...fallback, missing: leadMissing(vocab, analysis) };
    // "Who is the head of nursing in Trondheim kommune?": the first word after the lead word is what is led; a
    // word the knowledge base has only in running text is nothing it has a lead of, whatever place follows.
    // "Hvem har ansvaret for å planlegge opplæringen?": a verb after «å» says what is done with what is led, the word
    // after it.
    // "Who is responsible for planning how all employees will be trained?": so does an English verb in -ing that is
    // none of the topic's own words; what is led is the first word after it that is ("trained": Training).
    const gerund = (t: string) => !heldBy.has(t) && verbInIng(vocab, analysis, t);
    const doneFirst = led.length > 1 && (infinitiveBefore(led[0]!) || gerund(led[0]!));
    const first = doneFirst ? (led.slice(1).find((t) => heldBy.has(t)) ?? led[1]) : led[0];
    if (first !== undefined && !heldBy.has(first) && vocab.strongEntries(first) === 0)
      return { ...fallback, missing: leadMissing(vocab, analysis) };
    // "Kven leiar innføringsprosjektet i Molde kommune?": a place where people work, after what is led, that neither
    // the answer nor those it names have anything to do with, is where another one of it is led.
    const named = [
      ...itemsFor(vocab, top.entry, analysis.intents).items.flatMap((i) =>
        i.type === 'person' ? [i.person] : [],
      ),
      ...(lead ? [lead] : []),
    ];
    // ("Who leads Helse Midt-Norge RHF's side of the benefits realisation work?": an organisation no one on the page
    // works for is not where those the answer names lead anything, however much the topic says of it.)
    const otherPlace =
      !whereTheyWork &&
      led.some(
        (t) =>
          (vocab.employers.has(t) || mentionedOnly(vocab).has(t)) &&
          (!top.terms.has(t) || (mentionedOnly(vocab).has(t) && named.length > 0)) &&
          !named.some((p) => worksAtTerms(p).has(t)),
      );
    // "Hvem leder det sentrale innføringsprosjektet?", "the national project": another one of that kind. (Only up to
    // the topic's own name: "the technical workstream (interfaces, data migration)" says after it what it does.)
    const held = led.filter((t) => heldBy.has(t));
    const nameAt = held.findIndex((t) => top.nameTerms.has(t));
    const otherKind =
      otherOfKindAt(vocab, analysis, nameAt < 0 ? held : held.slice(0, nameAt + 1)) !== undefined;
    if (otherPlace || otherKind) return { ...fallback, missing: leadMissing(vocab, analysis) };
    // A person answers only for what their own role says they lead, not for where they work ("Hvem leder
    // IT-tjenesten?" is not answered by someone from it; "head of KS" not by someone from KS).
    // ("ansvaret i Verdal kommune" says where a role is held, not what is led.)
    const ledAt = Math.min(...led.map((t) => analysis.positions.get(t) ?? Infinity));
    const heldWithin = vocab.language.questionShape.within.has(analysis.tokens[ledAt - 1] ?? '');
    if (person && !roleHeld && !heldWithin && led.length > 0 && onlyWorksAt(vocab, person, led, true))
      return { ...fallback, missing: leadMissing(vocab, analysis) };
  }
  return undefined;
}
