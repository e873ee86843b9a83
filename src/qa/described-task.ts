import type { Decision } from './decision';
import type { Intent } from './language-data';
import { presentVerb } from './refusals';
import { verbAt } from './told';
import { nounOfVerb } from './word-forms';

/** A word in the texts of more entries than this says little of which one a question is about ("kommune"). */
const SPREAD_MAX = 6;
/** So many of the question's own words, besides the names of the topic, must stand in what the page says it does. */
const TASK_MIN = 2;

/**
 * "Hvem leder organet som skal passe på interessene til kommunene med opsjonsavtale?", "Kven leiar delprosjektet som
 * skal planleggje korleis alle medarbeidarane skal lærast opp?", "Hvem skal sørge for at medarbeiderne lærer seg
 * systemet – hvem leder det delprosjektet?": a subproject, body or unit asked for by what the page says it does,
 * rather than by its name. The question's telling words (two at least, besides the names of the topic and the
 * project) all stand in the topic's own text, and every word the bot does not know is a verb ("passe", "lærast",
 * "lærer"): those say how the task is put, not another thing. A noun the bot does not know is another thing ("Hvem
 * skal lage opplæringsvideoene?", "… opplæringen av sykepleierne"), and so the question stays as the other checks
 * take it.
 */
export function describedByTask(d: Decision): boolean {
  const { vocab, analysis, top } = d;
  const type = top.entry.type;
  if (type !== 'subproject' && type !== 'body' && type !== 'unit') return false;
  if (!(['who', 'lead', 'what'] as Intent[]).some((i) => analysis.intents.has(i))) return false;
  if (analysis.unknown.length === 0 || analysis.unknown.length > 2) return false;
  const particles = vocab.language.questionShape.particles;
  const verb = (p: number) =>
    verbAt(vocab, analysis, p) ||
    presentVerb(vocab, analysis.tokens[p] ?? '', analysis.lang) ||
    (particles.has(analysis.tokens[p + 1] ?? '') && analysis.lang !== 'en');
  if (!analysis.unknownPositions.every(verb)) return false;
  // (The words for the list the topic is in name a kind, not the task: "delprosjektet".)
  const names = new Set(
    [top.entry.id, ...top.entry.parents].flatMap((id) => [...(vocab.entryNames.get(id) ?? [])]),
  );
  const own = new Set((vocab.sentences.get(top.entry.id) ?? []).flatMap((s) => [...s.terms]));
  const telling = [...new Set(analysis.known)].filter(
    (t) => !names.has(t) && !vocab.projectTerms.has(t) && (vocab.termSpread.get(t) ?? 0) <= SPREAD_MAX,
  );
  if (!telling.every((t) => own.has(t))) return false;
  // "lærer seg": a verb for the thing the topic is named for (læring, opplæring) tells as much as a word of its text.
  const nameVerbs = analysis.unknownPositions.filter((p) => {
    const noun = nounOfVerb(vocab, analysis.tokens[p] ?? '', analysis.lang);
    return noun !== undefined && names.has(noun);
  });
  return telling.length + nameVerbs.length >= TASK_MIN;
}
