import { z } from 'zod';
import { terms, tokenize, wordSet } from './text';

/** A list of words or phrases of the language file: each trimmed, none empty. */
export const wordList = z.array(z.string().trim().min(1));
/** A word list per language. */
export const byLang = z.object({ nb: wordList, nn: wordList, en: wordList }).strict();

/** The `questionShape` section of the language file (content/language.yaml): a list of words or phrases a key. */
export const questionShapeSchema = z
  .object({
    yesNo: wordList,
    past: wordList,
    expected: wordList.default([]),
    which: wordList,
    own: wordList.default([]),
    possess: wordList.default([]),
    genitive: wordList.default([]),
    qualifiers: wordList.default([]),
    workOn: wordList.default([]),
    may: wordList.default([]),
    obtain: wordList.default([]),
    reply: wordList.default([]),
    howTo: wordList.default([]),
    howState: wordList.default([]),
    whatToDo: wordList.default([]),
    succession: wordList.default([]),
    sequence: wordList.default([]),
    about: wordList.default([]),
    meaning: wordList.default([]),
    owns: wordList.default([]),
    gender: wordList.default([]),
    condition: wordList.default([]),
    why: wordList.default([]),
    contrast: wordList.default([]),
    self: wordList.default([]),
    goTo: wordList.default([]),
    contactPeople: wordList.default([]),
    contactDetails: wordList.default([]),
    contactInformation: wordList.default([]),
    groups: wordList.default([]),
    listGroups: wordList.default([]),
    same: wordList.default([]),
    sameAs: wordList.default([]),
    listDivided: wordList.default([]),
    teams: wordList.default([]),
    standsFor: wordList.default([]),
    placeNouns: wordList.default([]),
    workplace: wordList.default([]),
    together: wordList.default([]),
    existential: wordList.default([]),
    having: wordList.default([]),
    doing: wordList.default([]),
    alone: wordList.default([]),
    members: wordList.default([]),
    someone: wordList.default([]),
    unnamed: wordList.default([]),
    unlisted: wordList.default([]),
    people: wordList.default([]),
    other: wordList.default([]),
    former: wordList.default([]),
    confirm: wordList.default([]),
    confirmAfter: wordList.default([]),
    except: wordList.default([]),
    negation: wordList.default([]),
    excluded: wordList.default([]),
    inclusion: wordList.default([]),
    mentioned: wordList.default([]),
    partaking: wordList.default([]),
    describedAs: wordList.default([]),
    represents: wordList.default([]),
    photoTaking: wordList.default([]),
    photographing: wordList.default([]),
    photos: wordList.default([]),
    photoGuests: wordList.default([]),
    agent: wordList.default([]),
    privateContact: wordList.default([]),
    send: wordList.default([]),
    enquiry: wordList.default([]),
    origin: wordList.default([]),
    busy: z.tuple([wordList, wordList]).default([[], []]),
    charge: z.tuple([wordList, wordList]).default([[], []]),
    roleNouns: wordList.default([]),
    infinitive: wordList.default([]),
    relative: wordList.default([]),
    within: wordList.default([]),
    existing: wordList.default([]),
    existingAfter: wordList.default([]),
    beforeVerb: wordList.default([]),
    particles: wordList.default([]),
    year: wordList.default([]),
    severalWhich: wordList.default([]),
    each: wordList.default([]),
    working: wordList.default([]),
    failing: wordList.default([]),
    losing: wordList.default([]),
    price: wordList.default([]),
    payment: wordList.default([]),
    recommend: wordList.default([]),
    deadline: wordList.default([]),
    done: wordList.default([]),
    dueBy: wordList.default([]),
    uses: wordList.default([]),
    systems: wordList.default([]),
    laws: wordList.default([]),
    weather: wordList.default([]),
  })
  .strict()
  // Every other list has its own default: a file without this section has none of them.
  .default({ yesNo: [], past: [], which: [] });

