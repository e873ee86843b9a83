import type { Analysis } from './analysis';
import { PROMOTE_RATIO } from './decision';
import type { Intent } from './language-data';
import type { Candidate } from './ranking';

const DETAILS: Intent[] = ['email', 'phone'];

/**
 * "Trenger å sende en mail til prosjektlederen for innføringen i Trondheim kommune, hva er epostadressen", "Kva er
 * telefonnummeret til prosjektleiaren for innføringa?": an e-mail address or phone number asked of someone named by
 * their title beside the place that title is held in is that person's, not the place's (the project's own address is
 * the project office's). The person's own name or title must say something the place's name does not ("prosjektleder"
 * beside "innføringsprosjektet"); "Hva er e-postadressen til innføringsprosjektet?" stays the project's.
 */
export function roleHolderAsked(
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  if (top.entry.type === 'person' || !DETAILS.some((i) => analysis.intents.has(i))) return undefined;
  if (analysis.intents.has('lead')) return undefined;
  return candidates.find(
    (c) =>
      c.entry.type === 'person' &&
      c.named &&
      [...c.nameTerms].some((t) => !top.nameTerms.has(t)) &&
      c.score >= PROMOTE_RATIO * top.score,
  );
}
