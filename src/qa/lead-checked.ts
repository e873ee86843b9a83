import type { Answer, Direct } from './answer';
import type { Decision } from './decision';
import { COLLECTIONS, type Entry } from './entries';
import { type Lang, type Person, pick } from './knowledge-base';
import { answerWith, leadOf, ledThing } from './items';
import { roleTerms, worksAtTerms } from './refusals';
import type { Vocabulary } from './vocabulary';
import { unitNotGiven } from './unit-not-given';
import { terms } from './text';

/**
 * "Is the person chairing the cooperation council from Trondheim?", "Er leiaren av samarbeidsrådet rådmann i Molde?",
 * "Er lederen av Teknisk fra Rådmannens fagstab?", "Is the training subproject led by someone from the IT department?":
 * a yes/no question whose subject is the lead of something the page names a lead for, and which asks only where that
 * lead works or what their title is, is answered with that lead under a line saying yes or no: their role and where
 * they work say whether it is so ("Arne Ingebrigtsen, rådmann i Kristiansund kommune").
 */
export function answerLeadChecked(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback } = d;
  const { leadEnd, positions, unknown } = analysis;
  const opensWithLead = analysis.opening === 'lead' && leadEnd === 1;
  if (
    !(analysis.yesNo || opensWithLead) ||
    !analysis.intents.has('lead') ||
    leadEnd < 0 ||
    unknown.length > 0
  )
    return undefined;
  const people = [...vocab.people.values()];
  const worksAt = (t: string) => vocab.orgWords.has(t) || people.some((p) => worksAtTerms(p).has(t));
  const ofPeople = (t: string) => worksAt(t) || people.some((p) => roleTerms(p).has(t));
  const described = analysis.yesNo ? undefined : describedLead(d, ofPeople);
  const led = analysis.yesNo ? (ledAsked(d, worksAt) ?? describedLead(d, ofPeople)) : described;
  const lead = led && vocab.people.get(leadOf(vocab, led) ?? '');
  if (!led || !lead) return undefined;
  // (And the words that describe it, when it is the topic: "… leading the integrations-and-data-migration workstream".)
  const describing = led.id === d.top.entry.id ? [...d.top.strongTerms].filter((t) => !worksAt(t)) : [];
  const ledTerms = new Set([...(vocab.entryNames.get(led.id) ?? []), ...describing]);
  const someone = vocab.language.questionShape.someone;
  // What is asked of the lead: every other word after the word for leading is a workplace or a title of someone on
  // the page ("someone" in "led by someone from …" is the lead); or, when the lead is the subject and described so
  // ("Er det noen fra Personaltjenesten som leder opplæringa?"), every word but what is led.
  const subject = analysis.known.some((t) => (positions.get(t) ?? -1) < leadEnd) || !analysis.yesNo;
  const told = analysis.known.filter((t) => {
    const at = positions.get(t) ?? -1;
    // ("Kommer lederen av opplæringsdelprosjektet fra IT-tjenesten?", "Er opplæringsdelprosjektet leia av …?": the
    // kind of what is led names nothing more.)
    if (kindNamed(d, t)) return false;
    return (subject || at >= leadEnd) && !ledTerms.has(t) && !someone.has(analysis.tokens[at] ?? '');
  });
  // ("… from the municipality's IT service?": a word for a kind of place beside a workplace only says whose it is.)
  const kinds = new Set([...vocab.language.questionShape.placeNouns].flatMap((w) => terms(w)));
  const placed = told.filter((t) => !kinds.has(t));
  const said = placed.length > 0 ? placed : told;
  if (said.length === 0 || !said.every(ofPeople)) return undefined;
  const own = new Set([...worksAtTerms(lead), ...roleTerms(lead)]);
  if (unitNotGiven(vocab, lead, said)) return fallback;
  const direct = ledBy(
    vocab,
    led,
    said.every((t) => own.has(t)),
    analysis.lang,
  );
  return answerWith(vocab, fallback, vocab.entries.get(lead.id)!, direct);
}

/**
 * What the question asks the lead of: named first after the word for leading when the lead is the subject and no
 * word the bot knows stands before that word ("Er Arne Sverre Dahl leder av rådet?" is about him); named before it
 * when «av»/«by» follows it ("Is the training subproject led by …?") or it stands right before it ("Is the training
 * leader from …?").
 */
