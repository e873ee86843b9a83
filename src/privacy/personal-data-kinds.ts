/** Every kind of personal data the redactor removes, in the order markers are documented. */
export const PERSONAL_DATA_KINDS = ['nationalId', 'bankAccount', 'phone', 'email'] as const;

/** One kind of personal data: fødselsnummer/D-/H-nummer, bank account, phone number or e-mail address. */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** The Norwegian word shown in the marker that replaces each kind, e.g. `[fjernet: personnummer]`. */
export const PERSONAL_DATA_LABELS: Readonly<Record<PersonalDataKind, string>> = {
  nationalId: 'personnummer',
  bankAccount: 'kontonummer',
  phone: 'telefonnummer',
  email: 'e-post',
};

/** A piece of personal data found in a text: the half-open range [start, end) and its kind. */
export interface PersonalDataFinding {
  start: number;
  end: number;
  kind: PersonalDataKind;
}
