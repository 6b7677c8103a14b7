// Model deltas: what changed between two models of one document, small enough to post between threads on every
// keystroke. Structured-cloning a whole 10k-task model costs ~36 ms (and as much again to rebuild every view from
// it); after one keystroke only the edited section, its ancestors and the positions after the edit differ.
//
// A delta states how positions moved (one edited span: lines and offsets before it stay, those after it shift by the
// same amount, task and section indexes after it shift by the change in count) and carries in full every element
// whose new value is not exactly its old value moved that way. The sender checks each element against the moved old
// one, so a wrong guess about the span only makes a delta larger, never a model different; the receiver repeats the
// same move. Unchanged elements before the edit keep their identity, which lets views skip them.
import type { Provenance, RoadmapDocument, Section, SectionProvenance, Task } from '../model';

/** Where one edit happened and how far later positions moved. Lines are 1-based as in the model. */
export interface Shift {
  /** Offsets below `offset` stay; offsets at or past `oldEndOffset` move by `dOffset`; those in between are unmapped. */
  offset: number;
  oldEndOffset: number;
  dOffset: number;
  /** Lines below `line` stay; lines past `oldEndLine` move by `dLine`; those in between are unmapped. */
  line: number;
  oldEndLine: number;
  dLine: number;
}

/** One array's change: `head` leading and `tail` trailing old elements correspond to new ones (moved); `set` holds the rest. */
export interface ArrayDelta<T> {
  oldLength: number;
  length: number;
  head: number;
  tail: number;
  /** New elements by new index: every index outside head and tail, and those inside whose moved old value differs. */
  set: Array<[number, T]>;
}

export interface ModelDelta {
  shift: Shift;
  sections: ArrayDelta<Section>;
  tasks: ArrayDelta<Task>;
  /** Every other field of the document (title, roots, progress, …), sent whole: they are small. */
  rest: Omit<RoadmapDocument, 'sections' | 'tasks'>;
}

/** The shift for a change from `before` to `after` found by comparing them (common prefix and suffix). */
export function shiftBetween(before: string, after: string): Shift {
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return shiftFor(before, p, before.length - s, after.slice(p, after.length - s));
}

/** The shift for replacing `before[start, end)` with `inserted`. */
export function shiftFor(before: string, start: number, end: number, inserted: string): Shift {
  const line = 1 + lineBreaks(before, 0, start);
  const oldEndLine = line + lineBreaks(before, start, end);
  return {
    offset: start,
    oldEndOffset: end,
    dOffset: inserted.length - (end - start),
    line,
    oldEndLine,
    dLine: lineBreaks(inserted, 0, inserted.length) - (oldEndLine - line),
  };
}

/** Line breaks (`\r\n`, `\r` or `\n`, each counted once) that start in `text[from, to)`. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/** The delta that turns `before` into `after`, given where the text changed. */
export function modelDelta(before: RoadmapDocument, after: RoadmapDocument, shift: Shift): ModelDelta {
  const sectionHead = clampHead(countWhile(before.sections, (s) => s.line < shift.line), before.sections.length, after.sections.length);
  const sectionTail = clampTail(countFromEnd(before.sections, (s) => s.line > shift.oldEndLine), sectionHead, before.sections.length, after.sections.length);
  const taskHead = clampHead(countWhile(before.tasks, (t) => t.offset < shift.offset), before.tasks.length, after.tasks.length);
  const taskTail = clampTail(countFromEnd(before.tasks, (t) => t.offset >= shift.oldEndOffset), taskHead, before.tasks.length, after.tasks.length);
  const mover = new Mover(shift, before, after.sections.length, after.tasks.length, sectionHead, sectionTail, taskHead, taskTail);
  const { sections, tasks, ...rest } = after;
  return {
    shift,
    sections: arrayDelta(before.sections, sections, sectionHead, sectionTail, (s) => mover.section(s)),
    tasks: arrayDelta(before.tasks, tasks, taskHead, taskTail, (t) => mover.task(t)),
    rest,
  };
}

