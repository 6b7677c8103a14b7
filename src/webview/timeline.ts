// The timeline page: draws the layout the host sends, owns only UI state (zoom, scroll), and asks the host to
// reveal headings. It never builds HTML from strings; document text only ever reaches textContent/attributes.
import { fitText, fitZoom, labelWidthFor, timelineGeometry, type BarGeometry } from '../core/timeline/svg';
import type { TimelineLayout } from '../core/timeline/timelineLayout';
import { isHostMessage, isTimelineWebviewState, type TimelineWebviewState, type WebviewMessage } from '../shared/protocol';
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
  ...englishTipWords,
};
const tipWords = (): TipWords => ({ estimated: words.estimated, unscheduled: words.unscheduled, done: words.done });
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

function render(): void {
  if (!layout) return;
  const focused = (document.activeElement as Element | null)?.getAttribute?.('data-section') ?? null;
  const left = scroller.scrollLeft;
  const top = scroller.scrollTop;
  const viewport = scroller.clientWidth || 800;
  if (state.zoom <= 0 || !state.zoomed) state.zoom = fitZoom(layout, viewport, labelWidthFor(viewport));
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

function reveal(line: number): void {
  if (performance.now() < suppressRevealUntil) return;
  vscode.postMessage({ type: 'reveal', line });
}

function showTip(bar: BarGeometry, anchor: Element): void {
  tip.replaceChildren();
  [...tooltipLines(bar, tipWords()), ...(bar.item.task === null ? actualTipLines(history, bar.item.section) : [])].forEach((line, i) => {
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
  if (!layout) return;
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
fit.addEventListener('click', () => layout && setZoom(fitZoom(layout, scroller.clientWidth, labelWidthFor(scroller.clientWidth)), false));
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
  if (!layout || state.zoomed || width === lastWidth) return;
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
  else if (e.key === '0' && layout) setZoom(fitZoom(layout, scroller.clientWidth, labelWidthFor(scroller.clientWidth)), false);
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
    if (layout) render();
    if (!burnupPane.hidden) showBurnup();
    return;
  }
  if (message.type === 'empty') {
    layout = undefined;
    svg.replaceChildren();
    hint.hidden = true;
    empty.hidden = false;
    empty.textContent = message.reason === 'no-roadmap'
      ? 'Open a ROADMAP.md and run "Roadmap: Open Timeline".'
      : message.reason === 'closed' ? 'The roadmap file is gone.' : `This roadmap cannot be read: ${message.detail ?? 'unknown error'}`;
    return;
  }
  empty.hidden = true;
  const first = !layout;
  layout = message.layout;
  version = message.version;
  fileName.textContent = message.fileName;
  fileName.title = message.fileName;
  if (message.words) Object.assign(words, message.words);
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
  vscode.postMessage({ type: 'rendered', version, rows: labelPane.querySelectorAll('text.label').length });
});

vscode.postMessage({ type: 'ready' });
