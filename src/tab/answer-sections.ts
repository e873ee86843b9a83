import { directText, missingKey } from '../cards/answer-card';
import { t } from '../cards/strings';
import type { Answer, AnswerItem } from '../qa/answer';
import { pick, type Lang } from '../qa/knowledge-base';
import { toTabDecision, toTabPerson } from './knowledge-overview';
import type { TabAnswerSection, TabFact } from './tab-api-types';

/** The sentence the bot says about what it recognised but does not know ("Jeg har ikke noe telefonnummer til …"). */
export function missingText(answer: Answer): string | undefined {
  if (!answer.missing) return undefined;
  return t(missingKey(answer.missing.attribute), answer.lang, { name: answer.missing.subject });
}

const facts = (pairs: [string, string | undefined][]): TabFact[] =>
  pairs
    .filter((p): p is [string, string] => typeof p[1] === 'string' && p[1] !== '')
    .map(([label, value]) => ({ label, value }));

const section = (type: string, title: string, rest: Partial<TabAnswerSection> = {}): TabAnswerSection => ({
  type,
  title,
  people: [],
  facts: [],
  bullets: [],
  ...rest,
});

/** The answer's items as tab sections, with the same labels as the bot's answer card (src/cards/strings.ts). */
export function answerSections(answer: Answer): TabAnswerSection[] {
  const sections = answer.items.map((item) => sectionOf(item, answer.lang));
  // The direct answer ("Antall: 9", "Ja: «legevakt» …") heads the first section, as on the card.
  if (answer.direct && sections[0])
    sections[0] = {
      ...sections[0],
      text: [directText(answer.direct, answer.lang), sections[0].text].filter(Boolean).join('\n\n'),
    };
  return sections;
}

function sectionOf(item: AnswerItem, lang: Lang): TabAnswerSection {
  switch (item.type) {
    case 'person':
      return section(item.type, item.person.name, { people: [toTabPerson(item.person, lang)] });
    case 'unit':
      return section(item.type, pick(item.unit.name, lang), {
        text: pick(item.unit.summary, lang),
        people: item.lead ? [toTabPerson(item.lead, lang)] : [],
        facts: facts([
          [t('email', lang), item.unit.email],
          [t('address', lang), item.location ? `${item.location.address}, ${item.location.city}` : undefined],
        ]),
      });
    case 'location':
      return section(item.type, t('location', lang), {
        text: pick(item.location.description, lang),
        facts: facts([[t('address', lang), `${item.location.address}, ${item.location.city}`]]),
      });
    case 'subproject':
      return section(item.type, `${t('subproject', lang)} ${pick(item.subproject.name, lang)}`, {
        text: pick(item.subproject.purpose, lang),
        people: [toTabPerson(item.lead, lang)],
      });
    case 'subprojectList':
      return section(item.type, t('subprojects', lang), {
        bullets: item.subprojects.map(
          ({ subproject, lead }) =>
            `${pick(subproject.name, lang)} – ${t('lead', lang).toLowerCase()}: ${lead.name}`,
        ),
        people: item.subprojects.map(({ lead }) => toTabPerson(lead, lang)),
      });
    case 'body':
      return section(item.type, pick(item.body.name, lang), {
        text: pick(item.body.description, lang),
        people: item.members.map((m) => toTabPerson(m, lang)),
        facts: facts([[t('lead', lang), item.leader?.name]]),
      });
    case 'decision': {
      const d = toTabDecision(item.decision, lang);
      return section(item.type, d.title, {
        text: d.text,
        facts: facts([
          [t('date', lang), d.date ?? t('noDate', lang)],
          [t('decidedBy', lang), d.decidedBy],
          [t('status', lang), t(d.status, lang)],
        ]),
      });
    }
    case 'decisionList':
      return section(item.type, t('decisions', lang), {
        bullets: item.decisions.map((decision) => {
          const d = toTabDecision(decision, lang);
          return `${d.date ?? t('noDate', lang)} – ${d.title} (${t(d.status, lang).toLowerCase()})`;
        }),
      });
    case 'fact':
      return section(item.type, pick(item.fact.title, lang), {
        text: pick(item.fact.text, lang),
        bullets: item.fact.items ? (item.fact.items[lang] ?? item.fact.items.nb) : [],
      });
    case 'gains':
      return section(item.type, pick(item.title, lang), {
        bullets: item.categories.flatMap((c) =>
          (c.items[lang] ?? c.items.nb).map((i) => `${pick(c.name, lang)}: ${i}`),
        ),
      });
    case 'contactList':
      return section(item.type, t('contacts', lang), {
        people: item.people.map((p) => toTabPerson(p, lang)),
        facts: facts([[t('projectOffice', lang), item.officeEmail]]),
      });
    default:
      return section((item as { type: string }).type, '');
  }
}
