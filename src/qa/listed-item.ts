import type { Answer } from './answer';
import { itemNamed } from './lists';
import { saysOpposite } from './claim-words';
import { terms } from './text';
import { toldInOneSentence } from './told';
import { refuseNotListed } from './negation';
import { type Decision, PROMOTE_RATIO, asksOther } from './decision';

/** A yes/no question that names an item of a list: the list is the topic, the item its evidence. */
export function findListedItem(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = d;
  let top = d.top;
  // "Er legevakt med?": a list that holds the thing asked about answers yes, with that item as evidence. Not
  // when the question asks who or where ("Is the head of … mentioned?"): that is answered as such.
  let yes: string | undefined;
  let yesIndex = -1;
  if (analysis.yesNo && !asksOther(analysis)) {
    for (const c of candidates) {
      if (c.score < PROMOTE_RATIO * top.score) break;
      const named = itemNamed(vocab, c.entry, analysis.known, analysis.lang);
      // "Gjelder det felles journalsystemet bare kommunene?": a word that names the best match itself (the platform)
      // is what the question is about, not the item of another list that happens to have it ("… eksisterende
      // journalsystemer fjernes").
      // ("Kan brukerne bo hjemme kortere?": the item says «lengre»; no yes.)
      if (named && saysOpposite(vocab.language.claims, new Set(analysis.stems), new Set(terms(named[0]))))
        break;
      if (named && (c === top || !top.nameTerms.has(named[2]))) {
        [yes, yesIndex] = named;
        top = c;
        break;
      }
    }
  }
  d.top = top;
  d.yes = yes;
  d.yesIndex = yesIndex;
  // "Does the project office have a microwave?", "Har Trondheim egne nettsider?": a yes/no question that names an
  // everyday thing the bot has nothing of, and no item of a list, asks about that thing.
  if (analysis.yesNo && yes === undefined && analysis.everydayPositions.length > 0) {
    const told = toldInOneSentence(vocab, analysis, candidates, top);
    if (!told) return refuseNotListed(vocab, analysis, top, fallback) ?? fallback;
    [d.top, d.told] = told;
  }
  // "Forsvinner driften av de gamle journalsystemene?": the item named, with every telling word in it, is what the
  // verbs the bot does not know are said of.
  if (yes !== undefined && analysis.everydayPositions.length > 0)
    d.told = toldInOneSentence(vocab, analysis, [top], top)?.[1];
  return undefined;
}
