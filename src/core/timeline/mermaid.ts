// The timeline as a Mermaid gantt block, which GitHub renders in markdown: sections, items with their days (or
// with weeks counted from a start day the user gives), milestones, done/active states and dependencies as
// `after`. Built from the same layout the panel draws, so both show the same plan.
import { addDays } from '../language/periods';
import type { RoadmapDocument } from '../model';
import type { TimelineItem, TimelineLayout } from './timelineLayout';

export interface MermaidOptions {
  /** The day "Week 1" starts, for documents that give relative weeks only. */
  weekStart?: string;
  /** Wrap in a ```mermaid fence (default true). */
  fence?: boolean;
}

export type MermaidResult = { ok: true; text: string } | { ok: false; reason: 'needs-start' | 'nothing-scheduled' };

/** Mermaid reads `:` as the start of the task data, `;` and `#` as statement ends and entities. */
function clean(text: string): string {
  return text
    .replace(/\s*:\s*/g, ' – ')
    .replace(/[;#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function weekNumber(w: string): number {
  return Number(w.replace(/^W/, ''));
}

export function timelineMermaid(doc: RoadmapDocument, layout: TimelineLayout, options: MermaidOptions = {}): MermaidResult {
  const items = layout.rows.flatMap((r) => r.items).filter((i) => !i.unscheduled);
  if (items.length === 0 || layout.axis.mode === 'none') return { ok: false, reason: 'nothing-scheduled' };
  if (layout.axis.mode === 'week' && !options.weekStart) return { ok: false, reason: 'needs-start' };
  const startOf = (i: TimelineItem): string => (layout.axis.mode === 'date' ? i.start : addDays(options.weekStart!, (weekNumber(i.start) - 1) * 7));
  const endOf = (i: TimelineItem): string => addDays(startOf(i), i.length - 1);
  const key = (i: TimelineItem) => (i.task === null ? `s${i.section}` : `t${i.task}`);
  const byId = new Map<string, TimelineItem>();
  for (const i of items) if (i.id && i.task === null && !byId.has(i.id)) byId.set(i.id, i);

  const line = (i: TimelineItem): string => {
    const tags: string[] = [];
    if (i.status === 'done') tags.push('done');
    else if (i.status === 'in-progress') tags.push('active');
    else if (i.status === 'blocked') tags.push('crit');
    const milestone = i.task !== null || (i.kind === 'milestone' && i.length === 1);
    if (milestone) tags.push('milestone');
    tags.push(key(i));
    // `after` where the item starts the day after what it depends on; elsewhere its own start, or `after` would
    // move the bar away from where the document put it.
    const deps = i.dependencies.map((d) => byId.get(d)).filter((d): d is TimelineItem => d !== undefined && d !== i);
    const follows = deps.length > 0 && deps.every((d) => addDays(endOf(d), 1) === startOf(i));
    tags.push(follows ? `after ${deps.map(key).join(' ')}` : startOf(i));
    tags.push(milestone ? '0d' : `${i.length}d`);
    return `    ${clean(i.title) || key(i)} :${tags.join(', ')}`;
  };

  const out: string[] = ['gantt', `    title ${clean(layout.title || doc.title) || 'Roadmap'}`, '    dateFormat YYYY-MM-DD'];
  let current: string | null = null;
  const section = (name: string) => {
    if (name === current) return;
    current = name;
    out.push(`    section ${clean(name) || 'Plan'}`);
  };
  const groupOf = (i: TimelineItem): string => {
    // A table row stands under the heading of its table ("Milestones"); its section key is no heading's index.
    const parent = i.item !== undefined ? doc.items?.[i.item]?.parent : doc.sections[i.section]?.parent;
    return parent === null || parent === undefined ? layout.title || doc.title || 'Plan' : doc.sections[parent].title;
  };
  for (const row of layout.rows) {
    for (const i of row.items) {
      if (i.unscheduled) continue;
      section(row.depth === 1 && i.parent !== null ? doc.sections[i.parent].title : groupOf(i));
      out.push(line(i));
    }
  }
  const body = out.join('\n') + '\n';
  return { ok: true, text: options.fence === false ? body : '```mermaid\n' + body + '```\n' };
}
