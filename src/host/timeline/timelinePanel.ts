import * as vscode from 'vscode';
import { localToday } from '../../core/language/isoDay';
import { layoutTimeline, type TimelineLayout } from '../../core/timeline/timelineLayout';
import { alignGroups } from '../../core/timeline/workspaceTimeline';
import { isWebviewMessage, type HostMessage, type WebviewMessage } from '../../shared/protocol';
import { Disposable } from '../disposable';
import type { DocumentsIndex } from '../documentsIndex';
import type { Logger } from '../logger';
import { perfMark } from '../perfTrace';
import { createNonce, timelineHtml, timelineWebviewOptions } from './timelineHtml';
import { timelineHooks } from './timelineHooks';

/** How long to wait for the webview to say it drew a layout before posting the next one anyway. */
const DRAW_ACK_TIMEOUT_MS = 2_000;

/** What the webview reported after drawing a layout. */
export interface TimelineRendered {
  version: number;
  rows: number;
  /** File headers the webview drew (a workspace chart). */
  groups?: number;
}

/**
 * One webview panel showing the timeline of one roadmap. It follows the documents index (never parses), posts a
 * new layout when the document's model changes, and trusts nothing the webview sends until the guard and a
 * line-range check pass.
 */
export class TimelinePanel extends Disposable {
  private readonly renderedEmitter = this.register(new vscode.EventEmitter<TimelineRendered>());
  /** Fires when the webview has drawn a layout; tests and the latency log listen to it. */
  readonly onDidRender = this.renderedEmitter.event;
  private readonly disposeEmitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.disposeEmitter.event;
  private ready = false;
  /** The view is stale: a change arrived while it was hidden or before the webview was ready. */
  private stale = true;
  private layoutCache: { version: number; today: string; layout: TimelineLayout } | undefined;
  private changedAt: number | undefined;
  /**
   * A layout was posted and the webview has not said it drew it yet. Until it does, changes only mark the view
   * stale and the latest layout goes when it answers: a typing burst never queues redraws behind each other.
   */
  private awaitingDraw: { version: number; since: number } | undefined;
  /** What the webview shows (serialised), so an unchanged layout is not posted and drawn again. */
  private shown: string | undefined;
  lastRendered: TimelineRendered | undefined;
  private target: vscode.Uri;
  /** Pinned: keeps showing its file; else it follows the active roadmap editor. */
  pinned = false;
  private workspaceMode = false;
  /** The files of the workspace chart last posted, by group index: a reveal names its file by that index. */
  private workspaceFiles: vscode.Uri[] = [];
  /** Counts workspace charts posted (the webview answers `rendered` with it). */
  private workspaceVersion = 0;
  /** Each file's own layout by URI, kept until its version (or the day) changes: an edit lays out one file, not all. */
  private readonly workspaceCache = new Map<string, { version: number; today: string; layout: TimelineLayout }>();

