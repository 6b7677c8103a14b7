import * as vscode from 'vscode';
import { decorationPlan, type DecorationPlan } from '../core/present/decorationPlan';
import type { Status } from '../core/model';
import { settings } from './constants';
import type { DocumentsIndex } from './documentsIndex';
import { perfMark } from './perfTrace';
import { STATUS_COLORS } from './tree/treeItems';
import { Disposable } from './disposable';

type DoneStyle = 'dim' | 'strikethrough' | 'none';

const STATUSES: readonly Status[] = ['done', 'in-progress', 'planned', 'blocked'];

/**
 * Progress after every heading and dimmed done tasks, in every visible roadmap editor. The decoration types are
 * created once; an update only hands VS Code new ranges. Decorations track edits by themselves between model
 * updates, so typing never waits for a parse. All ranges are sent, not just the visible ones: computing them is a
 * linear pass (about 2 ms for 10k tasks) and scrolling then needs no work at all.
 */
export class RoadmapDecorations extends Disposable {
  private readonly headingTypes = new Map<Status, vscode.TextEditorDecorationType>();
  private readonly dimType: vscode.TextEditorDecorationType;
  private readonly strikeType: vscode.TextEditorDecorationType;
  /** The last plan per editor document version, so switching tabs back does not recompute. */
  private readonly plans = new WeakMap<vscode.TextDocument, { version: number; plan: DecorationPlan }>();

  constructor(private readonly index: DocumentsIndex) {
    super();
    for (const status of STATUSES) {
      this.headingTypes.set(status, vscode.window.createTextEditorDecorationType({
        after: { color: new vscode.ThemeColor(STATUS_COLORS[status]), margin: '0 0 0 1.5em', fontStyle: 'normal', fontWeight: 'normal' },
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }));
    }
    this.dimType = vscode.window.createTextEditorDecorationType({ opacity: '0.55', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
    this.strikeType = vscode.window.createTextEditorDecorationType({ opacity: '0.55', textDecoration: 'line-through', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
    this.registerAll(
      ...this.headingTypes.values(),
      this.dimType,
      this.strikeType,
      index.onDidChange(({ uris }) => {
        const changed = new Set(uris.map((u) => u.toString()));
        for (const editor of vscode.window.visibleTextEditors) {
          if (!changed.has(editor.document.uri.toString())) continue;
          const started = performance.now();
          this.decorate(editor);
          perfMark('decorations', editor.document.uri.toString(), index.get(editor.document.uri)?.version ?? -1, performance.now() - started);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) {
          const started = performance.now();
          this.decorate(editor);
          perfMark('decorations', editor.document.uri.toString(), index.get(editor.document.uri)?.version ?? -1, performance.now() - started);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('roadmap.decorations')) vscode.window.visibleTextEditors.forEach((ed) => this.decorate(ed));
      }),
    );
    vscode.window.visibleTextEditors.forEach((e) => this.decorate(e));
  }

  /** The plan drawn in an editor, or undefined when nothing is drawn there (for tests). */
  planFor(editor: vscode.TextEditor): DecorationPlan | undefined {
    const entry = this.index.get(editor.document.uri);
    if (!entry || entry.error || !enabled(editor.document)) return undefined;
    const cached = this.plans.get(editor.document);
    if (cached && cached.version === entry.version) return cached.plan;
    const plan = decorationPlan(entry.text, entry.model);
    this.plans.set(editor.document, { version: entry.version, plan });
    return plan;
  }

  decorate(editor: vscode.TextEditor): void {
    const plan = this.planFor(editor);
    if (!plan) {
      this.clear(editor);
      return;
    }
    const byStatus = new Map<Status, vscode.DecorationOptions[]>(STATUSES.map((s) => [s, []]));
    for (const heading of plan.headings) {
      const line = editor.document.lineAt(Math.min(heading.line, editor.document.lineCount - 1));
      byStatus.get(heading.status)!.push({
        range: new vscode.Range(line.range.end, line.range.end),
        renderOptions: { after: { contentText: heading.text } },
      });
    }
    for (const [status, type] of this.headingTypes) editor.setDecorations(type, byStatus.get(status)!);
    const style = doneStyle(editor.document);
    const ranges = style === 'none' ? [] : plan.doneTasks.map((t) => new vscode.Range(t.line, t.startColumn, t.line, t.endColumn));
    editor.setDecorations(this.dimType, style === 'dim' ? ranges : []);
    editor.setDecorations(this.strikeType, style === 'strikethrough' ? ranges : []);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const type of this.headingTypes.values()) editor.setDecorations(type, []);
    editor.setDecorations(this.dimType, []);
    editor.setDecorations(this.strikeType, []);
  }
}

function enabled(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration(undefined, document.uri).get<boolean>(settings.decorationsEnabled, true);
}

function doneStyle(document: vscode.TextDocument): DoneStyle {
  const style = vscode.workspace.getConfiguration(undefined, document.uri).get<string>(settings.decorationsDoneStyle, 'dim');
  return style === 'strikethrough' || style === 'none' ? style : 'dim';
}
