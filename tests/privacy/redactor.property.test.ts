import fc from 'fast-check';
import { redact, redactText } from '../../src/privacy/redactor';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** Splits a digit string into groups of the given lengths, joined by the separator. */
const grouped = (d: string, lengths: readonly number[], separator: string) => {
  const parts: string[] = [];
  let at = 0;
  for (const l of lengths) parts.push(d.slice(at, (at += l)));
  return parts.join(separator);
};

const isYear = (y: string) => Number(y) >= 1900 && Number(y) <= 2099;
const isDay = (d: string) => Number(d) >= 1 && Number(d) <= 31;
const isMonth = (m: string) => Number(m) >= 1 && Number(m) <= 12;
const isClock = (t: string) => Number(t.slice(0, 2)) <= 24 && Number(t.slice(2)) <= 59;
const readsAsRange = (d: string) =>
  [isYear, isClock, (n: string) => n.endsWith('00')].some((is) => is(d.slice(0, 4)) && is(d.slice(4)));
const readsAsDate = (d: string) =>
  (isYear(d.slice(0, 4)) && isMonth(d.slice(4, 6)) && isDay(d.slice(6))) ||
  (isDay(d.slice(0, 2)) && isMonth(d.slice(2, 4)) && isYear(d.slice(4)));

const norwegianPhone = fc
  .record({
    first: fc.integer({ min: 2, max: 9 }),
    rest: digits(7),
    grouping: fc.constantFrom([8], [3, 2, 3], [2, 2, 2, 2], [4, 4]),
    separator: fc.constantFrom(' ', '-', '.', '\u00a0'),
    prefix: fc.constantFrom('', '+47 ', '+47', '0047 ', '(+47) '),
  })
  // Documented ambiguity: 8 digits that read as a date (20190101) or, in two halves, as a range of years,
  // clock times or round numbers (2018 2019, 0800-1530, 1000-2000) are kept.
  .filter(
    ({ first, rest, grouping }) =>
      !(readsAsDate(`${first}${rest}`) || (grouping.length === 2 && readsAsRange(`${first}${rest}`))),
  )
  .map(({ first, rest, grouping, separator, prefix }) => {
    const number = `${first}${rest}`;
    return { written: prefix + grouped(number, grouping, separator), digits: number };
  });

const elevenDigits = fc
  .record({
    number: digits(11),
    format: fc.constantFrom<[number[], string]>(
      [[11], ''],
      [[6, 5], ' '],
      [[6, 5], '-'],
      [[6, 3, 2], ' '],
      [[2, 2, 2, 5], '.'],
      [[4, 2, 5], '.'],
      [[4, 2, 5], ' '],
    ),
  })
  .map(({ number, format: [lengths, separator] }) => ({
    written: grouped(number, lengths, separator),
    digits: number,
  }));

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const email = fc
  .record({
    local: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._+-]{0,15}$/),
    labels: fc.array(label, { minLength: 1, maxLength: 3 }),
    tld: fc.stringMatching(/^[A-Za-z]{2,6}$/),
  })
  .map(({ local, labels, tld }) => `${local}@${[...labels, tld].join('.')}`);

/** Surrounding text without ASCII digits, + or @, from words that carry no amount or reference meaning. */
const words = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Hei',
        'ring',
        'meg',
        'på',
        'nummeret',
        'mitt',
        'er',
        'takk',
        'for',
        'svar',
        'møtet',
        'Kari',
      ),
      fc.constantFrom(
        'æøå',
        'ÆØÅ',
        '—',
        ':',
        ',',
        '.',
        '(',
        ')',
        '!',
        '?',
        '«',
        '»',
        '😀',
        '\n',
        'ĳ',
        'नमस्ते',
      ),
      // Noise that is no digit, letter, + or @ once normalised as the redactor reads it (NFKC turns «㉑» into «21»).
      fc
        .string({ unit: 'binary', maxLength: 6 })
        .filter((s) => !/[\d+@\p{L}\p{N}]/u.test(s.normalize('NFKC'))),
    ),
    { maxLength: 8 },
  )
  .map((w) => w.join(' '));

const embedded = (text: string) =>
  fc.tuple(words, words).map(([before, after]) => `${before} ${text} ${after}`);
const digitsLeft = (text: string) => text.replace(/\D/g, '');

