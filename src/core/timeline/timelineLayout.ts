// The timeline as plain data: which sections become bars, where they sit in time and which arrows join them.
// Views (the webview, the static SVG, the CLI's JSON) only draw this; none of them does date math.
// Positions are whole calendar days counted from the axis start, so nothing depends on time zones.
import type { DatePrecision, Progress, RoadmapDocument, Section, SectionKind, Status } from '../model';
import { addDays, compareIso } from '../language/periods';

/** `date`: bars sit on calendar days; `week`: the document only gives relative weeks ("Weeks 1-3"). */
export type AxisMode = 'date' | 'week';
export type AxisUnit = 'week' | 'month' | 'quarter';

export interface TimelineTick {
  /** Days from the axis start. */
  offset: number;
  label: string;
}

export interface TimelineAxis {
  mode: AxisMode;
  unit: AxisUnit;
  /** ISO day in date mode, `W<n>` in week mode. Inclusive. */
  start: string;
  /** ISO day in date mode, `W<n>` in week mode. Inclusive. */
  end: string;
  /** Length of the axis in days. */
  days: number;
  ticks: TimelineTick[];
}

/**
 * How exact an item's placement is: a date precision, `week` for relative weeks, `estimate` for a section placed
 * by its "Estimated Duration", `default` for a section placed with the default width.
 */
export type ItemPrecision = DatePrecision | 'week' | 'estimate' | 'default';

export interface TimelineItem {
  /** Index of the section in `RoadmapDocument.sections`; also the item's key for arrows and messages. */
  section: number;
  title: string;
  id: string | null;
  kind: SectionKind;
  status: Status | null;
  progress: Progress;
  /** ISO day in date mode, `W<n>` in week mode. Inclusive. */
  start: string;
  /** ISO day in date mode, `W<n>` in week mode. Inclusive. */
  end: string;
  /** Days from the axis start to the item's first day. */
  offset: number;
  /** Length in days, at least 1. */
  length: number;
  /** True when the document gives this section no period usable on this axis, so it was placed by order. */
  unscheduled: boolean;
  precision: ItemPrecision;
  /** The period in words, e.g. "Q2 2024", "Weeks 5–7", "2024-05-01 → 2024-06-30", "≈ 3 weeks". */
  periodLabel: string;
  /** 1-based line of the section's heading. */
  line: number;
  dependencies: string[];
  /** Section index of the row's parent item for streams nested in a phase or quarter, else null. */
  parent: number | null;
}

export interface TimelineRow {
  /** 0 for a phase, milestone, quarter or top-level section; 1 for streams nested inside one. */
  depth: 0 | 1;
  items: TimelineItem[];
}

export interface TimelineArrow {
  /** Section index of the dependency. */
  from: number;
  /** Section index of the dependent. */
  to: number;
  /** The dependent starts before its dependency ends. */
  late: boolean;
}

export interface TimelineLayout {
  title: string;
  axis: TimelineAxis;
  rows: TimelineRow[];
  arrows: TimelineArrow[];
  /** ISO day, present when the axis is in dates and today falls on it. */
  today?: string;
  /** Number of items placed by order because they have no period. */
  unscheduled: number;
}

export interface TimelineOptions {
  /** Today's calendar day (ISO), supplied by the caller so the layout stays pure. */
  today?: string;
}

const rowKinds: ReadonlySet<SectionKind> = new Set(['phase', 'milestone', 'quarter']);
const defaultLengthDays = 14;
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Placement {
  offset: number;
  length: number;
  unscheduled: boolean;
  precision: ItemPrecision;
}

