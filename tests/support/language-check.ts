/**
 * A word-list check for mixed languages: words that give away another language than the one a reply should be
 * in. Built for the kind of text the bot writes (replies, cards, buttons), not for the examples in the tests.
 */
import type { Lang } from '../../src/i18n';

/** Bokmål forms a nynorsk reader would not accept (nynorsk has kva, kven, ikkje, eg, dei, korleis, nokon, mykje …). */
const BOKMAL_ONLY = [
  'hva',
  'hvem',
  'hvordan',
  'hvor',
  'hvis',
  'hvilken',
  'hvilke',
  'ikke',
  'jeg',
  'de',
  'dem',
  'noen',
  'noe',
  'mye',
  'ble',
  'fikk',
  'fant',
  'vet',
  'nå',
  'også',
  'mer',
  'ennå',
  'fra',
  'beklager',
  'leder',
  'spurte',
  'lagret',
  'allerede',
  'tilbakemeldingen',
  'tilbakemeldinger',
  'kunngjøring',
  'kunngjøringen',
  'kunngjøringer',
  'beslutninger',
  'kontakter',
  'mottakere',
  'meldingene',
  'spørsmålene',
  'kommunene',
  'delprosjektene',
  'gikk',
  'sendes',
  'trukket',
  'bare',
  'uten',
  'hjem',
];

/** English words that give away English inside a Norwegian reply. */
const ENGLISH = [
  'the',
  'and',
  'you',
  'your',
  'thank',
  'thanks',
  'yes',
  'please',
  'sorry',
  'feedback',
  'question',
  'questions',
  'answer',
  'project',
  'office',
  'help',
  'what',
  'who',
  'which',
  'send the',
  'to the',
  'of',
  'with',
  'is',
  'are',
  'was',
  'not',
  'found',
  'leads',
  'contacts',
  'decisions',
  'subprojects',
  'recipients',
  'cancel',
  'preview',
  'status card',
  'refresh',
  'recall',
  'edit',
  'scheduled',
  'did',
  'find',
  'looking',
];

/** Norwegian words (both written standards) that give away Norwegian inside an English reply. */
const NORWEGIAN = [
  'og',
  'ikke',
  'ikkje',
  'jeg',
  'eg',
  'du',
  'takk',
  'spørsmål',
  'spørsmålet',
  'svar',
  'svaret',
  'hjelp',
  'ja',
  'nei',
  'hva',
  'kva',
  'hvem',
  'kven',
  'til',
  'fra',
  'frå',
  'er',
  'det',
  'på',
  'med',
  'som',
  'kl',
  'tilbakemelding',
  'kunngjøring',
  'kunngjering',
  'beklager',
  'orsak',
  'prosjektkontoret',
  'leder',
  'leiar',
  'delprosjekt',
  'delprosjektet',
  'kontakter',
  'kontaktar',
  'avbryt',
  'send inn',
  'rediger',
  'oppdater',
  'mottakere',
  'mottakarar',
  'sendt',
  'fant',
  'fann',
  'veit',
  'kan',
  'skriv',
  'dette',
  'har',
  'ein',
  'en',
  'eit',
];

/** Names and terms that are the same in every language (products, places, organisations). */
const SHARED_NAMES = ['Helseplattformen', 'Trondheim', 'Teams'];

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;

function words(text: string): string[] {
  let t = text;
  for (const name of SHARED_NAMES) t = t.split(name).join(' ');
  // Quoted command words (« » and " ") are what the reader should type, not prose.
  t = t.replace(/«[^»]*»/g, ' ').replace(/"[^"]*"/g, ' ');
  // Setting names (PROJECT_OFFICE_CHANNEL) are not words of any language either.
  t = t.replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, ' ');
  // Addresses and e-mail addresses are not words of any language.
  t = t.replace(/\S+@\S+|https?:\/\/\S+/g, ' ');
  // Codes of letters and digits (a question's reference, «9AA1DE8E») are not words either: read as words, a random one
  // holds «de» or «at» now and then.
  t = t.replace(/\b(?=[\p{L}]*\d)(?=\d*\p{L})[\p{L}\d]+\b/gu, ' ');
  return (t.toLowerCase().match(WORD) ?? []) as string[];
}

function findPhrases(text: string, list: readonly string[]): string[] {
  const ws = words(text);
  const joined = ` ${ws.join(' ')} `;
  return list.filter((phrase) => joined.includes(` ${phrase} `));
}

/** Words of another language than `lang` in a text: an empty list when the text is all in one language. */
export function foreignWords(text: string, lang: Lang): string[] {
  if (lang === 'en') return findPhrases(text, NORWEGIAN);
  const found = findPhrases(text, ENGLISH);
  return lang === 'nn' ? [...found, ...findPhrases(text, BOKMAL_ONLY)] : found;
}

/** Card properties a reader sees or hears (texts, button titles, labels, placeholders, facts, alt texts). */
const VISIBLE_KEYS = new Set([
  'text',
  'title',
  'placeholder',
  'label',
  'value',
  'altText',
  'errorMessage',
  'fallbackText',
  'speak',
  'summary',
]);

/** A visible text and the language it should be in. */
interface LangText {
  text: string;
  lang: Lang;
}

const LANGS: readonly string[] = ['nb', 'nn', 'en'];

/**
 * Every text a reader sees in an activity, with the language it should be in: the reply's, or the language a card
 * inside it declares for itself (the page's own Norwegian wording behind a button on an English answer).
 */
function textsInLanguage(node: unknown, lang: Lang, key = 'text'): LangText[] {
  if (typeof node === 'string') return VISIBLE_KEYS.has(key) ? [{ text: node, lang }] : [];
  if (Array.isArray(node)) return node.flatMap((n) => textsInLanguage(n, lang, key));
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const declared = o.type === 'AdaptiveCard' && typeof o.lang === 'string' && LANGS.includes(o.lang);
  const own = declared ? (o.lang as Lang) : lang;
  // Input values are what the reader typed; choice values are codes, only their titles are read.
  const skip = new Set([
    'data',
    'id',
    'verb',
    'type',
    'url',
    'iconUrl',
    'contentType',
    'version',
    '$schema',
    'lang',
  ]);
  if (typeof o.type === 'string' && o.type.startsWith('Input.')) skip.add('value');
  // Choices of a ChoiceSet: the title is read, the value is a code.
  if (key === 'choices') skip.add('value');
  return Object.entries(o).flatMap(([k, v]) => {
    if (skip.has(k)) return [];
    if (typeof v === 'string') return VISIBLE_KEYS.has(k) ? [{ text: v, lang: own }] : [];
    return textsInLanguage(v, own, k);
  });
}

/** Every text a reader sees in an activity: its text, its summary, and the visible texts of its cards. */
export function visibleTexts(node: unknown): string[] {
  return textsInLanguage(node, 'nb').map((t) => t.text);
}

/**
 * Each visible text of the activities that has words of another language than it should be in, with the words: []
 * when all is well. A card that declares its own language is held to that language.
 */
export function mixedLanguage(activities: unknown[], lang: Lang): { text: string; words: string[] }[] {
  return activities
    .flatMap((a) => textsInLanguage(a, lang))
    .map(({ text, lang: own }) => ({ text, words: foreignWords(text, own) }))
    .filter((r) => r.words.length > 0);
}
