// Draws a timeline geometry as live SVG nodes. Every piece of document text goes in through textContent or an
// attribute set with setAttribute: nothing here parses HTML, so a heading like `<img onerror=…>` stays text.
import { barClass, diamondPath, stampPath, statusClass, statusWord, type BarGeometry, type GroupGeometry, type RowGeometry, type TimelineGeometry } from '../core/timeline/svg';

const svgNs = 'http://www.w3.org/2000/svg';

export interface ViewCallbacks {
  /** `group`: the file's group in a workspace chart. */
  reveal(line: number, group?: number): void;
  showTip(bar: BarGeometry, anchor: Element): void;
  hideTip(): void;
}

/** Tooltip words the host localizes; English when the host sends none. */
export interface TipWords {
  estimated: string;
  unscheduled: string;
  /** The same for an item that is a table row or a line of its own, which has no heading to write a period into. */
  unscheduledRow: string;
  done: string;
}

export const englishTipWords: TipWords = {
  estimated: 'Estimated placement: the document gives a length but no start, so it is drawn after the item before it.',
  unscheduled: 'Not scheduled: the document gives it no period. Add one to its heading to place it in time.',
  unscheduledRow: 'Not scheduled: its row gives no period. Add a date or week range to the row to place it in time.',
  done: 'Finished on {0}',
};

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent?.appendChild(node);
  return node;
}

function text(parent: Element, attrs: Record<string, string | number>, content: string): SVGTextElement {
  const node = el('text', attrs, parent);
  node.textContent = content;
  return node;
}