const validDate = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  year: fc.integer({ min: 1950, max: 2049 }),
});
const pad = (n: number) => String(n).padStart(2, '0');
const ordinaryNumber = fc.oneof(
  validDate.map(({ day, month, year }) => `${pad(day)}.${pad(month)}.${year}`),
  validDate.map(({ day, month, year }) => `${year}-${pad(month)}-${pad(day)}`),
  validDate.map(({ day, month }) => `${day}. ${['januar', 'mars', 'august', 'desember'][month % 4]}`),
  fc.integer({ min: 1900, max: 2098 }).map((y) => `${y}/${y + 1}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 999999 }))
    .map(([y, n]) => `sak ${y}/${n}`),
  fc.integer({ min: 0, max: 2359 }).map((t) => `kl. ${Math.floor(t / 100) % 24}.${pad(t % 60)}`),
  fc.integer({ min: 1000, max: 9999 }).map((p) => `${p} Trondheim`),
  fc
    .integer({ min: 100_000_000, max: 999_999_999 })
    .map((n) => String(n).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3'))
    .map((n) => `org.nr. ${n}`),
  // Counts grouped by thousands with a unit word; right after «ring» or «nummeret» an 8-digit count
  // such as 98 765 432 needs one to be told from a phone number.
  fc
    .tuple(
      fc.integer({ min: 0, max: 999_999_999_999 }),
      fc.constantFrom('kroner', 'innbyggere', 'ansatte', 'brukere'),
    )
    .map(([n, unit]) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} ${unit}`),
  // Without a unit word, every count of up to 7 digits survives.
  fc.integer({ min: 0, max: 9_999_999 }).map((n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')),
);

describe('redact (properties)', () => {
  test('never throws on arbitrary Unicode text and always returns a string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = redact(text);
        expect(typeof result.text).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  test('is idempotent: redacting a redacted text changes nothing', () => {
    const numberish = fc.string({
      unit: fc.constantFrom(
        '0',
        '1',
        '4',
        '7',
        '9',
        ' ',
        ' ',
        '-',
        '.',
        '/',
        '+',
        '(',
        ')',
        '@',
        'a',
        'k',
        'r',
        ',',
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), numberish), (text) => {
        const once = redactText(text);
        expect(redactText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  test('removes every generated Norwegian phone number from surrounding text', () => {
    fc.assert(
      fc.property(
        norwegianPhone.chain((p) => embedded(p.written).map((text) => ({ ...p, text }))),
        ({ text, digits }) => {
          expect(digitsLeft(redactText(text))).not.toContain(digits);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('removes every generated 11-digit number (fødselsnummer or account, valid or not) from surrounding text', () => {
    fc.assert(
      fc.property(
        elevenDigits.chain((n) => embedded(n.written).map((text) => ({ ...n, text }))),
        ({ text, digits }) => {
          expect(digitsLeft(redactText(text))).not.toContain(digits);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('removes every generated e-mail address from surrounding text', () => {
    fc.assert(
      fc.property(
        email.chain((address) => embedded(address).map((text) => ({ address, text }))),
        ({ text, address }) => {
          const redacted = redactText(text);
          expect(redacted).not.toContain(address);
          expect(redacted).not.toContain('@');
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('keeps generated dates, years, case numbers, times, postcodes, org numbers and counts', () => {
    fc.assert(
      fc.property(
        ordinaryNumber.chain((n) => embedded(n).map((text) => ({ n, text }))),
        ({ n, text }) => {
          expect(redactText(text)).toContain(n);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** Invisible characters people (or copy-paste) put inside numbers and addresses. */
const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad');
/** What may stand between two digit groups once written awkwardly: several spaces, a line break, a thin or figure space. */
const awkwardSpace = fc.constantFrom('  ', '   ', '\n', ' \n ', '\r\n', '\u2007', '\u2009', '\u202f', '\t ');
const fullwidth = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** The written number disguised: invisible characters after some digits, awkward spaces, maybe fullwidth digits. */
const disguised = (written: string) =>
  fc
    .record({
      hide: fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 3 }),
      spaces: awkwardSpace,
      wide: fc.boolean(),
    })
    .map(({ hide, spaces, wide }) => {
      let text = written.replace(/(?<=\d) (?=\d)/g, spaces);
      for (const [at, mark] of hide) {
        const positions = [...text.matchAll(/\d/g)].map((m) => m.index + 1);
        const position = positions[at % positions.length]!;
        text = text.slice(0, position) + mark + text.slice(position);
      }
      return wide ? fullwidth(text) : text;
    });
const digitsOnly = (text: string) => text.normalize('NFKC').replace(/\D/g, '');

describe('redact (properties of awkwardly written personal data)', () => {
  test('removes a phone number however it is spaced, hidden or widened', () => {
    fc.assert(
      fc.property(
        norwegianPhone
          .filter((p) => p.written.includes(' ') || !p.written.includes('+'))
          .chain((p) => disguised(p.written).chain((d) => embedded(d).map((text) => ({ ...p, text })))),
        ({ text, digits }) => {
          expect(digitsOnly(redactText(text))).not.toContain(digits);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('removes an 11-digit number however it is spaced, hidden or widened', () => {
    fc.assert(
      fc.property(
        elevenDigits.chain((n) =>
          disguised(n.written).chain((d) => embedded(d).map((text) => ({ ...n, text }))),
        ),
        ({ text, digits }) => {
          expect(digitsOnly(redactText(text))).not.toContain(digits);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('removes an e-mail address with a fullwidth or spaced at sign or an invisible character beside it', () => {
    const disguisedAt = fc.constantFrom(
      '\uff20',
      '\ufe6b',
      ' @ ',
      '\u200b@',
      '@\u200b',
      '\u00ad@',
      ' (at) ',
      ' [at] ',
      '(a)',
    );
    fc.assert(
      fc.property(
        email.chain((address) =>
          disguisedAt.chain((at) => embedded(address.replace('@', at)).map((text) => ({ address, text }))),
        ),
        ({ text, address }) => {
          const redacted = redactText(text).normalize('NFKC');
          const [local, domain] = address.split('@') as [string, string];
          expect(redacted).not.toContain(`${local}@`);
          expect(redacted).not.toContain(domain);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('returns a text with invisible or fullwidth characters but no personal data exactly as written', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(words, invisible, awkwardSpace, fc.constantFrom('Ｈｅｌｌｏ', 'ﬁnn', 'é', 'Å')), {
          maxLength: 8,
        }),
        (parts) => {
          const text = parts.join(' ');
          expect(redact(text)).toEqual({ text, found: [] });
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('keeps generated dates, case numbers, times, org numbers and counts when the text around has invisible characters', () => {
    fc.assert(
      fc.property(
        ordinaryNumber.chain((n) =>
          fc.tuple(embedded(n), invisible).map(([text, mark]) => ({ n, text: `${mark}${text}${mark}` })),
        ),
        ({ n, text }) => {
          expect(redactText(text)).toContain(n);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('redact (bounded time on 100 kB adversarial input)', () => {
  const adversarial: [string, string][] = [
    ['digits and spaces', '1 '.repeat(50_000)],
    ['two-digit groups', '98 '.repeat(33_000)],
    ['dashes', '1-'.repeat(50_000)],
    ['dots', '12.'.repeat(33_000)],
    ['one long digit run', '9'.repeat(100_000)],
    ['plus signs', '+1 '.repeat(33_000)],
    ['one long word', 'a'.repeat(100_000)],
    ['dotted labels', 'a.'.repeat(50_000)],
    ['at signs', 'a@'.repeat(50_000)],
    ['dotted domain without a top-level domain', `x@${'b1.'.repeat(33_000)}`],
    ['obfuscated at and dot', 'per at a dot '.repeat(7_500)],
    ['bracketed at', 'a (at) '.repeat(14_000)],
    ['whitespace', ' \t'.repeat(50_000)],
    ['many real phone numbers', '987 65 432 '.repeat(9_000)],
    ['many e-mail addresses', 'per@example.com '.repeat(6_000)],
    ['invisible characters between digits', '1\u200b'.repeat(50_000)],
    ['fullwidth digits and spaces', '\uff11 '.repeat(50_000)],
    ['combining marks on one letter', `a${'\u0301'.repeat(100_000)}`],
    ['birth dates without a personnummer', 'født 01.02.1985, pnr '.repeat(5_000)],
    ['words before at', 'kari at '.repeat(12_500)],
    ['line breaks between digits', '9\n'.repeat(50_000)],
    // The fast path (no digit, no @) must not hide these: each starts with one.
    ['spaced dots after an at sign', `@1 ${'a . '.repeat(25_000)}`],
    ['spelled-out dots after an at sign', `@1 ${'a punktum '.repeat(10_000)}`],
    ['bracketed a', `@1 ${'a [a] '.repeat(16_000)}`],
    ['dates followed by words', '01.01.1980 '.repeat(9_000)],
  ];

  test.each(adversarial)('completes on %s', (_, text) => {
    const result = redact(text);
    expect(result.text.length).toBeGreaterThan(0);
  });
});
