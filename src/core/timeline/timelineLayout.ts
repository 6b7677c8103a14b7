// The timeline as plain data: which sections become bars, where they sit in time and which arrows join them.
// Views (the webview, the static SVG, the CLI's JSON) only draw this; none of them does date math.
// Positions are whole calendar days counted from the axis start, so nothing depends on time zones.
import { periodText, spanText } from '../present/periodText';
import type { DatePrecision, Progress, RoadmapDocument, Section, SectionKind, Status } from '../model';
import { isIsoDay } from '../language/isoDay';
import { addDays, compareIso } from '../language/periods';

/**
 * `date`: bars sit on calendar days; `week`: the document only gives relative weeks ("Weeks 1-3"); `none`: the
 * document states no time at all, so there is no axis and every item is listed in the lane.
 */
export type AxisMode = 'date' | 'week' | 'none';
export type AxisUnit = 'week' | 'month' | 'quarter';

export interface TimelineTick {
  /** Days from the axis start. */
  offset: number;
  label: string;
}

export interface TimelineAxis {
  mode: AxisMode;
  unit: AxisUnit;
  /** ISO day in date mode, `W<n>` in week mode, "" without an axis. Inclusive. */
  start: string;
  /** ISO day in date mode, `W<n>` in week mode, "" without an axis. Inclusive. */
  end: string;
  /** Length of the axis in days (0 without an axis). */
  days: number;
  ticks: TimelineTick[];
}

/**
 * How exact an item's placement is: a date precision, `week` for relative weeks, `estimate` for a section placed
 * by its "Estimated Duration" (or a length the document gives without a start), `default` for an item in the lane.
 */
export type ItemPrecision = DatePrecision | 'week' | 'estimate' | 'default';

export interface TimelineItem {
  /** Index of the section in `RoadmapDocument.sections`; also the item's key for arrows and messages. */
  section: number;
  /** Index of the task in `RoadmapDocument.tasks` for a dated checklist item drawn as a milestone, else null. */
  task: number | null;
  /**
   * For a plan item that is only a table row ("| M1 | Week 5 | Done |") or, in a roadmap without headings, a line of
   * its own: its index in `RoadmapDocument.items`. Its `section` is then `sections.length + item`, a key no heading
   * has, so arrows and bars stay apart.
   */
  item?: number;
  title: string;
  id: string | null;
  kind: SectionKind;
  status: Status | null;
  progress: Progress;
  /** ISO day in date mode, `W<n>` in week mode, "" in the lane. Inclusive. */
  start: string;
  /** ISO day in date mode, `W<n>` in week mode, "" in the lane. Inclusive. */
  end: string;
  /** Days from the axis start to the item's first day (0 in the lane). */
  offset: number;
  /** Length in days, at least 1 (1 in the lane, where it means nothing). */
  length: number;
  /** True when the document gives this item no time usable on this axis: it is listed in the lane, not drawn in time. */
  unscheduled: boolean;
  /** True when the item sits on the axis by an estimate (a duration, or weeks without an anchor), not by a stated period. */
  estimated: boolean;
  precision: ItemPrecision;
  /** The period in words, e.g. "Q2 2024", "Weeks 5–7", "2024-05-01 → 2024-06-30", "≈ 3 weeks". */
  periodLabel: string;
  /** The words in the document that gave the period ("" when none). */
  periodText: string;
  /** ISO day the item really finished, when the document says so (a ✅ or "completed" date on its tasks). */
  completed: string | null;
  /** 1-based line of the section's heading (or of the task). */
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
  /** Items drawn in time (stated or estimated). */
  rows: TimelineRow[];
  /** Items the document gives no time, in plan order: listed, never placed on the axis. */
  lane: TimelineItem[];
  arrows: TimelineArrow[];
  /** ISO day, present when the axis is in dates and today falls on it. */
  today?: string;
  /** Number of items in the lane. */
  unscheduled: number;
}

export interface TimelineOptions {
  /** Today's calendar day (ISO), supplied by the caller so the layout stays pure. */
  today?: string;
}

