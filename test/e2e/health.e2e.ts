import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_TIMEOUT, workbench } from './harness';

// A roadmap whose phase says "(In Progress)" while every task is ticked: one problem, one quick fix.
const ROADMAP = '# Health check\n\n## Phase 1: Setup (In Progress)\n\n- [x] Install the tools\n- [x] Configure the build\n\n## Phase 2: Ship\n\n- [ ] Publish\n';
const MESSAGE = '"Phase 1: Setup (In Progress)" is marked "In Progress" but all 2 of its tasks are done.';

const spaced = (text: string) => text.replace(/\u00a0/g, ' ');

describe('roadmap health in the workbench', () => {
  let file = '';

  before(async () => {
    const wb = await workbench();
    mkdirSync(join(wb.workspace, 'health-e2e'), { recursive: true });
    file = join(wb.workspace, 'health-e2e', 'ROADMAP.md');
    writeFileSync(file, ROADMAP);
  });

  after(async () => {
    const wb = await workbench();
    await wb.page.keyboard.press('Escape');
    await wb.runCommand('View: Close All Editors');
    rmSync(join(wb.workspace, 'health-e2e'), { recursive: true, force: true });
  });

  it('lists the problem in the Problems panel, applies its quick fix to the status words only, and Ctrl+Z restores the bytes', async () => {
    const wb = await workbench();
    const { page } = wb;
    // The file is not open: the Problems panel lists it from the documents index.
    await wb.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const problems = page.locator('.markers-panel');
    await problems.locator('.monaco-list-row', { hasText: MESSAGE }).first().waitFor({ timeout: UI_TIMEOUT });
    await problems.locator('.monaco-list-row', { hasText: 'status-contradicts-tasks' }).first().waitFor();
    await wb.screenshot('health-problems');

    await wb.openFile('health-e2e/ROADMAP.md');
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    // Go to the problem (the cursor lands on its words), then ask for its quick fixes.
    await wb.runCommand('Go to Next Problem in Files (Error, Warning, Info)');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Change the status to "Completed", as the tasks say' }).first();
    // Asked before the code actions of the new position are in, the widget says there are none: ask again.
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      if (await fix.waitFor({ timeout: UI_TIMEOUT / 5 }).then(() => true, () => false)) break;
    }
    await fix.waitFor({ timeout: UI_TIMEOUT });
    await wb.screenshot('health-quick-fix');
    await fix.click();
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('.monaco-editor .view-line')).some((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').includes('## Phase 1: Setup (Completed)')),
      undefined,
      { timeout: UI_TIMEOUT },
    );
    await page.keyboard.press('Control+S');
    await waitForDisk(file, ROADMAP.replace('(In Progress)', '(Completed)'));
    assert.equal(readFileSync(file, 'utf8'), ROADMAP.replace('## Phase 1: Setup (In Progress)', '## Phase 1: Setup (Completed)'));
    await problems.locator('.monaco-list-row', { hasText: MESSAGE }).first().waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+S');
    await waitForDisk(file, ROADMAP);
    assert.deepEqual(readFileSync(file), Buffer.from(ROADMAP, 'utf8'));
    assert.match(spaced(await page.locator('.monaco-editor .view-line', { hasText: 'Phase 1' }).first().innerText()), /\(In Progress\)/);
  });
});

async function waitForDisk(file: string, expected: string): Promise<void> {
  const end = Date.now() + UI_TIMEOUT;
  while (readFileSync(file, 'utf8') !== expected) {
    if (Date.now() > end) throw new Error(`${file} never held the expected text; it holds:\n${readFileSync(file, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
