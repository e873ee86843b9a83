import type { Messages } from '../translate';

/** What the communications lead reads while writing and following announcements. */
export const announcementMessages = {
  cardFrom: {
    nb: 'Kunngjøring fra Helseplattformen-prosjektet',
    nn: 'Kunngjering frå Helseplattformen-prosjektet',
    en: 'Announcement from the Helseplattformen project',
  },
  cardImportant: { nb: '⚠ Viktig', nn: '⚠ Viktig', en: '⚠ Important' },
  cardRead: { nb: 'Lest ✓', nn: 'Lese ✓', en: 'Read ✓' },
  cardConfirmRead: { nb: 'Bekreft lest', nn: 'Stadfest at du har lese', en: 'Confirm read' },
  refused: {
    nb: 'Beklager, bare kommunikasjonsansvarlige i prosjektet kan lage, sende og følge opp kunngjøringer. Ta kontakt med prosjektkontoret hvis du mener du skal ha tilgang.',
    nn: 'Orsak, berre kommunikasjonsansvarlege i prosjektet kan lage, sende og følgje opp kunngjeringar. Ta kontakt med prosjektkontoret om du meiner du skal ha tilgang.',
    en: "Sorry, only the project's communications leads can write, send and follow up announcements. Contact the project office if you think you should have access.",
  },
  personalOnly: {
    nb: 'Kunngjøringer skrives i den personlige chatten med boten. Åpne chatten med Helseplattformen-boten og skriv «kunngjøring» der.',
    nn: 'Kunngjeringar blir skrivne i den personlege chatten med boten. Opne chatten med Helseplattformen-boten og skriv «kunngjering» der.',
    en: 'Announcements are written in your personal chat with the bot. Open the chat with the Helseplattformen bot and type "announce" there.',
  },
  helpAnnounce: {
    nb: 'Skriv og send en kunngjøring (kommunikasjonsansvarlige)',
    nn: 'Skriv og send ei kunngjering (kommunikasjonsansvarlege)',
    en: 'Write and send an announcement (communications leads)',
  },
  helpStatus: {
    nb: 'Status for de siste kunngjøringene (kommunikasjonsansvarlige)',
    nn: 'Status for dei siste kunngjeringane (kommunikasjonsansvarlege)',
    en: 'Status of the latest announcements (communications leads)',
  },
  formTitleNew: {
    nb: 'Ny kunngjøring',
    nn: 'Ny kunngjering',
    en: 'New announcement',
  },
  formTitleEdit: {
    nb: 'Rediger kunngjøring',
    nn: 'Rediger kunngjering',
    en: 'Edit announcement',
  },
  formIntroNew: {
    nb: 'Fyll ut og trykk «Forhåndsvis». Ingenting sendes før du har sett forhåndsvisningen og trykket «Send nå» eller «Planlegg».',
    nn: 'Fyll ut og trykk «Førehandsvis». Ingenting blir sendt før du har sett førehandsvisinga og trykt «Send no» eller «Planlegg».',
    en: 'Fill in the form and press "Preview". Nothing is sent until you have seen the preview and pressed "Send now" or "Schedule".',
  },
  formIntroEditSent: {
    nb: 'Endringen oppdaterer kunngjøringen hos alle som har fått den. Mottakerne får ikke nytt varsel.',
    nn: 'Endringa oppdaterer kunngjeringa hos alle som har fått ho. Mottakarane får ikkje nytt varsel.',
    en: 'The change updates the announcement for everyone who has received it. Recipients are not notified again.',
  },
  formIntroEditScheduled: {
    nb: 'Endringen lagres, og kunngjøringen sendes som planlagt.',
    nn: 'Endringa blir lagra, og kunngjeringa blir sendt som planlagt.',
    en: 'The change is saved, and the announcement is sent as scheduled.',
  },
  titleLabel: {
    nb: 'Tittel',
    nn: 'Tittel',
    en: 'Title',
  },
  titlePlaceholder: {
    nb: 'For eksempel: Nedetid i Helseplattformen fredag kveld',
    nn: 'Til dømes: Nedetid i Helseplattformen fredag kveld',
    en: 'For example: Helseplattformen down on Friday evening',
  },
  titleRequired: {
    nb: 'Skriv en tittel.',
    nn: 'Skriv ein tittel.',
    en: 'Type a title.',
  },
  textLabel: {
    nb: 'Tekst',
    nn: 'Tekst',
    en: 'Text',
  },
  textPlaceholder: {
    nb: 'Du kan bruke **fet skrift**, _kursiv_, punktlister (- ) og [lenker](https://…).',
    nn: 'Du kan bruke **feit skrift**, _kursiv_, punktlister (- ) og [lenkjer](https://…).',
    en: 'You can use **bold**, _italics_, bullet lists (- ) and [links](https://…).',
  },
  textRequired: {
    nb: 'Skriv teksten.',
    nn: 'Skriv teksten.',
    en: 'Type the text.',
  },
  imageLabel: {
    nb: 'Bilde (valgfritt): https-adressen til bildet',
    nn: 'Bilete (valfritt): https-adressa til biletet',
    en: 'Image (optional): the https address of the image',
  },
  linksLabel: {
    nb: 'Lenkeknapper (valgfritt, opptil 3)',
    nn: 'Lenkjeknappar (valfritt, opptil 3)',
    en: 'Link buttons (optional, up to 3)',
  },
  linkTitleLabel: {
    nb: 'Knappetekst {n}',
    nn: 'Knappetekst {n}',
    en: 'Button text {n}',
  },
  linkUrlLabel: {
    nb: 'Adresse {n} (https://…)',
    nn: 'Adresse {n} (https://…)',
    en: 'Address {n} (https://…)',
  },
  importanceLabel: {
    nb: 'Viktighet',
    nn: 'Viktigheit',
    en: 'Importance',
  },
  importanceNormal: {
    nb: 'Vanlig',
    nn: 'Vanleg',
    en: 'Normal',
  },
  importanceHigh: {
    nb: 'Viktig: mottakerne får et varsel i aktivitetsfeeden',
    nn: 'Viktig: mottakarane får eit varsel i aktivitetsfeeden',
    en: 'Important: recipients get an alert in their activity feed',
  },
  audienceLabel: {
    nb: 'Mottakere',
    nn: 'Mottakarar',
    en: 'Recipients',
  },
  audienceAll: {
    nb: 'Alle: personlige chatter og team',
    nn: 'Alle: personlege chattar og team',
    en: 'Everyone: personal chats and teams',
  },
  audiencePersonal: {
    nb: 'Alle personlige chatter',
    nn: 'Alle personlege chattar',
    en: 'All personal chats',
  },
  audienceChannels: {
    nb: 'Alle team (kanalene der boten er lagt til)',
    nn: 'Alle team (kanalane der boten er lagd til)',
    en: 'All teams (the channels the bot has been added to)',
  },
  audienceTeams: {
    nb: 'Valgte team',
    nn: 'Valde team',
    en: 'Chosen teams',
  },
  teamsLabel: {
    nb: 'Team (når mottakerne er «Valgte team»)',
    nn: 'Team (når mottakarane er «Valde team»)',
    en: 'Teams (for "Chosen teams")',
  },
  teamsPlaceholder: {
    nb: 'Velg ett eller flere team',
    nn: 'Vel eitt eller fleire team',
    en: 'Choose one or more teams',
  },
  preview: {
    nb: 'Forhåndsvis',
    nn: 'Førehandsvis',
    en: 'Preview',
  },
  cancel: {
    nb: 'Avbryt',
    nn: 'Avbryt',
    en: 'Cancel',
  },
  updateEverywhere: {
    nb: 'Oppdater hos alle mottakere',
    nn: 'Oppdater hos alle mottakarar',
    en: 'Update for all recipients',
  },
  saveChanges: {
    nb: 'Lagre endringene',
    nn: 'Lagre endringane',
    en: 'Save the changes',
  },
  previewHeading: {
    nb: 'Forhåndsvisning',
    nn: 'Førehandsvising',
    en: 'Preview',
  },
  previewIntro: {
    nb: 'Slik ser kunngjøringen ut for mottakerne. Sjekk teksten og lenkene før du sender.',
    nn: 'Slik ser kunngjeringa ut for mottakarane. Sjekk teksten og lenkjene før du sender.',
    en: 'This is how recipients will see the announcement. Check the text and the links before you send it.',
  },
  recipientsValue: {
    nb: '{count} – {audience}',
    nn: '{count} – {audience}',
    en: '{count} – {audience}',
  },
  importanceFact: {
    nb: 'Viktighet',
    nn: 'Viktigheit',
    en: 'Importance',
  },
  importanceHighShort: {
    nb: 'Viktig (med varsel)',
    nn: 'Viktig (med varsel)',
    en: 'Important (with an alert)',
  },
  noRecipients: {
    nb: 'Ingen mottakere ennå: boten er ikke lagt til hos noen i denne mottakergruppen.',
    nn: 'Ingen mottakarar enno: boten er ikkje lagd til hos nokon i denne mottakargruppa.',
    en: 'No recipients yet: nobody in this group has the bot.',
  },
  scheduleHeading: {
    nb: 'Eller planlegg sendingen (norsk tid):',
    nn: 'Eller planlegg sendinga (norsk tid):',
    en: 'Or schedule it (Norwegian time):',
  },
  dateLabel: {
    nb: 'Dato',
    nn: 'Dato',
    en: 'Date',
  },
  timeLabel: {
    nb: 'Klokkeslett',
    nn: 'Klokkeslett',
    en: 'Time',
  },
  sendNow: {
    nb: 'Send nå',
    nn: 'Send no',
    en: 'Send now',
  },
  schedule: {
    nb: 'Planlegg',
    nn: 'Planlegg',
    en: 'Schedule',
  },
  edit: {
    nb: 'Rediger',
    nn: 'Rediger',
    en: 'Edit',
  },
  scheduleMissing: {
    nb: 'Velg dato og klokkeslett før du trykker «Planlegg».',
    nn: 'Vel dato og klokkeslett før du trykkjer «Planlegg».',
    en: 'Choose a date and a time before you press "Schedule".',
  },
  scheduleInvalid: {
    nb: 'Det tidspunktet finnes ikke på norsk klokke (overgangen til sommertid). Velg et annet klokkeslett.',
    nn: 'Det tidspunktet finst ikkje på norsk klokke (overgangen til sommartid). Vel eit anna klokkeslett.',
    en: 'That time does not exist on Norwegian clocks (the change to summer time). Choose another time.',
  },
  schedulePast: {
    nb: 'Tidspunktet har allerede passert. Velg et tidspunkt fram i tid, eller trykk «Send nå».',
    nn: 'Tidspunktet har alt passert. Vel eit tidspunkt fram i tid, eller trykk «Send no».',
    en: 'That time has passed. Choose a time in the future, or press "Send now".',
  },
  scheduleTooFar: {
    nb: 'Kunngjøringer kan planlegges høyst ett år fram i tid.',
    nn: 'Kunngjeringar kan planleggjast høgst eitt år fram i tid.',
    en: 'Announcements can be scheduled at most one year ahead.',
  },
  contentInvalid: {
    nb: 'Kunngjøringen kan ikke sendes slik: {problems}',
    nn: 'Kunngjeringa kan ikkje sendast slik: {problems}',
    en: 'The announcement cannot be sent like this: {problems}',
  },
  titleMissing: {
    nb: 'Tittel mangler.',
    nn: 'Tittel manglar.',
    en: 'The title is missing.',
  },
  titleTooLong: {
    nb: 'Tittelen kan være høyst {max} tegn.',
    nn: 'Tittelen kan vere høgst {max} teikn.',
    en: 'The title can be at most {max} characters.',
  },
  textMissing: {
    nb: 'Teksten mangler.',
    nn: 'Teksten manglar.',
    en: 'The text is missing.',
  },
  textTooLong: {
    nb: 'Teksten kan være høyst {max} tegn.',
    nn: 'Teksten kan vere høgst {max} teikn.',
    en: 'The text can be at most {max} characters.',
  },
  imageNotHttps: {
    nb: 'Bildeadressen må være en https-adresse.',
    nn: 'Biletadressa må vere ei https-adresse.',
    en: 'The image address must be an https address.',
  },
  linkTitleMissing: {
    nb: 'Hver lenke må ha en tekst.',
    nn: 'Kvar lenkje må ha ein tekst.',
    en: 'Every link needs a text.',
  },
  linkTitleTooLong: {
    nb: 'Lenketeksten kan være høyst {max} tegn.',
    nn: 'Lenkjeteksten kan vere høgst {max} teikn.',
    en: 'A link text can be at most {max} characters.',
  },
  linkNotHttp: {
    nb: 'Lenker må være http- eller https-adresser.',
    nn: 'Lenkjer må vere http- eller https-adresser.',
    en: 'Links must be http or https addresses.',
  },
  tooManyLinks: {
    nb: 'Høyst {max} lenker.',
    nn: 'Høgst {max} lenkjer.',
    en: 'At most {max} links.',
  },
  contentTooLarge: {
    nb: 'Kunngjøringen blir for stor for Teams ({kb} kB, høyst {max} kB). Kort ned teksten eller lenkene.',
    nn: 'Kunngjeringa blir for stor for Teams ({kb} kB, høgst {max} kB). Kort ned teksten eller lenkjene.',
    en: 'The announcement is too large for Teams ({kb} kB, at most {max} kB). Shorten the text or the links.',
  },
  contentFieldInvalid: {
    nb: 'Feltet «{field}» er ugyldig.',
    nn: 'Feltet «{field}» er ugyldig.',
    en: 'The field "{field}" is not valid.',
  },
  formLinkIncomplete: {
    nb: 'Lenke {n} må ha både knappetekst og adresse.',
    nn: 'Lenkje {n} må ha både knappetekst og adresse.',
    en: 'Link {n} needs both a button text and an address.',
  },
  formLinkNotHttps: {
    nb: 'Adressen til lenke {n} må være en https-adresse (https://…).',
    nn: 'Adressa til lenkje {n} må vere ei https-adresse (https://…).',
    en: 'The address of link {n} must be an https address (https://…).',
  },
  audienceInvalid: {
    nb: 'Mottakerne er ikke en gruppe jeg kjenner igjen.',
    nn: 'Mottakarane er ikkje ei gruppe eg kjenner att.',
    en: 'The recipients are not a group I know.',
  },
  noTeamChosen: {
    nb: 'Velg minst ett team, eller velg andre mottakere.',
    nn: 'Vel minst eitt team, eller vel andre mottakarar.',
    en: 'Choose at least one team, or choose other recipients.',
  },
  tooManyTeams: {
    nb: 'Velg høyst {max} team.',
    nn: 'Vel høgst {max} team.',
    en: 'Choose at most {max} teams.',
  },
  sendNoRecipients: {
    nb: 'Det er ingen mottakere å sende til ennå. Velg en annen mottakergruppe, eller planlegg sendingen.',
    nn: 'Det er ingen mottakarar å sende til enno. Vel ei anna mottakargruppe, eller planlegg sendinga.',
    en: 'There is nobody to send to yet. Choose other recipients, or schedule it.',
  },
  sentHeading: {
    nb: '✅ Kunngjøringen sendes',
    nn: '✅ Kunngjeringa blir sendt',
    en: '✅ The announcement is being sent',
  },
  sentText: {
    nb: 'Følg med på statuskortet under. Der kan du også stoppe sendingen, redigere eller trekke tilbake kunngjøringen.',
    nn: 'Følg med på statuskortet under. Der kan du òg stoppe sendinga, redigere eller trekkje tilbake kunngjeringa.',
    en: 'Follow it on the status card below. There you can also stop it, edit it or recall it.',
  },
  scheduledHeading: {
    nb: '🕒 Kunngjøringen er planlagt',
    nn: '🕒 Kunngjeringa er planlagd',
    en: '🕒 The announcement is scheduled',
  },
  scheduledText: {
    nb: 'Den sendes {at}. Statuskortet under viser status; der kan du også stoppe eller redigere den.',
    nn: 'Ho blir sendt {at}. Statuskortet under viser status; der kan du òg stoppe eller redigere ho.',
    en: 'It will be sent {at}. The status card below shows its status; there you can also stop or edit it.',
  },
  discardedHeading: {
    nb: 'Kunngjøringen ble forkastet',
    nn: 'Kunngjeringa vart forkasta',
    en: 'The announcement was discarded',
  },
  discardedText: {
    nb: 'Ingenting ble sendt. Skriv «kunngjøring» for å begynne på nytt.',
    nn: 'Ingenting vart sendt. Skriv «kunngjering» for å byrje på nytt.',
    en: 'Nothing was sent. Type "announce" to start again.',
  },
  updatedHeading: {
    nb: '✅ Endringen er lagret',
    nn: '✅ Endringa er lagra',
    en: '✅ The change is saved',
  },
  updatedTextSent: {
    nb: 'Kunngjøringen oppdateres nå hos alle mottakere. Statuskortet viser når det er gjort.',
    nn: 'Kunngjeringa blir no oppdatert hos alle mottakarar. Statuskortet viser når det er gjort.',
    en: 'The announcement is now being updated for all recipients. The status card shows when it is done.',
  },
  updatedTextScheduled: {
    nb: 'Kunngjøringen sendes som planlagt, med endringene.',
    nn: 'Kunngjeringa blir sendt som planlagt, med endringane.',
    en: 'The announcement will be sent as scheduled, with the changes.',
  },
  unchangedHeading: {
    nb: 'Ingen endringer',
    nn: 'Ingen endringar',
    en: 'No changes',
  },
  unchangedText: {
    nb: 'Kunngjøringen er som før.',
    nn: 'Kunngjeringa er som før.',
    en: 'The announcement is as it was.',
  },
  notFound: {
    nb: 'Fant ikke kunngjøringen. Den kan være slettet.',
    nn: 'Fann ikkje kunngjeringa. Ho kan vere sletta.',
    en: 'I could not find the announcement. It may have been deleted.',
  },
  notDraft: {
    nb: 'Kunngjøringen er allerede sendt, planlagt eller forkastet. Bruk statuskortet, eller skriv «status».',
    nn: 'Kunngjeringa er alt sendt, planlagd eller forkasta. Bruk statuskortet, eller skriv «status».',
    en: 'The announcement has already been sent, scheduled or discarded. Use its status card, or type "status".',
  },
  notEditable: {
    nb: 'Kunngjøringen er avbrutt eller trukket tilbake og kan ikke redigeres.',
    nn: 'Kunngjeringa er avbroten eller trekt tilbake og kan ikkje redigerast.',
    en: 'The announcement was cancelled or recalled and cannot be edited.',
  },
  recalledAlready: {
    nb: 'Denne kunngjøringen er trukket tilbake.',
    nn: 'Denne kunngjeringa er trekt tilbake.',
    en: 'This announcement has been recalled.',
  },
  previewOnly: {
    nb: 'Dette er bare en forhåndsvisning; mottakerne kan bekrefte at de har lest kunngjøringen.',
    nn: 'Dette er berre ei førehandsvising; mottakarane kan stadfeste at dei har lese kunngjeringa.',
    en: 'This is only a preview; recipients can confirm that they have read the announcement.',
  },
  listHeading: {
    nb: 'Siste kunngjøringer',
    nn: 'Siste kunngjeringar',
    en: 'Latest announcements',
  },
  listEmpty: {
    nb: 'Ingen kunngjøringer ennå. Skriv «kunngjøring» for å lage en.',
    nn: 'Ingen kunngjeringar enno. Skriv «kunngjering» for å lage ei.',
    en: 'No announcements yet. Type "announce" to write one.',
  },
  showStatus: {
    nb: 'Vis status',
    nn: 'Vis status',
    en: 'Show status',
  },
  statusDraft: {
    nb: 'Utkast',
    nn: 'Utkast',
    en: 'Draft',
  },
  statusScheduled: {
    nb: 'Planlagt {at}',
    nn: 'Planlagd {at}',
    en: 'Scheduled {at}',
  },
  statusSending: {
    nb: 'Sendes nå',
    nn: 'Blir sendt no',
    en: 'Being sent',
  },
  statusSent: {
    nb: 'Sendt {at}',
    nn: 'Sendt {at}',
    en: 'Sent {at}',
  },
  statusCancelled: {
    nb: 'Stoppet',
    nn: 'Stoppa',
    en: 'Stopped',
  },
  statusRecalled: {
    nb: 'Trukket tilbake',
    nn: 'Trekt tilbake',
    en: 'Recalled',
  },
  statusUpdating: {
    nb: 'Oppdateres hos mottakerne',
    nn: 'Blir oppdatert hos mottakarane',
    en: 'Being updated for recipients',
  },
  factRecipients: {
    nb: 'Mottakere',
    nn: 'Mottakarar',
    en: 'Recipients',
  },
  factSent: {
    nb: 'Sendt',
    nn: 'Sendt',
    en: 'Sent',
  },
  factFailed: {
    nb: 'Feilet',
    nn: 'Feila',
    en: 'Failed',
  },
  factPending: {
    nb: 'Venter',
    nn: 'Ventar',
    en: 'Pending',
  },
  factAcknowledged: {
    nb: 'Bekreftet lest',
    nn: 'Stadfesta lese',
    en: 'Confirmed read',
  },
  factNotUpdated: { nb: 'Ikke oppdatert', nn: 'Ikkje oppdatert', en: 'Not updated' },
  factNotRemoved: { nb: 'Ikke fjernet', nn: 'Ikkje fjerna', en: 'Not removed' },
  reason_conversation_not_found: {
    nb: 'Samtalen finnes ikke lenger',
    nn: 'Samtalen finst ikkje lenger',
    en: 'The conversation no longer exists',
  },
  reason_bot_removed: {
    nb: 'Boten er fjernet eller blokkert',
    nn: 'Boten er fjerna eller blokkert',
    en: 'The bot was removed or blocked',
  },
  reason_rejected: {
    nb: 'Teams avviste meldingen',
    nn: 'Teams avviste meldinga',
    en: 'Teams refused the message',
  },
  reason_gave_up: {
    nb: 'Ga opp etter flere forsøk',
    nn: 'Gav opp etter fleire forsøk',
    en: 'Gave up after several attempts',
  },
  reason_not_installed: {
    nb: 'Mottakeren har ikke lenger boten',
    nn: 'Mottakaren har ikkje lenger boten',
    en: 'The recipient no longer has the bot',
  },
  reason_cancelled: {
    nb: 'Sendingen ble stoppet',
    nn: 'Sendinga vart stoppa',
    en: 'The sending was stopped',
  },
  reason_recalled: {
    nb: 'Kunngjøringen ble trukket tilbake',
    nn: 'Kunngjeringa vart trekt tilbake',
    en: 'The announcement was recalled',
  },
  reason_not_updated: {
    nb: 'Endringen nådde ikke fram',
    nn: 'Endringa nådde ikkje fram',
    en: 'The edit did not reach the message',
  },
  reason_not_removed: {
    nb: 'Meldingen ble ikke fjernet',
    nn: 'Meldinga vart ikkje fjerna',
    en: 'The message was not removed',
  },
  recallHeading: {
    nb: 'Trekke tilbake kunngjøringen?',
    nn: 'Trekkje tilbake kunngjeringa?',
    en: 'Recall the announcement?',
  },
  recallText: {
    nb: 'Kunngjøringen slettes fra {count} der den er sendt.{stopping} Dette kan ikke angres.',
    nn: 'Kunngjeringa blir sletta frå {count} der ho er sendt.{stopping} Dette kan ikkje angrast.',
    en: 'The announcement is deleted from the {count} it was sent to.{stopping} This cannot be undone.',
  },
  recallStopping: {
    nb: ' Sendingen som pågår, stoppes også.',
    nn: ' Sendinga som går føre seg, blir òg stoppa.',
    en: ' The sending under way is stopped too.',
  },
  recallConfirm: {
    nb: 'Ja, trekk tilbake',
    nn: 'Ja, trekk tilbake',
    en: 'Yes, recall it',
  },
  recallKeep: {
    nb: 'Nei, behold den',
    nn: 'Nei, behald ho',
    en: 'No, keep it',
  },
  stateDraft: { nb: 'utkast', nn: 'utkast', en: 'a draft' },
  stateScheduled: { nb: 'planlagt', nn: 'planlagd', en: 'scheduled' },
  stateSending: { nb: 'under sending', nn: 'under sending', en: 'being sent' },
  stateSent: { nb: 'sendt', nn: 'sendt', en: 'sent' },
  stateCancelled: { nb: 'avbrutt', nn: 'avbroten', en: 'cancelled' },
  stateRecalled: { nb: 'trukket tilbake', nn: 'trekt tilbake', en: 'recalled' },
  refusedSend: {
    nb: 'Kunngjøringen er {status} og kan ikke sendes på nytt.',
    nn: 'Kunngjeringa er {status} og kan ikkje sendast på nytt.',
    en: 'The announcement is {status} and cannot be sent again.',
  },
  refusedSchedule: {
    nb: 'Kunngjøringen er {status} og kan ikke planlegges.',
    nn: 'Kunngjeringa er {status} og kan ikkje planleggjast.',
    en: 'The announcement is {status} and cannot be scheduled.',
  },
  refusedCancel: {
    nb: 'Kunngjøringen er {status} og kan ikke avbrytes.',
    nn: 'Kunngjeringa er {status} og kan ikkje avbrytast.',
    en: 'The announcement is {status} and cannot be stopped.',
  },
  refusedEdit: {
    nb: 'Kunngjøringen er {status} og kan ikke redigeres.',
    nn: 'Kunngjeringa er {status} og kan ikkje redigerast.',
    en: 'The announcement is {status} and cannot be edited.',
  },
  changedMeanwhile: {
    nb: 'Kunngjøringen ble endret samtidig. Prøv igjen.',
    nn: 'Kunngjeringa vart endra samtidig. Prøv igjen.',
    en: 'The announcement was changed at the same time. Please try again.',
  },
  conflict: {
    nb: 'Kunngjøringen ble endret samtidig, eller den kan ikke endres slik lenger. Trykk «Oppdater» på statuskortet og prøv igjen.',
    nn: 'Kunngjeringa vart endra samtidig, eller ho kan ikkje endrast slik lenger. Trykk «Oppdater» på statuskortet og prøv igjen.',
    en: 'The announcement was changed at the same time, or can no longer be changed this way. Press "Refresh" on the status card and try again.',
  },
  failed: {
    nb: 'Beklager, noe gikk galt hos meg. Prøv igjen om litt.',
    nn: 'Orsak, noko gjekk gale hos meg. Prøv igjen om litt.',
    en: 'Sorry, something went wrong on my side. Please try again in a moment.',
  },
  storeDown: {
    nb: 'Beklager, jeg får ikke lagret akkurat nå. Prøv igjen om litt.',
    nn: 'Orsak, eg får ikkje lagra akkurat no. Prøv igjen om litt.',
    en: 'Sorry, I cannot save right now. Please try again in a moment.',
  },
  conversations: {
    nb: { one: '1 samtale', other: '{count} samtaler' },
    nn: { one: '1 samtale', other: '{count} samtalar' },
    en: { one: '1 conversation', other: '{count} conversations' },
  },
} satisfies Messages;
