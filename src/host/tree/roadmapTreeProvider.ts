import * as vscode from 'vscode';
import { treeItemFor } from './treeItems';
import type { RoadmapTreeModel, TaskNode, TreeNode } from './treeModel';

/** Above this many changed nodes the whole tree is refreshed instead (see `refresh`). */
const MAX_NODE_REFRESHES = 200;

/** A short note after a task's description ("ticked 2 min ago"), from a feature outside the tree. */
export type TaskNote = (node: TaskNode) => string | undefined;

/** Adapts the tree model to VS Code: no logic of its own beyond turning nodes into TreeItems. */
export class RoadmapTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  private readonly notes: TaskNote[] = [];
  /** Adds to each item what other features know about its node (health warnings); set by the wiring. */
  decorate?: (node: TreeNode, item: vscode.TreeItem) => void;

  constructor(private readonly model: RoadmapTreeModel) {}

  addTaskNote(note: TaskNote): vscode.Disposable {
    this.notes.push(note);
    return new vscode.Disposable(() => this.notes.splice(this.notes.indexOf(note), 1));
  }

  /** Refreshes asked for in this turn of the event loop, sent to VS Code as one (see `refresh`). */
  private pendingAll = false;
  private readonly pendingNodes = new Set<TreeNode>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Without nodes: everything (ids are stable, so expansion and selection survive). With nodes: only those, and
   * not one whose ancestor is refreshed too, since VS Code re-fetches a refreshed node's expanded descendants.
   *
   * Requests made together are sent together. VS Code's extension host forgets every element on a whole refresh,
   * and a children request for a row it forgot is answered with no children: a node refresh and a whole refresh
   * close together left expanded phases empty until the next refresh (the E2E suite caught it, 1 run in 4).
   */
  refresh(nodes?: readonly TreeNode[]): void {
    if (!nodes) this.pendingAll = true;
    else for (const node of nodes) this.pendingNodes.add(node);
    this.flushTimer ??= setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    this.flushTimer = undefined;
    const all = this.pendingAll;
    const nodes = [...this.pendingNodes];
    this.pendingAll = false;
    this.pendingNodes.clear();
    if (all) {
      this.changed.fire(undefined);
      return;
    }
    const set = new Set(nodes);
    const outermost = nodes.filter((node) => {
      for (let p = this.model.parent(node); p; p = this.model.parent(p)) if (set.has(p)) return false;
      return true;
    });
    // VS Code matches every refreshed element against every other's ancestors (quadratic): past a few hundred
    // nodes one whole refresh is far cheaper (10k task rows held the extension host 2 s).
    if (outermost.length > MAX_NODE_REFRESHES) {
      this.changed.fire(undefined);
      return;
    }
    for (const node of outermost) this.changed.fire(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const item = treeItemFor(node);
    if (node.type === 'task' && this.notes.length > 0) {
      const notes = this.notes.map((note) => note(node)).filter((n): n is string => !!n);
      if (notes.length > 0) item.description = [item.description, ...notes].filter(Boolean).join(' · ');
    }
    this.decorate?.(node, item);
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return this.model.children(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.parent(node);
  }

  dispose(): void {
    clearTimeout(this.flushTimer);
    this.changed.dispose();
  }
}
