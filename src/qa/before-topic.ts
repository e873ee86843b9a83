import { answerCleftVerbFirst } from './cleft-verb-first';
import type { Answer } from './answer';
import type { Question } from './decision';
import { answerContactOwner } from './contact-owner';
import { answerAddressClaimed } from './address-claimed';
import { answerPhoneClaimed } from './phone-claimed';
import { answerBareListedContacts } from './listed-contacts';
import { answerPersonCheckedElsewhere } from './person-checked';
import { answerNameInPlace } from './name-in-place';
import { answerCountClaimed } from './count-claimed';
import { answerFigureClaimed } from './figure-claimed';
import { answerOtherPartner } from './other-partner';
import { answerDoerClaimed } from './doer-claimed';
import { answerCountyClaimed } from './county-claimed';
import { refuseBareTag } from './bare-tag';
import { answerInclusionDenied } from './inclusion-denied';
import { answerEitherChoice } from './choices';

/**
 * The answers given before any word of the question is matched to a topic, the first that answers:
 * "Whose number is 481 61 844?": a contact detail the page gives names its owner (see contact-owner.ts, and
 * listed-contacts.ts for a detail listed bare); an e-mail address said to be someone's is checked against theirs
 * (see address-claimed.ts), and so is a phone number, whoever it is said to be of (see phone-claimed.ts).
 * "Bindal is in Troms county, right?": which county a municipality lies in is checked (see county-claimed.ts).
 * "Er det riktig at Torunn Austheim er rådmann i Levanger?": what someone is, said with a place the page does not
 * know, is answered with what they are (see person-checked.ts), not refused for the place.
 * "Ligger prosjektlokalene i det som før var Ila skole?": a name in the place of the one a sentence has is answered
 * no with that sentence (see name-in-place.ts), not refused for the name.
 * "Gjennomførte Trondheim kommune anskaffelsen sammen med Helse Vest?": an organisation the page does not know, said to
 * have done with others what the page names who did together, is answered no with that sentence (see other-partner.ts).
 * "Can you confirm that the shared journal system affects 40,000 inhabitants?": a figure claimed of what the page
 * counts is checked against the page's figure of the same thing (see figure-claimed.ts).
 * "Samarbeidsrådet har sju medlemmer?": a number claimed of what the page lists is counted, asked again with
 * «hvor mange» (`ask`; see count-claimed.ts).
 * "Er det Line Kristoffersen som har ansvaret for å kartlegge arbeidsprosessene?": who is said to lead something is
 * asked again with «hvem» (see doer-claimed.ts).
 * "Er det KS Trøndelag som koordinerer arbeidet …?": what one named is said to do is asked again with the verb first
 * (see cleft-verb-first.ts). "Is that right?" alone asks nothing (see bare-tag.ts). «Er sykehusene holdt utenfor
 * …?»: what a sentence says is part of something, said to be left out, is answered no (see inclusion-denied.ts).
 * "Er det Malvik eller Melhus som har rådmannen sin i rådet?": which of two choices holds (see choices.ts).
 */
export function answerBeforeTopic(asked: Question, ask: (text: string) => Answer): Answer | undefined {
  return (
    refuseBareTag(asked) ??
    answerEitherChoice(asked, ask) ??
    answerContactOwner(asked) ??
    answerAddressClaimed(asked) ??
    answerPhoneClaimed(asked, ask) ??
    answerCountyClaimed(asked) ??
    answerBareListedContacts(asked) ??
    answerPersonCheckedElsewhere(asked) ??
    answerNameInPlace(asked) ??
    answerOtherPartner(asked) ??
    answerFigureClaimed(asked) ??
    answerCountClaimed(asked, ask) ??
    answerDoerClaimed(asked, ask) ??
    answerCleftVerbFirst(asked, ask) ??
    answerInclusionDenied(asked, ask)
  );
}
