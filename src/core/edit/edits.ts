// Every change the product makes to a roadmap is a list of minimal TextEdits computed here from the model, so the
// host, the CLI and the tests apply the very same bytes and every character the user did not touch stays as it was.
import type { Nodes } from 'mdast';
import { parseMarkdown } from '../parse/markdown';
import type { RoadmapDocument, Task, TextEdit } from '../model';
import { assertIsoDay } from '../language/isoDay';
import { lineBounds, lineEndingLength, lineStartsOf } from '../parse/lines';
import { splitSections } from '../parse/split';

export type ToggleMode = 'toggle' | 'check' | 'uncheck';

/** Which related tasks follow a toggled task: its descendants (`down`), its ancestors (`up`), or both. */
export type CascadeMode = 'none' | 'down' | 'up' | 'both';

export interface LineEditOptions {
  cascade?: CascadeMode;
  /** ISO day (`2026-11-25`) to stamp on completed tasks and strip from reopened ones; undefined turns stamping off. */
  completionDate?: string;
}

export interface LineEditResult {
  /** Sorted, non-overlapping, minimal. */
  edits: TextEdit[];
  /** 1-based lines whose text the edits change, ascending (cascaded tasks included). */
  changedLines: number[];
  /** 1-based requested lines that hold neither a task nor a plain list item, ascending; nothing was done to them. */
  skippedLines: number[];
}

const COMPLETION_MARK = '✅';
/** Only the exact suffix we append is ever removed, so a user's own "✅ 2024-01-01" mid-line is safe. */
const COMPLETION_SUFFIX = / ✅ \d{4}-\d{2}-\d{2}$/;

/** One 1-character edit per task whose box must change. `X` counts as checked and reopens to ` `. */
export function toggleTasks(doc: RoadmapDocument, taskIndexes: readonly number[], mode: ToggleMode): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const index of new Set(taskIndexes)) {
    const task = taskAt(doc, index);
    const next = mode === 'toggle' ? !task.checked : mode === 'check';
    if (next !== task.checked) edits.push(boxEdit(task, next));
  }
  return sortEdits(edits);
}

/**
 * Checks (or reopens) every task of a section and of all its subsections. With `completionDate` (and the `text` the
 * model was parsed from) completed tasks get the same date stamp as from `editsForLines`, and reopened ones lose it.
 */
export function setSectionTasks(doc: RoadmapDocument, sectionIndex: number, done: boolean, options: { text?: string; completionDate?: string } = {}): TextEdit[] {
  if (!Number.isInteger(sectionIndex) || sectionIndex < 0 || sectionIndex >= doc.sections.length) {
    throw new RangeError(`No section ${sectionIndex} in this document (it has ${doc.sections.length}).`);
  }
  const sections = new Set<number>();
  const stack = [sectionIndex];
  while (stack.length > 0) {
    const s = stack.pop() as number;
    sections.add(s);
    stack.push(...doc.sections[s].children);
  }
  const tasks = doc.tasks.filter((task) => task.section !== null && sections.has(task.section) && task.checked !== done);
  if (options.completionDate === undefined) return tasks.map((task) => boxEdit(task, done));
  assertIsoDay(options.completionDate, 'completionDate');
  if (options.text === undefined) throw new TypeError('setSectionTasks needs the document text to stamp a completion date.');
  const state = new Map(tasks.map((task) => [task.index, done] as const));
  return sortEdits(stateEdits(options.text, lineStartsOf(options.text), doc, state, options.completionDate, new Set()));
}

/**
 * The editor's "Toggle Task" over every cursor and selection line: when any task there is open all become done,
 * else all reopen; plain list items become open tasks; other lines are reported in `skippedLines`.
 */
