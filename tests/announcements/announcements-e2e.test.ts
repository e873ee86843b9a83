/**
 * Announcements end to end: the real composition (src/composition.ts, as src/index.ts runs it) over HTTP, the
 * broadcast engine on the embedded in-memory store, and a fake Bot Connector that receives every message, update
 * and delete. Fake installations (three personal chats and a team channel) are registered by posting
 * installationUpdate activities to the bot, as Teams does. The tests run in order, as one story.
 */
import type { App } from '../../src/app';
import { composeApplication } from '../../src/composition';
import { loadConfig } from '../../src/config';
import { IN_MEMORY_DATA_DIR, type DataLayer } from '../../src/data';
import { createLogger } from '../../src/logger';
import { postAcceptedActivity, teamsActivityBase, waitFor } from '../support/bot-activity';
import { FakeConnector, type ReceivedMessage } from '../support/fake-connector';
import { personalChat as chatOf, type TestConversation, type TestUser } from '../support/teams-people';
import { adaptiveCardProblems } from '../support/validate-adaptive-card';
import { actionsOf, filledForm, inputsOf, type InvokeBody, textOf } from './announcement-harness';

const TENANT = '11111111-2222-3333-4444-555555555555';
const LEAD: TestUser = {
  id: '29:lead',
  name: 'Liv Leder',
  aadObjectId: 'cccccccc-0000-0000-0000-000000000001',
};
const KARI: TestUser = {
  id: '29:kari',
  name: 'Kari Nordmann',
  aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000002',
};
const OLA: TestUser = {
  id: '29:ola',
  name: 'Ola Hansen',
  aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000003',
};
const TEAM = { id: '19:hjemmetjenesten@thread.tacv2', name: 'Hjemmetjenesten' };
const CHANNEL: TestConversation = { id: TEAM.id, conversationType: 'channel' };
const RECIPIENTS = [chatOf(LEAD).id, chatOf(KARI).id, chatOf(OLA).id, TEAM.id];

