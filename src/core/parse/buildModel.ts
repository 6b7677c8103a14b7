// Assembles the roadmap model from per-chunk extracts. Everything here is cross-section work (the section tree,
// rolled-up progress, status tables, timeline lists, anchoring weeks to a dated parent); everything that depends on
// one chunk's text alone was done once when the chunk was parsed and is reused while the chunk is unchanged.
import { hasPriorityNote, horizonIn, namesPriorities, priorityTierIn, isStatusKey, leadingCodeIn, leadingNumberIn, leadingEmojiOf, trailingEmojiOf, normaliseId, planColumnIn, pluralPlanTitle, rangeMembers, readListItem, statusAt, statusColumnOf, statusIn, tableCellId } from '../language/classify';
import type { PlanWord } from '../language/lexicon';
import { ABOUT_PARENT_WORDS, AHEAD_WORDS, DURATION_UNITS, MONTH_NAMES, STATUS_KEYS, alternation } from '../language/lexicon';
import type { PartialRange, Period, Progress, Provenance, RoadmapDocument, Section, SectionKind, Status, StatusSource, Task } from '../model';
import { addDays, anchorWeeks, compareIso, durationDaysIn, findPeriod, monthNumber, monthRange, quarterRange, titleRangeIn, weekAnchorWithin, weeksOfMonth } from '../language/periods';
import type { PartialCause } from './budget';
import { joinSpans, provenanceOf, type Span } from './spans';
import type { Chunk, Scan } from './split';
import { runToEnd } from './steps';

/** What one section's own lines say (first match of each kind wins). */
export interface SectionFacts {
  status: Status | null;
  period: Period | null;
  dependencies: string[] | null;
  priority: string | null;
  durationWeeks: number | null;
  /** Calendar days of an estimate line ("Duration: 2 weeks" → 14). */
  durationDays?: number | null;
  /** Labelled start and end lines ("**Início:** 02/03/2026", "**Término:** 09/03/2026", "Due: …", "Fecha: …"). */
  labelled?: Partial<Record<'start' | 'end' | 'date', { period: Period; span: Span }>>;
  /** List lines ticked with emoji instead of boxes ("- ✅ Logger", "- 🔲 URL templates"), counted like tasks. */
  marks?: Progress;
  /** Days of the plan a "Duration:" line places the section on ("Süre: Gün 1 – 14"). */
  days?: { start: number; end: number };
  /** Plain list lines, and how many of them are struck out whole ("- ~~Get document by ID~~"). */
  struck?: Progress;
  /** How many of the ✅ marks stand on lists of criteria or goals ("**Success Criteria:** - ✅ tests run"). */
  styledMarks?: number;
  /** A "Completed: 2026-02-14" line: when the item finished. */
  finished?: string | null;
  /** The span a section's first line opens with ("**Woche 1-2 | Alle Teams Setup**" under "### Sprint 1-2"). */
  leads?: { period: Period; span: Span; split: boolean };
  /** Whether anything but a heading stands under the section's own heading. */
  content?: boolean;
  /** Where each fact was read (chunk-relative). */
  spans: { status: Span | null; period: Span | null; dependencies: Span | null; priority: Span | null; duration: Span | null; days?: Span };
}

export interface ChunkHeading {
  /** 0-based line inside the chunk. */
  line: number;
  level: number;
  title: string;
  rawTitle: string;
  kind: SectionKind;
  id: string | null;
  word: PlanWord | null;
  about: string | null;
  status: Status | null;
  period: Period | null;
  finished?: string | null;
  days?: { start: number; end: number } | null;
  durationDays?: number | null;
  facts: SectionFacts;
  /** Where the title's words that name the kind, the status and the period stand (chunk-relative). */
  spans: { kind: Span | null; status: Span | null; period: Span | null };
  /** For a plain section that is a bucket ("## In Progress", "Funzionalità Future"): the status of what it holds. */
  /** The status a bucket heading gives what is filed under it; `loose` when it files items but makes no lane. */
  group?: { status: Status; span: Span; loose?: boolean };
}

export interface ChunkTask {
  /** 0-based line inside the chunk. */
  line: number;
  /** Offset of the box character from the chunk's start. */
  offset: number;
  boxLength: number;
  checked: boolean;
  text: string;
  raw: string;
  depth: number;
  /** Chunk-local index of the enclosing task, -1 for none. */
  parent: number;
  endLine: number;
  /** Chunk-local heading index; -1 means the section that precedes the chunk. */
  heading: number;
}

export interface ChunkTable {
  header: string[];
  rows: string[][];
  /** Each row's line (chunk-relative). */
  rowSpans: Span[];
}

export interface TimelineEntry {
  label: string;
  period: Period;
  span: Span;
}

interface Located<T> {
  value: T;
  at: Provenance;
}

/** Everything the model needs from one chunk, with chunk-relative positions so it survives edits elsewhere. */
/** A plan item named by a list line or a table row rather than a heading. */
export interface ChunkLineItem {
  /** 0-based line inside the chunk. */
  line: number;
  /** Chunk-local index of the heading it stands under; -1 means the section that precedes the chunk. */
  heading: number;
  from: 'checklist' | 'table-row' | 'line';
  title: string;
  kind: SectionKind;
  id: string | null;
  word: PlanWord | null;
  status: Status | null;
  /** Chunk-local index of the task the line is, -1 when it is no task. */
  task: number;
  finished: string | null;
  period: Period | null;
  /** Relative days the row places the item in ("| Sprint 1 Complete | Gün 7 | ⏳ |"). */
  days?: { start: number; end: number } | null;
  /**
   * For a paragraph line that stands alone over a checklist, which it heads as a heading would: the chunk-relative
   * last line of that checklist. Its boxes stay the heading's tasks and say how far the item got.
   */
  overTasks?: number;
  /** A paragraph led by a bold item name ("**Phase 2: Worlds.** Build …"). */
  boldLead?: boolean;
  /** A lone line naming an item by its id over a list ("M1: Spec freeze candidate" over what it takes). */
  overList?: boolean;
  /** A lone line naming an item by its id over no list ("Wave B: Polish" over a sentence saying what it does). */
  lone?: boolean;
  /** A numbered task read as a step only if it continues the steps before it ("Task 11" right after "Task 10"). */
  continues?: boolean;
  /** A list line that only points to the item's own file ("- [Phase 0](phases/phase-0.md) - Project Setup"). */
  pointer?: boolean;
  /** The id of what the item belongs to when no heading says it (a gantt chart's title: "Etap 2 — MVP"). */
  scope?: string | null;
  spans: { kind: Span | null; status: Span | null; period: Span | null };
}

export interface ChunkData {
  headings: ChunkHeading[];
  tasks: ChunkTask[];
  tables: ChunkTable[];
  timeline: TimelineEntry[];
  /** Set when the chunk was read by the line reader (lineRead.ts) instead of remark + GFM, and why. */
  lineRead?: PartialCause;
  /** Plan items named by list lines and table rows (absent from chunks the line reader read). */
  lineItems?: ChunkLineItem[];
  /** List lines that report on an item by its code ("- P1 LLM abstraction layer: completed."). */
  codeStatuses?: { code: string; status: Status; span: Span }[];
}

export interface ParsedChunk {
  chunk: Chunk;
  data: ChunkData;
}

type ScanFacts = Pick<Scan, 'frontMatter' | 'lineCount' | 'eol'>;

export function buildModel(parts: readonly ParsedChunk[], scan: ScanFacts, weekOne: string | null = null): RoadmapDocument {
  return runToEnd(buildModelInSteps(parts, scan, weekOne));
}

/** How many items a build step handles before pausing, so a 100k-task model is built across several slices. */
const STEP = 4096;

/**
 * The build, pausing between steps so a caller can yield to its event loop (see parseInSlices). `weekOne`: the day
 * the document says week 1 starts ("Week 1 = 2026-03-02"), for weeks under no dated item.
 */
