// What the history says about tasks, where the user looks: a hover on a task ("done 2026-05-16 in abc1234 by Ada"),
// a subtle mark in the editor's gutter area on tasks ticked or added since the last commit, and the same as a
// description in the Progress tree.
import * as vscode from 'vscode';
import type { RoadmapHistory, TaskFacts } from '../../core/history/history';
import type { Task } from '../../core/model';
import type { DocumentsIndex } from '../documentsIndex';
import type { RoadmapHistoryService } from './roadmapHistory';

/** One line about a task's history, or undefined when there is nothing to say. */
export function taskHistoryLine(facts: TaskFacts): string | undefined {
  if (facts.uncommitted === 'ticked') return vscode.l10n.t('ticked since the last commit');
  if (facts.uncommitted === 'added') return vscode.l10n.t('added since the last commit');
  if (facts.uncommitted === 'reopened') return vscode.l10n.t('reopened since the last commit');
  if (facts.doneAt && facts.commit) {
    return facts.author
      ? vscode.l10n.t('done {0} in {1} by {2}', facts.doneAt, facts.commit.slice(0, 7), facts.author)
      : vscode.l10n.t('done {0} in {1}', facts.doneAt, facts.commit.slice(0, 7));
  }
  if (facts.addedAt && facts.addedCommit) return vscode.l10n.t('open, added {0} in {1}', facts.addedAt, facts.addedCommit.slice(0, 7));
  return undefined;
}

function factsFor(history: RoadmapHistory | undefined, task: Task): TaskFacts | undefined {
  const facts = history?.tasks[task.index];
  // The history was judged on this very model (same version), so indexes agree; the text check guards a race.
  return facts && facts.text === task.text ? facts : undefined;
}

export class HistoryMarks implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    isWholeLine: false,
    borderWidth: '0 0 0 2px',
    borderStyle: 'solid',
    borderColor: new vscode.ThemeColor('editorGutter.addedBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.addedForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });

  constructor(
    private readonly index: DocumentsIndex,
    private readonly history: RoadmapHistoryService,
  ) {
    this.disposables.push(
      this.decoration,
      vscode.languages.registerHoverProvider({ language: 'markdown' }, { provideHover: (doc, pos) => this.hover(doc, pos) }),
      history.onDidChange(() => this.decorate()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorate()),
    );
    this.decorate();
  }

  /** For the Progress tree's task descriptions. */
  noteFor(uri: vscode.Uri, task: Task): string | undefined {
    const facts = factsFor(this.history.get(uri), task);
    return facts?.uncommitted ? taskHistoryLine(facts) : undefined;
  }

  private hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.index.get(document.uri);
    if (!entry || entry.error || entry.text !== document.getText()) return undefined;
    const task = entry.model.tasks.find((t) => t.line === position.line + 1);
    if (!task) return undefined;
    const facts = factsFor(this.history.get(document.uri), task);
    const line = facts && taskHistoryLine(facts);
    return line ? new vscode.Hover(line, document.lineAt(position.line).range) : undefined;
  }

  private decorate(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const entry = this.index.get(editor.document.uri);
      if (!entry || entry.error) continue;
      const history = this.history.get(editor.document.uri);
      const ranges: vscode.Range[] = [];
      if (history && entry.text === editor.document.getText()) {
        for (const task of entry.model.tasks) {
          const facts = factsFor(history, task);
          if (!facts || (facts.uncommitted !== 'ticked' && facts.uncommitted !== 'added') || task.line > editor.document.lineCount) continue;
          ranges.push(editor.document.lineAt(task.line - 1).range);
        }
      }
      editor.setDecorations(this.decoration, ranges);
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
