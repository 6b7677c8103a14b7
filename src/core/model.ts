// The roadmap model: plain data, no vscode, no DOM. Every view reads this; nothing else parses.
// Sections and tasks live in flat arrays and point at each other by index, so a model is cheap to patch,
// to send to a webview and to print as JSON (no cycles).

export type SectionKind = 'phase' | 'milestone' | 'quarter' | 'section';

export type Status = 'done' | 'in-progress' | 'planned' | 'blocked';

/** Where a section's status came from; `tasks` means derived from its tasks' progress. */
export type StatusSource = 'heading' | 'line' | 'table' | 'tasks';

export interface Progress {
  done: number;
  total: number;
}

/** How exact a dated period is: "Q2 2024" is a soft span, an ISO date a hard edge. */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year';

export type Period =
  /** Calendar days as ISO `YYYY-MM-DD` strings (never timestamps: time zones shift them). Inclusive. */
  | { unit: 'date'; start: string; end: string; precision: DatePrecision; source: PeriodSource }
  /** Relative weeks, 1-based and inclusive ("Weeks 5-7" → 5..7), while the document anchors them to no date. */
  | { unit: 'week'; start: number; end: number; source: PeriodSource };

/** Where a period was read: the heading, a line in the section, a Timeline list/code block elsewhere, or a duration estimate. */
export type PeriodSource = 'heading' | 'line' | 'timeline' | 'duration';

export interface Task {
  /** Position in `RoadmapDocument.tasks` (document order). */
  index: number;
  /** 1-based line of the list item's box. */
  line: number;
  /**
   * UTF-16 offset in the document text of the box: the character inside the brackets exactly as GFM read it (` `,
   * `x`, `X`, a tab, or a line ending).
   */
  offset: number;
  /** UTF-16 length of the box: 1, or 2 when it is a `\r\n` line ending (`- [\r\n] b` is an open task to GFM). */
  boxLength: number;
  checked: boolean;
  /** Plain text: inline markdown stripped, first paragraph of the item only. */
  text: string;
  /** The item's first line after the box, as written. */
  raw: string;
  /** 0 for a task not nested in another task item. */
  depth: number;
  /** Enclosing task item, if any. */
  parent: number | null;
  children: number[];
  /** Owning section (the nearest heading above), null before the first heading. */
  section: number | null;
  /** The task and every task nested under it. */
  progress: Progress;
  /** 1-based last line of the whole list item (nested items included). */
  endLine: number;
}

/**
 * How a derived field was reached: `stated` (the document says it), `derived` (from tasks or child items),
 * `estimated` (placed by order or a typical duration).
 */
export type Basis = 'stated' | 'derived' | 'estimated';

/** Where a derived field came from: the words that said it and how the value was reached. */
export interface Provenance {
  basis: Basis;
  /** 1-based lines of the words (first and last); null when no words are behind the value (derived from tasks). */
  line: number | null;
  endLine: number | null;
  /** UTF-16 offsets in the document text of the words, `[start, end)`; null like `line`. */
  start: number | null;
  end: number | null;
  /** The words as written (one line, trimmed; "" when none). */
  text: string;
}

/** Provenance of each derived field of a section; null where the field is empty. */
export interface SectionProvenance {
  kind: Provenance | null;
  id: Provenance | null;
  status: Provenance | null;
  period: Provenance | null;
  dependencies: Provenance | null;
  priority: Provenance | null;
}

