// The E2E harness: one code-server (started by scripts/testHost.mjs with the packaged .vsix installed), one
// browser, one workbench page shared by every spec in test/e2e/**/*.e2e.ts. Specs call `workbench()` and the
// helpers on it; mocha loads this file first (see .mocharc.json) so `mochaHooks` closes the browser at the end.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const repoRoot = resolve(__dirname, '..', '..');
/** Every run saves what a user sees to test-results/screenshots; `npm run screenshots` writes the same pictures to
 * docs/images for the README, so what the README shows is what the tests saw, and a plain `npm test` leaves the
 * committed pictures alone. */
export const screenshotsDir = process.env.ROADMAP_UPDATE_SCREENSHOTS === '1'
  ? join(repoRoot, 'docs', 'images')
  : join(repoRoot, 'test-results', 'screenshots');

/**
 * How long a spec waits for the workbench to reach a state it is waiting for (a tab, a row, a bar). Waits end as
 * soon as the state is there, so a generous bound costs nothing on an idle machine; it only decides when a busy CI
 * machine counts as hung. ROADMAP_E2E_SLOWDOWN multiplies it for slower machines still.
 */
export const UI_TIMEOUT = 60_000 * (Number(process.env.ROADMAP_E2E_SLOWDOWN) || 1);

export interface Workbench {
  readonly page: Page;
  /** Absolute path of the workspace folder code-server opened (a scratch copy; specs may change it). */
  readonly workspace: string;
  /** Opens a workspace file through Quick Open, as a user would, waits for its tab and puts the cursor on line 1. */
  openFile(relativePath: string): Promise<void>;
  /** Runs a command from the palette by its full title, e.g. "Roadmap: Show Log". */
  runCommand(title: string): Promise<void>;
  /** Saves <screenshotsDir>/<name>.png of the whole window (or of `target`) and returns its path. */
  screenshot(name: string, target?: Locator): Promise<string>;
  /** The activity-bar entry of a view container, by its title. */
  activityBarItem(title: string): Locator;
}

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the E2E specs through \`npm run test:host\` (scripts/testHost.mjs), which starts code-server and the browser`);
  return value;
}

let browser: Browser | undefined;
let shared: Promise<Workbench> | undefined;

export function workbench(): Promise<Workbench> {
  shared ??= openWorkbench();
  return shared;
}

async function openWorkbench(): Promise<Workbench> {
  browser = await chromium.connect(env('ROADMAP_E2E_BROWSER'));
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  // Every wait without its own bound (waitFor, click, fill) follows the same rule.
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(env('ROADMAP_E2E_URL'), { timeout: 2 * UI_TIMEOUT });
  await page.locator('.monaco-workbench').waitFor({ timeout: 2 * UI_TIMEOUT });
  // The explorer shows the workspace once the remote file system is up; commands before that can race it.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 2 * UI_TIMEOUT });
  // The extension's own readiness: its view container is contributed and its activation has run (the Progress
  // view's welcome or rows appear only once the index has scanned the workspace).
  await page.locator('.activitybar a.action-label[aria-label^="Roadmap"]').first().waitFor({ timeout: 2 * UI_TIMEOUT });
  const workspace = env('ROADMAP_E2E_WORKSPACE');

  const quickInput = page.locator('.quick-input-widget .quick-input-box input');
  return {
    page,
    workspace,
    async openFile(relativePath) {
      await page.keyboard.press('Control+P');
      await quickInput.waitFor();
      await quickInput.fill(relativePath);
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.first().waitFor();
      // Several files share a name (every spec's ROADMAP.md), and Quick Open ranks recently opened ones first, even
      // one an earlier spec deleted: take the row in the folder asked for, judged by its description.
      const folder = relativePath.includes('/') ? relativePath.slice(0, relativePath.lastIndexOf('/')) : '';
      // The list can still change as its search completes: a row seen a moment ago may be gone, so look again.
      let clicked = false;
      for (let attempt = 0; attempt < 20 && !clicked; attempt++) {
        const descriptions = await rows.evaluateAll((els) => els.map((el) => el.querySelector('.label-description')?.textContent?.trim() ?? ''));
        const index = descriptions.findIndex((d) => d.replace(/^\.\/?$/, '') === folder);
        if (index >= 0) clicked = await rows.nth(index).click({ timeout: 2_000 }).then(() => true, () => false);
        if (!clicked) await page.waitForTimeout(250);
      }
      if (!clicked) await page.keyboard.press('Enter');
      const name = relativePath.split('/').pop() ?? relativePath;
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
      // Quick Open leaves the focus in the editor; start at the top so what a spec looks for is on screen,
      // whatever an earlier spec scrolled to.
      await page.keyboard.press('Control+Home');
    },
    async runCommand(title) {
      await page.keyboard.press('F1');
      await quickInput.waitFor();
      await quickInput.fill(`>${title}`);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
      await row.waitFor();
      await row.click();
      // The palette closes, or the command opens a quick pick of its own: either way this row goes.
      await row.waitFor({ state: 'hidden' });
    },
    async screenshot(name, target) {
      mkdirSync(screenshotsDir, { recursive: true });
      const path = join(screenshotsDir, `${name}.png`);
      await (target ?? page).screenshot({ path });
      return path;
    },
    activityBarItem(title) {
      // The item, not its label: the badge (open tasks) sits over the label and would take the click.
      return page.locator('.activitybar li.action-item', { has: page.locator(`a.action-label[aria-label^="${title}"]`) });
    },
  };
}