export function layoutTimeline(doc: RoadmapDocument, options: TimelineOptions = {}): TimelineLayout {
  const primaries = pickRowSections(doc);
  const streams = new Map<number, Section[]>();
  for (const index of primaries) {
    const dated = doc.sections[index].children.map((c) => doc.sections[c]).filter((c) => c.period && c.period.source !== 'duration');
    if (dated.length > 0) streams.set(index, dated);
  }
  const all = [...primaries.map((i) => doc.sections[i]), ...[...streams.values()].flat()];
  const mode: AxisMode = all.some((s) => s.period?.unit === 'date') ? 'date' : 'week';
  const origin = mode === 'date' ? earliestDate(all) : '';

  const placed = new Map<number, Placement>();
  for (const s of all) {
    const p = scheduledPlacement(s, mode, origin);
    if (p) placed.set(s.index, p);
  }
  for (const [parent, children] of streams) snapToParent(doc.sections[parent], children, placed);
  placeUnscheduled(primaries.map((i) => doc.sections[i]), placed, mode, doc, origin);
  for (const children of streams.values()) placeUnscheduled(children, placed, mode, doc, origin);

  const axis = makeAxis(placed, mode, origin);
  const shift = axis.shift;
  const toItem = (s: Section, parent: number | null): TimelineItem => {
    const p = placed.get(s.index)!;
    const offset = p.offset - shift;
    const item: TimelineItem = {
      section: s.index,
      title: s.title,
      id: s.id,
      kind: s.kind,
      status: s.status,
      progress: { ...s.progress },
      start: label(mode, axis.axis.start, offset),
      end: label(mode, axis.axis.start, offset + p.length - 1),
      offset,
      length: p.length,
      unscheduled: p.unscheduled,
      precision: p.precision,
      periodLabel: '',
      line: s.line,
      dependencies: [...s.dependencies],
      parent,
    };
    item.periodLabel = periodLabel(s, p, item.start, item.end);
    return item;
  };

  const rows: TimelineRow[] = [];
  for (const index of primaries) {
    rows.push({ depth: 0, items: [toItem(doc.sections[index], null)] });
    const children = streams.get(index);
    if (children) for (const items of packRows(children.map((c) => toItem(c, index)))) rows.push({ depth: 1, items });
  }

  const items = rows.flatMap((r) => r.items);
  const layout: TimelineLayout = {
    title: doc.title,
    axis: axis.axis,
    rows,
    arrows: makeArrows(items),
    unscheduled: items.filter((i) => i.unscheduled).length,
  };
  if (mode === 'date' && options.today && compareIso(options.today, axis.axis.start) >= 0 && compareIso(options.today, axis.axis.end) <= 0) {
    layout.today = options.today;
  }
  return layout;
}

/**
 * Phases, milestones and quarters that are not nested in another one; else the top-level sections (under a lone
 * H1 title), preferring those with tasks or periods so "Overview" and "Risks" stay off a plan that has work.
 */
export function pickRowSections(doc: RoadmapDocument): number[] {
  const { sections } = doc;
  const hasRowAncestor = (s: Section): boolean => {
    for (let p = s.parent; p !== null; p = sections[p].parent) if (rowKinds.has(sections[p].kind)) return true;
    return false;
  };
  const kinded = sections.filter((s) => rowKinds.has(s.kind) && !hasRowAncestor(s));
  if (kinded.length > 0) return kinded.map((s) => s.index);

  let top = doc.roots;
  if (top.length === 1 && sections[top[0]].level === 1 && sections[top[0]].children.length > 0) top = sections[top[0]].children;
  const busy = top.filter((i) => sections[i].period !== null || sections[i].progress.total > 0);
  return busy.length > 0 ? busy : [...top];
}

function earliestDate(sections: Section[]): string {
  let min = '';
  for (const s of sections) {
    if (s.period?.unit === 'date' && (min === '' || compareIso(s.period.start, min) < 0)) min = s.period.start;
  }
  return min;
}

