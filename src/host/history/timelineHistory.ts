// The timeline panel's plan-against-reality part: posts actual bars, tooltip notes and the burn-up after every
// layout (and whenever the history changes), and turns a drag on a bar into the period's words rewritten in the
// document — one undoable edit over those words only, or, for an item with no stated period, words written in the
// document's common style after asking.
import * as vscode from 'vscode';
import { periodWords, reschedule, snapToUnit, UNIT_DAYS, writePeriod } from '../../core/edit/reschedule';
import type { RoadmapHistory } from '../../core/history/history';
import { addDays } from '../../core/language/periods';
import { lateness } from '../../core/present/lateness';
import { actualBars, type ActualBar } from '../../core/timeline/actuals';
import type { HistoryMessage, RescheduleMessage } from '../../shared/historyProtocol';
import { applyRoadmapEdits } from '../applyEdits';
import type { DocumentsIndex } from '../documentsIndex';
import type { Logger } from '../logger';
import { timelineHooks } from '../timeline/timelineHooks';
import type { TimelinePanel } from '../timeline/timelinePanel';
import type { RoadmapHistoryService } from './roadmapHistory';

function latenessWords(days: number): string {
  const l = lateness(days);
  if (l.direction === 'on time') return vscode.l10n.t('on time');
  const amount = l.unit === 'week' ? vscode.l10n.t('{0} weeks', l.amount) : l.amount === 1 ? vscode.l10n.t('1 day') : vscode.l10n.t('{0} days', l.amount);
  return l.direction === 'late' ? vscode.l10n.t('{0} late', amount) : vscode.l10n.t('{0} ahead', amount);
}

/** The tooltip lines for one item's actual span. */
function noteFor(bar: ActualBar): string {
  const lines: string[] = [];
  if (bar.actualStart) {
    lines.push(bar.actualEnd ? vscode.l10n.t('Actual: {0} → {1}', bar.actualStart, bar.actualEnd) : vscode.l10n.t('Actual: started {0}, in progress', bar.actualStart));
  }
  if (bar.actualEnd && bar.lateDays !== null) lines.push(bar.lateDays === 0 ? vscode.l10n.t('finished on time') : vscode.l10n.t('finished {0}', latenessWords(bar.lateDays)));
  else if (bar.projectedEnd) {
    lines.push(bar.lateDays !== null ? vscode.l10n.t('projected to finish {0} ({1})', bar.projectedEnd, latenessWords(bar.lateDays)) : vscode.l10n.t('projected to finish {0}', bar.projectedEnd));
  }
  if (bar.overdue) lines.push(vscode.l10n.t('overdue: its planned end has passed'));
  return lines.join('\n');
}

export class TimelineHistory implements vscode.Disposable {
  private readonly panels = new Set<TimelinePanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly index: DocumentsIndex,
    private readonly history: RoadmapHistoryService,
    private readonly logger: Logger,
  ) {
    timelineHooks.afterPost = (panel) => this.track(panel);
    timelineHooks.reschedule = (panel, message) => this.reschedule(panel, message);
    this.disposables.push(
      history.onDidChange((uris) => {
        const keys = new Set(uris.map((u) => u.toString()));
        for (const panel of this.panels) if (keys.has(panel.uri.toString())) this.post(panel);
      }),
    );
  }

  private track(panel: TimelinePanel): void {
    if (!this.panels.has(panel)) {
      this.panels.add(panel);
      panel.onDidDispose(() => this.panels.delete(panel));
    }
    this.post(panel);
  }

  /** The message for a panel's current layout; public for tests. */
  message(panel: TimelinePanel): HistoryMessage | undefined {
    const entry = this.index.get(panel.uri);
    const layout = panel.currentLayout();
    if (!entry || entry.error || !layout) return undefined;
    const history: RoadmapHistory | undefined = this.history.get(panel.uri);
    const bars = history && history.commits > 0 ? actualBars(layout, history) : [];
    const notes: Record<string, string> = {};
    for (const bar of bars) {
      const note = noteFor(bar);
      if (note) notes[String(bar.section)] = note;
    }
    const units: Record<string, number> = {};
    for (const s of entry.model.sections) {
      const words = periodWords(entry.text, entry.model, s);
      units[String(s.index)] = words ? Math.round(UNIT_DAYS[words.unit]) : layout.axis.mode === 'date' ? 1 : 7;
    }
    return {
      type: 'history',
      version: entry.version,
      bars,
      notes,
      burnup: history?.burnup ?? [],
      projected: history?.projected ?? null,
      today: history?.today ?? '',
      units,
      words: {
        burnupTab: vscode.l10n.t('Burn-up'),
        timelineTab: vscode.l10n.t('Timeline'),
        today: vscode.l10n.t('today'),
        projected: vscode.l10n.t('all done by'),
        done: vscode.l10n.t('done'),
        total: vscode.l10n.t('total'),
        noHistory: vscode.l10n.t('No git history for this file yet: the burn-up starts with its first commit.'),
      },
    };
  }

  private post(panel: TimelinePanel): void {
    const message = this.message(panel);
    if (message) void panel.panel.webview.postMessage(message);
  }

  /** A drag or Alt+arrow on a bar: the period's words moved by whole units of their kind. */
  async reschedule(panel: TimelinePanel, m: RescheduleMessage): Promise<void> {
    const entry = this.index.get(panel.uri);
    if (!entry || entry.error || entry.version !== m.version || !entry.model.sections[m.section]) {
      this.logger.warn(`timeline: ignored a reschedule of section ${m.section} made on version ${m.version}`);
      this.post(panel);
      return;
    }
    const document = await vscode.workspace.openTextDocument(panel.uri);
    const text = entry.text;
    const section = entry.model.sections[m.section];
    const words = periodWords(text, entry.model, section);
    let edit;
    if (words) {
      const result = reschedule(text, entry.model, m.section, snapToUnit(m.startDays, words.unit), snapToUnit(m.endDays, words.unit));
      if (!result.ok) {
        if (result.reason === 'wording') void vscode.window.showWarningMessage(vscode.l10n.t('“{0}” cannot be rewritten in its own words here; change it by hand.', words.text));
        this.post(panel);
        return;
      }
      if (result.edit.text === words.text) return this.post(panel);
      edit = result.edit;
    } else {
      const item = panel.currentLayout()?.rows.flatMap((r) => r.items).find((i) => i.section === m.section && i.task === null);
      if (!item || item.unscheduled || !item.start) return this.post(panel);
      const span = item.start.startsWith('W')
        ? { weeks: [Number(item.start.slice(1)) + Math.round(m.startDays / 7), Number(item.end.slice(1)) + Math.round(m.endDays / 7)] as [number, number] }
        : { days: [addDays(item.start, m.startDays), addDays(item.end, m.endDays)] as [string, string] };
      edit = writePeriod(text, entry.model, m.section, span);
      const write = vscode.l10n.t('Write it');
      const choice = await vscode.window.showInformationMessage(vscode.l10n.t('“{0}” states no period. Write “{1}” into its heading?', section.title, edit.text.trim()), write);
      if (choice !== write) return this.post(panel);
    }
    if (document.getText() !== text) return this.post(panel);
    const applied = await applyRoadmapEdits(panel.uri, [edit], { expectedText: text });
    if (!applied.ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The timeline could not reschedule: {0}', applied.reason));
      this.post(panel);
    }
  }

  dispose(): void {
    if (timelineHooks.afterPost) timelineHooks.afterPost = undefined;
    timelineHooks.reschedule = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
