import type { AnswerItem } from '../qa/answer';
import { firstSentence } from './first-sentence';
import { type Fact, type Localized, pick, type Lang, type Person } from '../qa/knowledge-base';
import { bullets, type CardElement, container, factSet, heading, openUrl, textBlock } from './adaptive';
import { t } from './strings';

/** The card content of one answer item: its elements and its buttons. */
export interface Section {
  body: CardElement[];
  actions: CardElement[];
}

/** Buttons to reach a person: e-mail, phone and a Teams chat. */
export function contactActions(person: Pick<Person, 'email' | 'phone'>, lang: Lang): CardElement[] {
  const actions: CardElement[] = [];
  if (person.email) {
    actions.push(openUrl(t('sendEmail', lang), `mailto:${person.email}`));
    actions.push(
      openUrl(
        t('chat', lang),
        `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(person.email)}`,
      ),
    );
  }
  if (person.phone) actions.push(openUrl(t('call', lang), `tel:${person.phone.replace(/\s+/g, '')}`));
  return actions;
}

function personFacts(person: Person, lang: Lang): CardElement | undefined {
  return factSet([
    [t('role', lang), person.role && pick(person.role, lang)],
    [t('unit', lang), person.unit],
    [t('organisation', lang), person.organisation],
    [t('email', lang), person.email],
    [t('phone', lang), person.phone],
  ]);
}

