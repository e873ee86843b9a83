import type { Messages } from '../translate';

/** The bot's own replies: help and welcome, small talk, unknown buttons and turn errors. */
export const botMessages = {
  welcomeTitle: {
    nb: 'Hei! Jeg er Helseplattformen-boten',
    nn: 'Hei! Eg er Helseplattformen-boten',
    en: "Hi! I'm the Helseplattformen bot",
  },
  welcome: {
    nb: 'Jeg svarer på spørsmål om innføringen av Helseplattformen i kommunene: hvem som leder hva, delprosjektene, beslutninger og hvordan du når prosjektkontoret. Skriv spørsmålet ditt, for eksempel «Hvem leder delprosjektet Opplæring?».',
    nn: 'Eg svarar på spørsmål om innføringa av Helseplattformen i kommunane: kven som leiar kva, delprosjekta, avgjerder og korleis du når prosjektkontoret. Skriv spørsmålet ditt, til dømes «Kven leiar delprosjektet Opplæring?».',
    en: 'I answer questions about the introduction of Helseplattformen in the municipalities: who leads what, the subprojects, decisions and how to reach the project office. Type your question, for example "Who leads the training subproject?".',
  },
  welcomeSummary: {
    nb: 'Hei! Jeg svarer på spørsmål om Helseplattformen.',
    nn: 'Hei! Eg svarar på spørsmål om Helseplattformen.',
    en: 'Hi! I answer questions about Helseplattformen.',
  },
  helpTitle: { nb: 'Dette kan jeg hjelpe med', nn: 'Dette kan eg hjelpe med', en: 'What I can help with' },
  commands: { nb: 'Kommandoer', nn: 'Kommandoar', en: 'Commands' },
  ask: {
    nb: 'Eller still et spørsmål med egne ord, på bokmål, nynorsk eller engelsk.',
    nn: 'Eller still eit spørsmål med eigne ord, på bokmål, nynorsk eller engelsk.',
    en: 'Or ask a question in your own words, in Norwegian or English.',
  },
  helpHelp: { nb: 'Viser hva boten kan', nn: 'Viser kva boten kan', en: 'Shows what the bot can do' },
  helpContacts: {
    nb: 'Kontaktpersoner i innføringsprosjektet',
    nn: 'Kontaktpersonar i innføringsprosjektet',
    en: 'Contacts in the implementation project',
  },
  helpSubprojects: {
    nb: 'Delprosjektene og hvem som leder dem',
    nn: 'Delprosjekta og kven som leiar dei',
    en: 'The subprojects and who leads them',
  },
  helpDecisions: {
    nb: 'Beslutninger og milepæler',
    nn: 'Avgjerder og milepælar',
    en: 'Decisions and milestones',
  },
  youAreWelcome: {
    nb: 'Bare hyggelig! Spør gjerne om mer.',
    nn: 'Berre hyggeleg! Spør gjerne om meir.',
    en: 'You are welcome! Ask me anything about the project.',
  },
  typedYesNo: {
    nb: 'Vil du si om svaret hjalp deg, trykker du «Ja» eller «Nei» under det. Har du et nytt spørsmål, er det bare å skrive det.',
    nn: 'Vil du seie om svaret hjelpte deg, trykkjer du «Ja» eller «Nei» under det. Har du eit nytt spørsmål, er det berre å skrive det.',
    en: 'To tell me whether the answer helped you, press "Yes" or "No" under it. If you have another question, just type it.',
  },
  unknownActionTitle: {
    nb: 'Den knappen kjenner jeg ikke igjen',
    nn: 'Den knappen kjenner eg ikkje att',
    en: "I don't recognise that button",
  },
  unknownActionBody: {
    nb: 'Kortet kan være gammelt, eller knappen hører til en versjon av boten som ikke lenger finnes. Skriv «hjelp» for å se hva jeg kan.',
    nn: 'Kortet kan vere gammalt, eller knappen høyrer til ein versjon av boten som ikkje lenger finst. Skriv «hjelp» for å sjå kva eg kan.',
    en: 'The card may be old, or the button belongs to a version of the bot that no longer exists. Type "help" to see what I can do.',
  },
  storeDown: {
    nb: 'Beklager, jeg får ikke lagret akkurat nå. Prøv igjen om litt.',
    nn: 'Orsak, eg får ikkje lagra akkurat no. Prøv igjen om litt.',
    en: 'Sorry, I cannot save right now. Please try again in a moment.',
  },
  badInput: {
    nb: 'Beklager, det du sendte, kunne jeg ikke bruke. Sjekk feltene og prøv igjen.',
    nn: 'Orsak, det du sende, kunne eg ikkje bruke. Sjekk felta og prøv igjen.',
    en: 'Sorry, I could not use what you sent. Check the fields and try again.',
  },
  forbidden: {
    nb: 'Beklager, du har ikke tilgang til dette.',
    nn: 'Orsak, du har ikkje tilgang til dette.',
    en: 'Sorry, you do not have access to this.',
  },
  rateLimited: {
    nb: 'Du har sendt mange meldinger på kort tid. Vent litt og prøv igjen.',
    nn: 'Du har sendt mange meldingar på kort tid. Vent litt og prøv igjen.',
    en: 'You have sent many messages in a short time. Please wait a little and try again.',
  },
  rateLimitPause: {
    nb: {
      one: 'Du har sendt mange meldinger på kort tid, så jeg tar en liten pause. Prøv igjen om 1 sekund.',
      other:
        'Du har sendt mange meldinger på kort tid, så jeg tar en liten pause. Prøv igjen om {count} sekunder.',
    },
    nn: {
      one: 'Du har sendt mange meldingar på kort tid, så eg tek ein liten pause. Prøv igjen om 1 sekund.',
      other:
        'Du har sendt mange meldingar på kort tid, så eg tek ein liten pause. Prøv igjen om {count} sekund.',
    },
    en: {
      one: 'You have sent many messages in a short time, so I am taking a short break. Try again in 1 second.',
      other:
        'You have sent many messages in a short time, so I am taking a short break. Try again in {count} seconds.',
    },
  },
  turnFailed: {
    nb: 'Beklager, noe gikk galt hos meg. Prøv igjen om litt, eller skriv til prosjektkontoret hvis det gjentar seg.',
    nn: 'Orsak, noko gjekk gale hos meg. Prøv igjen om litt, eller skriv til prosjektkontoret om det skjer igjen.',
    en: 'Sorry, something went wrong on my side. Please try again in a moment, or write to the project office if it happens again.',
  },
} satisfies Messages;
