// The timeline page: draws the layout the host sends, owns only UI state (zoom, scroll), and asks the host to
// reveal headings. It never builds HTML from strings; document text only ever reaches textContent/attributes.
import { fitText, fitWorkspaceZoom, fitZoom, labelWidthFor, timelineGeometry, workspaceGeometry, type BarGeometry } from '../core/timeline/svg';
import type { TimelineLayout } from '../core/timeline/timelineLayout';
import { isHostMessage, isTimelineWebviewState, type TimelineWebviewState, type WebviewMessage, type WorkspaceGroup } from '../shared/protocol';
import { drawTimeline, englishTipWords, tooltipLines, type TipWords } from './timelineView';
import { actualTipLines, drawActuals, drawBurnup } from './actuals';
import { installDrag } from './drag';
import type { TimelineGeometry } from '../core/timeline/svg';
import type { HistoryMessage } from '../shared/historyProtocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: TimelineWebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const saved = vscode.getState();
const state: TimelineWebviewState = isTimelineWebviewState(saved) ? saved : { uri: '', zoom: 0, scrollLeft: 0, scrollTop: 0 };

const root = document.getElementById('root') ?? document.body;
const toolbar = add(root, 'div', 'toolbar');
toolbar.setAttribute('role', 'toolbar');
toolbar.setAttribute('aria-label', 'Timeline');
const fileName = add(toolbar, 'span', 'file');
const pin = button('pin', '', '');
pin.setAttribute('aria-pressed', 'false');
const zoomOut = button('zoomOut', '−', 'Zoom out (-)');
const zoomIn = button('zoomIn', '+', 'Zoom in (+)');
const fit = button('fit', 'Fit', 'Fit to width (0)');
const exportSvg = button('export', 'Export SVG…', 'Save this picture as an SVG file');
const burnupTab = button('burnupTab', 'Burn-up', 'Show done and total tasks over time');
burnupTab.setAttribute('aria-pressed', 'false');
const workspaceToggle = button('workspaceToggle', 'Whole workspace', 'Show every roadmap of the workspace in one chart, grouped by file');
workspaceToggle.setAttribute('aria-pressed', String(state.workspace === true));
const hint = add(root, 'p', 'hint');
hint.hidden = true;
const scroller = add(root, 'div', 'scroller');
scroller.id = 'scroller';
const canvas = add(scroller, 'div', 'canvas');
const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
svg.setAttribute('class', 'chart');
svg.setAttribute('role', 'group');
canvas.appendChild(svg);
const labelPane = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
labelPane.setAttribute('class', 'label-pane');
canvas.appendChild(labelPane);
const burnupPane = add(root, 'div', 'burnup');
burnupPane.hidden = true;
const burnupSvg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
burnupSvg.setAttribute('class', 'burnup-chart');
burnupSvg.setAttribute('role', 'img');
burnupPane.appendChild(burnupSvg);
const empty = add(root, 'p', 'empty');
empty.hidden = true;
const tip = add(document.body, 'div', 'tooltip');
tip.setAttribute('role', 'tooltip');
tip.id = 'timeline-tooltip';
tip.hidden = true;

let layout: TimelineLayout | undefined;
/** The workspace chart's files, when the panel shows every roadmap (then `layout` is undefined). */
let groups: WorkspaceGroup[] | undefined;
let labelWidth = 0;
let version = 0;
let follows = true;
let history: HistoryMessage | undefined;
let drawn: TimelineGeometry | undefined;
let suppressRevealUntil = 0;

/** English words, replaced by the host's localized ones when it sends them. */
const words: Record<string, string> = {
  lane: 'Not scheduled — plan order',
  noAxis: 'No dates or weeks in this roadmap, so there is no time axis.',
  today: 'today',
  hintNone: 'No section states a period, so they are listed in plan order without a time axis.',
  hintSome: '{0} of {1} sections state no period and are listed below the chart, in plan order.',
  hintEstimated: 'Hatched bars are estimates (a duration without a start).',
  hintHow: 'To place one in time, add a period to its heading: "(Weeks 1-3)", "Q2 2024" or "2024-05-01 → 2024-06-30".',
  pin: 'Pin: keep showing this file',
  unpin: 'Unpin: follow the active roadmap editor',
  workspace: 'Whole workspace',
  workspaceTip: 'Show every roadmap of the workspace in one chart, grouped by file',
  workspaceName: 'Workspace: {0} roadmaps',
  workspaceEmpty: 'No roadmap found in this workspace.',
  workspaceHint: 'Files with calendar dates share one axis; a file in relative weeks keeps its own week axis, since its Week 1 is not another file\'s.',
  ...englishTipWords,
};
const tipWords = (): TipWords => ({ estimated: words.estimated, unscheduled: words.unscheduled, unscheduledRow: words.unscheduledRow, done: words.done });
const format = (template: string, ...args: (string | number)[]): string => template.replace(/\{(\d+)\}/g, (m, i: string) => String(args[Number(i)] ?? m));

