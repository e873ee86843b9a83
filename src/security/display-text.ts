// Bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) can make «txt.exe» read as «exe.txt» or turn
// a sentence around in someone else's Teams; C0/C1 control characters (but tab and line breaks) and interlinear
// annotations have no use in a message either. Emoji joiners (U+200D) and variation selectors stay.
/* eslint-disable no-control-regex -- removing control characters is the point */
const HIDDEN_CONTROLS = new RegExp(
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufff9-\\ufffb]',
  'g',
);
/* eslint-enable no-control-regex */

/** The text without bidi and other control characters, for showing what one user wrote to another. */
export function withoutControlCharacters(text: string): string {
  return text.replace(HIDDEN_CONTROLS, '');
}

/**
 * A copy of a card (or any JSON) with every string cleaned by withoutControlCharacters: applied where card
 * messages and card answers are built, so no user text reaches another user's screen with them.
 */
export function displaySafe<T>(value: T): T {
  if (typeof value === 'string') return withoutControlCharacters(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => displaySafe(item)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = displaySafe(item);
    return copy as T;
  }
  return value;
}