export function* buildModelInSteps(parts: readonly ParsedChunk[], scan: ScanFacts, weekOne: string | null = null): Generator<void, RoadmapDocument, void> {
  const sections: Section[] = [];
  const tasks: Task[] = [];
  const tables: { table: ChunkTable; rows: Provenance[] }[] = [];
  const timeline: Located<TimelineEntry>[] = [];
  const facts: SectionFacts[] = [];
  const factsAt: { status: Provenance | null; period: Provenance | null; duration: Provenance | null }[] = [];
  /** Each section's chunk coordinates, for spans read late (labelled start and end lines). */
  const spanAt: ((span: Span | null) => Provenance | null)[] = [];

  const partial: PartialRange[] = [];
  // A list line or table row that names an item a heading also names ("- [x] **Phase 22: …**" over "### Phase 22")
  // is that item's summary, not a second item: it lends the heading its state instead.
  const headingIds = new Set<string>();
  // Of those, the ids some heading names as its own, not after a label.
  const namedIds = new Set<string>();
  // "| 0 | 基盤リファクタ |" under "| # | フェーズ |" beside "## Phase 0 — 基盤リファクタ": one item, named in two languages.
  const byWordNumber = new Map<string, string>();
  const headingTitles: string[] = [];
  // Table rows that repeat a list line's id ("| v1.0 | 3/3 | Complete |" under "- ✅ **v1.0** — shipped …") too.
  const listIds = new Set<string>();
  // A list of links to the items' files beside a table of them ("| 0 | Project Setup | DONE |" and "- [Phase 0](phases/
  // phase-0.md)"), or beside lines that head them: the table or the lines say what the items are; the list points to
  // where their details are.
  const rowIds = new Set<string>();
  for (const { data } of parts) {
    for (const h of data.headings) {
      if (h.id !== null && h.kind !== 'section') headingIds.add(h.id);
      // "## Current Status: Phase 1 - IN PROGRESS" over the table of the phases points at the row that is the item.
      if (h.id !== null && h.kind !== 'section' && !labelsId(h.title, h.title.toLowerCase().indexOf(h.id.toLowerCase()))) namedIds.add(h.id);
      const key = h.id !== null && h.kind !== 'section' ? wordNumberKey(h.word, h.id) : null;
      if (key !== null && !byWordNumber.has(key)) byWordNumber.set(key, h.id!);
      headingTitles.push(h.title.toLowerCase());
    }
    for (const item of data.lineItems ?? []) {
      if (item.from === 'checklist' && item.id !== null && !item.pointer) listIds.add(item.id);
      if (item.from === 'table-row' && item.id !== null) rowIds.add(item.id);
      // "**Phase 1: Core** (Week 1-2)" over its list, then "- [**Phase 1: Core**](./phase1.md)" under "## Phase Documents".
      if (item.from === 'line' && item.id !== null && (item.boldLead || item.overTasks !== undefined)) rowIds.add(item.id);
    }
  }
  // A table row that names no id ("| **MVP** | 0-8 | ✅ Terminé |") is an overview of a heading that names it.
  const namedByHeading = (title: string): boolean => {
    const t = title.toLowerCase();
    return t.length >= 2 && headingTitles.some((h) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'u').test(h));
  };
  // A decimal part of a dotted heading id ("Phase 6.3.1" of "Phase 6.3"); "Phase 7.1" of "Phase 7" may be an inserted phase.
  const partOfHeading = (id: string | null): boolean => {
    const m = id === null ? null : /^(.+ \d+\.\d+(?:\.\d+)?)\.\d+$/u.exec(id);
    return m !== null && headingIds.has(m[1]);
  };
  // An open box is weak evidence (summaries go unticked while the work gets done); words in a status column or a
  // ticked box are not.
  const links = new Map<string, { status: Status; at: Provenance | null; weak: boolean }>();
  // "| Phase 1: Security | ~3 weeks | Weeks 1-3 |" in a table of the phases the headings describe: when each is.
  const linkedPeriods = new Map<string, Located<Period>>();
  /** Section and the chunk-local task index of each line item that is a task, to read its progress later. */
  const itemTasks: { section: number; task: number }[] = [];
  // Lines that stand alone over a checklist and were taken as items ("[0.1.0]" over its boxes), with the 1-based lines
  // of that checklist: the boxes stay their heading's tasks, and say how far the item got.
  const heads: { section: number; after: number; to: number }[] = [];
  const scopes = new Map<number, string>();
  /** Plain sections that are buckets ("## In Progress") and the status they give what is filed under them. */
  const groups = new Map<number, { status: Status; at: Provenance; loose?: boolean }>();
  let lastHeading: number | null = null;
  /** The lines of the summary boxes that name each heading id. */
  const boxLinkLines = new Map<string, number[]>();
  /** What list lines report on items by their codes, lent to the items the codes turn out to name. */
  const codeStatus = new Map<string, { status: Status; at: Provenance | null }>();
  /** Whether the last item read is the step before `id` ("Task 10" before "Task 11"). */
  const continuesSteps = (id: string | null): boolean => {
    const n = id === null ? NaN : Number(/^Task (\d+)$/u.exec(id)?.[1]);
    let last = sections.length - 1;
    while (last >= 0 && sections[last].kind === 'section') last--;
    return Number.isInteger(n) && last >= 0 && sections[last].from === 'checklist' && sections[last].id === `Task ${n - 1}`;
  };
  /** Short codes an overview table names items by ("| **P0** | 基础设置 |" under "| 阶段 |"), and the kind it gives them. */
  const declared = new Map<string, { kind: Section['kind']; word: Section['word']; at: Provenance | null }>();
  /** The headings enclosing the current line, outermost first. */
  const open: { level: number; kind: Section['kind']; title: string }[] = [];

  // A Cursor plan's todos name the items they belong to ("phase1_setup", "Arc A (84–87): …"); each item takes the
  // state of its todos, as from a summary line.
  for (const [id, lent] of todoStatuses(scan.frontMatter?.todos ?? [])) if (headingIds.has(id) && !links.has(id)) links.set(id, { ...lent, weak: false });

  // "# Implementation Plan", "# 実装タスク", "# Tasks: …": Kiro and Spec Kit task lists, whose numbered tasks are steps.
  let stepsTitle = false;
  findTitle: for (const { data } of parts) {
    for (const h of data.headings) {
      if (h.level !== 1) continue;
      stepsTitle = STEPS_TITLE.test(h.title.trim());
      break findTitle;
    }
  }

  // Paragraph lines that name items stand for headings only where the document has none (a plain-text roadmap).
  const plainText = parts.every(({ data }) => data.headings.length === 0);
  const titleOnly = parts.every(({ data }) => data.headings.every((h) => h.level === 1)) && parts.reduce((n, { data }) => n + data.headings.length, 0) <= 1;

  // "Wave A: Core" over its list and "Wave B: Polish" over a sentence: lines of one kind head the parts of a plan
  // whose title is its only heading, whether a list or a sentence follows them.
  const listedWords = new Set(parts.flatMap(({ data }) => (data.lineItems ?? []).filter((o) => o.overList).map((o) => o.word)));
  let sinceYield = 0;
  for (const { chunk, data } of parts) {
    if (data.lineRead) {
      const range = { line: chunk.startLine + 1, endLine: chunk.startLine + Math.max(chunk.lineCount, 1), cause: data.lineRead };
      const last = partial[partial.length - 1];
      if (last && last.cause === range.cause && last.endLine + 1 === range.line) last.endLine = range.endLine;
      else partial.push(range);
    }
    sinceYield += data.tasks.length + data.headings.length + 1;
    if (sinceYield >= STEP) {
      sinceYield = 0;
      yield;
    }
    const taskBase = tasks.length;
    const before = lastHeading;
    const at = (span: Span | null, basis: Provenance['basis'] = 'stated'): Provenance | null =>
      span ? provenanceOf(span, basis, chunk.startLine, chunk.startOffset) : null;
    const headingIndex: number[] = [];
    const lineItems = data.lineItems ?? [];
    let nextItem = 0;
    const pushItemsBefore = (line: number): void => {
      for (; nextItem < lineItems.length && lineItems[nextItem].line < line; nextItem++) {
        let item = lineItems[nextItem];
        // Lines over lists head them only where the document has no headings but its title to do it.
        // "## Выполненные версии" › "✅ **v0.2** — … (все задачи выполнены)": a line that names a heading's item and says
        // its state reports on that item, as a summary checklist's box does.
        if (item.from === 'line' && !plainText && item.id !== null && item.status !== null && headingIds.has(item.id) && item.overTasks === undefined && !item.boldLead) {
          if (!links.has(item.id)) links.set(item.id, { status: item.status, at: at(item.spans.status), weak: false });
          continue;
        }
        if (item.from === 'line' && !plainText && item.overTasks === undefined && !item.boldLead && !(item.overList && titleOnly) && !(item.lone && titleOnly && listedWords.has(item.word))) continue;
        if (item.pointer && item.id !== null && rowIds.has(item.id)) continue;
        // In a task list the document calls its implementation plan, numbered tasks are its steps from the first on.
        if (item.continues && !continuesSteps(item.id) && !(stepsTitle && item.id === 'Task 1')) continue;
        // A label over tasks inside a plan item ("## Sprint 0" › "**Week 1:**" over its boxes) is a part of that item.
        if (item.from === 'line' && !plainText && open.some((h) => h.kind !== 'section')) continue;
        // "### Phase 1" › "#### Milestones" › "1. **Alpha Release**: …": checkpoints of that phase, named, not items
        // (a quarter's milestones are its items).
        if (item.from === 'checklist' && item.id === null && open.some((h) => h.kind === 'phase')) continue;
        // "### Phase 3" › "**Wave Structure:**" › "- Wave 1: 03-01, 03-02 (parallel)": the order the phase's plans run in.
        if (item.from === 'checklist' && item.word === 'wave' && open.some((h) => h.kind !== 'section')) continue;
        // "## Implementation Order" › "1. **Phase 1 (Foundation):** Tasks 1, 2, 5": a line about the order of items.
        if (item.from === 'checklist' && open.some((h) => h.kind === 'section' && ABOUT_PARENT.test(aboutWords(h.title)))) continue;
        // Rows under a range item ("## Enhancement Strategy (Phase A-F)" › "| A | …") are its members, whatever
        // later headings reuse their ids.
        const within = item.heading < 0 ? before : headingIndex[item.heading];
        const range = within !== null && within !== undefined && sections[within].kind !== 'section' ? sections[within].id : null;
        const member = item.id !== null && (rangeMembers(range)?.includes(item.id) ?? false);
        // A row for a range of items that headings name ("| 8-9. Spring + REST |" over "### Fase 8", "### Fase 9")
        // summarises them.
        if (!member && rangeMembers(item.id)?.every((id) => headingIds.has(id))) continue;
        // "- **Phase 6.3.1:** ✅ GPU検出…" under a heading "Phase 6.3" reports on a part of that item.
        if (!member && item.from === 'checklist' && partOfHeading(item.id)) continue;
        const sameAs = item.from === 'table-row' && item.id !== null && !headingIds.has(item.id) ? (byWordNumber.get(wordNumberKey(item.word, item.id) ?? '') ?? null) : null;
        if (sameAs !== null) item = { ...item, id: sameAs };
        if (!member && item.id !== null && headingIds.has(item.id) && (item.from !== 'table-row' || namedIds.has(item.id))) {
          if (item.task >= 0) pushTo(boxLinkLines, item.id, chunk.startLine + item.line + 1);
          const weak = item.task >= 0 && item.status === 'planned' && /^\[ \]$/u.test(item.spans.status?.text ?? '');
          const known = links.get(item.id);
          // Relative weeks only: a day in a progress table is as often when the item finished ("| 3/3 | Complete | 2026-01-25 |").
          const periodAt = item.from === 'table-row' && item.period?.unit === 'week' && !linkedPeriods.has(item.id) ? at(item.spans.period) : null;
          if (periodAt) linkedPeriods.set(item.id, { value: item.period!, at: periodAt });
          if (item.status && (!known || (known.weak && !weak))) links.set(item.id, { status: item.status, at: at(item.spans.status), weak });
          continue;
        }
        if (!member && item.from === 'table-row' && ((item.id !== null && listIds.has(item.id)) || (item.id === null && namedByHeading(item.title)))) {
          // "| **P3** | 治理护栏 |" under "| 阶段 |" says what "## P3：治理护栏" is: a stage, named P3.
          const code = item.id === null ? CODE_ID.exec(item.title.trim()) : null;
          if (code && item.kind !== 'section' && !declared.has(code[0])) declared.set(code[0], { kind: item.kind, word: item.word, at: at(item.spans.kind) ?? lineAt(chunk.startLine + item.line + 1, item.title) });
          continue;
        }
        const kindAt = at(item.spans.kind);
        const index = sections.length;
        sections.push({
          index,
          title: item.title,
          rawTitle: item.title,
          // Deeper than any heading, so the item nests under the heading it stands in and never holds one.
          level: 7,
          line: chunk.startLine + item.line + 1,
          endLine: chunk.startLine + item.line + 1,
          kind: item.kind,
          id: member ? `${range} / ${item.id}` : item.id,
          status: item.status,
          statusSource: item.status ? (item.from === 'table-row' ? 'table' : 'line') : null,
          period: item.period,
          dependencies: [],
          priority: null,
          durationWeeks: null,
          parent: null,
          children: [],
          tasks: [],
          progress: { done: 0, total: 0 },
          word: item.word,
          about: null,
          from: item.from,
          finished: item.finished,
          days: item.days ?? null,
          provenance: { kind: kindAt, id: item.id ? kindAt : null, status: at(item.spans.status), period: at(item.spans.period), dependencies: null, priority: null },
        });
        factsAt.push({ status: null, period: null, duration: null });
        spanAt.push(at);
        facts.push({ status: null, period: null, dependencies: null, priority: null, durationWeeks: null, durationDays: null, spans: { status: null, period: null, dependencies: null, priority: null, duration: null } });
        if (item.task >= 0) itemTasks.push({ section: index, task: taskBase + item.task });
        if (item.overTasks !== undefined) heads.push({ section: index, after: chunk.startLine + item.line + 1, to: chunk.startLine + item.overTasks + 1 });
        if (item.scope) scopes.set(index, item.scope);
      }
    };
    for (const h of data.headings) {
      pushItemsBefore(h.line);
      while (open.length > 0 && open[open.length - 1].level >= h.level) open.pop();
      open.push({ level: h.level, kind: h.kind, title: h.title });
      headingIndex.push(sections.length);
      lastHeading = sections.length;
      const kindAt = at(h.spans.kind);
      sections.push({
        index: sections.length,
        title: h.title,
        rawTitle: h.rawTitle,
        level: h.level,
        line: chunk.startLine + h.line + 1,
        endLine: 0,
        kind: h.kind,
        id: h.id,
        status: h.status,
        statusSource: h.status ? 'heading' : null,
        period: h.period,
        dependencies: h.facts.dependencies ?? [],
        priority: h.facts.priority,
        durationWeeks: h.facts.durationWeeks,
        parent: null,
        children: [],
        tasks: [],
        progress: { done: 0, total: 0 },
        word: h.word,
        about: h.about,
        finished: h.finished ?? h.facts.finished ?? null,
        days: h.days ?? null,
        durationDays: h.durationDays ?? h.facts.durationDays ?? null,
        provenance: {
          kind: kindAt,
          id: kindAt,
          status: at(h.spans.status),
          period: at(h.spans.period),
          dependencies: at(h.facts.spans.dependencies),
          priority: at(h.facts.spans.priority),
        },
      });
      factsAt.push({ status: at(h.facts.spans.status), period: at(h.facts.spans.period), duration: at(h.facts.spans.duration) });
      spanAt.push(at);
      facts.push(h.facts);
      if (h.group) groups.set(sections.length - 1, { status: h.group.status, at: at(h.group.span)!, ...(h.group.loose ? { loose: true } : {}) });
    }
    pushItemsBefore(Number.POSITIVE_INFINITY);
    for (const t of data.tasks) {
      const index = tasks.length;
      const parent = t.parent < 0 ? null : taskBase + t.parent;
      const section = t.heading < 0 ? before : headingIndex[t.heading];
      tasks.push({
        index,
        line: chunk.startLine + t.line + 1,
        offset: chunk.startOffset + t.offset,
        boxLength: t.boxLength,
        checked: t.checked,
        text: t.text,
        raw: t.raw,
        depth: t.depth,
        parent,
        children: [],
        section,
        progress: { done: 0, total: 0 },
        endLine: chunk.startLine + t.endLine + 1,
      });
      if (parent !== null) tasks[parent].children.push(index);
      if (section !== null) sections[section].tasks.push(index);
    }
    for (const table of data.tables) tables.push({ table, rows: table.rowSpans.map((r) => at(r)!) });
    for (const c of data.codeStatuses ?? []) if (!codeStatus.has(c.code)) codeStatus.set(c.code, { status: c.status, at: at(c.span) });
    for (const entry of data.timeline) timeline.push({ value: entry, at: at(entry.span)! });
  }

  const taskDone = new Array<number>(tasks.length);
  const taskTotal = new Array<number>(tasks.length);
  yield;
  for (let i = tasks.length - 1; i >= 0; i--) {
    if (i % (STEP * 8) === 0) yield;
    taskDone[i] = (taskDone[i] ?? 0) + (tasks[i].checked ? 1 : 0);
    taskTotal[i] = (taskTotal[i] ?? 0) + 1;
    tasks[i].progress = { done: taskDone[i], total: taskTotal[i] };
    const p = tasks[i].parent;
    if (p !== null) {
      taskDone[p] = (taskDone[p] ?? 0) + taskDone[i];
      taskTotal[p] = (taskTotal[p] ?? 0) + taskTotal[i];
    }
  }

  if (declared.size > 0) promoteDeclared(sections, declared);

  yield;
  const roots = linkSections(sections, scan.lineCount);
  promoteListed(sections);
  for (const s of sections) {
    const said = s.kind !== 'section' && s.id !== null && s.id === leadingCodeIn(s.title) ? codeStatus.get(s.id) : undefined;
    if (said && !links.has(s.id!)) links.set(s.id!, { ...said, weak: false });
  }
  markAboutSections(sections);
  markDaysInItems(sections);
  markRepeatedMentions(sections);
  // Again: a heading demoted above ("## Estado actual: Ola 5 en curso") no longer encloses the mentions under it.
  markRepeatedMentions(sections);
  markRangeContainers(sections);
  markHorizons(sections);
  markYearHeadings(sections);
  markLanes(sections, groups);
  promoteQuarterWork(sections);
  promoteDatedParts(sections);
  promoteNumberedChecklists(sections);
  promotePriorityTiers(sections);
  promoteVersionHeadings(sections);
  promoteSubVersions(sections);
  dropRepeatedLineItems(sections);

  const own = sections.map((s) => ({ done: s.tasks.reduce((n, t) => n + (tasks[t].checked ? 1 : 0), 0), total: s.tasks.length }));
  for (let i = sections.length - 1; i >= 0; i--) {
    sections[i].progress = { done: own[i].done, total: own[i].total };
    const p = sections[i].parent;
    if (p !== null) {
      own[p].done += own[i].done;
      own[p].total += own[i].total;
    }
  }

  for (const { section, task } of itemTasks) {
    const s = sections[section];
    const t = tasks[task];
    s.task = task;
    s.progress = { ...t.progress };
    // Kiro may write a step's sub-tasks as siblings after it ("- [ ] 1." then "- [x] 1.1", "- [ ] 1.2"): they count.
    const step = s.word === 'task' ? /^Task (\d+)$/u.exec(s.id ?? '') : null;
    if (step && t.parent === null) {
      const sub = new RegExp(`^\\s*${step[1]}\\.\\d`, 'u');
      for (let j = task + 1; j < tasks.length && tasks[j].section === t.section; j++) {
        if (tasks[j].parent !== null) continue;
        if (!sub.test(tasks[j].text)) break;
        s.progress.done += tasks[j].progress.done;
        s.progress.total += tasks[j].progress.total;
        s.endLine = Math.max(s.endLine, tasks[j].endLine);
      }
    }
    s.endLine = Math.max(s.endLine, t.endLine);
    // An open box over ticked subtasks ("- [ ] 2. Database" with 2.1 and 2.2 ticked, as Kiro's task lists go) is
    // under way: the bare box only says "not finished", and its subtasks say how far it got.
    if (s.status === 'planned' && !t.checked && s.progress.done > 0 && s.provenance.status?.text === '[ ]') {
      setStatus(s, 'in-progress', 'tasks');
      s.provenance.status = { ...DERIVED, line: t.line, endLine: t.endLine };
    }
  }

  // Heads and tasks are both in document order: one sweep.
  for (let h = 0, t = 0; h < heads.length; h++) {
    const { section, after, to } = heads[h];
    const s = sections[section];
    while (t < tasks.length && tasks[t].line <= after) t++;
    const progress = { done: 0, total: 0 };
    for (; t < tasks.length && tasks[t].line <= to; t++) {
      if (tasks[t].parent !== null) continue;
      progress.done += tasks[t].progress.done;
      progress.total += tasks[t].progress.total;
    }
    s.progress = progress;
    s.endLine = Math.max(s.endLine, to);
  }

  yield;
  dropIconStatuses(sections);
  const statusTable = indexStatusTables(tables);
  const ownTables = ownStatusTables(tables, sections);
  let struckLines = 0;
  for (const f of facts) struckLines += f.struck?.done ?? 0;
  // Per parent and kind, the last child struck out whole (found once per parent, not once per child).
  const allStruck = new Map<string, number | null>();
  const lastAllStruck = (parent: number, kind: SectionKind): number | null => {
    const key = `${parent}:${kind}`;
    if (!allStruck.has(key)) {
      const last = sections[parent].children.filter((c) => sections[c].kind === kind && isAllStruck(marksUnder(sections, facts, c, 'struck'))).pop();
      allStruck.set(key, last ?? null);
    }
    return allStruck.get(key)!;
  };
  const tickedSteps = sections.filter((c) => isStepHeading(sections, c) && c.status === 'done' && c.statusSource === 'heading').length;
  for (const s of sections) {
    const f = facts[s.index];
    if (s.status === null && f.status) {
      setStatus(s, f.status, 'line');
      s.provenance.status = factsAt[s.index].status;
    }
    if (s.status === null) {
      const fromTable = tableStatus(statusTable, s);
      if (fromTable) {
        setStatus(s, fromTable.status, 'table');
        s.provenance.status = fromTable.at;
      }
    }
    if ((s.status === null || s.statusSource === 'tasks') && s.id !== null && s.kind !== 'section') {
      const link = links.get(s.id);
      // Where the heading has tasks of its own, they decide; a summary that disagrees is the health checks' to report.
      if (link && s.progress.total === 0) {
        setStatus(s, link.status, 'line');
        s.provenance.status = link.at;
      }
    }
    // An emoji that is the icon of a section that is not a plan item ("## ✅ Success criteria") is decoration: its
    // tasks decide.
    if (s.kind === 'section' && s.statusSource === 'heading' && s.progress.total > 0 && ONLY_EMOJI.test(s.provenance.status?.text ?? '')) {
      setStatus(s, null, null);
    }
    // A status table of its own ("| Deliverable | … | Status |" under "### Milestone 1") lists its work, like tasks.
    if (s.status === null && s.progress.total === 0) {
      const own = ownTables.get(s.index);
      if (own) {
        setStatus(s, own.status, 'tasks');
        s.provenance.status = own.at;
      }
    }
    // Lines ticked with emoji are its tasks when it has no boxes, with those of the plain sections under a plan item
    // ("## Sprint 2" › "### Entregáveis" › "- ✅ Diagrama"). A list of nothing but ✅ under criteria or goals
    // ("**Success Criteria:** - ✅ tests run"), or in a section that is no plan item, is as often a style as a record
    // of work done, so it says nothing.
    const marks = s.status === null && s.progress.total === 0 ? marksUnder(sections, facts, s.index) : null;
    if (marks && marks.total >= 2 && (marks.done < marks.total || (s.kind !== 'section' && marks.styled === 0))) {
      setStatus(s, statusFromProgress(marks), 'tasks');
      s.provenance.status = DERIVED;
    }
    // Where a document ticks its numbered steps in their headings ("### 1.1 Fix hot-swapping ✅"), a plan item's steps
    // say how far it got: none ticked under "## Phase 7" is not started.
    if (s.status === null && s.kind !== 'section' && s.progress.total === 0 && tickedSteps >= MIN_STRUCK) {
      const steps = s.children.filter((c) => isStepHeading(sections, sections[c]));
      if (steps.length >= 2) {
        const done = steps.filter((c) => sections[c].status === 'done').length;
        setStatus(s, statusFromProgress({ done, total: steps.length }), 'tasks');
        s.provenance.status = DERIVED;
      }
    }
    // Where a document strikes out the work it has done, a plan item's list says how far it got like ticks would.
    if (s.status === null && s.kind !== 'section' && s.progress.total === 0 && struckLines >= MIN_STRUCK) {
      const struck = marksUnder(sections, facts, s.index, 'struck');
      if (struck && struck.total >= 2) {
        // Nothing struck before a release struck out whole ("### v0.1" … above "### v0.5.7" all struck): its notes were
        // written before the habit, of work done before that release.
        const doneLater = struck.done === 0 && s.parent !== null && (lastAllStruck(s.parent, s.kind) ?? -1) > s.index;
        setStatus(s, doneLater ? 'done' : statusFromProgress(struck), 'tasks');
        s.provenance.status = DERIVED;
      }
    }
    // Filed in a bucket ("## In Progress" › "### Phase 4"): the bucket says, unless the item's ticked boxes show more.
    if (s.status === null && s.kind !== 'section' && s.progress.done === 0) {
      const group = bucketOf(sections, facts, groups, s);
      if (group) {
        setStatus(s, group.status, 'heading');
        s.provenance.status = group.at;
      }
    }
    if (s.status === null) deriveStatus(s);
    // A ticked summary box ("- [x] **Phase 25** … (completed 2026-04-18)") says the item was finished whatever plans
    // were left unticked under it; an open one over work all ticked says it is not signed off yet: under way.
    const summary = s.statusSource === 'tasks' && s.id !== null && s.kind !== 'section' ? links.get(s.id) : undefined;
    if (summary && summary.at?.text === '[x]' && summary.status === 'done' && s.status !== 'done') {
      setStatus(s, 'done', 'line');
      s.provenance.status = summary.at;
    } else if (summary && summary.weak && s.status === 'done') {
      setStatus(s, 'in-progress', 'line');
      s.provenance.status = { ...summary.at!, basis: 'derived' };
    }
  }
  // A task file's own status (Backlog.md's "status: To Do") is that of the plan items in it that say nothing. A file
  // marked done is done whatever boxes were left unticked in it: only an item's own words outweigh it.
  const stated = scan.frontMatter?.status;
  const fileStatus = stated ? statusIn(stated.value.replace(/_/g, ' ')) : null;
  if (stated && fileStatus) {
    for (const s of sections) {
      if (s.kind === 'section' || childItems(sections, s.index).length > 0) continue;
      const unsaid = s.status === null && s.progress.done === 0;
      if (!unsaid && !(fileStatus === 'done' && s.statusSource === 'tasks')) continue;
      setStatus(s, fileStatus, 'line');
      s.provenance.status = { ...lineAt(stated.line, `status: ${stated.value}`), basis: 'derived' };
    }
  }
  statusFromChildItems(sections);
  inheritStatus(sections);
  qualifyRepeatedIds(sections, scopes);

  yield;
  yearBareQuarters(sections);
  const written = sections.map((s): Located<Period> | null => {
    const f = facts[s.index];
    // Weeks in the heading with the days written out under it ("## Phase 2 (Weeks 3-4)" over "**Dates:**
    // 2025-01-15 → 2025-01-28"): the days say when.
    if (s.period?.unit === 'week' && f.period?.unit === 'date' && f.period.precision === 'day' && f.period.start !== f.period.end) {
      return { value: f.period, at: factsAt[s.index].period! };
    }
    if (s.period) return { value: s.period, at: s.provenance.period! };
    if (f.period) return { value: f.period, at: factsAt[s.index].period! };
    const labelled = labelledPeriod(f, s.kind !== 'section', spanAt[s.index]);
    if (labelled) return labelled;
    if (s.kind !== 'section' && f.leads && !f.leads.split) return { value: f.leads.period, at: spanAt[s.index](f.leads.span)! };
    const linked = s.kind !== 'section' && s.id !== null ? linkedPeriods.get(s.id) : undefined;
    if (linked) return linked;
    // "## Sprint 1 Backlog" › "### Sprint Information" › "- **Duration**: 2 weeks (Weeks 1-2)": the facts a plan item
    // opens with, in a plain first section of its own.
    const opening = s.kind !== 'section' && s.children.length > 0 ? sections[s.children[0]] : null;
    if (opening && opening.kind === 'section' && opening.from === undefined && !opening.about) {
      // "## 0.4 - Proper Catalog" › "##### 2018-08-27": a heading that is only a date dates the item above it.
      const date = opening.period ? findPeriod(opening.title, 'heading') : null;
      if (opening.period && date && date.index === 0 && opening.title.slice(date.end).trim() === '') return { value: opening.period, at: opening.provenance.period! };
      const of = facts[opening.index];
      if (of.period) return { value: of.period, at: factsAt[opening.index].period! };
      const openingLabelled = labelledPeriod(of, true, spanAt[opening.index]);
      if (openingLabelled) return openingLabelled;
    }
    const entry = timelinePeriod(timeline, s);
    return entry ? { value: entry.value.period, at: entry.at } : null;
  });
  // Once, not per section: per section it made 200,000 headings a quadratic minute.
  const writtenPeriods = written.map((w) => w?.value ?? null);
  const title = sections.length > 0 && sections[0].level === 1 && sections[0].kind === 'section' ? sections[0] : null;
  const titleSpan = title ? writtenPeriods[title.index] : null;
  const documentSpan = titleSpan?.unit === 'date' && titleSpan.start !== titleSpan.end ? { period: titleSpan } : null;
  for (const s of sections) {
    const own = written[s.index]?.value ?? null;
    s.period = anchored(writtenPeriods, sections, s.index, weekOne);
    s.provenance.period = s.period ? written[s.index]!.at : null;
    // Weeks placed on the calendar keep the weeks as written.
    if (own?.unit === 'week' && s.period?.unit === 'date') s.weeks = { start: own.start, end: own.end };
    // "#### Sprint 1-2 (Mar 11 - Apr 7)" in a phase dated 2026, in a plan over 2026 and 2027: the phase's dates give
    // the year the document's did not.
    if (!s.period && !s.days && s.kind !== 'section' && s.parent !== null && /\p{L}{3}.*\d|\d.*\p{L}{3}/u.test(s.title)) {
      // Or the span the document states for itself under its title ("**Período:** 25 Nov 2024 - 15 Ene 2025").
      const dated = enclosingPlanItem(sections, s.index) ?? documentSpan;
      if (dated?.period?.unit === 'date') {
        const found = findPeriod(s.title, 'heading', { order: null, span: { start: dated.period.start, end: dated.period.end, order: null } });
        if (found?.period.unit === 'date' && compareIso(found.period.start, dated.period.start) >= 0 && compareIso(found.period.end, dated.period.end) <= 0) {
          s.period = found.period;
          s.provenance.period = { ...lineAt(s.line, s.title), basis: 'derived' };
        }
      }
    }
    // "### Q1 2025" › "#### January", "## Fall Semester 2025" › "### September - October": a month of the dated item
    // above, and an item of the plan as a month heading with its year would be.
    const months = s.kind === 'section' && s.from === undefined && !s.about && s.parent !== null ? MONTH_ONLY_TITLE.exec(s.title) : null;
    if (months) {
      const dated = enclosingPlanItem(sections, s.index);
      if (dated?.period?.unit === 'date') {
        const found = monthsWithin(months[1], dated.period.start, dated.period.end);
        if (found) {
          promote(s, 'quarter', 'month', null, lineAt(s.line, s.title));
          s.period = found;
          s.provenance.period = { ...lineAt(s.line, s.title), basis: 'derived' };
        }
      }
    }
    // A phase filed under a quarter ("## Q1 2025 (January - March)" › "### Phase 2") is planned in that quarter.
    if (!s.period && !s.days && s.kind === 'phase' && s.parent !== null && s.from === undefined) {
      const holder = enclosingPlanItem(sections, s.index);
      if (holder?.kind === 'quarter' && holder.period?.unit === 'date') {
        // "### Month 2" in "## Q1 2026 (Jan - Mar)" is February; other phases are planned in the whole quarter.
        const n = s.word === 'month' ? Number(/^Month (\d{1,2})$/u.exec(s.id ?? '')?.[1] ?? NaN) : NaN;
        const month = Number.isFinite(n) ? nthMonthWithin(holder.period, n) : null;
        s.period = month ?? holder.period;
        s.provenance.period = holder.provenance.period ? { ...holder.provenance.period, basis: 'derived' } : null;
      }
    }
    // Days a "Duration:" line names ("🕐 Süre: Gün 1 – 14") where the heading names none.
    const days = facts[s.index].days;
    if (days && !s.period && !s.days && s.kind !== 'section') {
      s.days = days;
      s.provenance.period = spanAt[s.index](facts[s.index].spans.days ?? null);
    }
  }
  periodFromChildren(sections);
  // Months read as items just above ("### Q1 2026" › "#### ✅ January") say how far their quarter got.
  statusFromChildItems(sections);
  markChangelogEntries(sections);
  dropHorizons(sections, facts);
  const durationAt = factsAt.map((f) => f.duration);
  durationsFromTables(sections, tables, durationAt);
  placeByDuration(sections, durationAt);

  const summaries = { lines: [] as number[], headings: [] as number[] };
  for (const s of sections) {
    const lines = s.id !== null && s.kind !== 'section' && s.from === undefined && s.progress.total > 0 ? boxLinkLines.get(s.id) : undefined;
    if (!lines) continue;
    summaries.headings.push(s.line);
    summaries.lines.push(...lines);
  }
  const split = splitItems(sections, roots, tasks);
  const done = tasks.reduce((n, t) => n + (t.checked ? 1 : 0), 0);
  const h1 = split.sections.find((s) => s.level === 1 && s.title !== '');
  return {
    title: h1?.title ?? scan.frontMatter?.title ?? '',
    sections: split.sections,
    roots: split.roots,
    ...(split.items.length > 0 ? { items: split.items } : {}),
    ...(summaries.headings.length > 0 ? { summaries } : {}),
    tasks,
    progress: { done, total: tasks.length },
    lineCount: scan.lineCount,
    eol: scan.eol,
    ...(partial.length > 0 ? { partial: { reason: partialReason(partial), ranges: partial } } : {}),
  };
}

