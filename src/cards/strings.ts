import type { Lang } from '../qa/knowledge-base';

/** Every text the cards show, in bokmål, nynorsk and English. */
const STRINGS = {
  role: { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
  unit: { nb: 'Enhet', nn: 'Eining', en: 'Unit' },
  organisation: { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  email: { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
  phone: { nb: 'Telefon', nn: 'Telefon', en: 'Phone' },
  sendEmail: { nb: 'Send e-post', nn: 'Send e-post', en: 'Send e-mail' },
  call: { nb: 'Ring', nn: 'Ring', en: 'Call' },
  chat: { nb: 'Chat i Teams', nn: 'Chat i Teams', en: 'Chat in Teams' },
  lead: { nb: 'Leder', nn: 'Leiar', en: 'Lead' },
  subproject: { nb: 'Delprosjekt', nn: 'Delprosjekt', en: 'Subproject' },
  subprojects: {
    nb: 'Delprosjektene i innføringsprosjektet',
    nn: 'Delprosjekta i innføringsprosjektet',
    en: 'The subprojects of the implementation project',
  },
  purpose: { nb: 'Oppgave', nn: 'Oppgåve', en: 'Task' },
  members: { nb: 'Medlemmer', nn: 'Medlemmer', en: 'Members' },
  chair: { nb: 'leder', nn: 'leiar', en: 'chair' },
  address: { nb: 'Adresse', nn: 'Adresse', en: 'Address' },
  location: {
    nb: 'Her holder prosjektet til',
    nn: 'Her held prosjektet til',
    en: 'Where the project is based',
  },
  date: { nb: 'Dato', nn: 'Dato', en: 'Date' },
  decidedBy: { nb: 'Hvem', nn: 'Kven', en: 'Who' },
  status: { nb: 'Status', nn: 'Status', en: 'Status' },
  noDate: { nb: 'Ingen dato oppgitt', nn: 'Ingen dato oppgitt', en: 'No date given' },
  planned: { nb: 'Planlagt', nn: 'Planlagt', en: 'Planned' },
  'in-progress': { nb: 'Pågår', nn: 'Pågår', en: 'In progress' },
  done: { nb: 'Gjennomført', nn: 'Gjennomført', en: 'Done' },
  decisions: {
    nb: 'Beslutninger og milepæler',
    nn: 'Avgjerder og milepælar',
    en: 'Decisions and milestones',
  },
  contacts: {
    nb: 'Kontakter i innføringsprosjektet',
    nn: 'Kontaktar i innføringsprosjektet',
    en: 'Contacts in the implementation project',
  },
  projectOffice: { nb: 'Prosjektkontoret', nn: 'Prosjektkontoret', en: 'The project office' },
  source: { nb: 'Kilde', nn: 'Kjelde', en: 'Source' },
  fallbackTitle: {
    nb: 'Det vet jeg dessverre ikke',
    nn: 'Det veit eg dessverre ikkje',
    en: "Sorry, I don't know that",
  },
  fallbackText: {
    nb: 'Jeg svarer på spørsmål om Helseplattformen-prosjektet i kommunene: hvem som leder hva, delprosjektene, beslutninger og hvordan du når prosjektkontoret. Dette fant jeg ikke noe sikkert svar på.',
    nn: 'Eg svarar på spørsmål om Helseplattformen-prosjektet i kommunane: kven som leiar kva, delprosjekta, avgjerder og korleis du når prosjektkontoret. Dette fann eg ikkje noko sikkert svar på.',
    en: 'I answer questions about the Helseplattformen project in the municipalities: who leads what, the subprojects, decisions and how to reach the project office. I found no reliable answer to this.',
  },
  missingPhone: {
    nb: 'Jeg har ikke noe telefonnummer til {name}.',
    nn: 'Eg har ikkje noko telefonnummer til {name}.',
    en: 'I have no phone number for {name}.',
  },
  missingEmail: {
    nb: 'Jeg har ikke noen e-postadresse til {name}.',
    nn: 'Eg har ikkje nokon e-postadresse til {name}.',
    en: 'I have no e-mail address for {name}.',
  },
  missingLead: {
    nb: 'Jeg vet ikke hvem som leder {name}.',
    nn: 'Eg veit ikkje kven som leiar {name}.',
    en: "I don't know who leads {name}.",
  },
  missingDate: {
    nb: 'Jeg vet ikke når det skjer eller skjedde: {name}.',
    nn: 'Eg veit ikkje når det skjer eller skjedde: {name}.',
    en: "I don't know when this happens or happened: {name}.",
  },
  youAsked: { nb: 'Du spurte', nn: 'Du spurde', en: 'You asked' },
  askOffice: {
    nb: 'Prosjektkontoret kan svare deg på e-post',
    nn: 'Prosjektkontoret kan svare deg på e-post',
    en: 'The project office can answer you by e-mail',
  },
  tryAsking: {
    nb: 'Du kan for eksempel spørre:',
    nn: 'Du kan til dømes spørje:',
    en: 'You can for example ask:',
  },
  officeNoPhone: {
    nb: 'Prosjektkontoret har ikke eget telefonnummer; leder:',
    nn: 'Prosjektkontoret har ikkje eige telefonnummer; leiar:',
    en: 'The project office has no phone number of its own; its head:',
  },
  benefits: { nb: 'Kommunale gevinster', nn: 'Kommunale gevinstar', en: 'Benefits for the municipalities' },
  feedbackQuestion: {
    nb: 'Fant du det du lette etter?',
    nn: 'Fann du det du leita etter?',
    en: 'Did you find what you were looking for?',
  },
  yes: { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  no: { nb: 'Nei', nn: 'Nei', en: 'No' },
} as const;

/** The keys of every card text. */
export type StringKey = keyof typeof STRINGS;

/** A card text in the wanted language, with {name} style placeholders filled in. */
export function t(key: StringKey, lang: Lang, vars: Record<string, string> = {}): string {
  const value: string = STRINGS[key][lang];
  return value.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** Questions the fallback card suggests, per language. */
export const SUGGESTED_QUESTIONS: Record<Lang, string[]> = {
  nb: [
    'Hvem leder delprosjektet Opplæring?',
    'Hva er e-postadressen til prosjektkontoret?',
    'Når avgjør bystyret deleierskap?',
  ],
  nn: [
    'Kven leiar delprosjektet Opplæring?',
    'Kva er e-postadressa til prosjektkontoret?',
    'Når avgjer bystyret deleigarskap?',
  ],
  en: [
    'Who leads the training subproject?',
    "What is the project office's e-mail address?",
    'When does the city council decide on co-ownership?',
  ],
};
