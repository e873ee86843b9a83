import { type Answer, type AnswerItem, countClaimHolds } from '../qa/answer';
import { redactText } from '../privacy/redactor';
import { pick, type Lang } from '../qa/knowledge-base';
import {
  type AdaptiveCard,
  card,
  type CardElement,
  container,
  escapeMarkdown,
  heading,
  showCard,
  textBlock,
} from './adaptive';
import { contactActions, pageWording, sectionFor } from './sections';
import { askAction } from './ask-action';
import { SUGGESTED_QUESTIONS, t } from './strings';

/** Data carried by the feedback buttons under an answer. */
export interface FeedbackButtonData {
  action: 'feedback';
  helpful: boolean;
  topicId?: string;
  question: string;
}

/** Options for answer cards. */
export interface AnswerCardOptions {
  /** The project office's e-mail, shown where the bot has no answer. */
  officeEmail: string;
  /** Show "Fant du det du lette etter?" with Ja / Nei. */
  askForFeedback?: boolean;
  /** Extra actions under a fallback (for example "send the question to the project office"). */
  fallbackActions?: CardElement[];
}

/** Teams shows so many buttons under a card at most. */
const MAX_ACTIONS = 5;

/** The reply to a question: one card with a section per answer item, or the fallback card. */
export function createAnswerCard(answer: Answer, options: AnswerCardOptions): AdaptiveCard {
  if (answer.kind === 'fallback') return createFallbackCard(answer, options);
  const body: CardElement[] = [];
  const actions: CardElement[] = [];
  if (answer.direct) body.push(textBlock(directText(answer.direct, answer.lang), { weight: 'Bolder' }));
  answer.items.forEach((item, i) => {
    const section = sectionFor(item, answer.lang);
    body.push(
      i === 0 ? container(section.body) : container(section.body, { separator: true, spacing: 'Large' }),
    );
    if (answer.items.length === 1) actions.push(...section.actions);
  });
  const unanswered = unansweredText(answer);
  if (unanswered.length > 0) {
    body.push(
      container(
        unanswered.map((line) => textBlock(line)),
        { separator: true, spacing: 'Large' },
      ),
    );
    body.push(textBlock(`${t('askOffice', answer.lang)}: **${options.officeEmail}**`));
  }
  if (options.askForFeedback) body.push(feedbackPrompt(answer));
  // "Show the page's wording in Norwegian": the text the card shows translated, as the page has it (see pageWording).
  const wording = answer.items.flatMap((item) => pageWording(item, answer.lang));
  if (wording.length === 0) return card(body, actions.slice(0, MAX_ACTIONS));
  const original = showCard(
    t('pageWording', answer.lang),
    wording.map((text) => textBlock(text, { isSubtle: true })),
    'nb',
  );
  return card(body, [...actions.slice(0, MAX_ACTIONS - 1), original]);
}

/** The honest "I don't know": what the bot covers, suggested questions and the project office's e-mail. */
export function createFallbackCard(answer: Answer, options: AnswerCardOptions): AdaptiveCard {
  const lang = answer.lang;
  const body: CardElement[] = [heading(t('fallbackTitle', lang), 'Large')];
  if (answer.missing) {
    const key = missingKey(answer.missing.attribute);
    body.push(textBlock(t(key, lang, { name: answer.missing.subject })));
    for (const item of answer.items) body.push(container(sectionFor(item, lang).body, { separator: true }));
  } else {
    body.push(textBlock(t('fallbackText', lang)));
    if (answer.question.trim()) {
      body.push(
        textBlock(
          `${t('youAsked', lang)}: «${escapeMarkdown(redactText(answer.question.trim().slice(0, 300)))}»`,
          {
            isSubtle: true,
          },
        ),
      );
    }
    body.push(textBlock(t('tryAsking', lang), { weight: 'Bolder' }));
    body.push(
      ...SUGGESTED_QUESTIONS[lang].map((q) => ({
        type: 'ActionSet',
        actions: [askAction(q)],
      })),
    );
  }
  body.push(textBlock(`${t('askOffice', lang)}: **${options.officeEmail}**`, { separator: true }));
  const actions = [
    ...(options.fallbackActions ?? []),
    ...contactActions({ email: options.officeEmail }, lang).slice(0, 1),
  ];
  return card(body, actions);
}

/**
 * What the card says of each question in the message that the page does not answer, beside the ones it does: what is
 * missing when that is said in a sentence of its own ("Jeg har ikke noe telefonnummer til Ola Skorstad."), otherwise
 * that the bot does not know, with the question (redacted) as asked.
 */
