import assert from 'node:assert/strict';
import { UI_TIMEOUT, workbench } from './harness';

describe('the packaged extension in the workbench', () => {
  it('is active on the sample workspace: its log says so', async () => {
    const wb = await workbench();
    await wb.openFile('ROADMAP.md');
    await wb.runCommand('Roadmap: Show Log');
    const output = wb.page.locator('.part.panel .view-lines');
    // The Output view follows the end of the log, and the earlier specs logged plenty: go to its first lines.
    await output.first().waitFor({ timeout: UI_TIMEOUT });
    await output.first().click();
    await wb.page.keyboard.press('Control+Home');
    // Monaco draws spaces as no-break spaces: match them with \s.
    await output.filter({ hasText: /Roadmap\s\d+\.\d+\.\d+\sactivated/ }).waitFor({ timeout: UI_TIMEOUT });
    // The specs share one workspace: the ones before this one add their own roadmaps, so the count is theirs too.
    await output.filter({ hasText: /indexed\s[1-9]\d*\sroadmap\sfile/ }).waitFor({ timeout: UI_TIMEOUT });
    assert.match(await output.innerText(), /activated/);
    await wb.screenshot('log');
  });

  it('shows the sample roadmap in the editor with the Roadmap view container in the activity bar', async () => {
    const wb = await workbench();
    await wb.runCommand('View: Hide Panel');
    await wb.openFile('ROADMAP.md');
    const editor = wb.page.locator('.editor-group-container .monaco-editor .view-lines').first();
    await editor.filter({ hasText: /Orchard\sPlanner\sRoadmap/ }).waitFor();
    assert.equal(await wb.activityBarItem('Roadmap').count(), 1);
    await wb.screenshot('editor');
  });
});