const rowKinds: ReadonlySet<SectionKind> = new Set(['phase', 'milestone', 'quarter']);
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const isoDay = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const doneWords = /(?:✅|✔️?|☑️?|\b(?:completed?|done|shipped|finished|released|merged|closed)\b)\s*(?:on|at|:)?\s*$/iu;

interface Placement {
  offset: number;
  length: number;
  unscheduled: boolean;
  estimated: boolean;
  precision: ItemPrecision;
}

/** A checklist item that names one calendar day: drawn as a milestone on that day. */
interface DatedTask {
  task: number;
  day: string;
  /** The day follows "✅", "completed", "shipped"…: the day it finished. */
  finished: boolean;
}

export function layoutTimeline(doc: RoadmapDocument, options: TimelineOptions = {}): TimelineLayout {
  // Headings and table rows that name plan items, in document order: a milestone listed only in a table is as
  // much a row of the plan as one with its own heading.
  const primaries = rowSectionsOf(doc);
  const streams = new Map<Section, Section[]>();
  for (const s of primaries) {
    const dated = s.children.map((c) => doc.sections[c]).filter((c) => c.period && !isEstimatedPeriod(c));
    if (dated.length > 0) streams.set(s, dated);
  }
  const all = [...primaries, ...[...streams.values()].flat()];
  const datedTasks = new Map<Section, DatedTask[]>();
  for (const s of primaries) {
    const found = datedTasksOf(doc, s);
    if (found.length > 0) datedTasks.set(s, found);
  }
  const taskDays = [...datedTasks.values()].flat().map((t) => t.day);
  const stated = all.filter((s) => s.period && !isEstimatedPeriod(s));
  const mode: AxisMode = stated.some((s) => s.period?.unit === 'date') || taskDays.length > 0 ? 'date' : stated.some((s) => s.period?.unit === 'week') ? 'week' : 'none';
  const origin = mode === 'date' ? earliestDate(all, taskDays) : '';

  const placed = new Map<Section, Placement>();
  if (mode !== 'none') {
    for (const s of all) {
      const p = scheduledPlacement(s, mode, origin);
      if (p) placed.set(s, p);
    }
    for (const [parent, children] of streams) snapToParent(parent, children, placed);
    placeEstimated(primaries, placed, mode, doc);
    for (const children of streams.values()) placeEstimated(children, placed, mode, doc);
  }
  const taskPlacement = (day: string): Placement => ({ offset: daysBetween(origin, day), length: 1, unscheduled: false, estimated: false, precision: 'day' });
  const completedOf = (s: Section): string | null => {
    // A table row or line item has no tasks of its own; its completion stamp ("✅ 2024-05-02") is the day it finished.
    if (s.from !== undefined) return s.finished && validDay(s.finished) ? s.finished : null;
    if (s.status !== 'done' && !(s.progress.total > 0 && s.progress.done === s.progress.total)) return null;
    let last: string | null = null;
    for (const t of tasksUnder(doc, s)) {
      const days = [...doc.tasks[t].raw.matchAll(isoDay)];
      for (const m of days) {
        if (!doneWords.test(doc.tasks[t].raw.slice(0, m.index)) || !validDay(m[0])) continue;
        if (last === null || compareIso(m[0], last) > 0) last = m[0];
      }
    }
    return last;
  };

  // Completion days and dated checklist items count for the axis' extent too, so nothing is drawn off it.
  const extents: Placement[] = [...placed.values()];
  if (mode === 'date') {
    for (const day of taskDays) extents.push(taskPlacement(day));
    for (const s of all) {
      const done = placed.has(s) ? completedOf(s) : null;
      if (done) extents.push(taskPlacement(done));
    }
  }
  const axis = makeAxis(extents, mode, origin);
  const shift = axis.shift;
  const tableRow = (s: Section): boolean => s.from !== undefined;
  const laneItem = (s: Section, parent: number | null): TimelineItem => ({
    section: tableRow(s) ? doc.sections.length + s.index : s.index,
    task: null,
    ...(tableRow(s) ? { item: s.index } : {}),
    title: s.title,
    id: s.id,
    kind: s.kind,
    status: s.status,
    progress: { ...s.progress },
    start: '',
    end: '',
    offset: 0,
    length: 1,
    unscheduled: true,
    estimated: false,
    precision: 'default',
    periodLabel: s.durationWeeks ? `no period · ≈ ${plural(s.durationWeeks)}` : 'no period',
    periodText: s.provenance.period?.text ?? '',
    completed: null,
    line: s.line,
    dependencies: [...s.dependencies],
    parent,
  });
  const toItem = (s: Section, parent: number | null): TimelineItem => {
    const p = placed.get(s);
    if (!p) return laneItem(s, parent);
    const offset = p.offset - shift;
    const item: TimelineItem = {
      ...laneItem(s, parent),
      start: label(mode, axis.axis.start, offset),
      end: label(mode, axis.axis.start, offset + p.length - 1),
      offset,
      length: p.length,
      unscheduled: false,
      estimated: p.estimated,
      precision: p.precision,
      completed: mode === 'date' ? completedOf(s) : null,
    };
    item.periodLabel = periodLabel(s, p, item.start, item.end);
    return item;
  };
  const taskItem = (owner: Section, d: DatedTask): TimelineItem => {
    const task = doc.tasks[d.task];
    const offset = daysBetween(origin, d.day) - shift;
    return {
      section: owner.index,
      task: d.task,
      title: task.text,
      id: null,
      kind: 'milestone',
      status: task.checked ? 'done' : null,
      progress: { ...task.progress },
      start: d.day,
      end: d.day,
      offset,
      length: 1,
      unscheduled: false,
      estimated: false,
      precision: 'day',
      periodLabel: d.day,
      periodText: d.day,
      completed: task.checked && d.finished ? d.day : null,
      line: task.line,
      dependencies: [],
      parent: owner.index,
    };
  };

  const rows: TimelineRow[] = [];
  const lane: TimelineItem[] = [];
  for (const s of primaries) {
    const onAxis = placed.has(s);
    if (onAxis) rows.push({ depth: 0, items: [toItem(s, null)] });
    else lane.push(laneItem(s, null));
    const children = streams.get(s);
    // Streams of a section in the lane still have their own dates: they stay on the axis, at the top level.
    if (children) for (const items of packRows(children.map((c) => toItem(c, onAxis ? s.index : null)))) rows.push({ depth: onAxis ? 1 : 0, items });
    for (const d of datedTasks.get(s) ?? []) rows.push({ depth: onAxis ? 1 : 0, items: [taskItem(s, d)] });
  }

  const items = [...rows.flatMap((r) => r.items), ...lane];
  const layout: TimelineLayout = {
    title: doc.title,
    axis: axis.axis,
    rows,
    lane,
    arrows: makeArrows(items),
    unscheduled: lane.length,
  };
  if (mode === 'date' && options.today && compareIso(options.today, axis.axis.start) >= 0 && compareIso(options.today, axis.axis.end) <= 0) {
    layout.today = options.today;
  }
  return layout;
}