function unansweredText(answer: Answer): string[] {
  const alone = new Set(['phone', 'email', 'contact', 'lead', 'date', 'role', 'count', 'unit']);
  return (answer.unanswered ?? []).map(({ question, missing }) =>
    missing && alone.has(missing.attribute)
      ? t(missingKey(missing.attribute), answer.lang, { name: missing.subject })
      : t('partUnknown', answer.lang, {
          question: escapeMarkdown(redactText(question.charAt(0).toUpperCase() + question.slice(1, 300))),
        }),
  );
}

/** The catalogue key of the sentence for what is missing. */
export function missingKey(attribute: NonNullable<Answer['missing']>['attribute']) {
  return (
    {
      phone: 'missingPhone',
      email: 'missingEmail',
      contact: 'missingContact',
      lead: 'missingLead',
      date: 'missingDate',
      outcome: 'missingOutcome',
      subproject: 'missingSubproject',
      topic: 'missingTopic',
      role: 'missingRole',
      count: 'missingCount',
      members: 'missingMembers',
      excluded: 'missingExcluded',
      noneBesides: 'missingNoneBesides',
      privateContact: 'missingPrivateContact',
      photographer: 'missingPhotographer',
      unit: 'missingUnit',
      notListed: 'missingNotListed',
    } as const
  )[attribute];
}

/** The direct answer line ("Antall: 9 (…)", "Ja: …") in the answer's language. */
export function directText(direct: NonNullable<Answer['direct']>, lang: Lang): string {
  // "Nei. Samarbeidsrådet for opsjonskommuner har 9 medlemmer.": a number claimed, answered by the count.
  if (direct.type === 'count' && direct.claimed !== undefined)
    return t(
      countClaimHolds(direct.count, direct.claimed, direct.compared) ? 'directClaimYes' : 'directClaimNo',
      lang,
      {
        text: directText({ ...direct, claimed: undefined, compared: undefined }, lang),
      },
    );
  switch (direct.type) {
    case 'count':
      // Says the number with what is counted where the list is of one kind ("Samarbeidsrådet har 9 medlemmer").
      if (direct.counted === 'members')
        return t('directCountMembers', lang, { count: String(direct.count), name: direct.subject });
      if (direct.title !== undefined)
        return t('directCountTitled', lang, {
          count: String(direct.count),
          // (Inside an English sentence: "6 of the members of the Cooperation Council …".)
          name: direct.subject.replace(/^The /, 'the '),
          title: direct.title,
        });
      if (direct.counted === 'subprojects')
        return t('directCountSubprojects', lang, { count: String(direct.count) });
      if (direct.counted === 'phone' || direct.counted === 'email')
        return t(direct.counted === 'phone' ? 'directCountPhones' : 'directCountEmails', lang, {
          count: String(direct.count),
        });
      if (direct.counted === 'contact')
        return t('directCountContacts', lang, { count: String(direct.count) });
      return t('directCount', lang, {
        count: String(direct.count),
        name: direct.collection ? t(direct.collection, lang) : direct.subject,
      });
    case 'countNotGiven':
      return t('directCountNotGiven', lang, { name: direct.subject });
    case 'yes': {
      const name = direct.collection ? t(direct.collection, lang) : direct.subject;
      return direct.within
        ? t('directYesWithin', lang, { ...direct.within, item: direct.item, name })
        : t('directYes', lang, { item: direct.item, name });
    }
    case 'ofKind':
      return t(direct.yes ? 'directYesOfKind' : 'directOfKind', lang, {
        name: direct.subject,
        items: direct.items.join(', '),
      });
    case 'position':
      if (direct.nth !== undefined)
        return t('directNth', lang, { n: String(direct.nth), item: direct.item, name: direct.subject });
      return t(direct.last ? 'directLast' : 'directFirst', lang, { item: direct.item, name: direct.subject });
    case 'emailOf':
      // (Inside an English sentence: "The e-mail address of the project office …".)
      return t(direct.yes ? 'directEmailYes' : 'directEmailNo', lang, {
        name: direct.name.replace(/^The /, 'the '),
        email: direct.email,
      });
    case 'oneOfAll':
      return t('directOneOfAll', lang, { item: direct.item, name: direct.subject });
    case 'yesSaid':
      return t('directYesSaid', lang, { sentence: direct.sentence });
    case 'allSaid':
      return t('directAllSaid', lang, { sentence: direct.sentence });
    case 'notOnly':
      return t('directNotOnly', lang, {
        item: direct.item,
        name: direct.subject,
        others: String(direct.others),
      });
    case 'figureSaid':
    case 'claimChecked':
      return t(direct.yes ? 'directYesSaid' : 'directNoSaid', lang, { sentence: direct.sentence });
    case 'ledBy':
      return ledByText(direct, lang);
    case 'sameUnit':
      return t(direct.yes ? 'directSameUnitYes' : 'directSameUnitNo', lang, {
        unit: direct.people[0]?.unit ?? '',
        people: direct.people.map((p) => (direct.yes ? p.name : `${p.name} (${p.unit})`)).join(', '),
      });
    case 'roleOf': {
      // "Nei. Rollen til Elise B. Vesterhus er «Leder prosjektkontoret». Tone Fagerholt har rollen «…»."
      const own = t(direct.yes ? 'directRoleYes' : 'directRoleNo', lang, {
        person: direct.person,
        role: direct.role,
      });
      if (direct.holder === undefined) return own;
      return `${own} ${t('directRoleHolder', lang, { person: direct.holder, role: direct.holderRole ?? '' })}`;
    }
  }
}

