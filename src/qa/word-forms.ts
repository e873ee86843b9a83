import { stem } from './text';
import type { Lang } from './knowledge-base';
import type { Vocabulary } from './vocabulary';

// Other forms of the knowledge base's words that no ending taken away reaches: a genitive of a name, a participle,
// an adjective's base form, an English -ing with a doubled consonant, a verb for the thing the page names.

/** The name a genitive of it stands for ("Olas" of Ola). */
export function genitiveTerm(vocab: Vocabulary, token: string): string | undefined {
  return token.length >= 4 && token.endsWith('s') && vocab.nameWords.has(token.slice(0, -1))
    ? stem(token.slice(0, -1))
    : undefined;
}

/**
 * The knowledge base's word a past participle in -ert is a form of ("dokumentert" of "dokumenteres", "mobilisert" of
 * "mobiliseres"), which no ending taken away reaches.
 */
export function participleTerm(vocab: Vocabulary, token: string): string | undefined {
  if (!/^.{4,}ert$/.test(token)) return undefined;
  const term = stem(token.slice(0, -1));
  return vocab.vocabulary.has(term) ? term : undefined;
}

/**
 * The knowledge base's word a Norwegian adjective is another form of ("sentrale", "sentral" of the page's
 * "sentralt"): the dictionary base form, alone or with the ending -t or -e, which no ending taken away reaches. (Also
 * in an English question: "Does Teknisk work with the sentral innføringsprosjekt?")
 */
export function adjectiveTerm(vocab: Vocabulary, token: string): string | undefined {
  const base = /^.{5,}[et]$/.test(token) ? token.slice(0, -1) : token;
  if (base.length < 5 || !vocab.language.everyday.isLemma(base)) return undefined;
  return [base, `${base}t`, `${base}e`].map(stem).find((t) => vocab.vocabulary.has(t));
}

/**
 * The knowledge base's word an English -ing form with a doubled last consonant is a form of ("planning" of
 * "plan"; "mapping" of "map"), which no ending taken away reaches.
 */
export function doubledTerm(vocab: Vocabulary, token: string): string | undefined {
  const match = /^(.{2,}?)([bdgklmnprt])\2ing$/.exec(token);
  if (!match) return undefined;
  const term = stem(`${match[1]}${match[2]}`);
  return vocab.vocabulary.has(term) ? term : undefined;
}

/**
 * The knowledge base's verb an English past form in -ed is a form of, when the page writes that verb in the present
 * ("documented" of "documents", "defined" of "defines"), which no ending taken away reaches. Not a word the language
 * data has a rule for ("chaired", "housed", "planned": what is planned, not what was planned), nor a verb the page has only as a noun or infinitive.
 */
export function englishPastTerm(vocab: Vocabulary, token: string): string | undefined {
  const match = /^(.{3,}?)(i?)ed$/.exec(token);
  const { languageWords, questionShape } = vocab.language;
  if (!match || languageWords.has(token) || questionShape.expected.has(token)) return undefined;
  const [, root, i] = match as unknown as [string, string, string];
  const doubled = /([bdgklmnprt])\1$/.test(root) ? [root.slice(0, -1)] : [];
  const roots = i === '' ? [root, `${root}e`, ...doubled] : [`${root}ie`];
  const present = roots.find((r) => vocab.writtenByStem.get(stem(r))?.has(`${r}s`));
  return present === undefined ? undefined : stem(present);
}

/** True when a Norwegian word is the past participle of a verb of the dictionaries ("mobiliserte": mobilisere). */
export function pastParticiple(vocab: Vocabulary, token: string, lang: string): boolean {
  return (
    lang !== 'en' &&
    /^.{3,}erte?$/.test(token) &&
    vocab.language.everyday.isLemma(`${token.replace(/te?$/, '')}e`)
  );
}

/** The endings of a Norwegian past or past participle after the verb's stem ("flyttet", "flytta", "berørt", "lagd"). */
const PAST_ENDINGS = ['et', 'dd', 'a', 't', 'd'];

/**
 * A past form of a verb of the dictionaries, as said after «har» or «er»: Norwegian «flyttet», «flytta», «kreditert»,
 * «berørt», English "affected", "planned" (its last consonant doubled).
 */
export function pastForm(vocab: Vocabulary, token: string, lang: Lang): boolean {
  const everyday = vocab.language.everyday;
  if (lang === 'en')
    return (
      everyday.pastBase(token) !== undefined ||
      (/([^aeiou])\1ed$/.test(token) && everyday.isLemma(token.slice(0, -3)))
    );
  if (pastParticiple(vocab, token, lang) || pastVerb(vocab, token, lang)) return true;
  return PAST_ENDINGS.some(
    (e) =>
      token.length - e.length >= 3 && token.endsWith(e) && everyday.isLemma(`${token.slice(0, -e.length)}e`),
  );
}

