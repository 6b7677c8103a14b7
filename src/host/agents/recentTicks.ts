// Watching an agent (or a teammate) work: which tasks were ticked in the last few minutes, whoever ticked them — in
// the editor, on disk, through the MCP server or a language-model tool — and, if asked, a note when a plan item is done.
import * as vscode from 'vscode';
import { normalise } from '../../core/agent/findTask';
import type { RoadmapDocument, Task } from '../../core/model';
import { effectiveStatus } from '../../core/present/decorationPlan';
import { settings } from '../constants';
import { Disposable } from '../disposable';
import type { DocumentsIndex } from '../documentsIndex';

interface Snapshot {
  /** Checked state per task identity (text + occurrence), so a tick is told from a task moving or being added. */
  checked: Map<string, boolean>;
  /** Status per plan item identity. */
  done: Map<string, boolean>;
}

/** Milliseconds since the epoch of each task identity's last tick, per document. */
type Ticks = Map<string, number>;

export class RecentTicks extends Disposable {
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly ticks = new Map<string, Ticks>();
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri[]>());
  /** Fires with the documents whose marks changed (a new tick, or one aged out). */
  readonly onDidChange = this.changed.event;
  private readonly decoration = this.register(
    vscode.window.createTextEditorDecorationType({
      after: { color: new vscode.ThemeColor('descriptionForeground'), margin: '0 0 0 1.5em', fontStyle: 'italic' },
      isWholeLine: false,
    }),
  );
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly index: DocumentsIndex,
    private readonly now: () => number = Date.now,
  ) {
    super();
    this.register(index.onDidChange(({ uris }) => this.update(uris)));
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()));
    this.register(this.onDidChange(() => this.paintAll()));
    this.register({ dispose: () => clearInterval(this.timer) });
    // What is there at start is the baseline, not news.
    void index.whenReady().then(() => {
      for (const entry of index.all()) this.snapshots.set(entry.uri.toString(), snapshot(entry.model));
    });
  }

  /** "ticked 2 min ago" for a task ticked within the window, else undefined. */
  noteFor(uri: vscode.Uri, doc: RoadmapDocument, task: Task): string | undefined {
    if (!task.checked) return undefined;
    const at = this.ticks.get(uri.toString())?.get(identities(doc).get(task.index) ?? '');
    if (at === undefined) return undefined;
    const age = this.now() - at;
    if (age > windowMs()) return undefined;
    const minutes = Math.floor(age / 60_000);
    return minutes < 1 ? vscode.l10n.t('ticked just now') : vscode.l10n.t('ticked {0} min ago', minutes);
  }

  private update(uris: readonly vscode.Uri[]): void {
    const touched: vscode.Uri[] = [];
    for (const uri of uris) {
      const entry = this.index.get(uri);
      const key = uri.toString();
      if (!entry) {
        this.snapshots.delete(key);
        this.ticks.delete(key);
        continue;
      }
      const before = this.snapshots.get(key);
      const after = snapshot(entry.model);
      this.snapshots.set(key, after);
      if (!before) continue;
      const ticks = this.ticks.get(key) ?? new Map<string, number>();
      let news = false;
      for (const [id, checked] of after.checked) {
        if (checked && before.checked.get(id) === false) {
          ticks.set(id, this.now());
          news = true;
        } else if (!checked && ticks.delete(id)) {
          news = true;
        }
      }
      if (news) {
        this.ticks.set(key, ticks);
        touched.push(uri);
      }
      this.notifyDone(uri, before, after);
    }
    if (touched.length > 0) {
      this.changed.fire(touched);
      this.ensureTimer();
    }
  }

  private notifyDone(uri: vscode.Uri, before: Snapshot, after: Snapshot): void {
    if (!vscode.workspace.getConfiguration().get<boolean>(settings.notifySectionDone, false)) return;
    for (const [id, done] of after.done) {
      if (!done || before.done.get(id) !== false) continue;
      const title = id.slice(id.indexOf('\u0001') + 1);
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} is done ({1}).', title, vscode.workspace.asRelativePath(uri, false)));
    }
  }

  /** While marks are showing, repaint each minute so "2 min ago" ages and old marks go away. */
  private ensureTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      const cutoff = this.now() - windowMs();
      const aged: vscode.Uri[] = [];
      for (const [key, ticks] of this.ticks) {
        for (const [id, at] of ticks) if (at < cutoff) ticks.delete(id);
        aged.push(vscode.Uri.parse(key));
        if (ticks.size === 0) this.ticks.delete(key);
      }
      if (this.ticks.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
      if (aged.length > 0) this.changed.fire(aged);
    }, 30_000);
  }

  private paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const entry = this.index.get(editor.document.uri);
      if (!entry) continue;
      const options: vscode.DecorationOptions[] = [];
      for (const task of entry.model.tasks) {
        const note = this.noteFor(entry.uri, entry.model, task);
        if (!note || task.line > editor.document.lineCount) continue;
        const end = editor.document.lineAt(task.line - 1).range.end;
        options.push({ range: new vscode.Range(end, end), renderOptions: { after: { contentText: note } } });
      }
      editor.setDecorations(this.decoration, options);
    }
  }
}

function windowMs(): number {
  const minutes = vscode.workspace.getConfiguration().get<number>(settings.recentMinutes, 10);
  return Math.max(0, minutes) * 60_000;
}

function snapshot(doc: RoadmapDocument): Snapshot {
  const ids = identities(doc);
  const checked = new Map<string, boolean>();
  for (const task of doc.tasks) checked.set(ids.get(task.index) as string, task.checked);
  const done = new Map<string, boolean>();
  for (const s of doc.sections) if (s.kind !== 'section') done.set(`${s.id ?? ''}\u0001${s.title}`, effectiveStatus(s) === 'done');
  return { checked, done };
}

const identityCache = new WeakMap<RoadmapDocument, Map<number, string>>();

/**
 * Task texts repeat from one version to the next: normalising each again cost a 10k-task roadmap ~50 ms of the host
 * per keystroke. Remembered by text, forgotten in bulk past a bound.
 */
const normalisedTexts = new Map<string, string>();
function normalised(text: string): string {
  let out = normalisedTexts.get(text);
  if (out === undefined) {
    if (normalisedTexts.size >= 100_000) normalisedTexts.clear();
    out = normalise(text);
    normalisedTexts.set(text, out);
  }
  return out;
}

/** A task's identity across versions: its normalised text and which occurrence of that text it is. */
function identities(doc: RoadmapDocument): Map<number, string> {
  const cached = identityCache.get(doc);
  if (cached) return cached;
  const seen = new Map<string, number>();
  const out = new Map<number, string>();
  for (const task of doc.tasks) {
    const text = normalised(task.text);
    const n = seen.get(text) ?? 0;
    seen.set(text, n + 1);
    out.set(task.index, `${text}\u0001${n}`);
  }
  identityCache.set(doc, out);
  return out;
}
