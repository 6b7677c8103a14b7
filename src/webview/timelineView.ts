// Draws a timeline geometry as live SVG nodes. Every piece of document text goes in through textContent or an
// attribute set with setAttribute: nothing here parses HTML, so a heading like `<img onerror=…>` stays text.
import { statusClass, statusWord, type BarGeometry, type TimelineGeometry } from '../core/timeline/svg';

const svgNs = 'http://www.w3.org/2000/svg';

export interface ViewCallbacks {
  reveal(line: number): void;
  showTip(bar: BarGeometry, anchor: Element): void;
  hideTip(): void;
}

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

export function drawTimeline(svg: SVGSVGElement, g: TimelineGeometry, fit: (s: string, px: number) => string, on: ViewCallbacks): void {
  svg.replaceChildren();
  svg.setAttribute('width', String(g.width));
  svg.setAttribute('height', String(g.height));
  svg.setAttribute('viewBox', `0 0 ${g.width} ${g.height}`);

  const defs = el('defs', {}, svg);
  for (const [id, cls] of [['arrowhead', 'head'], ['arrowhead-late', 'head late']]) {
    const marker = el('marker', { id, viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto' }, defs);
    el('path', { class: cls, d: 'M0,0 L8,4 L0,8 z' }, marker);
  }

  const grid = el('g', { class: 'axis', 'aria-hidden': 'true' }, svg);
  for (const t of g.ticks) {
    el('line', { class: 'grid', x1: t.x, y1: g.headerHeight - 8, x2: t.x, y2: g.height }, grid);
    if (t.label) text(grid, { class: 'tick', x: t.x + 3, y: g.headerHeight - 12 }, t.label);
  }
  for (let i = 0; i < g.rows.length; i += 2) {
    el('rect', { class: 'stripe', x: 0, y: g.rows[i].y, width: g.width, height: g.rowHeight }, grid);
  }

  const labels = el('g', { class: 'labels' }, svg);
  const bars = el('g', { class: 'bars', role: 'list' }, svg);
  for (const row of g.rows) {
    const indent = row.depth === 1 ? 20 : 8;
    const label = text(labels, { class: `label${row.depth === 1 ? ' nested' : ''}`, x: indent, y: row.y + g.rowHeight / 2 + 4 }, fit(row.label, g.labelWidth - indent - 8));
    label.addEventListener('click', () => on.reveal(row.line));
    for (const b of row.bars) drawBar(bars, b, fit, on);
  }

  const arrows = el('g', { class: 'arrows', 'aria-hidden': 'true' }, svg);
  for (const a of g.arrows) {
    el('path', { class: `arrow${a.late ? ' late' : ''}`, d: a.d, 'marker-end': `url(#${a.late ? 'arrowhead-late' : 'arrowhead'})`, 'data-from': a.from, 'data-to': a.to }, arrows);
  }

  if (g.today) {
    const today = el('g', { class: 'today-marker' }, svg);
    el('line', { class: 'today', x1: g.today.x, y1: g.headerHeight - 6, x2: g.today.x, y2: g.height }, today);
    text(today, { class: 'today-label', x: g.today.x + 3, y: g.height - 4 }, g.today.label);
  }
}

function drawBar(parent: Element, b: BarGeometry, fit: (s: string, px: number) => string, on: ViewCallbacks): void {
  const item = b.item;
  const group = el('g', {
    class: `item ${statusClass(item.status)}${item.unscheduled ? ' unscheduled' : ''}`,
    tabindex: 0,
    role: 'listitem',
    'aria-label': `${b.summary}. Press Enter to reveal the heading.`,
    'data-section': item.section,
    'data-line': item.line,
    'data-status': statusWord(item.status),
  }, parent);
  const cls = `bar ${statusClass(item.status)}${item.unscheduled ? ' unscheduled' : ''}`;
  if (b.diamond) {
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    const h = b.height / 2 + 1;
    el('path', { class: cls, d: `M${cx},${cy - h} L${cx + h},${cy} L${cx},${cy + h} L${cx - h},${cy} z` }, group);
  } else {
    el('rect', { class: cls, x: b.x, y: b.y, width: b.width, height: b.height, rx: 3 }, group);
    if (b.fill > 0) el('rect', { class: 'fill', x: b.x, y: b.y, width: b.fill, height: b.height, rx: 3 }, group);
    const caption = fit(b.text, b.width - 8);
    if (caption) text(group, { class: 'bar-text', x: b.x + 4, y: b.y + b.height / 2 + 4 }, caption);
  }
  group.addEventListener('click', () => on.reveal(item.line));
  group.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      on.reveal(item.line);
    }
  });
  group.addEventListener('mouseenter', () => on.showTip(b, group));
  group.addEventListener('focus', () => on.showTip(b, group));
  group.addEventListener('mouseleave', () => on.hideTip());
  group.addEventListener('blur', () => on.hideTip());
}

/** The tooltip's lines, each set as text. */
export function tooltipLines(b: BarGeometry): string[] {
  const item = b.item;
  const lines = [item.title, `Period: ${item.periodLabel || `${item.start} – ${item.end}`}`, `Status: ${statusWord(item.status)}`];
  lines.push(item.progress.total > 0 ? `Tasks: ${item.progress.done}/${item.progress.total} done (${Math.round((100 * item.progress.done) / item.progress.total)}%)` : 'Tasks: none');
  if (item.dependencies.length > 0) lines.push(`Depends on: ${item.dependencies.join(', ')}`);
  if (item.unscheduled) lines.push('Placed by order: the heading names no period.');
  return lines;
}
