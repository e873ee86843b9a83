import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import {
  freePort,
  PLAYGROUND_TEAM_ID,
  PLAYGROUND_USER_OBJECT_ID,
  type RunningPlayground,
  startPlayground,
} from '../../scripts/playground-process';
import { AccessPolicy } from '../../src/access/access-policy';
import { createInstallationDirectory } from '../../src/access/installation-directory';
import { composeApplication, type Composition } from '../../src/composition';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createPseudonymizer } from '../../src/privacy/pseudonym';

/**
 * The bot as users meet it, in Microsoft 365 Agents Playground (Microsoft's local Teams client, a pinned
 * devDependency), driven with playwright-core on Debian's chromium. The bot is the production composition
 * (composeApplication, as `npm start`); the Playground is its Bot Connector. Without /usr/bin/chromium the suite
 * is skipped with the reason in its name, unless REQUIRE_BROWSER=1 (CI) makes that a failure.
 */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.resolve('test-output');
const available = existsSync(CHROMIUM);
const required = process.env.REQUIRE_BROWSER === '1';
const describeInBrowser = available || required ? describe : describe.skip;
const suiteName =
  available || required
    ? 'the bot in Microsoft 365 Agents Playground'
    : `the bot in Microsoft 365 Agents Playground (skipped: ${CHROMIUM} is missing)`;

/**
 * The Playground's notices for what it does not do (full-width cards, deleting a message); documented in its
 * README ("will show a warning message ... when it detects some features are not supported"), not bot errors.
 */
const NOT_SUPPORTED_YET = /not (supported|implemented) yet in Microsoft 365 Agents playground/i;

const PSEUDONYM_SECRET = 'playground-tests-pseudonym-secret';

jest.setTimeout(120_000);

