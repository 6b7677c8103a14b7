import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RoadmapApi } from '../../src/extension';
import { commands } from '../../src/host/constants';
import type { TaskNode } from '../../src/host/tree/treeModel';
import { roadmapApi, workspaceFolder } from './helpers';

// A benchmark, not a timed test: it checks that the toggles happen and prints how long they took, from the
// command to the Progress tree's refreshed model, on a generated roadmap of 10,000 tasks.
const PHASES = 100;
const TASKS_PER_PHASE = 100;

function bigRoadmap(): string {
  const lines = ['# Benchmark roadmap', ''];
  for (let p = 1; p <= PHASES; p++) {
    lines.push(`## Phase ${p}: Block ${p} (Weeks ${p}-${p + 1})`, '');
    for (let t = 1; t <= TASKS_PER_PHASE; t++) lines.push(`- [${t % 3 === 0 ? 'x' : ' '}] Item ${p}.${t} of the benchmark`);
    lines.push('');
  }
  return lines.join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * How long the extension host's thread was held at a time while `work` ran: the longest gap between ticks of a 5 ms
 * timer, less the 5 ms. Every other extension in the host waits that long; it is what running the parser off this
 * thread (a worker) or in slices on it is about.
 */
async function longestHold<T>(work: () => Promise<T>): Promise<{ value: T; longestMs: number }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 5);
    last = now;
  }, 5);
  try {
    const value = await work();
    return { value, longestMs: Math.max(longest, performance.now() - last - 5) };
  } finally {
    clearInterval(timer);
  }
}

describe('benchmark: toggle on a 10k-task roadmap', function () {
  this.timeout(180_000);

  it('toggles from the keyboard command and the tree shows it; prints the time', async () => {
    const a = await roadmapApi();
    const root = workspaceFolder();
    const uri = vscode.Uri.joinPath(root, 'bench-10k', 'ROADMAP.md');
    const text = bigRoadmap();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const coldStart = performance.now();
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const { value: entry, longestMs: held } = await longestHold(() => a.index.refresh(uri));
      const cold = performance.now() - coldStart;
      assert.ok(entry);
      assert.equal(entry.model.tasks.length, PHASES * TASKS_PER_PHASE);
      const samples: number[] = [];
      const decorate: number[] = [];
      const commandMs: number[] = [];
      for (let i = 0; i < 7; i++) {
        // Spread over the file: the first, middle and last phases.
        const task = entry.model.tasks[Math.floor(((i + 0.5) / 7) * entry.model.tasks.length)]!;
        const line = task.line - 1;
        const wasChecked = /\[[xX]\]/.test(editor.document.lineAt(line).text);
        editor.selections = [new vscode.Selection(line, 0, line, 0)];
        const key = uri.toString();
        const refreshed = new Promise<void>((resolve) => {
          const sub = a.tree.onDidRefresh(() => {
            const node = findTask(a, key, task.index);
            if (node && node.checked !== wasChecked) {
              sub.dispose();
              resolve();
            }
          });
        });
        const t0 = performance.now();
        assert.equal(await vscode.commands.executeCommand(commands.toggleTask), true);
        commandMs.push(performance.now() - t0);
        await refreshed;
        samples.push(performance.now() - t0);
        const d0 = performance.now();
        a.decorations.decorate(editor);
        decorate.push(performance.now() - d0);
      }
      console.log(`bench: 10k-task roadmap: open + first parse ${cold.toFixed(0)} ms (the extension host held at most ${held.toFixed(0)} ms at a time); toggle command → tree refreshed: median ${median(samples).toFixed(1)} ms (${samples.map((s) => s.toFixed(0)).join(', ')} ms; the edit itself applied after ${commandMs.map((s) => s.toFixed(0)).join(', ')} ms); decorations recomputed and set: median ${median(decorate).toFixed(1)} ms`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    }
  });
});

function findTask(a: RoadmapApi, key: string, taskIndex: number): TaskNode | undefined {
  return a.tree.model.taskNode(key, taskIndex);
}