/** `before` with `delta` applied: the model the sender had. Throws when the delta does not fit `before`. */
export function applyModelDelta(before: RoadmapDocument, delta: ModelDelta): RoadmapDocument {
  const { sections: sd, tasks: td } = delta;
  if (sd.oldLength !== before.sections.length || td.oldLength !== before.tasks.length) throw new Error('model delta does not fit this model');
  const mover = new Mover(delta.shift, before, sd.length, td.length, sd.head, sd.tail, td.head, td.tail);
  return {
    ...delta.rest,
    sections: applyArray(before.sections, sd, (s) => mover.section(s)),
    tasks: applyArray(before.tasks, td, (t) => mover.task(t)),
  };
}

/** How many elements a delta carries in full: what it costs to send, and what views must redo. */
export function deltaSize(delta: ModelDelta): number {
  return delta.sections.set.length + delta.tasks.set.length;
}

function countWhile<T>(xs: readonly T[], ok: (x: T) => boolean): number {
  let n = 0;
  while (n < xs.length && ok(xs[n])) n++;
  return n;
}

function countFromEnd<T>(xs: readonly T[], ok: (x: T) => boolean): number {
  let n = 0;
  while (n < xs.length && ok(xs[xs.length - 1 - n])) n++;
  return n;
}

function clampHead(head: number, oldLength: number, length: number): number {
  return Math.min(head, oldLength, length);
}

function clampTail(tail: number, head: number, oldLength: number, length: number): number {
  return Math.max(0, Math.min(tail, oldLength - head, length - head));
}

function arrayDelta<T>(before: readonly T[], after: readonly T[], head: number, tail: number, move: (x: T) => T | undefined): ArrayDelta<T> {
  const set: Array<[number, T]> = [];
  const offset = before.length - after.length;
  for (let i = 0; i < after.length; i++) {
    const inHead = i < head;
    const inTail = i >= after.length - tail;
    if (inHead || inTail) {
      const moved = move(before[inHead ? i : i + offset]);
      if (moved !== undefined && sameData(moved, after[i])) continue;
    }
    set.push([i, after[i]]);
  }
  return { oldLength: before.length, length: after.length, head, tail, set };
}

function applyArray<T>(before: readonly T[], delta: ArrayDelta<T>, move: (x: T) => T | undefined): T[] {
  const out = new Array<T>(delta.length);
  const given = new Array<boolean>(delta.length).fill(false);
  for (const [i, value] of delta.set) {
    out[i] = value;
    given[i] = true;
  }
  const offset = delta.oldLength - delta.length;
  for (let i = 0; i < delta.length; i++) {
    if (given[i]) continue;
    const inHead = i < delta.head;
    if (!inHead && i < delta.length - delta.tail) throw new Error(`model delta lacks element ${i}`);
    const moved = move(before[inHead ? i : i + offset]);
    if (moved === undefined) throw new Error(`model delta cannot move element ${i}`);
    out[i] = moved;
  }
  return out;
}

/** Moves old elements to where the new model has them; undefined when a position falls inside the edit. */
class Mover {
  private readonly dSections: number;
  private readonly dTasks: number;
  private readonly sectionTailStart: number;
  private readonly taskTailStart: number;

  constructor(
    private readonly shift: Shift,
    before: RoadmapDocument,
    sectionCount: number,
    taskCount: number,
    private readonly sectionHead: number,
    sectionTail: number,
    private readonly taskHead: number,
    taskTail: number,
  ) {
    this.dSections = sectionCount - before.sections.length;
    this.dTasks = taskCount - before.tasks.length;
    this.sectionTailStart = before.sections.length - sectionTail;
    this.taskTailStart = before.tasks.length - taskTail;
  }

