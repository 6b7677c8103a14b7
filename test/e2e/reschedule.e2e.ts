import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { seedText } from '../unit/helpers/corpus';
import { dropScratchRoadmap, openScratchTimeline, scratchRoadmap, workbench } from './harness';

// Drag to reschedule, as a user does it: Phase 2 of seed 003 dragged one week to the right on the timeline, the
// file saved and compared byte for byte, then Ctrl+Z in the editor and compared again.
describe('drag to reschedule in the workbench', () => {
  let folder = '';
  let file = '';
  const original = seedText('003');

  before(async () => {
    ({ folder, file } = await scratchRoadmap('reschedule-e2e', original));
  });

  after(() => dropScratchRoadmap(folder, 'reschedule'));

  it('a bar dragged one week on seed 003 changes "(Weeks 4-6)" to "(Weeks 5-7)" and nothing else; Ctrl+Z restores the bytes', async () => {
    const wb = await workbench();
    const { page } = wb;
    await openScratchTimeline('reschedule-e2e');

    const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const bars = view.locator('g.item');
    await bars.nth(5).waitFor({ timeout: 30_000 });
    const phase2 = bars.nth(1);
    assert.match((await phase2.getAttribute('aria-label')) ?? '', /Phase 2: Server Integration.*Weeks 4–6/);
    const box = await phase2.locator('rect.bar').boundingBox();
    assert.ok(box, 'Phase 2 has a bar on screen');
    const week = box.width / 3;
    const y = box.y + box.height / 2;
    const x0 = box.x + box.width / 2;
    await page.mouse.move(x0, y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(x0 + (week * i) / 8, y);
    await page.mouse.up();
    await view.locator('g.item[aria-label*="Weeks 5–7"]').first().waitFor({ timeout: 15_000 });
    await wb.screenshot('reschedule');

    await wb.runCommand('View: Focus First Editor Group');
    await wb.runCommand('File: Save');
    const expected = original.replace('(Weeks 4-6)', '(Weeks 5-7)');
    assert.notEqual(expected, original);
    const saved = async (want: string) => {
      const end = Date.now() + 10_000;
      while (readFileSync(file, 'utf8') !== want && Date.now() < end) await page.waitForTimeout(100);
      return readFileSync(file, 'utf8');
    };
    assert.equal(await saved(expected), expected, 'only the period words changed');

    await page.keyboard.press('Control+Z');
    await wb.runCommand('File: Save');
    assert.equal(await saved(original), original, 'Ctrl+Z restores the bytes');
  });
});
