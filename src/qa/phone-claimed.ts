import type { Answer } from './answer';
import { analyse } from './analysis';
import type { Question } from './decision';
import { PHONE } from './contact-owner';
import { answerWith } from './items';
import { figureOf, pageLines } from './page-lines';

/**
 * "Is 481 61 844 the number for the head of the project office?", "Kan lederen av prosjektkontoret nås på telefon
 * 952 63 576?": a yes/no question that gives one phone number as someone's, whoever it names them by (their role, a
 * unit they lead, their name), is asked again without the number (`ask`). When that answers with one person whose
 * phone number the page gives, the answer is yes when the number is theirs and no when it is not, with the page's line
 * that gives theirs. Of someone the page gives no number for, a number it gives as another person's is answered no with
 * that person's line. Otherwise the question goes on as before: a number the page does not give is not said to be
 * anyone's.
 */
export function answerPhoneClaimed(q: Question, ask: (text: string) => Answer): Answer | undefined {
  const { vocab, question, analysis, fallback } = q;
  if (!analysis.yesNo && !vocab.language.questionShape.may.has(analysis.tokens[0] ?? '')) return undefined;
  const phones = [...question.matchAll(PHONE)].map((m) => figureOf(m[0]).slice(-8));
  if (phones.length !== 1) return undefined;
  // ("Did Elise call 481 61 844?" says nothing of whose number it is.)
  const rest = question.replace(PHONE, ' ');
  const intents = analyse(vocab, rest).intents;
  if (!intents.has('phone') && !intents.has('contact')) return undefined;
  const answer = ask(rest);
  // ("Er 95263567 nummeret til Skorstad?": of someone the page gives no number for, a number it gives as another
  // person's is theirs, not his: no, with the line that gives it.)
  if (answer.missing?.attribute === 'phone' && vocab.people.has(answer.topicId ?? '')) {
    const owner = pageLines(vocab).find((l) => l.numbers.has(phones[0]!) && vocab.people.has(l.id));
    if (!owner || owner.id === answer.topicId) return undefined;
    const entry = vocab.entries.get(owner.id)!;
    return answerWith(vocab, fallback, entry, { type: 'claimChecked', yes: false, sentence: owner.text });
  }
  // ("Is the project office lead Elise Vesterhus reachable on …?": without the number, a yes that she can be reached
  // says nothing of which number.)
  const reached = answer.direct?.type === 'claimChecked' && answer.direct.yes;
  if (answer.kind !== 'answer' || (answer.direct !== undefined && !reached)) return undefined;
  // (Or the one person the answer shows: "the head of the project office" is answered with the office's head. Of a
  // unit with no number of its own, a number that is not its lead's either is no: "Is the project office phone number
  // 481 61 844?"; its lead's is still not the unit's own.)
  const shown = answer.items.flatMap((i) => (i.type === 'person' ? [i.person] : []));
  const lead = vocab.units.get(answer.topicId ?? '')?.lead;
  const ofLead = shown.length !== 1 && lead !== undefined;
  const person = vocab.people.get(answer.topicId ?? '') ?? (ofLead ? vocab.people.get(lead) : shown[0]);
  const entry = vocab.entries.get(person?.id ?? '');
  if (person?.phone === undefined || !entry) return undefined;
  const theirs = figureOf(person.phone);
  const line = pageLines(vocab).find((l) => l.id === person.id && l.numbers.has(theirs));
  if (!line || (ofLead && phones[0] === theirs)) return undefined;
  return answerWith(vocab, fallback, entry, {
    type: 'claimChecked',
    yes: phones[0] === theirs,
    sentence: line.text,
  });
}
