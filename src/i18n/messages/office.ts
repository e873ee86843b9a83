import type { Messages } from '../translate';

/** What the asker reads on the project-office cards and replies. */
export const officeMessages = {
  askOffice: {
    nb: 'Send spørsmålet til prosjektkontoret',
    nn: 'Send spørsmålet til prosjektkontoret',
    en: 'Send the question to the project office',
  },
  composeTitle: {
    nb: 'Spør prosjektkontoret',
    nn: 'Spør prosjektkontoret',
    en: 'Ask the project office',
  },
  composeIntro: {
    nb: 'Spørsmålet går til prosjektkontoret, og svaret kommer hit i chatten. Du kan endre teksten før du sender.',
    nn: 'Spørsmålet går til prosjektkontoret, og svaret kjem hit i chatten. Du kan endre teksten før du sender.',
    en: 'The question goes to the project office, and the answer comes back here in the chat. You can edit it before you send it.',
  },
  questionLabel: { nb: 'Spørsmålet ditt', nn: 'Spørsmålet ditt', en: 'Your question' },
  questionPlaceholder: {
    nb: 'Skriv spørsmålet her',
    nn: 'Skriv spørsmålet her',
    en: 'Type your question here',
  },
  questionRequired: {
    nb: 'Skriv et spørsmål før du sender.',
    nn: 'Skriv eit spørsmål før du sender.',
    en: 'Type a question before you send it.',
  },
  personalDataNotice: {
    nb: 'Ikke send personlig informasjon, for eksempel e-post, telefonnummer eller personnummer.',
    nn: 'Ikkje send personleg informasjon, til dømes e-post, telefonnummer eller personnummer.',
    en: 'Do not send personal information, for example e-mail, phone numbers or national identity numbers.',
  },
  send: { nb: 'Send', nn: 'Send', en: 'Send' },
  cancel: { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  sentTitle: {
    nb: 'Sendt til prosjektkontoret',
    nn: 'Sendt til prosjektkontoret',
    en: 'Sent to the project office',
  },
  sentText: {
    nb: 'Du får svaret her i chatten. Skriv «mine spørsmål» for å se status.',
    nn: 'Du får svaret her i chatten. Skriv «spørsmåla mine» for å sjå status.',
    en: 'You will get the answer here in the chat. Type "my questions" to see the status.',
  },
  removedNotice: {
    nb: 'Jeg fjernet {kinds} fra spørsmålet før det ble sendt.',
    nn: 'Eg fjerna {kinds} frå spørsmålet før det vart sendt.',
    en: 'I removed {kinds} from the question before sending it.',
  },
  cancelledTitle: {
    nb: 'Ikke sendt',
    nn: 'Ikkje sendt',
    en: 'Not sent',
  },
  cancelledText: {
    nb: 'Spørsmålet ble ikke sendt. Skriv «spør prosjektkontoret» hvis du ombestemmer deg.',
    nn: 'Spørsmålet vart ikkje sendt. Skriv «spør prosjektkontoret» om du ombestemmer deg.',
    en: 'The question was not sent. Type "ask" followed by your question if you change your mind.',
  },
  noChannel: {
    nb: 'Prosjektkontoret har ikke koblet boten til en kanal ennå, så jeg kan ikke sende spørsmålet. Send det på e-post til prosjektkontoret i stedet.',
    nn: 'Prosjektkontoret har ikkje kopla boten til ein kanal enno, så eg kan ikkje sende spørsmålet. Send det på e-post til prosjektkontoret i staden.',
    en: 'The project office has not connected the bot to a channel yet, so I cannot send the question. Please e-mail the project office instead.',
  },
  sendFailed: {
    nb: 'Beklager, jeg fikk ikke levert spørsmålet til prosjektkontoret. Prøv igjen om litt.',
    nn: 'Orsak, eg fekk ikkje levert spørsmålet til prosjektkontoret. Prøv igjen om litt.',
    en: 'Sorry, I could not deliver the question to the project office. Please try again shortly.',
  },
  tooMany: {
    nb: 'Du har sendt mange spørsmål den siste timen. Vent litt, eller skriv til prosjektkontoret på e-post.',
    nn: 'Du har sendt mange spørsmål den siste timen. Vent litt, eller skriv til prosjektkontoret på e-post.',
    en: 'You have sent many questions in the last hour. Please wait a little, or e-mail the project office.',
  },
  alreadySent: {
    nb: 'Dette spørsmålet er allerede sendt.',
    nn: 'Dette spørsmålet er alt sendt.',
    en: 'This question has already been sent.',
  },
  answerTitle: {
    nb: 'Svar fra prosjektkontoret',
    nn: 'Svar frå prosjektkontoret',
    en: 'Answer from the project office',
  },
  youAsked: { nb: 'Du spurte', nn: 'Du spurde', en: 'You asked' },
  answeredBy: { nb: 'Svart av', nn: 'Svart av', en: 'Answered by' },
  feedbackQuestion: {
    nb: 'Fant du det du lette etter?',
    nn: 'Fann du det du leita etter?',
    en: 'Did you find what you were looking for?',
  },
  yes: { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  no: { nb: 'Nei', nn: 'Nei', en: 'No' },
  myQuestionsTitle: {
    nb: 'Dine spørsmål til prosjektkontoret',
    nn: 'Spørsmåla dine til prosjektkontoret',
    en: 'Your questions to the project office',
  },
  myQuestionsEmpty: {
    nb: 'Du har ikke sendt noen spørsmål til prosjektkontoret. Skriv «spør prosjektkontoret» og spørsmålet ditt for å sende ett.',
    nn: 'Du har ikkje sendt nokon spørsmål til prosjektkontoret. Skriv «spør prosjektkontoret» og spørsmålet ditt for å sende eitt.',
    en: 'You have not sent any questions to the project office. Type "ask" followed by your question to send one.',
  },
  sentOn: { nb: 'Sendt', nn: 'Sendt', en: 'Sent' },
  answer: { nb: 'Svar', nn: 'Svar', en: 'Answer' },
  open: {
    nb: 'Venter på prosjektkontoret',
    nn: 'Ventar på prosjektkontoret',
    en: 'Waiting for the project office',
  },
  assigned: { nb: 'Under arbeid', nn: 'Under arbeid', en: 'Being worked on' },
  answered: { nb: 'Besvart', nn: 'Svart på', en: 'Answered' },
  closed: { nb: 'Lukket', nn: 'Lukka', en: 'Closed' },
  helpAsk: {
    nb: 'Send et spørsmål til prosjektkontoret; svaret kommer hit',
    nn: 'Send eit spørsmål til prosjektkontoret; svaret kjem hit',
    en: 'Send a question to the project office; the answer comes here',
  },
  helpMyQuestions: {
    nb: 'Spørsmålene dine til prosjektkontoret og status',
    nn: 'Spørsmåla dine til prosjektkontoret og status',
    en: 'Your questions to the project office and their status',
  },
} satisfies Messages;
