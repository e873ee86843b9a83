import { t, type MessageKey } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import type { PersonalDataKind } from '../privacy/personal-data-kinds';

/** What each kind of personal data is called when the bot tells someone it removed it. */
const NAMES: Readonly<Record<PersonalDataKind, MessageKey>> = {
  nationalId: 'card.removedNationalId',
  bankAccount: 'card.removedBankAccount',
  phone: 'card.removedPhone',
  email: 'card.removedEmail',
};

/** The removed kinds of personal data as one phrase: "telefonnummer og e-post", "a phone number and an e-mail address". */
export function personalDataText(kinds: readonly PersonalDataKind[], lang: Lang): string {
  const words = [...new Set(kinds)].map((kind) => t(lang, NAMES[kind]));
  if (words.length <= 1) return words.join('');
  return t(lang, 'card.listAnd', { first: words.slice(0, -1).join(', '), last: words[words.length - 1]! });
}
