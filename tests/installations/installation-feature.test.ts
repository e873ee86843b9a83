import { ActivityTypes, type Activity, TestAdapter } from 'botbuilder';
import pino from 'pino';
import { HelseplattformenBot } from '../../src/bot/helseplattformen-bot';
import { createRepositories, type DataLayer, IN_MEMORY_DATA_DIR } from '../../src/data';
import type { InstallationRepository } from '../../src/data/repositories';
import { AppError } from '../../src/errors';
import { createInstallationFeature } from '../../src/installations/installation-feature';
import { createQuestionAnswerer } from '../../src/qa';

const logger = pino({ level: 'silent' });
const { answerer, officeEmail } = createQuestionAnswerer('content/knowledge-base.yaml');
const pseudonymize = (id: string) => `pseudo-${id}`;

const personal = (extra: Partial<Activity> = {}): Partial<Activity> => ({
  channelId: 'msteams',
  serviceUrl: 'https://smba.example/emea/',
  conversation: {
    id: 'a:personal-1',
    conversationType: 'personal',
    tenantId: 't1',
    isGroup: false,
    name: '',
  },
  from: { id: '29:kari', name: 'Kari Nordmann', aadObjectId: 'aad-kari' },
  recipient: { id: '28:bot', name: 'Helseplattformen' },
  ...extra,
});

const team = { id: '19:team-general@thread.tacv2', name: 'Hjemmetjenesten' };
const channel = (extra: Partial<Activity> = {}): Partial<Activity> => ({
  channelId: 'msteams',
  serviceUrl: 'https://smba.example/emea/',
  conversation: { id: `${team.id}`, conversationType: 'channel', tenantId: 't1', isGroup: true, name: '' },
  channelData: { team, tenant: { id: 't1' } },
  from: { id: '29:ola', name: 'Ola', aadObjectId: 'aad-ola' },
  recipient: { id: '28:bot', name: 'Helseplattformen' },
  ...extra,
});

describe('installations', () => {
  let data: DataLayer;
  let clock = 0;
  const harness = (installations: InstallationRepository = data.installations) => {
    const feature = createInstallationFeature({ installations, pseudonymize, logger, now: () => clock });
    const bot = new HelseplattformenBot({
      questions: { answerer, officeEmail, version: 0 },
      logger,
      features: [feature],
    });
    return new TestAdapter(async (context) => bot.run(context));
  };

  beforeEach(async () => {
    data = await createRepositories(
      { DATA_DIR: IN_MEMORY_DATA_DIR, MONGODB_URI: undefined, MONGODB_DB: 'test', MONGODB_TIMEOUT_MS: 1000 },
      logger,
    );
    clock = 0;
  });
  afterEach(() => data.close());

  it('saves a personal install with the user as a pseudonym and without their name', async () => {
    await harness()
      .send({ ...personal(), type: ActivityTypes.InstallationUpdate, action: 'add' } as Partial<Activity>)
      .assertReply(() => undefined)
      .startTest();
    const record = await data.installations.get('a:personal-1');
    expect(record).toMatchObject({
      active: true,
      conversationType: 'personal',
      userPseudonym: 'pseudo-aad-kari',
      tenantId: 't1',
    });
    expect(JSON.stringify(record!.reference)).not.toContain('Kari Nordmann');
    expect(JSON.stringify(record!.reference)).not.toContain('aad-kari');
  });

  it('saves the conversation of someone who writes without an install event, and refreshes a changed service URL', async () => {
    await harness()
      .send({ ...personal(), type: ActivityTypes.Message, text: 'hjelp' })
      .assertReply(() => undefined)
      .startTest();
    expect((await data.installations.get('a:personal-1'))?.serviceUrl).toBe('https://smba.example/emea/');
    await harness()
      .send({
        ...personal({ serviceUrl: 'https://smba.example/nordics/' }),
        type: ActivityTypes.Message,
        text: 'hjelp',
      })
      .assertReply(() => undefined)
      .startTest();
    expect((await data.installations.get('a:personal-1'))?.serviceUrl).toBe('https://smba.example/nordics/');
  });

  it('records the General channel of a team install, and a channel post under its channel, not its thread', async () => {
    await harness()
      .send({
        ...channel(),
        type: ActivityTypes.ConversationUpdate,
        membersAdded: [{ id: '28:bot', name: 'b' }],
      })
      // Teams greets on installationUpdate, so this conversationUpdate is recorded without a reply.
      .startTest();
    expect(await data.installations.get(team.id)).toMatchObject({
      active: true,
      teamId: team.id,
      teamName: 'Hjemmetjenesten',
    });
    const other = '19:annen-kanal@thread.tacv2';
    await harness()
      .send({
        ...channel({
          conversation: {
            id: `${other};messageid=1234`,
            conversationType: 'channel',
            isGroup: true,
            name: '',
          },
        }),
        type: ActivityTypes.Message,
        text: 'hvem leder teknisk',
      })
      .assertReply(() => undefined)
      .startTest();
    expect(await data.installations.get(other)).toMatchObject({ active: true, teamId: team.id });
    expect(await data.installations.get(`${other};messageid=1234`)).toBeNull();
    expect(await data.installations.countActive({ teamIds: [team.id] })).toBe(2);
  });

  it('deactivates a personal chat on uninstall and every channel of a team that is deleted', async () => {
    await data.installations.upsert({
      conversationId: 'a:personal-1',
      conversationType: 'personal',
      serviceUrl: 's',
      reference: {},
    });
    await data.installations.upsert({
      conversationId: team.id,
      conversationType: 'channel',
      serviceUrl: 's',
      teamId: team.id,
      reference: {},
    });
    await data.installations.upsert({
      conversationId: '19:x',
      conversationType: 'channel',
      serviceUrl: 's',
      teamId: team.id,
      reference: {},
    });
    await harness()
      .send({ ...personal(), type: ActivityTypes.InstallationUpdate, action: 'remove' } as Partial<Activity>)
      .send({
        ...channel(),
        type: ActivityTypes.ConversationUpdate,
        channelData: { team, eventType: 'teamDeleted', tenant: { id: 't1' } },
      })
      .startTest();
    expect((await data.installations.get('a:personal-1'))?.active).toBe(false);
    expect(await data.installations.countActive({ teamIds: [team.id] })).toBe(0);
  });

  it('still answers when the store is down', async () => {
    const down: InstallationRepository = {
      ...data.installations,
      upsert: () => Promise.reject(new AppError('STORE_UNAVAILABLE', 'nede')),
    };
    await harness(down)
      .send({ ...personal(), type: ActivityTypes.Message, text: 'Hvem leder delprosjektet Teknisk?' })
      .assertReply((a) => expect(JSON.stringify(a.attachments)).toContain('Anne Amdal Storsve'))
      .startTest();
  });
});
