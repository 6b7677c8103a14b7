import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RoadmapApi } from '../../src/extension';
import { commands } from '../../src/host/constants';
import type { TimelinePanel } from '../../src/host/timeline/timelinePanel';
import { seeds } from './corpusSeeds';
import { workspaceGeometry } from '../../src/core/timeline/svg';
import { roadmapApi, until } from './helpers';

/** A seed roadmap by its number; the bundler inlines the seeds (the web extension host has no file system to read). */
function seed(prefix: string): string {
  const found = seeds.find((s) => s.name.startsWith(prefix));
  assert.ok(found, `seed ${prefix} not found among ${seeds.length} seeds`);
  return found.text;
}

async function writeRoadmap(folderName: string, text: string): Promise<vscode.Uri> {
  const root = vscode.workspace.workspaceFolders?.[0];
  assert.ok(root, 'the tests need a workspace folder');
  const uri = vscode.Uri.joinPath(root.uri, folderName, 'ROADMAP.md');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

function itemsOf(panel: TimelinePanel) {
  return (panel.currentLayout()?.rows ?? []).flatMap((r) => r.items);
}

describe('timeline panel in the extension host', () => {
  let a: RoadmapApi;
  let uri: vscode.Uri;
  let panel: TimelinePanel;
  let editor: vscode.TextEditor;

  before(async () => {
    a = await roadmapApi();
    uri = await writeRoadmap('timeline-tests', seed('003'));
    editor = await vscode.window.showTextDocument(uri);
    await a.index.refresh(uri);
  });

  after(async () => {
    panel?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens beside the editor for the active roadmap, and the webview draws six rows for seed 003', async () => {
    const opened = await vscode.commands.executeCommand<TimelinePanel | undefined>(commands.openTimeline);
    assert.ok(opened, 'Open Timeline returned no panel');
    panel = opened;
    assert.equal(panel.uri.toString(), uri.toString());
    assert.notEqual(panel.panel.viewColumn, editor.viewColumn);
    const rendered = await until('the webview to draw', () => panel.lastRendered, 15_000);
    assert.equal(rendered.rows, 6);
    assert.equal(panel.currentLayout()?.axis.unit, 'week');
    assert.deepEqual(itemsOf(panel).map((i) => i.id), ['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4', 'Phase 5', 'Phase 6']);
    assert.match(panel.panel.webview.html, /default-src 'none'/);
    assert.match(panel.panel.webview.html, /script-src 'nonce-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(panel.panel.webview.html, /Enhancement|onerror|style=/, 'the page shell carries no document text and no inline style');
  });

  it('a restored panel whose saved state names no roadmap URI closes quietly instead of throwing', async () => {
    for (const bad of ['not a uri', '', 'javascript:alert(1)', '::::', 'file:', '%', 42, null]) {
      const restored = vscode.window.createWebviewPanel('roadmap.timeline', 'restored', vscode.ViewColumn.Active, {});
      let disposed = false;
      restored.onDidDispose(() => (disposed = true));
      await a.timeline.restore(restored, { uri: bad, zoom: 1, scrollLeft: 0, scrollTop: 0 });
      assert.ok(disposed, `panel for ${JSON.stringify(bad)} closed`);
    }
    for (const bad of [undefined, 'a string', { zoom: 1 }]) {
      const restored = vscode.window.createWebviewPanel('roadmap.timeline', 'restored', vscode.ViewColumn.Active, {});
      await a.timeline.restore(restored, bad);
    }
  });

  it('opening again reveals the same panel', async () => {
    const again = await vscode.commands.executeCommand<TimelinePanel | undefined>(commands.openTimeline, uri);
    assert.equal(again, panel);
  });

  it('moves the bar when a period is edited, and the webview redraws that version', async () => {
    const doc = editor.document;
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('### Phase 2:'));
    const text = doc.lineAt(line).text;
    const at = text.indexOf('(Weeks 4-6)');
    assert.ok(at > 0, text);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(line, at, line, at + '(Weeks 4-6)'.length), '(Weeks 6-8)');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const version = doc.version;
    await until('the redraw of the edited version', () => (panel.lastRendered?.version ?? 0) >= version, 15_000);
    const phase2 = itemsOf(panel).find((i) => i.id === 'Phase 2');
    assert.deepEqual([phase2?.start, phase2?.end], ['W6', 'W8']);
  });

  it('reveals a heading for a valid line and ignores forged messages', async () => {
    const phase4 = itemsOf(panel).find((i) => i.id === 'Phase 4');
    assert.ok(phase4);
    await panel.handleMessage({ type: 'reveal', line: phase4.line });
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), uri.toString());
    assert.equal(active?.selection.active.line, phase4.line - 1);
    assert.match(active?.document.lineAt(phase4.line - 1).text ?? '', /^### Phase 4/);

    for (const bad of [{ type: 'reveal', line: 1_000_000 }, { type: 'reveal', line: 0 }, { type: 'reveal', line: '3' }, { type: 'runCommand', id: 'workbench.action.quit' }, null, 'reveal']) {
      await panel.handleMessage(bad);
      assert.equal(vscode.window.activeTextEditor?.selection.active.line, phase4.line - 1, JSON.stringify(bad));
    }
  });

  it('exports the same picture as SVG', async () => {
    const target = vscode.Uri.joinPath(uri, '..', 'timeline.svg');
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>(commands.exportTimelineSvg, uri, target);
    assert.equal(saved?.toString(), target.toString());
    const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.equal(svg.match(/<g class="item"/g)?.length, 6);
  });

  it('measures how long the panel takes to update after an edit on a 10k-task roadmap', async function () {
    this.timeout(120_000);
    const lines = ['# Big plan', ''];
    for (let p = 1; p <= 100; p++) {
      lines.push(`## Phase ${p}: Stream ${p} (Weeks ${p}-${p + 2})`, '');
      for (let t = 1; t <= 100; t++) lines.push(`- [${(p * t) % 3 === 0 ? 'x' : ' '}] Task ${p}.${t}`);
      lines.push('');
    }
    const big = await writeRoadmap('timeline-big', lines.join('\n'));
    const bigEditor = await vscode.window.showTextDocument(big);
    await a.index.refresh(big);
    const bigPanel = await a.timeline.open(big);
    assert.ok(bigPanel);
    try {
      await until('the first drawing of the big roadmap', () => bigPanel.lastRendered, 60_000);
      assert.equal(bigPanel.lastRendered?.rows, 100);
      const times: number[] = [];
      const modelTimes: number[] = [];
      let modelAt = 0;
      const sub = a.index.onDidChange(({ uris }) => {
        if (uris.some((u) => u.toString() === big.toString())) modelAt = Date.now();
      });
      for (let i = 0; i < 5; i++) {
        const line = 2 + i * 103;
        const text = bigEditor.document.lineAt(line).text;
        const edit = new vscode.WorkspaceEdit();
        edit.replace(big, new vscode.Range(line, 0, line, text.length), text.replace(/\(Weeks (\d+)-/, (_m, w: string) => `(Weeks ${Number(w) + 1}-`));
        const start = Date.now();
        assert.ok(await vscode.workspace.applyEdit(edit));
        const version = bigEditor.document.version;
        await until('the redraw after the edit', () => (bigPanel.lastRendered?.version ?? 0) >= version, 60_000);
        times.push(Date.now() - start);
        modelTimes.push(modelAt - start);
      }
      sub.dispose();
      const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
      // A figure for the report, not a timed assertion: it includes the index's typing debounce and re-parse.
      console.log(`timeline: 10k tasks, edit → redrawn in median ${median(times)} ms (all: ${times.join(', ')}); `
        + `of which edit → new model (debounce + parse) median ${median(modelTimes)} ms, model → layout drawn median ${median(times.map((t, i) => t - modelTimes[i]))} ms`);
    } finally {
      bigPanel.dispose();
    }
  });
});