function showPin(): void {
  const title = follows ? words.pin : words.unpin;
  pin.textContent = follows ? '📌' : '📍';
  pin.title = title;
  pin.setAttribute('aria-label', title);
  pin.setAttribute('aria-pressed', String(!follows));
}
showPin();

function add<K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, cls: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = cls;
  parent.appendChild(node);
  return node;
}

function button(id: string, label: string, title: string): HTMLButtonElement {
  const b = add(toolbar, 'button', 'tool');
  b.id = id;
  b.type = 'button';
  b.textContent = label;
  b.title = title;
  b.setAttribute('aria-label', title);
  return b;
}

function save(): void {
  state.scrollLeft = scroller.scrollLeft;
  state.scrollTop = scroller.scrollTop;
  vscode.setState(state);
}

/** The zoom at which the chart fits `width` pixels: the workspace chart fits its widest file. */
function fitFor(width: number): number {
  if (groups) return fitWorkspaceZoom(groups, width, labelWidthFor(width));
  return layout ? fitZoom(layout, width, labelWidthFor(width)) : 1;
}

function showMode(): void {
  const on = groups !== undefined;
  workspaceToggle.textContent = words.workspace;
  workspaceToggle.title = words.workspaceTip;
  workspaceToggle.setAttribute('aria-label', words.workspaceTip);
  workspaceToggle.setAttribute('aria-pressed', String(on));
  // One file's features: following the editor, its burn-up and drag to reschedule have no meaning across files.
  pin.hidden = on;
  burnupTab.hidden = on;
  if (on && !burnupPane.hidden) burnupTab.click();
}

function renderWorkspace(files: WorkspaceGroup[]): void {
  const viewport = scroller.clientWidth || 800;
  if (state.zoom <= 0 || !state.zoomed) state.zoom = fitFor(viewport);
  const geometry = workspaceGeometry(files.map((f) => ({ name: f.fileName, layout: f.layout })), { zoom: state.zoom, labelWidth: labelWidthFor(viewport), words: { lane: words.lane, noAxis: words.noAxis, today: words.today } });
  labelWidth = geometry.labelWidth;
  drawTimeline(svg, labelPane, geometry, fitText, { reveal, showTip, hideTip });
  // No drag and no actual bars: both speak about one file's sections.
  drawn = undefined;
  svg.setAttribute('aria-label', `${format(words.workspaceName, files.length)}, ${geometry.rows.length} rows`);
  empty.hidden = files.length > 0;
  empty.textContent = words.workspaceEmpty;
  const mixed = files.some((f) => f.layout.axis.mode === 'week') && files.filter((f) => f.layout.axis.mode !== 'none').length > 1;
  hint.hidden = !mixed;
  hint.textContent = mixed ? words.workspaceHint : '';
}

