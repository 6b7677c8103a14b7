import * as vscode from 'vscode';
import { formatProgress } from '../core/present/progressBar';
import { commands, settings } from './constants';
import type { DocumentsIndex } from './documentsIndex';

/** The active roadmap's overall progress; a click focuses the Progress view. Hidden for other editors. */
export class RoadmapStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly index: DocumentsIndex) {
    this.item = vscode.window.createStatusBarItem('roadmap.progress', vscode.StatusBarAlignment.Left, 50);
    this.item.name = vscode.l10n.t('Roadmap Progress');
    this.item.command = commands.focusOutline;
    this.disposables.push(
      this.item,
      index.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(settings.statusBarEnabled) && this.update()),
    );
    this.update();
  }

  update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const entry = uri && this.index.get(uri);
    const show = vscode.workspace.getConfiguration().get<boolean>(settings.statusBarEnabled, true);
    if (!show || !entry || entry.error || entry.model.progress.total === 0) {
      this.item.hide();
      return;
    }
    const { done, total } = entry.model.progress;
    this.item.text = `$(checklist) ${formatProgress(entry.model.progress)}`;
    this.item.tooltip = vscode.l10n.t('Roadmap: {0} of {1} tasks done. Click to show the Progress view.', done, total);
    this.item.accessibilityInformation = { label: vscode.l10n.t('Roadmap progress: {0} of {1} tasks done', done, total) };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
