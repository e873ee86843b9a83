import type { PersonalDataKind } from '../privacy/personal-data-kinds';
import type { Lang } from '../qa/knowledge-base';

/** What each kind of personal data is called when the bot tells someone it removed it. */
const NAMES: Readonly<Record<PersonalDataKind, Readonly<Record<Lang, string>>>> = {
  nationalId: { nb: 'personnummer', nn: 'personnummer', en: 'a national identity number' },
  bankAccount: { nb: 'kontonummer', nn: 'kontonummer', en: 'a bank account number' },
  phone: { nb: 'telefonnummer', nn: 'telefonnummer', en: 'a phone number' },
  email: { nb: 'e-post', nn: 'e-post', en: 'an e-mail address' },
};

const AND: Readonly<Record<Lang, string>> = { nb: 'og', nn: 'og', en: 'and' };

/** The removed kinds of personal data as one phrase: "telefonnummer og e-post", "a phone number and an e-mail address". */
export function personalDataText(kinds: readonly PersonalDataKind[], lang: Lang): string {
  const words = [...new Set(kinds)].map((kind) => NAMES[kind][lang]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${AND[lang]} ${words[words.length - 1]}`;
}