function render(): void {
  if (groups) {
    const left = scroller.scrollLeft;
    const top = scroller.scrollTop;
    renderWorkspace(groups);
    scroller.scrollLeft = left;
    scroller.scrollTop = top;
    save();
    return;
  }
  if (!layout) return;
  const focused = (document.activeElement as Element | null)?.getAttribute?.('data-section') ?? null;
  const left = scroller.scrollLeft;
  const top = scroller.scrollTop;
  const viewport = scroller.clientWidth || 800;
  if (state.zoom <= 0 || !state.zoomed) state.zoom = fitFor(viewport);
  const geometry = timelineGeometry(layout, { zoom: state.zoom, labelWidth: labelWidthFor(viewport), words: { lane: words.lane, noAxis: words.noAxis, today: words.today } });
  labelWidth = geometry.labelWidth;
  drawTimeline(svg, labelPane, geometry, fitText, { reveal, showTip, hideTip });
  drawn = geometry;
  drawActuals(svg, geometry, history);
  svg.setAttribute('aria-label', `${layout.title || 'Roadmap'} timeline, ${geometry.rows.length} rows`);
  scroller.scrollLeft = left;
  scroller.scrollTop = top;
  if (focused !== null) svg.querySelector<SVGGElement>(`.item[data-section="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
  showHint(layout);
  save();
}

function showHint(l: TimelineLayout): void {
  const rows = l.rows.flatMap((r) => r.items);
  const count = rows.filter((i) => i.task === null).length + l.lane.length;
  const estimated = rows.some((i) => i.estimated);
  if ((l.unscheduled === 0 && !estimated) || count === 0) {
    hint.hidden = true;
    return;
  }
  const parts: string[] = [];
  if (l.unscheduled > 0) parts.push(l.axis.mode === 'none' ? words.hintNone : format(words.hintSome, l.unscheduled, count));
  if (estimated) parts.push(words.hintEstimated);
  if (l.unscheduled > 0) parts.push(words.hintHow);
  hint.textContent = parts.join(' ');
  hint.hidden = false;
}

function reveal(line: number, group?: number): void {
  if (performance.now() < suppressRevealUntil) return;
  vscode.postMessage(group === undefined ? { type: 'reveal', line } : { type: 'reveal', line, file: group });
}

function showTip(bar: BarGeometry, anchor: Element): void {
  tip.replaceChildren();
  [...tooltipLines(bar, tipWords()), ...(bar.item.task === null && !groups ? actualTipLines(history, bar.item.section) : [])].forEach((line, i) => {
    const p = add(tip, 'div', i === 0 ? 'tip-title' : 'tip-line');
    p.textContent = line;
  });
  tip.hidden = false;
  anchor.setAttribute('aria-describedby', tip.id);
  const box = anchor.getBoundingClientRect();
  const x = Math.min(Math.max(4, box.left), Math.max(4, window.innerWidth - tip.offsetWidth - 4));
  const below = box.bottom + 6;
  const y = below + tip.offsetHeight > window.innerHeight ? Math.max(4, box.top - tip.offsetHeight - 6) : below;
  // CSSOM positioning is allowed under the CSP (only style attributes and elements are blocked).
  tip.style.left = `${Math.round(x)}px`;
  tip.style.top = `${Math.round(y)}px`;
}

function hideTip(): void {
  tip.hidden = true;
}

function setZoom(next: number, byUser = true): void {
  if (!layout && !groups) return;
  state.zoomed = byUser;
  const old = state.zoom;
  state.zoom = Math.min(16, Math.max(1 / 16, next));
  // Keep the day at the middle of the view in place while zooming.
  const centre = scroller.scrollLeft + scroller.clientWidth / 2;
  render();
  scroller.scrollLeft = Math.max(0, labelWidth + ((centre - labelWidth) * state.zoom) / old - scroller.clientWidth / 2);
  save();
}

zoomIn.addEventListener('click', () => setZoom(state.zoom * 1.5));
zoomOut.addEventListener('click', () => setZoom(state.zoom / 1.5));
fit.addEventListener('click', () => setZoom(fitFor(scroller.clientWidth), false));
workspaceToggle.addEventListener('click', () => {
  state.workspace = groups === undefined;
  state.zoom = 0;
  state.zoomed = false;
  save();
  workspaceToggle.setAttribute('aria-pressed', String(state.workspace));
  vscode.postMessage({ type: 'mode', workspace: state.workspace });
});
pin.addEventListener('click', () => {
  follows = !follows;
  state.pinned = !follows;
  save();
  showPin();
  vscode.postMessage({ type: 'pin', pinned: !follows });
});
// Until the user zooms, the chart keeps fitting the panel as it is resized (the first draw may happen in a
// panel still opening at half its final width).
let lastWidth = 0;
new ResizeObserver(() => {
  const width = scroller.clientWidth;
  if ((!layout && !groups) || state.zoomed || width === lastWidth) return;
  lastWidth = width;
  render();
}).observe(scroller);
exportSvg.addEventListener('click', () => vscode.postMessage({ type: 'exportSvg' }));
function showBurnup(): void {
  drawBurnup(burnupSvg, history, Math.max(320, root.clientWidth - 16), history?.words.noHistory ?? 'No git history for this file yet: the burn-up starts with its first commit.');
}
burnupTab.addEventListener('click', () => {
  const show = burnupPane.hidden;
  burnupPane.hidden = !show;
  scroller.hidden = show;
  burnupTab.setAttribute('aria-pressed', String(show));
  burnupTab.textContent = show ? (history?.words.timelineTab ?? 'Timeline') : (history?.words.burnupTab ?? 'Burn-up');
  if (show) showBurnup();
});
installDrag(svg, {
  geometry: () => drawn,
  version: () => version,
  unitDays: (section) => history?.units[String(section)] ?? 7,
  send: (m) => vscode.postMessage(m),
  suppressClick: () => {
    suppressRevealUntil = performance.now() + 400;
  },
});
scroller.addEventListener('scroll', () => {
  hideTip();
  save();
});
document.addEventListener('keydown', (e) => {
  if (e.target instanceof HTMLButtonElement || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === '+' || e.key === '=') setZoom(state.zoom * 1.5);
  else if (e.key === '-') setZoom(state.zoom / 1.5);
  else if (e.key === '0' && (layout || groups)) setZoom(fitFor(scroller.clientWidth), false);
  else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') moveFocus(e.key === 'ArrowDown' ? 1 : -1, e);
  else if (e.key === 'Escape') hideTip();
});

function moveFocus(step: number, e: KeyboardEvent): void {
  const items = Array.from(svg.querySelectorAll<SVGGElement>('.item'));
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement as SVGGElement);
  const next = items[Math.min(items.length - 1, Math.max(0, at < 0 ? 0 : at + step))];
  e.preventDefault();
  next.focus();
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isHostMessage(message)) return;
  if (message.type === 'history') {
    history = message;
    if (layout && !groups) render();
    if (!burnupPane.hidden) showBurnup();
    return;
  }
  if (message.type === 'workspace') {
    const first = !layout && !groups;
    if (!groups) {
      state.zoom = 0;
      state.zoomed = false;
    }
    layout = undefined;
    groups = message.groups;
    version = message.version;
    state.uri = message.uri;
    state.workspace = true;
    if (message.words) Object.assign(words, message.words);
    fileName.textContent = format(words.workspaceName, groups.length);
    fileName.title = groups.map((g) => g.fileName).join('\n');
    showMode();
    render();
    if (first) {
      scroller.scrollLeft = state.scrollLeft;
      scroller.scrollTop = state.scrollTop;
    }
    announceDrawn({ type: 'rendered', version, rows: labelPane.querySelectorAll('text.label').length, groups: labelPane.querySelectorAll('text.group-title').length });
    return;
  }
  if (message.type === 'empty') {
    layout = undefined;
    groups = undefined;
    showMode();
    svg.replaceChildren();
    hint.hidden = true;
    empty.hidden = false;
    empty.textContent = message.reason === 'no-roadmap'
      ? 'Open a ROADMAP.md and run "Roadmap: Open Timeline".'
      : message.reason === 'closed' ? 'The roadmap file is gone.' : `This roadmap cannot be read: ${message.detail ?? 'unknown error'}`;
    return;
  }
  empty.hidden = true;
  const first = !layout && !groups;
  if (groups) {
    state.zoom = 0;
    state.zoomed = false;
  }
  groups = undefined;
  state.workspace = false;
  layout = message.layout;
  version = message.version;
  fileName.textContent = message.fileName;
  fileName.title = message.fileName;
  if (message.words) Object.assign(words, message.words);
  showMode();
  if (message.follows !== undefined) {
    follows = message.follows;
    state.pinned = !follows;
    showPin();
  }
  if (state.uri !== message.uri) {
    state.uri = message.uri;
    if (!first) {
      state.zoom = 0;
      state.zoomed = false;
    }
  }
  render();
  if (first) {
    scroller.scrollLeft = state.scrollLeft;
    scroller.scrollTop = state.scrollTop;
  }
  // Counted in the page, not echoed from the layout: the host's tests learn what was drawn, not what was sent.
  announceDrawn({ type: 'rendered', version, rows: labelPane.querySelectorAll('text.label').length });
});

/**
 * Tells the host a layout is drawn, once the frame after the draw has been painted (a timer after the animation
 * frame), with the page's clock then: the host measures model → painted from it, not from when the answer reached
 * it. A hidden page gets no frames, so a fallback answers without the time.
 */
function announceDrawn(message: Extract<WebviewMessage, { type: 'rendered' }>): void {
  let sent = false;
  const send = (painted: boolean) => {
    if (sent) return;
    sent = true;
    vscode.postMessage(painted ? { ...message, paintedAt: Date.now() } : message);
  };
  requestAnimationFrame(() => setTimeout(() => send(true), 0));
  setTimeout(() => send(false), 1000);
}

vscode.postMessage({ type: 'ready' });