/** The section's words as the answerer uses them: folded (a few as written), phrases as lists of words. */
export function prepareQuestionShape(s: z.infer<typeof questionShapeSchema>): QuestionShape {
  return {
    yesNo: wordSet(s.yesNo),
    past: wordSet(s.past),
    expected: wordSet(s.expected),
    own: wordSet(s.own),
    possess: wordSet(s.possess),
    genitive: wordSet(s.genitive),
    ownWritten: new Set(s.own.map((w) => w.normalize('NFKC').toLowerCase())),
    qualifiers: wordSet(s.qualifiers),
    workOn: wordSet(s.workOn),
    may: wordSet(s.may),
    obtain: wordSet(s.obtain),
    reply: wordSet(s.reply),
    howTo: wordSet(s.howTo),
    howState: wordSet(s.howState),
    whatToDo: s.whatToDo.map((w) => tokenize(w)),
    succession: s.succession.map((w) => tokenize(w)),
    // As written: folded, «før» (before) is «for».
    sequence: new Set(s.sequence.map((w) => w.normalize('NFKC').toLowerCase())),
    about: wordSet(s.about),
    meaning: wordSet(s.meaning),
    owns: wordSet(s.owns),
    gender: wordSet(s.gender),
    condition: wordSet(s.condition),
    why: wordSet(s.why),
    contrast: s.contrast.map((w) => tokenize(w)),
    self: wordSet(s.self),
    goTo: s.goTo.map((w) => tokenize(w)),
    contactPeople: s.contactPeople.map((w) => tokenize(w)),
    contactDetails: wordSet(s.contactDetails),
    contactInformation: s.contactInformation.map((w) => tokenize(w)),
    groups: wordSet(s.groups),
    listGroups: wordSet(s.listGroups),
    same: wordSet(s.same),
    sameAs: wordSet(s.sameAs),
    listDivided: s.listDivided.map((w) => tokenize(w)),
    teams: wordSet(s.teams),
    standsFor: s.standsFor.map((w) => tokenize(w)),
    placeNouns: wordSet(s.placeNouns),
    workplace: wordSet(s.workplace),
    together: wordSet(s.together),
    existential: wordSet(s.existential),
    having: wordSet(s.having),
    doing: wordSet(s.doing),
    alone: wordSet(s.alone),
    members: wordSet(s.members),
    someone: wordSet(s.someone),
    unnamed: wordSet(s.unnamed),
    unlisted: new Set(s.unlisted.flatMap((w) => terms(w))),
    people: wordSet(s.people),
    other: wordSet(s.other),
    former: wordSet(s.former),
    confirm: s.confirm.map((w) => tokenize(w)),
    confirmAfter: s.confirmAfter.map((w) => tokenize(w)),
    except: s.except.map((w) => tokenize(w)),
    negation: s.negation.map((w) => tokenize(w)),
    excluded: s.excluded.map((w) => tokenize(w)),
    inclusion: s.inclusion.map((w) => tokenize(w)),
    mentioned: wordSet(s.mentioned),
    partaking: s.partaking.map((w) => tokenize(w)),
    describedAs: s.describedAs.map((w) => tokenize(w)),
    represents: new Set(s.represents.flatMap((w) => terms(w))),
    photoTaking: wordSet(s.photoTaking),
    photographing: wordSet(s.photographing),
    photos: wordSet(s.photos),
    photoGuests: wordSet(s.photoGuests),
    agent: wordSet(s.agent),
    privateContact: wordSet(s.privateContact),
    send: wordSet(s.send),
    enquiry: wordSet(s.enquiry),
    origin: wordSet(s.origin),
    busy: { words: wordSet(s.busy[0]), then: wordSet(s.busy[1]) },
    charge: { words: wordSet(s.charge[0]), then: wordSet(s.charge[1]) },
    roleNouns: wordSet(s.roleNouns),
    infinitive: new Set(s.infinitive.map((w) => w.normalize('NFKC').toLowerCase())),
    relative: wordSet(s.relative),
    within: wordSet(s.within),
    existing: wordSet(s.existing),
    existingAfter: s.existingAfter.map((w) => tokenize(w)),
    beforeVerb: wordSet(s.beforeVerb),
    particles: wordSet(s.particles),
    year: wordSet(s.year),
    severalWhich: wordSet(s.severalWhich),
    each: wordSet(s.each),
    working: wordSet(s.working),
    failing: s.failing.map((w) => tokenize(w)),
    losing: wordSet(s.losing),
    price: { sum: s.price.map((w) => tokenize(w)), paying: s.payment.map((w) => tokenize(w)) },
    recommend: wordSet(s.recommend),
    deadline: wordSet(s.deadline),
    done: wordSet(s.done),
    dueBy: wordSet(s.dueBy),
    uses: wordSet(s.uses),
    systems: wordSet(s.systems),
    laws: wordSet(s.laws),
    weather: wordSet(s.weather),
    which: new Set(s.which.map((w) => tokenize(w).join(' '))),
  };
}

