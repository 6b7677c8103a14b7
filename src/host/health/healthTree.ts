import * as vscode from 'vscode';
import type { HealthDiagnostic } from '../../core/health/diagnostic';
import type { TreeNode } from '../tree/treeModel';
import type { RoadmapTreeView } from '../tree/roadmapTreeView';
import type { RoadmapHealth } from './roadmapHealth';

/**
 * Warning icons in the Progress tree: an item with diagnostics shows the problem icon (error or warning colour)
 * and lists their messages in its tooltip. When the diagnostics change, only the rows whose problems changed
 * are redrawn: a whole refresh soon after the model's own (which the check follows by 100 ms or more) could
 * leave expanded rows empty in VS Code (see RoadmapTreeProvider.refresh).
 */
export function showHealthInTree(tree: RoadmapTreeView, health: RoadmapHealth): vscode.Disposable {
  /** What each row showed of its problems when last drawn, by node id. */
  const drawn = new Map<string, string>();
  tree.decorateItems((node, item) => {
    const problems = problemsOf(health, node);
    drawn.set(node.id, signature(problems));
    decorate(problems, node, item);
  });
  return health.onDidChange(() => {
    const stale = tree.model.builtNodes().filter((node) => (drawn.get(node.id) ?? '') !== signature(problemsOf(health, node)));
    if (stale.length > 0) tree.redraw(stale);
  });
}

function problemsOf(health: RoadmapHealth, node: TreeNode): HealthDiagnostic[] {
  return node.type === 'file' ? [] : health.at(vscode.Uri.parse(node.key), node.line);
}

function signature(problems: readonly HealthDiagnostic[]): string {
  return problems.map((d) => `${d.code}:${d.severity}:${d.message}`).join('\u0001');
}

function decorate(problems: readonly HealthDiagnostic[], node: TreeNode, item: vscode.TreeItem): void {
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
