import { knownHead } from './spelling';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Hvor mange gevinstområder er det?", "Kva gevinstkategoriar finst?": a compound whose first part is a word of the
 * knowledge base and whose last part only says what kind or group of it is meant (område, kategori, type: a filler
 * word of the language data) is that thing itself, not something else tied to it ("sykehjemsplasser" are places,
 * not nursing homes).
 */
export function kindCompound(vocab: Vocabulary, token: string): boolean {
  const head = knownHead(vocab, token);
  if (head === undefined) return false;
  for (let i = token.length - 4; i >= 4; i--) {
    if (stem(token.slice(0, i)) !== head) continue;
    // (The s that binds the parts belongs to neither: "gevinsts-områder".)
    const tail = token.slice(i).replace(/^s(?=[^aeiouyæøå])/u, '');
    return tail.length >= 4 && vocab.stopwords.has(stem(tail));
  }
  return false;
}
