// What an agent (or a person) should work on next, read from the plan itself: no guess beyond what the document says.
import type { RoadmapDocument, Section, Status, Task } from '../model';
import { effectiveStatus as statusOf } from '../present/decorationPlan';

export interface NextTask {
  task: Task;
  /** The plan item (or, in a plan without items, the section) the task belongs to; null before the first heading. */
  item: Section | null;
  /** Why this task is next: its item is in progress, or its item is the next one whose dependencies are done. */
  reason: 'in-progress' | 'ready';
}

/**
 * The open tasks to work on next, in plan order: first the open tasks of items already in progress, then those of
 * the next items not started whose dependencies (by id) are all done. Tasks nested under an open task come after it
 * in document order, so a parent's subtasks are offered before the next item. Blocked items are skipped.
 */
export function nextTasks(doc: RoadmapDocument, limit = 5): NextTask[] {
  if (limit <= 0) return [];
  const items = planUnits(doc);
  const statusById = new Map<string, Status>();
  for (const s of doc.sections) if (s.id) statusById.set(s.id.toLowerCase(), statusOf(s));
  const ready = (s: Section) => s.dependencies.every((dep) => statusById.get(dep.toLowerCase()) === 'done' || !statusById.has(dep.toLowerCase()));

  const inProgress: Section[] = [];
  const notStarted: Section[] = [];
  for (const item of items) {
    const status = statusOf(item);
    if (status === 'in-progress') inProgress.push(item);
    else if (status === 'planned' && ready(item)) notStarted.push(item);
  }
  const out: NextTask[] = [];
  const seen = new Set<number>();
  const take = (item: Section | null, reason: NextTask['reason'], tasks: readonly Task[]) => {
    for (const task of tasks) {
      if (out.length >= limit) return;
      if (task.checked || seen.has(task.index)) continue;
      seen.add(task.index);
      out.push({ task, item, reason });
    }
  };
  for (const item of inProgress) take(item, 'in-progress', tasksUnder(doc, item));
  for (const item of notStarted) take(item, 'ready', tasksUnder(doc, item));
  // A plain checklist with no plan items and no headings: its open tasks, in order.
  if (items.length === 0) take(null, 'in-progress', doc.tasks);
  return out;
}

/** The plan items (phases, milestones, quarters), or every section holding tasks when the document names none. */
function planUnits(doc: RoadmapDocument): Section[] {
  const items = doc.sections.filter((s) => s.kind !== 'section');
  if (items.length > 0) {
    // Innermost items own their tasks; an item that contains items is represented by them.
    return items.filter((s) => !hasItemBelow(doc, s));
  }
  return doc.sections.filter((s) => s.tasks.length > 0);
}

function hasItemBelow(doc: RoadmapDocument, section: Section): boolean {
  const stack = [...section.children];
  while (stack.length > 0) {
    const child = doc.sections[stack.pop() as number];
    if (child.kind !== 'section') return true;
    stack.push(...child.children);
  }
  return false;
}

/** The item's tasks and those of its non-item subsections, in document order. */
function tasksUnder(doc: RoadmapDocument, item: Section): Task[] {
  return doc.tasks.filter((t) => t.line > item.line && t.line <= item.endLine);
}
