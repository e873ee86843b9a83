import type { Answer } from './answer';
import type { Decision } from './decision';
import type { Vocabulary } from './vocabulary';
import { pageLines } from './page-lines';
import { stem, terms } from './text';

/** The words of the pairs of opposites a term is one side of («flere» gives «flere», «færre» and their likes). */
function directionsOf(vocab: Vocabulary, term: string): Set<string> {
  const pairs = vocab.language.claims.opposites.filter((pair) => pair.some((side) => side.has(term)));
  return new Set(pairs.flatMap((pair) => pair.flatMap((side) => [...side])));
}

/**
 * "Får sykehjemmene flere ansatte?", "Will the nursing homes get more staff?", "Blir det færre tilsette på
 * legevakta?": a yes/no question that says which way something the page knows goes («flere ansatte»), where no line
 * of the page says that thing goes either way, asks what the page does not say: the page gives how many staff are
 * affected, not that there will be more. ("Blir det færre unødvendige innleggelser?" is answered: a gain says so.)
 */
export function refuseDirectionNotSaid(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback } = d;
  if (!analysis.yesNo) return undefined;
  // (Only a word that names an entry of its own; where it is, «i kommunen», and the project itself say nothing.)
  const thing = (t: string) =>
    vocab.strongEntries(t) > 0 && !vocab.projectTerms.has(t) && !vocab.orgWords.has(t);
  const moved = analysis.knownPositions.flatMap((p, k) => {
    const before = stem(analysis.tokens[p - 1] ?? '');
    if (!vocab.language.claims.change.has(before)) return [];
    const t = analysis.known[k]!;
    const ways = new Set([before, ...directionsOf(vocab, before)]);
    return thing(t) && !ways.has(t) ? [{ t, ways }] : [];
  });
  if (moved.length === 0) return undefined;
  // (Said of it, either way: a word of the same pair just before it, or one word between, «færre unødvendige
  // innleggelser»; not a figure between, «over 40 000 ansatte», which says how many.)
  const said = (t: string, ways: Set<string>) =>
    pageLines(vocab).some((l) => {
      const own = terms(l.text);
      const before = (k: number) => ways.has(own[k - 1] ?? '');
      const between = (k: number) => !/\d/u.test(own[k - 1] ?? '') && ways.has(own[k - 2] ?? '');
      return own.some((w, k) => w === t && (before(k) || between(k)));
    });
  return moved.some(({ t, ways }) => !said(t, ways)) ? fallback : undefined;
}
