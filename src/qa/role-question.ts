import type { Lang } from './knowledge-base';
import { compoundKind } from './spelling';
import { pastParticiple } from './word-forms';
import type { Vocabulary } from './vocabulary';

/** The words of the question that say which role it asks for, as analyse() has found them. */
export interface RoleWords {
  tokens: string[];
  stems: string[];
  lang: Lang;
  /** The words as written, punctuation kept, one per token. */
  chunks: () => string[];
  positions: Map<string, number>;
  known: string[];
  unknownPositions: number[];
  headOnly: number[];
  generalPositions: number[];
  intentPositions: number[];
  leadEnd: number;
  fuzzyAt: number[];
}

/**
 * "Hvem er <rolle> …", "Who is the <role> …": where the role asked for stands, the words it is made of, and whether it
 * is one the bot does not know.
 */
export function roleAsked(vocab: Vocabulary, w: RoleWords) {
  const { tokens, stems, lang, chunks, positions, known, unknownPositions, headOnly, generalPositions } = w;
  const { intentPositions, leadEnd, fuzzyAt } = w;
  // The word right after "Hvem er" / "Who is (the)" is the role asked for.
  const role = vocab.language.roleQuestion;
  const asksWho = role.who.has(tokens[0] ?? '');
  let roleAt = (asksWho || role.what.has(tokens[0] ?? '')) && role.copulas.has(tokens[1] ?? '') ? 2 : -1;
  if (roleAt > 0 && role.articles.has(tokens[roleAt] ?? '')) roleAt += 1;
  // "Kven er ny rådmann …", "What is the total cost …": the role is the word after one that says which of it.
  while (roleAt > 0 && role.modifiers.has(tokens[roleAt] ?? '')) roleAt += 1;
  // "Who is the project's data protection officer?": the role follows the genitive.
  if (roleAt > 0 && lang === 'en' && tokens[roleAt + 1] === 's' && /['’]s$/.test(chunks()[roleAt] ?? ''))
    roleAt += 2;
  // A role of several words runs to the first filler word ("data protection officer for …"). Its last word is
  // what the role is; when that is a question word ("overall project manager"), the lead rules answer it.
  let roleStop = roleAt;
  while (asksWho && roleAt > 0 && roleStop < stems.length && !vocab.stopwords.has(stems[roleStop]!))
    roleStop++;
  const headKnown = [...positions.values()].includes(roleStop - 1);
  const inRole = (k: number) => headKnown && roleStop - roleAt >= 2 && k >= roleAt && k < roleStop;
  // "What is the salary of …", "Hva er budsjettet for …": after "Hva er" too, a word the bot does not know is
  // what is asked.
  // "Hvem er HR-sjef …": a general word the knowledge base does not have, right before a lead word, says what the
  // role leads.
  const leadAt = (k: number) => intentPositions.includes(k) && leadEnd === k + 1;
  const unknownRoleAsked =
    roleAt > 0 &&
    (unknownPositions.includes(roleAt) ||
      // "Kva heiter fylkesordføraren …" asks the name of someone, as "Kven er …" does.
      ((asksWho || role.naming.has(tokens[1] ?? '')) && headOnly.includes(roleAt)) ||
      (asksWho &&
        (unknownPositions.some(inRole) || (generalPositions.includes(roleAt) && leadAt(roleAt + 1)))));
  const rolePhrase = known.filter((t) => inRole(positions.get(t) ?? -1));
  // The role is the one word there when what follows is filler or the end ("direktør i …"), not an adjective
  // before the role ("overall project manager"), nor a participle ("Kven er mobiliserte for å hjelpe …").
  const ends = roleAt + 1 >= stems.length || vocab.stopwords.has(stems[roleAt + 1]!);
  const roleEnds = roleAt > 0 && ends && !pastParticiple(vocab, tokens[roleAt]!, lang);
  // Of a compound ("prosjekteier" = prosjekt + eier) the last part is the role.
  const roleTerm = roleEnds ? known.filter((t) => positions.get(t) === roleAt).pop() : undefined;
  // A role made of a known word and a short last part, recognised only as a near spelling of another role
  // ("prosjekteier" of "prosjektleiar"), is a role the bot does not know, unless it is someone's name.
  const roleGuessed =
    roleTerm !== undefined && fuzzyAt.includes(roleAt) && compoundKind(vocab, tokens[roleAt]!) === 'short';
  return { asksWho, roleAt, roleStop, unknownRoleAsked, rolePhrase, roleTerm, roleGuessed };
}