/** "Nei. Prosjektkontoret ledes av Elise B. Vesterhus, ikke av Ola Skorstad." (Naming someone else is always no.) */
function ledByText(direct: Extract<NonNullable<Answer['direct']>, { type: 'ledBy' }>, lang: Lang): string {
  const name = direct.subproject ? t('subprojectNamed', lang, { name: direct.subject }) : direct.subject;
  const vars = { name, lead: direct.lead };
  if (direct.named !== undefined)
    return direct.namedRole === undefined
      ? t('directLedByNotNamed', lang, { ...vars, person: direct.named })
      : t('directLedByNotNamedRole', lang, { ...vars, person: direct.named, role: direct.namedRole });
  return t(direct.yes ? 'directLedByYes' : 'directLedByNo', lang, vars);
}

function feedbackPrompt(answer: Answer): CardElement {
  const data = (helpful: boolean): FeedbackButtonData => ({
    action: 'feedback',
    helpful,
    topicId: answer.topicId,
    question: redactText(answer.question.slice(0, 500)),
  });
  return container(
    [
      textBlock(t('feedbackQuestion', answer.lang), { isSubtle: true, size: 'Small' }),
      {
        type: 'ActionSet',
        actions: [
          { type: 'Action.Submit', title: t('yes', answer.lang), data: data(true) },
          { type: 'Action.Submit', title: t('no', answer.lang), data: data(false) },
        ],
      },
    ],
    { separator: true, spacing: 'Medium' },
  );
}

/** A one- or two-line plain-text summary of an answer, for notifications and screen readers. */
export function answerSummary(answer: Answer, officeEmail: string): string {
  const lang = answer.lang;
  if (answer.kind === 'fallback') {
    const missing = answer.missing;
    if (missing) {
      const key = missingKey(missing.attribute);
      return `${t(key, lang, { name: missing.subject })} ${t('askOffice', lang)}: ${officeEmail}`;
    }
    return `${t('fallbackTitle', lang)}. ${t('askOffice', lang)}: ${officeEmail}`;
  }
  const lines = answer.items.map((i) => itemSummary(i, lang));
  if (answer.direct) lines.unshift(directText(answer.direct, lang));
  lines.push(...unansweredText(answer));
  return lines.join('\n');
}

function itemSummary(item: AnswerItem, lang: Lang): string {
  switch (item.type) {
    case 'person': {
      const p = item.person;
      const contact = item.focus === 'phone' ? p.phone : item.focus === 'email' ? p.email : undefined;
      return `${p.name}${p.role ? `: ${pick(p.role, lang)}` : ''}${contact ? ` (${contact})` : ''}`;
    }
    case 'unit':
      return `${pick(item.unit.name, lang)}${item.unit.email ? `: ${item.unit.email}` : ''}`;
    case 'location':
      return `${item.location.address}, ${item.location.city}`;
    case 'subproject':
      return `${pick(item.subproject.name, lang)}: ${item.lead.name}`;
    case 'subprojectList':
      return item.subprojects.map((s) => pick(s.subproject.name, lang)).join(', ');
    case 'body':
      return pick(item.body.name, lang);
    case 'decision':
      return `${item.decision.date ? `${item.decision.date}: ` : ''}${pick(item.decision.title, lang)}`;
    case 'decisionList':
      return t('decisions', lang);
    case 'fact':
      return `${item.fact.date ? `${item.fact.date}: ` : ''}${pick(item.fact.title, lang)}`;
    case 'gains':
      return item.categories.map((c) => pick(c.name, lang)).join(', ');
    case 'contactList':
      return t('contacts', lang);
  }
}

/** All the text a user can read on a card (TextBlocks, facts and button titles), in order. */
export function cardText(node: unknown): string {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      for (const key of ['text', 'title', 'value'])
        if (typeof o[key] === 'string') out.push(o[key] as string);
      for (const [k, v] of Object.entries(o)) if (typeof v === 'object' && k !== 'data') walk(v);
    }
  };
  walk(node);
  return out.join('\n');
}