/**
 * Sections stay one per heading (every view, edit and check relies on it); plan items named by list lines and table
 * rows move to their own list, their `parent` the heading they stand under (a line read as a mention of a heading's
 * item after all is no item, and is dropped). Indexes are renumbered.
 */
function splitItems(all: Section[], roots: number[], tasks: Task[]): { sections: Section[]; roots: number[]; items: Section[] } {
  if (!all.some((s) => s.from !== undefined)) return { sections: all, roots, items: [] };
  const sectionIndex = new Map<number, number>();
  const sections: Section[] = [];
  const items: Section[] = [];
  for (const s of all) {
    if (s.from === undefined) {
      sectionIndex.set(s.index, sections.length);
      sections.push(s);
    } else if (s.kind !== 'section') {
      items.push(s);
    }
  }
  const headingOf = (i: number | null): number | null => {
    for (let p = i; p !== null; p = all[p].parent) if (all[p].from === undefined) return sectionIndex.get(p)!;
    return null;
  };
  for (const s of sections) {
    s.index = sectionIndex.get(s.index)!;
    s.parent = headingOf(s.parent);
    s.children = s.children.filter((c) => all[c].from === undefined).map((c) => sectionIndex.get(c)!);
  }
  items.forEach((item, i) => {
    item.parent = headingOf(item.parent);
    item.index = i;
  });
  for (const t of tasks) if (t.section !== null) t.section = sectionIndex.get(t.section)!;
  return { sections, roots: roots.filter((r) => all[r].from === undefined).map((r) => sectionIndex.get(r)!), items };
}

