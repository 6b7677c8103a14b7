// What really happened, on the timeline's axis: each plan item's actual span (first to last tick of its tasks),
// a projection for items in progress, and how late or early it finished — in days from the axis start, so the
// webview only multiplies by its day width. Plans in relative weeks count week 1 from the first version's day,
// as the history does.
import type { RoadmapHistory } from '../history/history';
import { daysBetween, type TimelineLayout } from './timelineLayout';

export interface ActualBar {
  section: number;
  /** Days from the axis start to the first tick. */
  start: number;
  /** Days from the axis start to the last tick (inclusive); null while tasks are open. */
  end: number | null;
  /** Days from the axis start to today, for an item in progress (the actual bar runs to it). */
  today: number | null;
  /** Days from the axis start to the projected finish of an item in progress. */
  projected: number | null;
  /** Actual (or projected) end after the planned end, in days; negative when ahead. */
  lateDays: number | null;
  overdue: boolean;
  actualStart: string;
  actualEnd: string | null;
  projectedEnd: string | null;
}

/** Items of the layout that have history; empty where the axis has no days to put them on. */
export function actualBars(layout: TimelineLayout, history: Pick<RoadmapHistory, 'sections' | 'since' | 'today'>): ActualBar[] {
  const offset = dayOffset(layout, history.since);
  if (!offset) return [];
  const bySection = new Map(history.sections.map((s) => [s.index, s]));
  const bars: ActualBar[] = [];
  for (const item of layout.rows.flatMap((r) => r.items)) {
    if (item.task !== null || item.unscheduled) continue;
    const s = bySection.get(item.section);
    if (!s?.actual) {
      if (s?.overdue) bars.push({ section: item.section, start: -1, end: null, today: null, projected: null, lateDays: s.lateDays, overdue: true, actualStart: '', actualEnd: null, projectedEnd: s.projected });
      continue;
    }
    bars.push({
      section: item.section,
      start: offset(s.actual.start),
      end: s.actual.end === null ? null : offset(s.actual.end),
      today: s.actual.end === null ? offset(history.today) : null,
      projected: s.projected === null ? null : offset(s.projected),
      lateDays: s.lateDays,
      overdue: s.overdue,
      actualStart: s.actual.start,
      actualEnd: s.actual.end,
      projectedEnd: s.projected,
    });
  }
  return bars;
}

function dayOffset(layout: TimelineLayout, since: string | null): ((iso: string) => number) | null {
  if (layout.axis.mode === 'date') return (iso) => daysBetween(layout.axis.start, iso);
  if (layout.axis.mode === 'week' && since) {
    const firstWeek = Number(layout.axis.start.replace(/^W/, '')) || 1;
    return (iso) => daysBetween(since, iso) - (firstWeek - 1) * 7;
  }
  return null;
}
