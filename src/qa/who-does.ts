import type { Answer } from './answer';
import type { Decision } from './decision';
import { LEADABLE } from './entries';
import { answerWith } from './items';
import { terms } from './text';
import { nounOfParticleVerb } from './word-forms';

/**
 * "Hvem driver et lignende planarbeid?", "Who has started similar work?": asked who does something that a topic with
 * no lead of its own tells of, in a sentence that opens with an organisation the question does not name ("Helse
 * Midt-Norge RHF har satt i gang et tilsvarende arbeid"), the topic answers it: that sentence says who. Every word the
 * question knows, besides the topic's own names, the project's and organisations', must stand in that sentence.
 */
export function answerWhoDoes(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  if (!analysis.intents.has('who') && !analysis.intents.has('lead')) return undefined;
  if (analysis.unknown.length > 0) return undefined;
  if (top.entry.type === 'subproject') return subprojectDoes(d);
  if (LEADABLE.has(top.entry.type)) return undefined;
  const naming = vocab.entryNames.get(top.entry.id) ?? new Set<string>();
  // (The word asked for is the who: "Kva organisasjon driv …".)
  const said = [...new Set(analysis.known)].filter(
    (t) => !naming.has(t) && !vocab.projectTerms.has(t) && !vocab.orgWords.has(t) && t !== analysis.askedNoun,
  );
  if (said.length === 0) return undefined;
  const asked = new Set(analysis.known);
  const telling = vocab.sentences.get(top.entry.id)?.filter((s) => said.every((t) => s.terms.has(t))) ?? [];
  const tells = telling.some((s) => {
    const first = terms(s.text)[0] ?? '';
    return vocab.orgWords.has(first) && !asked.has(first);
  });
  if (tells) return answerWith(vocab, fallback, top.entry);
  // "Kven tek vare på interessene til opsjonskommunane?": a sentence that opens with the name of a body, unit or
  // person the page has ("Samarbeidsråd for opsjonskommuner ivaretar kommunenes interesser") says who: that one.
  const doers = new Set(telling.flatMap((s) => doersNamed(d, terms(s.text)[0] ?? '')));
  const doer = doers.size === 1 ? vocab.entries.get([...doers][0]!) : undefined;
  // (Who does it, not who leads: "Hvem er leder for legevakten?" asks a lead the page does not give.)
  const does = analysis.opening === 'who' && !analysis.intents.has('lead') && !analysis.yesNo;
  return doer && does ? answerWith(vocab, fallback, doer) : undefined;
}

/** The entries that can do something (people, units, bodies) the word names, which the question does not name. */
function doersNamed({ vocab, analysis }: Decision, word: string): string[] {
  if (
    word === '' ||
    vocab.stopwords.has(word) ||
    analysis.known.includes(word) ||
    vocab.strongEntries(word) > 2
  )
    return [];
  return [...vocab.entries.values()]
    .filter((e) => e.type !== 'subproject' && LEADABLE.has(e.type) && vocab.entryNames.get(e.id)?.has(word))
    .map((e) => e.id);
}

/**
 * "Hvem skal utvikle en strategi for gevinstrealisering med tiltaksplan?", "Who will plan how the training is done?":
 * asked who does what a subproject's text says is to be done (not who leads it), the subproject answers with its lead
 * and that text, which also says where it is done ("i Trondheim kommune og i Helse Midt-Norge RHF"). Every word the
 * question knows, besides the subproject's own names and the project's, must stand in one sentence of that text.
 */
function subprojectDoes(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  // (Not whom to contact: "Who is the contact person at Helse Midt-Norge RHF for the strategy?")
  const contact = (['contact', 'email', 'phone'] as const).some((i) => analysis.intents.has(i));
  if (analysis.intents.has('lead') || analysis.yesNo || contact) return undefined;
  const naming = vocab.entryNames.get(top.entry.id) ?? new Set<string>();
  const said = [...new Set(analysis.known)].filter((t) => !naming.has(t) && !vocab.projectTerms.has(t));
  if (said.length < 2) return undefined;
  // ("Hvem skal strategien for gevinstrealisering lages for?" of «… behov for å utvikle en strategi …»: a word the
  // page has in another form of the same doing, as in a claim, is that word.)
  const alike = vocab.language.claims.alike;
  const has = (terms: Set<string>, t: string) =>
    terms.has(t) || alike.some((g) => g.has(t) && [...g].some((w) => terms.has(w)));
  const tells = vocab.sentences.get(top.entry.id)?.some((s) => said.every((t) => has(s.terms, t)));
  return tells ? answerWith(vocab, fallback, top.entry) : undefined;
}

/**
 * "Hvem skal drifte brukerstøtten etter innføringen?", "Who will integrate the GP systems?", "Hvem skal lage
 * opplæringsvideoene?": asked who does something (not who leads), of a subproject or unit whose entry has not every
 * word of the task, the page assigns it to no one; the lead of the part is not the answer. The question's words
 * besides the topic's names, the project's, organisations' and question words ("contcat") must all be the topic's.
 * The topic named only as the first part of a compound whose last part the page does not have (opplærings-videoene)
 * is not what is done: the videos are made, not the training; nor what is led.
 */
export function refuseTaskOfNoOne(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  if (analysis.opening !== 'who' || analysis.yesNo) return undefined;
  if (analysis.roleQuestionWho || analysis.unknown.length > 0) return undefined;
  if (top.entry.type !== 'subproject' && top.entry.type !== 'unit') return undefined;
  const contact = (['contact', 'email', 'phone', 'where', 'when'] as const).some((i) =>
    analysis.intents.has(i),
  );
  if (contact) return undefined;
  const naming = new Set(
    [top.entry.id, ...top.entry.parents].flatMap((id) => [...(vocab.entryNames.get(id) ?? [])]),
  );
  const named = analysis.known.filter((t) => naming.has(t));
  const inCompound = (t: string) => analysis.headOnly.includes(analysis.positions.get(t) ?? -1);
  // (So for who is responsible: "Hvem har ansvar for opplæringsvideoene?")
  if (named.length > 0 && named.every(inCompound)) return fallback;
  if (analysis.intents.has('lead')) return undefined;
  // "Hvem skal lære opp de ansatte?": what is done is the topic itself (lære opp: opplæring); the rest says to whom.
  const { tokens, positions, lang } = analysis;
  // (A verb with its particle is known at the particle.)
  const byVerb = (t: string) => nounOfParticleVerb(vocab, tokens, (positions.get(t) ?? 0) - 1, lang) === t;
  if (named.some(byVerb)) return undefined;
  const said = [...new Set(analysis.known)].filter(
    (t) =>
      !naming.has(t) &&
      !vocab.projectTerms.has(t) &&
      !vocab.orgWords.has(t) &&
      vocab.intentOf(t) === undefined,
  );
  return said.every((t) => top.terms.has(t)) ? undefined : fallback;
}