export interface Section {
  /** Position in `RoadmapDocument.sections` (document order). */
  index: number;
  /** Plain-text title: inline markdown stripped, status markers kept as written. */
  title: string;
  /** The heading's text as written (without the `#`s). */
  rawTitle: string;
  /** Heading depth 1–6. */
  level: number;
  /** 1-based line of the heading. */
  line: number;
  /** 1-based last line before the next heading of the same or a higher level (or the end). */
  endLine: number;
  kind: SectionKind;
  /** "Phase 2", "M1", "Q3 2024", "v1.2", "Stage 1", "H1 2025"; null when the title names none. */
  id: string | null;
  status: Status | null;
  statusSource: StatusSource | null;
  period: Period | null;
  /** Ids (as in `Section.id`) of the sections this one depends on, as written in "Dependencies:" / "Depends on". */
  dependencies: string[];
  /** As written after "Priority:", e.g. "High"; null when absent. */
  priority: string | null;
  /** Estimated duration in weeks ("Estimated Duration: 3 weeks"), when given. */
  durationWeeks: number | null;
  parent: number | null;
  children: number[];
  /** Tasks whose nearest heading is this one. */
  tasks: number[];
  /** This section's tasks and those of every subsection. */
  progress: Progress;
  /** Where kind, id, status, period, dependencies and priority came from. */
  provenance: SectionProvenance;
  /**
   * The finer kind the title names: 'sprint', 'stage', 'wave', 'release', 'version', 'half', 'year', … (`kind`
   * stays coarse: stages, sprints and waves are phases, releases and versions milestones, halves and years quarters).
   * Null or absent for plain sections.
   */
  word?: string | null;
  /** For a heading about a plan item that is not one ("Phase 2 Risks"): the item's id. */
  about?: string | null;
  /** Relative days the item is planned in ("(Days 1-2)", "Day 3-5"), 1-based as written; null when none. */
  days?: { start: number; end: number } | null;
  /** The relative weeks as written when `period` placed them on the calendar from a dated parent ("Weeks 1-2"). */
  weeks?: { start: number; end: number } | null;
  /** Calendar days of a stated duration ("(3 semanas)" → 21, "2 Wochen", "14 days"); null when none. */
  durationDays?: number | null;
  /** When the item actually finished, from a completion stamp ("✅ ACHIEVED (06.09.2025)"), `YYYY-MM-DD`. */
  finished?: string | null;
  /**
   * Set for a plan item named by a list line ("- [x] Phase 3: Parser"), a table row ("| M1 | Week 5 | Done |") or,
   * in a plain-text roadmap with no headings, a line of its own ("Q1 2025 (Jan – Mar)") rather than a heading (those
   * live in `RoadmapDocument.items`, level 7); absent for heading sections.
   */
  from?: 'checklist' | 'table-row' | 'line';
  /** For a list-line item that is a task: the task's index (its box is the item's state). */
  task?: number;
}

export interface RoadmapDocument {
  /** First H1's plain text, else front matter `title`, else "". */
  title: string;
  sections: Section[];
  /** Indexes of sections with no parent. */
  roots: number[];
  /**
   * Plan items named by a list line ("- [x] **Phase 22: …**", "- **Milestone 1.1:** …") or a table row
   * ("| M1 | Week 5 | Done |", a gantt chart's task) rather than a heading, in document order. Each is a Section with
   * `from` set, `index` into this list, `parent` the heading section it stands under, and no children or tasks of its
   * own (`task` names the task its line is, if any). Absent or empty when the document names none; a line that
   * repeats a heading's id is that heading's summary and lends it its state instead.
   */
  items?: Section[];
  /**
   * Present only when summary lines with boxes ("- [x] **Phase 25: …**") name headings that have boxes of their own:
   * the 1-based lines of those summary boxes and of the headings they name. The two weigh on each other's status,
   * so a toggle of either is parsed again rather than patched.
   */
  summaries?: { lines: number[]; headings: number[] };
  tasks: Task[];
  progress: Progress;
  /** Number of lines in the text (a trailing newline does not start a line). */
  lineCount: number;
  /**
   * Present only when part of the document was read by the line scan instead of remark + GFM, because parsing it
   * would not finish in bounded time (deep nesting, runs of unclosed markers, an unsplittable block too long for one
   * slice, or text past the per-document parse budget; src/core/parse/budget.ts). Headings and `- [ ] x` tasks there
   * are still found, and every box offset is exact; lazy continuations, multi-line boxes, tables and section facts in
   * those lines are not read. Views should say the model is partial; the CLI prints `reason`.
   */
  partial?: PartialRead;
  /** The first line ending in the text (`\n` when there is none); a CR-only file says `\r`. */
  eol: '\n' | '\r\n' | '\r';
}

export interface PartialRead {
  /** One English line: which lines and why. */
  reason: string;
  /** 1-based, inclusive line ranges read by the line scan, in document order. */
  ranges: PartialRange[];
}

export interface PartialRange {
  line: number;
  endLine: number;
  /** `time`: the whole document, because its parse ran over the time it was given (the editor's parse worker). */
  cause: 'nesting' | 'delimiters' | 'size' | 'document' | 'time';
}

/** A minimal text edit: replace `length` UTF-16 units at `offset` with `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** The model of a document with nothing in it (and of one that could not be read): the one definition. */
export function emptyRoadmap(): RoadmapDocument {
  return { title: '', sections: [], roots: [], tasks: [], progress: { done: 0, total: 0 }, lineCount: 0, eol: '\n' };
}
