/**
 * A value worked out from the vocabulary (or the language data) the first time a question needs it, then kept with it
 * for every later question: the words of every list, the bodies' names, the decisions dated as deadlines. Rules that
 * look such a set up per question build it once this way instead of from every entry each time; a new vocabulary
 * (after the knowledge base is reloaded) gets its own, and the old one goes with it.
 */
export function perVocabulary<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key)!;
    const value = build(key);
    made.set(key, value);
    return value;
  };
}
