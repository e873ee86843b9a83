import { isDeliveryReason } from '../model/delivery-reason';
import type { Lang } from '../qa/knowledge-base';

/** What the communications lead reads while writing and following announcements, in bokmål and English. */
const ANNOUNCEMENT_STRINGS = {
  refused: {
    nb: 'Beklager, bare kommunikasjonsansvarlige i prosjektet kan lage, sende og følge opp kunngjøringer. Ta kontakt med prosjektkontoret hvis du mener du skal ha tilgang.',
    en: "Sorry, only the project's communications leads can write, send and follow up announcements. Contact the project office if you think you should have access.",
  },
  personalOnly: {
    nb: 'Kunngjøringer skrives i den personlige chatten med boten. Åpne chatten med Helseplattformen-boten og skriv «kunngjøring» der.',
    en: 'Announcements are written in your personal chat with the bot. Open the chat with the Helseplattformen bot and type "announce" there.',
  },
  helpAnnounce: {
    nb: 'Skriv og send en kunngjøring (kommunikasjonsansvarlige)',
    en: 'Write and send an announcement (communications leads)',
  },
  helpStatus: {
    nb: 'Status for de siste kunngjøringene (kommunikasjonsansvarlige)',
    en: 'Status of the latest announcements (communications leads)',
  },
  formTitleNew: { nb: 'Ny kunngjøring', en: 'New announcement' },
  formTitleEdit: { nb: 'Rediger kunngjøring', en: 'Edit announcement' },
  formIntroNew: {
    nb: 'Fyll ut og trykk «Forhåndsvis». Ingenting sendes før du har sett forhåndsvisningen og trykket «Send nå» eller «Planlegg».',
    en: 'Fill in the form and press "Preview". Nothing is sent until you have seen the preview and pressed "Send now" or "Schedule".',
  },
  formIntroEditSent: {
    nb: 'Endringen oppdaterer kunngjøringen hos alle som har fått den. Mottakerne får ikke nytt varsel.',
    en: 'The change updates the announcement for everyone who has received it. Recipients are not notified again.',
  },
  formIntroEditScheduled: {
    nb: 'Endringen lagres, og kunngjøringen sendes som planlagt.',
    en: 'The change is saved, and the announcement is sent as scheduled.',
  },
  titleLabel: { nb: 'Tittel', en: 'Title' },
  titlePlaceholder: {
    nb: 'For eksempel: Nedetid i Helseplattformen fredag kveld',
    en: 'For example: Helseplattformen down on Friday evening',
  },
  titleRequired: { nb: 'Skriv en tittel.', en: 'Type a title.' },
  textLabel: { nb: 'Tekst', en: 'Text' },
  textPlaceholder: {
    nb: 'Du kan bruke **fet skrift**, _kursiv_, punktlister (- ) og [lenker](https://…).',
    en: 'You can use **bold**, _italics_, bullet lists (- ) and [links](https://…).',
  },
  textRequired: { nb: 'Skriv teksten.', en: 'Type the text.' },
  imageLabel: {
    nb: 'Bilde (valgfritt): https-adressen til bildet',
    en: 'Image (optional): the https address of the image',
  },
  linksLabel: {
    nb: 'Lenkeknapper (valgfritt, opptil 3)',
    en: 'Link buttons (optional, up to 3)',
  },
  linkTitleLabel: { nb: 'Knappetekst {n}', en: 'Button text {n}' },
  linkUrlLabel: { nb: 'Adresse {n} (https://…)', en: 'Address {n} (https://…)' },
  importanceLabel: { nb: 'Viktighet', en: 'Importance' },
  importanceNormal: { nb: 'Vanlig', en: 'Normal' },
  importanceHigh: {
    nb: 'Viktig: mottakerne får et varsel i aktivitetsfeeden',
    en: 'Important: recipients get an alert in their activity feed',
  },
  audienceLabel: { nb: 'Mottakere', en: 'Recipients' },
  audienceAll: { nb: 'Alle: personlige chatter og team', en: 'Everyone: personal chats and teams' },
  audiencePersonal: { nb: 'Alle personlige chatter', en: 'All personal chats' },
  audienceChannels: {
    nb: 'Alle team (kanalene der boten er lagt til)',
    en: 'All teams (the channels the bot has been added to)',
  },
  audienceTeams: { nb: 'Valgte team', en: 'Chosen teams' },
  teamsLabel: { nb: 'Team (når mottakerne er «Valgte team»)', en: 'Teams (for "Chosen teams")' },
  teamsPlaceholder: { nb: 'Velg ett eller flere team', en: 'Choose one or more teams' },
  preview: { nb: 'Forhåndsvis', en: 'Preview' },
  cancel: { nb: 'Avbryt', en: 'Cancel' },
  updateEverywhere: { nb: 'Oppdater hos alle mottakere', en: 'Update for all recipients' },
  saveChanges: { nb: 'Lagre endringene', en: 'Save the changes' },
  previewHeading: { nb: 'Forhåndsvisning', en: 'Preview' },
  previewIntro: {
    nb: 'Slik ser kunngjøringen ut for mottakerne. Sjekk teksten og lenkene før du sender.',
    en: 'This is how recipients will see the announcement. Check the text and the links before you send it.',
  },
  recipientsValue: { nb: '{count} – {audience}', en: '{count} – {audience}' },
  conversationsOne: { nb: '1 samtale', en: '1 conversation' },
  conversationsMany: { nb: '{n} samtaler', en: '{n} conversations' },
  importanceFact: { nb: 'Viktighet', en: 'Importance' },
  importanceHighShort: { nb: 'Viktig (med varsel)', en: 'Important (with an alert)' },
  noRecipients: {
    nb: 'Ingen mottakere ennå: boten er ikke lagt til hos noen i denne mottakergruppen.',
    en: 'No recipients yet: nobody in this group has the bot.',
  },
  scheduleHeading: {
    nb: 'Eller planlegg sendingen (norsk tid):',
    en: 'Or schedule it (Norwegian time):',
  },
  dateLabel: { nb: 'Dato', en: 'Date' },
  timeLabel: { nb: 'Klokkeslett', en: 'Time' },
  sendNow: { nb: 'Send nå', en: 'Send now' },
  schedule: { nb: 'Planlegg', en: 'Schedule' },
  edit: { nb: 'Rediger', en: 'Edit' },
  scheduleMissing: {
    nb: 'Velg dato og klokkeslett før du trykker «Planlegg».',
    en: 'Choose a date and a time before you press "Schedule".',
  },
  scheduleInvalid: {
    nb: 'Det tidspunktet finnes ikke på norsk klokke (overgangen til sommertid). Velg et annet klokkeslett.',
    en: 'That time does not exist on Norwegian clocks (the change to summer time). Choose another time.',
  },
  schedulePast: {
    nb: 'Tidspunktet har allerede passert. Velg et tidspunkt fram i tid, eller trykk «Send nå».',
    en: 'That time has passed. Choose a time in the future, or press "Send now".',
  },
  scheduleTooFar: {
    nb: 'Kunngjøringer kan planlegges høyst ett år fram i tid.',
    en: 'Announcements can be scheduled at most one year ahead.',
  },
  sendNoRecipients: {
    nb: 'Det er ingen mottakere å sende til ennå. Velg en annen mottakergruppe, eller planlegg sendingen.',
    en: 'There is nobody to send to yet. Choose other recipients, or schedule it.',
  },
  sentHeading: { nb: '✅ Kunngjøringen sendes', en: '✅ The announcement is being sent' },
  sentText: {
    nb: 'Følg med på statuskortet under. Der kan du også stoppe sendingen, redigere eller trekke tilbake kunngjøringen.',
    en: 'Follow it on the status card below. There you can also stop it, edit it or recall it.',
  },
  scheduledHeading: { nb: '🕒 Kunngjøringen er planlagt', en: '🕒 The announcement is scheduled' },
  scheduledText: {
    nb: 'Den sendes {at}. Statuskortet under viser status; der kan du også stoppe eller redigere den.',
    en: 'It will be sent {at}. The status card below shows its status; there you can also stop or edit it.',
  },
  discardedHeading: { nb: 'Kunngjøringen ble forkastet', en: 'The announcement was discarded' },
  discardedText: {
    nb: 'Ingenting ble sendt. Skriv «kunngjøring» for å begynne på nytt.',
    en: 'Nothing was sent. Type "announce" to start again.',
  },
  updatedHeading: { nb: '✅ Endringen er lagret', en: '✅ The change is saved' },
  updatedTextSent: {
    nb: 'Kunngjøringen oppdateres nå hos alle mottakere. Statuskortet viser når det er gjort.',
    en: 'The announcement is now being updated for all recipients. The status card shows when it is done.',
  },
  updatedTextScheduled: {
    nb: 'Kunngjøringen sendes som planlagt, med endringene.',
    en: 'The announcement will be sent as scheduled, with the changes.',
  },
  unchangedHeading: { nb: 'Ingen endringer', en: 'No changes' },
  unchangedText: { nb: 'Kunngjøringen er som før.', en: 'The announcement is as it was.' },
  notFound: {
    nb: 'Fant ikke kunngjøringen. Den kan være slettet.',
    en: 'I could not find the announcement. It may have been deleted.',
  },
  notDraft: {
    nb: 'Kunngjøringen er allerede sendt, planlagt eller forkastet. Bruk statuskortet, eller skriv «status».',
    en: 'The announcement has already been sent, scheduled or discarded. Use its status card, or type "status".',
  },
  notEditable: {
    nb: 'Kunngjøringen er avbrutt eller trukket tilbake og kan ikke redigeres.',
    en: 'The announcement was cancelled or recalled and cannot be edited.',
  },
  recalledAlready: {
    nb: 'Denne kunngjøringen er trukket tilbake.',
    en: 'This announcement has been recalled.',
  },
  previewOnly: {
    nb: 'Dette er bare en forhåndsvisning; mottakerne kan bekrefte at de har lest kunngjøringen.',
    en: 'This is only a preview; recipients can confirm that they have read the announcement.',
  },
  listHeading: { nb: 'Siste kunngjøringer', en: 'Latest announcements' },
  listEmpty: {
    nb: 'Ingen kunngjøringer ennå. Skriv «kunngjøring» for å lage en.',
    en: 'No announcements yet. Type "announce" to write one.',
  },
  showStatus: { nb: 'Vis status', en: 'Show status' },
  statusDraft: { nb: 'Utkast', en: 'Draft' },
  statusScheduled: { nb: 'Planlagt {at}', en: 'Scheduled {at}' },
  statusSending: { nb: 'Sendes nå', en: 'Being sent' },
  statusSent: { nb: 'Sendt {at}', en: 'Sent {at}' },
  statusCancelled: { nb: 'Stoppet', en: 'Stopped' },
  statusRecalled: { nb: 'Trukket tilbake', en: 'Recalled' },
  statusUpdating: { nb: 'Oppdateres hos mottakerne', en: 'Being updated for recipients' },
  factRecipients: { nb: 'Mottakere', en: 'Recipients' },
  factSent: { nb: 'Sendt', en: 'Sent' },
  factFailed: { nb: 'Feilet', en: 'Failed' },
  factPending: { nb: 'Venter', en: 'Pending' },
  factAcknowledged: { nb: 'Bekreftet lest', en: 'Confirmed read' },
  factNotUpdated: { nb: 'Ikke oppdatert', en: 'Not updated' },
  factNotRemoved: { nb: 'Ikke fjernet', en: 'Not removed' },
  reason_conversation_not_found: {
    nb: 'Samtalen finnes ikke lenger',
    en: 'The conversation no longer exists',
  },
  reason_bot_removed: { nb: 'Boten er fjernet eller blokkert', en: 'The bot was removed or blocked' },
  reason_rejected: { nb: 'Teams avviste meldingen', en: 'Teams refused the message' },
  reason_gave_up: { nb: 'Ga opp etter flere forsøk', en: 'Gave up after several attempts' },
  reason_not_installed: { nb: 'Mottakeren har ikke lenger boten', en: 'The recipient no longer has the bot' },
  reason_cancelled: { nb: 'Sendingen ble stoppet', en: 'The sending was stopped' },
  reason_recalled: { nb: 'Kunngjøringen ble trukket tilbake', en: 'The announcement was recalled' },
  reason_not_updated: { nb: 'Endringen nådde ikke fram', en: 'The edit did not reach the message' },
  reason_not_removed: {
    nb: 'Meldingen ble ikke fjernet',
    en: 'The message was not removed',
  },
  recallHeading: { nb: 'Trekke tilbake kunngjøringen?', en: 'Recall the announcement?' },
  recallText: {
    nb: 'Kunngjøringen slettes fra {count} der den er sendt.{stopping} Dette kan ikke angres.',
    en: 'The announcement is deleted from the {count} it was sent to.{stopping} This cannot be undone.',
  },
  recallStopping: {
    nb: ' Sendingen som pågår, stoppes også.',
    en: ' The sending under way is stopped too.',
  },
  recallConfirm: { nb: 'Ja, trekk tilbake', en: 'Yes, recall it' },
  recallKeep: { nb: 'Nei, behold den', en: 'No, keep it' },
  failed: {
    nb: 'Beklager, noe gikk galt hos meg. Prøv igjen om litt.',
    en: 'Sorry, something went wrong on my side. Please try again in a moment.',
  },
  storeDown: {
    nb: 'Beklager, jeg får ikke lagret akkurat nå. Prøv igjen om litt.',
    en: 'Sorry, I cannot save right now. Please try again in a moment.',
  },
} satisfies Record<string, { nb: string; en: string }>;

/** Key of a text on the announcement cards. */
export type AnnouncementStringKey = keyof typeof ANNOUNCEMENT_STRINGS;

/** A text in the reader's language (nynorsk readers get bokmål), with {name} placeholders filled in. */
export function announcementText(
  key: AnnouncementStringKey,
  lang: Lang,
  vars: Record<string, string | number> = {},
): string {
  const value = ANNOUNCEMENT_STRINGS[key][lang === 'en' ? 'en' : 'nb'];
  return value.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** A stored delivery reason in the reader's language; free text from before the codes is shown as it is. */
export function deliveryReasonText(reason: string, lang: Lang): string {
  return isDeliveryReason(reason) ? announcementText(`reason_${reason}`, lang) : reason;
}

/** "1 samtale" / "12 samtaler" (English: conversations). */
export function conversationCount(count: number, lang: Lang): string {
  return count === 1
    ? announcementText('conversationsOne', lang)
    : announcementText('conversationsMany', lang, { n: count });
}
