import type { Lang } from '../qa/knowledge-base';

/** Languages of the feedback texts: bokmål, and English when the Teams locale is English. */
export type FeedbackLang = 'nb' | 'en';

/** Bokmål for Norwegian locales (nynorsk included), English for English ones. */
export function feedbackLang(lang: Lang): FeedbackLang {
  return lang === 'en' ? 'en' : 'nb';
}

/** Every text the feedback feature shows or replies with, in bokmål and English. */
const FEEDBACK_STRINGS = {
  thanks: { nb: 'Takk for tilbakemeldingen!', en: 'Thank you for your feedback!' },
  commentLabel: { nb: 'Vil du si mer? (valgfritt)', en: 'Anything to add? (optional)' },
  commentPlaceholder: {
    nb: 'For eksempel hva du savnet i svaret',
    en: 'For example what you missed in the answer',
  },
  freeTitle: { nb: 'Gi tilbakemelding', en: 'Give feedback' },
  freeIntro: {
    nb: 'Fortell hva som fungerer, hva som mangler, eller hva boten bør kunne svare på.',
    en: 'Tell us what works, what is missing, or what the bot should be able to answer.',
  },
  freeLabel: { nb: 'Tilbakemeldingen din', en: 'Your feedback' },
  freeRequired: { nb: 'Skriv tilbakemeldingen før du sender.', en: 'Type your feedback before you send it.' },
  notice: {
    nb: 'Tilbakemeldingen vil ikke bli besvart. Ikke send personlig informasjon, for eksempel e-post, telefonnummer eller personnummer.',
    en: 'Feedback is not answered. Do not send personal information, for example e-mail, phone numbers or national identity numbers.',
  },
  send: { nb: 'Send', en: 'Send' },
  commentSaved: { nb: 'Takk! Kommentaren din er lagret.', en: 'Thank you! Your comment has been saved.' },
  freeSaved: {
    nb: 'Takk for tilbakemeldingen! Den er lagret.',
    en: 'Thank you for your feedback! It has been saved.',
  },
  removed: {
    nb: 'Jeg fjernet {kinds} før jeg lagret den.',
    en: 'I removed {kinds} before saving it.',
  },
  ratedYes: {
    nb: 'Takk for tilbakemeldingen – du svarte «Ja».',
    en: 'Thank you for your feedback – you answered "Yes".',
  },
  ratedNo: {
    nb: 'Takk for tilbakemeldingen – du svarte «Nei».',
    en: 'Thank you for your feedback – you answered "No".',
  },
  alreadyRated: {
    nb: 'Du har allerede gitt tilbakemelding på dette svaret, så jeg beholder den første. Takk!',
    en: 'You have already given feedback on this answer, so I keep the first one. Thank you!',
  },
  storeDown: {
    nb: 'Beklager, jeg fikk ikke lagret tilbakemeldingen akkurat nå. Prøv igjen om litt.',
    en: 'Sorry, I could not save your feedback right now. Please try again in a little while.',
  },
  badCard: {
    nb: 'Beklager, jeg forstod ikke svaret fra kortet. Prøv igjen, eller skriv «tilbakemelding» og teksten din.',
    en: 'Sorry, I did not understand what the card sent. Try again, or type "feedback" followed by your text.',
  },
  tooLong: {
    nb: 'Tilbakemeldingen er for lang (over {max} tegn). Kort den ned og send den igjen.',
    en: 'The feedback is too long (over {max} characters). Please shorten it and send it again.',
  },
  emptyFree: {
    nb: 'Skriv noe i feltet før du sender, eller skriv «tilbakemelding» og teksten din.',
    en: 'Type something in the field before you send, or type "feedback" followed by your text.',
  },
  notYours: {
    nb: 'Dette skjemaet hører til en annens tilbakemelding. Skriv «tilbakemelding» for å gi din egen.',
    en: 'This form belongs to someone else\'s feedback. Type "feedback" to give your own.',
  },
  statsTitle: { nb: 'Tilbakemeldinger', en: 'Feedback' },
  statsRated: { nb: 'Svar vurdert', en: 'Answers rated' },
  statsHelpfulShare: { nb: 'Andel «Ja»', en: 'Share "Yes"' },
  statsNotHelpful: { nb: 'Antall «Nei»', en: 'Number of "No"' },
  statsFree: { nb: 'Fritekst-tilbakemeldinger', en: 'Free-text feedback' },
  statsShare: { nb: '{percent} % ({count} av {total})', en: '{percent}% ({count} of {total})' },
  statsTopNo: { nb: 'Emner med flest «Nei»', en: 'Topics with the most "No"' },
  statsTopUnanswered: { nb: 'Hyppigste spørsmål uten svar', en: 'Most frequent unanswered questions' },
  statsNone: { nb: 'Ingen ennå.', en: 'None yet.' },
  statsNoRatings: { nb: 'Ingen vurderinger ennå', en: 'No ratings yet' },
  statsUnknownTopic: { nb: 'Ukjent emne ({id})', en: 'Unknown topic ({id})' },
  statsCountOnce: { nb: '1 gang', en: 'once' },
  statsCountSuffix: { nb: '{count} ganger', en: '{count} times' },
  statsRetention: {
    nb: 'Tallene gjelder tilbakemeldinger som fortsatt er lagret (de slettes etter en fast tid).',
    en: 'The figures cover feedback still stored (it is deleted after a fixed period).',
  },
  statsRefused: {
    nb: 'Beklager, statistikken er bare tilgjengelig for kommunikasjonsansvarlige.',
    en: 'Sorry, the statistics are only available to the communications leads.',
  },
  statsPersonalOnly: {
    nb: 'Statistikken vises bare i en personlig chat med meg. Skriv «statistikk» til meg der.',
    en: 'The statistics are shown only in a personal chat with me. Type "stats" to me there.',
  },
  statsDown: {
    nb: 'Beklager, jeg får ikke hentet statistikken akkurat nå. Prøv igjen om litt.',
    en: 'Sorry, I cannot fetch the statistics right now. Please try again in a little while.',
  },
  helpFeedback: { nb: 'Gi tilbakemelding på boten', en: 'Give feedback on the bot' },
  helpStats: {
    nb: 'Statistikk over tilbakemeldinger (kommunikasjonsansvarlige)',
    en: 'Feedback statistics (communications leads)',
  },
} as const;

/** A key of the feedback texts. */
export type FeedbackTextKey = keyof typeof FEEDBACK_STRINGS;

/** The text for a key in the given language, with `{name}` placeholders filled in. */
export function feedbackText(
  key: FeedbackTextKey,
  lang: Lang | FeedbackLang,
  values: Record<string, string | number> = {},
): string {
  const template: string = FEEDBACK_STRINGS[key][lang === 'en' ? 'en' : 'nb'];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] !== undefined ? String(values[name]) : whole,
  );
}
