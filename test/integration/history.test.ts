import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { RoadmapApi } from '../../src/extension';
import type { TimelinePanel } from '../../src/host/timeline/timelinePanel';
import { roadmapApi, until, workspaceFolder } from './helpers';

const v1 = `# Plan

## Phase 1: Setup (2026-03-02 → 2026-03-13)
- [ ] Set up CI
- [ ] Write parser

## Phase 2: Features (2026-03-16 → 2026-03-27)
- [ ] Add login page
- [ ] Export reports
`;
const v2 = v1.replace('- [ ] Set up CI', '- [x] Set up CI');
const v3 = v2.replace('- [ ] Write parser', '- [x] Write parser').replace('- [ ] Add login page', '- [ ] Add the login page (OAuth)');

interface GitOpener {
  openRepository(root: vscode.Uri): Promise<unknown>;
}

describe('history in the extension host @node', function () {
  this.timeout(60_000);
  let a: RoadmapApi;
  let uri: vscode.Uri;
  let commits: string[];
  let panel: TimelinePanel | undefined;

  before(async () => {
    a = await roadmapApi();
    const dir = vscode.Uri.joinPath(workspaceFolder(), 'history-repo');
    await vscode.workspace.fs.createDirectory(dir);
    const git = (args: string[], env: Record<string, string> = {}) =>
      execFileSync('git', args, {
        cwd: dir.fsPath,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.com', ...env },
      });
    git(['init', '-q', '-b', 'main']);
    uri = vscode.Uri.joinPath(dir, 'ROADMAP.md');
    commits = [];
    for (const [text, day, author] of [[v1, '2026-03-02', 'Ada'], [v2, '2026-03-05', 'Bob'], [v3, '2026-03-18', 'Cy']]) {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      git(['add', 'ROADMAP.md']);
      const stamp = `${day}T12:00:00`;
      git(['commit', '-q', '-m', `on ${day}`], { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp, GIT_AUTHOR_NAME: author });
      commits.push(git(['rev-parse', 'HEAD']).trim());
    }
    // The Git extension scans the workspace when it opens; a repository made afterwards is opened for it.
    const gitExtension = vscode.extensions.getExtension<{ getAPI(v: 1): GitOpener }>('vscode.git');
    assert.ok(gitExtension, 'the built-in Git extension');
    const api = (gitExtension.isActive ? gitExtension.exports : await gitExtension.activate()).getAPI(1);
    await api.openRepository(dir);
    await vscode.window.showTextDocument(uri);
    await a.index.refresh(uri);
    await a.history.whenLoaded(uri);
  });

  after(async () => {
    panel?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('dates each tick from the Git extension\'s log, following the rewording', async () => {
    const h = await until('the history', () => a.history.get(uri), 20_000);
    assert.equal(h.commits, 3);
    const ci = h.tasks.find((t) => t.text === 'Set up CI');
    assert.deepEqual([ci?.doneAt, ci?.commit, ci?.author], ['2026-03-05', commits[1], 'Bob']);
    const login = h.tasks.find((t) => t.text === 'Add the login page (OAuth)');
    assert.equal(login?.addedAt, '2026-03-02');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(3, 8));
    const text = hovers.flatMap((hv) => hv.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, new RegExp(`done 2026-03-05 in ${commits[1].slice(0, 7)} by Bob`));
  });

  it('counts an unsaved tick as now, and marks it as since the last commit', async () => {
    const editor = vscode.window.activeTextEditor!;
    const line = editor.document.lineAt(8);
    assert.match(line.text, /- \[ \] Export reports/);
    await editor.edit((b) => b.replace(new vscode.Range(8, 3, 8, 4), 'x'));
    const h = await until('the unsaved tick', () => {
      const facts = a.history.get(uri);
      return facts?.tasks.find((t) => t.text === 'Export reports' && t.uncommitted === 'ticked') ? facts : undefined;
    });
    const today = h.today;
    assert.equal(h.tasks.find((t) => t.text === 'Export reports')?.doneAt, today);
    assert.deepEqual(h.burnup.at(-1), { date: today, done: 3, total: 4 });
  });

  it('the timeline gets actual bars under the planned ones and the burn-up', async () => {
    panel = await a.timeline.open(uri);
    assert.ok(panel);
    await until('the webview to draw', () => panel!.lastRendered, 15_000);
    const message = a.timelineHistory.message(panel);
    assert.ok(message);
    const layout = panel.currentLayout()!;
    const p1 = layout.rows.flatMap((r) => r.items).find((i) => i.id === 'Phase 1')!;
    const bar = message.bars.find((b) => b.section === p1.section);
    assert.ok(bar, 'Phase 1 has an actual bar');
    // Planned 2 → 13 March, ticked on the 5th and the 18th: five days late.
    assert.equal(bar.start - p1.offset, 3);
    assert.equal(bar.end! - p1.offset, 16);
    assert.equal(bar.lateDays, 5);
    assert.match(message.notes[String(p1.section)], /finished 5 days late/);
    assert.equal(message.burnup[0].date, '2026-03-02');
    assert.deepEqual(message.burnup.at(-1), { date: message.today, done: 3, total: 4 });
    assert.equal(message.units[String(p1.section)], 1, 'ISO days snap to days');
  });
});