/** Where a failing spec leaves a picture of the window, for whoever reads the CI log. */
/** Writes `text` as ROADMAP.md in a folder of its own in the scratch workspace, so the sample stays as it is. */
export async function scratchRoadmap(name: string, text: string): Promise<{ folder: string; file: string }> {
  const folder = join((await workbench()).workspace, name);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'ROADMAP.md');
  writeFileSync(file, text);
  return { folder, file };
}

/** Hides the bottom panel if it shows ("View: Hide Panel" is in the palette only then: asked for otherwise, a minute went by). */
export async function hidePanel(): Promise<void> {
  const wb = await workbench();
  if (await wb.page.locator('.part.panel').isVisible()) await wb.runCommand('View: Hide Panel');
}

/**
 * Opens a scratch roadmap in the editor, then its timeline. Quick Open's file search may need a moment to see a
 * file just written: it is asked again until the file opens.
 */
export async function openScratchTimeline(name: string): Promise<void> {
  const wb = await workbench();
  const { page } = wb;
  await hidePanel();
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const tab = page.locator('.tabs-container .tab.active', { hasText: 'ROADMAP.md' }).first();
  for (let attempt = 0; attempt < 6 && !(await tab.isVisible()); attempt++) {
    await page.keyboard.press('Control+P');
    await input.fill(`${name}/ROADMAP.md`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    if (await row.waitFor({ timeout: UI_TIMEOUT / 4 }).then(() => true, () => false)) await row.click();
    else await page.keyboard.press('Escape');
    await tab.waitFor({ timeout: UI_TIMEOUT / 8 }).catch(() => undefined);
  }
  await tab.waitFor();
  await wb.runCommand('Roadmap: Open Timeline');
}

/**
 * Leaves the workbench as the next spec expects after one that used a scratch roadmap: its edits reverted, the
 * editors closed, the folder gone, and the sample ROADMAP.md the most recent file in Quick Open's history (opened
 * from the Explorer, where only the sample is left). Each step's failure is logged, not thrown.
 */
export async function dropScratchRoadmap(folder: string, spec: string): Promise<void> {
  const wb = await workbench();
  const step = (what: Promise<unknown>) => what.catch((e: unknown) => console.log(`    ${spec} cleanup: ${String(e).split('\n')[0]}`));
  await step(wb.runCommand('View: Focus First Editor Group'));
  await step(wb.runCommand('File: Revert File'));
  await step(wb.runCommand('View: Close All Editors'));
  rmSync(folder, { recursive: true, force: true });
  await step(wb.runCommand('View: Show Explorer'));
  const sample = wb.page.locator('.explorer-folders-view .monaco-list-row[aria-level="1"]', { hasText: /^ROADMAP\.md$/ }).first();
  await step(sample.click());
  await step(wb.page.locator('.tabs-container .tab.active', { hasText: 'ROADMAP.md' }).first().waitFor({ timeout: UI_TIMEOUT }));
  await step(wb.runCommand('View: Close All Editors'));
}

export const failuresDir = join(repoRoot, 'test-results', 'e2e');

export const mochaHooks = {
  async afterEach(this: Mocha.Context): Promise<void> {
    const test = this.currentTest;
    if (test?.state !== 'failed' || !shared) return;
    const { page } = await shared;
    mkdirSync(failuresDir, { recursive: true });
    const path = join(failuresDir, `${test.fullTitle().replace(/[^\w-]+/g, '-').slice(0, 120)}.png`);
    await page.screenshot({ path }).catch(() => undefined);
    console.log(`    screenshot of the failure: ${path}`);
  },
  async afterAll(): Promise<void> {
    await browser?.close();
  },
};