/** The words that say what shape a question has, as the answerer uses them (content/language.yaml, `questionShape`). */
export interface QuestionShape {
  yesNo: Set<string>;
  past: Set<string>;
  /** Words of expecting or planning ("expected", "forventet"): in the past tense they ask what was planned, not done. */
  expected: Set<string>;
  which: Set<string>;
  own: Set<string>;
  /** Verbs of having ("har", "has"): a name beside one is whose the counted things are. */
  possess: Set<string>;
  /** Possessive words after a name ("Helseplattformen sitt organisasjonsnummer"): what follows is the name's. */
  genitive: Set<string>;
  /** The same words as written (lower case, not folded): folded, "vår" (our) is "var" (was). */
  ownWritten: Set<string>;
  /** Prepositions that tie a word to the one before it ("planen for julebordet", "home on Friday"). */
  qualifiers: Set<string>;
  /** The preposition that ties a name of the page said in two words ("arbeidet med gevinstene": gevinstarbeidet). */
  workOn: Set<string>;
  /** Verbs of being able ("kan", "can"): opening a question, they ask whether something can be done. */
  may: Set<string>;
  /** Verbs of getting hold of a thing ("get", "låne"): after the asker, the thing is theirs to get. */
  obtain: Set<string>;
  /** "svar", "reply": what the asker gets by being answered, which is no errand of their own ("Vil jeg få svar?"). */
  reply: Set<string>;
  /** Words that open a question asking how to do something ("Hvordan …", "How …"). */
  howTo: Set<string>;
  /** "er", "are": after "hvordan"/"how", the question asks how something stands ("Hvordan er vi med?"), not how to. */
  howState: Set<string>;
  /** "hva gjør jeg", "what should I do": the question asks what the asker is to do, which is instructions. */
  whatToDo: string[][];
  /** "tok over", "succeeded", "forgjenger": who came after or before someone in a role. */
  succession: string[][];
  /** "etter", "after", "før", "before" (as written, lower case): said of a person, who came next or earlier. */
  sequence: Set<string>;
  /** "om", "about", "angående": what a contact is about follows. */
  about: Set<string>;
  /** "betyr", "tyder", "mean": the question asks what a word means. */
  meaning: Set<string>;
  /** "eier", "eig", "owns": who owns something. */
  owns: Set<string>;
  /** "woman", "kvinne", "dame": whether someone is a man or a woman, which the page never says. */
  gender: Set<string>;
  /** "hvis", "if": a clause after the question that says when the asker wants it, not what is asked. */
  condition: Set<string>;
  /** "hvorfor", "kvifor", "why": the question asks for a reason. */
  why: Set<string>;
  /** "når", "selv om", "even though": a clause after a why-question that sets a fact against what is asked. */
  contrast: string[][];
  /** The asker as subject ("jeg", "eg", "I", "we"): "Hvordan oppretter jeg …" asks how to do it oneself. */
  self: Set<string>;
  /** Phrases of going somewhere ("kommer til", "get to"): "Hvordan kommer jeg til …" asks where, not how. */
  goTo: string[][];
  /** "kontaktpersonene", "contact persons": several people to contact are asked for, the list of contacts. */
  contactPeople: string[][];
  /** "e-postadresser", "phone numbers": several contact details are asked for, all the page gives. */
  contactDetails: Set<string>;
  /** "kontaktinformasjon", "contact details": a phone number or an e-mail address, either (phrases). */
  contactInformation: string[][];
  /** Words for a body of people, alone or as a compound's last part ("råd", "gruppa", "styret", "committee"). */
  groups: Set<string>;
  /** "samme", "same": with a word for a unit and «som»/«as» after, the unit of the one named after it. */
  same: Set<string>;
  /** "som", "as": after "samme"/"same", the one whose unit it is follows. */
  sameAs: Set<string>;
  /** Words for the groups a list is divided into ("kategoriene", "områder", "types"), alone or a compound's last part. */
  listGroups: Set<string>;
  /** "delt inn", "divided into": the question asks into how many groups a list is divided (phrases). */
  listDivided: string[][];
  /** Words for a working group or team ("gruppa", "team"): named by a subproject's own name, it is that subproject. */
  teams: Set<string>;
  /** "står for", "stand for": with the short form between or before them, the question asks what it is short for. */
  standsFor: string[][];
  /** Words after a municipality's or county's name ("kommune", "municipality"): the word before is a name. */
  placeNouns: Set<string>;
  /** "hos", "at": before an organisation, they say where the person asked for works. */
  workplace: Set<string>;
  /** "sammen", "samarbeider", "together": the question asks what organisations did with one another. */
  together: Set<string>;
  /** "Er det …", "Is there …": after a yes/no verb, the question asks whether there is one of something. */
  existential: Set<string>;
  /** "har", "finnes", "have": the question asks whether something has one, or there is one, of something. */
  having: Set<string>;
  /** "alene", "on its own": the question asks whether something was done without others, the opposite of together. */
  alone: Set<string>;
  /** "run", "driver": words for leading that also mean doing; said of a decision, they ask who made it. */
  doing: Set<string>;
  /** "medlemmene", "the members": the members of a body, named or not. */
  members: Set<string>;
  /** "noen", "someone", "du": "Kan noen ringe meg …" asks someone to do something for the asker. */
  someone: Set<string>;
  /** Words for something the page mentions but never names ("leverandør", "vendor"): asked for, it is not known. */
  unnamed: Set<string>;
  /** Things the page speaks of together, never one by one ("fagsystemene"): which, or how many, is not known. */
  unlisted: Set<string>;
  /** "personer", "people": who is counted, said generally; filler words too. */
  people: Set<string>;
  /** "andre", "other": before a word for the project itself, they ask about other projects. */
  other: Set<string>;
  /** "tidligere", "former": before the noun a which-question asks for, they say which one, not what it is. */
  former: Set<string>;
  /** "stemmer det at", "is it true that": opening a question, they ask whether what follows is so (a yes/no question). */
  confirm: string[][];
  /** "ikke sant", "right", "yes": after a comma at the end, they ask whether what comes before is so. */
  confirmAfter: string[][];
  /** The infinitive marker as written ("å"; folded it is the English article): the word after it is a verb. */
  infinitive: Set<string>;
  /** Relative pronouns ("som", "that"): what follows says which one of a kind is meant. */
  relative: Set<string>;
  /** Prepositions that say where something is held, not what («ansvaret i Verdal kommune»). */
  within: Set<string>;
  /** Words for what is there today («de gamle journalsystemene»): not the new platform. */
  existing: Set<string>;
  /** Phrases after such a word that say the same («de journalsystemene vi bruker i dag», «today») (phrases). */
  existingAfter: string[][];
  /** Words a verb follows: the infinitive mark, auxiliaries of the passive, modal verbs («å frigjøre», «be moved»). */
  beforeVerb: Set<string>;
  /** Particles that stand after a Norwegian verb and before the noun made of it («lære opp»: opplæring). */
  particles: Set<string>;
  /** "år", "year": after a question word, the year of a date is asked for. */
  year: Set<string>;
  /** "i tillegg til", "utenom", "besides": the word after them is left out of what is asked about. */
  except: string[][];
  /** "ikke", "ikkje", "not": with a word of taking part near, they ask what is not part of something. */
  negation: string[][];
  /** "unntatt", "excluded", "left out": they ask what is not part of something by themselves. */
  excluded: string[][];
  /** "med", "included", "omfattet", "take part": words for being part of something (a list of what is). */
  inclusion: string[][];
  /** "nevnt", "mentioned": at the end of a question with no verb first, it asks whether what it names is said. */
  mentioned: Set<string>;
  /** "med i", "knyttet til", "involved": words for taking part in the work (after "hvordan": how one does). */
  partaking: string[][];
  /** "omtalt som", "described as", "skjer med": the words after name what a sentence of the page speaks of. */
  describedAs: string[][];
  /** "representerer", "represents", "representant": standing for someone (stems). */
  represents: Set<string>;
  /** "tok", "took": with a word for a photo, taking it. */
  photoTaking: Set<string>;
  /** "fotograferte", "photographed": taking a photo, said alone. */
  photographing: Set<string>;
  /** "bildet", "biletet", "photo": words for a photo. */
  photos: Set<string>;
  /** "gjestene", "guests": those in a photo of a body who are not its members. */
  photoGuests: Set<string>;
  /** "av", "by": last in a question after a verb in the passive ("tatt av?"), they ask who did it. */
  agent: Set<string>;
  /** "privat", "home", "personal": contact details that are a person's own, not their work's. */
  privateContact: Set<string>;
  /** "sende", "send": with a word for a question right after, how to get in touch is asked. */
  send: Set<string>;
  /** "spørsmål", "questions", "henvendelse": what is sent when one gets in touch. */
  enquiry: Set<string>;
  /** "fra", "from": last in a question opened by "hvor"/"where", it asks where someone comes from, not where it is. */
  origin: Set<string>;
  /** "driver" with "med" later: busy with something, not leading it (see busy-question.ts); "ansvar" with "for" last. */
  busy: { words: Set<string>; then: Set<string> };
  charge: { words: Set<string>; then: Set<string> };
  /** Nouns for what someone is ("rolle", "role", "stilling"): asked for, the question is about a person. */
  roleNouns: Set<string>;
  /** "hvilke": a which-word that asks for several things, whatever form the noun after it has ("hvilke kurs"). */
  severalWhich: Set<string>;
  each: Set<string>;
  /** "virker", "fungerer", "works", "syncs": verbs of a device or an app working; negated, they report a fault. */
  working: Set<string>;
  /** "krasjer", "henger seg", "keeps crashing", "broken": words that report a fault by themselves (phrases). */
  failing: string[][];
  /** "glemt", "mistet", "forgot", "lost": before a thing of the asker's own, they report it lost. */
  losing: Set<string>;
  /** A sum of money ("koste", "budget") or paying ("betale", "gratis", "pay"), which the page says nothing of (phrases). */
  price: { sum: string[][]; paying: string[][] };
  /** "anbefale", "tilrå", "recommend": a recommendation asked for, which the page gives none of. */
  recommend: Set<string>;
  /** "frist", "deadline": the date something must be done by is asked for. */
  deadline: Set<string>;
  /** "klar", "ferdig", "ready": after "når", the date something is to be done by is asked for. */
  done: Set<string>;
  /** "innen", "by": before a date in a text, the date is a deadline, not the day it happens. */
  dueBy: Set<string>;
  /** "bruker", "nyttar", "use": a system used, with what it is used for after "til" or "for" (system-purpose.ts). */
  uses: Set<string>;
  /** "system", "plattform", "løysing", "tool": what is used (system-purpose.ts). */
  systems: Set<string>;
  /** "loven", "lova", "law": a law, which the page says nothing of; also the end of a law's name (law-asked.ts). */
  laws: Set<string>;
  /** "været", "vêret", "weather", "forecast": the weather, which the page says nothing of. */
  weather: Set<string>;
}
