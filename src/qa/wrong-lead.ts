import type { Answer } from './answer';
import type { Decision } from './decision';
import { answerWith, leadOf } from './items';
import type { Candidate } from './ranking';

/**
 * "Leiar Ola Skorstad prosjektkontoret?", "Is Elise B. Vesterhus the one who leads the whole local project?",
 * "Er Arne Ingebrigtsen leder av samarbeidsrådet?": a yes/no question naming one person as the lead of something the
 * page names another lead for is answered with the actual lead, whose card says who leads it. When the person named
 * is the lead ("Leder Ola Skorstad prosjektet?"), the person's own card answers yes, as before.
 */
export function answerWrongLead(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = d;
  if (!analysis.intents.has('lead') || analysis.leadEnd < 0 || analysis.unknown.length > 0) return undefined;
  if (!analysis.yesNo && analysis.opening !== 'lead') return undefined;
  const people = candidates.filter((c) => c.entry.type === 'person' && c.properTerms.size > 0);
  // What is led is named after the word for leading: in "Is Tone Fagerholt the project manager?" the project is part
  // of her title, not a thing asked about.
  const { leadEnd, positions } = analysis;
  const after = (c: Candidate) => [...c.nameTerms].some((t) => (positions.get(t) ?? -1) >= leadEnd);
  const led = candidates.filter(
    (c) => c.named && c.strong && leadOf(vocab, c.entry) !== undefined && after(c),
  );
  if (people.length !== 1 || led.length !== 1) return undefined;
  const lead = leadOf(vocab, led[0]!.entry)!;
  if (lead === people[0]!.entry.id) return undefined;
  const card = vocab.entries.get(lead);
  return card && answerWith(vocab, fallback, card);
}
