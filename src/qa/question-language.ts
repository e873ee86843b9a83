import { wordsAlone } from '../i18n/detect-language';
import type { Lang } from './knowledge-base';
import { stem, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * The language a question is written in, by its marker words (`languageMarkers` in content/language.yaml), each
 * counted by its stem so that its inflections count too ("hvilket" of «hvilken»).
 * A marker whose stem is a word of the page's own names ("delprosjekt", "gevinst") counts only as written: both
 * Norwegian languages share the noun, and only the ending gives the language away. "Hvilket annet delprosjekt
 * samarbeider det tekniske delprosjektet tett med?" is bokmål; «delprosjekta», «gevinstane» are nynorsk.
 */
export function questionLanguage(vocab: Vocabulary, tokens: string[], stems: string[], asWritten = ''): Lang {
  const { markers, markerWords } = vocab.language;
  const votes: Record<Lang, number> = { nb: 0, nn: 0, en: 0 };
  // (The words as written count too: «Midt-Noreg», read as the page's «Midt-Norge», still says nynorsk.)
  const written = tokenize(asWritten);
  const all = [...tokens, ...written];
  [...stems, ...written.map(stem)].forEach((s, k) => {
    const shared = vocab.strongVocabulary.has(s);
    for (const lang of ['nb', 'nn', 'en'] as Lang[])
      if (shared ? markerWords[lang].has(all[k]!) : markers[lang].has(s)) votes[lang]++;
  });
  // ("720 000 inhabitants covered?", "Bindal included?": without a marker to tell, or as many of each, the words of
  // one language alone, by the dictionaries, tell English from Norwegian.)
  // (Not a name: «May» Liz is no English «may».)
  if (votes.en === Math.max(votes.nb, votes.nn)) {
    const { everyday } = vocab.language;
    votes.en += Math.sign(
      wordsAlone(
        tokens,
        (t) => everyday.languageOf(t),
        (t) => vocab.nameWords.has(t),
      ),
    );
  }
  return votes.en > Math.max(votes.nb, votes.nn) ? 'en' : votes.nn > votes.nb ? 'nn' : 'nb';
}
