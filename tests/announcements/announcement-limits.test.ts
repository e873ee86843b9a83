import { createAnnouncementActivity } from '../../src/broadcast/announcement-activity';
import {
  ANNOUNCEMENT_LIMITS,
  type Announcement,
  type AnnouncementContent,
  parseAnnouncementContent,
} from '../../src/model/announcement';
import type { TabAnnouncementStatus } from '../../src/tab/tab-api-types';
import { checkDraft, type Draft, EMPTY_DRAFT } from '../../tab/src/components/composer-draft';
import { stringsFor } from '../../tab/src/i18n';
import { startTab, type RunningTab } from '../tab/tab-harness';
import {
  type AnnouncementHarness,
  cardOf,
  filledForm,
  invokeCard,
  startAnnouncementHarness,
  textOf,
} from './announcement-harness';

const { title: TITLE_MAX, text: TEXT_MAX } = ANNOUNCEMENT_LIMITS;

/** What every place says when a title or a text is one character too long. */
const TITLE_TOO_LONG = `Tittelen kan være høyst ${TITLE_MAX} tegn.`;
const TEXT_TOO_LONG = `Teksten kan være høyst ${TEXT_MAX} tegn.`;

/** A title and text at the limits, with Norwegian letters in them (counted as one character each). */
const atLimit = { title: 'æ'.repeat(TITLE_MAX), text: 'Ø'.repeat(TEXT_MAX) };

/** The cases every place is checked with: at the limit it is taken, one character more and it is refused. */
const CASES = [
  { name: 'a title at the limit', title: atLimit.title, text: 'Kort tekst.', refusal: undefined },
  { name: 'a text at the limit', title: 'Kort tittel', text: atLimit.text, refusal: undefined },
  { name: 'a title one over', title: `${atLimit.title}x`, text: 'Kort tekst.', refusal: TITLE_TOO_LONG },
  { name: 'a text one over', title: 'Kort tittel', text: `${atLimit.text}x`, refusal: TEXT_TOO_LONG },
];

describe('the announcement limits', () => {
  it('are what the chat form and the tab say to users: 150 characters of title, 6000 of text', () => {
    expect(ANNOUNCEMENT_LIMITS).toMatchObject({ title: 150, text: 6000 });
  });

  it('keep the card message under Teams’ 28 KB at every limit, or refuse the content as too large', () => {
    const content: AnnouncementContent = {
      title: 'å'.repeat(TITLE_MAX),
      text: `"\\`.repeat(TEXT_MAX / 2),
      imageUrl: `https://bilder.example.no/${'x'.repeat(ANNOUNCEMENT_LIMITS.url - 26)}`,
      links: Array.from({ length: ANNOUNCEMENT_LIMITS.links }, (_, i) => ({
        title: 'ø'.repeat(ANNOUNCEMENT_LIMITS.linkTitle),
        url: `https://lenke${i}.example.no/${'y'.repeat(ANNOUNCEMENT_LIMITS.url - 26)}`,
      })),
      importance: 'high',
    };
    const announcement = { id: 'a'.repeat(36), content } as Announcement;
    const bytes = (c: AnnouncementContent) =>
      Buffer.byteLength(JSON.stringify(createAnnouncementActivity({ ...announcement, content: c })));
    // Every field at its limit, the text in characters JSON escapes: taken, and under 28 KB.
    expect(parseAnnouncementContent(content)).toEqual(content);
    expect(bytes(content)).toBeLessThan(28 * 1024);
    // The same with a text of three-byte characters would not fit: refused before Teams refuses it.
    const dash = (n: number) => '–'.repeat(n);
    const tooLarge = {
      ...content,
      title: dash(TITLE_MAX),
      text: dash(TEXT_MAX),
      links: content.links.map((l) => ({ ...l, title: dash(ANNOUNCEMENT_LIMITS.linkTitle) })),
    };
    expect(bytes(tooLarge)).toBeGreaterThan(28 * 1024);
    expect(() => parseAnnouncementContent(tooLarge)).toThrow(/for stor for Teams/);
    // Without the links that text fits.
    const fits = { ...tooLarge, links: [], imageUrl: undefined };
    expect(bytes(parseAnnouncementContent(fits))).toBeLessThan(28 * 1024);
  });
});

