/**
 * What the asker is doing, said in a sentence of their own before the question: "I'm writing a master's thesis on
 * public procurement of health IT, and my submission deadline is in May. I've read that … Is that correct?", "Jeg
 * skriver et notat om opplæringen til formannskapet. Hvem leder Teknisk?". The sentence is about the asker's work; its
 * words (procurement, opplæringen) would steer the answer to the asker's subject, away from what the question names.
 */
import { analyse } from './analysis';
import { type Word, wordsOf } from './focus';
import { namesOwnTopic } from './introduction-purpose';
import { placesAt } from './region-places';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * Whether a sentence before the question (`later`: the message after it) says what the asker is doing and steers
 * nothing: it opens with the asker («jeg», «vi», "I'm"), asks and wonders nothing, names no place (the asker's
 * municipality may be what «vi» and «vår» after it mean) nor another organisation, and what follows names what it
 * asks about by a name of the page without pointing back to the asker ("Kven er representanten vår?" keeps it).
 */
export function saysAskersDoing(vocab: Vocabulary, sentence: string, later: string): boolean {
  const { focus } = vocab.language;
  const ws = wordsOf(sentence);
  const self = ws[0]?.folded.split(/['’]/u)[0] ?? '';
  // («I dag skal …»: the Norwegian preposition is no English "I".)
  const said = analyse(vocab, sentence);
  if (sentence.includes('?') || !focus.self.has(self) || (self === 'i' && said.lang !== 'en')) return false;
  if (ws.some((_, k) => focus.knowing.some((p) => p.every((w, j) => ws[k + j]?.folded === w)))) return false;
  if (terms(sentence).some((t) => vocab.employers.has(t)) || placesAt(vocab, ws).length > 0) return false;
  if (said.otherNames.length > 0) return false;
  return !pointsToAsker(vocab, later) && namesOwnTopic(vocab, later);
}

/**
 * Whether the text points to the asker or the asker's place («vi», «vår», «oss», «kommunen», "our", "I"): then what
 * the asker says of themselves may be what it is about.
 */
export function pointsToAsker(vocab: Vocabulary, text: string): boolean {
  const { focus, asker } = vocab.language;
  const lang = analyse(vocab, text).lang;
  const askers = [
    asker.own[lang],
    asker.us[lang],
    asker.we[lang],
    asker.backToPlace[lang],
    focus.own,
    focus.self,
  ];
  // («i prosjektet»: the Norwegian preposition is no English "I".)
  const english = (w: Word) => w.folded !== 'i' || (lang === 'en' && text.slice(w.start, w.end) === 'I');
  return wordsOf(text).some((w) => english(w) && askers.some((set) => set.has(w.folded)));
}
