import type { Answer, Missing } from './answer';
import { questionText } from './question-text';
import { tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** The refusals whose subject quotes the question ("Jeg vet ikke hvem som leder …", "… hvem som er …"). */
const QUOTED = new Set<Missing['attribute']>(['lead', 'role']);

/**
 * "Jeg vet ikke hvem som leder <subject>": the subject a refusal names is made of the question's words, or of the
 * names of what it matched. The question is read with some words rewritten (synonyms, word forms: "teaching staff" as
 * "training staff", "nationally" as a Norwegian form); a subject with a word the rewriting put there, which the asker
 * never wrote, would put it in their mouth («I don't know who is training staff», «… KS nasjonally»): the refusal is
 * then the plain one.
 */
export function withSubjectsAsked(vocab: Vocabulary, question: string, answer: Answer): Answer {
  const subjects = [answer.missing, ...(answer.unanswered ?? []).map((u) => u.missing)];
  if (subjects.every((m) => m === undefined)) return answer;
  const written = new Set(tokenize(question));
  const rewritten = new Set(tokenize(questionText(vocab, question).text).filter((t) => !written.has(t)));
  // (Who leads or who is what the question names: the subject is the question's own words from the lead word or the
  // role on. Other subjects name what was matched: a list, a decision, a body.)
  // (A word of what was matched is its name, however the asker called it: "utvalget for digital samhandling" is
  // «Regionalt fagråd for digital samhandling».)
  const entry = answer.topicId === undefined ? undefined : vocab.entries.get(answer.topicId);
  const matched = new Set(
    tokenize(entry ? `${entry.names} ${entry.aliases} ${entry.keywords} ${entry.body}` : ''),
  );
  const said = (missing: Missing | undefined) =>
    missing === undefined ||
    !QUOTED.has(missing.attribute) ||
    !tokenize(missing.subject).some((t) => rewritten.has(t) && !matched.has(t));
  if (subjects.every(said)) return answer;
  const plain: Answer = { ...answer };
  if (!said(answer.missing)) delete plain.missing;
  if (answer.unanswered)
    plain.unanswered = answer.unanswered.map((u) => (said(u.missing) ? u : { question: u.question }));
  return plain;
}
