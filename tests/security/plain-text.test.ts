import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { redact } from '../../src/privacy/redactor';
import { createQuestionAnswerer } from '../../src/qa';
import { fold } from '../../src/qa/text';
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

/** Everything a message goes through before the answer card: markup, redaction, folding, answering. */
const { answerer } = createQuestionAnswerer('content/knowledge-base.yaml');
function handle(text: string): void {
  const plain = plainText(text);
  redact(plain);
  fold(plain);
  answerer.answer(plain, { reuse: false });
}

function millisecondsFor(text: string): number {
  const start = performance.now();
  handle(text);
  return performance.now() - start;
}

describe('any 100 kB message is handled in time linear in its length', () => {
  // Two bounds, both measured right before on the same machine, and generous: the quadratic expressions this
  // replaced took seconds on 60 kB. The first is relative to a message of ordinary words of the same length (40
  // times, at least 1 s); the second to the first quarter of the same text (linear work grows 4 times from a quarter
  // to the whole, quadratic work 16 times). On a loaded machine a slow moment can hit any measurement, so a text
  // fails only if it is over both bounds in five tries in a row; a quadratic one is over them every time.
  const size = 100 * 1024;
  const ordinary = 'hvem leder opplæring '.repeat(size / 21);
  const isLinear = (text: string) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const baseline = Math.max(25, millisecondsFor(ordinary));
      const quarter = Math.max(5, millisecondsFor(text.slice(0, text.length / 4)));
      const whole = millisecondsFor(text);
      if (whole < 40 * baseline || whole < 8 * quarter) return true;
    }
    return false;
  };

  test('for repeated pieces of markup, digits, addresses and Unicode', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<',
        '<a',
        '<at>',
        '</at>',
        '>',
        '@',
        'a@',
        '1 ',
        '1-',
        '1.',
        '+4',
        'at ',
        '(at)',
        '[a]',
      ),
      fc.constantFrom('a . ', ' punktum ', ' dot ', '01.02.1985 ', 'pnr ', 'født ', 'tlf '),
      fc.constantFrom('\u200b', '\uff11', '\u202e', '&nbsp;', 'é', '😀', '\n', ' ', 'x'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), (pieces) => {
        const unit = pieces.join('');
        expect(isLinear(unit.repeat(Math.ceil(size / unit.length)).slice(0, size))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  test.each([
    ['spaced dots in an address', '@1 ', 'a . '],
    ['spelled-out dots in an address', '@1 ', 'a punktum '],
    ['obfuscated addresses', '', 'x at y dot '],
    ['birth dates', '', '01.02.1985, pnr '],
    ['mentions without an end', '', '<at>'],
  ])('for repeated %s', (_, head, unit) => {
    expect(isLinear(head + unit.repeat(Math.ceil(size / unit.length)))).toBe(true);
  });

  test("for 60 000 '<' (seconds with the old expressions)", () => {
    expect(isLinear('<'.repeat(60_000))).toBe(true);
  });
});

describe('ownCopy', () => {
  test('is the same text, lone surrogates and all, as a string of its own', () => {
    for (const text of ['', 'hei', 'æøå 😀', '\ud800x\udc00', 'a'.repeat(5000)])
      expect(ownCopy(text)).toBe(text);
  });
});
