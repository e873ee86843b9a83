import {
  ANNOUNCEMENT_STATUS_VERBS,
  createAnnouncementStatusCard,
} from '../../src/cards/announcement-status-card';
import type { Announcement, DeliveryCounts } from '../../src/model/announcement';
import { mixedLanguage } from '../support/language-check';
import { adaptiveCardProblems } from '../support/validate-adaptive-card';

const base: Announcement = {
  id: 'a1',
  content: { title: 'Nedetid fredag', text: 'Systemet er nede.', links: [], importance: 'normal' },
  audience: { kind: 'all' },
  status: 'sending',
  authorPseudonym: 'p1',
  version: 1,
  createdAt: new Date('2025-03-01T08:00:00Z'),
  updatedAt: new Date('2025-03-01T08:00:00Z'),
};
const counts: DeliveryCounts = {
  total: 200,
  pending: 50,
  sent: 140,
  failed: 10,
  acknowledged: 35,
  notUpdated: 0,
  notRemoved: 0,
};

type Card = {
  body: Record<string, unknown>[];
  actions: { verb?: string; title: string; data?: { lang?: string } }[];
};
const facts = (card: Card): Record<string, string> =>
  Object.fromEntries(
    (card.body.find((b) => b.type === 'FactSet') as { facts: { title: string; value: string }[] }).facts.map(
      (f) => [f.title, f.value],
    ),
  );
const texts = (card: Card): string => card.body.map((b) => String(b.text ?? '')).join('\n');

describe('announcement status card', () => {
  it.each([
    ['a sent message that was never edited', { status: 'sent', version: 1 }, undefined],
    ['a recalled message that was never edited', { status: 'recalled', version: 2 }, undefined],
    ['a message edited once', { status: 'sent', version: 2 }, 'Versjon 2 (redigert)'],
    ['a message edited once, then recalled', { status: 'recalled', version: 3 }, 'Versjon 2 (redigert)'],
  ] as const)('says which edition of the text %s has', (_name, change, expected) => {
    const card = createAnnouncementStatusCard({ ...base, ...change }, counts) as unknown as Card;
    const edition = texts(card)
      .split('\n')
      .find((t) => t.startsWith('Versjon'));
    expect(edition).toBe(expected);
  });

  it('shows sent, failed, pending and acknowledged counts and the progress in Norwegian', () => {
    const card = createAnnouncementStatusCard(base, counts) as unknown as Card;
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(facts(card)).toEqual({
      Mottakere: '200',
      Sendt: '140',
      Feilet: '10',
      Venter: '50',
      'Bekreftet lest': '35 (25 % av sendte)',
    });
    expect(texts(card)).toContain('Sendes nå');
    expect(texts(card)).toContain('Fremdrift: 75 %');
    expect(card.actions.map((a) => a.verb)).toEqual([
      ANNOUNCEMENT_STATUS_VERBS.refresh,
      ANNOUNCEMENT_STATUS_VERBS.cancel,
      ANNOUNCEMENT_STATUS_VERBS.edit,
      ANNOUNCEMENT_STATUS_VERBS.recall,
    ]);
  });

  it.each([
    ['draft', {}, 'Utkast'],
    ['scheduled', { scheduledAt: new Date('2025-03-07T15:00:00Z') }, 'Planlagt sendt 7. mars 2025, 16:00'],
    ['sent', { sentAt: new Date('2025-03-07T15:05:00Z') }, 'Sendt ferdig'],
    ['cancelled', {}, 'Avbrutt'],
    ['recalled', {}, 'Trukket tilbake'],
    ['sent', { pendingOperation: 'update', version: 2 }, 'Oppdaterer meldingene som er sendt'],
    ['recalled', { pendingOperation: 'delete' }, 'Trekker tilbake meldingene'],
  ] as const)('describes the status %s in Norwegian and stays a valid card', (status, extra, expected) => {
    const card = createAnnouncementStatusCard({ ...base, status, ...extra }, counts) as unknown as Card;
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(texts(card)).toContain(expected);
  });

  it.each([
    [
      'en',
      'Sent 7 Mar 2025, 16:05',
      ['Recipients', 'Sent', 'Failed', 'Pending', 'Confirmed read'],
      'Refresh',
    ],
    [
      'nn',
      'Ferdig sendt 7. mars 2025, 16:05',
      ['Mottakarar', 'Sendt', 'Feila', 'Ventar', 'Stadfesta lese'],
      'Oppdater',
    ],
  ] as const)(
    'is wholly in %s for an author who reads that, time and buttons included',
    (lang, sentLine, titles, refresh) => {
      const card = createAnnouncementStatusCard(
        { ...base, status: 'sent', sentAt: new Date('2025-03-07T15:05:00Z') },
        counts,
        lang,
      ) as unknown as Card;
      expect(adaptiveCardProblems(card)).toEqual([]);
      expect(texts(card)).toContain(sentLine);
      expect(Object.keys(facts(card))).toEqual(titles);
      expect(card.actions[0]?.title).toBe(refresh);
      expect(card.actions.every((a) => a.data?.lang === lang)).toBe(true);
      expect(mixedLanguage([card], lang)).toEqual([]);
    },
  );

  it('offers editing but no stop once an announcement is sent', () => {
    const card = createAnnouncementStatusCard({ ...base, status: 'sent' }, counts) as unknown as Card;
    expect(card.actions.map((a) => a.verb)).toEqual([
      ANNOUNCEMENT_STATUS_VERBS.refresh,
      ANNOUNCEMENT_STATUS_VERBS.edit,
      ANNOUNCEMENT_STATUS_VERBS.recall,
    ]);
  });

  it('offers no cancel, edit or recall once an announcement is recalled', () => {
    const card = createAnnouncementStatusCard({ ...base, status: 'recalled' }, counts) as unknown as Card;
    expect(card.actions.map((a) => a.verb)).toEqual([ANNOUNCEMENT_STATUS_VERBS.refresh]);
  });

  it('says how many messages a refused recall or edit left behind, only when there are any', () => {
    const card = createAnnouncementStatusCard(
      { ...base, status: 'recalled', version: 3 },
      { ...counts, pending: 0, notRemoved: 4, notUpdated: 2 },
    ) as unknown as Card;
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(facts(card)).toMatchObject({ 'Ikke fjernet': '4', 'Ikke oppdatert': '2' });
    expect(facts(createAnnouncementStatusCard(base, counts) as unknown as Card)).not.toHaveProperty(
      'Ikke fjernet',
    );
  });

  it('counts nothing as 0 % when nothing is sent yet', () => {
    const card = createAnnouncementStatusCard(base, {
      total: 0,
      pending: 0,
      sent: 0,
      failed: 0,
      acknowledged: 0,
      notUpdated: 0,
      notRemoved: 0,
    }) as unknown as Card;
    expect(facts(card)['Bekreftet lest']).toBe('0 (0 % av sendte)');
  });

  it('is checked by a validator that does reject a broken card', () => {
    expect(
      adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }] }),
    ).not.toEqual([]);
    expect(
      adaptiveCardProblems({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [],
        actions: [{ type: 'Action.OpenUrl', title: 'x' }],
      }),
    ).toEqual(['validate: Property "url" must be set.']);
  });
});