function scheduledPlacement(s: Section, mode: AxisMode, origin: string): Placement | undefined {
  const p = s.period;
  if (!p || p.source === 'duration') return undefined;
  if (mode === 'date' && p.unit === 'date') {
    const offset = daysBetween(origin, p.start);
    const length = Math.max(1, daysBetween(p.start, p.end) + 1);
    return { offset, length, unscheduled: false, precision: p.precision };
  }
  if (mode === 'week' && p.unit === 'week') {
    const first = Math.min(p.start, p.end);
    const last = Math.max(p.start, p.end);
    return { offset: (first - 1) * 7, length: (last - first + 1) * 7, unscheduled: false, precision: 'week' };
  }
  // Relative weeks on a dated plan would need an anchor the document does not give; guessing one misleads.
  return undefined;
}

/**
 * Weeks counted inside a soft period ("Weeks 7-13" under "Q1 2025") can overshoot it by a few days, because a
 * quarter is 13 weeks give or take a day or two. An estimate that spills by less than a week is meant to end with
 * its quarter, so it is snapped to the parent's edge; day-precise periods are left exactly as written.
 */
function snapToParent(parent: Section, children: Section[], placed: Map<number, Placement>): void {
  const outer = placed.get(parent.index);
  if (!outer || outer.precision === 'day' || outer.precision === 'week') return;
  const outerEnd = outer.offset + outer.length;
  for (const child of children) {
    const p = placed.get(child.index);
    if (!p || p.precision === 'day' || p.precision === 'week') continue;
    let start = p.offset;
    let end = p.offset + p.length;
    if (start < outer.offset && outer.offset - start < 7) start = outer.offset;
    if (end > outerEnd && end - outerEnd < 7) end = outerEnd;
    if (end > start) placed.set(child.index, { ...p, offset: start, length: end - start });
  }
}

/**
 * Sections without a period go after their predecessor (and after their dependencies), with their estimated
 * duration or the typical width of the plan; those before the first dated section end where it starts.
 */
function placeUnscheduled(sections: Section[], placed: Map<number, Placement>, mode: AxisMode, doc: RoadmapDocument, origin: string): void {
  const scheduled = [...placed.values()];
  const widths = scheduled.map((p) => p.length).sort((a, b) => a - b);
  const typical = widths.length > 0 ? widths[Math.floor(widths.length / 2)] : defaultLengthDays;
  // A plan made of whole months or quarters gets its unscheduled sections in whole months too, so a section
  // before "Q2 2024" fills Q1 exactly instead of starting on an odd day.
  const months = mode === 'date' ? typicalMonths(scheduled, origin) : null;
  const lengthOf = (s: Section, at: number, direction: 1 | -1): { length: number; precision: ItemPrecision } => {
    const weeks = s.durationWeeks ?? (s.period?.unit === 'week' ? Math.abs(s.period.end - s.period.start) + 1 : null);
    if (weeks !== null && weeks > 0) {
      return { length: mode === 'week' ? Math.max(1, Math.ceil(weeks)) * 7 : Math.max(1, Math.round(weeks * 7)), precision: 'estimate' };
    }
    if (months !== null) {
      const day = addDays(origin, at);
      if (day.endsWith('-01')) return { length: Math.abs(daysBetween(day, addMonths(day, direction * months))), precision: 'default' };
    }
    return { length: mode === 'week' ? Math.max(7, Math.round(typical / 7) * 7) : typical, precision: 'default' };
  };

  const firstScheduled = sections.findIndex((s) => placed.has(s.index));
  if (firstScheduled > 0) {
    let end = placed.get(sections[firstScheduled].index)!.offset;
    for (let i = firstScheduled - 1; i >= 0; i--) {
      const { length, precision } = lengthOf(sections[i], end, -1);
      placed.set(sections[i].index, { offset: end - length, length, unscheduled: true, precision });
      end -= length;
    }
  }
  let cursor = 0;
  for (let i = Math.max(0, firstScheduled); i < sections.length; i++) {
    const s = sections[i];
    const existing = placed.get(s.index);
    if (existing) {
      cursor = existing.offset + existing.length;
      continue;
    }
    let start = cursor;
    for (const dep of s.dependencies) {
      const target = doc.sections.find((d) => d.id === dep && placed.has(d.index));
      if (target) {
        const p = placed.get(target.index)!;
        start = Math.max(start, p.offset + p.length);
      }
    }
    const { length, precision } = lengthOf(s, start, 1);
    placed.set(s.index, { offset: start, length, unscheduled: true, precision });
    cursor = start + length;
  }
}

