import type { Intent, LanguageData } from './language-data';
import type { Lang } from './knowledge-base';
import { hasPhrase } from './text';

/** Whether a word (folded) is the asker ("jeg", "vi", "I"): the Norwegian «i» and «me» are none in English, nor "I" in Norwegian. */
export function isAskerWord(shape: LanguageData['questionShape'], t: string, lang: Lang): boolean {
  return shape.self.has(t) && (lang === 'en' || t !== 'i') && (lang !== 'en' || t !== 'me');
}

/**
 * What the question says the asker does: asks how to do something oneself ("How can I …", "Hvordan kan vi …"), or
 * an everyday thing ("Where can I park …", "Kan jeg spise lunsj …").
 */
export function askerDoes(
  shape: LanguageData['questionShape'],
  tokens: string[],
  lang: Lang,
  everydayPositions: number[],
  intents: Set<Intent>,
): { howTo: boolean; selfActivity: boolean } {
  const isSelf = (t: string) => isAskerWord(shape, t, lang);
  // The asker as subject within the first words after "hvordan"/"how" ("How can I …", "Hvordan kan vi …"), first in
  // the question or asked of someone ("Kan du forklare korleis eg set opp …", "Can you show me how I …").
  const asked = shape.may.has(tokens[0] ?? '') && shape.someone.has(tokens[1] ?? '');
  const how = tokens.findIndex((t, k) => shape.howTo.has(t) && (k === 0 || (asked && k <= 4)));
  const howTo =
    how >= 0 &&
    tokens.slice(how + 1, how + 4).some(isSelf) &&
    // "Hvordan er vi andre kommunene med i arbeidet?", "… lurer på korleis vi er knytt til …": how the asker stands,
    // not what they do.
    !tokens.slice(how + 1, how + 3).some((t) => shape.howState.has(t)) &&
    // "kommer jeg til": the asker stands between the verb and where to.
    !hasPhrase(
      tokens.filter((t) => !shape.self.has(t)),
      shape.goTo,
    );
  // "Skriveren virker ikke – hva gjør jeg?", "What should I do?": what the asker is to do is instructions too.
  const whatToDo = hasPhrase(tokens, shape.whatToDo);
  const selfAt = tokens.slice(0, 4).findIndex(isSelf);
  // "Skal vi fortsette å drifte de gamle journalsystemene?", "Will we continue to run …?": a verb with another verb
  // after it says how the asker does that one; when the bot knows that one ("drifte"), it is no everyday activity.
  const infinitive = lang === 'en' ? 'to' : 'a';
  const doesKnown = tokens[selfAt + 2] === infinitive && !everydayPositions.includes(selfAt + 3);
  const selfActivity =
    selfAt >= 0 &&
    ((everydayPositions.includes(selfAt + 1) && !doesKnown) ||
      // Not to get hold of someone ("få tak i", "get in touch"): that asks for contact details.
      (shape.obtain.has(tokens[selfAt + 1] ?? '') &&
        // Nor to be answered ("Vil jeg få svar …?", "Will I get a reply?"), which is something done to the asker.
        !tokens.slice(selfAt + 2, selfAt + 4).some((t) => shape.reply.has(t)) &&
        // Nor what the question asked for before it ("Hvilke kvalitetsgevinster skal vi få?", "… will we get from it?"):
        // the verb ends the question, or says only where it comes from.
        !(selfAt + 2 >= tokens.length || shape.qualifiers.has(tokens[selfAt + 2]!)) &&
        !['who', 'contact', 'phone', 'email'].some((i) => intents.has(i as Intent))));
  return { howTo: howTo || whatToDo, selfActivity };
}