/**
 * A period from labelled lines: "Início: 02/03/2026" with "Término: 09/03/2026" spans both; an end alone ("Due:
 * 2026-03-01", "Target Date: …") is that day; a "Date:"/"Fecha:" line counts only inside a plan item (elsewhere it
 * dates the document).
 */
function labelledPeriod(f: SectionFacts, isItem: boolean, at: (span: Span | null) => Provenance | null): Located<Period> | null {
  const l = f.labelled;
  if (!l) return null;
  const start = l.start?.period.unit === 'date' ? l.start : undefined;
  const end = l.end?.period.unit === 'date' ? l.end : undefined;
  if (start && end && start.period.unit === 'date' && end.period.unit === 'date' && compareIso(start.period.start, end.period.end) <= 0) {
    const p1 = start.period;
    const p2 = end.period;
    const range = at(joinSpans(start.span, end.span))!;
    const precision = PRECISION_ORDER.indexOf(p1.precision) >= PRECISION_ORDER.indexOf(p2.precision) ? p1.precision : p2.precision;
    return { value: { unit: 'date', start: p1.start, end: p2.end, precision, source: 'line' }, at: range };
  }
  // A deadline is its last day ("Due: 2026" is 31 December), unless it spells out the days ("Срок: 14.04–14.05.2026")
  // or names a month or a quarter ("목표 일자: 2026년 1월", "Target: March 2026" is that month, "Target: Q1 2025" that
  // quarter, as a reader plans a release into it).
  if (end && end.period.unit === 'date') {
    const days = end.period.precision === 'day' || end.period.precision === 'month' || end.period.precision === 'quarter';
    return { value: days ? end.period : { ...end.period, start: end.period.end }, at: at(end.span)! };
  }
  if (isItem && l.date) return { value: l.date.period, at: at(l.date.span)! };
  // A start with a stated length ("Duration: 10 days (from 2026-03-31)") spans that many calendar days.
  if (start && start.period.unit === 'date' && start.period.precision === 'day' && f.durationDays) {
    return { value: { ...start.period, end: addDays(start.period.start, f.durationDays - 1) }, at: at(start.span)! };
  }
  return null;
}

const PRECISION_ORDER = ['day', 'month', 'quarter', 'half', 'year'];

const CHANGELOG = /^(?:change\s*log|changelog|release\s+(?:log|notes|history)|version\s+history|histórico|historial|historique|versionsverlauf|sürüm\s+geçmişi|история\s+версий|更新履歴|更新日志|변경\s*이력)(?:\s*\(.*\))?$/iu;

/**
 * Entries of a changelog or release log ("Release Log › v2.9.0 (2025-12-29)") were released: the date is when, not a
 * plan period, and the entry is done unless it says otherwise.
 */
function markChangelogEntries(sections: Section[]): void {
  for (const s of sections) {
    if (s.kind === 'section' || s.parent === null) continue;
    const parent = sections[s.parent];
    const words = parent.title.replace(/^[\s\p{P}\p{S}\p{N}\p{Extended_Pictographic}\u200d\ufe0f]+/u, '').trim();
    if (!CHANGELOG.test(words)) continue;
    if (s.period?.unit === 'date' && s.period.precision === 'day') s.finished ??= s.period.end;
    if (s.period?.unit === 'date' && s.period.source === 'heading') {
      s.period = null;
      s.provenance.period = null;
    }
    if (s.status === null || s.statusSource === 'tasks') {
      s.status = 'done';
      s.statusSource = 'heading';
      s.provenance.status = { basis: 'derived', line: parent.line, endLine: parent.line, start: null, end: null, text: parent.title };
    }
  }
}

/** The plan items under each plan item (or under none), whatever plain headings lie between, in document order. */
function itemSiblings(sections: Section[]): Section[][] {
  const siblings = new Map<number | null, Section[]>();
  for (const s of sections) {
    if (s.kind === 'section') continue;
    let owner = s.parent;
    while (owner !== null && sections[owner].kind === 'section') owner = sections[owner].parent;
    const group = siblings.get(owner);
    if (group) group.push(s);
    else siblings.set(owner, [s]);
  }
  return [...siblings.values()];
}

/**
 * "Short term (0-3 months)", "Mid term (3-6 months)", "Long term (6-12 months)": ranges that start at 0, and the
 * sibling ranges that go on from where the one before ended, are horizons (how far ahead), not lengths.
 */
function dropHorizons(sections: Section[], facts: readonly SectionFacts[]): void {
  for (const group of itemSiblings(sections)) {
    const ranges = group.map((s) => (s.from === undefined ? titleRangeIn(s.title) : null));
    const drop = (i: number): void => {
      group[i].durationDays = facts[group[i].index].durationDays ?? null;
    };
    let reached: number | null = null;
    ranges.forEach((range, i) => {
      if (range && (range.from === 0 || range.from === reached)) {
        drop(i);
        reached = range.to;
      } else {
        reached = null;
      }
    });
    // Three or more ranges that go on one from the next ("1–3 个月", "4–6 个月", "7–9 个月"; "1-2 months", "3-6 months",
    // "6-12 months"): a timeline of how far off each item is. Ranges that only ever share their ends ("4-6 weeks",
    // "6-8 weeks", "8-12 weeks") are as often lengths that grow, and stay lengths unless they start at 0 (above).
    let start = 0;
    let follows = false;
    for (let i = 1; i <= ranges.length; i++) {
      const [before, range] = [ranges[i - 1], ranges[i]];
      if (before && range && (range.from === before.to || range.from === before.to + 1)) {
        follows ||= range.from === before.to + 1;
        continue;
      }
      if (i - start >= 3 && follows) for (let k = start; k < i; k++) drop(k);
      start = i;
      follows = false;
    }
  }
}

/**
 * A plan item the document gives a length but no period ("Estimated Duration: 3 weeks", "(3 semanas)") is placed
 * after the dated item before it among its siblings (and after the siblings it depends on), as the timeline draws it.
 * The document does not say when: the period's source is `duration` and its provenance `estimated`, with the words
 * of the length. Items before the first dated sibling, or after one in relative weeks, stay without a period.
 */
function placeByDuration(sections: Section[], durationAt: readonly (Provenance | null)[]): void {
  // Siblings as the timeline sees them: the items under one plan item (or under none), whatever headings lie between.
  for (const group of itemSiblings(sections)) {
    let cursor: string | null = null;
    const ends = new Map<string, string>();
    for (const s of group) {
      if (s.period) {
        cursor = s.period.unit === 'date' ? s.period.end : null;
        if (cursor !== null && s.id !== null) ends.set(s.id, cursor);
        continue;
      }
      const days = s.durationDays ?? (s.durationWeeks ? Math.round(s.durationWeeks * 7) : null);
      if (!days || days < 1 || cursor === null) continue;
      let after: string = cursor;
      for (const dep of s.dependencies) {
        const end = ends.get(dep);
        if (end !== undefined && compareIso(end, after) > 0) after = end;
      }
      const start = addDays(after, 1);
      const end = addDays(start, days - 1);
      s.period = { unit: 'date', start, end, precision: 'day', source: 'duration' };
      const words = durationAt[s.index] ?? { basis: 'estimated', line: s.line, endLine: s.line, start: null, end: null, text: s.title };
      s.provenance.period = { ...words, basis: 'estimated' };
      cursor = end;
      if (s.id !== null) ends.set(s.id, end);
    }
  }
}

const ABOUT_PARENT = new RegExp(`^(?:${alternation(ABOUT_PARENT_WORDS)})$`, 'iu');

/** A title's words without leading numbering, symbols and emoji or a trailing colon. */
function aboutWords(title: string): string {
  return title.replace(/^[\s\p{P}\p{S}\p{N}\p{Extended_Pictographic}\u200d\ufe0f]+/u, '').replace(/[\s:：]+$/u, '').trim();
}

/**
 * A heading inside a section that lists things by plan item ("Rollback Procedures › Phase 1", "Files to change ›
 * Phase 4", "Risks › Phase 2") is about that item, not the item.
 */
function markAboutSections(sections: Section[]): void {
  for (const s of sections) {
    if (s.kind === 'section' || s.id === null || s.from !== undefined) continue;
    for (let p = s.parent; p !== null; p = sections[p].parent) {
      const parent = sections[p];
      if (parent.kind !== 'section') break;
      if (ABOUT_PARENT.test(aboutWords(parent.title))) {
        demoteToAbout(s);
        break;
      }
    }
  }
}

/**
 * A plan item that states no period of its own spans its items' weeks: "## FASE 1: FUNDACIÓN (3 semanas)" over
 * "### Semana 1" … "### Semana 3" is weeks 1-3. Only when every child item is placed, in weeks alike.
 */
function periodFromChildren(sections: Section[]): void {
  const derived: Section[] = [];
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i];
    if (s.kind === 'section' || s.period !== null || s.days) continue;
    // Its items, or else the parts it is laid out in ("#### Personal Needs Analysis (Tydzień 3)").
    const children = s.children.map((c) => sections[c]);
    const items = children.some((c) => c.kind !== 'section') ? children.filter((c) => c.kind !== 'section') : children.filter((c) => c.period !== null);
    if (items.length < 2 || !items.every((c) => c.period?.unit === 'week')) continue;
    const weeks = items.map((c) => c.period as Extract<Period, { unit: 'week' }>);
    s.period = { unit: 'week', start: Math.min(...weeks.map((w) => w.start)), end: Math.max(...weeks.map((w) => w.end)), source: 'heading' };
    s.provenance.period = DERIVED;
    derived.push(s);
  }
  // "## Phase 4" › "### 4.1 … (Week 1-2)", "## Phase 5" › "### 5.1 … (Week 1-2)": parts that count their weeks afresh in
  // each item are weeks of that item, not of the plan.
  const byParent = new Map<number, Section[]>();
  for (const s of derived) pushTo(byParent, s.parent ?? -1, s);
  for (const group of byParent.values()) {
    const weeks = group.map((s) => s.period as Extract<Period, { unit: 'week' }>).sort((a, b) => a.start - b.start);
    if (!weeks.some((w, k) => k > 0 && w.start <= weeks[k - 1].end)) continue;
    for (const s of group) {
      s.period = null;
      s.provenance.period = null;
    }
  }
}

/**
 * "## 2024" beside "## 2025 H1" and "## 2025 H2", "## 2026 Outlook" after "## Q4": a year of the plan, as its
 * siblings are halves or quarters of one. A bare year alone may head anything (a changelog's, an archive's).
 */
