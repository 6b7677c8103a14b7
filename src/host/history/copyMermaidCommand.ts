// "Copy Timeline as Mermaid": the timeline as a Mermaid gantt block on the clipboard, to paste into an issue or a
// README that GitHub renders. A plan in relative weeks needs a day for week 1: the first commit's day when the
// history knows it, else the user says.
import * as vscode from 'vscode';
import { isIsoDay, localToday } from '../../core/language/isoDay';
import { timelineMermaid } from '../../core/timeline/mermaid';
import { layoutTimeline } from '../../core/timeline/timelineLayout';
import { commands } from '../constants';
import type { DocumentsIndex } from '../documentsIndex';
import type { RoadmapHistoryService } from './roadmapHistory';

export function registerCopyMermaid(index: DocumentsIndex, history: RoadmapHistoryService): vscode.Disposable {
  return vscode.commands.registerCommand(commands.copyTimelineMermaid, async (arg?: unknown) => {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri ?? index.all()[0]?.uri;
    const entry = uri && index.get(uri);
    if (!entry || entry.error) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a roadmap to copy its timeline.'));
      return undefined;
    }
    const layout = layoutTimeline(entry.model, { today: localToday() });
    let weekStart: string | undefined;
    if (layout.axis.mode === 'week') {
      await history.whenLoaded(entry.uri);
      const known = history.get(entry.uri)?.since ?? undefined;
      weekStart = await vscode.window.showInputBox({
        title: vscode.l10n.t('Copy Timeline as Mermaid'),
        prompt: vscode.l10n.t('The plan is in relative weeks: on which day does week 1 start?'),
        value: known ?? localToday(),
        validateInput: (v) => (isIsoDay(v.trim()) ? undefined : vscode.l10n.t('A day as YYYY-MM-DD')),
      });
      if (weekStart === undefined) return undefined;
      weekStart = weekStart.trim();
    }
    const result = timelineMermaid(entry.model, layout, { weekStart });
    if (!result.ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('No item of this roadmap states a period, so there is no chart to copy.'));
      return undefined;
    }
    await vscode.env.clipboard.writeText(result.text);
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied the timeline as a Mermaid gantt block.'));
    return result.text;
  });
}
