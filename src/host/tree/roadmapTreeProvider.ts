import * as vscode from 'vscode';
import { treeItemFor } from './treeItems';
import type { RoadmapTreeModel, TreeNode } from './treeModel';

/** Adapts the tree model to VS Code: no logic of its own beyond turning nodes into TreeItems. */
export class RoadmapTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly model: RoadmapTreeModel) {}

  /** Node ids are stable, so a full refresh keeps expansion and selection and redraws only what changed. */
  refresh(): void {
    this.changed.fire(undefined);
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
