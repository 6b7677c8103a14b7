import * as vscode from 'vscode';
import type { Provenance, SectionKind, Status } from '../../core/model';
import { commands } from '../constants';
import type { FileNode, SectionNode, TaskNode, TreeNode } from './treeModel';

const KIND_ICONS: Record<SectionKind, string> = {
  phase: 'layers',
  milestone: 'milestone',
  quarter: 'calendar',
  section: 'symbol-namespace',
};

/** Theme colours, so every theme (high contrast included) decides what "done" and "blocked" look like. */
export const STATUS_COLORS: Record<Status, string> = {
  done: 'charts.green',
  'in-progress': 'charts.yellow',
  planned: 'descriptionForeground',
  blocked: 'charts.red',
};

function statusLabel(status: Status): string {
  switch (status) {
    case 'done': return vscode.l10n.t('Done');
    case 'in-progress': return vscode.l10n.t('In progress');
    case 'blocked': return vscode.l10n.t('Blocked');
    default: return vscode.l10n.t('Planned');
  }
}

function kindLabel(kind: SectionKind): string {
  switch (kind) {
    case 'phase': return vscode.l10n.t('Phase');
    case 'milestone': return vscode.l10n.t('Milestone');
    case 'quarter': return vscode.l10n.t('Quarter');
    default: return vscode.l10n.t('Section');
  }
}

export function treeItemFor(node: TreeNode): vscode.TreeItem {
  switch (node.type) {
    case 'file': return fileItem(node);
    case 'section': return sectionItem(node);
    default: return taskItem(node);
  }
}

function collapsible(node: TreeNode, expanded: boolean): vscode.TreeItemCollapsibleState {
  if (!node.hasChildren) return vscode.TreeItemCollapsibleState.None;
  return expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
}

function fileItem(node: FileNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, collapsible(node, true));
  item.id = node.id;
  item.description = node.description;
  item.resourceUri = vscode.Uri.parse(node.key);
  item.iconPath = node.error ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : vscode.ThemeIcon.File;
  item.tooltip = node.error ?? vscode.l10n.t('{0} of {1} tasks done', node.done, node.total);
  item.contextValue = 'roadmapFile';
  item.command = { command: commands.revealLine, title: vscode.l10n.t('Open'), arguments: [node.key, 1] };
  return item;
}

function sectionItem(node: SectionNode): vscode.TreeItem {
  // Top-level sections (phases, milestones, quarters, under the hoisted title) start open, as many as a few hundred
  // rows allow: the first look shows the plan with its checkboxes, and a 10k-task roadmap does not open 10k rows.
  const item = new vscode.TreeItem(node.label, collapsible(node, node.expanded));
  item.id = node.id;
  item.description = node.description;
  item.iconPath = new vscode.ThemeIcon(KIND_ICONS[node.kind], new vscode.ThemeColor(STATUS_COLORS[node.status]));
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendText(node.title);
  tooltip.appendMarkdown('\n\n');
  const facts = [`${kindLabel(node.kind)} · ${statusLabel(node.status)}`];
  if (node.total > 0) facts.push(node.counts === 'items' ? vscode.l10n.t('{0} of {1} plan items done', node.done, node.total) : vscode.l10n.t('{0} of {1} tasks done', node.done, node.total));
  const statusNote = statusProvenance(statusLabel(node.status), node.provenance.status);
  if (statusNote) facts.push(statusNote);
  if (node.period) facts.push(periodProvenance(node.period, node.provenance.period));
  if (node.dependencies.length) facts.push(vscode.l10n.t('Depends on {0}', node.dependencies.join(', ')));
  tooltip.appendText(facts.join('\n'));
  item.tooltip = tooltip;
  item.accessibilityInformation = { label: [node.title, statusLabel(node.status), node.description].filter(Boolean).join(', ') };
  const states = [node.total > node.done ? 'open' : '', node.done > 0 ? 'done' : ''].filter(Boolean).join(' ');
  item.contextValue = `roadmapSection ${states}`.trim();
  item.command = { command: commands.revealLine, title: vscode.l10n.t('Reveal'), arguments: [node.key, node.line] };
  return item;
}

/** "Status: Done — stated on line 54: 'Statut : ✅ Terminé'", "Status: In progress — derived from its tasks". */
function statusProvenance(status: string, at: Provenance | null): string | null {
  if (!at) return null;
  if (at.line === null) return vscode.l10n.t('Status: {0} — derived from its tasks', status);
  const where = at.endLine !== null && at.endLine !== at.line ? vscode.l10n.t('lines {0}–{1}', at.line, at.endLine) : vscode.l10n.t('line {0}', at.line);
  return at.basis === 'estimated'
    ? vscode.l10n.t("Status: {0} — estimated from {1}: '{2}'", status, where, at.text)
    : vscode.l10n.t("Status: {0} — stated on {1}: '{2}'", status, where, at.text);
}

/** "Period: 2026-03-02 – 2026-03-09 — lines 49–50". */
function periodProvenance(period: string, at: Provenance | null): string {
  if (!at || at.line === null) return vscode.l10n.t('Period: {0}', period);
  const where = at.endLine !== null && at.endLine !== at.line ? vscode.l10n.t('lines {0}–{1}', at.line, at.endLine) : vscode.l10n.t('line {0}', at.line);
  return at.basis === 'estimated' ? vscode.l10n.t('Period: {0} — estimated, {1}', period, where) : vscode.l10n.t('Period: {0} — {1}', period, where);
}

function taskItem(node: TaskNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, collapsible(node, true));
  item.id = node.id;
  item.description = node.description;
  item.checkboxState = {
    state: node.checked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
    tooltip: node.checked ? vscode.l10n.t('Reopen task') : vscode.l10n.t('Mark task done'),
    accessibilityInformation: { label: node.checked ? vscode.l10n.t('Done') : vscode.l10n.t('Open') },
  };
  item.tooltip = node.label;
  item.contextValue = node.checked ? 'roadmapTask done' : 'roadmapTask open';
  item.command = { command: commands.revealLine, title: vscode.l10n.t('Reveal'), arguments: [node.key, node.line] };
  return item;
}
