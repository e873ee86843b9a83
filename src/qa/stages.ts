import type { Answer } from './answer';
import type { Decision } from './decision';
import { answerContactPoint } from './project-contact';
import { findListedItem } from './listed-item';
import { refuseListOfOtherPlace } from './list-place';
import { answerBenefitByWhat, answerItemHeading } from './item-heading';
import { findWhichBySentence } from './which-by-sentence';
import { answerWhereDoneBy } from './where-done-by';
import { answerWhenByPeriod } from './when-by-period';
import { checkRole, checkSubject } from './role-checks';
import { checkAnswerKind, checkWordsAsked, refuseUnknownThingAsked } from './kind-checks';
import { answerMemberChecked } from './member-checked';
import { answerMemberOfOtherTitle } from './member-title';
import { answerEachPlace } from './each-place';
import { checkWhatIsLed } from './what-is-led';
import { refuseOtherLeadRole } from './lead-of-unit';
import { refuseNegatedList } from './negation';
import { refuseUnlistedQuote } from './quoted-items';
import { answerPhotoCredit } from './photo-credit';
import { answerPhotoPeople } from './photo-people';
import { answerPhotographerClaimed } from './photographer-claimed';
import { refuseOtherOfKind } from './other-project';
import { answerUnitPeople } from './unit-people';
import { answerSameUnit } from './same-unit';
import { answerWhoDoes, refuseTaskOfNoOne } from './who-does';
import { answerLeadChecked } from './lead-checked';
import { answerWrongLead } from './wrong-lead';
import { answerPersonChecked } from './person-checked';
import { answerTitleHead } from './title-head';
import { answerOtherFigure } from './other-figure';
import { answerSentenceChecked } from './sentence-checked';
import { answerSharedAddress } from './shared-address';
import { answerOnlyClaimed } from './only-claimed';
import { answerDeciderClaimed } from './decider-claimed';
import { answerDeadlineClaimed } from './deadline-claimed';
import { answerJointYesNo } from './joint-decision';
import { answerBodyMembers } from './body-members';
import { refuseSeveralOfOne } from './several-of-one';
import { refuseYearNotGiven } from './year-asked';
import { refuseDateNotGiven } from './deadline';
import { refusePastOfPlanned } from './past-of-planned';
import { answerListedContacts } from './listed-contacts';
import { answerDetailForUsers } from './detail-users';
import { answerSaidYes, answerYesOrCount, refineCollection } from './compose';
import { answerItemsOfKind } from './item-kinds';
import { answerDatesOfSeveral } from './dates-of-several';
import { answerListPosition, refuseOrderNotGiven } from './list-position';
import { answerContactClaimed } from './contact-claimed';
import { answerSubprojectAsked } from './subproject-asked';
import { answerExistenceAsked } from './existence-asked';
import { answerFinishedClaimed } from './finished-claimed';
import { refuseNameWordOfOther, refusePlaceOfOther } from './place-of-other';
import { answerAllOfGroup } from './all-of-group';
import { refuseListedGetOther } from './listed-get-other';
import { refuseDirectionNotSaid } from './direction-claimed';
import { refuseEndingNotSaid } from './ending-claimed';
import { refuseOtherBodyClaimed } from './other-body-claimed';
import { withDayOfMonthChecked } from './month-part';

/**
 * The stages after the topic is chosen, in order: the first to give an answer decides it. (Whichever says yes to a
 * dated claim, the day of a part of a month it says is checked: see month-part.ts.)
 */
export const STAGES: ((d: Decision) => Answer | undefined)[] = [
  refuseUnknownThingAsked,
  refusePlaceOfOther,
  refuseNameWordOfOther,
  answerAllOfGroup,
  refuseListedGetOther,
  answerPhotoCredit,
  answerPhotographerClaimed,
  answerPhotoPeople,
  answerListPosition,
  refuseOrderNotGiven,
  refuseOtherBodyClaimed,
  answerDeadlineClaimed,
  refusePastOfPlanned,
  answerFinishedClaimed,
  answerOnlyClaimed,
  answerDeciderClaimed,
  answerSameUnit,
  answerUnitPeople,
  answerBodyMembers,
  answerListedContacts,
  answerContactPoint,
  answerLeadChecked,
  answerWrongLead,
  answerContactClaimed,
  answerMemberChecked,
  answerMemberOfOtherTitle,
  answerPersonChecked,
  answerTitleHead,
  answerOtherFigure,
  answerSharedAddress,
  answerSentenceChecked,
  answerJointYesNo,
  answerWhoDoes,
  refuseTaskOfNoOne,
  answerDetailForUsers,
  answerItemHeading,
  answerBenefitByWhat,
  refuseDirectionNotSaid,
  refuseEndingNotSaid,
  findListedItem,
  refuseListOfOtherPlace,
  findWhichBySentence,
  answerWhereDoneBy,
  answerWhenByPeriod,
  refuseUnlistedQuote,
  refuseNegatedList,
  checkSubject,
  answerEachPlace,
  checkRole,
  checkWordsAsked,
  refuseSeveralOfOne,
  checkAnswerKind,
  refuseYearNotGiven,
  refuseDateNotGiven,
  answerDatesOfSeveral,
  refineCollection,
  answerItemsOfKind,
  checkWhatIsLed,
  refuseOtherLeadRole,
  refuseOtherOfKind,
  answerSubprojectAsked,
  answerYesOrCount,
  answerSaidYes,
  answerExistenceAsked,
].map(withDayOfMonthChecked);
