import * as vscode from 'vscode';
import type { HealthDiagnostic } from '../../core/health/diagnostic';
import type { TreeNode } from '../tree/treeModel';
import type { RoadmapTreeView } from '../tree/roadmapTreeView';
import type { RoadmapHealth } from './roadmapHealth';

/**
 * Warning icons in the Progress tree: an item with diagnostics shows the problem icon (error or warning colour)
 * and lists their messages in its tooltip. Redraws only when what the tree shows of the diagnostics changed.
 */
export function showHealthInTree(tree: RoadmapTreeView, health: RoadmapHealth): vscode.Disposable {
  tree.decorateItems((node, item) => decorate(health, node, item));
  let shown = signature(health);
  return health.onDidChange(() => {
    const next = signature(health);
    if (next === shown) return;
    shown = next;
    tree.redraw();
  });
}

function signature(health: RoadmapHealth): string {
  return health
    .all()
    .map(([key, diagnostics]) => `${key}\u0000${diagnostics.map((d) => `${d.section}:${d.line}:${d.severity}:${d.message}`).join('\u0001')}`)
    .join('\u0002');
}

function decorate(health: RoadmapHealth, node: TreeNode, item: vscode.TreeItem): void {
  if (node.type === 'file') return;
  const problems: HealthDiagnostic[] = health.at(vscode.Uri.parse(node.key), node.line);
  if (problems.length === 0) return;
  const error = problems.some((d) => d.severity === 'error');
  const warning = problems.some((d) => d.severity === 'warning');
  if (error || warning) {
    item.iconPath = new vscode.ThemeIcon(error ? 'error' : 'warning', new vscode.ThemeColor(error ? 'problemsErrorIcon.foreground' : 'problemsWarningIcon.foreground'));
  }
  const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip : new vscode.MarkdownString().appendText(typeof item.tooltip === 'string' ? item.tooltip : node.label);
  tooltip.supportThemeIcons = true;
  tooltip.appendMarkdown('\n\n---\n\n');
  for (const d of problems) {
    tooltip.appendMarkdown(`$(${d.severity === 'error' ? 'error' : 'warning'}) `);
    tooltip.appendText(`${d.message} (${d.code})`);
    tooltip.appendMarkdown('  \n');
  }
  item.tooltip = tooltip;
}