/** A period the document does not state as such: derived from a duration, or marked estimated by the reading. */
function isEstimatedPeriod(s: Section): boolean {
  return s.period?.source === 'duration' || s.provenance.period?.basis === 'estimated';
}

/** A real calendar day ("2024-02-31" in a task's text is a typo, not a day: addDays would throw on it). */
function validDay(day: string): boolean {
  return isIsoDay(day) && ymd(day)[0] > 1900;
}

/** Tasks of a section and of its subsections. */
function tasksUnder(doc: RoadmapDocument, s: Section): number[] {
  const out: number[] = [...s.tasks];
  for (const c of s.children) out.push(...tasksUnder(doc, doc.sections[c]));
  return out;
}

/**
 * Top-level checklist items of a row's section that name exactly one valid calendar day. A ✅/"completed" day on a
 * task that also has its own plan day does not count twice: the plan day is the milestone, the other its stamp.
 */
function datedTasksOf(doc: RoadmapDocument, s: Section): DatedTask[] {
  const out: DatedTask[] = [];
  for (const t of tasksUnder(doc, s)) {
    const task = doc.tasks[t];
    if (task.depth !== 0) continue;
    const days = [...task.raw.matchAll(isoDay)].filter((m) => validDay(m[0]));
    if (days.length === 0) continue;
    const plan = days.filter((m) => !doneWords.test(task.raw.slice(0, m.index)));
    const pick = plan.length === 1 ? plan[0] : plan.length === 0 && days.length === 1 ? days[0] : null;
    if (!pick) continue;
    out.push({ task: t, day: pick[0], finished: plan.length === 0 });
  }
  return out;
}

