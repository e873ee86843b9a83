import type { Answer } from './answer';
import type { Decision } from './decision';
import { answerWith, leadOf } from './items';
import { roleTerms, worksAtTerms } from './refusals';

/**
 * "Is the person chairing the cooperation council from Trondheim?", "Er leiaren av samarbeidsrådet rådmann i Molde?",
 * "Er lederen av Teknisk fra Rådmannens fagstab?": a yes/no question whose subject is the lead of something the page
 * names a lead for, and which asks only where that lead works or what their title is, is answered with that lead:
 * their role and where they work say whether it is so ("Arne Ingebrigtsen, rådmann i Kristiansund kommune").
 */
export function answerLeadChecked(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = d;
  const { leadEnd, positions, known, unknown } = analysis;
  if (!analysis.yesNo || !analysis.intents.has('lead') || leadEnd < 0 || unknown.length > 0) return undefined;
  const at = (t: string) => positions.get(t) ?? -1;
  // The lead is the subject: no word the bot knows stands before the word for leading ("Er Arne Sverre Dahl leder
  // av rådet?" is about him).
  if (known.some((t) => at(t) < leadEnd)) return undefined;
  // What is led is named first after that word.
  const first = known.filter((t) => at(t) >= leadEnd).sort((a, b) => at(a) - at(b))[0];
  const led = candidates.find((c) => first !== undefined && c.nameTerms.has(first))?.entry;
  const lead = led && leadOf(vocab, led);
  if (!led || !lead) return undefined;
  const ledTerms = vocab.entryNames.get(led.id) ?? new Set<string>();
  // What is asked of the lead: every other word is a workplace or a title of someone on the page.
  const said = known.filter((t) => at(t) > at(first!) && !ledTerms.has(t));
  const people = [...vocab.people.values()];
  const ofPeople = (t: string) =>
    vocab.orgWords.has(t) || people.some((p) => worksAtTerms(p).has(t) || roleTerms(p).has(t));
  if (said.length === 0 || !said.every(ofPeople)) return undefined;
  return answerWith(vocab, fallback, vocab.entries.get(lead)!);
}