  constructor(
    readonly panel: vscode.WebviewPanel,
    uri: vscode.Uri,
    private readonly index: DocumentsIndex,
    private readonly extensionUri: vscode.Uri,
    private readonly logger: Logger,
    private readonly onExport: (uri: vscode.Uri) => void,
  ) {
    super();
    this.target = uri;
    panel.webview.options = timelineWebviewOptions(extensionUri);
    this.register(panel.webview.onDidReceiveMessage((m: unknown) => void this.handleMessage(m)));
    this.register(
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) this.post();
      }),
    );
    this.register(panel.onDidDispose(() => this.dispose()));
    this.register(
      index.onDidChange(({ uris }) => {
        // The workspace chart shows every roadmap, so any change (a file added or removed too) redraws it.
        if (!this.workspaceMode && !uris.some((u) => u.toString() === this.uri.toString())) return;
        this.changedAt ??= Date.now();
        this.stale = true;
        if (panel.visible) this.post();
      }),
    );
    this.renderHtml();
  }

  /** The roadmap the panel shows. */
  get uri(): vscode.Uri {
    return this.target;
  }

  /** Every roadmap of the workspace in one chart (true), or the one file (false). */
  get workspace(): boolean {
    return this.workspaceMode;
  }

  setWorkspace(on: boolean): void {
    if (on === this.workspaceMode) return;
    this.workspaceMode = on;
    this.drawAfresh();
  }

  /** Shows another roadmap in this panel (the active editor changed, or Open Timeline asked for it). */
  retarget(uri: vscode.Uri): void {
    if (uri.toString() === this.target.toString()) return;
    this.target = uri;
    // The workspace chart already shows it; the file is remembered for when the user switches back.
    if (this.workspaceMode) return;
    this.layoutCache = undefined;
    this.drawAfresh();
  }

  /** Forgets what the page shows (another roadmap or mode): a new title and a whole new picture. */
  private drawAfresh(): void {
    this.shown = undefined;
    this.awaitingDraw = undefined;
    this.lastRendered = undefined;
    this.stale = true;
    this.panel.title = this.title();
    if (this.panel.visible) this.post();
  }

  private title(): string {
    return this.workspaceMode ? vscode.l10n.t('Timeline: Workspace') : panelTitle(this.uri);
  }

  /** The workspace chart's groups: every indexed roadmap that can be read, by folder-relative path. */
  workspaceGroups(): { uri: vscode.Uri; fileName: string; layout: TimelineLayout }[] {
    const today = localToday();
    const files = this.index.all().filter((e) => !e.error).map((e) => ({ uri: e.uri, name: displayPath(e.uri), entry: e }));
    files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const live = new Set(files.map((f) => f.uri.toString()));
    for (const key of this.workspaceCache.keys()) if (!live.has(key)) this.workspaceCache.delete(key);
    const laidOut = files.map(({ uri, name, entry }) => {
      const key = uri.toString();
      let cached = this.workspaceCache.get(key);
      if (!cached || cached.version !== entry.version || cached.today !== today || cached.layout.title !== entry.model.title) {
        cached = { version: entry.version, today, layout: layoutTimeline(entry.model, { today }) };
        this.workspaceCache.set(key, cached);
      }
      return { name, layout: cached.layout };
    });
    return alignGroups(laidOut, { today }).map((g, i) => ({ uri: files[i].uri, fileName: g.name, layout: g.layout }));
  }

  /** The layout the panel shows (or would show) for the document's current model. */
  currentLayout(): TimelineLayout | undefined {
    const entry = this.index.get(this.uri);
    if (!entry || entry.error) return undefined;
    const today = localToday();
    if (!this.layoutCache || this.layoutCache.version !== entry.version || this.layoutCache.today !== today || this.layoutCache.layout.title !== entry.model.title) {
      this.layoutCache = { version: entry.version, today, layout: layoutTimeline(entry.model, { today }) };
    }
    return this.layoutCache.layout;
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  private renderHtml(): void {
    this.ready = false;
    this.panel.title = this.title();
    this.panel.webview.html = timelineHtml(this.panel.webview, this.extensionUri, createNonce());
  }

  private post(): void {
    if (!this.ready) return;
    // A webview that never answers (reloaded, discarded while hidden) must not stop updates for good.
    if (this.awaitingDraw && Date.now() - this.awaitingDraw.since < DRAW_ACK_TIMEOUT_MS) {
      this.stale = true;
      return;
    }
    this.awaitingDraw = undefined;
    if (this.workspaceMode) {
      this.postWorkspace();
      return;
    }
    const entry = this.index.get(this.uri);
    let message: HostMessage;
    if (!entry) message = { type: 'empty', reason: 'closed' };
    else if (entry.error) message = { type: 'empty', reason: 'error', detail: entry.error };
    else {
      const started = performance.now();
      const layout = this.currentLayout()!;
      perfMark('timeline.layout', this.uri.toString(), entry.version, performance.now() - started);
      message = { type: 'layout', layout, fileName: displayPath(this.uri), uri: this.uri.toString(), version: entry.version, follows: !this.pinned, words: timelineWords() };
    }
    this.stale = false;
    const shown = JSON.stringify(message.type === 'layout' ? { ...message, version: 0 } : message);
    if (shown === this.shown && entry && message.type === 'layout') {
      // Same picture (an edit inside a task's text): nothing to draw; the webview is as good as redrawn.
      this.lastRendered = { version: entry.version, rows: message.layout.rows.length };
      this.changedAt = undefined;
      this.renderedEmitter.fire(this.lastRendered);
      timelineHooks.afterPost?.(this);
      return;
    }
    this.shown = shown;
    if (message.type === 'layout') this.awaitingDraw = { version: message.version, since: Date.now() };
    const posted = performance.now();
    void this.panel.webview.postMessage(message).then(() => {
      if (message.type === 'layout') perfMark('timeline.post', this.uri.toString(), message.version, performance.now() - posted);
    });
    timelineHooks.afterPost?.(this);
  }

  private postWorkspace(): void {
    const started = performance.now();
    const groups = this.workspaceGroups();
    perfMark('timeline.layout', 'workspace', this.workspaceVersion + 1, performance.now() - started);
    this.stale = false;
    const body = { groups: groups.map((g) => ({ fileName: g.fileName, uri: g.uri.toString(), layout: g.layout })), words: timelineWords() };
    const shown = JSON.stringify({ type: 'workspace', ...body });
    if (shown === this.shown) {
      this.lastRendered = { version: this.workspaceVersion, rows: this.lastRendered?.rows ?? 0, groups: this.lastRendered?.groups ?? 0 };
      this.changedAt = undefined;
      this.renderedEmitter.fire(this.lastRendered);
      return;
    }
    this.shown = shown;
    this.workspaceFiles = groups.map((g) => g.uri);
    const message: HostMessage = { type: 'workspace', uri: this.uri.toString(), version: ++this.workspaceVersion, ...body };
    this.awaitingDraw = { version: message.version, since: Date.now() };
    void this.panel.webview.postMessage(message);
  }

  /** Everything the webview sends comes through here; public so tests can send what a compromised page might. */
  async handleMessage(raw: unknown): Promise<void> {
    if (!isWebviewMessage(raw)) {
      this.logger.warn(`timeline: ignored a malformed message from the webview`);
      return;
    }
    const message: WebviewMessage = raw;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.awaitingDraw = undefined;
        this.shown = undefined;
        this.post();
        break;
      case 'reveal': {
        // In the workspace chart the page names the file by its group; anything else is stale or forged.
        const uri = message.file === undefined ? (this.workspaceMode ? undefined : this.uri) : this.workspaceMode ? this.workspaceFiles[message.file] : undefined;
        if (!uri) {
          this.logger.warn(`timeline: ignored a reveal in file ${message.file ?? '(none)'} (${this.workspaceMode ? `${this.workspaceFiles.length} files shown` : 'one file shown'})`);
          break;
        }
        await this.revealLine(message.line, uri);
        break;
      }
      case 'exportSvg':
        this.onExport(this.uri);
        break;
      case 'pin':
        this.pinned = message.pinned;
        break;
      case 'mode':
        this.setWorkspace(message.workspace);
        break;
      case 'reschedule':
        // The workspace chart draws no draggable bars; a reschedule from it cannot name its file.
        if (this.workspaceMode) this.logger.warn('timeline: ignored a reschedule from the workspace chart');
        else await timelineHooks.reschedule?.(this, message);
        break;
      case 'rendered':
        this.lastRendered = message.groups === undefined ? { version: message.version, rows: message.rows } : { version: message.version, rows: message.rows, groups: message.groups };
        if (this.awaitingDraw && message.version >= this.awaitingDraw.version) this.awaitingDraw = undefined;
        if (this.changedAt !== undefined) {
          // Painted, by the page's clock (the same machine's in a local window), or else when the answer came.
          const now = Date.now();
          const painted = message.paintedAt !== undefined && message.paintedAt >= this.changedAt && message.paintedAt <= now ? message.paintedAt : now;
          perfMark('timeline.drawn', this.uri.toString(), message.version, painted - this.changedAt);
          if (painted !== now) perfMark('timeline.answer', this.uri.toString(), message.version, now - painted);
          this.logger.debug(`timeline: painted ${painted - this.changedAt} ms after the model changed (${message.rows} rows); the page's answer took ${now - painted} ms more`);
          this.changedAt = undefined;
        }
        this.renderedEmitter.fire(this.lastRendered);
        // Changes that came while it drew: the latest layout, once.
        if (!this.awaitingDraw && this.stale && this.panel.visible) this.post();
        break;
    }
  }

  private async revealLine(line: number, uri: vscode.Uri): Promise<void> {
    const entry = this.index.get(uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const lineCount = open?.lineCount ?? entry?.model.lineCount ?? 0;
    // A line the document does not have is a stale or forged message: ignore it rather than clamp to a wrong place.
    if (line < 1 || line > lineCount) {
      this.logger.warn(`timeline: ignored reveal of line ${line} (the document has ${lineCount})`);
      return;
    }
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, preserveFocus: false });
    const position = new vscode.Position(line - 1, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  override dispose(): void {
    if (this.isDisposed) return;
    this.disposeEmitter.fire();
    super.dispose();
    this.panel.dispose();
  }
}

