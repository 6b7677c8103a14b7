import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RoadmapTreeModel, TreeNode } from '../../src/host/tree/treeModel';
import { roadmapApi, until, workspaceFolder } from './helpers';

const encoder = new TextEncoder();

function walk(model: RoadmapTreeModel, nodes: TreeNode[] = model.roots(), out: TreeNode[] = []): TreeNode[] {
  for (const node of nodes) {
    out.push(node);
    walk(model, model.children(node), out);
  }
  return out;
}

const ROADMAP = [
  '# Health',
  '',
  '## Phases',
  '',
  '- [x] **Phase 1: Core**',
  '',
  '## Progress',
  '',
  '| Phase | Plans | Status |',
  '|---|---|---|',
  '| 1. Core | 2/2 | Complete |',
  '',
  '## Phase 1: Core (Completed)',
  '',
  '- [x] parser',
  '- [ ] printer',
  '- [] docs',
  '-[ ] tests',
  '',
  '## Phase 2: Release',
  '',
  'Dependencies: Phase 7, Phase 1',
  '',
  '- [ ] publish',
  '',
].join('\n');

async function writeRoadmap(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceFolder(), 'health-tests', name, 'ROADMAP.md');
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
  return uri;
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'roadmap');
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** The quick fixes at a diagnostic; the workbench cancels a request when markers change under it, so ask again. */
async function actionsAt(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return until(`quick fixes for ${d.message}`, async () => {
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
      return actions.length > 0 ? actions : undefined;
    } catch {
      return undefined;
    }
  });
}

