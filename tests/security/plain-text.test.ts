import fc from 'fast-check';
import { ownCopy, plainText } from '../../src/security/plain-text';

/** What messageText did before it was made linear (quadratic on '<' without '>'): the reference on short input. */
const before = (text: string) =>
  text
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('plainText', () => {
  test('removes the @mention, tags and &nbsp; and collapses white space', () => {
    expect(plainText('<at>Helseplattformen</at>&nbsp;hvem <b>leder</b>\n\n teknisk?')).toBe(
      'hvem leder teknisk?',
    );
  });

  test('reads like the old regular expressions on every short text of markup characters', () => {
    const markup = fc.string({
      unit: fc.constantFrom('<', '>', '/', 'a', 't', 'A', 'T', ' ', 'x', '&nbsp;', '<at>', '</at>', '\t'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(markup, (text) => {
        expect(plainText(text)).toBe(before(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('ownCopy', () => {
  test('is the same text, lone surrogates and all, as a string of its own', () => {
    for (const text of ['', 'hei', 'æøå 😀', '\ud800x\udc00', 'a'.repeat(5000)])
      expect(ownCopy(text)).toBe(text);
  });
});
