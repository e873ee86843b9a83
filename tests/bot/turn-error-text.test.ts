import { turnErrorText } from '../../src/bot/turn-error';
import { AppError } from '../../src/errors';
import { mixedLanguage } from '../support/language-check';

describe('the reply to a failed turn', () => {
  it.each(['nb', 'nn', 'en'] as const)('is in the turn’s language (%s) whatever went wrong', (lang) => {
    const errors = [
      new AppError('STORE_UNAVAILABLE', 'store down'),
      new AppError('BAD_INPUT', 'Velg minst ett team, eller velg andre mottakere.'),
      new AppError('FORBIDDEN', 'Bare kommunikasjonsansvarlige kan dette.'),
      new AppError('RATE_LIMITED', 'For mange meldinger.'),
      new Error('boom'),
    ];
    const texts = errors.map((e) => turnErrorText(e, lang));
    expect(new Set(texts).size).toBe(errors.length);
    expect(
      mixedLanguage(
        texts.map((text) => ({ text })),
        lang,
      ),
    ).toEqual([]);
  });

  it('gives a bokmål reader the message that names what to fix, as it was written', () => {
    const error = new AppError('BAD_INPUT', 'Velg minst ett team, eller velg andre mottakere.');
    expect(turnErrorText(error, 'nb')).toBe('Velg minst ett team, eller velg andre mottakere.');
    expect(turnErrorText(error, 'en')).toMatch(/^Sorry, I could not use what you sent/);
  });
});
