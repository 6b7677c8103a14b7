import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseRoadmap } from '../../src/core/parse/parse';
import { formatProgress } from '../../src/core/present/progressBar';
import { shortTitle } from '../../src/core/present/shortTitle';
import { repoRoot, UI_TIMEOUT, workbench } from './harness';

// A seed roadmap stands in for the sample's ROADMAP.md while this spec runs (one roadmap, so the tree's roots
// are its sections); the sample comes back afterwards for the other specs.
const seedsDir = resolve(repoRoot, '../shared/roadmaps/seeds');
const SEED = '001_27337086138f34d6.txt';

function seedText(): string {
  const file = join(seedsDir, SEED);
  if (!existsSync(file)) throw new Error(`seed roadmap missing: ${file} (found ${existsSync(seedsDir) ? readdirSync(seedsDir).join(', ') : 'no seeds folder'})`);
  return readFileSync(file, 'utf8');
}

/** Monaco draws spaces as no-break spaces; compare text the way it reads. */
const spaced = (text: string) => text.replace(/\u00a0/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('editor experience in the workbench', () => {
  let original = '';
  let roadmapPath = '';

  before(async () => {
    const wb = await workbench();
    roadmapPath = join(wb.workspace, 'ROADMAP.md');
    original = readFileSync(roadmapPath, 'utf8');
    writeFileSync(roadmapPath, seedText());
  });

  after(async () => {
    const wb = await workbench();
    await wb.page.keyboard.press('Escape');
    // The toggles left ROADMAP.md edited but unsaved: drop those edits first, so nothing is dirty when the sample
    // goes back on disk, then see the sample in the editor. Once (CI, 2026-12-01) a revert over a dirty model left
    // the seed showing for a minute; the editor is asked again to reload from disk until it shows the sample.
    await wb.openFile('ROADMAP.md');
    await wb.runCommand('View: Revert and Close Editor');
    writeFileSync(roadmapPath, original);
    const firstWords = original.split('\n')[0]!.replace(/^#+\s*/, '').split(/\s+/).slice(0, 2).map(escape).join('\\s+');
    const sample = wb.page.locator('.monaco-editor .view-lines', { hasText: new RegExp(firstWords) }).first();
    for (let attempt = 1; ; attempt++) {
      await wb.openFile('ROADMAP.md');
      if (await sample.waitFor({ timeout: UI_TIMEOUT / 3 }).then(() => true, () => false)) break;
      if (attempt === 3) throw new Error(`the sample roadmap did not come back in the editor (looked for /${firstWords}/ three times)`);
      await wb.runCommand('File: Revert File');
    }
    await wb.runCommand('View: Close All Editors');
  });

  /** Starts a palette command that opens its own quick pick (the harness's runCommand waits for the palette to close). */
  async function startCommand(title: string): Promise<void> {
    const { page } = await workbench();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-box input[placeholder="Choose the shape of your roadmap"]').waitFor();
  }

  it('shows the roadmap in the Progress view with per-section progress, and progress after every heading', async () => {
    const wb = await workbench();
    const { page } = wb;
    const model = parseRoadmap(seedText());
    await wb.openFile('ROADMAP.md');
    await wb.activityBarItem('Roadmap').click();
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Progress/i }) });
    const firstPhase = model.sections.find((s) => s.kind === 'phase' && s.progress.total > 0);
    assert.ok(firstPhase, 'the seed has a phase with tasks');
    // The tree's label leaves out the status and period words its icon and description already show.
    const row = view.locator('.monaco-list-row[role=treeitem]', { hasText: shortTitle(firstPhase) });
    await row.first().waitFor({ timeout: UI_TIMEOUT });
    assert.match(spaced(await row.first().innerText()), new RegExp(escape(formatProgress(firstPhase.progress))));
    await page.locator('.statusbar-item', { hasText: formatProgress(model.progress) }).first().waitFor({ timeout: UI_TIMEOUT });
    await wb.screenshot('tree');
    await wb.screenshot('decorations', page.locator('.editor-group-container').first());
  });

  it('ticks a task from its tree checkbox: the document and the counts follow', async () => {
    const wb = await workbench();
    const { page } = wb;
    const model = parseRoadmap(seedText());
    const task = model.tasks.find((t) => !t.checked && t.section !== null && t.depth === 0);
    assert.ok(task, 'the seed has an open task');
    const section = model.sections[task.section!]!;
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Progress/i }) });
    const taskRow = view.locator('.monaco-list-row[role=treeitem]', { hasText: task.text }).first();
    await taskRow.waitFor();
    const checkbox = taskRow.locator('.custom-view-tree-node-item-checkbox');
    assert.equal(await checkbox.getAttribute('aria-checked'), 'false');
    const ticked = (): Promise<unknown> =>
      page.waitForFunction(
        ([text]) => Array.from(document.querySelectorAll('.monaco-editor .view-line')).some((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').includes(`[x] ${text}`)),
        [task.text],
        { timeout: UI_TIMEOUT / 6 },
      );
    // The tree may redraw its rows (health marks arriving) between finding the box and the click landing, and a click
    // on a row being replaced is lost: click again only while the box still reads unticked, so nothing toggles twice.
    let done = false;
    for (let attempt = 0; attempt < 3 && !done; attempt++) {
      if ((await checkbox.getAttribute('aria-checked')) === 'false') await checkbox.click();
      done = await ticked().then(() => true, () => false);
    }
    assert.ok(done, `the document shows "[x] ${task.text}" after the tree checkbox was clicked`);
    const editorLine = page.locator('.monaco-editor .view-line', { hasText: task.text }).first();
    assert.match(spaced(await editorLine.innerText()), /\[x\]/);
    const after = formatProgress({ done: section.progress.done + 1, total: section.progress.total });
    await view.locator('.monaco-list-row[role=treeitem]', { hasText: shortTitle(section) }).filter({ hasText: after }).first().waitFor({ timeout: UI_TIMEOUT });
    await view.locator('.monaco-list-row[role=treeitem]', { hasText: task.text }).locator('.custom-view-tree-node-item-checkbox[aria-checked=true]').first().waitFor();
    await wb.screenshot('toggle');
  });

  it('toggles the task under the cursor with Ctrl+Alt+Enter, and back', async () => {
    const wb = await workbench();
    const { page } = wb;
    const model = parseRoadmap(seedText());
    const task = [...model.tasks].reverse().find((t) => !t.checked);
    assert.ok(task);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(task.line));
    await page.keyboard.press('Enter');
    const line = (checked: boolean) =>
      page.waitForFunction(
        ([text, box]) => Array.from(document.querySelectorAll('.monaco-editor .view-line')).some((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').includes(`${box} ${text}`)),
        [task.text, checked ? '[x]' : '[ ]'],
        { timeout: UI_TIMEOUT },
      );
    await line(false);
    await page.keyboard.press('Control+Alt+Enter');
    await line(true);
    await page.keyboard.press('Control+Alt+Enter');
    await line(false);
  });

  it('creates a roadmap from the palette, never replacing the existing one without asking', async () => {
    const wb = await workbench();
    const { page } = wb;
    const onDisk = readFileSync(roadmapPath, 'utf8');
    await startCommand('Roadmap: New Roadmap…');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor();
    assert.ok((await rows.count()) >= 5, 'one entry per template');
    await wb.screenshot('new-roadmap');
    await page.keyboard.press('Enter');
    // The workspace folder already has a ROADMAP.md: choosing it must ask first. Dismiss the question.
    await page.locator('.quick-input-widget .quick-input-box input[placeholder="Where should the roadmap go?"]').waitFor();
    await page.keyboard.press('Enter');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    assert.match(await dialog.innerText(), /already exists/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(readFileSync(roadmapPath, 'utf8'), onDisk, 'the existing roadmap is untouched');
    // Again, into an untitled editor this time.
    await startCommand('Roadmap: New Roadmap…');
    await rows.first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-box input[placeholder="Where should the roadmap go?"]').waitFor();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Untitled' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: /Untitled/ }).waitFor({ timeout: UI_TIMEOUT });
    await page.locator('.monaco-editor .view-line', { hasText: '- [ ]' }).first().waitFor();
    await wb.screenshot('new-roadmap-created');
    await wb.runCommand('View: Revert and Close Editor');
  });
});
