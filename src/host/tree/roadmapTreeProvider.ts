import * as vscode from 'vscode';
import { treeItemFor } from './treeItems';
import type { RoadmapTreeModel, TreeNode } from './treeModel';

/** Adapts the tree model to VS Code: no logic of its own beyond turning nodes into TreeItems. */
export class RoadmapTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly model: RoadmapTreeModel) {}

  /**
   * Without nodes: everything (ids are stable, so expansion and selection survive). With nodes: only those, and
   * not one whose ancestor is refreshed too, since VS Code re-fetches a refreshed node's expanded descendants.
   */
  refresh(nodes?: readonly TreeNode[]): void {
    if (!nodes) {
      this.changed.fire(undefined);
      return;
    }
    const set = new Set(nodes);
    const outermost = nodes.filter((node) => {
      for (let p = this.model.parent(node); p; p = this.model.parent(p)) if (set.has(p)) return false;
      return true;
    });
    for (const node of outermost) this.changed.fire(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return treeItemFor(node);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return this.model.children(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.parent(node);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