function markYearHeadings(sections: Section[]): void {
  // The parents (-1: the document) under which a quarter or half stands as a heading, found once.
  const withQuarters = new Set<number>();
  for (const o of sections) if (o.kind === 'quarter' && o.from === undefined) withQuarters.add(o.parent ?? -1);
  for (const s of sections) {
    if (s.kind !== 'section' || s.from !== undefined || s.about) continue;
    const year = /^[\s\p{P}\p{S}\p{Extended_Pictographic}\ufe0f]*((?:19|20)\d{2})\s*(?:年|outlook|and beyond|onwards?|\+)?[\s*_]*$/iu.exec(s.title);
    if (!year || !withQuarters.has(s.parent ?? -1)) continue;
    s.kind = 'quarter';
    s.word = 'year';
    s.id = year[1];
    s.provenance.kind = lineAt(s.line, s.title);
    s.provenance.id = s.provenance.kind;
    if (s.period === null) {
      s.period = { unit: 'date', start: `${year[1]}-01-01`, end: `${year[1]}-12-31`, precision: 'year', source: 'heading' };
      s.provenance.period = s.provenance.kind;
    }
  }
}

/** The `n`th calendar month of a dated period (1-based), while it lies within it. */
function nthMonthWithin(period: Extract<Period, { unit: 'date' }>, n: number): Period | null {
  const [y, m] = period.start.split('-').map(Number);
  const month = m - 1 + (n - 1);
  const { start, end } = monthRange((month % 12) + 1, y + Math.floor(month / 12));
  if (n < 1 || compareIso(end, period.end) > 0) return null;
  return { unit: 'date', start, end, precision: 'month', source: 'heading' };
}

/** The nearest plan item above a section, or null. */
function enclosingPlanItem(sections: Section[], index: number): Section | null {
  for (let p = sections[index].parent; p !== null; p = sections[p].parent) if (sections[p].kind !== 'section') return sections[p];
  return null;
}

/** "#### Día 1-2: Configuración" under "### Semana 1": the days a week (or a phase) is worked in, not items of their own. */
function markDaysInItems(sections: Section[]): void {
  const inItems: Section[] = [];
  const owners = new Set<number>();
  for (const s of sections) {
    const owner = s.word === 'day' && s.from === undefined ? enclosingPlanItem(sections, s.index) : null;
    if (owner === null) continue;
    inItems.push(s);
    owners.add(owner.index);
  }
  // "## Week 1" › "### Day 1-2", "### Day 3-4", then "## Week 2" › "### Day 8-9": days counted on through the plan are its
  // schedule, the items it is worked in; days that count afresh in each week are the week's parts.
  const onward = owners.size >= 2 && inItems.every((s, i) => s.days != null && (i === 0 || s.days.start > inItems[i - 1].days!.end));
  if (onward) return;
  for (const s of inItems) demote(s);
}


/**
 * A range heading over headings of its own members ("✅ Phase 0-5: 完了済みフェーズ" › "### Phase 0" … "### Phase 5")
 * groups them; it is no item beside them. A range with no member headings under it ("Phase 0-4: Core
 * Implementation") is one item.
 */
function markRangeContainers(sections: Section[]): void {
  for (const s of sections) {
    const members = s.kind === 'section' || s.from !== undefined ? null : rangeMembers(s.id);
    if (!members) continue;
    // Members as headings, or as the rows of a table under it ("## 완료된 작업 (Phase 1-4)" over "| Phase 1 | … | ✅ |",
    // read first as parts of the range: "Phase 1-4 / Phase 1").
    const prefix = `${s.id} / `;
    const own = (c: Section): string | null => (c.from === 'table-row' && c.id?.startsWith(prefix) ? c.id.slice(prefix.length) : c.from === undefined ? c.id : null);
    const isMember = (id: string | null | undefined): boolean => id !== null && id !== undefined && members.includes(id);
    const under = sections.filter((c) => isMember(own(c)) && isAncestor(sections, s.index, c.index));
    if (under.length < 2) continue;
    // Rows whose ids also head sections elsewhere ("| E | T13-T15 |" and later "### Phase E") keep the range's name
    // to stay apart from those.
    const elsewhere = (o: Section): boolean => o.index !== s.index && !isAncestor(sections, s.index, o.index) && (isMember(o.id) || isMember(o.about));
    if (under.some((c) => c.from === 'table-row') && sections.some(elsewhere)) continue;
    for (const c of under) c.id = own(c);
    demote(s);
  }
}

/**
 * Time horizons at the top of a document ("## Short term", "## 📅 Kısa Vadeli Hedefler (0-3 Ay)" under the title) are
 * the buckets its plan is laid out in: items without ids. Under another section ("Priority Tasks › Short-term (60-90
 * Days)") or inside a plan item ("2024 Q1 › Kısa Vadeli Hedefler") they group tasks or goals.
 */
// A section about what comes next ("Next Steps", "Vision & Future", "Roadmap", "Próximos passos"), not a strategy
// or a risk register that also speaks in horizons.
const AHEAD_TITLE = new RegExp(`(?<![\\p{L}])(?:${alternation(AHEAD_WORDS.map((r) => r.text))})(?![\\p{L}])`, 'iu');
// "Short Term (Next 2 hours)", "Curto Prazo (48h)": the next hours of a task list, not a horizon of the plan.
const HOURS_HORIZON = new RegExp(`\\d\\s*(?:${alternation(DURATION_UNITS.filter((r) => r.unit === 'hour').map((r) => r.text))})(?![\\p{L}])`, 'iu');

function markHorizons(sections: Section[]): void {
  const isHorizon = sections.map((s) => s.kind === 'section' && s.from === undefined && !s.about && horizonIn(s.title));
  const horizon = (s: Section): boolean => isHorizon[s.index];
  for (const s of sections) {
    if (!horizon(s)) continue;
    if (s.parent !== null && enclosingPlanItem(sections, s.index) !== null) continue;
    // Deeper down, horizons side by side ("## 🚀 Next Steps" › "### Immediate", "### Short Term", "### Medium Term")
    // still lay out the plan; one alone there is a note about timing.
    if (s.parent !== null && sections[s.parent].level > 1) {
      const parent = sections[s.parent];
      const siblings = parent.children.filter((c) => horizon(sections[c]));
      if (!AHEAD_TITLE.test(parent.title) || siblings.length < 2 || siblings.some((c) => HOURS_HORIZON.test(sections[c].title))) continue;
    }
    s.kind = 'phase';
    s.word = 'horizon';
    s.provenance.kind = lineAt(s.line, s.title);
  }
}

/**
 * A board of lanes ("## ✅ Erledigt", "## 🚧 In Arbeit", "## Als Nächstes", "## Später"; Now / Next / Later): two or
 * more bucket headings side by side with no plan item under any of them are the plan's items themselves, each in the
 * state its title says.
 */
const STATUS_SUMMARY = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...STATUS_KEYS.map((r) => r.text), 'summary', 'overview', 'resumo', 'resumen', 'résumé', 'riepilogo', 'übersicht', 'özet', '概要', '概览'])})(?![\\p{L}])`,
  'iu',
);

function markLanes(sections: Section[], groups: ReadonlyMap<number, { status: Status; at: Provenance; loose?: boolean }>): void {
  if (groups.size < 2) return;
  // The sections that hold a plan item somewhere below them.
  const holders = new Set<number>();
  for (const d of sections) {
    if (d.kind === 'section') continue;
    for (let p = d.parent; p !== null && !holders.has(p); p = sections[p].parent) holders.add(p);
  }
  const byParent = new Map<number | null, number[]>();
  for (const index of groups.keys()) {
    const s = sections[index];
    if (s.kind !== 'section' || s.from !== undefined || s.about || groups.get(index)!.loose || holders.has(index) || enclosingPlanItem(sections, index) !== null) continue;
    pushTo(byParent, s.parent, index);
  }
  const items = sections.filter((d) => d.kind !== 'section');
  for (const [parent, lanes] of byParent) {
    if (lanes.length < 2 || new Set(lanes.map((i) => sections[i].level)).size !== 1) continue;
    // "## 📊 Current Status Summary" › "### ✅ Completed Features" in a plan whose items are written elsewhere sums
    // them up by status; its lanes are no more items.
    if (parent !== null && STATUS_SUMMARY.test(sections[parent].title) && items.some((d) => !isAncestor(sections, parent, d.index))) continue;
    for (const index of lanes) {
      const s = sections[index];
      const group = groups.get(index)!;
      s.kind = 'phase';
      s.word = 'horizon';
      s.provenance.kind = lineAt(s.line, s.title);
      if (s.status === null) {
        setStatus(s, group.status, 'heading');
        s.provenance.status = group.at;
      }
    }
  }
}

/** The id of the nearest plan item enclosing a section, or null. */
function enclosingId(sections: Section[], index: number): string | null {
  for (let p = sections[index].parent; p !== null; p = sections[p].parent) if (sections[p].id !== null && sections[p].kind !== 'section') return sections[p].id;
  return null;
}

function isAncestor(sections: Section[], ancestor: number, index: number): boolean {
  for (let p = sections[index].parent; p !== null; p = sections[p].parent) if (p === ancestor) return true;
  return false;
}

/**
 * A heading that repeats an earlier item's id inside a section of its own ("Checklist › Tháng 3/2026" after "## Tháng
 * 3/2026") mentions that item again: it is about it, not a second item. Two headings with one id side by side stay
 * items, for the health checks to report.
 */
function markRepeatedMentions(sections: Section[]): void {
  const first = new Map<string, number>();
  for (const s of sections) {
    if (s.kind === 'section' || s.id === null || s.from !== undefined) continue;
    const earlier = first.get(s.id);
    // Inside another item ("## Ola 5" › "### Fase 18") a repeated id is that item's part, unless the earlier one only
    // pointed at it ("### Próximo: Fase 18").
    if (enclosingId(sections, s.index) !== null) {
      if (earlier !== undefined && (pointsAt(sections[earlier]) || underStatusReport(sections, sections[earlier]))) {
        demoteToAbout(sections[earlier]);
        first.set(s.id, s.index);
      }
      continue;
    }
    if (earlier === undefined) {
      first.set(s.id, s.index);
      continue;
    }
    // An id only in parentheses ("Testing (Phase 2)") or after a label ("Próximo: Fase 18") points at the item
    // another heading names.
    if (pointsAt(s) || underStatusReport(sections, s)) {
      demoteToAbout(s);
      continue;
    }
    if ((pointsAt(sections[earlier]) || underStatusReport(sections, sections[earlier])) && !pointsAt(s)) {
      demoteToAbout(sections[earlier]);
      first.set(s.id, s.index);
      continue;
    }
    const parent = s.parent === null ? null : sections[s.parent];
    if (parent === null || parent.kind !== 'section' || isAncestor(sections, parent.index, earlier)) continue;
    if (sameLanes(sections, parent, sections[earlier])) continue;
    demoteToAbout(s);
  }
}

/**
 * "### Bitcoin Integration" › "#### Q1 2025", "#### Q2 2025", then "### Web5 & DID" › "#### Q1 2025", "#### Q2 2025":
 * side-by-side workstreams each laid out in the same periods, a grid of work by time. The repeated ids are distinct items
 * (told apart by their workstream, see qualifyRepeatedIds), not mentions of the first.
 */
function sameLanes(sections: Section[], lane: Section, earlier: Section): boolean {
  const other = earlier.parent === null ? null : sections[earlier.parent];
  if (other === null || other === lane || other.kind !== 'section' || other.parent !== lane.parent || other.level !== lane.level) return false;
  // Laid out in time (quarters, halves, years): a second list of phases under another heading is a recap of the first.
  const ids = (p: Section): Set<string> => new Set(p.children.map((c) => sections[c]).filter((c) => c.kind === 'quarter' && c.id !== null).map((c) => unqualified(c.id!)));
  const mine = ids(lane);
  const theirs = ids(other);
  return mine.size >= 2 && mine.size === theirs.size && [...mine].every((id) => theirs.has(id));
}

/** "phase:0" for "Phase 0" and "フェーズ 0": what an id numbers, whatever language names its kind. */
function wordNumberKey(word: PlanWord | null, id: string): string | null {
  const n = /^\D*?(\d{1,3}(?:\.\d{1,2})?)$/u.exec(id);
  return word !== null && n ? `${word}:${Number(n[1])}` : null;
}

/** An id without the workstream or item it was told apart by ("Web5 & DID / Q1 2025" → "Q1 2025"). */
function unqualified(id: string): string {
  const at = id.lastIndexOf(' / ');
  return at < 0 ? id : id.slice(at + 3);
}

/** The workstream a repeated item is laid out in: its parent, a plain section among siblings that repeat its items. */
function laneTitle(sections: Section[], s: Section): string | null {
  const lane = s.parent === null ? null : sections[s.parent];
  return lane && lane.kind === 'section' ? lane.title.replace(/[*_`]/gu, '').trim() || null : null;
}

function demoteToAbout(s: Section): void {
  s.about = s.id;
  demote(s);
}

/**
 * A plain heading read as a plan item after all: `demote`'s twin. The id keeps its own provenance where another place
 * than the kind's says it ("## 1) Branding": the kind from the title, the id from "1").
 */
function promote(s: Section, kind: SectionKind, word: Section['word'], id: string | null, kindAt: Provenance, idAt: Provenance = kindAt): void {
  s.kind = kind;
  s.word = word;
  s.id = id;
  s.provenance.kind = kindAt;
  if (id !== null) s.provenance.id = idAt;
}

/** A heading read as a plan item that is none: a plain section again. */
function demote(s: Section): void {
  s.kind = 'section';
  s.id = null;
  s.word = null;
  s.provenance.kind = null;
  s.provenance.id = null;
}