/** The webview's words in the user's language (the page itself cannot call vscode.l10n). */
export function timelineWords(): Record<string, string> {
  return {
    lane: vscode.l10n.t('Not scheduled — plan order'),
    noAxis: vscode.l10n.t('No dates or weeks in this roadmap, so there is no time axis.'),
    today: vscode.l10n.t('today'),
    hintNone: vscode.l10n.t('No section states a period, so they are listed in plan order without a time axis.'),
    hintSome: vscode.l10n.t('{0} of {1} sections state no period and are listed below the chart, in plan order.'),
    hintEstimated: vscode.l10n.t('Hatched bars are estimates (a duration without a start).'),
    hintHow: vscode.l10n.t('To place one in time, add a period to its heading: "(Weeks 1-3)", "Q2 2024" or "2024-05-01 → 2024-06-30".'),
    pin: vscode.l10n.t('Pin: keep showing this file'),
    unpin: vscode.l10n.t('Unpin: follow the active roadmap editor'),
    estimated: vscode.l10n.t('Estimated placement: the document gives a length but no start, so it is drawn after the item before it.'),
    unscheduled: vscode.l10n.t('Not scheduled: the document gives it no period. Add one to its heading to place it in time.'),
    unscheduledRow: vscode.l10n.t('Not scheduled: its row gives no period. Add a date or week range to the row to place it in time.'),
    done: vscode.l10n.t('Finished on {0}'),
    workspace: vscode.l10n.t('Whole workspace'),
    workspaceTip: vscode.l10n.t('Show every roadmap of the workspace in one chart, grouped by file'),
    workspaceName: vscode.l10n.t('Workspace: {0} roadmaps'),
    workspaceEmpty: vscode.l10n.t('No roadmap found in this workspace.'),
    workspaceHint: vscode.l10n.t('Files with calendar dates share one axis; a file in relative weeks keeps its own week axis, since its Week 1 is not another file\'s.'),
  };
}

/** The file as people find it in the Explorer: its path in the workspace folder (with the folder's name when there are several). */
export function displayPath(uri: vscode.Uri): string {
  const inWorkspace = vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  return inWorkspace ? vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1) : fileName(uri);
}

export function panelTitle(uri: vscode.Uri): string {
  return vscode.l10n.t('Timeline: {0}', displayPath(uri));
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
