import { ANNOUNCEMENT_ACK_VERB } from '../../src/cards/announcement-card';
import { ANNOUNCEMENT_SHOW_STATUS_ACTION } from '../../src/cards/announcement-list-card';
import type { Announcement } from '../../src/model/announcement';
import {
  action,
  actionsOf,
  type AnnouncementHarness,
  cardOf,
  chatOf,
  filledForm,
  inputsOf,
  invokeCard,
  KARI,
  LEAD,
  startAnnouncementHarness,
  TEAM,
  textOf,
} from './announcement-harness';

describe('writing an announcement in the chat', () => {
  let h: AnnouncementHarness;
  beforeEach(async () => {
    h = await startAnnouncementHarness();
  });
  afterEach(() => h.close());

  /** Opens the form and previews a filled-in announcement; returns the preview card and the saved draft. */
  async function preview(extra: Record<string, string> = {}) {
    const [formMessage] = await h.say('kunngjøring');
    const form = cardOf(formMessage);
    const card = invokeCard((await h.click(form, 'Forhåndsvis', filledForm(extra))).body);
    const [draft] = await h.data.announcements.listRecent(1);
    return { card, draft: draft! };
  }

  it('opens a form with title, text, image, three link buttons, importance and recipients, the teams to choose among', async () => {
    const [reply] = await h.say('kunngjøring');
    const form = cardOf(reply);
    const inputs = inputsOf(form);
    expect(Object.keys(inputs)).toEqual([
      'title',
      'text',
      'imageUrl',
      'link1Title',
      'link1Url',
      'link2Title',
      'link2Url',
      'link3Title',
      'link3Url',
      'importance',
      'audience',
      'teamIds',
    ]);
    expect(inputs.text).toMatchObject({ isMultiline: true, isRequired: true });
    expect(inputs.teamIds).toMatchObject({
      isMultiSelect: true,
      choices: [{ title: TEAM.name, value: TEAM.id }],
    });
    expect((inputs.audience!.choices as { value: string }[]).map((c) => c.value)).toEqual([
      'all',
      'personal',
      'channels',
      'teams',
    ]);
    expect(actionsOf(form).map((a) => a.title)).toEqual(['Forhåndsvis', 'Avbryt']);
    expect(await h.data.announcements.listRecent(5)).toEqual([]);
  });

  it('also answers to kunngjering and announce, and prefills the title typed after the command', async () => {
    expect(inputsOf(cardOf((await h.say('kunngjering'))[0])).title!.value).toBe('');
    expect(inputsOf(cardOf((await h.say('announce Ny rutine'))[0])).title!.value).toBe('Ny rutine');
  });

  it('writes the form in English for an English Teams', async () => {
    const [reply] = await h.say('announce', LEAD, chatOf(LEAD), 'en-US');
    const form = cardOf(reply);
    expect(textOf(form)).toContain('New announcement');
    expect(actionsOf(form).map((a) => a.title)).toEqual(['Preview', 'Cancel']);
  });

  it('previews the real card as recipients will see it, with the number of recipients, and keeps a draft', async () => {
    const { card, draft } = await preview();
    expect(draft).toMatchObject({
      status: 'draft',
      audience: { kind: 'all' },
      authorPseudonym: h.pseudonymize(LEAD.aadObjectId),
      content: {
        title: 'Nedetid fredag kveld',
        importance: 'high',
        links: [{ title: 'Les mer', url: 'https://helseplattformen.no/nedetid' }],
      },
    });
    const text = textOf(card);
    expect(text).toContain('Kunngjøring fra Helseplattformen-prosjektet');
    expect(text).toContain('Helseplattformen er **nede** fredag');
    expect(text).toContain('3 samtaler – Alle: personlige chatter og team');
    expect(action(card, 'Les mer')).toMatchObject({
      type: 'Action.OpenUrl',
      url: 'https://helseplattformen.no/nedetid',
    });
    expect(action(card, 'Bekreft lest')).toMatchObject({ isEnabled: false });
    expect(Object.keys(inputsOf(card))).toEqual(['sendDate', 'sendTime']);
    expect(
      actionsOf(card)
        .slice(-4)
        .map((a) => a.title),
    ).toEqual(['Send nå', 'Planlegg', 'Rediger', 'Avbryt']);
    expect(h.messenger.calls).toEqual([]);
  });

  it('counts only the recipients chosen: personal chats, or the chosen teams', async () => {
    expect(textOf((await preview({ audience: 'personal' })).card)).toContain(
      '2 samtaler – Alle personlige chatter',
    );
    const teams = await preview({ audience: 'teams', teamIds: TEAM.id });
    expect(textOf(teams.card)).toContain(`1 samtale – Valgte team: ${TEAM.name}`);
    expect(teams.draft.audience).toEqual({ kind: 'teams', teamIds: [TEAM.id] });
  });

  it.each([
    ['a missing title', { title: '' }, '«Tittel» må fylles ut'],
    [
      'an http link',
      { link1Url: 'http://helseplattformen.no' },
      'Adressen til lenke 1 må være en https-adresse',
    ],
    ['a link without address', { link2Title: 'Mer' }, 'Lenke 2 må ha både knappetekst og adresse'],
    ['a javascript: image', { imageUrl: 'javascript:alert(1)' }, 'Bildeadressen må være en https-adresse'],
    ['chosen teams without a team', { audience: 'teams' }, 'Velg minst ett team'],
    ['a text over 6000 characters', { text: 'x'.repeat(6001) }, 'Teksten kan være høyst 6000 tegn'],
  ])(
    'shows the form again with what was typed and a Norwegian message for %s',
    async (_case, extra, message) => {
      const [formMessage] = await h.say('kunngjøring');
      const again = invokeCard((await h.click(cardOf(formMessage), 'Forhåndsvis', filledForm(extra))).body);
      expect(textOf(again)).toContain(message);
      expect(inputsOf(again).title!.value).toBe(filledForm(extra).title);
      expect(inputsOf(again).link1Url!.value).toBe(filledForm(extra).link1Url);
      expect(await h.data.announcements.listRecent(5)).toEqual([]);
    },
  );

  it('Rediger opens the form prefilled, and a second preview changes the same draft', async () => {
    const { card, draft } = await preview({ audience: 'teams', teamIds: TEAM.id });
    const form = invokeCard((await h.click(card, 'Rediger')).body);
    const inputs = inputsOf(form);
    expect(inputs.title!.value).toBe('Nedetid fredag kveld');
    expect(inputs.link1Url!.value).toBe('https://helseplattformen.no/nedetid');
    expect(inputs.importance!.value).toBe('high');
    expect(inputs.audience!.value).toBe('teams');
    expect(inputs.teamIds!.value).toBe(TEAM.id);
    const again = invokeCard(
      (await h.click(form, 'Forhåndsvis', filledForm({ title: 'Nedetid lørdag', audience: 'personal' })))
        .body,
    );
    expect(textOf(again)).toContain('Nedetid lørdag');
    const all = await h.data.announcements.listRecent(5);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: draft.id, status: 'draft', audience: { kind: 'personal' } });
  });

  it('Avbryt throws the draft away and nothing is sent', async () => {
    const { card, draft } = await preview();
    const receipt = invokeCard((await h.click(card, 'Avbryt')).body);
    expect(textOf(receipt)).toContain('Kunngjøringen ble forkastet');
    expect((await h.data.announcements.get(draft.id))?.status).toBe('cancelled');
    expect(invokeCard((await h.click(card, 'Send nå')).body)).toEqual(receipt);
    expect(h.messenger.calls).toEqual([]);
  });

  it('Send nå posts a status card whose id is stored, and the engine sends the card everywhere and updates it', async () => {
    const { card, draft } = await preview();
    const { body, sent } = await h.click(card, 'Send nå');
    expect(textOf(invokeCard(body))).toContain('Kunngjøringen sendes');
    expect(sent).toHaveLength(1);
    const status = cardOf(sent[0]);
    expect(textOf(status)).toContain('Status for kunngjøring');
    const stored = await h.data.announcements.get(draft.id);
    expect(stored).toMatchObject({ authorConversationId: chatOf(LEAD).id, statusActivityId: sent[0]!.id });

    await h.engine.whenIdle();
    await h.statusCards.settled();
    const sends = h.messenger.callsOf('send');
    expect(sends.map((c) => c.conversationId).sort()).toEqual(
      [chatOf(KARI).id, chatOf(LEAD).id, TEAM.id].sort(),
    );
    expect((await h.data.announcements.get(draft.id))?.status).toBe('sent');
    const statusUpdates = h.messenger.callsOf('update', chatOf(LEAD).id);
    expect(statusUpdates.at(-1)?.activityId).toBe(sent[0]!.id);
    expect(JSON.stringify(statusUpdates.at(-1)?.activity)).toContain('Sendt ferdig');
  });

  it('sends once when Send nå is clicked twice at the same time', async () => {
    const { card, draft } = await preview();
    const { bodies, sent } = await h.executeTogether('announcement.send', { announcementId: draft.id }, 2);
    expect(sent).toHaveLength(1);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(textOf(invokeCard(body))).toContain('Kunngjøringen sendes');
    await h.engine.whenIdle();
    expect(h.messenger.callsOf('send')).toHaveLength(3);
    expect(invokeCard((await h.click(card, 'Send nå')).body)).toEqual(invokeCard(bodies[0]!));
    expect((await h.engine.counts(draft.id)).sent).toBe(3);
  });

  it('refuses to send to nobody and says why on the preview', async () => {
    await h.data.installations.deactivateTeam(TEAM.id);
    const { card, draft } = await preview({ audience: 'channels' });
    expect(textOf(card)).toContain('Ingen mottakere ennå');
    const again = invokeCard((await h.click(card, 'Send nå')).body);
    expect(textOf(again)).toContain('Det er ingen mottakere å sende til ennå');
    expect((await h.data.announcements.get(draft.id))?.status).toBe('draft');
  });

  it('Bekreft lest is recorded once and answers with the card showing Lest ✓ to that user', async () => {
    const { card, draft } = await preview();
    await h.click(card, 'Send nå');
    await h.engine.whenIdle();
    const received = h.messenger.callsOf('send', chatOf(KARI).id)[0]!.activity!;
    const recipientCard = (received.attachments as { content: unknown }[])[0]!.content;
    const ack = action(recipientCard, 'Bekreft lest');
    expect(ack).toMatchObject({ type: 'Action.Execute', verb: ANNOUNCEMENT_ACK_VERB });

    const first = invokeCard((await h.click(recipientCard, 'Bekreft lest', {}, KARI)).body);
    expect(textOf(first)).toContain('Lest ✓');
    expect(actionsOf(first).map((a) => a.title)).toEqual(['Les mer']);
    const second = invokeCard((await h.click(recipientCard, 'Bekreft lest', {}, KARI)).body);
    expect(second).toEqual(first);
    expect(await h.engine.counts(draft.id)).toMatchObject({ sent: 3, acknowledged: 1 });
    expect((await h.data.deliveries.get(draft.id, chatOf(KARI).id))?.acknowledgedAt).toBeInstanceOf(Date);

    // In a channel the card sits in a thread; the confirmation counts for the channel.
    await h.click(recipientCard, 'Bekreft lest', {}, KARI, {
      id: `${TEAM.id};messageid=1700000000000`,
      conversationType: 'channel',
    });
    expect(await h.engine.counts(draft.id)).toMatchObject({ acknowledged: 2 });
  });

  it('does not count a click on the disabled button of the preview', async () => {
    const { card, draft } = await preview();
    const { body } = await h.execute(ANNOUNCEMENT_ACK_VERB, { announcementId: draft.id });
    expect(body.type).toBe('application/vnd.microsoft.activity.message');
    expect(textOf(card)).toContain('Forhåndsvisning');
    expect((await h.engine.counts(draft.id)).acknowledged).toBe(0);
  });

  describe('the status card', () => {
    async function sendAndWait(): Promise<{ status: Record<string, unknown>; announcement: Announcement }> {
      const { card, draft } = await preview();
      const { sent } = await h.click(card, 'Send nå');
      await h.engine.whenIdle();
      const announcement = (await h.data.announcements.get(draft.id))!;
      const refreshed = invokeCard(
        (await h.execute('announcement.status', { announcementId: announcement.id })).body,
      );
      expect(sent).toHaveLength(1);
      return { status: refreshed, announcement };
    }

    it('Rediger opens the edit form in the chat, and saving it updates the sent card everywhere', async () => {
      const { status, announcement } = await sendAndWait();
      const { body, sent } = await h.click(status, 'Rediger');
      expect(textOf(invokeCard(body))).toContain('Status for kunngjøring');
      const form = cardOf(sent[0]);
      expect(textOf(form)).toContain('Rediger kunngjøring');
      expect(inputsOf(form).audience).toBeUndefined();
      expect(inputsOf(form).title!.value).toBe('Nedetid fredag kveld');

      const saved = invokeCard(
        (await h.click(form, 'Oppdater hos alle mottakere', filledForm({ title: 'Nedetid fredag 19–21' })))
          .body,
      );
      expect(textOf(saved)).toContain('Endringen er lagret');
      await h.engine.whenIdle();
      const updates = h.messenger
        .callsOf('update')
        .filter((c) => JSON.stringify(c.activity).includes('Nedetid fredag 19–21'))
        .filter((c) => !JSON.stringify(c.activity).includes('Status for kunngjøring'));
      expect(updates.map((c) => c.conversationId).sort()).toEqual(
        [chatOf(KARI).id, chatOf(LEAD).id, TEAM.id].sort(),
      );
      expect(await h.data.announcements.get(announcement.id)).toMatchObject({
        version: 2,
        content: { title: 'Nedetid fredag 19–21' },
      });
    });

    it('an edit that sends only the changed field keeps the rest of the announcement', async () => {
      const { status, announcement } = await sendAndWait();
      const form = cardOf((await h.click(status, 'Rediger')).sent[0]);
      await h.click(form, 'Oppdater hos alle mottakere', { title: 'Ny tittel' });
      expect((await h.data.announcements.get(announcement.id))?.content).toEqual({
        ...announcement.content,
        title: 'Ny tittel',
      });
    });

    it('Trekk tilbake asks first; Nei keeps it, Ja deletes it everywhere', async () => {
      const { status, announcement } = await sendAndWait();
      const confirm = invokeCard((await h.click(status, 'Trekk tilbake')).body);
      expect(textOf(confirm)).toContain('Trekke tilbake kunngjøringen?');
      expect(textOf(confirm)).toContain('3 samtaler');
      const kept = invokeCard((await h.click(confirm, 'Nei, behold den')).body);
      expect(textOf(kept)).toContain('Status for kunngjøring');
      expect((await h.data.announcements.get(announcement.id))?.status).toBe('sent');

      const recalled = invokeCard((await h.click(confirm, 'Ja, trekk tilbake')).body);
      expect(textOf(recalled)).toMatch(/Trekker tilbake meldingene|Trukket tilbake/);
      await h.engine.whenIdle();
      expect(
        h.messenger
          .callsOf('delete')
          .map((c) => c.conversationId)
          .sort(),
      ).toEqual([chatOf(KARI).id, chatOf(LEAD).id, TEAM.id].sort());
      expect((await h.data.announcements.get(announcement.id))?.status).toBe('recalled');
    });

    it('Stopp sending stops a sending under way: the rest are not sent', async () => {
      h.messenger.latencyMs = 150;
      const { card, draft } = await preview();
      const { sent } = await h.click(card, 'Send nå');
      const stopped = invokeCard((await h.click(cardOf(sent[0]), 'Stopp sending')).body);
      expect(textOf(stopped)).toContain('Avbrutt');
      await h.engine.whenIdle();
      const counts = await h.engine.counts(draft.id);
      expect(counts.sent).toBeLessThan(3);
      expect(counts.failed + counts.sent).toBe(3);
      expect((await h.data.announcements.get(draft.id))?.status).toBe('cancelled');
    });
  });

  it('status lists the latest announcements with sent, failed, pending and confirmed counts', async () => {
    const { card, draft } = await preview({ title: 'Ny opplæringsplan' });
    await h.click(card, 'Send nå');
    await h.engine.whenIdle();
    await h.execute(ANNOUNCEMENT_ACK_VERB, { announcementId: draft.id }, KARI);
    await preview({ title: 'Bare et utkast' });

    const [reply] = await h.say('status');
    const list = cardOf(reply);
    const text = textOf(list);
    expect(text).toContain('Siste kunngjøringer');
    expect(text).toContain('Ny opplæringsplan');
    expect(text).not.toContain('Bare et utkast');
    const facts = (JSON.stringify(list).match(/"title":"[^"]+","value":"\d+"/g) ?? []).join(' ');
    expect(facts).toContain('"title":"Sendt","value":"3"');
    expect(facts).toContain('"title":"Feilet","value":"0"');
    expect(facts).toContain('"title":"Venter","value":"0"');
    expect(facts).toContain('"title":"Bekreftet lest","value":"1"');

    // Vis status: a fresh status card that the engine keeps up to date from now on.
    const [fresh] = await h.submit({ action: ANNOUNCEMENT_SHOW_STATUS_ACTION, announcementId: draft.id });
    expect(textOf(cardOf(fresh))).toContain('Ny opplæringsplan');
    expect((await h.data.announcements.get(draft.id))?.statusActivityId).toBe(fresh!.id);
  });

  it('answers "status på …" as the question it is', async () => {
    await h.say('status på opplæringen?', KARI);
    expect(h.answered).toEqual(['status på opplæringen?']);
  });

  it('asks for the personal chat when kunngjøring is typed in a channel', async () => {
    const [reply] = await h.say('kunngjøring', LEAD, { id: TEAM.id, conversationType: 'channel' });
    expect(reply!.text).toContain('Kunngjøringer skrives i den personlige chatten med boten');
  });
});
