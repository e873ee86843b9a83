import { createAnnouncementCard } from '../../src/cards/announcement-card';
import { createAnnouncementFormCard } from '../../src/cards/announcement-form-card';
import { createAnnouncementListCard } from '../../src/cards/announcement-list-card';
import { createAnnouncementPreviewCard } from '../../src/cards/announcement-preview-card';
import { createAnnouncementRecallCard } from '../../src/cards/announcement-recall-card';
import {
  type AnnouncementReceipt,
  createAnnouncementReceiptCard,
} from '../../src/cards/announcement-receipt-card';
import type { Announcement, DeliveryCounts } from '../../src/model/announcement';
import type { Lang } from '../../src/qa/knowledge-base';
import { adaptiveCardProblems } from '../support/validate-adaptive-card';
import { actionsOf, textOf } from './announcement-harness';

const announcement: Announcement = {
  id: 'a1',
  content: {
    title: 'Nedetid [klikk her](javascript:alert(1)) *fredag*',
    text: 'Systemet er **nede**. Se [siden](https://helseplattformen.no).',
    imageUrl: 'https://helseplattformen.no/bilde.png',
    links: [{ title: 'Les mer', url: 'https://helseplattformen.no' }],
    importance: 'high',
  },
  audience: { kind: 'teams', teamIds: ['19:t1@thread.tacv2', '19:ukjent@thread.tacv2'] },
  status: 'sent',
  authorPseudonym: 'p1',
  version: 1,
  sentAt: new Date('2025-03-07T15:05:00Z'),
  createdAt: new Date('2025-03-07T15:00:00Z'),
  updatedAt: new Date('2025-03-07T15:05:00Z'),
};
const counts: DeliveryCounts = {
  total: 12,
  pending: 1,
  sent: 10,
  failed: 1,
  acknowledged: 4,
  notUpdated: 0,
  notRemoved: 0,
};

describe.each<Lang>(['nb', 'en'])('announcement cards (%s)', (lang) => {
  it('form cards are valid Adaptive Cards, new and for editing', () => {
    const teams = [{ id: '19:t1@thread.tacv2', name: 'Hjemmetjenesten' }];
    for (const status of [undefined, 'draft', 'scheduled', 'sent'] as const) {
      const card = createAnnouncementFormCard({ lang, status, values: {}, teams, error: 'Feil' });
      expect(adaptiveCardProblems(card)).toEqual([]);
    }
    expect(adaptiveCardProblems(createAnnouncementFormCard({ lang, values: {}, teams: [] }))).toEqual([]);
  });

  it('the preview is valid and holds the recipient card’s body and buttons', () => {
    const card = createAnnouncementPreviewCard({
      lang,
      announcement: { ...announcement, status: 'draft' },
      recipients: 1,
      teamNames: { '19:t1@thread.tacv2': 'Hjemmetjenesten' },
      schedule: { date: '2025-03-08', time: '08:00', minDate: '2025-03-07' },
      error: 'Feil',
    });
    expect(adaptiveCardProblems(card)).toEqual([]);
    const real = createAnnouncementCard(announcement.content, { announcementId: 'a1', lang });
    expect(JSON.stringify(card)).toContain(JSON.stringify(real.body).slice(1, -1));
    expect(textOf(card)).toContain('Hjemmetjenesten, 19:ukjent@thread.tacv2');
  });

  it('the list, the recall confirmation and every receipt are valid', () => {
    expect(adaptiveCardProblems(createAnnouncementListCard([{ announcement, counts }], lang))).toEqual([]);
    expect(adaptiveCardProblems(createAnnouncementListCard([], lang))).toEqual([]);
    expect(adaptiveCardProblems(createAnnouncementRecallCard(announcement, counts, lang))).toEqual([]);
    const receipts: AnnouncementReceipt[] = [
      { kind: 'sent', title: 'T' },
      { kind: 'scheduled', title: 'T', at: new Date('2025-03-07T15:00:00Z') },
      { kind: 'discarded' },
      { kind: 'updated', title: 'T', scheduled: false },
      { kind: 'unchanged', title: 'T' },
    ];
    for (const r of receipts)
      expect(adaptiveCardProblems(createAnnouncementReceiptCard(r, lang))).toEqual([]);
  });
});

describe('announcement cards for the author', () => {
  it('show the title on the list, the recall question and receipts as on the real card, without unsafe links', () => {
    for (const card of [
      createAnnouncementListCard([{ announcement, counts }], 'nb'),
      createAnnouncementRecallCard(announcement, counts, 'nb'),
      createAnnouncementReceiptCard({ kind: 'sent', title: announcement.content.title }, 'nb'),
    ]) {
      expect(adaptiveCardProblems(card)).toEqual([]);
      expect(textOf(card)).not.toContain('javascript');
      expect(textOf(card)).toContain('Nedetid klikk her *fredag*');
      expect(textOf(card)).not.toContain('\\');
      expect(actionsOf(card).every((a) => a.type !== 'Action.OpenUrl')).toBe(true);
    }
  });

  it('list each announcement with its status, counts and a Vis status button', () => {
    const card = createAnnouncementListCard(
      [
        { announcement, counts },
        {
          announcement: {
            ...announcement,
            id: 'a2',
            status: 'scheduled',
            scheduledAt: new Date('2025-07-01T06:00:00Z'),
          },
          counts: { total: 0, pending: 0, sent: 0, failed: 0, acknowledged: 0, notUpdated: 0, notRemoved: 0 },
        },
      ],
      'nb',
    );
    const text = textOf(card);
    expect(text).toContain('Sendt fredag 7. mars 2025 kl. 16:05');
    expect(text).toContain('Planlagt tirsdag 1. juli 2025 kl. 08:00');
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Vis status', 'Vis status']);
  });

  it('ask before recalling: how many conversations, that it cannot be undone, and that sending stops', () => {
    const sending = createAnnouncementRecallCard({ ...announcement, status: 'sending' }, counts, 'nb');
    expect(textOf(sending)).toContain(
      'Kunngjøringen slettes fra 10 samtaler der den er sendt. Sendingen som pågår, stoppes også. Dette kan ikke angres.',
    );
    expect(actionsOf(sending).map((a) => a.title)).toEqual(['Ja, trekk tilbake', 'Nei, behold den']);
  });
});
