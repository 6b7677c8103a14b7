// What the agent tools (the MCP server and VS Code's language-model tools) answer, computed once from the model so
// both adapters say the same thing in the same shape. Plain data, ready for JSON.
import { applyEdits } from '../edit/edits';
import type { Period, Progress, RoadmapDocument, Section, Status, Task, TextEdit } from '../model';
import { effectiveStatus } from '../present/decorationPlan';
import { formatProgress } from '../present/progressBar';
import { findTask, normalise, type FindTaskResult } from './findTask';
import { nextTasks, type NextTask } from './nextTasks';
import { setTask } from './setTask';

export interface SectionReport {
  title: string;
  id: string | null;
  kind: Section['kind'];
  line: number;
  status: Status;
  /** How the status was reached: stated by the document, or derived from its tasks. */
  statusBasis: 'stated' | 'derived';
  period: Period | null;
  progress: Progress;
  dependencies: string[];
  provenance: Section['provenance'];
}

export interface RoadmapReport {
  file: string;
  title: string;
  progress: Progress;
  sections: SectionReport[];
}

/** Progress per section; with `sectionQuery`, only the sections whose id or title matches it (case-insensitive). */
export function statusReport(file: string, doc: RoadmapDocument, sectionQuery?: string): RoadmapReport {
  const wanted = sectionQuery === undefined ? undefined : normalise(sectionQuery);
  const sections = doc.sections
    .filter((s) => wanted === undefined || normalise(s.id ?? '') === wanted || normalise(s.title).includes(wanted))
    .map(sectionReport);
  return { file, title: doc.title, progress: doc.progress, sections };
}

export function sectionReport(s: Section): SectionReport {
  const stated = s.statusSource !== null && s.statusSource !== 'tasks';
  return {
    title: s.title,
    id: s.id,
    kind: s.kind,
    line: s.line,
    status: effectiveStatus(s),
    statusBasis: stated ? 'stated' : 'derived',
    period: s.period,
    progress: s.progress,
    dependencies: s.dependencies,
    provenance: s.provenance,
  };
}

/** A few lines a person (or a model) reads at a glance. */
export function statusSummary(report: RoadmapReport): string {
  const lines = [`${report.file}${report.title ? ` — ${report.title}` : ''}: ${formatProgress(report.progress)}`];
  for (const s of report.sections) {
    if (s.progress.total === 0 && s.kind === 'section') continue;
    lines.push(`- ${s.title} (line ${s.line}): ${s.status}${s.statusBasis === 'stated' ? ' (stated)' : ''}, ${formatProgress(s.progress)}`);
  }
  return lines.join('\n');
}

export interface NextReportTask {
  file: string;
  line: number;
  text: string;
  section: string | null;
  sectionId: string | null;
  reason: NextTask['reason'];
}

export function nextReport(file: string, doc: RoadmapDocument, limit: number): NextReportTask[] {
  return nextTasks(doc, limit).map(({ task, item, reason }) => ({ file, line: task.line, text: task.text, section: item?.title ?? null, sectionId: item?.id ?? null, reason }));
}

export type TaskSelector = { line: number } | { text: string };

export type SetTaskOutcome =
  | {
      ok: true;
      /** The new text (equal to the input when nothing changed). */
      text: string;
      edits: TextEdit[];
      changed: boolean;
      task: { line: number; text: string; done: boolean };
      section: { title: string; line: number; progress: Progress } | null;
    }
  | { ok: false; message: string; candidates?: Array<{ line: number; text: string }> };

/**
 * Plans one task's new state: finds it (line or text; ambiguity is an error, never a guess), checks `expectedText`
 * (the text the caller saw; a mismatch means the file changed since), and computes the one-character edit. The
 * caller writes `text` (atomically) only when `changed`.
 */
export function planSetTask(text: string, doc: RoadmapDocument, selector: TaskSelector, done: boolean, expectedText?: string): SetTaskOutcome {
  const found: FindTaskResult = findTask(doc, selector);
  if (found.kind === 'ambiguous') {
    return {
      ok: false,
      message: `"${(selector as { text: string }).text}" matches ${found.candidates.length} tasks; name one by its line.`,
      candidates: found.candidates.map(brief),
    };
  }
  if (found.kind === 'not-found') {
    const what = 'line' in selector ? `Line ${selector.line} holds no task` : `No task matches "${selector.text}"`;
    return { ok: false, message: `${what}.`, candidates: found.nearest.map(brief) };
  }
  const task = found.task;
  if (expectedText !== undefined && normalise(expectedText) !== normalise(task.text)) {
    return { ok: false, message: `The task on line ${task.line} now reads "${task.text}", not "${expectedText}": the file changed since it was read.` };
  }
  const edits = setTask(text, task, done);
  const section = task.section === null ? null : doc.sections[task.section];
  const delta = edits.length === 0 ? 0 : done ? 1 : -1;
  return {
    ok: true,
    text: edits.length === 0 ? text : applyEdits(text, edits),
    edits,
    changed: edits.length > 0,
    task: { line: task.line, text: task.text, done },
    section: section && { title: section.title, line: section.line, progress: { done: section.progress.done + delta, total: section.progress.total } },
  };
}

function brief(task: Task): { line: number; text: string } {
  return { line: task.line, text: task.text };
}
