import type {
  Body,
  Decision,
  Fact,
  GainCategory,
  KnowledgeBase,
  Lang,
  Location,
  Person,
  Subproject,
  Unit,
} from './knowledge-base';

/** One piece of an answer: a knowledge-base entry shown as one section of the reply card. */
export type AnswerItem =
  | {
      type: 'person';
      person: Person;
      /** Why this person: "leder delprosjektet Teknisk" */ context?: string;
      focus?: 'phone' | 'email';
    }
  | { type: 'unit'; unit: Unit; lead?: Person; location?: Location; focus?: 'email' | 'phone' }
  | { type: 'location'; location: Location }
  | { type: 'subproject'; subproject: Subproject; lead: Person }
  | { type: 'subprojectList'; subprojects: { subproject: Subproject; lead: Person }[] }
  | { type: 'body'; body: Body; leader?: Person; members: Person[] }
  | { type: 'decision'; decision: Decision }
  | { type: 'decisionList'; decisions: Decision[] }
  | { type: 'fact'; fact: Fact }
  | { type: 'gains'; title: KnowledgeBase['gains']['title']; categories: GainCategory[] }
  | { type: 'contactList'; people: Person[]; officeEmail: string };

/**
 * The one-line answer before the entries, computed from them: a count, that the page gives no count, or "yes"
 * with the list item that shows it. Names are already in the answer's language.
 */
export type Direct =
  | {
      type: 'count';
      count: number;
      subject: string;
      /** For an overview list, which one: its title is the card's heading of that list. */
      collection?: 'subprojects' | 'decisions' | 'contacts';
      /**
       * What is counted when it is a whole list of one kind, said on the line ("har 9 medlemmer"); phone numbers and
       * e-mail addresses are those the page gives ("Siden oppgir 4 e-postadresser").
       */
      counted?: 'members' | 'subprojects' | 'phone' | 'email' | 'contact';
      /** The title the counted members have in their roles ("6 av medlemmene … er rådmenn"). */
      title?: string;
      /** The number a yes/no question claimed ("Har samarbeidsrådet sju medlemmer?"): the count says yes or no to it. */
      claimed?: number;
      /** How the count is claimed against that number ("flere enn sju", "fewer than twelve"); exactly it when unset. */
      compared?: Comparison;
    }
  | { type: 'countNotGiven'; subject: string }
  /**
   * `within`: the municipality asked about, which the page does not name, and the county whose municipalities the item
   * is ("Er Oppdal med?": Oppdal, Trøndelag; see county-place.ts).
   */
  | {
      type: 'yes';
      item: string;
      subject: string;
      within?: { place: string; region: string };
      /** The item is one of an overview list, named by its card heading ("Har prosjektet et delprosjekt for …?"). */
      collection?: 'subprojects';
    }
  /**
   * "Hvilke tjenester for barn og unge er med?": the items of a list of the kinds the question names (what they are for,
   * whom they serve); `yes` when it asked whether there are any ("Er tjenester for barn med?").
   */
  | { type: 'ofKind'; items: string[]; subject: string; yes: boolean }
  /** "Hvem står sist på medlemslista i Samarbeidsrådet?": the first or the last item of a list, in the page's order. */
  | { type: 'position'; item: string; subject: string; last: boolean; nth?: number }
  /** "Er det bare legevakten som får Helseplattformen?": no, the item is one of a list with `others` more. */
  | { type: 'notOnly'; item: string; subject: string; others: number }
  /** "Kan prosjektkontoret nåast på …@…?": yes or no, with the address the page gives the one named. */
  | { type: 'emailOf'; yes: boolean; name: string; email: string }
  /** "Er alle kommunene i Nordland med?": no, of all of them the list names only the one item (Bindal). */
  | { type: 'oneOfAll'; item: string; subject: string }
  /**
   * "Ledes Funksjonalitet og Gevinstrealisering av folk fra samme enhet?": whether the people named (or the leads of
   * what is named) work in one unit, and the unit of each.
   */
  | { type: 'sameUnit'; yes: boolean; people: { name: string; unit: string }[] }
  /** "Kan fastlegene koble seg på?": yes, by the page's own sentence that says it can. */
  | { type: 'yesSaid'; sentence: string }
  /** "Kor mange av kommunane i Trøndelag har opsjonsavtale?": all of them, by the page's sentence that says so. */
  | { type: 'allSaid'; sentence: string }
  /** "Stemmer det at omtrent 5000 kommuneansatte …?": yes or no by the page's sentence that gives the figure. */
  | { type: 'figureSaid'; yes: boolean; sentence: string }
  /** "Står det at fastlegene kan koble seg på?", "… økte pasienttransportkostnader?": yes or no by the page's sentence. */
  | { type: 'claimChecked'; yes: boolean; sentence: string }
  /**
   * "Leiar Ola Skorstad prosjektkontoret?", "Is the training subproject led by someone from the IT department?": a
   * yes/no question about who leads something, answered by who does lead it (and, when the question named someone
   * else, not them: then it is no). `subproject` says the name is a subproject's, said with the word for one.
   */
  | {
      type: 'ledBy';
      yes: boolean;
      subject: string;
      subproject: boolean;
      lead: string;
      named?: string;
      /** The role of the person named, as the page gives it ("Delprosjektleder for Funksjonalitet"). */
      namedRole?: string;
    }
  /**
   * "Er det riktig at Torunn Austheim er rådmann i Levanger?", "Is Tone Fagerholt the project leader?": yes or no,
   * with the person's role as the page gives it, and who has the role asked about when that is one other person.
   */
  | { type: 'roleOf'; yes: boolean; person: string; role: string; holder?: string; holderRole?: string };