function drawDefs(svg: SVGSVGElement): void {
  const defs = el('defs', {}, svg);
  for (const [id, cls] of [['arrowhead', 'head'], ['arrowhead-late', 'head late']]) {
    const marker = el('marker', { id, viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto' }, defs);
    el('path', { class: cls, d: 'M0,0 L8,4 L0,8 z' }, marker);
  }
  const hatch = el('pattern', { id: 'hatch', patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' }, defs);
  el('line', { class: 'hatch-line', x1: 0, y1: 0, x2: 0, y2: 6 }, hatch);
  const gradient = el('linearGradient', { id: 'soft-edge', x1: 0, y1: 0, x2: 1, y2: 0 }, defs);
  for (const [offset, opacity] of [[0, 0.1], [0.06, 1], [0.94, 1], [1, 0.1]]) el('stop', { offset, 'stop-color': '#fff', 'stop-opacity': opacity }, gradient);
  const mask = el('mask', { id: 'soft', maskUnits: 'objectBoundingBox', maskContentUnits: 'objectBoundingBox', x: -0.1, y: -0.5, width: 1.2, height: 2 }, defs);
  el('rect', { x: 0, y: -0.5, width: 1, height: 2, fill: 'url(#soft-edge)' }, mask);
}

/**
 * Draws the chart into `svg` and the label column into `labels`, a second SVG the page keeps sticky at the left,
 * so labels stay readable however far the chart is zoomed and scrolled.
 */
export function drawTimeline(svg: SVGSVGElement, labels: SVGSVGElement, g: TimelineGeometry, fit: (s: string, px: number) => string, on: ViewCallbacks): void {
  svg.replaceChildren();
  svg.setAttribute('width', String(g.width));
  svg.setAttribute('height', String(g.height));
  svg.setAttribute('viewBox', `0 0 ${g.width} ${g.height}`);
  drawDefs(svg);

  const grid = el('g', { class: 'axis', 'aria-hidden': 'true' }, svg);
  const gridBottom = g.lane ? g.lane.y : g.height;
  for (const t of g.ticks) {
    el('line', { class: 'grid', x1: t.x, y1: g.headerHeight - 8, x2: t.x, y2: gridBottom }, grid);
    if (t.label) text(grid, { class: 'tick', x: t.x + 3, y: g.headerHeight - 12 }, t.label);
  }
  for (let i = 0; i < g.rows.length; i += 2) {
    el('rect', { class: 'stripe', x: 0, y: g.rows[i].y, width: g.width, height: g.rowHeight }, grid);
  }
  if (g.lane) el('line', { class: 'lane-rule', x1: 0, y1: g.lane.y + 4, x2: g.width, y2: g.lane.y + 4 }, grid);

  for (const group of g.groups ?? []) drawGroupAxis(grid, group, g);

  const bars = el('g', { class: 'bars', role: 'list' }, svg);
  for (const row of g.rows) for (const b of row.bars) drawBar(bars, b, fit, on, row.group);

  // Drawn after the bars but never hit-tested (CSS), so a click on a bar under an arrow reaches the bar.
  const arrows = el('g', { class: 'arrows', 'aria-hidden': 'true' }, svg);
  for (const a of g.arrows) {
    el('path', { class: `arrow${a.late ? ' late' : ''}`, d: a.d, 'marker-end': `url(#${a.late ? 'arrowhead-late' : 'arrowhead'})`, 'data-from': a.from, 'data-to': a.to }, arrows);
  }

  if (g.today) {
    const today = el('g', { class: 'today-marker' }, svg);
    el('line', { class: 'today', x1: g.today.x, y1: g.headerHeight - 6, x2: g.today.x, y2: gridBottom }, today);
    text(today, { class: 'today-label', x: g.today.x + 3, y: g.headerHeight - 26 }, g.today.label);
  }
  drawLabels(labels, g, fit, on);
}

/** A workspace chart's file: its own ticks and grid, note, today line and lane rule, within its rows. */
function drawGroupAxis(parent: Element, group: GroupGeometry, g: TimelineGeometry): void {
  const top = group.y + g.headerHeight;
  const bottom = group.lane ? group.lane.y : group.bottom;
  if (group.y > 0) el('line', { class: 'group-rule', x1: 0, y1: group.y, x2: g.width, y2: group.y }, parent);
  for (const t of group.ticks) {
    el('line', { class: 'grid', x1: t.x, y1: top - 8, x2: t.x, y2: bottom }, parent);
    if (t.label) text(parent, { class: 'tick', x: t.x + 3, y: top - 12 }, t.label);
  }
  if (group.note) text(parent, { class: 'note', x: g.labelWidth + 8, y: top - 12 }, group.note);
  if (group.lane) el('line', { class: 'lane-rule', x1: 0, y1: group.lane.y + 4, x2: g.width, y2: group.lane.y + 4 }, parent);
  if (group.today) {
    el('line', { class: 'today', x1: group.today.x, y1: top - 6, x2: group.today.x, y2: bottom }, parent);
    text(parent, { class: 'today-label', x: group.today.x + 3, y: top - 26 }, group.today.label);
  }
}

function drawLabels(svg: SVGSVGElement, g: TimelineGeometry, fit: (s: string, px: number) => string, on: ViewCallbacks): void {
  svg.replaceChildren();
  svg.setAttribute('width', String(g.labelWidth));
  svg.setAttribute('height', String(g.height));
  svg.setAttribute('viewBox', `0 0 ${g.labelWidth} ${g.height}`);
  el('rect', { class: 'pane-bg', x: 0, y: 0, width: g.labelWidth, height: g.height }, svg);
  for (let i = 0; i < g.rows.length; i += 2) {
    el('rect', { class: 'stripe', x: 0, y: g.rows[i].y, width: g.labelWidth, height: g.rowHeight }, svg);
  }
  el('line', { class: 'pane-edge', x1: g.labelWidth - 0.5, y1: 0, x2: g.labelWidth - 0.5, y2: g.height }, svg);
  // The page's hint above the chart already says there is no axis and how to add one; the static SVG keeps the note.
  if (g.lane) {
    el('line', { class: 'lane-rule', x1: 0, y1: g.lane.y + 4, x2: g.labelWidth, y2: g.lane.y + 4 }, svg);
    text(svg, { class: 'lane-title', x: 8, y: g.lane.y + g.rowHeight / 2 + 8 }, fit(g.lane.label, g.labelWidth - 16));
  }
  g.groups?.forEach((group, i) => {
    if (group.y > 0) el('line', { class: 'group-rule', x1: 0, y1: group.y, x2: g.labelWidth, y2: group.y }, svg);
    // Bold characters are wider than the regular ones fitText measures for.
    const title = text(svg, { class: 'group-title', x: 8, y: group.y + 20, 'data-group': i }, fitPath(group.name, (g.labelWidth - 16) * 0.85, fit));
    title.appendChild(titleOf(group.name));
    if (group.lane) {
      el('line', { class: 'lane-rule', x1: 0, y1: group.lane.y + 4, x2: g.labelWidth, y2: group.lane.y + 4 }, svg);
      text(svg, { class: 'lane-title', x: 8, y: group.lane.y + g.rowHeight / 2 + 8 }, fit(group.lane.label, g.labelWidth - 16));
    }
  });
  for (const row of g.rows) drawLabel(svg, row, g, fit, on);
}

/** A path too long for the column keeps its end (the folder that tells files apart, and the file name). */
function fitPath(path: string, px: number, fit: (s: string, px: number) => string): string {
  if (fit(path, px) === path) return path;
  const chars = [...path];
  for (let cut = 1; cut < chars.length; cut++) {
    const tail = `…${chars.slice(cut).join('')}`;
    if (fit(tail, px) === tail) return tail;
  }
  return fit(path, px);
}

function drawLabel(svg: SVGSVGElement, row: RowGeometry, g: TimelineGeometry, fit: (s: string, px: number) => string, on: ViewCallbacks): void {
  const indent = row.depth === 1 ? 20 : 8;
  const label = text(svg, { class: `label${row.depth === 1 ? ' nested' : ''}${row.lane ? ' in-lane' : ''}`, x: indent, y: row.y + g.rowHeight / 2 + 4 }, fit(row.label, g.labelWidth - indent - 8));
  label.appendChild(titleOf(row.label));
  label.addEventListener('click', () => on.reveal(row.line, row.group));
}

function titleOf(content: string): SVGTitleElement {
  const title = document.createElementNS(svgNs, 'title');
  title.textContent = content;
  return title;
}

function drawBar(parent: Element, b: BarGeometry, fit: (s: string, px: number) => string, on: ViewCallbacks, groupIndex?: number): void {
  const item = b.item;
  const group = el('g', {
    class: `item ${statusClass(item.status)}${item.unscheduled ? ' unscheduled' : ''}${b.estimated ? ' estimated' : ''}`,
    tabindex: 0,
    role: 'listitem',
    'aria-label': `${b.summary}. Press Enter to reveal the heading.`,
    'data-section': item.section,
    'data-line': item.line,
    'data-status': statusWord(item.status),
    'data-placement': b.lane ? 'lane' : b.estimated ? 'estimated' : 'stated',
    ...(groupIndex === undefined ? {} : { 'data-group': groupIndex }),
  }, parent);
  const cls = barClass(b);
  if (b.diamond) {
    el('path', { class: `${cls} diamond`, d: diamondPath(b) }, group);
  } else {
    const shape = el('g', b.soft ? { mask: 'url(#soft)' } : {}, group);
    el('rect', { class: cls, x: b.x, y: b.y, width: b.width, height: b.height, rx: 3 }, shape);
    if (b.estimated) el('rect', { class: 'hatch', x: b.x, y: b.y, width: b.width, height: b.height, rx: 3, fill: 'url(#hatch)' }, shape);
    if (b.fill > 0) el('rect', { class: 'fill', x: b.x, y: b.y, width: b.fill, height: b.height, rx: 3 }, shape);
    const caption = fit(b.text, b.width - 8);
    if (caption) text(group, { class: 'bar-text', x: b.x + 4, y: b.y + b.height / 2 + 4 }, caption);
  }
  if (b.lane && b.diamond && b.text) text(group, { class: 'bar-text', x: b.x + b.width + 6, y: b.y + b.height / 2 + 4 }, b.text);
  if (b.stamp) el('path', { class: 'stamp', d: stampPath(b) }, group);
  group.addEventListener('click', () => on.reveal(item.line, groupIndex));
  group.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      on.reveal(item.line, groupIndex);
    }
  });
  group.addEventListener('mouseenter', () => on.showTip(b, group));
  group.addEventListener('focus', () => on.showTip(b, group));
  group.addEventListener('mouseleave', () => on.hideTip());
  group.addEventListener('blur', () => on.hideTip());
}

/** The tooltip's lines, each set as text. */
export function tooltipLines(b: BarGeometry, words: TipWords = englishTipWords): string[] {
  const item = b.item;
  const lines = [item.title, `Period: ${item.periodLabel || `${item.start} – ${item.end}`}`, `Status: ${statusWord(item.status)}`];
  lines.push(item.progress.total > 0 ? `Tasks: ${item.progress.done}/${item.progress.total} done (${Math.round((100 * item.progress.done) / item.progress.total)}%)` : 'Tasks: none');
  if (item.dependencies.length > 0) lines.push(`Depends on: ${item.dependencies.join(', ')}`);
  if (item.periodText) lines.push(`“${item.periodText}”`);
  if (item.completed) lines.push(words.done.replace('{0}', item.completed));
  if (b.estimated) lines.push(words.estimated);
  if (item.unscheduled) lines.push(item.item === undefined ? words.unscheduled : words.unscheduledRow);
  return lines;
}