describe('announcements end to end over HTTP', () => {
  let app: App;
  let url: string;
  let data: DataLayer;
  let connector: FakeConnector;
  let announcementId: string;
  let statusActivityId: string;

  const post = (activity: Record<string, unknown>) => postAcceptedActivity(url, activity);
  const base = (user: TestUser, conversation: TestConversation) =>
    teamsActivityBase({ serviceUrl: connector.serviceUrl, tenantId: TENANT, user, conversation, team: TEAM });
  const say = (user: TestUser, text: string, conversation = chatOf(user)) =>
    post({ ...base(user, conversation), type: 'message', text });
  const execute = async (
    user: TestUser,
    verb: string,
    dataValue: Record<string, unknown>,
    conversation = chatOf(user),
  ): Promise<InvokeBody> => {
    const response = await post({
      ...base(user, conversation),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data: dataValue }, trigger: 'manual' },
    });
    return (await response.json()) as InvokeBody;
  };
  /** The card of an invoke response, checked with the Adaptive Cards library. */
  const invokeCard = (body: InvokeBody): Record<string, unknown> => {
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(adaptiveCardProblems(body.value)).toEqual([]);
    return body.value as Record<string, unknown>;
  };
  /** The card of a message at the connector, checked with the Adaptive Cards library. */
  const cardOf = (message: ReceivedMessage | undefined): Record<string, unknown> => {
    const content = (
      message?.activity?.attachments as { content?: Record<string, unknown> }[] | undefined
    )?.[0]?.content;
    if (!content) throw new Error(`no card in ${JSON.stringify(message?.activity ?? null).slice(0, 300)}`);
    expect(adaptiveCardProblems(content)).toEqual([]);
    return content;
  };
  /** The announcement as it arrived in a conversation. */
  const announcementIn = (conversationId: string): ReceivedMessage | undefined =>
    connector
      .messages(conversationId)
      .find((m) => textOf(m.activity).includes('Kunngjøring fra Helseplattformen-prosjektet'));

  beforeAll(async () => {
    connector = await FakeConnector.start({ conversationLimits: [] });
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATA_DIR: IN_MEMORY_DATA_DIR,
      PSEUDONYM_SECRET: 'announcement-e2e-pseudonym-secret',
      ANNOUNCERS: LEAD.aadObjectId,
    });
    ({ app, data } = await composeApplication(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent')));
    ({ url } = await app.start());
    // The app is installed: three personal chats and a team (its General channel), as Teams reports it.
    for (const user of [LEAD, KARI, OLA]) {
      await post({ ...base(user, chatOf(user)), type: 'installationUpdate', action: 'add' });
    }
    await post({ ...base(OLA, CHANNEL), type: 'installationUpdate', action: 'add' });
    for (const id of RECIPIENTS) await connector.waitForMessages(id, 1);
    expect(await data.installations.countActive()).toBe(4);
  }, 30_000);

  afterAll(async () => {
    await app?.stop();
    await connector?.close();
  });

  it('compose → preview: the form, then the real card and 4 recipients, and nothing sent yet', async () => {
    await say(LEAD, 'kunngjøring');
    const [, formMessage] = await connector.waitForMessages(chatOf(LEAD).id, 2);
    const form = cardOf(formMessage);
    expect(inputsOf(form).teamIds).toMatchObject({ choices: [{ title: TEAM.name, value: TEAM.id }] });

    const preview = invokeCard(await execute(LEAD, 'announcement.preview', filledForm()));
    expect(textOf(preview)).toContain('4 samtaler – Alle: personlige chatter og team');
    const [draft] = await data.announcements.listRecent(1);
    expect(draft).toMatchObject({ status: 'draft' });
    announcementId = draft!.id;
    for (const id of RECIPIENTS) expect(announcementIn(id)).toBeUndefined();
  });

  it('send → a status card in the author’s chat, and every installation receives the card once', async () => {
    const receipt = invokeCard(await execute(LEAD, 'announcement.send', { announcementId }));
    expect(textOf(receipt)).toContain('Kunngjøringen sendes');
    for (const id of RECIPIENTS) await waitFor(() => announcementIn(id), `announcement in ${id}`);
    for (const id of RECIPIENTS) {
      const card = cardOf(announcementIn(id));
      expect(textOf(card)).toContain('Nedetid fredag kveld');
      expect(actionsOf(card).map((a) => a.title)).toEqual(['Les mer', 'Bekreft lest']);
      expect(connector.messages(id).filter((m) => m === announcementIn(id))).toHaveLength(1);
      expect(announcementIn(id)!.activity!.channelData).toMatchObject({ notification: { alert: true } });
    }
    const stored = await data.announcements.get(announcementId);
    statusActivityId = stored!.statusActivityId!;
    const status = connector.message(statusActivityId);
    expect(status?.conversationId).toBe(chatOf(LEAD).id);
    await waitFor(
      () => textOf(cardOf(connector.message(statusActivityId))).includes('Sendt ferdig'),
      'status card updated in place to Sendt ferdig',
    );
    expect(connector.message(statusActivityId)!.updates).toBeGreaterThanOrEqual(1);
  });

  it('ack from one recipient → Lest ✓ for them, and status shows 1 acknowledged', async () => {
    const first = invokeCard(await execute(KARI, 'announcement.ack', { announcementId }));
    expect(textOf(first)).toContain('Lest ✓');
    expect(actionsOf(first).map((a) => a.title)).toEqual(['Les mer']);
    expect(invokeCard(await execute(KARI, 'announcement.ack', { announcementId }))).toEqual(first);

    const before = connector.messages(chatOf(LEAD).id).length;
    await say(LEAD, 'status');
    const [list] = (await connector.waitForMessages(chatOf(LEAD).id, before + 1)).slice(before);
    const listCard = cardOf(list);
    expect(JSON.stringify(listCard)).toContain('{"title":"Bekreftet lest","value":"1"}');
    expect(JSON.stringify(listCard)).toContain('{"title":"Sendt","value":"4"}');
    await waitFor(
      () => JSON.stringify(cardOf(connector.message(statusActivityId))).includes('1 (25 % av sendte)'),
      'status card shows the acknowledgement',
    );
  });

  it('edit → the sent card is replaced (PUT) everywhere', async () => {
    const before = connector.messages(chatOf(LEAD).id).length;
    const status = invokeCard(await execute(LEAD, 'announcement.edit', { announcementId }));
    expect(textOf(status)).toContain('Status for kunngjøring');
    const [formMessage] = (await connector.waitForMessages(chatOf(LEAD).id, before + 1)).slice(before);
    const form = cardOf(formMessage);
    expect(textOf(form)).toContain('Rediger kunngjøring');

    const saved = invokeCard(
      await execute(LEAD, 'announcement.update', {
        announcementId,
        ...filledForm({ title: 'Nedetid fredag 19–21', importance: 'normal' }),
      }),
    );
    expect(textOf(saved)).toContain('Endringen er lagret');
    for (const id of RECIPIENTS) {
      await waitFor(
        () => textOf(announcementIn(id)?.activity).includes('Nedetid fredag 19–21'),
        `updated card in ${id}`,
      );
      expect(announcementIn(id)!.updates).toBe(1);
      expect(adaptiveCardProblems(cardOf(announcementIn(id)))).toEqual([]);
    }
    expect(connector.stats().byOperation.update).toBeGreaterThanOrEqual(RECIPIENTS.length);
  });

  it('recall → asked first, then the card is deleted (DELETE) everywhere', async () => {
    const confirm = invokeCard(await execute(LEAD, 'announcement.recall', { announcementId }));
    expect(textOf(confirm)).toContain('Trekke tilbake kunngjøringen?');
    expect(textOf(confirm)).toContain('4 samtaler');
    for (const id of RECIPIENTS) expect(announcementIn(id)!.deleted).toBe(false);

    const recalled = invokeCard(await execute(LEAD, 'announcement.recall.confirm', { announcementId }));
    expect(textOf(recalled)).toContain('Status for kunngjøring');
    for (const id of RECIPIENTS) {
      await waitFor(() => announcementIn(id)?.deleted, `deleted in ${id}`);
    }
    expect(connector.stats().byOperation.delete).toBe(RECIPIENTS.length);
    await waitFor(
      () => textOf(cardOf(connector.message(statusActivityId))).includes('Trukket tilbake'),
      'status card shows the recall',
    );
    expect((await data.announcements.get(announcementId))?.status).toBe('recalled');
  });
});
