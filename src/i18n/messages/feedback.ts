import type { Messages } from '../translate';

/** Everything the feedback feature shows or replies with. */
export const feedbackMessages = {
  thanks: {
    nb: 'Takk for tilbakemeldingen!',
    nn: 'Takk for tilbakemeldinga!',
    en: 'Thank you for your feedback!',
  },
  commentLabel: {
    nb: 'Vil du si mer? (valgfritt)',
    nn: 'Vil du seie meir? (valfritt)',
    en: 'Anything to add? (optional)',
  },
  commentPlaceholder: {
    nb: 'For eksempel hva du savnet i svaret',
    nn: 'Til dømes kva du sakna i svaret',
    en: 'For example what you missed in the answer',
  },
  freeTitle: { nb: 'Gi tilbakemelding', nn: 'Gje tilbakemelding', en: 'Give feedback' },
  freeIntro: {
    nb: 'Fortell hva som fungerer, hva som mangler, eller hva boten bør kunne svare på.',
    nn: 'Fortel kva som fungerer, kva som manglar, eller kva boten bør kunne svare på.',
    en: 'Tell us what works, what is missing, or what the bot should be able to answer.',
  },
  freeLabel: { nb: 'Tilbakemeldingen din', nn: 'Tilbakemeldinga di', en: 'Your feedback' },
  freeRequired: {
    nb: 'Skriv tilbakemeldingen før du sender.',
    nn: 'Skriv tilbakemeldinga før du sender.',
    en: 'Type your feedback before you send it.',
  },
  notice: {
    nb: 'Tilbakemeldingen vil ikke bli besvart. Ikke send personlig informasjon, for eksempel e-post, telefonnummer eller personnummer.',
    nn: 'Tilbakemeldinga blir ikkje svart på. Ikkje send personleg informasjon, til dømes e-post, telefonnummer eller personnummer.',
    en: 'Feedback is not answered. Do not send personal information, for example e-mail, phone numbers or national identity numbers.',
  },
  send: { nb: 'Send', nn: 'Send', en: 'Send' },
  commentSaved: {
    nb: 'Takk! Kommentaren din er lagret.',
    nn: 'Takk! Kommentaren din er lagra.',
    en: 'Thank you! Your comment has been saved.',
  },
  freeSaved: {
    nb: 'Takk for tilbakemeldingen! Den er lagret.',
    nn: 'Takk for tilbakemeldinga! Ho er lagra.',
    en: 'Thank you for your feedback! It has been saved.',
  },
  removed: {
    nb: 'Jeg fjernet {kinds} før jeg lagret den.',
    nn: 'Eg fjerna {kinds} før eg lagra ho.',
    en: 'I removed {kinds} before saving it.',
  },
  ratedYes: {
    nb: 'Takk for tilbakemeldingen – du svarte «Ja».',
    nn: 'Takk for tilbakemeldinga – du svarte «Ja».',
    en: 'Thank you for your feedback – you answered "Yes".',
  },
  ratedNo: {
    nb: 'Takk for tilbakemeldingen – du svarte «Nei».',
    nn: 'Takk for tilbakemeldinga – du svarte «Nei».',
    en: 'Thank you for your feedback – you answered "No".',
  },
  alreadyRated: {
    nb: 'Du har allerede gitt tilbakemelding på dette svaret, så jeg beholder den første. Takk!',
    nn: 'Du har alt gitt tilbakemelding på dette svaret, så eg held på den første. Takk!',
    en: 'You have already given feedback on this answer, so I keep the first one. Thank you!',
  },
  storeDown: {
    nb: 'Beklager, jeg fikk ikke lagret tilbakemeldingen akkurat nå. Prøv igjen om litt.',
    nn: 'Orsak, eg fekk ikkje lagra tilbakemeldinga akkurat no. Prøv igjen om litt.',
    en: 'Sorry, I could not save your feedback right now. Please try again in a little while.',
  },
  badCard: {
    nb: 'Beklager, jeg forstod ikke svaret fra kortet. Prøv igjen, eller skriv «tilbakemelding» og teksten din.',
    nn: 'Orsak, eg forstod ikkje svaret frå kortet. Prøv igjen, eller skriv «tilbakemelding» og teksten din.',
    en: 'Sorry, I did not understand what the card sent. Try again, or type "feedback" followed by your text.',
  },
  tooLong: {
    nb: 'Tilbakemeldingen er for lang (over {max} tegn). Kort den ned og send den igjen.',
    nn: 'Tilbakemeldinga er for lang (over {max} teikn). Kort ho ned og send ho igjen.',
    en: 'The feedback is too long (over {max} characters). Please shorten it and send it again.',
  },
  emptyFree: {
    nb: 'Skriv noe i feltet før du sender, eller skriv «tilbakemelding» og teksten din.',
    nn: 'Skriv noko i feltet før du sender, eller skriv «tilbakemelding» og teksten din.',
    en: 'Type something in the field before you send, or type "feedback" followed by your text.',
  },
  notYours: {
    nb: 'Dette skjemaet hører til en annens tilbakemelding. Skriv «tilbakemelding» for å gi din egen.',
    nn: 'Dette skjemaet høyrer til tilbakemeldinga til ein annan. Skriv «tilbakemelding» for å gje di eiga.',
    en: 'This form belongs to someone else\'s feedback. Type "feedback" to give your own.',
  },
  statsTitle: { nb: 'Tilbakemeldinger', nn: 'Tilbakemeldingar', en: 'Feedback' },
  statsRated: { nb: 'Svar vurdert', nn: 'Svar vurderte', en: 'Answers rated' },
  statsHelpfulShare: { nb: 'Andel «Ja»', nn: 'Del «Ja»', en: 'Share "Yes"' },
  statsNotHelpful: { nb: 'Antall «Nei»', nn: 'Tal på «Nei»', en: 'Number of "No"' },
  statsFree: { nb: 'Fritekst-tilbakemeldinger', nn: 'Fritekst-tilbakemeldingar', en: 'Free-text feedback' },
  statsShare: {
    nb: '{percent} ({count} av {total})',
    nn: '{percent} ({count} av {total})',
    en: '{percent} ({count} of {total})',
  },
  statsTopNo: { nb: 'Emner med flest «Nei»', nn: 'Emne med flest «Nei»', en: 'Topics with the most "No"' },
  statsTopUnanswered: {
    nb: 'Hyppigste spørsmål uten svar',
    nn: 'Dei vanlegaste spørsmåla utan svar',
    en: 'Most frequent unanswered questions',
  },
  statsNone: { nb: 'Ingen ennå.', nn: 'Ingen enno.', en: 'None yet.' },
  statsNoRatings: { nb: 'Ingen vurderinger ennå', nn: 'Ingen vurderingar enno', en: 'No ratings yet' },
  statsUnknownTopic: { nb: 'Ukjent emne ({id})', nn: 'Ukjent emne ({id})', en: 'Unknown topic ({id})' },
  statsTimes: {
    nb: { one: '1 gang', other: '{count} ganger' },
    nn: { one: '1 gong', other: '{count} gonger' },
    en: { one: 'once', other: '{count} times' },
  },
  statsRetention: {
    nb: 'Tallene gjelder tilbakemeldinger som fortsatt er lagret (de slettes etter en fast tid).',
    nn: 'Tala gjeld tilbakemeldingar som framleis er lagra (dei blir sletta etter ei fast tid).',
    en: 'The figures cover feedback still stored (it is deleted after a fixed period).',
  },
  statsRefused: {
    nb: 'Beklager, statistikken er bare tilgjengelig for kommunikasjonsansvarlige.',
    nn: 'Orsak, statistikken er berre tilgjengeleg for kommunikasjonsansvarlege.',
    en: 'Sorry, the statistics are only available to the communications leads.',
  },
  statsPersonalOnly: {
    nb: 'Statistikken vises bare i en personlig chat med meg. Skriv «statistikk» til meg der.',
    nn: 'Statistikken blir berre vist i ein personleg chat med meg. Skriv «statistikk» til meg der.',
    en: 'The statistics are shown only in a personal chat with me. Type "stats" to me there.',
  },
  statsDown: {
    nb: 'Beklager, jeg får ikke hentet statistikken akkurat nå. Prøv igjen om litt.',
    nn: 'Orsak, eg får ikkje henta statistikken akkurat no. Prøv igjen om litt.',
    en: 'Sorry, I cannot fetch the statistics right now. Please try again in a little while.',
  },
  topicSubprojects: { nb: 'Delprosjektene', nn: 'Delprosjekta', en: 'The subprojects' },
  topicContacts: { nb: 'Kontakter', nn: 'Kontaktar', en: 'Contacts' },
  topicDecisions: { nb: 'Beslutninger', nn: 'Avgjerder', en: 'Decisions' },
  helpFeedback: {
    nb: 'Gi tilbakemelding på boten',
    nn: 'Gje tilbakemelding på boten',
    en: 'Give feedback on the bot',
  },
  helpStats: {
    nb: 'Statistikk over tilbakemeldinger (kommunikasjonsansvarlige)',
    nn: 'Statistikk over tilbakemeldingar (kommunikasjonsansvarlege)',
    en: 'Feedback statistics (communications leads)',
  },
} satisfies Messages;
