import { expandDateTime, inputValues, renderCard, renderMarkdown } from '../../scripts/chat-render';
import { createAnnouncementFormCard } from '../../src/cards/announcement-form-card';
import { createAnswerCard } from '../../src/cards/answer-card';
import { createQuestionAnswerer } from '../../src/qa';

const oslo = { timeZone: 'Europe/Oslo' };

describe('console chat: cards as text', () => {
  it('expands {{DATE()}} and {{TIME()}} in the reader time zone, as Teams does', () => {
    const at = '2025-03-07T15:00:00Z';
    expect(expandDateTime(`Planlagt {{DATE(${at}, SHORT)}} kl. {{TIME(${at})}}`, oslo)).toBe(
      'Planlagt fre. 7. mars 2025 kl. 16:00',
    );
    expect(expandDateTime(`{{DATE(${at}, LONG)}}`, oslo)).toBe('fredag 7. mars 2025');
    expect(expandDateTime(`{{DATE(${at})}} / {{DATE(${at}, COMPACT)}}`, oslo)).toBe(
      '07.03.2025 / 07.03.2025',
    );
    expect(expandDateTime('{{DATE(ikke-en-dato, SHORT)}}', oslo)).toBe('{{DATE(ikke-en-dato, SHORT)}}');
  });

  it('renders the Markdown cards use: bold/italic as terminal styles or plain, escapes, lists and links', () => {
    expect(renderMarkdown('**Kommandoer** og _kursiv_')).toBe('Kommandoer og kursiv');
    expect(renderMarkdown('**Kommandoer**', true)).toBe('\x1b[1mKommandoer\x1b[22m');
    expect(renderMarkdown('_kursiv_', true)).toBe('\x1b[3mkursiv\x1b[23m');
    expect(renderMarkdown('Det koster 5\\*3 kr \\_ikke\\_ mer')).toBe('Det koster 5*3 kr _ikke_ mer');
    expect(renderMarkdown('- en\n- to')).toBe('• en\n• to');
    expect(renderMarkdown('1. en\n2. to')).toBe('1. en\n2. to');
    expect(renderMarkdown('Se [siden](https://example.com/a)')).toBe('Se siden (https://example.com/a)');
    expect(renderMarkdown('# ikke en overskrift')).toBe('# ikke en overskrift');
  });

  it('shows an answer card with facts as "title: value" and Ja / Nei once, as numbered buttons', () => {
    const { answerer, officeEmail } = createQuestionAnswerer('content/knowledge-base.yaml');
    const card = createAnswerCard(answerer.answer('Hvem leder delprosjektet Teknisk?'), {
      officeEmail,
      askForFeedback: true,
    });
    const { lines, buttons } = renderCard(card, { firstButton: 4 });
    const text = lines.join('\n');
    expect(text).toContain('Anne Amdal Storsve');
    expect(text).toMatch(/^Rolle: .+/m);
    expect(buttons.map((b) => b.title)).toEqual(['Ja', 'Nei']);
    expect(lines.filter((l) => /\bJa\b/.test(l))).toEqual(['[/4] Ja']);
    expect(lines.filter((l) => /\bNei\b/.test(l))).toEqual(['[/5] Nei']);
    expect(text).not.toMatch(/\*\*|\{\{/);
  });

  it('shows a disabled button (the preview\'s "Bekreft lest") without a number, so it cannot be pressed', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        {
          type: 'ActionSet',
          actions: [
            { type: 'Action.Execute', title: 'Bekreft lest', verb: 'announcement.ack', isEnabled: false },
          ],
        },
      ],
      actions: [{ type: 'Action.Execute', title: 'Send nå', verb: 'announcement.send' }],
    };
    const { lines, buttons } = renderCard(card, { firstButton: 6 });
    expect(buttons.map((b) => b.title)).toEqual(['Send nå']);
    expect(lines).toContain('[–] Bekreft lest (ikke aktiv)');
    expect(lines).toContain('[/6] Send nå');
  });

  it('shows choice sets as numbered options and sends the value of the number picked', () => {
    const card = createAnnouncementFormCard({ lang: 'nb', values: {}, teams: [] });
    const { lines, inputs, buttons } = renderCard(card);
    const audience = inputs.find((i) => i.id === 'audience')!;
    expect(audience.choices!.length).toBeGreaterThan(1);
    const at = lines.findIndex((l) => l.includes('felt audience='));
    audience.choices!.forEach((c, i) => expect(lines[at + 1 + i]).toContain(`${i + 1}) ${c.title}`));
    // Values are never shown as if they were options.
    for (const c of audience.choices!) expect(lines.filter((l) => l.trim() === c.value)).toEqual([]);
    expect(inputValues(inputs, { audience: '2', title: 'Hei' })).toEqual({
      audience: audience.choices![1]!.value,
      title: 'Hei',
    });
    expect(inputValues(inputs, { audience: 'personal' }).audience).toBe('personal');
    expect(buttons.map((b) => b.title)).toContain('Forhåndsvis');
  });

  it('leaves hidden elements out and lists link buttons with their address', () => {
    const { lines, buttons } = renderCard({
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'Synlig' },
        { type: 'TextBlock', text: 'Skjult', isVisible: false },
      ],
      actions: [{ type: 'Action.OpenUrl', title: 'Les mer', url: 'https://example.com/' }],
    });
    expect(lines).toEqual(['Synlig', '↗ Les mer: https://example.com/']);
    expect(buttons).toEqual([]);
  });
});
