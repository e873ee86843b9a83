import type { Answer } from './answer';
import type { Decision } from './decision';
import type { Intent } from './language-data';
import { answerWith } from './items';
import { pick } from './knowledge-base';
import { listName } from './lists';

/** Intents that ask for something else than whether there is such a subproject. */
const OTHER_ASKS: Intent[] = ['who', 'lead', 'phone', 'email', 'where', 'when', 'contact', 'count', 'list'];

/**
 * "Does the Trondheim project have a separate subproject for staff training?", "Finst det eit eige delprosjekt for
 * opplæring?": a yes/no question whether the project has a subproject of a kind, when one of the subprojects is that
 * one, is answered yes with that subproject. Every word must be of the subproject, of the word for one, or of the
 * project, and the question must ask whether there is one or the project has one: "Har delprosjektet Opplæring en
 * egen nettside?", "Is the training subproject important?" ask something else of it. (One the page does not have,
 * "et delprosjekt for kommunikasjon", is refused; see compose.ts.)
 */
export function answerSubprojectAsked(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, top, fallback } = d;
  if (!analysis.yesNo || top.entry.type !== 'subproject' || analysis.unknown.length > 0) return undefined;
  if (OTHER_ASKS.some((i) => analysis.intents.has(i)) || analysis.otherNames.length > 0) return undefined;
  // (Whether there is one, or the project has one: "Is the training subproject important?" asks something else.)
  const { existential, having } = vocab.language.questionShape;
  const { tokens } = analysis;
  if (!existential.has(tokens[1] ?? '') && !tokens.some((t) => having.has(t))) return undefined;
  const kind = candidates.find((c) => c.named && c.entry.type === 'subprojects');
  const subproject = vocab.subprojects.get(top.entry.id);
  if (!kind || !subproject) return undefined;
  const project = candidates.filter((c) => c.named && c.entry.type === 'unit' && c.strongTerms.size > 0);
  const own = (t: string) =>
    top.terms.has(t) || kind.nameTerms.has(t) || project.some((p) => p.nameTerms.has(t) || p.terms.has(t));
  if (!analysis.known.every(own)) return undefined;
  return answerWith(vocab, fallback, top.entry, {
    type: 'yes',
    item: pick(subproject.name, analysis.lang),
    subject: listName(vocab, kind.entry, analysis.lang),
    collection: 'subprojects',
  });
}

/**
 * "Hvilket team jobber med gevinstrealisering?", "Which team handles the integrations?": a team asked for (which one)
 * of what a subproject does is that subproject, as a group is; not the team of a list's item (see item-kinds.ts).
 */
export function teamOfSubproject({ vocab, analysis, top }: Decision): boolean {
  const at = analysis.askedNoun === undefined ? undefined : analysis.positions.get(analysis.askedNoun);
  if (at === undefined || top.entry.type !== 'subproject') return false;
  return vocab.language.questionShape.teams.has(analysis.tokens[at] ?? '');
}
