import { osloInputValues } from '../../src/announcements/oslo-time';
import { waitFor } from '../support/bot-activity';
import { ANNOUNCEMENT_SHOW_STATUS_ACTION } from '../../src/cards/announcement-list-card';
import {
  ANNOUNCER_TEAM,
  type AnnouncementHarness,
  cardOf,
  filledForm,
  invokeCard,
  KARI,
  startAnnouncementHarness,
  TEAM_MEMBER,
  textOf,
} from './announcement-harness';

const REFUSAL =
  'Beklager, bare kommunikasjonsansvarlige i prosjektet kan lage, sende og følge opp kunngjøringer. Ta kontakt med prosjektkontoret hvis du mener du skal ha tilgang.';
const IN_TWO_DAYS = osloInputValues(new Date(Date.now() + 2 * 24 * 60 * 60 * 1000));
const REFUSED_LOG = 'announcements: refused, the sender may not announce';

describe('who may announce', () => {
  describe('someone who is not an announcer', () => {
    let h: AnnouncementHarness;
    let draftId: string;
    let sentId: string;
    let scheduledId: string;
    /** Everything stored and sent before Kari tries, to compare with afterwards. */
    let before: string;
    let callsBefore: number;

    const snapshot = async () =>
      JSON.stringify(
        await Promise.all(
          (await h.data.announcements.listRecent(10)).map(async (a) => ({
            a,
            counts: await h.engine.counts(a.id),
          })),
        ),
      );

    beforeAll(async () => {
      h = await startAnnouncementHarness();
      const preview = async (title: string) => {
        const [formMessage] = await h.say('kunngjøring');
        const card = invokeCard(
          (await h.click(cardOf(formMessage), 'Forhåndsvis', filledForm({ title }))).body,
        );
        const [draft] = await h.data.announcements.listRecent(1);
        return { card, id: draft!.id };
      };
      const sent = await preview('Sendt kunngjøring');
      await h.click(sent.card, 'Send nå');
      await h.engine.whenIdle();
      sentId = sent.id;
      const scheduled = await preview('Planlagt kunngjøring');
      await h.click(scheduled.card, 'Planlegg', { sendDate: IN_TWO_DAYS.date, sendTime: '08:00' });
      scheduledId = scheduled.id;
      expect((await h.data.announcements.get(scheduledId))?.status).toBe('scheduled');
      draftId = (await preview('Utkast')).id;
      await h.engine.whenIdle();
      before = await snapshot();
      callsBefore = h.messenger.calls.length;
      h.logs.length = 0;
    });
    afterAll(() => h.close());

    afterEach(async () => {
      expect(await snapshot()).toBe(before);
      expect(h.messenger.calls).toHaveLength(callsBefore);
    });

    it('cannot open the form, and the attempt is logged under a pseudonym only', async () => {
      const replies = await h.say('kunngjøring', KARI);
      expect(replies.map((r) => r.text)).toEqual([REFUSAL]);
      const refused = h.logs.filter((l) => l.msg === REFUSED_LOG);
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({ userPseudonym: h.pseudonymize(KARI.aadObjectId), attempt: 'form' });
      const logged = JSON.stringify(h.logs);
      expect(logged).not.toContain(KARI.aadObjectId);
      expect(logged).not.toContain(KARI.name);
    });

    it('cannot see the status list', async () => {
      expect((await h.say('status', KARI)).map((r) => r.text)).toEqual([REFUSAL]);
    });

    it('cannot post a status card with Vis status', async () => {
      const replies = await h.submit(
        { action: ANNOUNCEMENT_SHOW_STATUS_ACTION, announcementId: sentId },
        KARI,
      );
      expect(replies.map((r) => r.text)).toEqual([REFUSAL]);
    });

    it.each([
      ['preview a new announcement', 'announcement.preview', () => filledForm()],
      ['preview over a draft', 'announcement.preview', () => filledForm({ announcementId: draftId })],
      ['reopen a draft', 'announcement.revise', () => ({ announcementId: draftId })],
      ['discard a draft', 'announcement.discard', () => ({ announcementId: draftId })],
      ['send a draft', 'announcement.send', () => ({ announcementId: draftId })],
      [
        'schedule a draft',
        'announcement.schedule',
        () => ({ announcementId: draftId, sendDate: IN_TWO_DAYS.date, sendTime: '08:00' }),
      ],
      ['refresh a status card', 'announcement.status', () => ({ announcementId: sentId })],
      ['stop a scheduled announcement', 'announcement.cancel', () => ({ announcementId: scheduledId })],
      ['open the edit form', 'announcement.edit', () => ({ announcementId: sentId })],
      [
        'edit a sent announcement',
        'announcement.update',
        () => filledForm({ announcementId: sentId, title: 'Endret av en annen' }),
      ],
      ['leave the edit form', 'announcement.keep', () => ({ announcementId: sentId })],
      ['ask to recall', 'announcement.recall', () => ({ announcementId: sentId })],
      ['recall', 'announcement.recall.confirm', () => ({ announcementId: sentId })],
    ])('cannot %s: a polite refusal and nothing changed', async (_case, verb, data) => {
      const { body, sent } = await h.execute(verb, data(), KARI);
      expect(body).toEqual({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: REFUSAL,
      });
      expect(sent).toEqual([]);
      expect(h.logs.filter((l) => l.msg === REFUSED_LOG).at(-1)).toMatchObject({ attempt: verb });
    });

    it('can still confirm reading an announcement sent to them', async () => {
      const { body } = await h.execute('announcement.ack', { announcementId: sentId }, KARI);
      expect(textOf(invokeCard(body))).toContain('Lest ✓');
      // The one change allowed, and the author's status card shows it.
      const update = await waitFor(
        () => h.messenger.calls.length > callsBefore && h.messenger.calls.at(-1),
        'status card update',
      );
      expect(update.operation).toBe('update');
      expect(JSON.stringify(update.activity)).toContain('1 (33 % av sendte)');
      before = await snapshot();
      callsBefore = h.messenger.calls.length;
    });
  });

  describe('the announcer team (ANNOUNCER_TEAM_ID)', () => {
    it('lets its members write announcements', async () => {
      const asked: string[] = [];
      const h = await startAnnouncementHarness({
        directory: {
          member: async () => undefined,
          teamMember: async (_context, teamId, userId) => {
            asked.push(`${teamId} ${userId}`);
            return teamId === ANNOUNCER_TEAM && userId === TEAM_MEMBER.id
              ? { userPrincipalName: 'tor@trondheim.kommune.no' }
              : undefined;
          },
        },
      });
      try {
        const [form] = await h.say('kunngjøring', TEAM_MEMBER);
        expect(textOf(cardOf(form))).toContain('Ny kunngjøring');
        expect((await h.say('kunngjøring', KARI)).map((r) => r.text)).toEqual([REFUSAL]);
        expect(asked).toEqual([`${ANNOUNCER_TEAM} ${TEAM_MEMBER.id}`, `${ANNOUNCER_TEAM} ${KARI.id}`]);
      } finally {
        await h.close();
      }
    });

    it('says no, and logs it, when Teams cannot be asked', async () => {
      const h = await startAnnouncementHarness({
        directory: {
          member: async () => undefined,
          teamMember: async () => {
            throw Object.assign(new Error('Bot Connector unavailable'), { statusCode: 503 });
          },
        },
      });
      try {
        expect((await h.say('kunngjøring', TEAM_MEMBER)).map((r) => r.text)).toEqual([REFUSAL]);
        expect(h.logs.map((l) => l.msg)).toContain(
          'could not ask Teams whether the sender is in ANNOUNCERS or ANNOUNCER_TEAM_ID',
        );
      } finally {
        await h.close();
      }
    });
  });
});
