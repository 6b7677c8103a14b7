import * as vscode from 'vscode';
import { localToday } from '../../core/language/isoDay';
import { timelineSvg, timelineSvgGroups } from '../../core/timeline/svg';
import { layoutTimeline } from '../../core/timeline/timelineLayout';
import { isTimelineWebviewState } from '../../shared/protocol';
import { commands, views } from '../constants';
import { CommandManager } from '../commands/commandManager';
import { Disposable, disposeAll } from '../disposable';
import type { DocumentsIndex } from '../documentsIndex';
import type { Logger } from '../logger';
import { timelineWebviewOptions } from './timelineHtml';
import { fileName, panelTitle, TimelinePanel } from './timelinePanel';

/**
 * Owns the timeline panels (one per roadmap), the Open Timeline and Export Timeline as SVG commands, and the
 * serializer that brings panels back after a window reload.
 */
export class TimelineManager extends Disposable {
  private readonly panels = new Map<string, TimelinePanel>();

  constructor(
    private readonly index: DocumentsIndex,
    private readonly extensionUri: vscode.Uri,
    private readonly logger: Logger,
  ) {
    super();
    const manager = this.register(new CommandManager());
    manager.register({ id: commands.openTimeline, execute: (uri?: unknown) => this.open(asUri(uri)) });
    manager.register({ id: commands.openWorkspaceTimeline, execute: () => this.openWorkspace() });
    manager.register({ id: commands.exportTimelineSvg, execute: (uri?: unknown, target?: unknown) => this.exportSvg(asUri(uri), asUri(target)) });
    this.register(vscode.window.registerWebviewPanelSerializer(views.timeline, { deserializeWebviewPanel: async (panel, state) => this.restore(panel, state) }));
    // Panels close with the manager; each also leaves the map when the user closes it.
    this.register({
      dispose: () => {
        const panels = [...this.panels.values()];
        this.panels.clear();
        disposeAll(panels);
      },
    });
    this.register(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) this.follow(editor.document.uri);
      }),
    );
  }

  /** The panel that follows the active roadmap editor: the one not pinned (there is at most one). */
  private follower(): TimelinePanel | undefined {
    return [...this.panels.values()].find((p) => !p.pinned);
  }

  /** The active editor changed: a following panel shows its roadmap, unless a panel already does. */
  private follow(uri: vscode.Uri): void {
    if (!this.index.isRoadmap(uri) || this.panels.has(uri.toString())) return;
    const panel = this.follower();
    if (panel) this.move(panel, uri);
  }

  private move(panel: TimelinePanel, uri: vscode.Uri): void {
    this.panels.delete(panel.uri.toString());
    panel.retarget(uri);
    this.panels.set(uri.toString(), panel);
  }

  /** Opens (or reveals) the timeline beside the editor; returns the panel so callers and tests can follow it. */
  async open(uri?: vscode.Uri): Promise<TimelinePanel | undefined> {
    const target = uri ?? (await this.pickRoadmap());
    if (!target) return undefined;
    const entry = this.index.get(target) ?? (await this.index.refresh(target));
    if (!entry) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not a roadmap file (see the roadmap.files setting).', fileName(target)));
      return undefined;
    }
    const existing = this.panels.get(target.toString()) ?? this.follower();
    if (existing) {
      this.move(existing, target);
      // Asked for one file's timeline: show that file, not the workspace chart.
      existing.setWorkspace(false);
      existing.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(views.timeline, panelTitle(target), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, timelineWebviewOptions(this.extensionUri));
    return this.adopt(panel, target);
  }

  /** Opens (or switches a panel to) the chart of every roadmap in the workspace, grouped by file. */
  async openWorkspace(): Promise<TimelinePanel | undefined> {
    const showing = [...this.panels.values()].find((p) => p.workspace) ?? [...this.panels.values()].find((p) => p.panel.active) ?? this.follower();
    if (showing) {
      showing.setWorkspace(true);
      showing.reveal();
      return showing;
    }
    await this.index.whenReady();
    const active = vscode.window.activeTextEditor?.document.uri;
    const target = active && this.index.isRoadmap(active) ? active : this.index.all()[0]?.uri;
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No roadmap found. Open a ROADMAP.md (or run "Roadmap: New Roadmap…") and try again.'));
      return undefined;
    }
    const panel = vscode.window.createWebviewPanel(views.timeline, vscode.l10n.t('Timeline: Workspace'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, timelineWebviewOptions(this.extensionUri));
    const adopted = this.adopt(panel, target);
    adopted.setWorkspace(true);
    return adopted;
  }

  /**
   * The serializer's entry after a window reload. The saved state comes from the webview, so it is checked like any
   * message: a state that does not name a roadmap URI we could have written (a file, or a workspace folder's scheme)
   * closes the panel quietly instead of throwing in the serializer.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uri = isTimelineWebviewState(state) ? restorableUri(state.uri) : undefined;
    if (!uri) {
      this.logger.warn(`timeline: not restoring a panel whose saved state names no roadmap (${JSON.stringify(state)?.slice(0, 200)})`);
      panel.dispose();
      return;
    }
    await this.index.whenReady();
    if (this.panels.has(uri.toString())) {
      panel.dispose();
      return;
    }
    const restored = this.adopt(panel, uri);
    restored.pinned = isTimelineWebviewState(state) && state.pinned === true;
    if (isTimelineWebviewState(state) && state.workspace === true) restored.setWorkspace(true);
  }

  private adopt(webviewPanel: vscode.WebviewPanel, uri: vscode.Uri): TimelinePanel {
    // A light and a dark glyph: a single black icon disappears on dark tab bars.
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    webviewPanel.iconPath = { light: vscode.Uri.joinPath(media, 'timeline-light.svg'), dark: vscode.Uri.joinPath(media, 'timeline-dark.svg') };
    const panel: TimelinePanel = new TimelinePanel(webviewPanel, uri, this.index, this.extensionUri, this.logger, (u) => void (panel.workspace ? this.exportWorkspaceSvg(panel) : this.exportSvg(u)));
    this.panels.set(uri.toString(), panel);
    panel.onDidDispose(() => {
      if (this.panels.get(panel.uri.toString()) === panel) this.panels.delete(panel.uri.toString());
    });
    return panel;
  }

  /** The roadmap to act on: the active editor's, the active timeline's, the only one, or one the user picks. */
  private async pickRoadmap(): Promise<vscode.Uri | undefined> {
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && this.index.isRoadmap(active)) return active;
    const activePanel = [...this.panels.values()].find((p) => p.panel.active);
    if (activePanel) return activePanel.uri;
    await this.index.whenReady();
    const all = this.index.all();
    if (all.length === 1) return all[0].uri;
    if (all.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No roadmap found. Open a ROADMAP.md (or run "Roadmap: New Roadmap…") and try again.'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      all.map((e) => ({ label: fileName(e.uri), description: vscode.workspace.asRelativePath(e.uri), uri: e.uri })),
      { placeHolder: vscode.l10n.t('Which roadmap?') },
    );
    return picked?.uri;
  }

  /** Saves the picture the panel shows. `target` skips the save dialog (automation and tests). */
  async exportSvg(uri?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const source = uri ?? (await this.pickRoadmap());
    if (!source) return undefined;
    const entry = this.index.get(source) ?? (await this.index.refresh(source));
    if (!entry || entry.error) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} cannot be read as a roadmap.', fileName(source)));
      return undefined;
    }
    const layout = this.panels.get(source.toString())?.currentLayout() ?? layoutTimeline(entry.model, { today: localToday() });
    const base = fileName(source).replace(/\.[^.]+$/, '');
    const destination = target ?? (await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(source, '..', `${base}.timeline.svg`),
      filters: { SVG: ['svg'] },
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export Timeline as SVG'),
    }));
    if (!destination) return undefined;
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(timelineSvg(layout)));
    this.logger.info(`timeline: exported ${destination.toString()}`);
    if (!target) void this.offerToOpen(destination);
    return destination;
  }

  /** Saves the workspace chart: one group per file, dated files on their shared axis (as `roadmap timeline DIR`). */
  async exportWorkspaceSvg(panel: TimelinePanel, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const groups = panel.workspaceGroups();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.joinPath(panel.uri, '..');
    const destination = target ?? (await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(folder, 'roadmaps.timeline.svg'),
      filters: { SVG: ['svg'] },
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export Timeline as SVG'),
    }));
    if (!destination) return undefined;
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(timelineSvgGroups(groups.map((g) => ({ name: g.fileName, layout: g.layout })))));
    this.logger.info(`timeline: exported the workspace chart to ${destination.toString()}`);
    if (!target) void this.offerToOpen(destination);
    return destination;
  }

  private async offerToOpen(destination: vscode.Uri): Promise<void> {
    const open = vscode.l10n.t('Open');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Timeline saved to {0}.', vscode.workspace.asRelativePath(destination)), open);
    if (choice === open) await vscode.commands.executeCommand('vscode.open', destination);
  }
}

function asUri(x: unknown): vscode.Uri | undefined {
  return x instanceof vscode.Uri ? x : undefined;
}

function restorableUri(text: string): vscode.Uri | undefined {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(text, true);
  } catch {
    return undefined;
  }
  const schemes = new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)]);
  return schemes.has(uri.scheme) && uri.path.length > 1 ? uri : undefined;
}
