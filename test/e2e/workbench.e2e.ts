import assert from 'node:assert/strict';
import { workbench } from './harness';

describe('the packaged extension in the workbench', () => {
  it('is active on the sample workspace: its log says so', async () => {
    const wb = await workbench();
    await wb.openFile('ROADMAP.md');
    await wb.runCommand('Roadmap: Show Log');
    const output = wb.page.locator('.part.panel .view-lines');
    await output.filter({ hasText: /Roadmap \d+\.\d+\.\d+ activated/ }).waitFor({ timeout: 30_000 });
    await output.filter({ hasText: /indexed 1 roadmap file/ }).waitFor({ timeout: 30_000 });
    assert.match(await output.innerText(), /activated/);
    await wb.screenshot('log');
  });

  it('shows the sample roadmap in the editor with the Roadmap view container in the activity bar', async () => {
    const wb = await workbench();
    await wb.runCommand('View: Close Panel');
    await wb.openFile('ROADMAP.md');
    await wb.page.locator('.monaco-editor .view-lines', { hasText: 'Orchard Planner Roadmap' }).waitFor();
    assert.equal(await wb.activityBarItem('Roadmap').count(), 1);
    await wb.screenshot('editor');
  });
});