/** The median length in whole months when every placed period covers whole months, else null. */
function typicalMonths(placements: Placement[], origin: string): number | null {
  if (placements.length === 0) return null;
  const counts: number[] = [];
  for (const p of placements) {
    const start = addDays(origin, p.offset);
    const next = addDays(origin, p.offset + p.length);
    if (!start.endsWith('-01') || !next.endsWith('-01')) return null;
    const [y1, m1] = ymd(start);
    const [y2, m2] = ymd(next);
    counts.push((y2 - y1) * 12 + (m2 - m1));
  }
  counts.sort((a, b) => a - b);
  return Math.max(1, counts[Math.floor(counts.length / 2)]);
}

function addMonths(firstOfMonth: string, months: number): string {
  const [y, m] = ymd(firstOfMonth);
  const index = y * 12 + (m - 1) + months;
  return iso(Math.floor(index / 12), (index % 12) + 1, 1);
}

function makeAxis(placed: Map<number, Placement>, mode: AxisMode, origin: string): { axis: TimelineAxis; shift: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const p of placed.values()) {
    min = Math.min(min, p.offset);
    max = Math.max(max, p.offset + p.length);
  }
  if (!Number.isFinite(min)) {
    min = 0;
    max = 7;
  }
  if (mode === 'week') {
    const first = Math.floor(min / 7);
    const last = Math.max(first + 1, Math.ceil(max / 7));
    const shift = first * 7;
    const days = (last - first) * 7;
    const weeks = last - first;
    const stride = weeks <= 16 ? 1 : weeks <= 32 ? 2 : weeks <= 80 ? 4 : 13;
    const ticks: TimelineTick[] = [];
    for (let w = 0; w < weeks; w += stride) ticks.push({ offset: w * 7, label: `W${first + w + 1}` });
    return { axis: { mode, unit: 'week', start: `W${first + 1}`, end: `W${last}`, days, ticks }, shift };
  }

  const rawStart = addDays(origin, min);
  const rawEnd = addDays(origin, max - 1);
  const span = max - min;
  const unit: AxisUnit = span <= 16 * 7 ? 'week' : span <= 275 ? 'month' : 'quarter';
  let start = rawStart;
  let end = rawEnd;
  if (unit !== 'week') {
    start = unitStart(rawStart, unit);
    end = addDays(nextUnitStart(unitStart(rawEnd, unit), unit), -1);
  }
  const shift = min + daysBetween(rawStart, start);
  const days = daysBetween(start, end) + 1;
  const ticks: TimelineTick[] = [];
  if (unit === 'week') {
    for (let d = 0; d < days; d += 7) ticks.push({ offset: d, label: dayLabel(addDays(start, d)) });
  } else {
    for (let t = start; compareIso(t, end) <= 0; t = nextUnitStart(t, unit)) {
      ticks.push({ offset: daysBetween(start, t), label: unit === 'month' ? monthLabel(t) : quarterLabel(t) });
    }
  }
  return { axis: { mode, unit, start, end, days, ticks }, shift };
}

