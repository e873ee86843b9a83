import { allMessageKeys, messageOf, t } from '../../src/i18n/catalogue';
import { formatDateTime, formatPercent } from '../../src/i18n/format';
import { LANGS } from '../../src/i18n/lang';
import { MISSING_VARIABLE_TEXT, onMissingText, placeholders, render } from '../../src/i18n/translate';
import { foreignWords, mixedLanguage } from '../support/language-check';

describe('the message catalogue', () => {
  const keys = allMessageKeys();

  it('has every key in bokmål, nynorsk and English, none of them empty', () => {
    expect(keys.length).toBeGreaterThan(200);
    const gaps = keys.flatMap((key) =>
      LANGS.filter((lang) => {
        const text = messageOf(key)[lang];
        const forms = typeof text === 'string' ? [text] : Object.values(text);
        return forms.length === 0 || forms.some((f) => typeof f !== 'string' || f.trim() === '');
      }).map((lang) => `${key} (${lang})`),
    );
    expect(gaps).toEqual([]);
  });

  it('uses the same placeholders in every language of a key', () => {
    const differ = keys.filter((key) => {
      const [nb, nn, en] = LANGS.map((lang) => [...placeholders(messageOf(key)[lang])].sort().join(','));
      return nb !== nn || nb !== en;
    });
    expect(differ).toEqual([]);
  });

  it('writes each language without words of another (no English in Norwegian, no bokmål in nynorsk)', () => {
    const mixed = keys.flatMap((key) =>
      LANGS.flatMap((lang) => {
        const text = messageOf(key)[lang];
        const forms = typeof text === 'string' ? [text] : Object.values(text);
        return forms
          .map((form) => ({ key, lang, words: foreignWords(form, lang) }))
          .filter((r) => r.words.length > 0);
      }),
    );
    expect(mixed).toEqual([]);
  });

  it('reads a reference code of letters and digits as no word of any language, and still finds a word beside it', () => {
    // A question's reference is random hex; «9AA1DE8E» once failed the nynorsk check as the bokmål word «de».
    expect(foreignWords('Referansen din er 9AA1DE8E.', 'nn')).toEqual([]);
    expect(foreignWords('Referansen er AT12B4C0, de svarer snart.', 'nn')).toEqual(['de']);
  });

  it("holds a card that declares its own language to that language, and every other text to the reply's", () => {
    const reply = (wording: Record<string, unknown>) => ({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            type: 'AdaptiveCard',
            body: [{ type: 'TextBlock', text: 'Head of the project office' }],
            actions: [
              { type: 'Action.ShowCard', title: "Show the page's wording in Norwegian", card: wording },
            ],
          },
        },
      ],
    });
    const norwegian = [{ type: 'TextBlock', text: 'Leder prosjektkontoret' }];
    expect(mixedLanguage([reply({ type: 'AdaptiveCard', lang: 'nb', body: norwegian })], 'en')).toEqual([]);
    // Without the declaration the Norwegian is a slip of language, and English in a bokmål card is one too.
    expect(mixedLanguage([reply({ type: 'AdaptiveCard', body: norwegian })], 'en')).toEqual([
      { text: 'Leder prosjektkontoret', words: ['prosjektkontoret', 'leder'] },
    ]);
    const english = [{ type: 'TextBlock', text: 'Leads the project office' }];
    expect(mixedLanguage([reply({ type: 'AdaptiveCard', lang: 'nb', body: english })], 'en')).toEqual([
      { text: 'Leads the project office', words: ['the', 'project', 'office', 'leads'] },
    ]);
  });

  it('fills in placeholders and chooses plural forms with Intl.PluralRules', () => {
    expect(t('nn', 'announcement.conversations', { count: 1 })).toBe('1 samtale');
    expect(t('nn', 'announcement.conversations', { count: 3 })).toBe('3 samtalar');
    expect(t('en', 'announcement.conversations', { count: 0 })).toBe('0 conversations');
    expect(t('en', 'feedback.statsTimes', { count: 1 })).toBe('once');
    expect(t('nb', 'feedback.tooLong', { max: 2000 })).toContain('over 2000 tegn');
  });

  it('fails loudly under tests when a placeholder gets no value', () => {
    expect(() => t('nb', 'feedback.tooLong')).toThrow(/feedback.tooLong needs \{max\}/);
    expect(() => t('en', 'announcement.conversations')).toThrow(/count/);
  });

  it('shows a visible gap, never "{name}", and reports it when production has a missing variable', () => {
    const reported: string[] = [];
    const previous = onMissingText((m) => reported.push(`${m.key}:${m.variable}`));
    try {
      const text = render('feedback.tooLong', 'nb', messageOf('feedback.tooLong').nb, {});
      expect(text).toContain(MISSING_VARIABLE_TEXT);
      expect(text).not.toMatch(/\{max\}/);
      expect(reported).toEqual(['feedback.tooLong:max']);
    } finally {
      onMissingText(previous);
    }
  });
});

describe('dates and numbers', () => {
  const winterNight = new Date('2026-12-02T01:36:00Z');

  it('writes a date and time in Norwegian time wholly in the reader’s language', () => {
    expect(formatDateTime(winterNight, 'en')).toBe('2 Dec 2026, 02:36');
    expect(formatDateTime(winterNight, 'nb')).toBe('2. des. 2026, 02:36');
    expect(formatDateTime(winterNight, 'en', 'longDateTime')).not.toMatch(/kl\.|des|ons/);
    expect(formatDateTime(winterNight, 'nn', 'longDateTime')).toMatch(
      /^onsdag 2\. desember 2026 kl\. 02:36$/,
    );
  });

  it('follows summer time in Oslo', () => {
    expect(formatDateTime(new Date('2026-07-01T10:00:00Z'), 'en', 'time')).toBe('12:00');
  });

  it('writes percentages the way each language does', () => {
    expect(formatPercent(1, 4, 'nb')).toBe('25 %');
    expect(formatPercent(1, 4, 'en')).toBe('25%');
    expect(formatPercent(0, 0, 'nn')).toBe('0 %');
  });
});