export function editsForLines(text: string, doc: RoadmapDocument, lines: readonly number[], options: LineEditOptions = {}): LineEditResult {
  const cascade = options.cascade ?? 'none';
  const completionDate = options.completionDate;
  if (completionDate !== undefined) assertIsoDay(completionDate, 'completionDate');
  const lineStarts = lineStartsOf(text);
  const lineCount = lineStarts.length;
  const requested = [...new Set(lines)].filter((l) => Number.isInteger(l) && l >= 1 && l <= lineCount).sort((a, b) => a - b);

  const tasksByLine = new Map<number, number>();
  for (const task of doc.tasks) if (!tasksByLine.has(task.line)) tasksByLine.set(task.line, task.index);
  let innermost: Int32Array | undefined;

  const targeted: number[] = [];
  const candidates = new Map<number, number>();
  const skippedLines: number[] = [];
  const ownerOf = (line: number): number => {
    // A continuation line of a multi-line item toggles that item, so the cursor need not sit on the box line.
    innermost ??= innermostTaskByLine(doc, lineCount);
    return lineText(text, lineStarts, line).trim() === '' ? -1 : innermost[line - 1];
  };
  for (const line of requested) {
    const direct = tasksByLine.get(line);
    if (direct !== undefined) {
      targeted.push(direct);
      continue;
    }
    const column = plainItemContentColumn(lineText(text, lineStarts, line));
    if (column >= 0) candidates.set(line, column);
    else if (ownerOf(line) >= 0) targeted.push(ownerOf(line));
    else skippedLines.push(line);
  }
  // Only a parse knows whether "- x" is a list item (not code, HTML, or paragraph text); ask it for just the chunks involved.
  const conversions: TextEdit[] = [];
  const convertedLines: number[] = [];
  const confirmed = candidates.size > 0 ? paragraphStartsOfListItems(text, [...candidates.keys()]) : new Set<string>();
  for (const [line, column] of candidates) {
    if (confirmed.has(`${line}:${column}`)) {
      conversions.push({ offset: lineStarts[line - 1] + column, length: 0, text: '[ ] ' });
      convertedLines.push(line);
    } else if (ownerOf(line) >= 0) targeted.push(ownerOf(line));
    else skippedLines.push(line);
  }
  skippedLines.sort((a, b) => a - b);

  const edits: TextEdit[] = [...conversions];
  const changedLines = new Set<number>(convertedLines);
  edits.push(...targetEdits(text, lineStarts, doc, targeted, cascade, completionDate, changedLines));
  return { edits: sortEdits(edits), changedLines: [...changedLines].sort((a, b) => a - b), skippedLines };
}

/**
 * Toggles tasks named directly (by index in `doc`, which must be the model of `text`) with the same rule, cascade
 * and completion date as `editsForLines`: the tree names its task by its box, and a line can hold two boxes.
 */
export function editsForTasks(text: string, doc: RoadmapDocument, taskIndexes: readonly number[], options: LineEditOptions = {}): TextEdit[] {
  if (options.completionDate !== undefined) assertIsoDay(options.completionDate, 'completionDate');
  for (const i of taskIndexes) taskAt(doc, i);
  return sortEdits(targetEdits(text, lineStartsOf(text), doc, taskIndexes, options.cascade ?? 'none', options.completionDate, new Set()));
}

function targetEdits(
  text: string,
  lineStarts: readonly number[],
  doc: RoadmapDocument,
  targeted: readonly number[],
  cascade: CascadeMode,
  completionDate: string | undefined,
  changedLines: Set<number>,
): TextEdit[] {
  const uniqueTargets = [...new Set(targeted)];
  const target = uniqueTargets.some((i) => !taskAt(doc, i).checked);
  const state = new Map<number, boolean>();
  const stateOf = (i: number): boolean => state.get(i) ?? doc.tasks[i].checked;
  for (const i of uniqueTargets) state.set(i, target);
  if (cascade === 'down' || cascade === 'both') {
    for (const i of uniqueTargets) forEachDescendant(doc, i, (d) => state.set(d, target));
  }
  if (cascade === 'up' || cascade === 'both') cascadeUp(doc, state, stateOf, target);
  return stateEdits(text, lineStarts, doc, state, completionDate, changedLines);
}

/** Box edits (and, with a completion date, stamp edits) for every task whose state differs from the model's. */
function stateEdits(
  text: string,
  lineStarts: readonly number[],
  doc: RoadmapDocument,
  state: ReadonlyMap<number, boolean>,
  completionDate: string | undefined,
  changedLines: Set<number>,
): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [index, checked] of state) {
    const task = doc.tasks[index];
    if (checked === task.checked) continue;
    assertBoxAt(text, task);
    edits.push(boxEdit(task, checked));
    changedLines.add(task.line);
    // A box that is a line ending (`- [\n] b`) joins the lines when ticked; the stamp has no line of its own to end.
    if (completionDate === undefined || lineEndingLength(text, task.offset) > 0) continue;
    const { end, content } = lineBounds(text, lineStarts, task.line);
    if (checked && !COMPLETION_SUFFIX.test(content)) {
      edits.push({ offset: end, length: 0, text: ` ${COMPLETION_MARK} ${completionDate}` });
    } else if (!checked) {
      const match = COMPLETION_SUFFIX.exec(content);
      if (match) edits.push({ offset: end - match[0].length, length: match[0].length, text: '' });
    }
  }
  return edits;
}

