import * as vscode from 'vscode';
import { editsForLines } from '../../core/edit/edits';
import { formatProgress } from '../../core/present/progressBar';
import { applyRoadmapEdits } from '../applyEdits';
import { toggleOptions } from '../commands/editorSettings';
import { contextKeys, settings, views } from '../constants';
import type { DocumentsIndex, RoadmapEntry } from '../documentsIndex';
import { RoadmapTreeProvider } from './roadmapTreeProvider';
import { RoadmapTreeModel, type TaskNode, type TreeNode, type TreeSource } from './treeModel';

/**
 * The Progress view: feeds the index's models to the tree model, toggles tasks from the tree's checkboxes, keeps
 * the badge and the hide-done context key current, and optionally follows the cursor.
 */
export class RoadmapTreeView implements vscode.Disposable {
  readonly model: RoadmapTreeModel;
  readonly view: vscode.TreeView<TreeNode>;
  private readonly provider: RoadmapTreeProvider;
  private readonly disposables: vscode.Disposable[] = [];
  /** Resolves after the next refresh; tests and the benchmark wait on it. */
  private refreshed = new vscode.EventEmitter<void>();
  readonly onDidRefresh = this.refreshed.event;

  constructor(private readonly index: DocumentsIndex) {
    this.model = new RoadmapTreeModel({ hideDone: hideDoneSetting() });
    this.provider = new RoadmapTreeProvider(this.model);
    this.view = vscode.window.createTreeView(views.outline, {
      treeDataProvider: this.provider,
      showCollapseAll: true,
      manageCheckboxStateManually: true,
    });
    this.disposables.push(
      this.view,
      this.provider,
      this.refreshed,
      index.onDidChange(() => this.update()),
      this.view.onDidChangeCheckboxState((e) => void this.onCheckbox(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(settings.treeHideDone)) {
          this.model.setOptions({ hideDone: hideDoneSetting() });
          this.setHidingContext();
          this.provider.refresh();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.follow(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.follow(editor)),
    );
    this.setHidingContext();
    this.update();
    void index.whenReady().then(() => {
      this.update();
      void vscode.commands.executeCommand('setContext', contextKeys.treeReady, true);
    });
  }

  private update(): void {
    const entries = this.index.all();
    const changed = this.model.update(entries.map(toSource));
    const open = this.model.openTasks();
    this.view.badge = open > 0 ? { value: open, tooltip: vscode.l10n.t('{0} open tasks', open) } : undefined;
    // One roadmap: its overall progress sits next to the view's title, where its (hoisted) title heading would be.
    const only = entries.length === 1 ? entries[0]!.model : undefined;
    this.view.description = only && only.progress.total > 0 ? formatProgress(only.progress) : undefined;
    if (changed === undefined) this.provider.refresh();
    else if (changed.length > 0) this.provider.refresh(changed);
    this.refreshed.fire();
  }

  private setHidingContext(): void {
    void vscode.commands.executeCommand('setContext', contextKeys.treeHidingDone, this.model.hideDone);
  }

  private async onCheckbox(e: vscode.TreeCheckboxChangeEvent<TreeNode>): Promise<void> {
    const byFile = new Map<string, TaskNode[]>();
    for (const [node] of e.items) {
      if (node.type !== 'task') continue;
      const list = byFile.get(node.key) ?? [];
      list.push(node);
      byFile.set(node.key, list);
    }
    for (const [key, nodes] of byFile) await this.toggleInFile(key, nodes);
  }

  /** Toggles tasks clicked in the tree in their file, through the same core edit as the editor command. */
  async toggleInFile(key: string, nodes: readonly TaskNode[]): Promise<boolean> {
    const uri = vscode.Uri.parse(key);
    const entry = await this.index.refresh(uri);
    if (!entry || entry.error) return false;
    const lines = nodes.map((n) => entry.model.tasks[n.taskIndex]?.line).filter((l): l is number => l !== undefined);
    const { edits } = editsForLines(entry.text, entry.model, lines, toggleOptions(uri));
    const result = await applyRoadmapEdits(uri, edits, { expectedText: entry.text });
    if (!result.ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Could not toggle the task: {0}', result.reason));
      // The checkbox already flipped in the view; put it back to the document's truth.
      this.provider.refresh();
      return false;
    }
    if (result.how === 'disk') await this.index.refresh(uri);
    return true;
  }

  private follow(editor: vscode.TextEditor): void {
    if (!this.view.visible || !vscode.workspace.getConfiguration().get<boolean>(settings.treeFollowCursor, false)) return;
    const key = editor.document.uri.toString();
    const node = this.model.sectionAt(key, editor.selection.active.line + 1);
    if (node) void this.view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function hideDoneSetting(): boolean {
  return vscode.workspace.getConfiguration().get<boolean>(settings.treeHideDone, false);
}

function toSource(entry: RoadmapEntry): TreeSource {
  return {
    key: entry.uri.toString(),
    label: vscode.workspace.asRelativePath(entry.uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1),
    model: entry.model,
    ...(entry.error ? { error: entry.error } : {}),
  };
}