describeInBrowser(suiteName, () => {
  let dataDir: string;
  let composition: Composition;
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;

  const cards = () => page.locator('.ac-adaptiveCard');
  const lastCard = () => cards().last();
  const cardWith = (text: string | RegExp) => cards().filter({ hasText: text }).last();
  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `playground-${name}.png`) });

  /** Types a message in the compose box and sends it. */
  const say = async (text: string) => {
    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  };

  /** Clicks a button on a card and waits for the bot's answer to arrive. */
  const press = async (card: Locator, name: string | RegExp) => {
    await card.getByRole('button', { name }).click();
  };

  /** Waits until a card with the text is shown. */
  const shown = async (text: string | RegExp, timeout = 15_000) => {
    await cardWith(text).waitFor({ state: 'visible', timeout });
    return cardWith(text);
  };

  /** The lines of the Playground's own log panel. */
  const logPanel = async (): Promise<string[]> => {
    const panel = page.locator('text=Log Panel').locator('xpath=ancestor::div[2]');
    return (await panel.innerText()).split('\n').filter((l) => l.trim() !== '');
  };

  beforeAll(async () => {
    if (!available)
      throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: apt-get install -y chromium`);
    await mkdir(SCREENSHOTS, { recursive: true });
    dataDir = await mkdtemp(path.join(tmpdir(), 'playground-'));
    const playgroundPort = await freePort();
    const serviceUrl = `http://localhost:${playgroundPort}/_connector`;
    // As `npm start` builds the bot; Kari (the Playground's user) may announce and answers for the office.
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATA_DIR: path.join(dataDir, 'data'),
      PSEUDONYM_SECRET,
      TAB_AUTH: 'off',
      ANNOUNCERS: PLAYGROUND_USER_OBJECT_ID,
      PROJECT_OFFICE_MEMBERS: PLAYGROUND_USER_OBJECT_ID,
      PROJECT_OFFICE_CHANNEL: PLAYGROUND_TEAM_ID,
      PROJECT_OFFICE_SERVICE_URL: serviceUrl,
    });
    composition = await composeApplication(config, createLogger(config.LOG_LEVEL));
    const { url } = await composition.app.start();
    playground = await startPlayground({
      botEndpoint: `${url}/api/messages`,
      port: playgroundPort,
      logFile: path.join(dataDir, 'playground.log'),
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
    await page.goto(playground.url, { waitUntil: 'networkidle' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await composition?.app.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('install: exactly one welcome, in the language the Playground speaks (en-US)', async () => {
    await shown("Hi! I'm the Helseplattformen bot");
    // Both install events have arrived once the installation is stored; give a second welcome time to show.
    await page.waitForTimeout(1500);
    await shot('welcome');
    expect(await cards().count()).toBe(1);
    expect(await cardWith(/Helseplattformen-boten/).count()).toBe(0);
  });

  test('an example question on the welcome card is answered', async () => {
    await press(cardWith("Hi! I'm the Helseplattformen bot"), 'Who leads the training subproject?');
    await shown('May Liz Bjørnevik Tho');
  });

  test('a question gets an answer card; Ja/Nei and a comment are recorded', async () => {
    await say('Hvem leder delprosjektet Opplæring?');
    await page.waitForFunction("document.querySelectorAll('.ac-adaptiveCard').length >= 3", undefined, {
      timeout: 15_000,
    });
    const answer = lastCard();
    expect(await answer.innerText()).toContain('May Liz Bjørnevik Tho');
    await press(answer, /^(Nei|No)$/);
    const comment = await shown(/Vil du si mer|Would you like to say more/);
    await comment.locator('textarea').fill('Jeg savnet telefonnummeret.');
    await press(comment, 'Send');
    await shown(/Takk for kommentaren|Thanks for your comment|Takk/);
    await shot('feedback');
    const stored = await composition.data.feedback.list({ limit: 10 });
    expect(stored.some((f) => f.helpful === false)).toBe(true);
    expect(stored.some((f) => f.comment === 'Jeg savnet telefonnummeret.')).toBe(true);
  });

  test('`tilbakemelding` stores free feedback and thanks the user', async () => {
    await say('tilbakemelding Boten er nyttig i hverdagen');
    await page.waitForFunction("document.body.innerText.includes('Boten er nyttig i hverdagen')", undefined, {
      timeout: 15_000,
    });
    await page.waitForTimeout(1500);
    const stored = await composition.data.feedback.list({ limit: 20 });
    expect(stored.some((f) => f.comment === 'Boten er nyttig i hverdagen')).toBe(true);
  });

  /** Every card's text and buttons, for a failure message. */
  const describeCards = async () =>
    (await cards().allInnerTexts()).map((t, i) => `${i}: ${t.replace(/\s+/g, ' ').slice(0, 200)}`).join('\n');

  test('an announcer composes, previews, sends, acknowledges, edits and recalls; a vanished chat is reported failed', async () => {
    // A chat the Playground does not know (as Teams answers for a chat that is gone).
    await composition.data.installations.upsert({
      conversationId: 'a:forsvunnet-chat',
      conversationType: 'personal',
      serviceUrl: playground.serviceUrl,
      reference: {
        channelId: 'msteams',
        serviceUrl: playground.serviceUrl,
        conversation: { id: 'a:forsvunnet-chat', conversationType: 'personal' },
        bot: { id: '00000000-0000-0000-0000-00000000000011', name: 'Helseplattformen' },
        user: { id: '29:ola-hansen', name: 'Ola Hansen' },
      },
    });
    await say('kunngjøring');
    const form = await shown('Forhåndsvis');
    await form
      .getByPlaceholder(/For eksempel/)
      .first()
      .fill('Planlagt nedetid fredag');
    await form.locator('textarea').first().fill('Helseplattformen er stengt fredag 19–21.');
    await press(form, 'Forhåndsvis');
    const preview = await shown('Forhåndsvisning');
    await shot('announcement-preview');
    expect(await preview.innerText()).toMatch(/2 samtaler/);
    await press(preview, 'Send nå');
    const status = await shown('Status for kunngjøring');
    await page
      .waitForFunction(
        "[...document.querySelectorAll('.ac-adaptiveCard')].some((c) => /Feilet\\s*1/.test(c.innerText) && /Sendt\\s*1/.test(c.innerText))",
        undefined,
        { timeout: 30_000 },
      )
      .catch(async () => {
        throw new Error(`the status card did not report 1 sent and 1 failed:\n${await describeCards()}`);
      });
    await shot('announcement-sent');
    const received = await shown('Kunngjøring fra Helseplattformen-prosjektet');
    await press(received, 'Bekreft lest');
    await shown(/Lest ✓/);
    await press(status, 'Oppdater');
    await page.waitForFunction(
      "[...document.querySelectorAll('.ac-adaptiveCard')].some((c) => /Bekreftet lest\\s*1/.test(c.innerText))",
      undefined,
      { timeout: 15_000 },
    );

    // Rediger: the form comes as a new message; the sent card is changed where it was delivered.
    await press(cardWith('Status for kunngjøring'), 'Rediger');
    const edit = await shown('Rediger kunngjøring');
    await edit
      .getByPlaceholder(/For eksempel/)
      .first()
      .fill('Planlagt nedetid fredag kveld');
    await press(edit, 'Oppdater hos alle mottakere');
    await shown(/Planlagt nedetid fredag kveld.*\n?.*Helseplattformen er stengt/s);
    await shot('announcement-edited');

    // Trekk tilbake: the Playground refuses DELETE (501), so the message stays and the card says so.
    await press(cardWith('Status for kunngjøring'), 'Trekk tilbake');
    await press(await shown('Trekke tilbake kunngjøringen?'), 'Ja, trekk tilbake');
    await page
      .waitForFunction(
        "[...document.querySelectorAll('.ac-adaptiveCard')].some((c) => /Ikke fjernet\\s*1/.test(c.innerText))",
        undefined,
        { timeout: 30_000 },
      )
      .catch(async () => {
        throw new Error(
          `the status card did not report the message as not removed:\n${await describeCards()}`,
        );
      });
    await shot('announcement-recall-refused');
    expect(await cardWith('Kunngjøring fra Helseplattformen-prosjektet').count()).toBeGreaterThan(0);
  });

  test('the project office: a question goes to its channel, is taken and answered there, and the answer comes back', async () => {
    await say('spør prosjektkontoret Når får hjemmetjenesten nye nettbrett?');
    const compose = await shown(/Spør prosjektkontoret|Ask the project office/);
    await press(compose, 'Send');
    await shown(/Sendt til prosjektkontoret|Sent to the project office/);
    // The office channel: General in the Playground's team (PROJECT_OFFICE_CHANNEL).
    await page.getByText('General', { exact: true }).first().click();
    const ticket = await shown('Når får hjemmetjenesten nye nettbrett?');
    await shot('office-ticket');
    await press(ticket, /^(Ta saken|Take it)$/);
    const taken = await shown(/Tatt av|Taken by/);
    await taken.locator('textarea').first().fill('Nettbrettene kommer i uke 12.');
    await press(taken, /^(Svar|Answer)$/);
    await shown(/Besvart av|Answered by/);
    await page.getByText('Personal Chat', { exact: true }).first().click();
    const answer = await shown(/Svar fra prosjektkontoret|Answer from the project office/);
    expect(await answer.innerText()).toContain('Nettbrettene kommer i uke 12.');
    await shot('office-answer');
  });

  test('the tab asks Teams (here the Playground) for the UPN of a caller through their chat with the bot', async () => {
    const directory = createInstallationDirectory({
      adapter: composition.app.adapter,
      appId: '',
      installations: composition.data.installations,
      pseudonymize: createPseudonymizer(PSEUDONYM_SECRET),
    });
    expect((await directory.upnOf(PLAYGROUND_USER_OBJECT_ID))?.toLowerCase()).toBe(
      'kari.nordmann@kommune.example',
    );
    // Nobody has a chat with the bot under this object id, so Teams cannot be asked.
    expect(await directory.upnOf('0c5a1f00-0000-4000-8000-000000000099')).toBeUndefined();
    const policy = new AccessPolicy(
      {
        ANNOUNCERS: ['Kari.Nordmann@kommune.example'],
        ANNOUNCER_TEAM_ID: undefined,
        PROJECT_OFFICE_MEMBERS: [],
        PROJECT_OFFICE_TEAM_ID: undefined,
        KNOWLEDGE_EDITORS: [],
      },
      createLogger('silent'),
      undefined,
      directory,
    );
    expect(await policy.allowsTabCaller({ objectId: PLAYGROUND_USER_OBJECT_ID }, 'announce')).toEqual({
      allowed: true,
    });
  });

  test("the Playground's log panel shows no error, only its documented 'not supported yet' notices", async () => {
    const lines = await logPanel();
    const notices = lines.filter((l) => /\(!\)|error|exception|fail/i.test(l));
    expect(notices.filter((l) => !NOT_SUPPORTED_YET.test(l))).toEqual([]);
    // HTTP answers of 400 and above are only the two this suite provokes: the vanished chat (404) and the
    // refused recall (501).
    const refused = lines.filter((l) => /\s(4\d\d|5\d\d)(\s|$)/.test(l));
    expect(refused.every((l) => /message (404|501)/.test(l))).toBe(true);
    await shot('log-panel');
  });
});
