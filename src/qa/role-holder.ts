import type { Analysis } from './analysis';
import { PROMOTE_RATIO } from './decision';
import { COLLECTIONS } from './entries';
import type { Intent } from './language-data';
import type { Candidate } from './ranking';

const DETAILS: Intent[] = ['email', 'phone'];

/**
 * A person named by their title beats the place the title is held in, when both match about as well: asked who holds
 * the role (see roleAsked), or asked for the person's e-mail address or phone number (see detailAsked). Undefined
 * when the top candidate is already a person, or no one is named so.
 */
export function roleHolder(
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  if (top.entry.type === 'person') return undefined;
  const person = (named: (c: Candidate) => boolean) =>
    candidates.find((c) => c.entry.type === 'person' && named(c) && c.score >= PROMOTE_RATIO * top.score);
  return roleAsked(analysis, candidates, top, person) ?? detailAsked(analysis, top, person);
}

/**
 * "Kven er kommunikasjonsansvarleg i prosjektorganisasjonen?", "Who is the communications lead of the implementation
 * project?": asked who holds a role, the person the role names. (A word before a lead word is the role:
 * "communications lead".) "Hvem er delprosjektlederne i Trondheims innføringsprosjekt?": the leads of a kind of part
 * (the subprojects) are those of its list; the project named after it is where the list is.
 */
function roleAsked(
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
  person: (named: (c: Candidate) => boolean) => Candidate | undefined,
): Candidate | undefined {
  const roleAt = analysis.knownPositions.indexOf(analysis.roleAt);
  const leadRole =
    roleAt >= 0 && analysis.intentPositions.includes(analysis.roleAt + 1)
      ? analysis.known[roleAt]
      : undefined;
  const role = analysis.roleQuestionWho ? (analysis.roleTerm ?? leadRole) : undefined;
  if (role === undefined || top.nameTerms.has(role)) return undefined;
  const holder = person((c) => c.nameTerms.has(role));
  if (holder || top.entry.type !== 'unit') return holder;
  return candidates.find(
    (c) =>
      COLLECTIONS.has(c.entry.type) &&
      c.named &&
      c.nameTerms.has(role) &&
      c.score >= PROMOTE_RATIO * top.score,
  );
}

/**
 * "Trenger å sende en mail til prosjektlederen for innføringen i Trondheim kommune, hva er epostadressen", "Kva er
 * telefonnummeret til prosjektleiaren for innføringa?": an e-mail address or phone number asked of someone named by
 * their title beside the place that title is held in is that person's, not the place's (the project's own address is
 * the project office's). The person's own name or title must say something the place's name does not ("prosjektleder"
 * beside "innføringsprosjektet"); "Hva er e-postadressen til innføringsprosjektet?" stays the project's.
 */
function detailAsked(
  analysis: Analysis,
  top: Candidate,
  person: (named: (c: Candidate) => boolean) => Candidate | undefined,
): Candidate | undefined {
  if (!DETAILS.some((i) => analysis.intents.has(i)) || analysis.intents.has('lead')) return undefined;
  return person((c) => c.named && [...c.nameTerms].some((t) => !top.nameTerms.has(t)));
}