  private line(l: number): number {
    if (l < this.shift.line) return l;
    if (l > this.shift.oldEndLine) return l + this.shift.dLine;
    return NaN;
  }

  private offset(o: number): number {
    if (o < this.shift.offset) return o;
    if (o >= this.shift.oldEndOffset) return o + this.shift.dOffset;
    return NaN;
  }

  private sectionIndex(i: number): number {
    if (i < this.sectionHead) return i;
    if (i >= this.sectionTailStart) return i + this.dSections;
    return NaN;
  }

  private taskIndex(i: number): number {
    if (i < this.taskHead) return i;
    if (i >= this.taskTailStart) return i + this.dTasks;
    return NaN;
  }

  task(t: Task): Task | undefined {
    const index = this.taskIndex(t.index);
    const line = this.line(t.line);
    const endLine = this.line(t.endLine);
    const offset = this.offset(t.offset);
    const parent = t.parent === null ? null : this.taskIndex(t.parent);
    const section = t.section === null ? null : this.sectionIndex(t.section);
    if (Number.isNaN(index + line + endLine + offset + (parent ?? 0) + (section ?? 0))) return undefined;
    const children = moveList(t.children, (i) => this.taskIndex(i));
    if (!children) return undefined;
    if (index === t.index && line === t.line && endLine === t.endLine && offset === t.offset && parent === t.parent && section === t.section && children === t.children) return t;
    return { ...t, index, line, endLine, offset, parent, section, children };
  }

  section(s: Section): Section | undefined {
    const index = this.sectionIndex(s.index);
    const line = this.line(s.line);
    const endLine = this.line(s.endLine);
    const parent = s.parent === null ? null : this.sectionIndex(s.parent);
    if (Number.isNaN(index + line + endLine + (parent ?? 0))) return undefined;
    const children = moveList(s.children, (i) => this.sectionIndex(i));
    const tasks = moveList(s.tasks, (i) => this.taskIndex(i));
    const provenance = this.provenance(s.provenance);
    if (!children || !tasks || !provenance) return undefined;
    if (index === s.index && line === s.line && endLine === s.endLine && parent === s.parent && children === s.children && tasks === s.tasks && provenance === s.provenance) return s;
    return { ...s, index, line, endLine, parent, children, tasks, provenance };
  }

  private provenance(p: SectionProvenance): SectionProvenance | undefined {
    let changed = false;
    const out: Record<string, Provenance | null> = {};
    for (const [key, value] of Object.entries(p) as Array<[string, Provenance | null]>) {
      if (value === null) {
        out[key] = null;
        continue;
      }
      const moved = this.words(value);
      if (!moved) return undefined;
      changed ||= moved !== value;
      out[key] = moved;
    }
    return changed ? (out as unknown as SectionProvenance) : p;
  }

  private words(p: Provenance): Provenance | undefined {
    const line = p.line === null ? null : this.line(p.line);
    const endLine = p.endLine === null ? null : this.line(p.endLine);
    const start = p.start === null ? null : this.offset(p.start);
    const end = p.end === null ? null : this.offset(p.end);
    if (Number.isNaN((line ?? 0) + (endLine ?? 0) + (start ?? 0) + (end ?? 0))) return undefined;
    if (line === p.line && endLine === p.endLine && start === p.start && end === p.end) return p;
    return { ...p, line, endLine, start, end };
  }
}

/** The list with each index moved; the same array when nothing moved; undefined when one cannot move. */
function moveList(xs: readonly number[], move: (i: number) => number): number[] | undefined {
  let out: number[] | undefined;
  for (let i = 0; i < xs.length; i++) {
    const m = move(xs[i]);
    if (Number.isNaN(m)) return undefined;
    if (m !== xs[i]) out ??= xs.slice(0, i);
    out?.push(m);
  }
  return out ?? (xs as number[]);
}

/** Deep equality of plain data (what a model is made of: objects, arrays, strings, numbers, booleans, null). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}
