import type { Messages } from '../translate';

/** What the project office reads in its channel: the ticket card and the replies to its actions. */
export const officeChannelMessages = {
  titleOpen: {
    nb: 'Nytt spørsmål til prosjektkontoret',
    nn: 'Nytt spørsmål til prosjektkontoret',
    en: 'New question for the project office',
  },
  titleAssigned: { nb: 'Spørsmål under arbeid', nn: 'Spørsmål under arbeid', en: 'Question being worked on' },
  titleAnswered: { nb: 'Spørsmål besvart', nn: 'Spørsmål svart på', en: 'Question answered' },
  titleClosed: { nb: 'Spørsmål lukket', nn: 'Spørsmål lukka', en: 'Question closed' },
  statusOpen: {
    nb: '🟡 Åpen – ingen har tatt saken',
    nn: '🟡 Open – ingen har teke saka',
    en: '🟡 Open – nobody has taken it',
  },
  statusAssigned: { nb: '🔵 Tatt av {name}', nn: '🔵 Teken av {name}', en: '🔵 Taken by {name}' },
  statusAnswered: { nb: '🟢 Besvart av {name}', nn: '🟢 Svart på av {name}', en: '🟢 Answered by {name}' },
  statusClosed: { nb: '⚪ Lukket', nn: '⚪ Lukka', en: '⚪ Closed' },
  someoneInOffice: {
    nb: 'en i prosjektkontoret',
    nn: 'ein i prosjektkontoret',
    en: 'someone in the project office',
  },
  theOffice: { nb: 'prosjektkontoret', nn: 'prosjektkontoret', en: 'the project office' },
  wherePersonal: {
    nb: 'personlig chat med boten',
    nn: 'personleg chat med boten',
    en: 'a personal chat with the bot',
  },
  whereGroupChat: { nb: 'en gruppechat', nn: 'ein gruppechat', en: 'a group chat' },
  whereChannel: { nb: 'en kanal', nn: 'ein kanal', en: 'a channel' },
  factStatus: { nb: 'Status', nn: 'Status', en: 'Status' },
  factCase: { nb: 'Sak', nn: 'Sak', en: 'Case' },
  factReceived: { nb: 'Mottatt', nn: 'Motteke', en: 'Received' },
  factAskedIn: { nb: 'Spurt i', nn: 'Spurt i', en: 'Asked in' },
  answerHeading: { nb: 'Svar', nn: 'Svar', en: 'Answer' },
  suggested: {
    nb: '📚 Foreslått som fast svar i kunnskapsbasen.',
    nn: '📚 Føreslått som fast svar i kunnskapsbasen.',
    en: '📚 Suggested as a standing answer in the knowledge base.',
  },
  answerLabel: { nb: 'Svar til den som spurte', nn: 'Svar til den som spurde', en: 'Answer to the asker' },
  answerPlaceholder: {
    nb: 'Skriv svaret. Det sendes til den som spurte i chatten med boten.',
    nn: 'Skriv svaret. Det blir sendt til den som spurde i chatten med boten.',
    en: 'Type the answer. It is sent to the asker in their chat with the bot.',
  },
  answerRequired: {
    nb: 'Skriv et svar før du sender.',
    nn: 'Skriv eit svar før du sender.',
    en: 'Type an answer before you send it.',
  },
  answerButton: { nb: 'Svar', nn: 'Svar', en: 'Answer' },
  take: { nb: 'Ta saken', nn: 'Ta saka', en: 'Take it' },
  takeOver: { nb: 'Ta over saken', nn: 'Ta over saka', en: 'Take it over' },
  suggest: { nb: 'Foreslå som fast svar', nn: 'Føreslå som fast svar', en: 'Suggest as a standing answer' },
  privacy: {
    nb: 'Navnet til den som spør vises ikke. Personopplysninger er fjernet fra spørsmålet.',
    nn: 'Namnet til den som spør blir ikkje vist. Personopplysningar er fjerna frå spørsmålet.',
    en: "The asker's name is not shown. Personal data has been removed from the question.",
  },
  onlyOffice: {
    nb: 'Bare prosjektkontoret kan ta og besvare spørsmål. Ingenting er endret.',
    nn: 'Berre prosjektkontoret kan ta og svare på spørsmål. Ingenting er endra.',
    en: 'Only the project office can take and answer questions. Nothing has changed.',
  },
  caseMissing: { nb: 'Jeg fant ikke saken.', nn: 'Eg fann ikkje saka.', en: 'I could not find the case.' },
  caseGone: {
    nb: 'Jeg fant ikke saken. Den kan være slettet.',
    nn: 'Eg fann ikkje saka. Ho kan vere sletta.',
    en: 'I could not find the case. It may have been deleted.',
  },
  chooseInChannel: {
    nb: 'Skriv kommandoen i den kanalen prosjektkontoret skal få spørsmålene i.',
    nn: 'Skriv kommandoen i den kanalen prosjektkontoret skal få spørsmåla i.',
    en: 'Type the command in the channel where the project office should get the questions.',
  },
  channelConfigured: {
    nb: 'Kanalen er bestemt i konfigurasjonen (PROJECT_OFFICE_CHANNEL). Be driftsansvarlig endre den der.',
    nn: 'Kanalen er bestemd i konfigurasjonen (PROJECT_OFFICE_CHANNEL). Be driftsansvarleg endre han der.',
    en: 'The channel is set in the configuration (PROJECT_OFFICE_CHANNEL). Ask the operator to change it there.',
  },
  chooseRefused: {
    nb: 'Bare prosjektkontoret kan velge hvilken kanal spørsmålene kommer til.',
    nn: 'Berre prosjektkontoret kan velje kva kanal spørsmåla kjem til.',
    en: 'Only the project office can choose the channel the questions come to.',
  },
  channelChosen: {
    nb: '✅ Denne kanalen er nå prosjektkontorets kanal. Spørsmål boten ikke kan svare på, kommer hit, og dere svarer direkte på kortet.',
    nn: '✅ Denne kanalen er no kanalen til prosjektkontoret. Spørsmål boten ikkje kan svare på, kjem hit, og svaret blir skrive rett på kortet.',
    en: "✅ This channel is now the project office's channel. Questions the bot cannot answer come here, and you answer on the card.",
  },
  alreadyYours: {
    nb: 'Du har allerede denne saken.',
    nn: 'Du har alt denne saka.',
    en: 'You already have this case.',
  },
  answerMissing: {
    nb: 'Skriv et svar før du trykker «Svar».',
    nn: 'Skriv eit svar før du trykkjer «Svar».',
    en: 'Type an answer before you press "Answer".',
  },
  answerTooLong: {
    nb: 'Svaret kan være høyst {max} tegn.',
    nn: 'Svaret kan vere på høgst {max} teikn.',
    en: 'The answer can be at most {max} characters.',
  },
  notDelivered: {
    nb: 'Svaret kunne ikke leveres til den som spurte (boten er kanskje fjernet hos dem). Prøv igjen senere.',
    nn: 'Svaret kunne ikkje leverast til den som spurde (boten er kanskje fjerna hos dei). Prøv igjen seinare.',
    en: 'The answer could not be delivered to the asker (the bot may have been removed on their side). Try again later.',
  },
  onlyAnsweredSuggested: {
    nb: 'Bare besvarte spørsmål kan foreslås som fast svar.',
    nn: 'Berre spørsmål som er svart på, kan føreslåast som fast svar.',
    en: 'Only answered questions can be suggested as a standing answer.',
  },
  alreadySuggested: {
    nb: 'Dette svaret er allerede foreslått.',
    nn: 'Dette svaret er alt føreslått.',
    en: 'This answer has already been suggested.',
  },
  alreadyOpen: { nb: 'Saken er åpen.', nn: 'Saka er open.', en: 'The case is open.' },
  alreadyAssigned: {
    nb: 'Saken er allerede tatt av {name}.',
    nn: 'Saka er alt teken av {name}.',
    en: 'The case has already been taken by {name}.',
  },
  alreadyAnswered: {
    nb: 'Saken er allerede besvart av {name}.',
    nn: 'Saka er alt svart på av {name}.',
    en: 'The case has already been answered by {name}.',
  },
  alreadyClosed: {
    nb: 'Saken er allerede lukket.',
    nn: 'Saka er alt lukka.',
    en: 'The case is already closed.',
  },
} satisfies Messages;
