import { replyToQuestion } from '../../src/bot/answer-reply';
import { escapeMarkdown } from '../../src/cards/adaptive';
import { createQuestionAnswerer } from '../../src/qa';

const { answerer, officeEmail } = createQuestionAnswerer('content/knowledge-base.yaml');
const reply = (question: string) =>
  replyToQuestion(answerer, question, { officeEmail, askForFeedback: true });

type Json = Record<string, unknown>;
const nodes = (node: unknown): Json[] =>
  Array.isArray(node)
    ? node.flatMap(nodes)
    : node && typeof node === 'object'
      ? [node as Json, ...Object.values(node).flatMap(nodes)]
      : [];
/** Every action anywhere in a card (top level and in ActionSets), as type + title + url. */
const actionsOf = (card: unknown) =>
  nodes(card)
    .filter((n) => typeof n.type === 'string' && n.type.startsWith('Action.'))
    .map((n) => ({ type: n.type, title: n.title, url: n.url }));
const echoOf = (card: unknown) =>
  nodes(card).filter((n) => n.type === 'TextBlock' && String(n.text).startsWith('Du spurte:'));

const HOSTILE = [
  '[klikk](https://evil)',
  '**x**',
  '![bilde](https://evil/pixel.png)',
  'hei\n\n# Overskrift\n- [ ] liste',
  '<a href="https://evil">klikk</a> `kode` ~~streket~~ _kursiv_',
];

describe('user text shown in cards is escaped', () => {
  const plain = reply('xyzzy plugh');

  it.each(HOSTILE)('shows %j in the fallback card as written, with the Markdown escaped', (question) => {
    const { kind, card } = reply(question);
    expect(kind).toBe('fallback');
    const [echo] = echoOf(card);
    expect(echo?.text).toBe(`Du spurte: «${escapeMarkdown(question.trim())}»`);
    // No Markdown control character is left unescaped in the echoed question, and no line break to start a block.
    const echoed = String(echo?.text).slice('Du spurte: «'.length, -1);
    expect(echoed).not.toMatch(/(?<!\\)[[\]()*_`#<>!~]/);
    expect(echoed).not.toMatch(/[\r\n]/);
  });

  it.each(HOSTILE)('cannot add, change or link actions through %j', (question) => {
    const { card } = reply(question);
    expect(actionsOf(card)).toEqual(actionsOf(plain.card));
    const mentionsEvil = nodes(card).filter((n) =>
      Object.values(n).some((v) => typeof v === 'string' && v.includes('evil')),
    );
    expect(mentionsEvil.every((n) => n.type === 'TextBlock' && String(n.text).startsWith('Du spurte:'))).toBe(
      true,
    );
  });

  it('escapes Markdown links and emphasis, and leaves ordinary words alone', () => {
    expect(escapeMarkdown('[klikk](https://evil)')).toBe('\\[klikk\\]\\(https://evil\\)');
    expect(escapeMarkdown('**x**')).toBe('\\*\\*x\\*\\*');
    expect(escapeMarkdown('Hvem leder Teknisk')).toBe('Hvem leder Teknisk');
  });
});
