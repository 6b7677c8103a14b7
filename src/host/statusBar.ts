import * as vscode from 'vscode';
import { formatProgress } from '../core/present/progressBar';
import { commands, settings } from './constants';
import { Disposable } from './disposable';
import type { DocumentsIndex } from './documentsIndex';

/** The active roadmap's overall progress; a click focuses the Progress view. Hidden for other editors. */
export class RoadmapStatusBar extends Disposable {
  readonly item: vscode.StatusBarItem;

  constructor(private readonly index: DocumentsIndex) {
    super();
    this.item = this.register(vscode.window.createStatusBarItem('roadmap.progress', vscode.StatusBarAlignment.Left, 50));
    this.item.name = vscode.l10n.t('Roadmap Progress');
    this.item.command = commands.focusOutline;
    this.register(index.onDidChange(() => this.update()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(settings.statusBarEnabled) && this.update()));
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
}
