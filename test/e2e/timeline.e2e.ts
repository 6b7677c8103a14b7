import assert from 'node:assert/strict';
import { seedText } from '../unit/helpers/corpus';
import { dropScratchRoadmap, openScratchTimeline, scratchRoadmap, UI_TIMEOUT, workbench } from './harness';

// Seed 003 (six phases on a twelve-week axis) is copied into its own folder of the scratch workspace while this
// spec runs, so the sample ROADMAP.md the other specs use stays as it is.
describe('timeline in the workbench', () => {
  let folder = '';

  before(async () => {
    ({ folder } = await scratchRoadmap('timeline-e2e', seedText('003')));
  });

  after(() => dropScratchRoadmap(folder, 'timeline'));

  it('opens the timeline of seed 003 with six bars, reveals a heading on click, and moves a bar when its period is edited', async () => {
    const wb = await workbench();
    const { page } = wb;
    await openScratchTimeline('timeline-e2e');

    const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const bars = view.locator('g.item');
    await bars.nth(5).waitFor({ timeout: UI_TIMEOUT });
    assert.equal(await bars.count(), 6);
    assert.match((await bars.nth(2).getAttribute('aria-label')) ?? '', /Phase 3: Advanced UI\/UX.*Weeks 5–7/);
    await wb.screenshot('timeline');

    // Click Phase 4: the editor shows its heading with the cursor on it.
    const line = Number(await bars.nth(3).getAttribute('data-line'));
    await bars.nth(3).locator('.bar').click();
    await page.locator('#status\\.editor\\.selection', { hasText: `Ln ${line},` }).waitFor({ timeout: UI_TIMEOUT });
    const current = page.locator('.monaco-editor .view-overlays .current-line').first();
    assert.ok(await current.count(), 'the editor has a current line');

    // Edit Phase 2's period in the editor: "(Weeks 4-6)" becomes "(Weeks 6-8)". Go to line:column (markdown
    // wraps long lines, so Home/End would stop at the wrap), select "4-6" and type over it.
    const phase2Line = Number(await bars.nth(1).getAttribute('data-line'));
    const headingText = seedText('003').split(/\r?\n/)[phase2Line - 1];
    const column = headingText.indexOf('(Weeks 4-6)') + '(Weeks '.length + 1;
    assert.ok(column > 8, headingText);
    const x = async () => Number(await bars.nth(1).locator('rect.bar').getAttribute('x'));
    const before = await x();
    await page.keyboard.press('Control+G');
    await page.keyboard.type(`${phase2Line}:${column}`);
    await page.keyboard.press('Enter');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('6-8');
    await page.keyboard.press('Escape');
    const end = Date.now() + UI_TIMEOUT;
    while ((await x()) === before && Date.now() < end) await page.waitForTimeout(100);
    const after = await x();
    assert.ok(after > before, `Phase 2's bar moved right (${before} → ${after})`);
    assert.match((await bars.nth(1).getAttribute('aria-label')) ?? '', /Weeks 6–8/);
  });
});