/** Endings of verb forms, longest first, and the endings of the nouns made from their stems. */
// (Nynorsk's present «-ar» and passive «-ast» too: «koordinerar», «korleis folk skal lærast opp».)
const VERB_ENDINGS = {
  no: ['erast', 'erer', 'erar', 'eres', 'erte', 'ere', 'ert', 'ast', 'er', 'ar', 'es', 'te', 'e'],
  en: ['ates', 'ated', 'ating', 'ate', 'es', 'ed', 'ing', 's', ''],
};
const NOUN_ENDINGS = { no: ['asjon', 'ering', 'ing'], en: ['ation', 'ion', 'ing', 'ment'] };

/**
 * The knowledge base's word for the thing a verb does ("integrerer" → integrasjon, "koordinerer" → koordinering,
 * "kartlegger" → kartlegging, "integrates" → integration, "trained" → training, "maps" → mapping): who does a thing
 * is asked with the verb, and the page names the thing. Only a noun the knowledge base has counts. A Norwegian verb
 * with a particle after it makes its noun with the particle first ("lære opp" → opplæring, "følge opp" → oppfølging).
 */
export function nounOfVerb(
  vocab: Vocabulary,
  token: string,
  lang: string,
  particle = '',
): string | undefined {
  const kind = lang === 'en' ? 'en' : 'no';
  for (const ending of VERB_ENDINGS[kind]) {
    if (!token.endsWith(ending)) continue;
    const root = token.slice(0, token.length - ending.length);
    if (root.length < 3) continue;
    const roots = kind === 'en' ? [root, `${root}${root.at(-1)}`] : [root];
    for (const r of roots)
      for (const noun of NOUN_ENDINGS[kind]) {
        const word = `${particle}${r}${noun}`;
        const term = stem(word);
        const written = vocab.writtenByStem.get(term);
        if (vocab.strongVocabulary.has(term) && [...(written ?? [])].some((w) => w.startsWith(word)))
          return term;
      }
  }
  return undefined;
}

/** "Hvem skal lære opp de ansatte?": a verb at `at` and the particle after it name one noun of the knowledge base. */
export function nounOfParticleVerb(vocab: Vocabulary, tokens: string[], at: number, lang: string) {
  const particle = tokens[at + 1] ?? '';
  return lang !== 'en' && vocab.language.questionShape.particles.has(particle)
    ? nounOfVerb(vocab, tokens[at]!, lang, particle)
    : undefined;
}

/**
 * The knowledge base's term that a word the analysis does not know is another form of: a participle, a genitive, an
 * English -ing with a doubled consonant, a verb for a thing the page names.
 */
export function formTerm(vocab: Vocabulary, tokens: string[], at: number, lang: string): string | undefined {
  const token = tokens[at]!;
  return (
    participleTerm(vocab, token) ??
    genitiveTerm(vocab, token) ??
    (lang === 'en' ? (doubledTerm(vocab, token) ?? englishPastTerm(vocab, token)) : undefined) ??
    adjectiveTerm(vocab, token) ??
    nounOfVerb(vocab, token, lang)
  );
}

/**
 * True when a Norwegian word is a weak verb in the past of the dictionaries, and no base form itself ("stilte": stille,
 * "leverte": levere; not "første").
 */
export function pastVerb(vocab: Vocabulary, token: string, lang: Lang): boolean {
  const everyday = vocab.language.everyday;
  if (lang === 'en' || !/[^aeiouyæøå](te|de)$/.test(token) || everyday.isLemma(token)) return false;
  const root = token.slice(0, -2);
  return [`${root}e`, `${root}${root.slice(-1)}e`].some((w) => everyday.isLemma(w));
}

/** A Norwegian verb in the passive ("dokumenteres", "dokumenterast", "ledes"). */
export function passiveVerb(vocab: Vocabulary, token: string, lang: Lang): boolean {
  const everyday = vocab.language.everyday;
  return (
    lang !== 'en' &&
    ((/es$/.test(token) && everyday.isLemma(token.slice(0, -1))) ||
      (/ast$/.test(token) && everyday.isLemma(token.slice(0, -2))))
  );
}

/**
 * "the later-joining municipalities", "the participating units": an English -ing form of a general word of the
 * language ("join") before the noun it describes says how that is put, as its base form does, not a thing of its own
 * ("a subproject for testing, and …" names one).
 */
export function languageWordInIng(vocab: Vocabulary, tokens: string[], at: number, lang: Lang): boolean {
  const match = /^(.{2,}?)ing$/.exec(tokens[at] ?? '');
  const next = tokens[at + 1];
  if (lang !== 'en' || !match || next === undefined || vocab.stopwords.has(stem(next))) return false;
  const root = match[1]!;
  const doubled = /([bdgklmnprt])\1$/.test(root) ? [root.slice(0, -1)] : [];
  return [root, `${root}e`, ...doubled].some((w) => vocab.language.languageWords.has(w));
}
