import type { Answer, AnswerItem } from './answer';
import { analyse } from './analysis';
import { type Decision, type Question, countAsked } from './decision';
import type { Person } from './knowledge-base';
import { rank } from './ranking';
import { chooseTopic } from './topic';

/** The word for «as» stands this close after the word for «same» ("samme enhet som", "the same staff unit as"). */
const AS_REACH = 4;

/**
 * "Which two subproject leaders come from the same staff unit as the overall project leader?", "Hvem kommer fra samme
 * enhet som prosjektlederen?", "Kven kjem frå same eining som Line Kristoffersen?": the unit is the one of the person
 * named after «som»/«as» (by name, or by the role they hold), and the answer is the others the page places in it; of
 * them, the subproject leads when the question asks for those. Of someone the page names no unit for, it says so.
 */
export function answerSameUnit(d: Decision): Answer | undefined {
  return sameUnit(d, d.top.entry.id);
}

/** As answerSameUnit, when no topic was chosen for the whole question. */
export function answerSameUnitAlone(q: Question): Answer | undefined {
  return sameUnit(q, undefined);
}

function sameUnit(q: Question, topicId: string | undefined): Answer | undefined {
  const { vocab, analysis, question, fallback } = q;
  const shape = vocab.language.questionShape;
  const { tokens } = analysis;
  const same = tokens.findIndex((t) => shape.same.has(t));
  if (same < 0) return undefined;
  let as = same + 1;
  while (as < tokens.length && as <= same + AS_REACH && !shape.sameAs.has(tokens[as]!)) as++;
  // What is the same must be where they work: a word for a unit ("the same staff unit as", "samme avdeling som").
  if (!analysis.intents.has('unit')) return undefined;
  if (as >= tokens.length || as > same + AS_REACH) return sameUnitClaimed(q);
  const named = personNamed(
    q,
    analysis
      .words()
      .slice(as + 1)
      .join(' '),
  );
  if (!named) return undefined;
  if (!named.unit)
    return {
      ...fallback,
      topicId: named.id,
      items: [{ type: 'person', person: named }],
      missing: { attribute: 'unit', subject: named.name },
    };
  // "Which two subproject leaders …": the leads of the subprojects, when the words before «same» name them.
  const before = analyse(vocab, analysis.words().slice(0, same).join(' '));
  const leadsAsked = rank(vocab, before.known, before.intents, before.stems).some(
    (c) => c.entry.type === 'subprojects' && c.named,
  );
  const leads = new Set(vocab.kb.subprojects.map((s) => s.lead));
  const others = [...vocab.people.values()].filter(
    (p) => p.id !== named.id && p.unit === named.unit && (!leadsAsked || leads.has(p.id)),
  );
  // "Who is in the same unit as Anne Amdal Storsve?": the page names no one else from IT-tjenesten.
  if (others.length === 0)
    return {
      ...fallback,
      topicId: named.id,
      items: [{ type: 'person', person: named }],
      missing: { attribute: 'noneBesides', subject: `${named.name} (${named.unit})` },
    };
  const items: AnswerItem[] = others.map((person) => ({ type: 'person', person }));
  return {
    kind: 'answer',
    lang: analysis.lang,
    question,
    topicId: topicId ?? others[0]!.id,
    items,
    direct: countAsked(analysis) ? { type: 'count', count: others.length, subject: named.unit } : undefined,
  };
}

/** The person the words name: by name or title, or as the lead of what they name ("the overall project leader"). */
function personNamed(q: Question, words: string): Person | undefined {
  const { vocab } = q;
  const analysis = analyse(vocab, words);
  if (analysis.unknown.length > 0 || analysis.known.length === 0) return undefined;
  const candidates = rank(vocab, analysis.known, analysis.intents, analysis.stems);
  const top = chooseTopic({ vocab, question: words, analysis, candidates, fallback: q.fallback });
  if (!top) return undefined;
  if (top.entry.type === 'person') return vocab.people.get(top.entry.id);
  if (!analysis.intents.has('lead')) return undefined;
  const lead = vocab.units.get(top.entry.id)?.lead ?? vocab.subprojects.get(top.entry.id)?.lead;
  return lead === undefined ? undefined : vocab.people.get(lead);
}

/**
 * "Stemmer det at funksjonalitet og gevinstrealisering ledes av folk fra samme enhet?", "Are Line Kristoffersen and
 * Anne Amdal Storsve from the same unit?": whether the people the question names, or the leads of the subprojects and
 * units it names, work in one unit: yes or no with the unit of each, when the page gives one for every one of them.
 */
function sameUnitClaimed(q: Question): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = q;
  if (!analysis.yesNo) return undefined;
  const people = new Map<string, Person>();
  for (const c of candidates) {
    if (!c.named || c.nameTerms.size === 0) continue;
    const id =
      c.entry.type === 'person'
        ? c.entry.id
        : (vocab.subprojects.get(c.entry.id)?.lead ?? vocab.units.get(c.entry.id)?.lead);
    const person = id === undefined ? undefined : vocab.people.get(id);
    if (person) people.set(person.id, person);
  }
  const named = [...people.values()];
  if (named.length < 2 || named.some((p) => !p.unit)) return undefined;
  const yes = named.every((p) => p.unit === named[0]!.unit);
  return {
    kind: 'answer',
    lang: analysis.lang,
    question: fallback.question,
    topicId: named[0]!.id,
    items: named.map((person) => ({ type: 'person', person }) as AnswerItem),
    direct: { type: 'sameUnit', yes, people: named.map((p) => ({ name: p.name, unit: p.unit! })) },
  };
}
