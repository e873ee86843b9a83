import type { Messages } from '../translate';

/**
 * The command words in each language: the help card shows the reader's, and the bot accepts every one of them
 * (plus a few aliases the features add), whatever the language of the chat.
 */
export const commandMessages = {
  help: { nb: 'hjelp', nn: 'hjelp', en: 'help' },
  contacts: { nb: 'kontakter', nn: 'kontaktar', en: 'contacts' },
  subprojects: { nb: 'delprosjekter', nn: 'delprosjekta', en: 'subprojects' },
  decisions: { nb: 'beslutninger', nn: 'avgjerder', en: 'decisions' },
  feedback: { nb: 'tilbakemelding', nn: 'tilbakemelding', en: 'feedback' },
  stats: { nb: 'statistikk', nn: 'statistikk', en: 'stats' },
  askOffice: { nb: 'spør prosjektkontoret', nn: 'spør prosjektkontoret', en: 'ask' },
  myQuestions: { nb: 'mine spørsmål', nn: 'spørsmåla mine', en: 'my questions' },
  announce: { nb: 'kunngjøring', nn: 'kunngjering', en: 'announce' },
  status: { nb: 'status', nn: 'status', en: 'status' },
  chooseOfficeChannel: {
    nb: 'velg som prosjektkontor-kanal',
    nn: 'vel som prosjektkontor-kanal',
    en: 'use as project office channel',
  },
} satisfies Messages;