describe('the chat’s announcement form', () => {
  let h: AnnouncementHarness;
  beforeAll(async () => {
    h = await startAnnouncementHarness();
  });
  afterAll(() => h.close());

  it.each(CASES)('previews or refuses $name', async ({ title, text, refusal }) => {
    const [formMessage] = await h.say('kunngjøring');
    const before = (await h.data.announcements.listRecent(100)).length;
    const answer = invokeCard(
      (await h.click(cardOf(formMessage), 'Forhåndsvis', filledForm({ title, text }))).body,
    );
    const saved = await h.data.announcements.listRecent(100);
    if (refusal) {
      expect(textOf(answer)).toContain(`Kunngjøringen kan ikke sendes slik: ${refusal}`);
      expect(saved).toHaveLength(before);
    } else {
      expect(textOf(answer)).toContain('Send nå');
      expect(saved[0]?.content).toMatchObject({ title, text });
    }
  });
});

describe('the tab API', () => {
  let tab: RunningTab;
  beforeAll(async () => {
    tab = await startTab({ TAB_AUTH: 'off', ANNOUNCERS: 'utvikler@localhost' }, { broadcast: true });
  });
  afterAll(() => tab.stop());

  it.each(CASES)('schedules or refuses $name', async ({ title, text, refusal }) => {
    const response = await fetch(`${tab.url}/api/tab/announcements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        content: { title, text, links: [], importance: 'normal' },
        audience: { kind: 'personal' },
        scheduledAt: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
      }),
    });
    const body = (await response.json()) as TabAnnouncementStatus & { error?: string };
    if (refusal) {
      expect(response.status).toBe(400);
      expect(body.error).toBe(`Kunngjøringen kan ikke sendes slik: ${refusal}`);
    } else {
      expect(response.status).toBe(201);
      expect(body).toMatchObject({ status: 'scheduled', title });
      expect((await tab.data.announcements.get(body.id))?.content).toMatchObject({ title, text });
    }
  });
});

describe('the tab’s composer', () => {
  const draft = (patch: Partial<Draft>): Draft => ({ ...EMPTY_DRAFT, ...patch });

  it.each(CASES)('lets through or stops $name', ({ title, text, refusal }) => {
    const problems = checkDraft(draft({ title, text }), stringsFor('nb'), 'nb', new Date());
    if (refusal) expect(Object.values(problems)).toEqual([refusal]);
    else expect(problems).toEqual({});
  });

  it('says it in English in an English Teams', () => {
    const problems = checkDraft(
      draft({ title: 'x'.repeat(TITLE_MAX + 1), text: 'x' }),
      stringsFor('en'),
      'en',
      new Date(),
    );
    expect(problems).toEqual({ title: `The title can be at most ${TITLE_MAX} characters.` });
  });

  it('uses the schedule window of the chat: not in the past, not over a year ahead', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    const later = (at: string) =>
      checkDraft(
        draft({ title: 'T', text: 'T', when: 'later', scheduledAt: at }),
        stringsFor('nb'),
        'nb',
        now,
      ).scheduledAt;
    expect(later('2026-12-03T10:00')).toBeUndefined();
    expect(later('2026-12-01T10:00')).toMatch(/allerede passert/);
    expect(later('2028-01-01T10:00')).toBe('Kunngjøringer kan planlegges høyst ett år fram i tid.');
    expect(later('')).toBe(stringsFor('nb').badSchedule);
  });

  it('asks for a team when chosen teams has none', () => {
    const problems = checkDraft(
      draft({ title: 'T', text: 'T', audience: 'teams' }),
      stringsFor('nb'),
      'nb',
      new Date(),
    );
    expect(problems).toEqual({ teams: 'Velg minst ett team, eller velg andre mottakere.' });
  });
});
