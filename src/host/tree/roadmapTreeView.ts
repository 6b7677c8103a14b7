import * as vscode from 'vscode';
import { editsForTasks } from '../../core/edit/edits';
import type { RoadmapDocument, Task } from '../../core/model';
import { formatProgress } from '../../core/present/progressBar';
import { applyRoadmapEdits } from '../applyEdits';
import { CommandManager } from '../commands/commandManager';
import { toggleOptions } from '../commands/editorSettings';
import { commands, contextKeys, settings, stateKeys, views } from '../constants';
import { Disposable } from '../disposable';
import type { DocumentsIndex, RoadmapEntry } from '../documentsIndex';
import { RoadmapTreeProvider, type TaskNote } from './roadmapTreeProvider';
import { perfMark } from '../perfTrace';
import { RoadmapTreeModel, type TaskNode, type TreeNode, type TreeSource } from './treeModel';

/**
 * The Progress view: feeds the index's models to the tree model, toggles tasks from the tree's checkboxes, keeps
 * the badge and the hide-done context key current, and optionally follows the cursor.
 */
export class RoadmapTreeView extends Disposable {
  readonly model: RoadmapTreeModel;
  readonly view: vscode.TreeView<TreeNode>;
  private readonly provider: RoadmapTreeProvider;
  /** Resolves after the next refresh; tests and the benchmark wait on it. */
  private refreshed = new vscode.EventEmitter<void>();
  readonly onDidRefresh = this.refreshed.event;

