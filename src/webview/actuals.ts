// Plan against reality on the chart: under each planned bar, a thin bar from the first to the last tick of its
// tasks (running to today, then dashed to the projected finish, while tasks are open); overdue items marked; and
// the burn-up view, a second tab of the panel. Drawn from the host's history message with the chart's geometry.
import type { TimelineGeometry } from '../core/timeline/svg';
import type { HistoryMessage } from '../shared/historyProtocol';

const svgNs = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent?.appendChild(node);
  return node;
}

/** x of a day offset on the chart, from any bar's own position. */
export function dayToX(g: TimelineGeometry): ((days: number) => number) | null {
  for (const row of g.rows) {
    for (const b of row.bars) if (!b.lane) return (days) => b.x + (days - b.item.offset) * g.dayWidth;
  }
  return null;
}

export function drawActuals(svg: SVGSVGElement, g: TimelineGeometry, history: HistoryMessage | undefined): void {
  svg.querySelector('g.actuals')?.remove();
  for (const node of Array.from(svg.querySelectorAll('.item.overdue'))) node.classList.remove('overdue');
  if (!history) return;
  const x = dayToX(g);
  if (!x) return;
  const layer = el('g', { class: 'actuals', 'aria-hidden': 'true' }, svg);
  for (const a of history.bars) {
    const bar = g.rows.flatMap((r) => r.bars).find((b) => b.item.section === a.section && b.item.task === null && !b.lane);
    if (!bar) continue;
    if (a.overdue) svg.querySelector(`.item[data-section="${a.section}"]`)?.classList.add('overdue');
    if (a.start < 0) continue;
    const y = bar.y + bar.height + 2;
    const cls = a.lateDays === null ? '' : a.lateDays > 0 ? ' late' : a.lateDays < 0 ? ' ahead' : '';
    const end = a.end ?? a.today ?? a.start;
    el('rect', { class: `actual${cls}`, 'data-section': a.section, x: x(a.start), y, width: Math.max(2, x(end + 1) - x(a.start)), height: 4, rx: 2 }, layer);
    if (a.end === null && a.projected !== null && a.today !== null && a.projected > a.today) {
      el('line', { class: `projected${cls}`, 'data-section': a.section, x1: x(a.today + 1), y1: y + 2, x2: x(a.projected + 1), y2: y + 2 }, layer);
    }
  }
}

/** Tooltip lines for an item: its actual span and how it compares to the plan, in the host's words. */
export function actualTipLines(history: HistoryMessage | undefined, section: number): string[] {
  const note = history?.notes[String(section)];
  return note ? note.split('\n') : [];
}

/** The burn-up: done and total over time, today, and the projected finish. */
export function drawBurnup(svg: SVGSVGElement, history: HistoryMessage | undefined, width: number, fallback: string): void {
  svg.replaceChildren();
  const points = history?.burnup ?? [];
  const height = 260;
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (!history || points.length === 0) {
    const t = el('text', { class: 'note', x: 12, y: 24 }, svg);
    t.textContent = fallback;
    return;
  }
  const days = (iso: string) => Math.round((Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(+points[0].date.slice(0, 4), +points[0].date.slice(5, 7) - 1, +points[0].date.slice(8, 10))) / 86_400_000);
  const lastDay = Math.max(days(points[points.length - 1].date), history.projected ? days(history.projected) : 0, 1);
  const maxTotal = Math.max(1, ...points.map((p) => p.total));
  const left = 40;
  const top = 16;
  const plotW = Math.max(100, width - left - 16);
  const plotH = height - top - 36;
  const px = (d: number) => left + (d / lastDay) * plotW;
  const py = (n: number) => top + plotH - (n / maxTotal) * plotH;
  el('line', { class: 'grid', x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH }, svg);
  el('line', { class: 'grid', x1: left, y1: top, x2: left, y2: top + plotH }, svg);
  const label = (x: number, y: number, s: string, cls = 'tick') => {
    const t = el('text', { class: cls, x, y }, svg);
    t.textContent = s;
  };
  label(4, py(maxTotal) + 4, String(maxTotal));
  label(4, py(0), '0');
  label(left, top + plotH + 16, points[0].date);
  label(Math.max(left, px(lastDay) - 70), top + plotH + 16, history.projected && days(history.projected) === lastDay ? history.projected : points[points.length - 1].date);
  const line = (key: 'done' | 'total') => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(days(p.date)).toFixed(1)},${py(p[key]).toFixed(1)}`).join(' ');
  el('path', { class: 'burnup-total', d: line('total') }, svg);
  el('path', { class: 'burnup-done', d: line('done') }, svg);
  const last = points[points.length - 1];
  if (history.projected) {
    el('line', { class: 'burnup-projected', x1: px(days(last.date)), y1: py(last.done), x2: px(days(history.projected)), y2: py(last.total) }, svg);
    label(px(days(history.projected)) - 4, py(last.total) - 6, `${history.words.projected ?? 'projected'} ${history.projected}`, 'today-label');
  }
  const today = days(history.today);
  if (today >= 0 && today <= lastDay) {
    el('line', { class: 'today', x1: px(today), y1: top, x2: px(today), y2: top + plotH }, svg);
    label(px(today) + 3, top + 10, history.words.today ?? 'today', 'today-label');
  }
  const legend = `${history.words.done ?? 'done'} ${last.done} / ${history.words.total ?? 'total'} ${last.total}`;
  label(left + 8, top + 12, legend, 'burnup-legend');
  svg.setAttribute('aria-label', legend);
}
