import type { Answer } from './answer';
import { analyse } from './analysis';
import type { Question } from './decision';
import { answerWith, leadOf } from './items';
import { ledBy } from './lead-checked';
import { roleTerms, worksAtTerms } from './refusals';
import { unitNotGiven } from './unit-not-given';
import { leadDescribed } from './lead-described';
import { roleAnswer } from './person-checked';

/**
 * "Er det Line Kristoffersen som har ansvaret for å kartlegge arbeidsprosessene?", "Er det Personaltenesta som har
 * ansvaret for delprosjektet som skal ta seg av opplæringa?", "Is it Ola who heads the implementation project?": a
 * cleft that names who leads or is responsible for something is asked again as who does it («Hvem har ansvaret for
 * …?», `ask`), and when that answers with the lead of something, the answer says yes or no with that lead: yes when the
 * one named is that lead, or where the lead works; no when it is another person, or where others on the page work.
 */
export function answerDoerClaimed(q: Question, ask: (text: string) => Answer): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = q;
  const who = vocab.language.claims.whoDoes;
  const { tokens } = analysis;
  const shape = vocab.language.questionShape;
  if (who === undefined || !analysis.yesNo || !shape.yesNo.has(tokens[0] ?? '')) return undefined;
  if (!vocab.language.claims.cleft.has(tokens[1] ?? '')) return undefined;
  const relative = tokens.findIndex((t, k) => k > 2 && (shape.relative.has(t) || who.en === t));
  if (relative < 0) return undefined;
  const rest = analysis.words().slice(relative + 1);
  const asked = `${who[analysis.lang]} ${rest.join(' ')}?`;
  if (!analyse(vocab, asked).intents.has('lead')) return undefined;
  const answer = ask(asked);
  const led = answer.kind === 'answer' ? vocab.entries.get(answer.topicId ?? '') : undefined;
  const lead = led && vocab.people.get(leadOf(vocab, led) ?? '');
  if (!led || !lead || !answer.items.some((i) => i.type === 'person' && i.person.id === lead.id))
    return undefined;
  // Who the question names: a person of the page by name, or where someone on the page works ("Personaltenesta").
  const said = analysis.known.filter((_, j) => {
    const k = analysis.knownPositions[j]!;
    return k > 1 && k < relative && !shape.someone.has(tokens[k] ?? '');
  });
  if (said.length === 0) return undefined;
  const named = candidates.find(
    (c) =>
      c.entry.type === 'person' &&
      c.properTerms.size > 0 &&
      [...c.properTerms].every((t) => said.includes(t)),
  );
  const person = named && vocab.people.get(named.entry.id);
  if (person) {
    const yes = person.id === lead.id;
    // ("Er det Ola Skorstad fra IT-tjenesten som leder …?": what else is said of him must hold too.)
    const described = yes
      ? leadDescribed(
          vocab,
          person,
          said.filter((t) => !named.properTerms.has(t)),
        )
      : 'holds';
    if (described === 'notGiven') return fallback;
    if (described === 'contradicted' && person.role)
      return roleAnswer(fallback, analysis.lang, person, person.role, false);
    return answerWith(
      vocab,
      fallback,
      vocab.entries.get(lead.id)!,
      ledBy(vocab, led, yes, analysis.lang, yes ? undefined : person),
    );
  }
  // (Where the lead works, of a kind of place aside: "kommunens IT-teneste".)
  const place = said.filter((t) => !vocab.placeKindTerms.has(t));
  const people = [...vocab.people.values()];
  const worksAt = (t: string) => people.some((p) => worksAtTerms(p).has(t));
  if (place.length === 0 || !place.every(worksAt) || unitNotGiven(vocab, lead, place)) return undefined;
  const own = new Set([...worksAtTerms(lead), ...roleTerms(lead)]);
  const yes = place.every((t) => own.has(t));
  return answerWith(vocab, fallback, vocab.entries.get(lead.id)!, ledBy(vocab, led, yes, analysis.lang));
}
