import type { Answer } from './answer';
import type { Analysis } from './analysis';
import type { Intent } from './language-data';
import { answerWith, contactPoint, overview } from './items';
import { contactElsewhere } from './outside';
import { fold, hasPhrase, stem, terms } from './text';
import type { Decision } from './decision';

/** Whom to contact about the project as a whole: its contact point. */
export function answerContactPoint(d: Decision): Answer | undefined {
  const { vocab, question, analysis, fallback, top } = d;
  // "Hvem kan jeg kontakte om Helseplattformen?", "Who do I get in touch with about the project?": whom to contact
  // about the project as a whole is its contact point, the project office with its contact details; so are the
  // project's own e-mail and phone ("What is the project's email address?"), which are not its leader's. ("nå"
  // alone is more often "now" than "reach": "Hvordan går prosjektet nå?")
  // "Who is the contact person at Helse Midt-Norge RHF?": someone to contact at an organisation no one the page names
  // works for is someone the bot does not know, whatever the page says about the organisation.
  if (analysis.intents.has('contact') && contactElsewhere(vocab, analysis)) return fallback;
  // "Hvem er Molde kommunes kontaktperson i Helseplattformens prosjektorganisasjon?", "Who is Steinkjer's contact
  // person …?": the page names no contact of each municipality; the project's contact point is not one.
  if (contactOfPlace(d)) return fallback;
  const office = contactPoint(vocab);
  const project = vocab.isProject(top.entry.id);
  // "Kven er kontaktpersonane i innføringsprosjektet?": several people to contact in the project are its contacts; so
  // are those of its contact point ("Who are the contact persons at the project office?"), the people the page lists
  // under it with their details.
  const people = vocab.language.questionShape.contactPeople;
  const tokens = analysis.tokens;
  const several = hasPhrase(tokens, people);
  if (several && (project || top.entry.id === office?.id))
    return { ...overview(vocab, 'contacts', analysis.lang), question };
  if (contactAsked(analysis) && office && project) return answerWith(vocab, d.fallback, office);
  return undefined;
}

/**
 * True when the contact asked for is of a place other than the one a project is named for (Trondheim), said right before it ("Molde kommunes
 * kontaktperson", "Steinkjer's contact person") or after it with a preposition ("kontaktperson for Verdal").
 */
function contactOfPlace(d: Decision): boolean {
  const { vocab, analysis } = d;
  const { tokens, intentPositions } = analysis;
  const at = intentPositions.find((p) => vocab.intentOf(stem(tokens[p] ?? '')) === 'contact');
  if (at === undefined) return false;
  const { placeNouns } = vocab.language.asker;
  const projects = vocab.kb.projectOffice.contactFor.flatMap((id) => vocab.entries.get(id) ?? []);
  const place = (k: number) => {
    const t = stem(tokens[k] ?? '');
    return vocab.employers.has(t) && !projects.some((e) => terms(`${e.names} ${e.keywords}`).includes(t));
  };
  // (Before it, over the genitive's «s» and a word for a municipality: "Steinkjer's", "Molde kommunes".)
  let before = at - 1;
  const genitive = (t: string) => t === 's' || placeNouns.has(t) || placeNouns.has(t.replace(/s$/u, ''));
  while (before > 0 && genitive(tokens[before]!)) before--;
  let after = at + 1;
  while (intentPositions.includes(after)) after++;
  const preposition = vocab.language.questionShape.qualifiers.has(tokens[after] ?? '');
  return place(before) || (preposition && place(after + 1));
}

/** True when the question asks how to reach someone (contact, e-mail, phone), and about nothing it does not know. */
export function contactAsked(analysis: Analysis): boolean {
  return (
    (['contact', 'email', 'phone'] as Intent[]).some((i) => analysis.intents.has(i)) &&
    !analysis.intents.has('lead') &&
    // Not about something else of the project's ("my salary in the project") or the user's own.
    analysis.unknown.length === 0 &&
    analysis.everydayPositions.length === 0 &&
    !analysis.own &&
    (analysis.intents.has('who') || analysis.opening === 'where' || !analysis.tokens.includes(fold('nå')))
  );
}
