import { cardMessage } from '../../src/cards/card-message';
import { escapeMarkdown } from '../../src/cards/adaptive';
import { displaySafe, withoutControlCharacters } from '../../src/security/display-text';

describe('text shown to other users', () => {
  it('loses bidi controls and other control characters, and keeps line breaks, tabs and emoji', () => {
    expect(withoutControlCharacters('exe.\u202etxt')).toBe('exe.txt');
    expect(withoutControlCharacters('a\u2066b\u2067c\u2068d\u2069e\u200ef\u200fg\u061ch')).toBe('abcdefgh');
    expect(withoutControlCharacters('ding\u0007 dong\u0000\u009b')).toBe('ding dong');
    expect(withoutControlCharacters('linje 1\nlinje 2\tkolonne 👩\u200d💻')).toBe(
      'linje 1\nlinje 2\tkolonne 👩\u200d💻',
    );
  });

  it('are cleaned everywhere in a card message: texts, facts, inputs and the summary', () => {
    const message = cardMessage(
      {
        type: 'AdaptiveCard',
        body: [
          { type: 'TextBlock', text: 'Kari \u202eNordmann' },
          { type: 'FactSet', facts: [{ title: 'Fra', value: 'Ola\u2066' }] },
          { type: 'Input.Text', id: 'q', value: 'svar\u0008' },
        ],
      },
      'Ny sak fra \u202eKari',
    );
    for (const hidden of ['\u202e', '\u2066', '\u0008'])
      expect(JSON.stringify(message)).not.toContain(hidden);
    expect(message.summary).toBe('Ny sak fra Kari');
  });

  it('are cleaned by escapeMarkdown as well', () => {
    expect(escapeMarkdown('a\u202eb')).toBe('ab');
  });

  it('leaves numbers, booleans and nesting as they are', () => {
    expect(displaySafe({ a: [1, true, null, { b: 'x\u202e' }] })).toEqual({ a: [1, true, null, { b: 'x' }] });
  });
});