  constructor(
    private readonly index: DocumentsIndex,
    private readonly workspaceState?: vscode.Memento,
  ) {
    super();
    this.model = new RoadmapTreeModel({ hideDone: this.hideDoneState(), showEmptySections: showEmptySetting() });
    this.provider = new RoadmapTreeProvider(this.model);
    this.view = vscode.window.createTreeView(views.outline, {
      treeDataProvider: this.provider,
      showCollapseAll: true,
      manageCheckboxStateManually: true,
    });
    const manager = new CommandManager();
    manager.register({ id: commands.hideDone, execute: () => this.setHideDone(true) });
    manager.register({ id: commands.showDone, execute: () => this.setHideDone(false) });
    manager.register({ id: commands.treeToggleTask, execute: (node?: unknown, selected?: unknown) => this.toggleSelected(node, selected) });
    manager.register({ id: commands.treeCopyTaskText, execute: (node?: unknown) => this.copyText(node) });
    manager.register({ id: commands.treeRevealTask, execute: (node?: unknown) => this.revealNode(node) });
    this.registerAll(
      this.view,
      this.provider,
      this.refreshed,
      manager,
      index.onDidChange(({ uris }) => {
        const started = performance.now();
        this.update();
        for (const uri of uris) perfMark('tree', uri.toString(), index.get(uri)?.version ?? -1, performance.now() - started);
      }),
      this.view.onDidChangeCheckboxState((e) => void this.onCheckbox(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(settings.treeHideDone) || e.affectsConfiguration(settings.treeShowEmptySections)) {
          this.model.setOptions({ hideDone: this.hideDoneState(), showEmptySections: showEmptySetting() });
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

  /** Lets another feature add to every tree item (health warnings), and redraws the items with it. */
  decorateItems(decorate: (node: TreeNode, item: vscode.TreeItem) => void): void {
    this.provider.decorate = decorate;
    this.provider.refresh();
  }

  /** Redraws these items (or every item), for decorations that changed while the models did not. */
  redraw(nodes?: readonly TreeNode[]): void {
    this.provider.refresh(nodes);
  }

  private update(): void {
    const entries = this.index.all();
    const changed = this.model.update(entries.map(toSource));
    const open = this.model.openTasks();
    this.view.badge = open > 0 ? { value: open, tooltip: vscode.l10n.t('{0} open tasks', open) } : undefined;
    // One roadmap: its overall progress sits next to the view's title, where its (hoisted) title heading would be.
    const only = entries.length === 1 ? entries[0]!.model : undefined;
    this.view.description = only && only.progress.total > 0 ? formatProgress(only.progress) : undefined;
    // A line scan stands in for a parse (a big file being read, or one that could not be read in time): say so.
    const partial = entries.filter((e) => e.partial || e.model.partial).map((e) => vscode.workspace.asRelativePath(e.uri));
    const message = partial.length > 0 ? vscode.l10n.t('Partial: {0} shows what a quick line scan finds (the full reading is still running or took too long).', partial.join(', ')) : undefined;
    if (this.view.message !== message) this.view.message = message;
    if (changed === undefined) this.provider.refresh();
    else if (changed.length > 0) this.provider.refresh(changed);
    this.refreshed.fire();
  }

  /**
   * Hide Done is a choice about this workspace's view, so it lives in workspaceState; the setting only gives the
   * starting value for a workspace that never chose.
   */
  private hideDoneState(): boolean {
    return this.workspaceState?.get<boolean>(stateKeys.treeHideDone) ?? hideDoneSetting();
  }

  async setHideDone(hide: boolean): Promise<void> {
    await this.workspaceState?.update(stateKeys.treeHideDone, hide);
    this.model.setOptions({ hideDone: hide, showEmptySections: showEmptySetting() });
    this.setHidingContext();
    this.provider.refresh();
    this.refreshed.fire();
  }

  /** The context menu's Toggle: the clicked task, or every selected task when it is one of them. */
  private async toggleSelected(node: unknown, selected: unknown): Promise<void> {
    const nodes = (Array.isArray(selected) && selected.includes(node) ? selected : [node]).filter(isTaskNode);
    const byFile = new Map<string, TaskNode[]>();
    for (const n of nodes) byFile.set(n.key, [...(byFile.get(n.key) ?? []), n]);
    for (const [key, list] of byFile) await this.toggleInFile(key, list);
  }

  private async copyText(node: unknown): Promise<void> {
    if (!isTaskNode(node)) return;
    const entry = this.index.get(vscode.Uri.parse(node.key));
    const task = entry && entry.version === node.box.version ? taskWithBox(entry.model, node.box.offset) : undefined;
    await vscode.env.clipboard.writeText(task?.text ?? node.label);
  }

  private async revealNode(node: unknown): Promise<void> {
    if (!isTaskNode(node)) return;
    await vscode.commands.executeCommand(commands.revealLine, node.key, node.line);
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

  /**
   * Toggles tasks clicked in the tree in their file, through the same core edits as the editor command. Each node
   * names its task by the box's offset in the document version the tree showed; when the document has moved on
   * since (a line added above, the tree not yet refreshed), the offset may now be another task's box, so the
   * toggle is refused rather than guessed.
   */
  async toggleInFile(key: string, nodes: readonly TaskNode[]): Promise<boolean> {
    const uri = vscode.Uri.parse(key);
    const entry = await this.index.refresh(uri);
    if (!entry || entry.error) return false;
    const tasks = nodes.map((n) => (n.box.version === entry.version ? taskWithBox(entry.model, n.box.offset) : undefined));
    if (tasks.some((t) => t === undefined)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The roadmap changed since the tree showed it; nothing was toggled. Try again now that the tree is current.'));
      this.provider.refresh();
      return false;
    }
    const edits = editsForTasks(entry.text, entry.model, tasks.map((t) => t!.index), toggleOptions(uri));
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

  /**
   * Shows `note` after task descriptions and refreshes the tasks of the documents `changed` names; the note's owner
   * (recent ticks, history) keeps its own state.
   */
  addTaskNote(note: TaskNote, changed: vscode.Event<readonly vscode.Uri[]>): vscode.Disposable {
    return vscode.Disposable.from(
      this.provider.addTaskNote(note),
      changed((uris) => {
        const keys = new Set(uris.map((u) => u.toString()));
        // Only the rows built (what VS Code has asked for): the others get the note when they are first shown.
        const nodes = this.model.builtTasks().filter((n) => keys.has(n.key));
        if (nodes.length > 0) this.provider.refresh(nodes);
      }),
    );
  }
}

function isTaskNode(x: unknown): x is TaskNode {
  return typeof x === 'object' && x !== null && (x as TaskNode).type === 'task' && typeof (x as TaskNode).key === 'string';
}

function showEmptySetting(): boolean {
  return vscode.workspace.getConfiguration().get<boolean>(settings.treeShowEmptySections, false);
}

function hideDoneSetting(): boolean {
  return vscode.workspace.getConfiguration().get<boolean>(settings.treeHideDone, false);
}

function toSource(entry: RoadmapEntry): TreeSource {
  return {
    key: entry.uri.toString(),
    label: vscode.workspace.asRelativePath(entry.uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1),
    model: entry.model,
    version: entry.version,
    ...(entry.error ? { error: entry.error } : {}),
  };
}

function taskWithBox(model: RoadmapDocument, offset: number): Task | undefined {
  return model.tasks.find((t) => t.offset === offset);
}
