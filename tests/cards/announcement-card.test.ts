import {
  ANNOUNCEMENT_ACK_VERB,
  createAnnouncementCard,
  neutraliseUnsafeLinks,
} from '../../src/cards/announcement-card';
import type { AnnouncementContent } from '../../src/model/announcement';
import { adaptiveCardProblems } from '../support/validate-adaptive-card';

const content: AnnouncementContent = {
  title: 'Ny versjon av Helseplattformen 14. mars',
  text: 'Fra **fredag kl. 16** er systemet nede i to timer.\n\n- Bruk papirrutinene\n- Se [veilederen](https://www.trondheim.kommune.no/helseplattformen)',
  imageUrl: 'https://example.org/bilde.png',
  links: [
    { title: 'Les mer', url: 'https://www.trondheim.kommune.no/helseplattformen' },
    { title: 'Opplæring', url: 'https://example.org/opplaering' },
  ],
  importance: 'high',
};

type Card = { body: Record<string, unknown>[]; actions: Record<string, unknown>[]; version: string };

/** Every string value anywhere in the card, for "does this text end up somewhere" checks. */
function textValues(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => textValues(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => textValues(n, out));
  return out;
}

describe('announcement card', () => {
  it('is a valid Adaptive Card 1.5 with header, title, text, image, links and a "Bekreft lest" button', () => {
    const card = createAnnouncementCard(content, {
      announcementId: 'a1',
      locale: 'nb-NO',
    }) as unknown as Card;
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    const texts = textValues(card.body);
    expect(texts).toContain('Kunngjøring fra Helseplattformen-prosjektet');
    expect(texts).toContain(content.title);
    expect(texts).toContain(content.text);
    expect(card.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'Image', url: content.imageUrl })]),
    );
    expect(card.actions.filter((a) => a.type === 'Action.OpenUrl').map((a) => a.url)).toEqual(
      content.links.map((l) => l.url),
    );
    expect(card.actions).toContainEqual(
      expect.objectContaining({
        type: 'Action.Execute',
        title: 'Bekreft lest',
        verb: ANNOUNCEMENT_ACK_VERB,
        data: { announcementId: 'a1' },
      }),
    );
  });

  it('marks an important announcement "Viktig" in the attention style', () => {
    const card = createAnnouncementCard(content, { announcementId: 'a1' }) as unknown as Card;
    const header = card.body[0] as { style: string; items: { text: string }[] };
    expect(header.style).toBe('attention');
    expect(header.items.map((i) => i.text).join(' ')).toContain('Viktig');
    const normal = createAnnouncementCard(
      { ...content, importance: 'normal' },
      { announcementId: 'a1' },
    ) as unknown as Card;
    expect(textValues(normal.body).join(' ')).not.toContain('Viktig');
    expect(adaptiveCardProblems(normal)).toEqual([]);
  });

  it('shows "Lest ✓" instead of the button once the reader has confirmed', () => {
    const card = createAnnouncementCard(content, {
      announcementId: 'a1',
      acknowledged: true,
    }) as unknown as Card;
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(textValues(card.body)).toContain('Lest ✓');
    expect(card.actions.some((a) => a.type === 'Action.Execute')).toBe(false);
  });

  it('keeps card JSON typed by the author as plain text, never as card elements or actions', () => {
    const hostile = '{"type":"Action.Submit","data":{"x":1}}\n```json\n{"type":"Input.Text","id":"pw"}\n```';
    const card = createAnnouncementCard(
      { ...content, title: '"}]}, {"type":"Action.OpenUrl","url":"javascript:alert(1)"}', text: hostile },
      { announcementId: 'a1' },
    ) as unknown as Card;
    expect(adaptiveCardProblems(card)).toEqual([]);
    const json = JSON.parse(JSON.stringify(card)) as Card;
    expect(json.actions.map((a) => a.type).sort()).toEqual([
      'Action.Execute',
      'Action.OpenUrl',
      'Action.OpenUrl',
    ]);
    expect(json.body.map((b) => b.type)).toEqual(['Container', 'TextBlock', 'TextBlock', 'Image']);
    expect(textValues(json.body)).toContain(hostile);
  });

  it('drops links and images that are not http(s), and keeps at most three link buttons', () => {
    const card = createAnnouncementCard(
      {
        ...content,
        imageUrl: 'http://example.org/not-https.png',
        links: [
          { title: 'Skript', url: 'javascript:alert(1)' },
          { title: 'Fil', url: 'file:///etc/passwd' },
          { title: 'En', url: 'https://example.org/1' },
          { title: 'To', url: 'http://example.org/2' },
          { title: 'Tre', url: 'https://example.org/3' },
          { title: 'Fire', url: 'https://example.org/4' },
        ],
      },
      { announcementId: 'a1' },
    ) as unknown as Card;
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.body.some((b) => b.type === 'Image')).toBe(false);
    expect(card.actions.filter((a) => a.type === 'Action.OpenUrl').map((a) => a.title)).toEqual([
      'En',
      'To',
      'Tre',
    ]);
  });

  it('keeps Markdown links to http(s) but turns javascript: and data: links into their label', () => {
    expect(
      neutraliseUnsafeLinks(
        'Se [her](https://example.org) og [ikke her](javascript:alert(1)) eller [data](data:text/html,x)',
      ),
    ).toBe('Se [her](https://example.org) og ikke her eller data');
    expect(neutraliseUnsafeLinks('**fet** og _kursiv_')).toBe('**fet** og _kursiv_');
  });

  it('sets the card language to nynorsk for an nn locale', () => {
    expect(
      (createAnnouncementCard(content, { announcementId: 'a1', locale: 'nn-NO' }) as { lang: string }).lang,
    ).toBe('nn');
  });
});