async function apply(document: vscode.TextDocument, action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has no edit`);
  const version = document.version;
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  await until('the edit to land', () => document.version > version);
}

describe('health in the editor', () => {
  it('lists a closed roadmap\'s problems, with codes that link to the README', async function () {
    // The first suite to run may wait for the extension to activate and scan the workspace.
    this.timeout(60_000);
    const a = await roadmapApi();
    const uri = await writeRoadmap('closed', ROADMAP);
    await a.index.refresh(uri);
    const found = await until('diagnostics for a file that is not open', () => (ours(uri).length >= 7 ? ours(uri) : undefined));
    assert.deepEqual(found.map(codeOf).sort(), ['malformed-box', 'malformed-box', 'status-contradicts-tasks', 'summary-disagrees', 'table-disagrees', 'table-disagrees', 'unknown-dependency']);
    const unknown = found.find((d) => codeOf(d) === 'unknown-dependency')!;
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(unknown.range.start.line, 21);
    const code = unknown.code as { value: string; target: vscode.Uri };
    assert.match(code.target.path, /README\.md$/);
    assert.equal(code.target.fragment, 'unknown-dependency');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file stayed closed');
  });

  it('quick fixes rewrite only the words concerned, each undoable', async () => {
    const a = await roadmapApi();
    const uri = await writeRoadmap('fixes', ROADMAP);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await until('diagnostics', () => ours(uri).length >= 7);
    const status = ours(uri).find((d) => codeOf(d) === 'status-contradicts-tasks')!;
    assert.equal(document.getText(status.range), 'Completed');
    const actions = await actionsAt(uri, status);
    const titles = actions.map((x) => x.title);
    assert.ok(titles.includes('Change the status to "In Progress", as the tasks say'), titles.join(' | '));
    assert.ok(titles.includes('Tick the 3 remaining tasks instead') || titles.includes('Tick the 1 remaining tasks instead') || titles.some((t) => t.startsWith('Tick the')), titles.join(' | '));
    await apply(document, actions.find((x) => x.title.startsWith('Change the status'))!);
    assert.equal(document.lineAt(12).text, '## Phase 1: Core (In Progress)');
    assert.equal(document.getText(), ROADMAP.replace('## Phase 1: Core (Completed)', '## Phase 1: Core (In Progress)'));
    await vscode.commands.executeCommand('undo');
    await until('undo', () => document.getText() === ROADMAP);

    // The unknown dependency offers the closest known id and rewrites only it.
    await a.index.refresh(uri);
    const unknown = await until('the dependency diagnostic', () => ours(uri).find((d) => codeOf(d) === 'unknown-dependency'));
    assert.equal(document.getText(unknown.range), 'Phase 7');
    const replace = (await actionsAt(uri, unknown)).find((x) => x.title === 'Depend on "Phase 2" instead' || x.title === 'Depend on "Phase 1" instead');
    assert.ok(replace);
    await apply(document, replace);
    assert.match(document.lineAt(21).text, /^Dependencies: Phase [12], Phase 1$/);
    await vscode.commands.executeCommand('undo');
    await until('undo', () => document.getText() === ROADMAP);

    // Table cell, summary box, and "fix all" for the malformed boxes.
    await a.index.refresh(uri);
    const cell = await until('a table diagnostic', () => ours(uri).find((d) => codeOf(d) === 'table-disagrees' && document.getText(d.range) === '2/2'));
    await apply(document, (await actionsAt(uri, cell)).find((x) => x.title === 'Change the cell to "1/2", as the tasks say')!);
    assert.equal(document.lineAt(10).text, '| 1. Core | 1/2 | Complete |');
    await a.index.refresh(uri);
    const box = await until('a malformed box', () => ours(uri).find((d) => codeOf(d) === 'malformed-box'));
    const all = (await actionsAt(uri, box)).find((x) => x.title === 'Repair all 2 task boxes in this file');
    assert.ok(all, 'fix all is offered');
    await apply(document, all);
    assert.deepEqual([16, 17].map((l) => document.lineAt(l).text), ['- [ ] docs', '- [ ] tests']);
    await a.index.refresh(uri);
    const summary = await until('the summary diagnostic', () => ours(uri).find((d) => codeOf(d) === 'summary-disagrees'));
    await apply(document, (await actionsAt(uri, summary)).find((x) => x.title === 'Untick the summary box, as its section says')!);
    assert.equal(document.lineAt(4).text, '- [ ] **Phase 1: Core**');
    for (let i = 0; i < 3; i++) await vscode.commands.executeCommand('undo');
    await until('three undos', () => document.getText() === ROADMAP);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('honours roadmap.diagnostics.severity and roadmap.diagnostics.enabled', async () => {
    const a = await roadmapApi();
    const uri = await writeRoadmap('settings', ROADMAP);
    await a.index.refresh(uri);
    await until('diagnostics', () => ours(uri).length >= 7);
    const config = vscode.workspace.getConfiguration('roadmap');
    try {
      await config.update('diagnostics.severity', { 'malformed-box': 'off', 'unknown-dependency': 'hint' }, vscode.ConfigurationTarget.Global);
      await until('the new severities', () => ours(uri).length === 5 && ours(uri).find((d) => codeOf(d) === 'unknown-dependency')?.severity === vscode.DiagnosticSeverity.Hint);
      await config.update('diagnostics.enabled', false, vscode.ConfigurationTarget.Global);
      await until('no diagnostics', () => ours(uri).length === 0);
    } finally {
      await config.update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Global);
      await config.update('diagnostics.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    await until('diagnostics again', () => ours(uri).length >= 7);
  });

  it('hovers a plan heading with progress, status, period, dependencies, dependents and its problems', async () => {
    const text = '# Plan\n\n## Notes\n\nText.\n\n## Phase 1: Core (Weeks 1-3)\n\n- [x] a\n- [ ] b\n\n## Phase 2: UI (Completed)\n\nDependencies: Phase 1\n\n- [x] c\n- [ ] d\n';
    const uri = await writeRoadmap('hover', text);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await until('diagnostics', () => ours(uri).length > 0);
    const hoverText = async (line: number) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 5));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    const first = await hoverText(6);
    assert.match(first, /\*\*Progress:\*\* 1\/2/);
    assert.match(first, /\*\*Status:\*\* in progress — derived from its tasks/);
    assert.match(first, /\*\*Period:\*\* weeks 1–3 — stated (?:in the heading|on line 7: “Weeks 1-3”)/);
    assert.match(first, /\*\*Needed by:\*\* \[Phase 2: UI \\\(Completed\\\)\]\(command:roadmap\.revealLine\?[^)]+\) \(done, 1\/2/);
    const second = await hoverText(11);
    assert.match(second, /\*\*Status:\*\* done — stated (?:in the heading|on line 12)/);
    assert.match(second, /\*\*Depends on:\*\* \[Phase 1: Core \\\(Weeks 1\\-3\\\)\]/);
    assert.match(second, /marked "Completed" but 1 of its 2 tasks is open/);
    assert.match(second, /`status-contradicts-tasks`/);
    assert.equal(await hoverText(2), '', 'a heading that is no plan item gets no hover');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('marks tree items that have problems, with the messages in the tooltip', async () => {
    const a = await roadmapApi();
    const uri = await writeRoadmap('tree', '# Tree\n\n## M1: Core ✅\n\n- [ ] open\n\n## M2: Next\n\nDependencies: M9\n');
    await a.index.refresh(uri);
    await until('diagnostics', () => ours(uri).length === 2);
    assert.deepEqual(a.health.at(uri, 3).map((d) => d.code), ['status-contradicts-tasks']);
    const provider = a.tree['provider'];
    const node = await until('the tree node', () => walk(a.tree.model).find((n) => n.key === uri.toString() && n.line === 3));
    const item = provider.getTreeItem(node);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.match((item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' '), /marked "✅" but its one task is open/);
    const m2 = walk(a.tree.model).find((n) => n.key === uri.toString() && n.line === 7)!;
    assert.equal((provider.getTreeItem(m2).iconPath as vscode.ThemeIcon).id, 'error');
    const task = walk(a.tree.model).find((n) => n.key === uri.toString() && n.type === 'task')!;
    assert.equal(provider.getTreeItem(task).iconPath, undefined, 'a task without problems keeps its look');
  });
});
