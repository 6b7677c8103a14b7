// Drag to reschedule: a bar dragged by its middle moves, by an edge stretches; Alt+←/→ on a focused bar moves it
// one unit (Alt+Shift+←/→ its end). While dragging, the bar follows the pointer snapped to the unit its period is
// written in, and dependents that would then start too early turn red. On release the page sends one typed
// message; the host writes the words (or asks first where there are none).
import type { TimelineGeometry, BarGeometry } from '../core/timeline/svg';
import type { RescheduleMessage } from '../shared/historyProtocol';

export interface DragHost {
  geometry(): TimelineGeometry | undefined;
  version(): number;
  /** Days in one unit of the item's period words (7 when unknown: weeks). */
  unitDays(section: number): number;
  send(message: RescheduleMessage): void;
  /** A drag happened: the click that follows must not reveal the heading. */
  suppressClick(): void;
}

const EDGE_PX = 6;
const THRESHOLD_PX = 4;

function barOf(g: TimelineGeometry, section: number): BarGeometry | undefined {
  // A table row's period is a cell, not words the reschedule edit knows how to rewrite: it is not draggable.
  return g.rows.flatMap((r) => r.bars).find((b) => b.item.section === section && b.item.task === null && b.item.item === undefined);
}

/** Sections whose start comes before `end` (in days) among the dependents of `section`. */
function lateDependents(g: TimelineGeometry, section: number, end: number): number[] {
  return g.arrows.filter((a) => a.from === section).map((a) => a.to).filter((to) => {
    const b = barOf(g, to);
    return b !== undefined && !b.lane && b.item.offset <= end;
  });
}

export function installDrag(svg: SVGSVGElement, host: DragHost): void {
  let drag: { section: number; mode: 'move' | 'start' | 'end'; x0: number; bar: BarGeometry; node: SVGGElement; moved: boolean; unit: number; days: number } | null = null;

  const markDependents = (section: number, endDays: number | null) => {
    for (const n of Array.from(svg.querySelectorAll('.item.drag-late'))) n.classList.remove('drag-late');
    const g = host.geometry();
    if (!g || endDays === null) return;
    for (const to of lateDependents(g, section, endDays)) svg.querySelector(`.item[data-section="${to}"]`)?.classList.add('drag-late');
  };

  svg.addEventListener('pointerdown', (e) => {
    const node = (e.target as Element).closest<SVGGElement>('.item');
    const g = host.geometry();
    if (!node || !g || e.button !== 0) return;
    const section = Number(node.getAttribute('data-section'));
    const bar = barOf(g, section);
    if (!bar || bar.lane) return;
    const box = svg.getBoundingClientRect();
    const px = e.clientX - box.left;
    const mode = bar.diamond ? 'move' : px - bar.x <= EDGE_PX ? 'start' : bar.x + bar.width - px <= EDGE_PX ? 'end' : 'move';
    drag = { section, mode, x0: e.clientX, bar, node, moved: false, unit: host.unitDays(section), days: 0 };
    node.setPointerCapture(e.pointerId);
  });

  svg.addEventListener('pointermove', (e) => {
    const g = host.geometry();
    if (!drag || !g) return;
    const dx = e.clientX - drag.x0;
    if (!drag.moved && Math.abs(dx) < THRESHOLD_PX) return;
    drag.moved = true;
    const raw = dx / g.dayWidth;
    drag.days = Math.round(raw / drag.unit) * drag.unit;
    const shift = drag.days * g.dayWidth;
    drag.node.classList.add('dragging');
    if (drag.mode === 'move') drag.node.setAttribute('transform', `translate(${shift.toFixed(1)},0)`);
    else {
      const rect = drag.node.querySelector('rect');
      if (rect) {
        const width = Math.max(g.dayWidth, drag.bar.width + (drag.mode === 'end' ? shift : -shift));
        rect.setAttribute('width', width.toFixed(1));
        if (drag.mode === 'start') rect.setAttribute('x', (drag.bar.x + shift).toFixed(1));
      }
    }
    const end = drag.bar.item.offset + drag.bar.item.length - 1 + (drag.mode === 'start' ? 0 : drag.days);
    markDependents(drag.section, end);
  });

  const finish = (e: PointerEvent, cancelled: boolean) => {
    if (!drag) return;
    const d = drag;
    drag = null;
    if (d.node.hasPointerCapture(e.pointerId)) d.node.releasePointerCapture(e.pointerId);
    markDependents(d.section, null);
    if (!d.moved) return;
    host.suppressClick();
    if (cancelled || d.days === 0) {
      d.node.removeAttribute('transform');
      return;
    }
    host.send({
      type: 'reschedule',
      section: d.section,
      version: host.version(),
      startDays: d.mode === 'end' ? 0 : d.days,
      endDays: d.mode === 'start' ? 0 : d.days,
    });
  };
  svg.addEventListener('pointerup', (e) => finish(e, false));
  svg.addEventListener('pointercancel', (e) => finish(e, true));

  svg.addEventListener('keydown', (e) => {
    if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    const node = (e.target as Element).closest<SVGGElement>('.item');
    if (!node) return;
    const section = Number(node.getAttribute('data-section'));
    const g = host.geometry();
    const bar = g && barOf(g, section);
    if (!bar || bar.lane) return;
    e.preventDefault();
    const days = (e.key === 'ArrowRight' ? 1 : -1) * host.unitDays(section);
    host.send({ type: 'reschedule', section, version: host.version(), startDays: e.shiftKey ? 0 : days, endDays: days });
  });
}
