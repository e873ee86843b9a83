import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildTab } from '../../scripts/build-tab';
import { type Composition, composeApplication } from '../../src/composition';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

/**
 * The tab on a phone: every view, and a search without an answer, at 320, 360 and 400 px in Debian's chromium. The
 * page must not scroll sideways, and axe-core (its source injected into the page) must find no critical or serious
 * problem of our own. Fluent UI's focus-trap helpers (tabster's invisible "dummy" inputs) are not ours and are left
 * out. Screenshots go to test-output/.
 */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.resolve('test-output');
const available = existsSync(CHROMIUM);
const required = process.env.REQUIRE_BROWSER === '1';
const WIDTHS = [320, 360, 400];
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Elements Fluent UI (tabster) adds to trap focus; axe's findings on them are the library's, not ours. */
const FLUENT_FOCUS_TRAP = '[data-tabster-dummy]';

interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const describeOnPhone = available || required ? describe : describe.skip;
jest.setTimeout(120_000);

describeOnPhone(
  available || required ? 'the tab on a phone' : `the tab on a phone (skipped: ${CHROMIUM} is missing)`,
  () => {
    let composition: Composition;
    let url: string;
    let dist: string;
    let profile: string;
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      if (!available)
        throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: apt-get install -y chromium`);
      dist = await mkdtemp(path.join(tmpdir(), 'tab-build-'));
      profile = await mkdtemp(path.join(tmpdir(), 'tab-chromium-'));
      await mkdir(SCREENSHOTS, { recursive: true });
      await buildTab({ outDir: dist });
      // The bot as npm start composes it, for an announcer and knowledge editor: every view the tab has is there.
      const config = loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        LOG_LEVEL: 'silent',
        DATA_DIR: ':memory:',
        TAB_AUTH: 'off',
        ANNOUNCERS: 'utvikler@localhost',
        KNOWLEDGE_EDITORS: 'utvikler@localhost',
        PSEUDONYM_SECRET: 'phone-test-pseudonym-secret',
      });
      composition = await composeApplication(config, createLogger('silent'), { tabDistDir: dist });
      ({ url } = await composition.app.start());
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
        viewport: { width: 360, height: 740 },
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

    describe.each(WIDTHS)('%i px wide', (width) => {
      const problems: string[] = [];

      beforeAll(async () => {
        await page.setViewportSize({ width, height: 740 });
        await page.goto(`${url}/tab/index.html`);
        await page.getByTestId('subprojects').waitFor();
      });

      test('every view fits the width and has no critical or serious accessibility problem', async () => {
        const names = await page.getByRole('tab').allInnerTexts();
        expect(names.length).toBeGreaterThanOrEqual(6);
        for (const name of names) {
          await page.getByRole('tab', { name }).click();
          await settle(page);
          problems.push(...(await check(page, `${name.trim()} (${width} px)`)));
          await screenshot(page, `tab-phone-${width}-${slug(name)}.png`);
        }
        expect(problems).toEqual([]);
      });

      test('a search without an answer fits the width, with the project office e-mail wrapped', async () => {
        await page.getByRole('tab').first().click();
        await page.getByRole('searchbox').fill('hva koster lisensene til kantina egentlig per måned');
        await page.keyboard.press('Enter');
        await page.getByTestId('search-results').waitFor();
        await settle(page);
        expect(await check(page, `search without an answer (${width} px)`)).toEqual([]);
        // The Søk button stays inside its form, and the office's e-mail address is shown whole, within the screen.
        const form = (await page.locator('form[role=search]').boundingBox())!;
        const button = (await page.locator('form[role=search] button[type=submit]').boundingBox())!;
        expect(button.x + button.width).toBeLessThanOrEqual(form.x + form.width + 0.5);
        const email = page
          .getByTestId('search-results')
          .getByText(/@trondheim\.kommune\.no/)
          .first();
        const box = (await email.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        const fits = await email.evaluate(
          (e: { scrollWidth: number; clientWidth: number }) => e.scrollWidth <= e.clientWidth,
        );
        expect(fits).toBe(true);
        await screenshot(page, `tab-phone-${width}-search-no-answer.png`);
      });
    });
  },
);

/** What is wrong on the page as it is: sideways scrolling, elements wider than the screen, axe findings. */
async function check(page: Page, where: string): Promise<string[]> {
  const out: string[] = [];
  // Strings, because the tests are compiled without the DOM library.
  const widths = (await page.evaluate(
    `({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
            && getComputedStyle(e).position !== 'fixed' && !e.closest('[data-tabster-dummy]')
            && !(e.parentElement && e.parentElement.closest('*') && [...(function* up(n) { for (let p = n.parentElement; p; p = p.parentElement) yield p; })(e)]
              .some((p) => getComputedStyle(p).overflowX !== 'visible'))
            && e.getBoundingClientRect().width > 0)
          .slice(0, 5)
          .map((e) => e.tagName.toLowerCase() + (e.getAttribute('data-testid') ? '[data-testid=' + e.getAttribute('data-testid') + ']' : '')
            + ' ' + Math.round(e.getBoundingClientRect().right) + 'px: ' + (e.textContent || '').trim().slice(0, 40)) })`,
  )) as { scroll: number; client: number; wide: string[] };
  if (widths.scroll > widths.client)
    out.push(
      `${where}: page is ${widths.scroll}px wide on a ${widths.client}px screen (${widths.wide.join('; ')})`,
    );
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE); // Through DevTools, so the tab's Content-Security-Policy allows it.
  const findings = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.filter((n) => !n.target.some((t) => String(t).includes('data-tabster-dummy'))
          && !document.querySelector(String(n.target[0]))?.matches(${JSON.stringify(FLUENT_FOCUS_TRAP)}))
          .map((n) => String(n.target.join(' '))) }))
      .filter((v) => v.targets.length > 0))`,
  )) as AxeFinding[];
  for (const f of findings)
    out.push(`${where}: axe ${f.impact} ${f.id} (${f.help}) at ${f.targets.slice(0, 3).join(', ')}`);
  return out;
}

/** Waits until the view has loaded (no spinner) and transitions are over. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('[role=progressbar], .fui-Spinner')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(200);
}

const slug = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true, animations: 'disabled' });
}