/** The section for one answer item. */
export function sectionFor(item: AnswerItem, lang: Lang): Section {
  switch (item.type) {
    case 'person':
      return {
        body: [heading(item.person.name, 'Large'), personFacts(item.person, lang)].filter(isElement),
        actions: contactActions(item.person, lang),
      };
    case 'unit': {
      const u = item.unit;
      const body: (CardElement | undefined)[] = [
        heading(pick(u.name, lang), 'Large'),
        textBlock(pick(u.summary, lang)),
        factSet([
          [t('lead', lang), item.lead?.name],
          [t('email', lang), u.email],
          [
            t('phone', lang),
            item.focus === 'phone' && item.lead?.phone ? `${item.lead.phone} (${item.lead.name})` : undefined,
          ],
          [t('address', lang), item.location ? `${item.location.address}, ${item.location.city}` : undefined],
        ]),
      ];
      const actions = u.email
        ? contactActions({ email: u.email }, lang)
        : item.lead
          ? contactActions(item.lead, lang)
          : [];
      return { body: body.filter(isElement), actions };
    }
    case 'location':
      return {
        body: [
          heading(t('location', lang), 'Large'),
          textBlock(`**${item.location.address}, ${item.location.city}**`),
          textBlock(pick(item.location.description, lang)),
        ],
        actions: [
          openUrl(
            lang === 'en' ? 'Map' : 'Kart',
            `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${item.location.address.split(',')[0]}, ${item.location.city}`)}`,
          ),
        ],
      };
    case 'subproject':
      return {
        body: [
          textBlock(t('subproject', lang), { isSubtle: true, spacing: 'None' }),
          heading(pick(item.subproject.name, lang), 'Large'),
          textBlock(pick(item.subproject.purpose, lang)),
          // The bullet list of the section ("Formålet vil blant annet være å: …"), as the page shows it.
          ...(item.subproject.list
            ? [
                textBlock(`**${pick(item.subproject.list.title, lang)}**`),
                bullets(item.subproject.list.items[lang] ?? item.subproject.list.items.nb),
              ]
            : []),
          factSet([
            [t('lead', lang), `${item.lead.name} (${item.lead.unit ?? item.lead.organisation ?? ''})`],
          ]),
        ].filter(isElement),
        actions: contactActions(item.lead, lang),
      };
    case 'subprojectList':
      return {
        body: [
          heading(t('subprojects', lang), 'Large'),
          ...item.subprojects.map(({ subproject, lead }) =>
            container(
              [
                textBlock(
                  `**${pick(subproject.name, lang)}** – ${t('lead', lang).toLowerCase()}: ${lead.name}`,
                ),
                textBlock(firstSentence(pick(subproject.purpose, lang)), { isSubtle: true, spacing: 'None' }),
              ],
              { separator: true },
            ),
          ),
        ],
        actions: [],
      };
    case 'body':
      return {
        body: [
          heading(pick(item.body.name, lang), 'Large'),
          textBlock(pick(item.body.description, lang)),
          ...(item.members.length > 0
            ? [
                textBlock(`**${t('members', lang)}**`),
                bullets(
                  item.members.map(
                    (m) =>
                      `${m.name}${m.role ? `, ${pick(m.role, lang).split(',')[0]}` : ''}${m.id === item.leader?.id ? ` (${t('chair', lang)})` : ''}`,
                  ),
                ),
              ]
            : []),
        ],
        actions: [],
      };
    case 'decision': {
      const d = item.decision;
      return {
        body: [
          heading(pick(d.title, lang), 'Large'),
          textBlock(pick(d.text, lang)),
          factSet([
            [t('date', lang), (lang === 'en' ? d.dateEn : undefined) ?? d.date ?? t('noDate', lang)],
            [t('decidedBy', lang), pick(d.decidedBy, lang)],
            [t('status', lang), t(d.status, lang)],
          ]),
        ].filter(isElement),
        actions: [],
      };
    }
    case 'decisionList':
      return {
        body: [
          heading(t('decisions', lang), 'Large'),
          ...item.decisions.map((d) =>
            container(
              [
                textBlock(
                  `**${(lang === 'en' ? d.dateEn : undefined) ?? d.date ?? t('noDate', lang)}** – ${pick(d.title, lang)} (${t(d.status, lang).toLowerCase()})`,
                ),
                textBlock(firstSentence(pick(d.text, lang)), { isSubtle: true, spacing: 'None' }),
              ],
              { separator: true },
            ),
          ),
        ],
        actions: [],
      };
    case 'fact':
      return {
        body: [
          heading(pick(item.fact.title, lang), 'Large'),
          textBlock(pick(item.fact.text, lang)),
          ...(item.fact.items ? [bullets(item.fact.items[lang] ?? item.fact.items.nb)] : []),
          factSet([[t('date', lang), factDate(item.fact, lang)]]),
        ].filter(isElement),
        actions: [],
      };
    case 'gains':
      return {
        body: [
          heading(
            item.categories.length === 1
              ? `${t('benefits', lang)}: ${pick(item.categories[0]!.name, lang)}`
              : pick(item.title, lang),
            'Large',
          ),
          ...item.categories.flatMap((c) => [
            ...(item.categories.length > 1 ? [textBlock(`**${pick(c.name, lang)}**`)] : []),
            bullets(c.items[lang] ?? c.items.nb),
          ]),
        ],
        actions: [],
      };
    case 'contactList':
      return {
        body: [
          heading(t('contacts', lang), 'Large'),
          ...item.people.map((p) =>
            container(
              [
                textBlock(`**${p.name}**${p.role ? ` – ${pick(p.role, lang)}` : ''}`),
                textBlock([p.email, p.phone].filter(Boolean).join(' · ') || p.unit || '', {
                  isSubtle: true,
                  spacing: 'None',
                }),
              ],
              { separator: true },
            ),
          ),
          container([textBlock(`**${t('projectOffice', lang)}:** ${item.officeEmail}`)], { separator: true }),
        ],
        actions: contactActions({ email: item.officeEmail }, lang).slice(0, 1),
      };
  }
}

/**
 * The page's own wording (bokmål) of the texts a section shows translated: a person's role ("prosjektleder SSIKT",
 * "leder" of the council), the description, purpose, text or list of its entry, where the card in the asker's language shows another text. Staff who ask in English meet the Norwegian
 * terms of the project ("opplæringsbehov", "superbrukere") everywhere else; the card lets them see them (see
 * createAnswerCard). Empty in bokmål, and where the translation is the page's text.
 */
export function pageWording(item: AnswerItem, lang: Lang): string[] {
  if (lang === 'nb') return [];
  const texts: (Localized | undefined)[] = [];
  const lists: { nb: string[]; [lang: string]: string[] | undefined }[] = [];
  switch (item.type) {
    case 'person':
      texts.push(item.person.role);
      break;
    case 'unit':
      texts.push(item.unit.summary);
      break;
    case 'location':
      texts.push(item.location.description);
      break;
    case 'subproject':
      texts.push(item.subproject.purpose);
      if (item.subproject.list) lists.push(item.subproject.list.items);
      break;
    case 'body':
      texts.push(item.body.description);
      break;
    case 'decision':
      texts.push(item.decision.text);
      break;
    case 'fact':
      texts.push(item.fact.text);
      if (item.fact.items) lists.push(item.fact.items);
      break;
    case 'gains':
      lists.push(...item.categories.map((c) => c.items));
      break;
    default:
      break;
  }
  const translated = (value: Localized | undefined): value is Localized =>
    value !== undefined && pick(value, lang) !== value.nb;
  return [
    ...texts.filter(translated).map((v) => v.nb),
    ...lists
      .filter((l) => l[lang] !== undefined && l[lang]!.join('\n') !== l.nb.join('\n'))
      .map((l) => l.nb.map((i) => `- ${i}`).join('\n')),
  ];
}

function isElement(e: CardElement | undefined): e is CardElement {
  return e !== undefined;
}

/** The date the page shows for a fact, with where on the page it stands ("13.03.2019 (i filnavnet til bildet)"). */
function factDate(fact: Fact, lang: Lang): string | undefined {
  const date = (lang === 'en' ? fact.dateEn : undefined) ?? fact.date;
  if (date === undefined) return undefined;
  return fact.dateSource ? `${date} (${pick(fact.dateSource, lang)})` : date;
}
