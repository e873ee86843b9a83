import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { App } from '../../src/app';
import { type Composition, composeApplication } from '../../src/composition';
import { loadConfig } from '../../src/config';
import type {
  KnowledgeResponse,
  KnowledgeVersionsResponse,
  LearningResponse,
} from '../../src/knowledge/knowledge-api-types';
import { createLogger } from '../../src/logger';
import { createMessageActivity, postActivity, waitFor } from '../support/bot-activity';
import { FakeConnector } from '../support/fake-connector';

const EDITOR = 'utvikler@localhost';
const seedFile = parse(readFileSync('content/knowledge-base.yaml', 'utf8')) as Record<string, unknown[]>;

/** The bot as `npm start` builds it, with TAB_AUTH=off (every tab call is the development user). */
async function startBot(
  dataDir: string,
  editors = EDITOR,
): Promise<{ app: App; url: string; c: Composition }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    TAB_AUTH: 'off',
    KNOWLEDGE_EDITORS: editors,
    PSEUDONYM_SECRET: 'knowledge-api-test-pseudonym-secret',
  });
  const c = await composeApplication(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  const { url } = await c.app.start();
  return { app: c.app, url, c };
}

describe('the knowledge editor API over HTTP (production composition, embedded store on disk)', () => {
  let dataDir: string;
  let bot: { app: App; url: string };
  let connector: FakeConnector;
  let conversation = 0;

  const getKnowledge = async (url = bot.url) => {
    const res = await fetch(`${url}/api/tab/knowledge`);
    expect(res.status).toBe(200);
    return (await res.json()) as KnowledgeResponse;
  };
  const put = (version: number | string | undefined, knowledgeBase: unknown, url = bot.url) =>
    fetch(`${url}/api/tab/knowledge`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        ...(version === undefined ? {} : { 'If-Match': String(version) }),
      },
      body: JSON.stringify({ knowledgeBase }),
    });
  /** Asks the bot in a new personal chat and returns the text of its answer card. */
  const ask = async (question: string, url = bot.url): Promise<string> => {
    const conversationId = `a:knowledge-${++conversation}`;
    await postActivity(
      url,
      createMessageActivity(question, { serviceUrl: connector.serviceUrl, conversationId }),
    );
    const [reply] = await waitFor(
      () => connector.messages(conversationId).length > 0 && connector.messages(conversationId),
      `answer to ${question}`,
    );
    return JSON.stringify(reply!.activity);
  };
  /**
   * A copy of the knowledge base with a new person leading the Training subproject: only an id and a name, as when
   * someone new takes over before their title is known (the role is optional).
   */
  const withNewLead = (kb: KnowledgeResponse['knowledgeBase']) => {
    const draft = structuredClone(kb);
    draft.people.push({ id: 'kari-testesen', name: 'Kari Testesen', aliases: [] });
    draft.subprojects.find((s) => s.id === 'opplaering')!.lead = 'kari-testesen';
    return draft;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'hp-knowledge-'));
    connector = await FakeConnector.start();
    bot = await startBot(dataDir);
  }, 30_000);

  afterAll(async () => {
    await bot?.app.stop();
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('an empty store is seeded from the knowledge base file: version 1 in the same shape, as JSON', async () => {
    const res = await fetch(`${bot.url}/api/tab/knowledge`);
    expect(res.headers.get('etag')).toBe('"1"');
    const { version, knowledgeBase } = (await res.json()) as KnowledgeResponse;
    expect(version).toBe(1);
    expect(Object.keys(knowledgeBase).sort()).toEqual(Object.keys(seedFile).sort());
    expect(knowledgeBase.people.map((p) => p.id)).toEqual(
      seedFile.people!.map((p) => (p as { id: string }).id),
    );
  });

  test('a new person made lead of a subproject is named in the next answer, without a restart', async () => {
    expect(await ask('Hvem leder delprosjektet Opplæring?')).not.toContain('Kari Testesen');
    const { version, knowledgeBase } = await getKnowledge();
    const res = await put(version, withNewLead(knowledgeBase));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: number; summary: string };
    expect(body.version).toBe(version + 1);
    expect(body.summary).toContain('kari-testesen');
    // The same question again: the reply kept from before the publish must not come back.
    const answer = await ask('Hvem leder delprosjektet Opplæring?');
    expect(answer).toContain('Kari Testesen');
    expect(answer).not.toContain('undefined');
    const search = await fetch(`${bot.url}/api/tab/search?q=${encodeURIComponent('Hvem leder opplæring?')}`);
    expect(JSON.stringify(await search.json())).toContain('Kari Testesen');
  });

  test('a publish from a stale version gets 412 naming the newer version; none at all gets 428', async () => {
    const { version, knowledgeBase } = await getKnowledge();
    const stale = await put(version - 1, knowledgeBase);
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ code: 'STALE_VERSION', currentVersion: version });
    expect((await put(`"${version - 1}"`, knowledgeBase)).status).toBe(412);
    expect((await put(undefined, knowledgeBase)).status).toBe(428);
    expect((await getKnowledge()).version).toBe(version);
  });

  test('an invalid knowledge base gets 400 with the path of the problem, and nothing is published', async () => {
    const { version, knowledgeBase } = await getKnowledge();
    const draft = structuredClone(knowledgeBase);
    draft.subprojects[2]!.lead = 'finnes-ikke';
    const res = await put(version, draft);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { path: string; error: string };
    expect(body.path).toBe('subprojects.2.lead');
    expect(body.error).toContain('finnes-ikke');
    const noName = structuredClone(knowledgeBase);
    noName.people[0]!.name = '';
    expect(await (await put(version, noName)).json()).toMatchObject({ path: 'people.0.name' });
    expect((await getKnowledge()).version).toBe(version);
  });

  test('"try a question" answers from a draft without publishing it', async () => {
    const { version, knowledgeBase } = await getKnowledge();
    const draft = structuredClone(knowledgeBase);
    draft.subprojects.find((s) => s.id === 'teknisk')!.lead = 'ola-skorstad';
    const res = await fetch(`${bot.url}/api/tab/knowledge/try`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ knowledgeBase: draft, question: 'Hvem leder delprosjektet Teknisk?' }),
    });
    expect(res.status).toBe(200);
    const tried = JSON.stringify(((await res.json()) as { sections: unknown[] }).sections);
    expect(tried).toContain('Ola Skorstad');
    expect(tried).not.toContain('Anne Amdal Storsve');
    expect(await ask('Hvem leder delprosjektet Teknisk?')).toContain('Anne Amdal Storsve');
    expect((await getKnowledge()).version).toBe(version);
  });

  test('the history lists every version; restoring an earlier one publishes it as a new version', async () => {
    const { version } = await getKnowledge();
    const history = (await (
      await fetch(`${bot.url}/api/tab/knowledge/versions`)
    ).json()) as KnowledgeVersionsResponse;
    expect(history.versions.map((v: { number: number }) => v.number)).toEqual([version, version - 1]);
    expect(history.versions[0]).toMatchObject({ mine: true });
    expect(history.versions[1]).toMatchObject({ mine: false, summary: expect.stringContaining('Første') });
    const restore = (expected: number) =>
      fetch(`${bot.url}/api/tab/knowledge/versions/1/restore`, {
        method: 'POST',
        headers: { 'If-Match': String(expected) },
      });
    expect((await restore(version - 1)).status).toBe(412);
    const res = await restore(version);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: version + 1, summary: 'Gjenopprettet versjon 1' });
    expect(await ask('Hvem leder delprosjektet Opplæring?')).not.toContain('Kari Testesen');
    // Back to the edit, for the restart test below.
    const current = await getKnowledge();
    expect((await put(current.version, withNewLead(current.knowledgeBase))).status).toBe(200);
  });

  test('the edit survives a restart on the same DATA_DIR', async () => {
    const before = await getKnowledge();
    await bot.app.stop();
    bot = await startBot(dataDir);
    const after = await getKnowledge();
    expect(after.version).toBe(before.version);
    expect(after.knowledgeBase.subprojects.find((s) => s.id === 'opplaering')!.lead).toBe('kari-testesen');
    expect(await ask('Hvem leder delprosjektet Opplæring?')).toContain('Kari Testesen');
  }, 30_000);

  test('the learning loop lists unanswered questions redacted, most asked first, until dismissed', async () => {
    const odd = 'Hva er fargen på logoen til kantina? Ring meg på 912 34 567';
    await ask(odd);
    await ask(odd);
    await ask('Hvor mange kaffemaskiner har prosjektkontoret?');
    const list = async (sort = 'frequent') =>
      ((await (await fetch(`${bot.url}/api/tab/knowledge/learning?sort=${sort}`)).json()) as LearningResponse)
        .items;
    const items = await list();
    expect(items.map((i) => i.count)).toEqual([2, 1]);
    expect(items[0]!.question).toContain('logoen');
    expect(JSON.stringify(items)).not.toContain('912 34 567');
    expect((await list('newest'))[0]!.question).toContain('kaffemaskiner');
    const res = await fetch(`${bot.url}/api/tab/knowledge/learning/resolve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: items[0]!.key, action: 'dismissed' }),
    });
    expect(res.status).toBe(200);
    expect((await list()).map((i) => i.question)).toEqual([items[1]!.question]);
    // Asked again after it was dismissed: it is back.
    await ask(odd);
    expect((await list()).map((i) => i.key)).toContain(items[0]!.key);
  });

  test('a signed-in user who is not a knowledge editor gets 403 on every knowledge call', async () => {
    const other = await startBot(':memory:', 'redaktor@trondheim.kommune.no');
    try {
      expect((await fetch(`${other.url}/api/tab/knowledge`)).status).toBe(403);
      const { knowledgeBase } = await getKnowledge();
      expect((await put(1, knowledgeBase, other.url)).status).toBe(403);
      expect((await fetch(`${other.url}/api/tab/knowledge/learning`)).status).toBe(403);
      const me = await (await fetch(`${other.url}/api/tab/me`)).json();
      expect(me).toMatchObject({ isKnowledgeEditor: false });
      expect(await (await fetch(`${bot.url}/api/tab/me`)).json()).toMatchObject({ isKnowledgeEditor: true });
    } finally {
      await other.app.stop();
    }
  }, 30_000);
});
