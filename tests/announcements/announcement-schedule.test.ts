import {
  type AnnouncementHarness,
  cardOf,
  chatOf,
  filledForm,
  invokeCard,
  LEAD,
  startAnnouncementHarness,
  textOf,
} from './announcement-harness';

/** "Now" in these tests: Thursday 20 March 2025, 12:00 UTC (13:00 in Oslo, winter time). */
const NOW = new Date('2025-03-20T12:00:00Z');

/** A clock that starts at NOW and runs: the engine measures its intervals (refresh, lease, pacing) with it. */
function clockFromNow(): () => Date {
  const started = Date.now();
  return () => new Date(NOW.getTime() + (Date.now() - started));
}

describe('scheduling an announcement (Planlegg)', () => {
  let h: AnnouncementHarness;
  beforeEach(async () => {
    h = await startAnnouncementHarness({ now: clockFromNow() });
  });
  afterEach(() => h.close());

  async function preview() {
    const [formMessage] = await h.say('kunngjøring');
    const card = invokeCard((await h.click(cardOf(formMessage), 'Forhåndsvis', filledForm())).body);
    const [draft] = await h.data.announcements.listRecent(1);
    return { card, draft: draft! };
  }

  it('offers tomorrow 08:00 Norwegian time, and no date before today', async () => {
    const { card } = await preview();
    expect(JSON.stringify(card)).toContain(
      '"id":"sendDate","label":"Dato","value":"2025-03-21","min":"2025-03-20"',
    );
    expect(JSON.stringify(card)).toContain('"id":"sendTime","label":"Klokkeslett","value":"08:00"');
  });

  it.each([
    ['before the change to summer time', '2025-03-29', '10:00', '2025-03-29T09:00:00.000Z'],
    ['after the change to summer time', '2025-03-30', '10:00', '2025-03-30T08:00:00.000Z'],
    ['after the change back to winter time', '2025-11-03', '07:30', '2025-11-03T06:30:00.000Z'],
  ])('stores the time %s in UTC and posts the status card', async (_case, date, time, utc) => {
    const { card, draft } = await preview();
    const { body, sent } = await h.click(card, 'Planlegg', { sendDate: date, sendTime: time });
    const receipt = textOf(invokeCard(body));
    expect(receipt).toContain('Kunngjøringen er planlagt');
    expect(receipt).toContain(`kl. ${time}`);
    expect(await h.data.announcements.get(draft.id)).toMatchObject({
      status: 'scheduled',
      scheduledAt: new Date(utc),
      authorConversationId: chatOf(LEAD).id,
      statusActivityId: sent[0]!.id,
    });
    expect(textOf(cardOf(sent[0]))).toContain('Planlagt sendt');
    expect(h.messenger.calls).toEqual([]);
    // Nothing is sent yet; the list counts the three conversations it will reach as waiting.
    const list = JSON.stringify(cardOf((await h.say('status'))[0]));
    expect(list).toContain('{"title":"Mottakere","value":"3"}');
    expect(list).toContain('{"title":"Venter","value":"3"}');
  });

  it.each([
    ['no date', { sendDate: '', sendTime: '10:00' }, 'Velg dato og klokkeslett'],
    ['a time the clock skips', { sendDate: '2025-03-30', sendTime: '02:30' }, 'finnes ikke på norsk klokke'],
    [
      'a time that has passed',
      { sendDate: '2025-03-20', sendTime: '12:30' },
      'Tidspunktet har allerede passert',
    ],
    ['a time over a year ahead', { sendDate: '2026-04-01', sendTime: '10:00' }, 'høyst ett år fram i tid'],
  ])('keeps the preview with a message for %s', async (_case, inputs, message) => {
    const { card, draft } = await preview();
    const again = invokeCard((await h.click(card, 'Planlegg', inputs)).body);
    expect(textOf(again)).toContain(message);
    expect(textOf(again)).toContain('Forhåndsvisning');
    expect((await h.data.announcements.get(draft.id))?.status).toBe('draft');
  });

  it('a scheduled announcement can be edited and stopped from its status card before it goes out', async () => {
    const { card, draft } = await preview();
    const { sent } = await h.click(card, 'Planlegg', { sendDate: '2025-03-21', sendTime: '08:00' });
    const status = cardOf(sent[0]);
    const { sent: formMessages } = await h.click(status, 'Rediger');
    const form = cardOf(formMessages[0]);
    expect(textOf(form)).toContain('Endringen lagres, og kunngjøringen sendes som planlagt');
    const saved = invokeCard(
      (await h.click(form, 'Lagre endringene', filledForm({ title: 'Nedetid fredag (oppdatert)' }))).body,
    );
    expect(textOf(saved)).toContain('sendes som planlagt, med endringene');
    expect(await h.data.announcements.get(draft.id)).toMatchObject({
      status: 'scheduled',
      content: { title: 'Nedetid fredag (oppdatert)' },
    });
    // The status card shows the new title at once (nothing has been sent, so the engine reports no progress).
    expect(JSON.stringify(h.updates.at(-1))).toContain('Nedetid fredag (oppdatert)');

    const stopped = invokeCard((await h.click(status, 'Stopp sending')).body);
    expect(textOf(stopped)).toContain('Avbrutt');
    expect((await h.data.announcements.get(draft.id))?.status).toBe('cancelled');
    expect(h.messenger.callsOf('send')).toEqual([]);
  });
});