/** Where in a heading's title the words that name its id stand, or -1. */
function idAt(s: Section): number {
  const words = s.provenance.kind?.text ?? '';
  return words === '' ? -1 : s.title.indexOf(words);
}

/** Whether a heading's id was read from a parenthesis ("Enhancement Strategy (Phase A-F)"). */
function inParentheses(s: Section): boolean {
  const at = idAt(s);
  return at > 0 && /[(（]\s*$/u.test(s.title.slice(0, at));
}

/**
 * Whether a heading stands in a report of where the plan is ("## Estado actual: Ola 5 en curso" › "### Ola 4.5 —
 * cerrada", "## Current Status" › "### Phase 2 — in progress"): there it points at the item, named again elsewhere.
 */
function underStatusReport(sections: Section[], s: Section): boolean {
  for (let p = s.parent; p !== null; p = sections[p].parent) {
    const label = sections[p].title.split(/[:：]/u)[0].replace(/[\p{Extended_Pictographic}\ufe0f*_]/gu, '').trim();
    if (isStatusKey(label) || isStatusKey(label.split(/\s+/u)[0] ?? '')) return true;
  }
  return false;
}

/** Whether a heading names its id in parentheses or after a label ("Próximo: Fase 18 — …", "Next: Phase 3"). */
function pointsAt(s: Section): boolean {
  if (inParentheses(s)) return true;
  return labelsId(s.title, idAt(s));
}

// The label may leave the id its icon: "Status projektu: 🔄 FAZA 2".
const LABEL_BEFORE_ID = /^[\s\p{Extended_Pictographic}\ufe0f]*\p{L}[\p{L} ]{1,30}[:：][\s\p{Extended_Pictographic}\ufe0f*_]*$/u;

/** Whether the words before an id at `at` in a title are a label ("Next: Phase 3", "Current Status: Phase 1 - …"). */
function labelsId(title: string, at: number): boolean {
  return at > 0 && LABEL_BEFORE_ID.test(title.slice(0, at));
}

const ONLY_EMOJI = /^[\s\p{Extended_Pictographic}\u200d\ufe0f]+$/u;

/**
 * A plan item that says nothing of itself (no status, no tasks) is part of the item it stands in: under an item the
 * document states is done ("## Phase F ✅ COMPLETED" over its sprint rows), it is done too.
 */
function inheritStatus(sections: Section[]): void {
  // Only a stated status is lent (or one lent in turn): a status read from tasks is the parent's own progress.
  const lent = new Set<number>();
  for (const s of sections) {
    if (s.status !== null || s.kind === 'section' || s.progress.total > 0 || s.parent === null) continue;
    const parent = sections[s.parent];
    // A future parent's parts may be undecided yet ("Phase 2 (Tentative)" over its milestones). A plain section lends
    // only what its own title says ("## ✅ Phase 0-5: done" grouping its phases); a "Status:" line under it may be
    // the whole document's.
    if (parent.status !== 'done') continue;
    if (parent.kind === 'section' && (parent.statusSource !== 'heading' || parent.provenance.status?.basis !== 'stated')) continue;
    if (parent.statusSource === 'tasks' && !lent.has(parent.index)) continue;
    setStatus(s, parent.status, 'tasks');
    s.provenance.status = parent.provenance.status ? { ...parent.provenance.status, basis: 'derived' } : DERIVED;
    lent.add(s.index);
  }
}

/**
 * Where the plan items of one level each wear an icon ("🎯 Faz 0", "🏗️ Faz 1", "👤 Faz 2", … "✅ Faz 10: Test"; or at
 * the end, "Этап 1: … (Q1 2024) 🏗️", "Этап 2: … 🧠"), a status emoji among them is one more icon, not a status: the
 * item's tasks decide. Read only where at least three siblings wear icons that are no status emoji, and those are most
 * of them.
 */
function dropIconStatuses(sections: Section[]): void {
  const byParent = new Map<number | null, Section[]>();
  for (const s of sections) {
    if (s.from !== undefined || s.kind === 'section') continue;
    pushTo(byParent, s.parent, s);
  }
  for (const siblings of byParent.values()) {
    for (const at of [leadingEmojiOf, trailingEmojiOf]) dropIconsAt(siblings, siblings.map((s) => at(s.title)));
  }
}

/** Drops the statuses the siblings' icons (`icons[k]` of `siblings[k]`, all at one end of the title) seemed to state. */
function dropIconsAt(siblings: Section[], icons: ({ emoji: string; status: boolean } | null)[]): void {
  const worn = icons.filter((i) => i !== null);
  const plain = worn.filter((i) => !i.status).length;
  if (plain < 3 || plain * 3 < worn.length * 2) return;
  siblings.forEach((s, k) => {
    const icon = icons[k];
    if (!icon?.status || s.statusSource !== 'heading') return;
    const words = (s.provenance.status?.text ?? '').replace(/\ufe0f/gu, '').trim();
    if (words !== icon.emoji) return;
    setStatus(s, null, null);
    s.provenance.status = null;
  });
}

/** The state each item's todos give it: all completed → done, any started → in progress, none → planned. */
function todoStatuses(todos: NonNullable<NonNullable<Scan['frontMatter']>['todos']>): Map<string, { status: Status; at: Provenance }> {
  const groups = new Map<string, { statuses: Status[]; first: number; last: number; text: string }>();
  for (const todo of todos) {
    const status = statusIn(todo.status.replace(/_/g, ' '));
    if (status === null) continue;
    const spelled = /^([a-z]+)[ _-]?(\d+(?:\.\d+)?)(?![\d.])/iu.exec(todo.id);
    const named = readListItem(todo.content) ?? (spelled ? readListItem(`${spelled[1][0].toUpperCase()}${spelled[1].slice(1).toLowerCase()} ${spelled[2]}`) : null);
    if (!named?.id) continue;
    const group = groups.get(named.id) ?? { statuses: [], first: todo.line, last: todo.line, text: todo.content || todo.id };
    group.statuses.push(status);
    group.last = todo.line;
    groups.set(named.id, group);
  }
  const out = new Map<string, { status: Status; at: Provenance }>();
  for (const [id, g] of groups) out.set(id, { status: statusOfParts(g.statuses), at: { ...lineAt(g.first, g.text), endLine: g.last, basis: g.statuses.length > 1 ? 'derived' : 'stated' } });
  return out;
}

const STEPS_TITLE = /^(?:implementation\s+(?:plan|tasks)|tasks?(?:\s*[:：]|$)|plano\s+de\s+implementa[çc][ãa]o|plan\s+de\s+implementaci[óo]n|実装(?:タスク|計画)|タスクリスト|实现计划|实施计划|任务列表)/iu;

/** Words stated on a line whose offsets were not kept (a table row, a front-matter todo, a heading's title). */
function lineAt(line: number, text: string): Provenance {
  return { basis: 'stated', line, endLine: line, start: null, end: null, text };
}

/** A code an overview table may name items by: "P0", "S12", "WP-3", "E1.2". */
const CODE = '[A-Z]{1,3}-?\\d{1,3}(?:\\.\\d{1,2})?';
const CODE_ID = new RegExp(`^${CODE}$`, 'u');
/** The code a heading starts with, set off from its title. */
const LEADING_CODE = new RegExp(`^(${CODE})(?=$|\\s|[:：.、)）\\]–—-])`, 'u');

/** Plain headings that start with a code an overview table declared ("## P0：基础设置") are the items it names. */
function promoteDeclared(sections: Section[], declared: ReadonlyMap<string, { kind: Section['kind']; word: Section['word']; at: Provenance | null }>): void {
  for (const s of sections) {
    if (s.kind !== 'section' || s.from !== undefined) continue;
    const m = LEADING_CODE.exec(s.title.replace(/^[\s*_]+/u, ''));
    const found = m ? declared.get(m[1]) : undefined;
    if (!m || !found) continue;
    s.kind = found.kind;
    s.word = found.word;
    s.id = m[1];
    s.about = null;
    s.provenance.kind = found.at;
    s.provenance.id = found.at;
  }
}

/**
 * "## Q1 2025" › "### 1. Feature Memory System (In Progress)", "#### Production Deployment (April 2025)": the work a
 * quarter holds, each with its own status or dates, is the quarter's items (unnamed). A heading that says neither is
 * only a part of the quarter's text.
 */
function promoteQuarterWork(sections: Section[]): void {
  for (const s of sections) {
    if (s.kind !== 'section' || s.from !== undefined || s.about || s.parent === null) continue;
    const holder = enclosingPlanItem(sections, s.index);
    if (holder?.kind !== 'quarter') continue;
    const ownStatus = s.status !== null && s.statusSource === 'heading';
    // Dates of its own: not the quarter again ("Original Plan (from Q1-2026-ROADMAP.md)"), not one day ("After
    // Epic-011 (2026-03-03)" says when something else happened).
    const p = s.period;
    const ownPeriod = p !== null && s.provenance.period?.line === s.line && !(p.unit === 'date' && (p.start === p.end || (holder.period?.unit === 'date' && p.start === holder.period.start && p.end === holder.period.end)));
    // A status alone promotes only a numbered heading: "🎯 Current Epics (In Progress)" is a lane of the quarter.
    if (!ownPeriod && !(ownStatus && /^\d{1,2}[.)]\s/u.test(s.title))) continue;
    promote(s, 'phase', 'phase', null, lineAt(holder.line, holder.title));
  }
}

/**
 * "## Phase 4: 記憶システム" › "### 4.1 連想記憶システム（Week 1-2）": a numbered part of a phase with its own dates is a
 * sub-phase (Phase 4.1) with its own place on the timeline. Without dates, such parts are the phase's sections.
 */
function promoteDatedParts(sections: Section[]): void {
  for (const s of sections) {
    if (s.kind !== 'section' || s.from !== undefined || s.about || s.parent === null || s.period === null) continue;
    if (s.provenance.period?.line !== s.line) continue;
    const parent = sections[s.parent];
    const whole = parent.kind === 'phase' ? /^(.*\S)\s+(\d{1,3})$/u.exec(parent.id ?? '') : null;
    const part = whole ? new RegExp(`^[\\s*_\\p{Extended_Pictographic}\ufe0f]*${whole[2]}\\.(\\d{1,2})(?![\\d.])`, 'u').exec(s.title) : null;
    if (!whole || !part) continue;
    promote(s, 'phase', parent.word, `${whole[1]} ${whole[2]}.${part[1]}`, lineAt(s.line, `${whole[2]}.${part[1]}`));
  }
}

/**
 * "## 0. Zero-Friction Setup", "## 1) Branding" … each over its own checklist, in a plan with no phase words: the
 * numbered sections are its phases, numbered as written. Three at least, numbered in a row, none inside a plan item
 * and none without tasks (numbered sections of prose are chapters).
 */
function promoteNumberedChecklists(sections: Section[]): void {
  for (const run of plainSiblingsTitled(sections, NUMBERED_TITLE)) {
    if (run.length < 3 || new Set(run.map((s) => s.level)).size !== 1) continue;
    const numbers = run.map((s) => Number(NUMBERED_TITLE.exec(s.title)![1]));
    if (numbers.some((n, i) => i > 0 && n !== numbers[i - 1] + 1)) continue;
    if (run.some((s) => enclosingPlanItem(sections, s.index) !== null || !hasTasksBelow(sections, s))) continue;
    // "## 1. Admin Dashboard (HIGH PRIORITY)", "## 3. Polish (MEDIUM PRIORITY)": areas of work by priority, not steps.
    if (run.some((s) => hasPriorityNote(s.title))) continue;
    run.forEach((s, i) => promote(s, 'phase', 'phase', String(numbers[i]), lineAt(s.line, s.title), lineAt(s.line, String(numbers[i]))));
  }
}

const NUMBERED_TITLE = /^(\d{1,2})[.)]\s+\S/u;
/**
 * "## P0：安全与可靠性基线", "### P1：AI 学习教练" … : tiers of work named P0, P1 …, two at least, counting up through the
 * document, are its phases, done in that order. Not inside a plan item or over one ("## 🔴 P0 — CRITICAL" ›
 * "### PHASE H1": the tier ranks the phases), not under a heading about priorities ("## Sprint 1 Priorities"), and not
 * when most of them are titled by an urgency alone ("P0 - Critical Blockers", "P1 - High Priority").
 */
function promotePriorityTiers(sections: Section[]): void {
  const tiers = sections.flatMap((s) => {
    if (s.kind !== 'section' || s.from !== undefined || s.about) return [];
    const tier = priorityTierIn(s.title);
    return tier ? [{ s, ...tier }] : [];
  });
  if (tiers.length < 2 || tiers.some((t, i) => i > 0 && t.tier <= tiers[i - 1].tier)) return;
  if (2 * tiers.filter((t) => t.urgent).length > tiers.length) return;
  const ranked = (t: { s: Section }): boolean =>
    enclosingPlanItem(sections, t.s.index) !== null || childItems(sections, t.s.index).length > 0 || (t.s.parent !== null && namesPriorities(sections[t.s.parent].title));
  if (tiers.some(ranked)) return;
  for (const { s, tier } of tiers) promote(s, 'phase', 'phase', `P${tier}`, lineAt(s.line, s.title), lineAt(s.line, `P${tier}`));
}


/** Plain headings (no item, about nothing) whose titles match `title`, grouped by the heading they stand under. */
function plainSiblingsTitled(sections: Section[], title: RegExp): Iterable<Section[]> {
  const byParent = new Map<number | null, Section[]>();
  for (const s of sections) {
    if (s.kind !== 'section' || s.from !== undefined || s.about || !title.test(s.title)) continue;
    pushTo(byParent, s.parent, s);
  }
  return byParent.values();
}

