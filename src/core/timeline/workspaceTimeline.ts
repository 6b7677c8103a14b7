// Every roadmap of a workspace in one chart, grouped by file. Files that state calendar dates share one calendar
// axis, so their bars line up day for day; a file in relative weeks keeps its own "Week 1", because nothing says
// when another file's Week 1 is; a file that states no time lists its items in its own lane.
import { compareIso } from '../language/periods';
import type { RoadmapDocument } from '../model';
import { dateAxis, daysBetween, layoutTimeline, type TimelineItem, type TimelineLayout, type TimelineOptions } from './timelineLayout';

export interface TimelineGroup {
  /** The file as people find it: its path relative to the workspace (folder) root. */
  name: string;
  /** The file's own layout; in a date-mode group its axis is the axis all dated groups share. */
  layout: TimelineLayout;
}

export function layoutWorkspaceTimeline(files: { name: string; doc: RoadmapDocument }[], options: TimelineOptions = {}): TimelineGroup[] {
  return alignGroups(files.map(({ name, doc }) => ({ name, layout: layoutTimeline(doc, options) })), options);
}

/**
 * Groups of layouts made one by one (the editor keeps each file's layout until that file changes) put on the
 * shared calendar axis. The layouts given are not changed.
 */
export function alignGroups(laidOut: TimelineGroup[], options: TimelineOptions = {}): TimelineGroup[] {
  const groups = laidOut.map((g) => ({ ...g }));
  const dated = groups.filter((g) => g.layout.axis.mode === 'date' && g.layout.axis.days > 0);
  if (dated.length < 2) return groups;
  let start = dated[0].layout.axis.start;
  let end = dated[0].layout.axis.end;
  for (const { layout } of dated) {
    if (compareIso(layout.axis.start, start) < 0) start = layout.axis.start;
    if (compareIso(layout.axis.end, end) > 0) end = layout.axis.end;
  }
  const axis = dateAxis(start, end);
  for (const group of dated) group.layout = onAxis(group.layout, axis, options.today);
  return groups;
}

/** The same layout moved onto a wider calendar axis: items keep their days, only their offsets change. */
function onAxis(layout: TimelineLayout, axis: TimelineLayout['axis'], today: string | undefined): TimelineLayout {
  const shift = daysBetween(axis.start, layout.axis.start);
  const move = (item: TimelineItem): TimelineItem => ({ ...item, offset: item.offset + shift });
  const moved: TimelineLayout = { ...layout, axis, rows: layout.rows.map((r) => ({ ...r, items: r.items.map(move) })) };
  delete moved.today;
  if (today && compareIso(today, axis.start) >= 0 && compareIso(today, axis.end) <= 0) moved.today = today;
  return moved;
}
