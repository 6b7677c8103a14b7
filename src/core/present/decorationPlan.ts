import type { RoadmapDocument, Section, Status } from '../model';
import { statusFromProgress } from '../parse/buildModel';
import { lineContentEnd, lineStartAt } from '../parse/lines';
import { formatProgress, progressBar } from './progressBar';

export interface HeadingDecoration {
  sectionIndex: number;
  /** 0-based line of the heading, as the editor counts. */
  line: number;
  /** e.g. `▰▰▰▱▱ 3/5 · 60%`. */
  text: string;
  status: Status;
}

/** A done task's text after its box, on its first line; 0-based line and columns. */
export interface DoneTaskRange {
  taskIndex: number;
  line: number;
  startColumn: number;
  endColumn: number;
}

export interface DecorationPlan {
  headings: HeadingDecoration[];
  doneTasks: DoneTaskRange[];
}

/**
 * The status a section is drawn with: the written one wins; otherwise its tasks decide, so an unmarked
 * section with every task ticked still reads as done.
 */
export function effectiveStatus(section: Section): Status {
  // The model's rule for tasks (statusFromProgress), not a second copy; a section with no status and no tasks is planned.
  return section.status ?? statusFromProgress(section.progress) ?? 'planned';
}

/**
 * What the editor draws for a document: one inline bar after every heading that owns tasks (its own or its
 * subsections'), and the ranges of done tasks to dim. Pure, so the arithmetic is tested without an editor.
 */
export function decorationPlan(text: string, doc: RoadmapDocument, barWidth = 5): DecorationPlan {
  const headings: HeadingDecoration[] = [];
  for (const section of doc.sections) {
    if (section.progress.total === 0) continue;
    headings.push({
      sectionIndex: section.index,
      line: section.line - 1,
      text: `${progressBar(section.progress, barWidth)} ${formatProgress(section.progress)}`,
      status: effectiveStatus(section),
    });
  }
  const doneTasks: DoneTaskRange[] = [];
  for (const task of doc.tasks) {
    if (!task.checked) continue;
    const range = textAfterBox(text, task.offset);
    if (range) doneTasks.push({ taskIndex: task.index, line: task.line - 1, ...range });
  }
  return { headings, doneTasks };
}

function textAfterBox(text: string, boxOffset: number): { startColumn: number; endColumn: number } | undefined {
  if (boxOffset < 0 || boxOffset >= text.length) return undefined;
  // The core's one line index: a lone `\r` ends a line here as it does in the model and the editor.
  const lineStart = lineStartAt(text, boxOffset);
  const lineEnd = lineContentEnd(text, boxOffset);
  // Skip `x]` and the spaces after it: dimming starts at the task's words.
  let start = boxOffset + 2;
  while (start < lineEnd && (text[start] === ' ' || text[start] === '\t')) start++;
  if (start >= lineEnd) return undefined;
  return { startColumn: start - lineStart, endColumn: lineEnd - lineStart };
}
