import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildTab } from '../../scripts/build-tab';
import { type Composition, composeApplication } from '../../src/composition';
import { loadConfig } from '../../src/config';
import type { KnowledgeResponse } from '../../src/knowledge/knowledge-api-types';
import { createLogger } from '../../src/logger';

/**
 * The Kunnskap view in a real browser (Debian's chromium through playwright-core), against the bot as `npm start`
 * builds it. Without /usr/bin/chromium the tests are skipped with the reason in their name, unless
 * REQUIRE_BROWSER=1 makes that a failure.
 */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.resolve('test-output');
const available = existsSync(CHROMIUM);
const required = process.env.REQUIRE_BROWSER === '1';
const describeInBrowser = available || required ? describe : describe.skip;
const suiteName =
  available || required
    ? 'the Kunnskap view in a browser'
    : `the Kunnskap view in a browser (skipped: ${CHROMIUM} is missing)`;

jest.setTimeout(90_000);

describeInBrowser(suiteName, () => {
  let composition: Composition;
  let url: string;
  let dist: string;
  let profile: string;
  let context: BrowserContext;
  let page: Page;

  const knowledge = async () => (await (await fetch(`${url}/api/tab/knowledge`)).json()) as KnowledgeResponse;

  beforeAll(async () => {
    if (!available)
      throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: apt-get install -y chromium`);
    dist = await mkdtemp(path.join(tmpdir(), 'tab-build-'));
    profile = await mkdtemp(path.join(tmpdir(), 'tab-chromium-'));
    await mkdir(SCREENSHOTS, { recursive: true });
    await buildTab({ outDir: dist });
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATA_DIR: ':memory:',
      TAB_AUTH: 'off',
      KNOWLEDGE_EDITORS: 'utvikler@localhost',
      ANNOUNCERS: 'utvikler@localhost',
      PSEUDONYM_SECRET: 'knowledge-browser-pseudonym-secret',
    });
    composition = await composeApplication(config, createLogger('silent'), { tabDistDir: dist });
    ({ url } = await composition.app.start());
    // The learning loop has something to show: a question asked twice, one asked once, and a suggestion.
    await composition.data.unanswered.add({ question: 'Hvem er nestleder i prosjektet?' });
    await composition.data.unanswered.add({ question: 'hvem er nestleder i prosjektet' });
    await composition.data.unanswered.add({ question: 'Når er go-live i Orkland?' });
    // The suggestion is the newest.
    await new Promise((r) => setTimeout(r, 20));
    await composition.data.suggestions.add({
      ticketId: 'ticket-1',
      question: 'Hvor finner jeg opplæringsplanen?',
      answer: 'Opplæringsplanen ligger på intranettet under Helseplattformen.',
    });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-quic'],
      viewport: { width: 1280, height: 900 },
      locale: 'nb-NO',
    });
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await composition?.app.stop();
    if (dist) await rm(dist, { recursive: true, force: true });
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  test('an editor adds a person, gets an inline validation message, makes them lead and tries a question', async () => {
    await page.goto(`${url}/tab/index.html`);
    await page.getByRole('tab', { name: 'Kunnskap' }).click();
    await page.getByTestId('knowledge-version').getByText('Versjon 1').waitFor();

    await page.getByTestId('add-entry').click();
    const form = page.getByTestId('entry-form');
    await form.getByTestId('field-id').fill('kari-testesen');
    await form.getByTestId('field-name').fill('Kari Testesen');
    await form.getByTestId('field-role-nb').fill('Rådgiver i Personaltjenesten');
    await form.getByTestId('field-email').fill('ikke en e-postadresse');
    // The server's check, shown at the field.
    await form.getByText('ugyldig e-postadresse').waitFor();
    expect(await page.getByTestId('publish').isDisabled()).toBe(true);
    await screenshot(page, 'knowledge-validation.png');
    await form.getByTestId('field-email').fill('');
    await page.getByTestId('knowledge-problems').waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Delprosjekter' }).click();
    await page.getByTestId('entry-list').getByRole('button', { name: 'Opplæring' }).click();
    await page.getByTestId('entry-form').getByTestId('field-lead').selectOption({ label: 'Kari Testesen' });

    await page.getByTestId('try-question').fill('Hvem leder delprosjektet Opplæring?');
    await page.getByRole('button', { name: 'Prøv' }).click();
    await page.getByTestId('try-result').getByText('Kari Testesen').first().waitFor();
    // Only a draft: the bot still answers from version 1.
    const live = await (
      await fetch(`${url}/api/tab/search?q=${encodeURIComponent('Hvem leder opplæring?')}`)
    ).json();
    expect(JSON.stringify(live)).not.toContain('Kari Testesen');
    await screenshot(page, 'knowledge-try.png');
  });

  test('publishing makes the bot answer from the new version', async () => {
    await page.getByRole('button', { name: 'Publiser ny versjon' }).click();
    await page.getByTestId('publish-result').getByText('Publisert som versjon 2').waitFor();
    const live = await (
      await fetch(`${url}/api/tab/search?q=${encodeURIComponent('Hvem leder opplæring?')}`)
    ).json();
    expect(JSON.stringify(live)).toContain('Kari Testesen');
    expect((await knowledge()).knowledgeBase.people.map((p) => p.id)).toContain('kari-testesen');
  });

  test('a publish after someone else published is refused with a message, and the newest version can be loaded', async () => {
    // Another editor publishes version 3 meanwhile.
    const other = await knowledge();
    other.knowledgeBase.facts[0]!.aliases.push('felles journal');
    const res = await fetch(`${url}/api/tab/knowledge`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'If-Match': String(other.version) },
      body: JSON.stringify({ knowledgeBase: other.knowledgeBase }),
    });
    expect(res.status).toBe(200);

    await page.getByRole('tab', { name: 'Personer' }).click();
    await page.getByTestId('entry-list').getByRole('button', { name: 'Kari Testesen' }).click();
    await page.getByTestId('entry-form').getByTestId('field-organisation').fill('Trondheim kommune');
    await page.getByRole('button', { name: 'Publiser ny versjon' }).click();
    const stale = page.getByTestId('stale-message');
    await stale.getByText('Noen andre publiserte først').waitFor();
    await stale.getByText('Noen andre har publisert en nyere versjon (versjon 3)').waitFor();
    await screenshot(page, 'knowledge-conflict.png');
    await stale.getByRole('button', { name: /Last inn nyeste versjon/ }).click();
    await page.getByTestId('knowledge-version').getByText('Versjon 3').waitFor();
    expect((await knowledge()).version).toBe(3);
  });

  test('the learning loop lists questions most asked first, and an item can be attached as an alias or dismissed', async () => {
    await page.getByRole('tab', { name: 'Forslag' }).click();
    const list = page.getByTestId('learning-list');
    const items = list.getByTestId('learning-item');
    await items.first().getByText('Spurt 2 ganger', { exact: false }).waitFor();
    expect(await items.count()).toBe(3);
    await list.getByText('Opplæringsplanen ligger på intranettet').waitFor();
    await screenshot(page, 'knowledge-learning.png');

    await list.getByRole('tab', { name: 'Nyeste først' }).click();
    await items.first().getByText('Hvor finner jeg opplæringsplanen?').waitFor();

    // Dismiss the go-live question.
    const golive = items.filter({ hasText: 'go-live' });
    await golive.getByRole('button', { name: 'Avvis' }).click();
    await golive.waitFor({ state: 'detached' });

    // Attach "nestleder" to Ola Skorstad as an alias.
    const deputy = items.filter({ hasText: 'nestleder' });
    await deputy.getByTestId('attach-target').selectOption({ label: 'Ola Skorstad (Personer)' });
    await deputy.getByTestId('attach-alias').fill('nestleder');
    await deputy.getByRole('button', { name: 'Legg til som alias' }).click();
    await list.getByTestId('learning-notice').getByText('La til «nestleder» som alias').waitFor();
    await deputy.waitFor({ state: 'detached' });

    // Attach the suggested question to the Training subproject as a question: its words become keywords.
    const plan = items.filter({ hasText: 'opplæringsplanen' });
    await plan.getByTestId('attach-target').selectOption({ label: 'Opplæring (Delprosjekter)' });
    await plan.getByRole('button', { name: 'Legg til som spørsmål' }).click();
    await list.getByTestId('learning-notice').getByText('som spørsmål på Opplæring').waitFor();
    // Dealt with only once the draft is published.
    const open = async () => JSON.stringify(await (await fetch(`${url}/api/tab/knowledge/learning`)).json());
    expect(await open()).toContain('nestleder');
    await page.getByRole('button', { name: 'Publiser ny versjon' }).click();
    await page.getByTestId('publish-result').getByText('Publisert som versjon 4').waitFor();
    expect(await open()).not.toContain('nestleder');
    const ola = (await knowledge()).knowledgeBase.people.find((p) => p.id === 'ola-skorstad')!;
    expect(ola.aliases).toContain('nestleder');
    const training = (await knowledge()).knowledgeBase.subprojects.find((p) => p.id === 'opplaering')!;
    expect(training.keywords).toContain('Hvor finner jeg opplæringsplanen?');
  });

  test('a decision is announced in one step: the composer opens filled in from it', async () => {
    await page.getByRole('tab', { name: 'Beslutninger', exact: true }).last().click();
    await page
      .getByTestId('entry-list')
      .getByRole('button', { name: 'Deleierskap i Helseplattformen AS' })
      .click();
    await page.getByTestId('announce-decision').click();
    await page.getByTestId('composer').waitFor();
    expect(await page.getByLabel('Tittel').inputValue()).toBe('Deleierskap i Helseplattformen AS');
    expect(await page.getByLabel('Tekst').inputValue()).toContain('29. august avgjør Trondheim bystyre');
    await screenshot(page, 'knowledge-announce.png');
  });

  test('the history lists every publish, and an earlier version is restored as a new one', async () => {
    await page.getByRole('tab', { name: 'Kunnskap' }).click();
    await page.getByRole('tab', { name: 'Historikk' }).click();
    const history = page.getByTestId('version-history');
    await history.getByText('Første versjon, fra content/knowledge-base.yaml').waitFor();
    expect(await history.getByRole('row').count()).toBe(5);
    await screenshot(page, 'knowledge-history.png');
    await history.getByRole('row').last().getByRole('button', { name: 'Gjenopprett' }).click();
    await page.getByTestId('publish-result').getByText('Versjon 1 er gjenopprettet som versjon 5').waitFor();
    const current = await knowledge();
    expect(current.version).toBe(5);
    expect(current.knowledgeBase.people.map((p) => p.id)).not.toContain('kari-testesen');
  });
});

/** A full-page screenshot from the top into test-output/. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true, animations: 'disabled' });
}