function plural(weeks: number): string {
  return `${weeks} week${weeks === 1 ? '' : 's'}`;
}

/**
 * The plan's rows in document order: the heading sections of `pickRowSections` and the phases, milestones and
 * quarters that only a table row (or, in a roadmap without headings, a line of its own) names. When the headings
 * name no plan item, those rows are the plan and the generic top-level sections ("Overview", "Risks") stay off it.
 * Checklist items that name plan items are left out: they are tasks of a heading, drawn on their day when dated.
 */
export function rowSectionsOf(doc: RoadmapDocument): Section[] {
  const table = (doc.items ?? []).filter((i) => (i.from === 'table-row' || i.from === 'line') && rowKinds.has(i.kind));
  const headings = pickRowSections(doc).map((i) => doc.sections[i]);
  if (table.length === 0) return headings;
  const kinded = headings.filter((s) => rowKinds.has(s.kind));
  return [...kinded, ...table].sort((a, b) => a.line - b.line || a.index - b.index);
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

function earliestDate(sections: Section[], days: string[]): string {
  let min = '';
  for (const s of sections) {
    if (s.period?.unit === 'date' && (min === '' || compareIso(s.period.start, min) < 0)) min = s.period.start;
  }
  for (const d of days) if (min === '' || compareIso(d, min) < 0) min = d;
  return min;
}

function scheduledPlacement(s: Section, mode: AxisMode, origin: string): Placement | undefined {
  const p = s.period;
  if (!p) return undefined;
  const estimated = isEstimatedPeriod(s);
  if (mode === 'date' && p.unit === 'date') {
    const offset = daysBetween(origin, p.start);
    const length = Math.max(1, daysBetween(p.start, p.end) + 1);
    return { offset, length, unscheduled: false, estimated, precision: estimated ? 'estimate' : p.precision };
  }
  if (mode === 'week' && p.unit === 'week') {
    const first = Math.min(p.start, p.end);
    const last = Math.max(p.start, p.end);
    return { offset: (first - 1) * 7, length: (last - first + 1) * 7, unscheduled: false, estimated, precision: estimated ? 'estimate' : 'week' };
  }
  // Relative weeks on a dated plan would need an anchor the document does not give; guessing one misleads.
  return undefined;
}

/**
 * Weeks counted inside a soft period ("Weeks 7-13" under "Q1 2025") can overshoot it by a few days, because a
 * quarter is 13 weeks give or take a day or two. An estimate that spills by less than a week is meant to end with
 * its quarter, so it is snapped to the parent's edge; day-precise periods are left exactly as written.
 */
function snapToParent(parent: Section, children: Section[], placed: Map<Section, Placement>): void {
  const outer = placed.get(parent);
  if (!outer || outer.precision === 'day' || outer.precision === 'week') return;
  const outerEnd = outer.offset + outer.length;
  for (const child of children) {
    const p = placed.get(child);
    if (!p || p.precision === 'day' || p.precision === 'week') continue;
    let start = p.offset;
    let end = p.offset + p.length;
    if (start < outer.offset && outer.offset - start < 7) start = outer.offset;
    if (end > outerEnd && end - outerEnd < 7) end = outerEnd;
    if (end > start) placed.set(child, { ...p, offset: start, length: end - start });
  }
}

/**
 * A section the document gives a length but no start ("Estimated Duration: 3 weeks", or relative weeks on a dated
 * plan) is placed after its predecessor and its dependencies, marked as an estimate; those before the first placed
 * section end where it starts. A section with neither period nor length is not placed at all: it goes to the lane.
 */
function placeEstimated(sections: Section[], placed: Map<Section, Placement>, mode: AxisMode, doc: RoadmapDocument): void {
  const lengthOf = (s: Section): number | null => {
    const weeks = s.durationWeeks ?? (s.period?.unit === 'week' ? Math.abs(s.period.end - s.period.start) + 1 : null);
    if (weeks === null || !(weeks > 0)) return null;
    return mode === 'week' ? Math.max(1, Math.ceil(weeks)) * 7 : Math.max(1, Math.round(weeks * 7));
  };
  const estimate = (offset: number, length: number): Placement => ({ offset, length, unscheduled: false, estimated: true, precision: 'estimate' });

  const firstPlaced = sections.findIndex((s) => placed.has(s));
  if (firstPlaced < 0) return;
  let end = placed.get(sections[firstPlaced])!.offset;
  for (let i = firstPlaced - 1; i >= 0; i--) {
    const length = lengthOf(sections[i]);
    if (length === null) continue;
    placed.set(sections[i], estimate(end - length, length));
    end -= length;
  }
  let cursor = 0;
  for (let i = firstPlaced; i < sections.length; i++) {
    const s = sections[i];
    const existing = placed.get(s);
    if (existing) {
      cursor = existing.offset + existing.length;
      continue;
    }
    const length = lengthOf(s);
    if (length === null) continue;
    let start = cursor;
    for (const dep of s.dependencies) {
      const target = doc.sections.find((d) => d.id === dep && placed.has(d)) ?? doc.items?.find((d) => d.id === dep && placed.has(d));
      if (target) {
        const p = placed.get(target)!;
        start = Math.max(start, p.offset + p.length);
      }
    }
    placed.set(s, estimate(start, length));
    cursor = start + length;
  }
}

function makeAxis(placed: Placement[], mode: AxisMode, origin: string): { axis: TimelineAxis; shift: number } {
  if (mode === 'none') return { axis: { mode, unit: 'week', start: '', end: '', days: 0, ticks: [] }, shift: 0 };
  let min = Infinity;
  let max = -Infinity;
  for (const p of placed) {
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

/**
 * A calendar axis covering `start` … `end` (inclusive ISO days), with the unit and ticks a single roadmap spanning
 * those days would get: the shared axis of several dated roadmaps drawn in one chart.
 */
export function dateAxis(start: string, end: string): TimelineAxis {
  return makeAxis([{ offset: 0, length: Math.max(1, daysBetween(start, end) + 1), unscheduled: false, estimated: false, precision: 'day' }], 'date', start).axis;
}

/** One row per stream, in document order: a row's label always names the one bar it holds. */
function packRows(items: TimelineItem[]): TimelineItem[][] {
  return items.map((item) => [item]);
}

function makeArrows(items: TimelineItem[]): TimelineArrow[] {
  const byId = new Map<string, TimelineItem>();
  for (const item of items) if (item.id !== null && item.task === null && !byId.has(item.id)) byId.set(item.id, item);
  const arrows: TimelineArrow[] = [];
  for (const item of items) {
    if (item.task !== null) continue;
    for (const dep of item.dependencies) {
      const from = byId.get(dep);
      if (!from || from === item) continue;
      // An item in the lane has no time, so it cannot be late (or early) for anything.
      const late = !item.unscheduled && !from.unscheduled && item.offset < from.offset + from.length;
      arrows.push({ from: from.section, to: item.section, late });
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
  if (p.estimated) {
    const weeks = s.durationWeeks ?? (period?.unit === 'week' ? Math.abs(period.end - period.start) + 1 : 0);
    if (weeks > 0 && (!period || period.unit === 'week' || period.source === 'duration')) return `≈ ${plural(weeks)} (estimated: ${start} – ${end})`;
    return `≈ ${start} → ${end} (estimated)`;
  }
  if (!period) return '';
  if (period.unit === 'week') return periodText(period);
  // The placed span, which for weeks counted inside a quarter is not the quarter itself.
  return spanText(start, end, period.precision);
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