/** What the bot answers to a question, before it is turned into a card. */
export interface Answer {
  kind: 'answer' | 'fallback';
  lang: Lang;
  question: string;
  /** Id of the main knowledge-base entry (for feedback statistics); undefined for a plain fallback. */
  topicId?: string;
  items: AnswerItem[];
  /** For a list, count or yes/no question: the direct answer shown first. */
  direct?: Direct;
  /**
   * For a message of several questions ("Hvem leder prosjektet, og hvem vant kommunevalget?"): the ones the page does
   * not answer, said under the answers to the others, with what is missing when the bot knows it.
   */
  unanswered?: { question: string; missing?: Answer['missing'] }[];
  /** For a fallback: what was recognised but is not in the knowledge base (e.g. Ola Skorstad's phone number). */
  missing?: {
    /**
     * phone, email, lead, date: the entry has none. contact: the person has neither phone nor e-mail. outcome: the decision is planned, its outcome unknown.
     * subproject: no subproject by that name. topic: no decision about that. role: no one known in that role.
     * count: the page gives no number of them. members: the page names no members of that body.
     * excluded: what is not part of a list, when the page lists only what is. noneBesides: the page names no other
     * than the items left out. photographer: the page credits no one with that photo. unit: the page names no unit or
     * department the person works in. privateContact: the page gives only work contact details for the person.
     * notListed: a yes/no question names something its list does not hold (the list is shown).
     */
    attribute:
      | 'phone'
      | 'email'
      | 'contact'
      | 'lead'
      | 'date'
      | 'outcome'
      | 'subproject'
      | 'topic'
      | 'role'
      | 'count'
      | 'members'
      | 'excluded'
      | 'noneBesides'
      | 'photographer'
      | 'unit'
      | 'privateContact'
      | 'notListed';
    subject: string;
  };
}

/** What the page does not give for one question: the attribute missing and what it is missing for. */
export type Missing = NonNullable<Answer['missing']>;

/**
 * A detail the page does not give is said of what it is missing for ("Siden oppgir ikke hvor mange: ansatte."); with
 * nothing to name ("Hvor mange i Molde kommune …", "number of people in samarbeidsrådet, not counting …"), there is no
 * such detail and the plain "I don't know" says it.
 */
export function missingOf(attribute: Missing['attribute'], subject: string | undefined): Missing | undefined {
  return subject === undefined || subject.trim() === '' ? undefined : { attribute, subject };
}

/** How a claimed number bounds a count: «flere enn», «færre enn», «minst», «høyst». */
export type Comparison = 'more' | 'fewer' | 'atLeast' | 'atMost';

/** Whether a count holds of a number claimed of it, compared as claimed ("Har samarbeidsrådet flere enn sju …?"). */
export function countClaimHolds(count: number, claimed: number, compared?: Comparison): boolean {
  if (compared === 'more') return count > claimed;
  if (compared === 'fewer') return count < claimed;
  if (compared === 'atLeast') return count >= claimed;
  if (compared === 'atMost') return count <= claimed;
  return count === claimed;
}