function ledAsked(d: Decision, worksAt: (t: string) => boolean): Entry | undefined {
  const { vocab, analysis, candidates } = d;
  const { leadEnd, positions, known, tokens } = analysis;
  const at = (t: string) => positions.get(t) ?? -1;
  const before = known.filter((t) => at(t) < leadEnd);
  // ("Kommer delprosjektlederen for Teknisk fra IT-tjenesten?": a kind in the word for leading, «delprosjekt», says what
  // kind of thing is led; which one, the words after it name.)
  if (before.length > 0 && !before.every((t) => kindNamed(d, t))) {
    // ("Is the training leader from the IT department?": what is led named right before the word for leading, as the
    // lead's title.)
    // (Of a subproject or a body: "the project lead" is the title of the project's lead, whose role says it.)
    // ("Does the training subproject have a lead from …?", "Har Teknisk ein leiar frå …?": so is it when it has the lead,
    // «have» and an article between, or «har» first.)
    const { possess } = vocab.language.questionShape;
    const { articles } = vocab.language.roleQuestion;
    const last = Math.max(...before.map(at));
    const between = tokens.slice(last + 1, leadEnd - 1);
    const titled =
      last === leadEnd - 2 ||
      (between.length > 0 &&
        (possess.has(between[0]!) || possess.has(tokens[0]!)) &&
        between.every((t) => articles.has(t) || possess.has(t)));
    const agent = vocab.language.questionShape.agent.has(tokens[leadEnd] ?? '');
    if (!titled && !agent) return undefined;
    const led = candidates.find(
      (c) =>
        c.named &&
        leadOf(vocab, c.entry) !== undefined &&
        before.some((t) => c.nameTerms.has(t)) &&
        (agent || c.entry.type === 'subproject' || c.entry.type === 'body'),
    );
    // Nothing else is named before it than a kind ("the training subproject"): not "the new city hall project".
    return led && before.every((t) => led.nameTerms.has(t) || kindNamed(d, t)) ? led.entry : undefined;
  }
  // ("Er leiaren for delprosjektet Teknisk …?": what is led by its own name, not by its kind.)
  // (Nor by where its lead works: "Er lederen av delprosjektet fra IT-tjenesten?" names none.)
  const led = known.filter((t) => at(t) >= leadEnd && !kindNamed(d, t) && !worksAt(t));
  const first = [...led].sort((a, b) => at(a) - at(b))[0];
  const named = candidates.find((c) => first !== undefined && c.nameTerms.has(first))?.entry;
  // ("Is the person leading the integrations-and-data-migration workstream …?": what is led described by the words the
  // topic is known by, its keywords.)
  const { top } = d;
  const described = led.length > 0 && led.every((t) => top.strongTerms.has(t)) && leadOf(vocab, top.entry);
  return named ?? (described ? top.entry : undefined);
}

/**
 * The line before the lead's card that answers a yes/no question about who leads the entry: yes or no, the entry, its
 * lead and, when the question named someone else as the lead, that person and their role ("Nei. Prosjektkontoret ledes
 * av Elise B. Vesterhus, ikke av Ola Skorstad (Prosjektleder for …).").
 */
export function ledBy(
  vocab: Vocabulary,
  led: Entry,
  yes: boolean,
  lang: Lang,
  named?: Person,
): Direct | undefined {
  const thing = ledThing(vocab, led);
  const lead = vocab.people.get(thing?.lead ?? '');
  if (!thing || !lead) return undefined;
  const subject = pick(thing.name, lang);
  const direct: Direct = {
    type: 'ledBy',
    yes,
    subject,
    subproject: led.type === 'subproject',
    lead: lead.name,
  };
  // ("… ikke av Line Kristoffersen (Delprosjektleder for Funksjonalitet)": what the person named does lead.)
  return named === undefined
    ? direct
    : { ...direct, named: named.name, ...(named.role && { namedRole: pick(named.role, lang) }) };
}

/** The word names a kind of thing ("delprosjektet", "the subproject"), not one of them. */
function kindNamed(d: Decision, t: string): boolean {
  return d.candidates.some((c) => c.named && COLLECTIONS.has(c.entry.type) && c.nameTerms.has(t));
}

/**
 * "Stemmer det at rådmannen i Kristiansund leder samarbeidsrådet?", "Er det noen fra Personaltjenesten som leder
 * delprosjektet for opplæring?", "Leder rådmannen i Molde samarbeidsrådet?": the lead is the subject, described by a
 * title or a workplace of someone on the page, and what is led is named after the word for leading by its own name
 * (a kind aside: "delprosjektet for opplæring") and by nothing else.
 */
function describedLead(d: Decision, ofPeople: (t: string) => boolean): Entry | undefined {
  const { vocab, analysis, candidates } = d;
  const { leadEnd, positions, known } = analysis;
  const at = (t: string) => positions.get(t) ?? -1;
  const kind = (t: string) => kindNamed(d, t);
  const led = candidates.find(
    (c) =>
      c.named &&
      leadOf(vocab, c.entry) !== undefined &&
      known.some((t) => at(t) >= leadEnd && c.nameTerms.has(t) && !kind(t)),
  );
  if (!led) return undefined;
  // The rest describe the lead: words of someone's title or workplace, none of them naming a person.
  const someone = vocab.language.questionShape.someone;
  const rest = known.filter(
    (t) =>
      !led.nameTerms.has(t) && !(at(t) >= leadEnd && kind(t)) && !someone.has(analysis.tokens[at(t)] ?? ''),
  );
  const person = (t: string) => candidates.some((c) => c.entry.type === 'person' && c.properTerms.has(t));
  // (What is led stands after the lead's description: "Leder rådmannen i Molde samarbeidsrådet?")
  const ledAt = Math.min(...[...led.nameTerms].map((t) => (at(t) < 0 ? Infinity : at(t))));
  if (rest.length === 0 || !rest.every((t) => ofPeople(t) && !person(t) && at(t) < ledAt)) return undefined;
  return led.entry;
}
