import * as vscode from 'vscode';
import { combineFixes } from '../../core/health/combineFixes';
import type { HealthDiagnostic, HealthFix } from '../../core/health/diagnostic';
import type { TextEdit } from '../../core/model';
import type { RoadmapHealth } from './roadmapHealth';

function fixTitle(fix: HealthFix): string {
  switch (fix.kind) {
    case 'set-status': return vscode.l10n.t('Change the status to "{0}", as the tasks say', fix.to);
    case 'tick-tasks': return Number(fix.to) === 1 ? vscode.l10n.t('Tick the remaining task instead') : vscode.l10n.t('Tick the {0} remaining tasks instead', fix.to);
    case 'toggle-summary': return fix.to === 'x' ? vscode.l10n.t('Tick the summary box, as its section says') : vscode.l10n.t('Untick the summary box, as its section says');
    case 'table-cell': return vscode.l10n.t('Change the cell to "{0}", as the tasks say', fix.to);
    case 'repair-box': return vscode.l10n.t('Write the task box as "{0}"', fix.to);
    default: return vscode.l10n.t('Depend on "{0}" instead', fix.to);
  }
}

function fixAllTitle(d: HealthDiagnostic, count: number): string {
  switch (d.code) {
    case 'malformed-box': return vscode.l10n.t('Repair all {0} task boxes in this file', count);
    case 'summary-disagrees': return vscode.l10n.t('Make all {0} summary boxes in this file follow their sections', count);
    case 'table-disagrees': return vscode.l10n.t('Make all {0} table cells in this file follow the tasks', count);
    default: return vscode.l10n.t('Fix all {0} "{1}" problems in this file', count, d.code);
  }
}

/**
 * Quick fixes for roadmap diagnostics: each one minimal edit from the core, as one WorkspaceEdit (undoable in one
 * step); and, for the kinds where a fix can only follow the tasks or repair syntax, one that fixes every such problem
 * in the file.
 */
export class HealthCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly health: RoadmapHealth) {}

  static register(health: RoadmapHealth): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new HealthCodeActions(health), { providedCodeActionKinds: HealthCodeActions.kinds });
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.health.get(document.uri);
    // Offsets point into the text the diagnostics were computed on; a document edited since then waits for the next check.
    if (!result || result.entry.text !== document.getText()) return [];
    const actions: vscode.CodeAction[] = [];
    const offeredAll = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const d = this.health.origin(document.uri, diagnostic);
      if (!d) continue;
      d.fixes.forEach((fix, i) => {
        const action = new vscode.CodeAction(fixTitle(fix), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = i === 0;
        action.edit = workspaceEdit(document, fix.edits);
        actions.push(action);
      });
      const kind = d.fixes[0]?.kind;
      if (!kind || !d.fixes[0].safe || offeredAll.has(d.code)) continue;
      const same = result.diagnostics.filter((x) => x.code === d.code && x.fixes[0]?.kind === kind && x.fixes[0].safe);
      if (same.length < 2) continue;
      offeredAll.add(d.code);
      const { edits, applied } = combineFixes(same.map((x) => x.fixes[0]));
      const all = new vscode.CodeAction(fixAllTitle(d, applied.length), vscode.CodeActionKind.QuickFix);
      all.diagnostics = [diagnostic];
      all.edit = workspaceEdit(document, edits);
      actions.push(all);
    }
    return actions;
  }
}

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.text);
  return edit;
}