// "## 0.4 - Proper Catalog", "## 0.2 — device identity": a two-part version, a dash, its name.
const VERSION_DASH_TITLE = /^[\s*_]*(\d{1,2}\.\d{1,2})(?:\s+[-–—]\s+|:\s+)\S/u;
const VERSION_NAME_TITLE = /^[\s*_]*(\d{1,2}\.\d{1,2})(?:\s+\p{Lu}|[\s*_]*$)/u;

/**
 * Headings that each give a version and its name, side by side and inside no plan item, are the releases of the plan.
 * Under a phase the same form numbers the phase's parts ("### 2.1 — Circuit Breakers" under "## Phase 2"), so there
 * they stay sections.
 */
function promoteVersionHeadings(sections: Section[]): void {
  const forms: { title: RegExp; holds: (versions: string[]) => boolean }[] = [
    { title: VERSION_DASH_TITLE, holds: (versions) => versions.length >= 2 },
    // "## 0.1 Birth", "## 0.2 Personality" … "## 1.0 Stable Release": versions counted up from 0, each with a name.
    { title: VERSION_NAME_TITLE, holds: (versions) => versions.length >= 3 && versions.some((v) => v.startsWith('0.')) },
  ];
  for (const { title, holds } of forms) {
    for (const run of plainSiblingsTitled(sections, title)) {
      const versions = run.map((s) => title.exec(s.title)![1]);
      if (!holds(versions) || run.some((s) => enclosingPlanItem(sections, s.index) !== null)) continue;
      run.forEach((s, k) => promote(s, 'milestone', 'version', `v${versions[k]}`, lineAt(s.line, versions[k])));
    }
  }
}

// "### 0.2.1 Улучшенная поддержка OpenAPI" under "## v0.2 — …": a patch of that version.
const SUB_VERSION_TITLE = /^[\s*_]*v?(\d{1,3}\.\d{1,3})\.(\d{1,3})(?![\d.])(?=\s|[:：—–-]|$)/u;

/**
 * A list line or table row naming an item that a heading turned out to name once the headings were read whole
 * ("### 0.6.1 Union типы" under "## v0.6", then "1. **v0.6.1 (Union типы)** — Высокая ценность" in a list of where to
 * start) refers to that item; it is no second one. (Lines naming the items headings name outright are links already.)
 */
function dropRepeatedLineItems(sections: Section[]): void {
  const headed = new Map<string, number>();
  for (const s of sections) if (s.from === undefined && s.kind !== 'section' && s.id !== null && !headed.has(s.id)) headed.set(s.id, s.index);
  for (const s of sections) {
    const h = s.from !== undefined && s.kind !== 'section' && s.id !== null ? headed.get(s.id) : undefined;
    if (h !== undefined && s.from === 'table-row' && pointsAt(sections[h]) && isAncestor(sections, h, s.index)) demoteToAbout(sections[h]);
    else if (h !== undefined && !isAncestor(sections, h, s.index)) demoteToAbout(s);
  }
}

/** Headings numbered as patches of the version that encloses them are versions too ("## v0.2" › "### 0.2.1 …"). */
function promoteSubVersions(sections: Section[]): void {
  for (const s of sections) {
    if (s.kind !== 'section' || s.from !== undefined || s.about || s.parent === null) continue;
    const parent = sections[s.parent];
    const version = parent.kind === 'milestone' && parent.id !== null ? /^v?(\d{1,3}\.\d{1,3})$/u.exec(parent.id) : null;
    const m = version ? SUB_VERSION_TITLE.exec(s.title) : null;
    if (!m || m[1] !== version![1]) continue;
    promote(s, 'milestone', 'version', `v${m[1]}.${m[2]}`, lineAt(s.line, `${m[1]}.${m[2]}`));
  }
}

function hasTasksBelow(sections: Section[], s: Section): boolean {
  return s.tasks.length > 0 || s.children.some((c) => hasTasksBelow(sections, sections[c]));
}

/** Plain headings that start with a code under a heading that lists items ("## Фазы v3" › "### V3-0. Baseline"). */
function promoteListed(sections: Section[]): void {
  for (const s of sections) {
    if (s.kind !== 'section' || s.from !== undefined || s.parent === null) continue;
    const parent = sections[s.parent];
    const listed = parent.kind === 'section' ? pluralPlanTitle(parent.title) : null;
    const code = listed ? leadingCodeIn(s.title, listed.kind === 'milestone') : null;
    if (!listed || !code) continue;
    promoteTo(s, parent, listed, code);
  }
  promoteNumbered(sections);
}

function promoteTo(s: Section, parent: Section, listed: { kind: 'phase' | 'milestone'; word: PlanWord }, code: string): void {
  s.kind = listed.kind;
  s.word = listed.word;
  s.id = code;
  s.about = null;
  s.provenance.kind = lineAt(parent.line, parent.title);
  s.provenance.id = lineAt(s.line, code);
}

/**
 * "## Этапы и критерии выхода" › "### 0. Foundation": headings numbered under a list of items (two or more, counting
 * up, none of them an item already) are the items of those numbers ("Этап 0"). The next section may carry the count on
 * ("## После текущей итерации" › "### 6. …" after "### 5. …"): its headings are items of the same list. Not under the
 * document's title ("# MILESTONES.md" › "## 1. How to use this file"), whose numbers number its sections.
 */
function promoteNumbered(sections: Section[]): void {
  let run: { at: number; level: number; listed: { kind: 'phase' | 'milestone'; word: PlanWord; one: string }; next: number } | null = null;
  sections.forEach((parent, at) => {
    if (parent.kind !== 'section' || parent.level < 2) return;
    const numbered = numberedChildren(sections, parent);
    if (!numbered) return;
    const carried = run !== null && run.level === parent.level && numbered[0].n === run.next && sections.slice(run.at + 1, at).every((x) => x.level > parent.level);
    const listed = pluralPlanTitle(parent.title) ?? (carried ? run!.listed : null);
    if (!listed) return;
    for (const { s, n } of numbered) promoteTo(s, parent, listed, normaliseId(`${listed.one} ${n}`) ?? `${listed.one} ${n}`);
    run = { at, level: parent.level, listed, next: numbered[numbered.length - 1].n + 1 };
  });
}

/** A heading's children numbered one after another ("0. Foundation", "1. Media"), when two or more are and none is an item. */
function numberedChildren(sections: Section[], parent: Section): { s: Section; n: number }[] | null {
  const kids = parent.children.map((c) => sections[c]);
  if (kids.some((k) => k.kind !== 'section')) return null;
  const numbered = kids.flatMap((s) => {
    const n = s.from === undefined ? leadingNumberIn(s.title) : null;
    return n === null ? [] : [{ s, n }];
  });
  if (numbered.length < 2 || numbered.some((x, i) => i > 0 && x.n !== numbered[i - 1].n + 1)) return null;
  return numbered;
}

const MONTH_NAME = `(?:${alternation(MONTH_NAMES.flat().filter((n) => n.length > 3 || n === 'may'))})`;
const MONTH_NAMES_RE = new RegExp(MONTH_NAME, 'giu');

/** The months a title names ("January", "September - October"), in the one year that puts them inside start..end. */
function monthsWithin(title: string, start: string, end: string): Period | null {
  const names = title.toLowerCase().match(MONTH_NAMES_RE) ?? [];
  const [first, last] = [monthNumber(names[0] ?? ''), monthNumber(names[names.length - 1] ?? '')];
  if (first === 0 || last === 0 || last < first) return null;
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    const from = monthRange(first, year).start;
    const to = monthRange(last, year).end;
    if (compareIso(from, start) >= 0 && compareIso(to, end) <= 0) return { unit: 'date', start: from, end: to, precision: 'month', source: 'heading' };
  }
  return null;
}
// "January", "September - October", "✅ January: Foundation & Security Baseline": a month (or two), perhaps named.
const MONTH_ONLY_TITLE = new RegExp(`^[\\s*_\\p{Extended_Pictographic}\ufe0f]*(${MONTH_NAME}(?:\\s*[-–—]\\s*${MONTH_NAME})?)(?:[\\s*_]*$|\\s*[:：]\\s*\\S|\\s+[—–]\\s+\\S)`, 'iu');

/**
 * "## Q1: Foundation" under "# Feature Roadmap: 2025" is the first quarter of 2025: a quarter without its year takes
 * the one year a heading above it names (none, or two, and it stays a quarter of no known year).
 */
/** A plan item with no tasks and no stated status takes its status from the plan items under it. */
function statusFromChildItems(sections: Section[]): void {
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i];
    if (s.status !== null || s.kind === 'section') continue;
    const statuses = childItems(sections, i).map((c) => sections[c].status);
    if (statuses.length === 0) continue;
    // Children that say nothing leave the item undecided, unless others show it started: then it is under way.
    if (statuses.some((x) => x === null) && !statuses.some((x) => x === 'done' || x === 'in-progress')) continue;
    const status = statusOfParts(statuses);
    setStatus(s, status, 'tasks');
    s.provenance.status = DERIVED;
  }
}

function yearBareQuarters(sections: Section[]): void {
  for (const s of sections) {
    // "## QUARTER 1: 2026": a quarter named with its year is that quarter, whatever other words the heading holds.
    const named = s.kind === 'quarter' && s.period === null ? /^Q([1-4]) ((?:19|20)\d{2})$/u.exec(s.id ?? '') : null;
    if (named) {
      const range = quarterRange(Number(named[1]) as 1 | 2 | 3 | 4, Number(named[2]));
      s.period = { unit: 'date', start: range.start, end: range.end, precision: 'quarter', source: 'heading' };
      s.provenance.period = s.provenance.id;
      continue;
    }
    // "## Q1 (January - March 2025)": the quarter's own months name its year.
    const own = s.kind === 'quarter' && s.period?.unit === 'date' ? /^Q([1-4])$/u.exec(s.id ?? '') : null;
    if (own && s.period?.unit === 'date') {
      const range = quarterRange(Number(own[1]) as 1 | 2 | 3 | 4, Number(s.period.start.slice(0, 4)));
      if (range.start === s.period.start && range.end === s.period.end) s.id = `Q${own[1]} ${s.period.start.slice(0, 4)}`;
      continue;
    }
    const q = s.kind === 'quarter' && s.period === null ? /^Q([1-4])$/u.exec(s.id ?? '') : null;
    if (!q) continue;
    for (let p = s.parent; p !== null; p = sections[p].parent) {
      const years = new Set(sections[p].title.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu) ?? []);
      if (years.size === 0) continue;
      if (years.size > 1) break;
      const year = Number([...years][0]);
      const range = quarterRange(Number(q[1]) as 1 | 2 | 3 | 4, year);
      s.id = `Q${q[1]} ${year}`;
      s.period = { unit: 'date', start: range.start, end: range.end, precision: 'quarter', source: 'heading' };
      s.provenance.period = { ...lineAt(sections[p].line, sections[p].title), basis: 'derived' };
      break;
    }
  }
}

/** A numbered plain heading right under a plan item ("### 4.3 Configuration File Support"): one of its steps. */
function isStepHeading(sections: Section[], c: Section): boolean {
  return c.kind === 'section' && c.from === undefined && c.parent !== null && sections[c.parent].kind !== 'section' && /^\d{1,3}(?:\.\d{1,3})+\.?\s/u.test(c.title);
}

function isAllStruck(p: Progress | null): boolean {
  return p !== null && p.total >= 2 && p.done === p.total;
}

/** Appends to the list a map keeps under `key` (in place: copying it per value made many values quadratic). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Lines struck out before a document reads as one that strikes out its done work (one may be a correction). */
const MIN_STRUCK = 3;

/** A section's emoji marks, and for a plan item those of the plain sections under it too. */
function marksUnder(sections: Section[], facts: readonly SectionFacts[], index: number, which: 'marks' | 'struck' = 'marks'): (Progress & { styled: number }) | null {
  let done = 0;
  let total = 0;
  let styled = 0;
  const stack = [index];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (i !== index && sections[i].kind !== 'section') continue;
    done += facts[i][which]?.done ?? 0;
    total += facts[i][which]?.total ?? 0;
    styled += facts[i].styledMarks ?? 0;
    if (sections[index].kind !== 'section') stack.push(...sections[i].children);
  }
  return total > 0 ? { done, total, styled } : null;
}

/** The bucket a plan item is filed in: the nearest plain section above it that is one, below any enclosing item. */
function bucketOf(
  sections: Section[],
  facts: readonly SectionFacts[],
  groups: ReadonlyMap<number, { status: Status; at: Provenance }>,
  s: Section,
): { status: Status; at: Provenance } | null {
  for (let p = s.parent; p !== null && sections[p].kind === 'section'; p = sections[p].parent) {
    const group = groups.get(p);
    if (group) return group;
  }
  // "## Next Phases" with nothing under it, then "## Phase 4", "## Phase 5" beside it: the bucket heads the items that
  // follow it at its own level.
  for (let i = s.index - 1; i >= 0; i--) {
    const o = sections[i];
    if (o.level > s.level) continue;
    if (o.level < s.level) return null;
    if (o.kind !== 'section') continue;
    const group = groups.get(o.index);
    const empty = o.children.length === 0 && !facts[o.index].content;
    return group && empty ? group : null;
  }
  return null;
}

/** The nearest plan items under a section: its child items, and the items under its plain child sections. */
function childItems(sections: Section[], index: number): number[] {
  const out: number[] = [];
  for (const c of sections[index].children) {
    if (sections[c].kind !== 'section') out.push(c);
    else out.push(...childItems(sections, c));
  }
  return out;
}

/**
 * Ids are unique where the document means distinct items: "Phase 1" under v1.0 and "Phase 1" under v1.2 become
 * "v1.0 / Phase 1" and "v1.2 / Phase 1". Where the enclosing items do not tell them apart, the repetition stays for
 * the health checks to report.
 */