/** Applies edits to a text: sorts them, and throws a clear error when two overlap or one lies outside the text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = sortEdits(edits);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (!Number.isInteger(edit.offset) || !Number.isInteger(edit.length) || edit.offset < 0 || edit.length < 0 || edit.offset + edit.length > text.length) {
      throw new RangeError(`Edit at offset ${edit.offset} (length ${edit.length}) lies outside the text (length ${text.length}).`);
    }
    if (edit.offset < cursor) {
      throw new RangeError(`Edits overlap: one at offset ${edit.offset} starts before the previous one ends at offset ${cursor}.`);
    }
    out += text.slice(cursor, edit.offset) + edit.text;
    cursor = edit.offset + edit.length;
  }
  return out + text.slice(cursor);
}


function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  // Stable sort: inserts at one offset keep the order they were given in.
  return [...edits].sort((a, b) => a.offset - b.offset);
}

function taskAt(doc: RoadmapDocument, index: number): Task {
  const task = Number.isInteger(index) ? doc.tasks[index] : undefined;
  if (!task) throw new RangeError(`No task ${index} in this document (it has ${doc.tasks.length}).`);
  return task;
}

/** Replaces exactly the box GFM read (one character, or a `\r\n` line ending) and nothing else. */
function boxEdit(task: Task, checked: boolean): TextEdit {
  return { offset: task.offset, length: task.boxLength, text: checked ? 'x' : ' ' };
}

function assertBoxAt(text: string, task: Task): void {
  const box = text.slice(task.offset, task.offset + task.boxLength);
  if (text[task.offset - 1] !== '[' || text[task.offset + task.boxLength] !== ']' || !/^(?:[ \txX\n\r]|\r\n)$/.test(box)) {
    throw new Error(`The model is out of date with the text: no task box at line ${task.line} (offset ${task.offset}). Parse again.`);
  }
}

function forEachDescendant(doc: RoadmapDocument, index: number, visit: (i: number) => void): void {
  const stack = [...doc.tasks[index].children];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    visit(i);
    stack.push(...doc.tasks[i].children);
  }
}

/**
 * Completing a task completes a parent whose children are now all done; reopening one reopens its done ancestors.
 * Deepest ancestors first, because a parent's new state depends on its children's.
 */
function cascadeUp(doc: RoadmapDocument, state: Map<number, boolean>, stateOf: (i: number) => boolean, target: boolean): void {
  const pending = new Map<number, Set<number>>();
  const enqueueParentOf = (i: number): void => {
    const parent = doc.tasks[i].parent;
    if (parent === null) return;
    const depth = doc.tasks[parent].depth;
    let bucket = pending.get(depth);
    if (!bucket) pending.set(depth, (bucket = new Set()));
    bucket.add(parent);
  };
  for (const i of state.keys()) enqueueParentOf(i);
  for (let depth = Math.max(-1, ...pending.keys()); depth >= 0; depth--) {
    for (const parent of pending.get(depth) ?? []) {
      const children = doc.tasks[parent].children;
      const allDone = children.every(stateOf);
      const next = target ? stateOf(parent) || allDone : stateOf(parent) && allDone;
      if (next !== stateOf(parent)) {
        state.set(parent, next);
        enqueueParentOf(parent);
      }
    }
  }
}

function lineText(text: string, lineStarts: readonly number[], line: number): string {
  return lineBounds(text, lineStarts, line).content;
}

const PLAIN_ITEM = /^((?:[ \t]{0,3}>[ \t]?)*[ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)(\S.*)$/;
/** `[ ]`, `[~]`, `[DONE]`: a box or a custom marker already there (e.g. a task GFM does not see); never add a second. */
const EXISTING_MARKER = /^\[[^\]\s]{0,8}\](?![([:])|^\[ \]/;

/** Where the content of what looks like a list item starts in its line (there `[ ] ` goes), or -1. */
function plainItemContentColumn(line: string): number {
  const m = PLAIN_ITEM.exec(line);
  if (!m || EXISTING_MARKER.test(m[4])) return -1;
  return m[1].length + m[2].length + m[3].length;
}

/** `line:column` (1-based line, 0-based UTF-16 column) of every list item's opening paragraph in the chunks holding `lines`. */
function paragraphStartsOfListItems(text: string, lines: readonly number[]): Set<string> {
  const starts = new Set<string>();
  for (const chunk of splitSections(text)) {
    const first = chunk.startLine + 1;
    if (!lines.some((l) => l >= first && l < first + chunk.lineCount)) continue;
    const chunkLineStarts = lineStartsOf(chunk.text);
    // An explicit stack: nesting depth is the input's to choose.
    const stack: Nodes[] = [parseMarkdown(chunk.text)];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'listItem') {
        const head = node.children[0];
        const start = head?.type === 'paragraph' ? head.position?.start : undefined;
        if (start?.offset !== undefined) starts.add(`${chunk.startLine + start.line}:${start.offset - chunkLineStarts[start.line - 1]}`);
      }
      if ('children' in node) for (const child of node.children) stack.push(child);
    }
  }
  return starts;
}

/** For each line, the deepest task item whose lines contain it (its box line excluded), or -1. */
function innermostTaskByLine(doc: RoadmapDocument, lineCount: number): Int32Array {
  const owner = new Int32Array(lineCount).fill(-1);
  // Document order visits a parent before its children, so nested items overwrite their parent's claim.
  for (const task of doc.tasks) {
    const last = Math.min(task.endLine, lineCount);
    for (let line = task.line + 1; line <= last; line++) owner[line - 1] = task.index;
  }
  return owner;
}