describe('workspace timeline in the extension host', () => {
  let a: RoadmapApi;
  let panel: TimelinePanel | undefined;
  let web: vscode.Uri;
  let api: vscode.Uri;

  before(async () => {
    a = await roadmapApi();
    // A dated roadmap (quarters) and one in relative weeks: two files that share no calendar.
    web = await writeRoadmap('workspace-web', seed('001'));
    api = await writeRoadmap('workspace-api', seed('003'));
    await a.index.refresh(web);
    await a.index.refresh(api);
    await vscode.window.showTextDocument(api);
  });

  after(async () => {
    panel?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const groupOf = (p: TimelinePanel, uri: vscode.Uri) => p.workspaceGroups().find((g) => g.uri.toString() === uri.toString());

  it('draws every indexed roadmap in one chart, one group per file, and the webview draws each group', async () => {
    panel = await vscode.commands.executeCommand<TimelinePanel | undefined>(commands.openWorkspaceTimeline);
    assert.ok(panel, 'Open Workspace Timeline returned no panel');
    const p = panel;
    assert.equal(p.workspace, true);
    assert.equal(p.panel.title, 'Timeline: Workspace');
    const groups = p.workspaceGroups();
    const names = groups.map((g) => g.fileName);
    assert.ok(names.includes('workspace-web/ROADMAP.md') && names.includes('workspace-api/ROADMAP.md'), names.join(', '));
    assert.equal(groups.length, a.index.all().filter((e) => !e.error).length, 'every readable roadmap of the index');
    assert.equal(groupOf(p, web)?.layout.axis.mode, 'date');
    const weeks = groupOf(p, api)?.layout;
    assert.equal(weeks?.axis.mode, 'week', 'the relative weeks keep their own axis');
    assert.equal(weeks?.axis.start, 'W1');
    const expected = workspaceGeometry(groups.map((g) => ({ name: g.fileName, layout: g.layout }))).rows.length;
    const rendered = await until('the webview to draw the workspace chart', () => (p.lastRendered?.groups === groups.length ? p.lastRendered : undefined), 20_000);
    assert.equal(rendered.rows, expected, 'row labels the page drew');
  });

  it('reveals an item in its own file, and ignores a reveal that names no file it showed', async () => {
    const p = panel!;
    const groups = p.workspaceGroups();
    const file = groups.findIndex((g) => g.uri.toString() === web.toString());
    const item = groups[file].layout.rows.flatMap((r) => r.items)[0];
    assert.ok(item);
    await p.handleMessage({ type: 'reveal', line: item.line, file });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), web.toString());
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, item.line - 1);
    for (const bad of [{ type: 'reveal', line: item.line, file: groups.length + 5 }, { type: 'reveal', line: 2, file: -1 }, { type: 'reveal', line: 2 }, { type: 'reveal', line: 1_000_000, file }]) {
      await p.handleMessage(bad);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), web.toString(), JSON.stringify(bad));
      assert.equal(vscode.window.activeTextEditor?.selection.active.line, item.line - 1, JSON.stringify(bad));
    }
  });

  it('follows the index: a new roadmap adds a group; switching back shows one file', async () => {
    const p = panel!;
    const before = p.lastRendered?.groups ?? 0;
    const ops = await writeRoadmap('workspace-ops', seed('004'));
    await a.index.refresh(ops);
    await until('the new file\'s group in the webview', () => ((p.lastRendered?.groups ?? 0) > before ? true : undefined), 20_000);
    assert.equal(p.lastRendered?.groups, before + 1);
    // A reloaded window brings the workspace chart back from the webview's saved state.
    const restored = vscode.window.createWebviewPanel('roadmap.timeline', 'restored', vscode.ViewColumn.Active, {});
    await a.timeline.restore(restored, { uri: ops.toString(), zoom: 1, scrollLeft: 0, scrollTop: 0, workspace: true });
    assert.equal(restored.title, 'Timeline: Workspace');
    restored.dispose();
    await p.handleMessage({ type: 'mode', workspace: false });
    assert.equal(p.workspace, false);
    await until('the one-file chart', () => (p.lastRendered && p.lastRendered.groups === undefined ? true : undefined), 20_000);
    assert.match(p.panel.title, /^Timeline: .*ROADMAP\.md$/);
    await vscode.workspace.fs.delete(ops);
  });
});