/** Stream items that overlap go to separate rows; the rest share one, in document order. */
function packRows(items: TimelineItem[]): TimelineItem[][] {
  const rows: TimelineItem[][] = [];
  for (const item of items) {
    const row = rows.find((r) => r.every((o) => item.offset >= o.offset + o.length || item.offset + item.length <= o.offset));
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows;
}

function makeArrows(items: TimelineItem[]): TimelineArrow[] {
  const byId = new Map<string, TimelineItem>();
  for (const item of items) if (item.id !== null && !byId.has(item.id)) byId.set(item.id, item);
  const arrows: TimelineArrow[] = [];
  for (const item of items) {
    for (const dep of item.dependencies) {
      const from = byId.get(dep);
      if (!from || from === item) continue;
      arrows.push({ from: from.section, to: item.section, late: item.offset < from.offset + from.length });
    }
  }
  return arrows;
}

function label(mode: AxisMode, axisStart: string, offset: number): string {
  if (mode === 'date') return addDays(axisStart, offset);
  return `W${Number(axisStart.slice(1)) + Math.floor(offset / 7)}`;
}

function periodLabel(s: Section, p: Placement, start: string, end: string): string {
  const period = s.period;
  if (p.unscheduled) {
    if (p.precision === 'estimate') {
      const weeks = s.durationWeeks ?? (period?.unit === 'week' ? Math.abs(period.end - period.start) + 1 : 0);
      return `no period · ≈ ${weeks} week${weeks === 1 ? '' : 's'}`;
    }
    return 'no period';
  }
  if (!period) return '';
  if (period.unit === 'week') return period.start === period.end ? `Week ${period.start}` : `Weeks ${period.start}–${period.end}`;
  // Name the span by the unit it is aligned to; a soft span that is not aligned (weeks counted inside a quarter)
  // is shown as approximate days rather than as a quarter it does not fill.
  const [y1, m1, d1] = ymd(start);
  const [y2, m2] = ymd(end);
  const endsMonth = addDays(end, 1).slice(8) === '01';
  if (period.precision !== 'day' && d1 === 1 && endsMonth) {
    if (m1 === 1 && m2 === 12) return y1 === y2 ? `${y1}` : `${y1} – ${y2}`;
    if ((m1 - 1) % 6 === 0 && m2 % 6 === 0 && period.precision === 'half') {
      const h = (m: number) => (m <= 6 ? 1 : 2);
      return y1 === y2 && m2 - m1 === 5 ? `H${h(m1)} ${y1}` : `H${h(m1)} ${y1} – H${h(m2)} ${y2}`;
    }
    if ((m1 - 1) % 3 === 0 && m2 % 3 === 0 && period.precision !== 'month') {
      return y1 === y2 && m2 - m1 === 2 ? quarterLabel(start) : `${quarterLabel(start)} – ${quarterLabel(end)}`;
    }
    return y1 === y2 && m1 === m2 ? monthLabel(start) : `${monthLabel(start)} – ${monthLabel(end)}`;
  }
  const range = start === end ? start : `${start} → ${end}`;
  return period.precision === 'day' ? range : `≈ ${range}`;
}

function ymd(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** Whole days from `a` to `b` (calendar days; Date.UTC only, so no time zone can shift it). */
export function daysBetween(a: string, b: string): number {
  const [ya, ma, da] = ymd(a);
  const [yb, mb, db] = ymd(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function unitStart(day: string, unit: 'month' | 'quarter'): string {
  const [y, m] = ymd(day);
  return unit === 'month' ? iso(y, m, 1) : iso(y, Math.floor((m - 1) / 3) * 3 + 1, 1);
}

function nextUnitStart(start: string, unit: 'month' | 'quarter'): string {
  const [y, m] = ymd(start);
  const next = m + (unit === 'month' ? 1 : 3);
  return next > 12 ? iso(y + 1, next - 12, 1) : iso(y, next, 1);
}

function dayLabel(day: string): string {
  const [, m, d] = ymd(day);
  return `${monthNames[m - 1]} ${d}`;
}

function monthLabel(day: string): string {
  const [y, m] = ymd(day);
  return `${monthNames[m - 1]} ${y}`;
}

function quarterLabel(day: string): string {
  const [y, m] = ymd(day);
  return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
}