function qualifyRepeatedIds(sections: Section[], scopes: ReadonlyMap<number, string>): void {
  // "Phase 01" and "Phase 1" name one id; each keeps its spelling when qualified.
  const key = (id: string): string => id.replace(/(^|[^\d.])0+(?=\d)/gu, '$1');
  const byId = new Map<string, number[]>();
  for (const s of sections) if (s.id !== null && s.kind !== 'section') pushTo(byId, key(s.id), s.index);
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    const qualifiers = group.map((i) => {
      let q: string | null = scopes.get(i) ?? null;
      for (let p = sections[i].parent; p !== null; p = sections[p].parent) {
        if (sections[p].id !== null && sections[p].kind !== 'section') {
          q = sections[p].id;
          break;
        }
      }
      // "## v0.9.9" › "### 0.9.9 — Threat Engine": the item restated under itself is not told apart by itself.
      return q !== null && key(q) === key(sections[i].id!) ? null : q;
    });
    // Workstreams laid out in the same items ("Bitcoin Integration / Q1 2025", "Web5 & DID / Q1 2025").
    if (qualifiers.every((q) => q === null)) {
      const lanes = group.map((i) => laneTitle(sections, sections[i]));
      // sameLanes holds only between sibling lanes, so every lane shares the first one's parent.
      const grid = lanes.every((l) => l !== null) && new Set(lanes).size === lanes.length;
      if (grid && group.every((i, k) => sameLanes(sections, sections[sections[i].parent!], sections[group[k === 0 ? 1 : 0]]))) {
        group.forEach((i, k) => (sections[i].id = `${lanes[k]} / ${sections[i].id}`));
        continue;
      }
    }
    // One member may stand at the top (no enclosing item): the others are told apart from it by their own.
    const named = qualifiers.filter((q) => q !== null);
    if (group.length - named.length > 1 || new Set(named).size !== named.length) {
      // "## Phase 1 v0", "## Phase 1 v0.5": the version written after the id tells them apart.
      const versions = group.map((i) => versionAfterId(sections[i]));
      if (versions.every((v) => v !== null) && new Set(versions).size === versions.length) group.forEach((i, k) => (sections[i].id = `${sections[i].id} / ${versions[k]}`));
      continue;
    }
    group.forEach((i, k) => {
      if (qualifiers[k] !== null) sections[i].id = `${qualifiers[k]} / ${sections[i].id}`;
    });
  }
}

/** The version written right after a section's id: "Phase 1 v0.5 — DaaS extract" → "v0.5". */
function versionAfterId(s: Section): string | null {
  const at = idAt(s);
  if (at < 0) return null;
  const m = /^\s+(v\d{1,3}(?:\.\d{1,4}){0,2})(?![\p{L}\p{N}.])/u.exec(s.title.slice(at + s.provenance.kind!.text.length));
  return m ? m[1] : null;
}

const CAUSE_TEXT: Record<PartialCause, string> = {
  nesting: 'nesting too deep',
  delimiters: 'too many unclosed emphasis, code or link markers',
  size: 'a block too long to parse in one piece',
  document: 'past what one parse reads of a document this long',
  time: 'a parse that ran over its time',
};

/** One English line for logs and the CLI: "lines 3-1500 read by a line scan (nesting too deep)". */
function partialReason(ranges: readonly PartialRange[]): string {
  const first = ranges[0];
  const where = first.line === first.endLine ? `line ${first.line}` : `lines ${first.line}-${first.endLine}`;
  const more = ranges.length > 1 ? ` and ${ranges.length - 1} more range${ranges.length > 2 ? 's' : ''}` : '';
  return `${where}${more} read by a line scan (${CAUSE_TEXT[first.cause]}); tasks there may be incomplete`;
}

/** Parents, children, roots and end lines from heading levels. */
function linkSections(sections: Section[], lineCount: number): number[] {
  const roots: number[] = [];
  const stack: Section[] = [];
  for (const s of sections) {
    while (stack.length > 0 && stack[stack.length - 1].level >= s.level) stack.pop()!.endLine = s.line - 1;
    const parent = stack[stack.length - 1];
    if (parent) {
      s.parent = parent.index;
      parent.children.push(s.index);
    } else {
      roots.push(s.index);
    }
    stack.push(s);
  }
  for (const s of stack) s.endLine = Math.max(s.line, lineCount);
  // A list line or table row item ends on its own line (its task's last line is set once tasks are known).
  for (const s of sections) if (s.from !== undefined) s.endLine = s.line;
  return roots;
}

function setStatus(section: Section, status: Status | null, source: StatusSource | null): void {
  section.status = status;
  section.statusSource = status ? source : null;
}

/** The status of a whole from its parts' (child items, a status table's rows): all done → done, any done or under way → in progress, all blocked → blocked, else planned. */
function statusOfParts(statuses: readonly (Status | null)[]): Status {
  if (statuses.every((x) => x === 'done')) return 'done';
  if (statuses.some((x) => x === 'done' || x === 'in-progress')) return 'in-progress';
  return statuses.every((x) => x === 'blocked') ? 'blocked' : 'planned';
}

/** All done → done, some → in progress, none → planned; a section without tasks says nothing. */
export function statusFromProgress(progress: Progress): Status | null {
  if (progress.total === 0) return null;
  if (progress.done === progress.total) return 'done';
  return progress.done > 0 ? 'in-progress' : 'planned';
}

export function deriveStatus(section: Section): void {
  setStatus(section, statusFromProgress(section.progress), 'tasks');
  section.provenance = { ...section.provenance, status: section.status ? DERIVED : null };
}

const DERIVED: Provenance = { basis: 'derived', line: null, endLine: null, start: null, end: null, text: '' };

interface StatusRow {
  status: Status;
  at: Provenance;
}

const BARE_PERCENT = /^[\s*_]*\d{1,3}(?:[.,]\d+)?\s*%[\s*_]*$/u;

/** Rows of status tables, keyed by the id or the lower-cased text of their first cell. */
function indexStatusTables(tables: { table: ChunkTable; rows: Provenance[] }[]): Map<string, StatusRow> {
  const index = new Map<string, StatusRow>();
  for (const { table, rows } of tables) {
    const column = statusColumnOf(table.header);
    const plan = planColumnIn(table.header);
    table.rows.forEach((row, r) => {
      if (row.length < 2 || row[0] === '') return;
      let found: { status: Status; words: string } | null = null;
      if (column > 0) found = statusAt(row[column] ?? '');
      // Without a status column, a bare share ("| Phase 1: Foundation | 49 | 18% |" under "% Gesamt") is a part of
      // the whole, not progress.
      else for (let c = 1; c < row.length && found === null; c++) found = BARE_PERCENT.test(row[c]) ? null : statusAt(row[c]);
      if (!found) return;
      const at = { ...rows[r], text: `${row[0]} | ${found.words}` };
      // "| 2. Time Decay Engine | 0/1 | Planned |" under "Phase" names Phase 2 (GSD's Progress table).
      const named = plan ? tableCellId(row[plan.column] ?? '', plan.text).id : null;
      const keys = [normaliseId(row[0]), named, 'title:' + titleKey(row[0])];
      for (const key of keys) if (key && !index.has(key)) index.set(key, { status: found.status, at });
    });
  }
  return index;
}

/**
 * Status tables that list a plan item's own work ("| Deliverable | Description | Status |" right under "### Milestone
 * 1"): the item stands or falls with its rows (all done → done, some started → in progress, none → planned). Tables
 * whose rows are plan items themselves, and tables with rows that state no status, say nothing of the item.
 */
function ownStatusTables(tables: { table: ChunkTable; rows: Provenance[] }[], sections: Section[]): Map<number, StatusRow> {
  const found = new Map<number, { statuses: Status[]; first: Provenance; last: Provenance; header: string }>();
  // A heading, or a line that names an item right above its table ("Q1 2025 (Jan – Mar)" over its issues).
  const headings = sections.filter((s) => s.from !== 'table-row');
  const rowItemLines = new Set(sections.filter((s) => s.from === 'table-row').map((s) => s.line));
  for (const { table, rows } of tables) {
    // A table whose rows are plan items speaks for them, not for the heading above (a "Semana" column of day
    // ranges names no items: its rows are that heading's activities).
    if (rows.length === 0 || rows.some((r) => r.line !== null && rowItemLines.has(r.line))) continue;
    const column = statusColumnOf(table.header);
    if (column <= 0) continue;
    const line = rows[0].line ?? 0;
    let lo = 0;
    let hi = headings.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (headings[mid].line < line) lo = mid;
      else hi = mid - 1;
    }
    let owner: Section | undefined = headings[lo];
    if (!owner || owner.line >= line) continue;
    // A plain section inside an item (a work package "F0.1 - Configuración" under "FASE 0") speaks for that item.
    while (owner.kind === 'section' && owner.parent !== null) owner = sections[owner.parent]!;
    if (owner.kind === 'section') continue;
    // A row cut short before its status cell says nothing; a cell that says something unreadable spoils the table.
    const cells = table.rows.map((row) => (row[column] ?? '').trim()).filter((cell) => cell !== '');
    const statuses = cells.map((cell) => statusAt(cell)?.status ?? null);
    if (statuses.length === 0 || statuses.some((x) => x === null)) continue;
    const seen = found.get(owner.index);
    if (seen) {
      seen.statuses.push(...(statuses as Status[]));
      seen.last = rows[rows.length - 1];
    } else found.set(owner.index, { statuses: statuses as Status[], first: rows[0], last: rows[rows.length - 1], header: table.header[column].trim() });
  }
  const out = new Map<number, StatusRow>();
  for (const [index, { statuses, first, last, header }] of found) {
    out.set(index, { status: statusOfParts(statuses), at: { basis: 'derived', line: first.line, endLine: last.endLine, start: first.start, end: last.end, text: header } });
  }
  return out;
}

/**
 * "| Phase | Estimated Time | Dependencies |" › "| Phase 0: Setup | 1-2 days | None |": a table of the items' lengths
 * gives each item it names the length (a range its upper end, as "Duration: 1-2 days" does), where the item states
 * neither a period nor a length of its own.
 */
function durationsFromTables(sections: Section[], tables: { table: ChunkTable; rows: Provenance[] }[], durationAt: (Provenance | null)[]): void {
  const byId = new Map<string, { days: number; at: Provenance }>();
  for (const { table, rows } of tables) {
    const key = (c: number): string => table.header[c].replace(/[*_`]/gu, '').trim();
    const column = table.header.findIndex((_, c) => durationDaysIn(`${key(c)}: 1 day`) !== null);
    if (column < 0) continue;
    const plan = planColumnIn(table.header);
    table.rows.forEach((row, r) => {
      // "~8+ weeks" has no end: no length.
      const cell = row[column] ?? '';
      const days = /\d\s*\+/u.test(cell) ? null : durationDaysIn(`${key(column)}: ${cell}`);
      const id = plan && plan.column !== column ? tableCellId(row[plan.column] ?? '', plan.text).id : normaliseId(row[0] ?? '');
      if (days !== null && id !== null && !byId.has(id)) byId.set(id, { days, at: { ...rows[r], text: row[column] } });
    });
  }
  if (byId.size === 0) return;
  for (const s of sections) {
    if (s.kind === 'section' || s.id === null || s.period || s.days || s.durationDays || s.durationWeeks) continue;
    const found = byId.get(s.id);
    if (!found) continue;
    s.durationDays = found.days;
    durationAt[s.index] = found.at;
  }
}

function tableStatus(index: Map<string, StatusRow>, s: Section): StatusRow | null {
  if (index.size === 0) return null;
  const byId = s.id ? index.get(s.id) : undefined;
  if (byId) return byId;
  return index.get('title:' + titleKey(s.title)) ?? index.get('title:' + titleKey(titleCore(s))) ?? null;
}

function titleKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The title without its id prefix and trailing parenthetical notes: "Phase 1: Setup (Weeks 1-3)" → "Setup". */
function titleCore(s: Section): string {
  let t = s.title;
  if (s.id) {
    const at = t.toLowerCase().indexOf(s.id.toLowerCase());
    if (at >= 0 && at < 4) t = t.slice(at + s.id.length);
  }
  t = t.replace(/^[\s:：.\-–—]+/, '');
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(/\s*[([][^()[\]]*[)\]]\s*$/, '');
  }
  return t.trim();
}

function timelinePeriod(timeline: Located<TimelineEntry>[], s: Section): Located<TimelineEntry> | null {
  if (timeline.length === 0) return null;
  if (s.id) {
    const byId = timeline.find((e) => normaliseId(e.value.label) === s.id);
    if (byId) return byId;
  }
  const core = titleKey(titleCore(s));
  if (core === '') return null;
  return timeline.find((e) => titleKey(e.value.label) === core) ?? null;
}

/**
 * Relative weeks take their calendar from the nearest dated ancestor: the weeks of a month are its days 1-7, 8-14, …
 * (`weeksOfMonth`), other weeks count by the one rule in periods.ts (`weekAnchorWithin`); weeks that fit no reading of that ancestor stay relative rather than be drawn where the
 * document never put them ("Weeks 30-32" under "Q1 2024" is not July). Weeks under no dated item count from the day the
 * document says week 1 starts, if it says one.
 */
function anchored(written: (Period | null)[], sections: Section[], index: number, weekOne: string | null): Period | null {
  const period = written[index];
  if (period === null || period.unit !== 'week') return period;
  for (let p = sections[index].parent; p !== null; p = sections[p].parent) {
    const anchor = written[p];
    if (anchor?.unit !== 'date') continue;
    const inMonth = weeksOfMonth(period, anchor);
    if (inMonth) return inMonth;
    const start = weekAnchorWithin(anchor, period);
    return start === null ? period : anchorWeeks(period, start, anchor.precision);
  }
  return weekOne ? anchorWeeks(period, weekOne) : period;
}
