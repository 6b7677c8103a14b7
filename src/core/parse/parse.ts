// Parsing a roadmap: split at top-level headings (split.ts), parse each chunk with remark, extract what the model
// needs (then drop the mdast: a whole-document tree for 100k tasks weighs gigabytes), cache the extract by the
// chunk's text, and assemble the model (buildModel.ts). Unchanged chunks are never parsed again; their positions
// are stored relative to the chunk, so an edit elsewhere only shifts them.
//
// Each chunk is parsed with the next chunk's heading line appended. If that line does not come out as a top-level
// heading (an HTML block or fence the scan misread swallowed it), the boundary was wrong and the two chunks are
// parsed as one: the result never depends on the scan being right.
//
// Link reference definitions are document-wide in CommonMark, so every definition line the scan found is appended
// to every chunk, after a blank line and past the chunk's end, where it resolves `[Title]` without moving anything.
// Known difference from one whole parse: when one label is defined twice, a chunk that holds the later definition
// resolves with its own (the whole document would use the earlier one). Titles only need plain text, so at worst
// the plain text of such a link differs.
import type { List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import {
  dependenciesIn,
  finishedStampIn,
  leadingStatusAt,
  planColumnIn,
  numberColumnIn,
  idColumnIn,
  isPlanTitle,
  normaliseId,
  cellStatusAt,
  weeksUnder,
  trailingBoxAt,
  type PlanColumn,
  isTotalCell,
  isWeekdayCell,
  cellItemIn,
  idByWordIn,
  priorityIn,
  readHeading,
  readListItem,
  readNumberedTasks,
  milestoneListTitle,
  namedMilestoneIn,
  dayFirstLanguage,
  emojiMarkIn,
  groupStatusAt,
  laneLabelAt,
  statusAt,
  statusLineAt,
  tableCellId,
  versionStatus,
  type HeadingReading,
  isDependencyLine,
  isSentenceAboutItem,
  trailingEmojiOf,
  isCriteriaLabel,
  otherMWordIn,
  codeStatusIn,
  statusColumnOf,
  statusKeyIn,
  doneSuffixIn,
} from '../language/classify';
import {
  buildModelInSteps,
  deriveStatus,
  statusFromProgress,
  type ChunkData,
  type ChunkHeading,
  type ChunkLineItem,
  type ChunkTable,
  type ChunkTask,
  type ParsedChunk,
  type SectionFacts,
  type TimelineEntry,
} from './buildModel';
import { CHUNK_OVERHEAD, DOCUMENT_BUDGET, overBudget, type PartialCause } from './budget';
import { lineReadChunk } from './lineRead';
import { lineContentEnd, splitLines } from './lines';
import { collapseWhitespace, parseMarkdown, plainText, visibleText, type TaskBox } from './markdown';
import type { Period, RoadmapDocument, Section, SectionKind, Status, Task, TextEdit } from '../model';
import {
  addDays,
  dateOrderOf,
  durationDaysIn,
  durationKeyPeriodIn,
  durationStartIn,
  periodLabelIn,
  weekOneIn,
  durationWeeksIn,
  findPeriod,
  relativeDaysIn,
  durationKeyDaysIn,
  timelineEntryIn,
  titleDurationDaysIn,
  dateSpanOf,
  monthOnlyIn,
  weeksOfMonth,
  type DateContext,
} from '../language/periods';
import { LineIndex, spanOf, type Span } from './spans';
import { scanInSteps, type Chunk } from './split';
import { runToEnd } from './steps';

/** Parse the whole text, no cache. */
export function parseRoadmap(text: string): RoadmapDocument {
  return new RoadmapParser().parse(text);
}

interface Part extends ParsedChunk {
  /** The cache key: the parse input, or the line reader's, with a tag in front where the reading depends on more. */
  key: string;
  /** Where the chunk's own text starts in `key`. */
  chunkAt: number;
  /** Parse inputs of this (merged) chunk whose next heading did not come out as a heading: merges, not parses. */
  merges?: { key: string; chunkAt: number; length: number }[];
}

/** Cache key tags: a chunk read line by line, a piece of a section whose title says Timeline. */
const LINE_READ = '\u0000line:';
const IN_TIMELINE = '\u0000timeline\u0000';
// Numeric dates read by the document's order: a chunk read under one order is not reused under another.
const ORDER_KEY: Record<'dmy' | 'mdy', string> = { dmy: '\u0000dmy\u0000', mdy: '\u0000mdy\u0000' };
// Days written without a year take it from the span of the document's dates: such a chunk is read under one span.
const spanKey = (dates: DateContext, input: string): string =>
  dates.span && /\d\s*\/\s*\d/u.test(input) ? `\u0000span:${dates.span.start}:${dates.span.end}\u0000` : '';

interface LastParse {
  doc: RoadmapDocument;
  parts: Part[];
  textLength: number;
}

/** One per document: holds the chunk cache between versions of the text. */
export class RoadmapParser {
  private cache = new Map<string, ChunkData>();
  /** Each chunk text's route (null: remark + GFM), so an unchanged chunk is not estimated again. */
  private routes = new Map<string, PartialCause | null>();
  /** Parse inputs known to need merging with the next chunk (see Part.merges), so they are not parsed again. */
  private merges = new Set<string>();
  private last: LastParse | null = null;
  /** What the latest parse did: chunks in the text, and how many of them remark had to parse. */
  stats = { chunks: 0, parsed: 0 };

  /** Parse `text`, reusing every chunk that did not change since the previous call. */
  parse(text: string): RoadmapDocument {
    return runToEnd(this.parseInSlices(text, Number.POSITIVE_INFINITY));
  }

  /**
   * The same parse in slices: yields after roughly `budgetMs` of work so a host can `await` between slices.
   * A slice is at least one chunk; chunks are bounded (long sections are cut into pieces at column-0 list items,
   * split.ts), and a chunk that remark + GFM could not parse within budget is read by the line reader instead
   * (budget.ts, lineRead.ts), so no slice runs long on any input. The model then says `partial`.
   */
  *parseInSlices(text: string, budgetMs = 30): Generator<void, RoadmapDocument, void> {
    const clock = { sliceStart: performance.now() };
    const scan = yield* withinBudget(scanInSteps(text), clock, budgetMs);
    const definitions = scan.definitions.length > 0 ? '\n' + scan.definitions.join('\n') + '\n' : '';
    const chunks = scan.chunks;
    const dateOrder = dateOrderOf(text, dayFirstLanguage(text));
    const order: DateContext = { order: dateOrder, span: dateSpanOf(text) };
    const parts: Part[] = [];
    const kept = new Map<string, ChunkData>();
    const keptRoutes = new Map<string, PartialCause | null>();
    const keptMerges = new Set<string>();
    const routeOf = (chunkText: string): PartialCause | null => {
      let route = keptRoutes.get(chunkText) ?? this.routes.get(chunkText);
      if (route === undefined) route = overBudget(chunkText);
      keptRoutes.set(chunkText, route);
      return route;
    };
    let remarkBudget = DOCUMENT_BUDGET;
    let parsed = 0;
    for (let i = 0; i < chunks.length; ) {
      if (performance.now() - clock.sliceStart >= budgetMs) {
        yield;
        clock.sliceStart = performance.now();
      }
      let chunk = chunks[i];
      let j = i + 1;
      const merges: NonNullable<Part['merges']> = [];
      const withMerges = (part: Part): Part => (merges.length > 0 ? { ...part, merges } : part);
      for (;;) {
        const cause = routeOf(chunk.text) ?? (chunk.text.length + CHUNK_OVERHEAD > remarkBudget ? 'document' : null);
        if (cause !== null) {
          const key = LINE_READ + cause + '\u0000' + chunk.text;
          let data = kept.get(key) ?? this.cache.get(key);
          if (!data) data = yield* withinBudget(lineReadChunk(chunk.text, cause), clock, budgetMs);
          kept.set(key, data);
          parts.push(withMerges({ chunk, data, key, chunkAt: key.length - chunk.text.length }));
          break;
        }
        // A piece of a long section starts at a list item, which needs no confirming; a heading does.
        const next = j < chunks.length && chunks[j].continues === undefined ? chunks[j] : undefined;
        const inTimeline = chunk.continues !== undefined && TIMELINE_TITLE.test(chunk.continues);
        const input = parseInput(chunk, next, definitions);
        const key = (inTimeline ? IN_TIMELINE : '') + (dateOrder ? ORDER_KEY[dateOrder] : '') + spanKey(order, input) + input;
        const chunkAt = key.length - input.length + guardLength(input, chunk);
        if (next && (keptMerges.has(key) || this.merges.has(key))) {
          keptMerges.add(key);
          merges.push({ key, chunkAt, length: chunk.text.length });
          chunk = mergeChunks(chunk, next);
          j++;
          continue;
        }
        const cached = kept.get(key) ?? this.cache.get(key);
        if (cached) {
          kept.set(key, cached);
          parts.push(withMerges({ chunk, data: cached, key, chunkAt }));
          remarkBudget -= chunk.text.length + CHUNK_OVERHEAD;
          break;
        }
        const root = parseMarkdown(input);
        parsed++;
        if (next && !headingAtLine(root, chunk.lineCount + 1)) {
          keptMerges.add(key);
          merges.push({ key, chunkAt, length: chunk.text.length });
          chunk = mergeChunks(chunk, next);
          j++;
          continue;
        }
        const data = extractChunk(root, key.slice(chunkAt), chunk.lineCount, inTimeline, order);
        kept.set(key, data);
        parts.push(withMerges({ chunk, data, key, chunkAt }));
        remarkBudget -= chunk.text.length + CHUNK_OVERHEAD;
        break;
      }
      i = j;
    }
    this.cache = kept;
    this.routes = keptRoutes;
    this.merges = keptMerges;
    this.stats = { chunks: parts.length, parsed };
    const doc = yield* withinBudget(buildModelInSteps(parts, scan, weekOneIn(text, order)), clock, budgetMs);
    this.last = { doc, parts, textLength: text.length };
    return doc;
  }

  /**
   * A toggle changes one box character whose position the model knows: patch the model instead of parsing.
   * `text` is the document either just before or just after the edits. Returns undefined (parse instead) unless
   * `doc` is this parser's latest model and every edit replaces exactly one known task's box with ' ', 'x' or 'X'.
   */
  applyToggle(doc: RoadmapDocument, text: string, edits: TextEdit[]): RoadmapDocument | undefined {
    const last = this.last;
    if (!last || last.doc !== doc || text.length !== last.textLength || edits.length === 0) return undefined;
    const changes = new Map<number, string>();
    for (const edit of edits) {
      if (edit.length !== 1 || !/^[ xX]$/.test(edit.text)) return undefined;
      const task = taskAtOffset(doc.tasks, edit.offset);
      if (!task || changes.has(task.index)) return undefined;
      const now = text[edit.offset];
      const before = task.checked ? now === 'x' || now === 'X' : now === ' ';
      if (!before && now !== edit.text) return undefined;
      changes.set(task.index, edit.text);
    }

    // A list-line plan item's state is its box: a full parse re-reads it.
    // Where the reading lends, groups or weighs statuses (buckets, parents, summary lines, tables, child items), a
    // box can change more than counts: the caller parses then (the toggled chunk alone).
    if (!patchable(doc, [...changes.keys()]) || !toggleKeepsStatuses(doc)) return undefined;

    const parts = last.parts.slice();
    for (const [index, box] of changes) {
      const task = doc.tasks[index];
      const p = partAtOffset(parts, task.offset);
      const part = parts[p];
      const at = task.offset - part.chunk.startOffset;
      const local = part.data.tasks.findIndex((t) => t.offset === at);
      // A box that is a line ending (`- [\n] b`) moves every later line when it becomes `x`: parse instead.
      if (local < 0 || !/^[ \txX]$/.test(part.chunk.text[at])) return undefined;
      const inKey = at + part.chunkAt;
      const key = part.key.slice(0, inKey) + box + part.key.slice(inKey + 1);
      const tasks = part.data.tasks.slice();
      tasks[local] = { ...tasks[local], checked: box !== ' ' };
      const data: ChunkData = { ...part.data, tasks };
      const chunkText = part.chunk.text.slice(0, at) + box + part.chunk.text.slice(at + 1);
      // The merges this chunk went through hold the box too when it lies in their part of the text.
      const merges = part.merges?.map((m) => (at < m.length ? { ...m, key: m.key.slice(0, at + m.chunkAt) + box + m.key.slice(at + m.chunkAt + 1) } : m));
      for (const m of merges ?? []) this.merges.add(m.key);
      parts[p] = { chunk: { ...part.chunk, text: chunkText }, data, key, chunkAt: part.chunkAt, ...(merges ? { merges } : {}) };
      this.cache.set(key, data);
    }

    const patched = patchModel(doc, new Map([...changes].map(([i, box]) => [i, box !== ' '])));
    this.last = { doc: patched, parts, textLength: last.textLength };
    return patched;
  }
}

/** Runs `steps`, passing a pause on to the caller only once the current slice has used its budget. */
function* withinBudget<T>(steps: Generator<void, T, void>, clock: { sliceStart: number }, budgetMs: number): Generator<void, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - clock.sliceStart >= budgetMs) {
      yield;
      clock.sliceStart = performance.now();
    }
  }
}

/**
 * The text remark sees for a chunk: the chunk, the next heading line (to confirm the boundary), definitions.
 * micromark drops one byte-order mark at the start of its input; the scan has already dropped the document's, so a
 * chunk that still starts with U+FEFF gets a mark in front for micromark to drop (`\uFEFF\uFEFF#` is no heading),
 * and every position it reports stays relative to the chunk.
 */
function parseInput(chunk: Chunk, next: Chunk | undefined, definitions: string): string {
  const guard = chunk.text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  if (next) return guard + chunk.text + next.heading + '\n' + definitions;
  if (definitions === '' || chunk.text === '') return guard + chunk.text + definitions;
  // The definitions need a blank line before them, or they continue the chunk's last paragraph. After a lone `\r`
  // a `\n` would only complete that line ending (`\r\n`), so it needs one more.
  const last = chunk.text.charCodeAt(chunk.text.length - 1);
  return guard + chunk.text + (last === 0x0a ? '' : '\n') + definitions;
}

/** Where the chunk's own text starts in its parse input (see parseInput). */
function guardLength(input: string, chunk: Chunk): number {
  return input.length > 0 && input.charCodeAt(0) === 0xfeff && chunk.text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

function mergeChunks(a: Chunk, b: Chunk): Chunk {
  const merged: Chunk = { startLine: a.startLine, lineCount: a.lineCount + b.lineCount, startOffset: a.startOffset, text: a.text + b.text, heading: a.heading };
  return a.continues === undefined ? merged : { ...merged, continues: a.continues };
}

function headingAtLine(root: Root, line: number): boolean {
  for (let i = root.children.length - 1; i >= 0; i--) {
    const node = root.children[i];
    const start = node.position!.start.line;
    if (start === line) return node.type === 'heading';
    if (start < line) return false;
  }
  return false;
}

const TIMELINE_TITLE = /timeline|schedule|zeitplan|cronograma|calendrier|calendario|takvim|график|时间线|时间表|スケジュール/iu;

/** What one chunk's mdast contributes to the model, with positions relative to the chunk. */
function extractChunk(root: Root, input: string, lineLimit: number, continuesTimeline: boolean, order: DateContext): ChunkData {
  const headings: ChunkHeading[] = [];
  const tasks: ChunkTask[] = [];
  const tables: ChunkTable[] = [];
  const timeline: TimelineEntry[] = [];
  const lines = new LineIndex(input);
  const lineItems: ChunkLineItem[] = [];
  const codeStatuses: NonNullable<ChunkData['codeStatuses']> = [];
  let facts: SectionFacts | null = null;
  let inTimeline = continuesTimeline;
  const steps = new Map<ListItem, HeadingReading>();
  const deliveries = new Set<ListItem>();
  let milestoneList = false;
  // The item a "<details><summary>v0.1.0 MVP (Phases 1-7.1)</summary>" block archives: what its lines belong to.
  let detailsScope: string | null = null;
  // "<summary>v1.0 Core Architecture (Phases 1-8) - SHIPPED 2026-02-11</summary>": what the block archives is done.
  let detailsDone: Span | null = null;
  let labelled = false;
  let headsList = false;
  // Under a heading or label that says what should be true ("### Goals", "**Success Criteria:**"): a ✅ there may be
  // the bullet's style.
  let criteriaHeading = false;
  let criteria = false;
  let milestoneLines: Set<ListItem> | null = null;
  // An item listed inside a block its summary calls done, that says nothing of its own state, is done.
  const inDetails = (item: ChunkLineItem): ChunkLineItem =>
    detailsDone && item.status === null && item.task < 0 ? { ...item, status: 'done', spans: { ...item.spans, status: detailsDone } } : item;
  // Right after a heading, before any other block: where a line may open the section with its span.
  let opening = false;

  // An explicit stack, not recursion: nesting depth is the input's to choose (`- ` × 3000 nests 3000 lists).
  const walk = (top: Nodes): void => {
    // `items`: list items around the node; a line two list items deep is a fact of the entry above it, not the section's.
    const stack: { node: Nodes; parentTask: number; depth: number; items: number }[] = [{ node: top, parentTask: -1, depth: 0, items: 0 }];
    const pushChildren = (children: readonly Nodes[], from: number, parentTask: number, depth: number, items: number): void => {
      for (let i = children.length - 1; i >= from; i--) stack.push({ node: children[i], parentTask, depth, items });
    };
    while (stack.length > 0) {
      const { node, parentTask, depth, items } = stack.pop()!;
      switch (node.type) {
        case 'listItem': {
          const box = node.data?.roadmapBox;
          const isTask = typeof node.checked === 'boolean' && box !== undefined;
          if (parentTask < 0) {
            const item = listLineItem(node, input, lines, headings.length - 1, isTask ? tasks.length : -1, order, steps, milestoneLines?.has(node) ?? false);
            // "- [ ] **Step 1:** …" under "### Task 3" are the steps of that item, not items of the plan.
            const within = headings[headings.length - 1];
            // So are "- **Week 5 (9/15 – 9/21)**" under "## Sprint 1 (Weeks 5–9)": the weeks the sprint runs through.
            const isStep = item !== null && (item.word === 'step' || item.word === 'task' || (item.word === 'week' && within?.word !== 'week')) && within !== undefined && within.kind !== 'section';
            // "- [x] **M1** — …" under "### Missions fondations": mission 1, not milestone 1.
            const otherM = item !== null && item.kind === 'milestone' && /^M\d/u.test(item.spans.kind?.text ?? '') && within !== undefined && otherMWordIn(within.title);
            // "- release 1.0.0." among the steps of "### M7 – Hardening", "- [ ] Релиз v1.0.0" among the tasks of
            // "### Этап 9": what the item delivers, not an item beside it.
            const delivered = item !== null && deliveries.has(node) && within !== undefined && within.kind !== 'section' && within.kind !== 'quarter';
            if (item && !isStep && !otherM && !delivered) lineItems.push(inDetails(detailsScope !== null && item.scope == null ? { ...item, scope: detailsScope } : item));
            // "- ✅ Basic router", "- 🔲 URL templates": a list ticked with emoji instead of boxes.
            if (!item && !isTask && facts && node.children[0]?.type === 'paragraph') {
              const first = splitLines(plainText(node.children[0]))[0] ?? '';
              // "- P1 LLM abstraction layer: completed." reports on the item a code names, if one does.
              const code = codeStatusIn(first);
              if (code) {
                const [from, to] = lines.lineRange(node.children[0].position!.start.line - 1);
                codeStatuses.push({ code: code.code, status: code.status, span: spanOf(input, lines, from, to, code.words) });
              }
              // "- [x]`registerAgent()`": a box with no space after it, so no task for GitHub; a reader sees a tick.
              const glued = /^\[([ xX])\](?=\S)/u.exec(first);
              const mark = glued ? glued[1] !== ' ' : emojiMarkIn(first);
              if (mark !== null) countMark(facts, mark, criteria);
              else if (!criteria) {
                // "- ~~Get document by ID endpoint~~": struck out as done, in a document that strikes out its done work
                // (buildModel decides whether this one does).
                facts.struck ??= { done: 0, total: 0 };
                facts.struck.total++;
                // "- Travelling. (1 day) (finished)": marked done at its end, as a document that strikes out its done
                // work marks it.
                if (struckOut(node.children[0]) || doneSuffixIn(first)) facts.struck.done++;
              }
            }
          }
          if (typeof node.checked === 'boolean' && box) {
            const index = tasks.length;
            tasks.push(taskOf(node, box, input, parentTask, depth, headings.length - 1));
            // The first paragraph is the task's own text; everything else (nested lists) belongs under it.
            pushChildren(node.children, node.children[0]?.type === 'paragraph' ? 1 : 0, index, depth + 1, items + 1);
            continue;
          }
          break;
        }
        case 'list':
          if (parentTask < 0) {
            numberedSteps(node, steps);
            deliveriesIn(node, deliveries);
          }
          break;
        case 'paragraph':
          if (items === 0) {
            const last = plainText(node).trimEnd();
            if (/[:：]$/u.test(last)) criteria = criteriaHeading || isCriteriaLabel(last.split('\n').pop()!);
          }
          for (const { text, line } of plainLines(node)) {
            const [from, to] = lines.lineRange(line);
            const at = (fragment: string): Span => spanOf(input, lines, from, to, fragment);
            if (facts) readFact(facts, text, at, order, items >= 2);
            // "[x] Git Repository initialisieren" with no list marker: GitHub draws no box, a reader sees a tick.
            const bare = facts && items === 0 ? /^\[([ xX])\]\s+\S/u.exec(text) : null;
            if (bare && facts) countMark(facts, bare[1] !== ' ', criteria);
            if (inTimeline) addTimeline(timeline, text, at);
          }
          continue;
        case 'code':
          if (node.lang === 'mermaid' && /^\s*gantt\b/u.test(node.value)) ganttItems(node.value, node.position!.start.line, input, lines, headings.length - 1, lineItems);
          if (inTimeline) {
            // The fence line comes first; the value's lines follow it.
            const first = node.position!.start.line;
            // "Noviembre 2025" then "├── Semana 1-2: Fase 2": the weeks are that month's.
            let month: Period | null = null;
            splitLines(node.value).forEach((text, i) => {
              const [from, to] = lines.lineRange(first + i);
              month = monthOnlyIn(text) ?? month;
              addTimeline(timeline, text, (fragment) => spanOf(input, lines, from, to, fragment), month);
            });
          }
          continue;
        case 'table': {
          const [header, ...rows] = node.children.map((row) => row.children.map((cell) => plainText(cell)));
          const rowSpans = node.children.slice(1).map((row) => {
            const [from, to] = lines.lineRange(row.position!.start.line - 1);
            return spanOf(input, lines, from, to, '');
          });
          tables.push({ header: header ?? [], rows, rowSpans });
          // "| 项 | 内容 |" › "| Status | Planned |": a table of a section's fields states them like "Status: Planned".
          if (facts && (header?.length ?? 0) === 2) {
            node.children.forEach((row, r) => {
              const [key, value] = r === 0 ? (header ?? []) : rows[r - 1];
              if (!key || !value || !keyedFact(key)) return;
              const [from, to] = lines.lineRange(row.position!.start.line - 1);
              readFact(facts!, `${key}: ${value}`, (fragment) => spanOf(input, lines, from, to, fragment), order);
            });
          }
          const before = lineItems.length;
          tableRowItems(header ?? [], rows, rowSpans, headings.length - 1, headings[headings.length - 1]?.kind ?? 'section', lineItems, order, headings[headings.length - 1]?.title ?? '');
          for (let i = before; i < lineItems.length; i++) lineItems[i] = inDetails(lineItems[i]);
          if (inTimeline) rows.forEach((row, i) => addTimeline(timeline, '| ' + row.join(' | ') + ' |', () => rowSpans[i]));
          continue;
        }
        case 'heading':
        case 'html':
          continue;
      }
      if ('children' in node) pushChildren(node.children as RootContent[], 0, parentTask, depth, node.type === 'listItem' ? items + 1 : items);
    }
  };

  // Only headings that are children of the root make sections: a heading inside a list item or a blockquote is
  // part of that item's content (GitHub draws it there), and a task under it stays with the enclosing section.
  for (const [index, node] of root.children.entries()) {
    const start = node.position!.start;
    if (start.line > lineLimit) break;
    if (node.type === 'heading') {
      const title = plainText(node);
      const first = node.children[0]?.position;
      const last = node.children[node.children.length - 1]?.position;
      const from = first?.start.offset ?? node.position!.start.offset!;
      const to = last?.end.offset ?? node.position!.end.offset!;
      const at = (fragment: string): Span => spanOf(input, lines, from, to, fragment);
      const heard = readHeading(title);
      const reading = heard.kind === 'section' && !heard.about ? (namedMilestoneIn(title) ?? heard) : heard;
      // A label before the id may state the status: "Future: Milestone v1.1", "Horizonte Atual: Q4 2025 - Q1 2026".
      const label = reading.id ? /^(.*?)\s*(?:[:：]|\s[—–-])\s*$/su.exec(title.slice(0, reading.index)) : null;
      // A "back to top" link at the end ("📋 <a href=\"#roadmap\">↑ Top</a>") is navigation, not the heading's words.
      const said =
        statusAt(title) ?? statusAt(title.replace(BACK_TO_TOP, '')) ?? (label ? groupStatusAt(label[1]) : null) ?? (reading.kind !== 'section' ? trailingBoxAt(title) : null);
      const status = said ? versionStatus(said, reading.word) : null;
      // A plain section may be a bucket that states the status of the items filed under it ("## In Progress").
      const group = reading.kind === 'section' ? (groupStatusAt(title) ?? timedLaneAt(title) ?? laneLabelAt(title)) : null;
      // Loosely read, a bucket files the plan items under it without being a lane ("## Next approved work").
      const bucket = reading.kind === 'section' && !group ? groupStatusAt(title, true) : null;
      // A completion stamp says when the item finished, not when it was planned.
      // Only where the heading reads done: in "Milestone 1: Parallel Execution Complete (2026-02-16)" the word is
      // part of the milestone's name and the day is its target.
      const stamp = status?.status === 'done' ? finishedStampIn(title) : null;
      const planned = stamp ? title.slice(0, stamp.index) + ' '.repeat(stamp.end - stamp.index) + title.slice(stamp.end) : title;
      const period = findPeriod(planned, 'heading', order) ?? (reading.kind === 'milestone' ? parenthesisedDayIn(planned, order) : null);
      const days = period ? null : relativeDaysIn(planned);
      facts = emptyFacts();
      headings.push({
        line: start.line - 1,
        level: node.depth,
        title,
        rawTitle: first && last ? input.slice(first.start.offset, last.end.offset) : '',
        kind: reading.kind,
        id: reading.id,
        word: reading.word,
        about: reading.about,
        status: status?.status ?? null,
        period: period?.period ?? null,
        finished: stamp ? dayOf(stamp.date, order) : null,
        days: days ? { start: days.start, end: days.end } : null,
        durationDays: titleDurationDaysIn(planned),
        facts,
        spans: {
          kind: reading.id ? at(title.slice(reading.index, reading.end)) : null,
          status: status ? at(status.words) : null,
          period: period ? at(title.slice(period.index, period.end)) : days ? at(title.slice(days.index, days.end_)) : null,
        },
        ...(group ? { group: { status: group.status, span: at(group.words) } } : {}),
        ...(bucket ? { group: { status: bucket.status, span: at(bucket.words), loose: true } } : {}),
      });
      inTimeline = TIMELINE_TITLE.test(title);
      milestoneList = milestoneListTitle(title);
      labelled = false;
      criteriaHeading = criteria = isCriteriaLabel(title);
      detailsScope = null;
      detailsDone = null;
      opening = true;
      continue;
    }
    if (node.type === 'html') {
      const summary = /<summary>([\s\S]{1,300}?)<\/summary>/iu.exec(node.value);
      if (summary) {
        const said = summary[1].replace(/<[^>]*>/gu, '').trim();
        detailsScope = readHeading(said).id;
        const status = statusAt(said);
        const [from, to] = lines.lineRange(node.position!.start.line - 1);
        detailsDone = status?.status === 'done' ? spanOf(input, lines, from, to, status.words) : null;
      }
      if (/<\/details>/iu.test(node.value.slice(summary ? summary.index + summary[0].length : 0))) detailsScope = detailsDone = null;
    }
    // "## Marcos (Milestones)" or "**Marcos**:" over a list: each line of the list names a milestone.
    // Under "M1: Spec freeze candidate" the list says what M1 takes; its lines name no milestones of their own.
    if (node.type === 'list') milestoneLines = (milestoneList || labelled) && !headsList ? new Set(node.children) : null;
    const paragraphLines = node.type === 'paragraph' ? plainLines(node) : [];
    // Not where more lines like it follow ("### Month 1" › "**Week 1-2: Initiation**" … "**Week 3-4: Build**"): those
    // split the section, and the first is only its first part.
    const leadSpan = facts && paragraphLines.length > 0 && !facts.leads?.split ? leadingSpanIn(paragraphLines[0].text, order) : null;
    if (facts && leadSpan) {
      if (opening && !facts.leads) {
        const [from, to] = lines.lineRange(paragraphLines[0].line);
        facts.leads = { period: leadSpan, span: spanOf(input, lines, from, to, paragraphLines[0].text), split: false };
      } else if (facts.leads) facts.leads.split = true;
    }
    // "## Milestone 2 — Workspace" › "Next" › its list: a first line that is only a status word states the item's.
    const lone = facts && opening && facts.status === null && paragraphLines.length === 1 ? loneStatusAt(paragraphLines[0].text) : null;
    if (facts && lone) {
      const [from, to] = lines.lineRange(paragraphLines[0].line);
      facts.status = lone.status;
      facts.spans.status = spanOf(input, lines, from, to, lone.words);
    }
    if (node.type !== 'html') opening = false;
    if (facts) facts.content = true;
    labelled = paragraphLines.length === 1 && /[:：]\s*$/u.test(paragraphLines[0].text) && milestoneListTitle(paragraphLines[0].text);
    // A lone line over a checklist ("✅ Fase 1: Estrutura Base" over its boxes) heads that list as a heading would.
    const next = root.children[index + 1];
    const overTasks = paragraphLines.length === 1 && next?.type === 'list' && next.children.some((item) => typeof item.checked === 'boolean');
    // The checklist's last line (chunk-relative): its boxes say how far the item the line names got.
    const listEnd = overTasks ? next.position!.end.line - 1 : null;
    // "M1: Spec freeze candidate" over the list of what it takes: a line naming an item by its id heads the list.
    const overList = paragraphLines.length === 1 && next?.type === 'list';
    headsList = overList && namesById(paragraphLines[0].text, readListItem(paragraphLines[0].text));
    // "**Phase 1 (v1.4–v1.5) — Assets.** Build …", "**v0.1.0** (released 2026-01-12)": a paragraph led by a bold item
    // name heads what follows as a heading would.
    const lead = node.type === 'paragraph' && node.children[0]?.type === 'strong' ? node.children[0] : null;
    const boldLead = lead ? node.position!.start.line - 1 : -1;
    const underTitle = headings.length === 0 || headings[headings.length - 1].level === 1;
    for (const { text, line } of paragraphLines) paragraphLineItem(text, line, input, lines, headings.length - 1, lineItems, order, listEnd, line === boldLead && lead ? plainText(lead) : null, underTitle, overList, paragraphLines.length === 1);
    walk(node);
  }
  return { headings, tasks, tables, timeline, lineItems, ...(codeStatuses.length > 0 ? { codeStatuses } : {}) };
}

/** The plan item a list line names ("- [x] Phase 3: Parser", "- **Milestone 1.1:** … (Due: 2026-03-10)"). */
function listLineItem(
  item: ListItem,
  input: string,
  lines: LineIndex,
  heading: number,
  task: number,
  order: DateContext,
  steps: ReadonlyMap<ListItem, HeadingReading>,
  milestone: boolean,
): ChunkLineItem | null {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return null;
  // "- [Sprint 9](#sprint-09-…)": a table of contents names the item; the item is where the link goes.
  if (first.children.length === 1 && first.children[0]!.type === 'link' && first.children[0]!.url.startsWith('#')) return null;
  const text = splitLines(plainText(first))[0]?.trim() ?? '';
  // "- `V12`: Added column …": a migration's number in code, not release 12.
  const lead = first.children[0];
  if (lead?.type === 'inlineCode' && /^V\d{1,4}(?:__\w*)?$/u.test(lead.value)) return null;
  // Under a milestones heading every line names one, except a line about what one depends on and a sentence about
  // items ("**M12 and M13 can run in parallel**").
  const named = milestone && /\p{L}/u.test(text) && !isDependencyLine(text) && !isSentenceAboutItem(text) ? namedLine(text) : null;
  const reading = readListItem(text) ?? steps.get(item) ?? named ?? boldLedItem(first, text) ?? loneVersion(item, text);
  if (!reading) return null;
  const line = first.position!.start.line - 1;
  const [from, to] = lines.lineRange(line);
  const at = (fragment: string): Span => spanOf(input, lines, from, to, fragment);
  const stamp = finishedStampIn(text);
  const undated = stamp ? text.slice(0, stamp.index) + text.slice(stamp.end) : text;
  const partialBox = task < 0 && steps.has(item) ? PARTIAL_BOX.exec(text) : null;
  const stated = partialBox ? { status: 'in-progress' as const, words: partialBox[0].trim() } : (leadingStatusAt(text) ?? statusAt(text));
  const checked = task >= 0 ? item.checked === true : null;
  const dated = linePeriod(undated, reading, order);
  // "- [x] Phase 1: Foundation — 2026-02-19": the one day on a ticked line is when the item was done, as a
  // completion stamp is, not when it was planned.
  const doneOn = !stamp && checked === true && dated?.period.unit === 'date' && dated.period.start === dated.period.end ? dated.period.start : null;
  const period = doneOn ? null : dated;
  return {
    line,
    heading,
    from: 'checklist',
    title: text,
    kind: reading.kind,
    id: reading.id,
    word: reading.word,
    status: checked ? 'done' : (stated?.status ?? (checked === false ? 'planned' : null)),
    task,
    finished: stamp ? dayOf(stamp.date, order) : doneOn,
    period: period?.period ?? null,
    spans: {
      kind: at(text.slice(reading.index, reading.end)),
      status: checked !== null && (checked || !stated) ? at(input.slice(from, to).match(/\[[ xX]\]/u)?.[0] ?? '') : stated ? at(stated.words) : null,
      period: period ? at(period.text) : null,
    },
    ...(reading.continues ? { continues: true } : {}),
    ...(task < 0 && pointsToFile(first) ? { pointer: true } : {}),
  };
}

/**
 * A list line that is only a two-part version, over the list of what it brings ("- 0.1" › "  - memory monitoring"):
 * that release, as a heading "## 0.1" standing alone names one. A numbered point always carries words.
 */
function loneVersion(item: ListItem, text: string): HeadingReading | null {
  const m = /^v?(\d{1,3}\.\d{1,4})$/u.exec(text);
  if (!m || !item.children.slice(1).some((c) => c.type === 'list')) return null;
  return { kind: 'milestone', id: `v${m[1]}`, word: 'version', about: null, index: 0, end: text.length };
}

/**
 * A list line led by a bold that is exactly an item's id ("- **Week 5** &nbsp; 9/30 - 10/6 **Repo Link Due**"): the
 * bold sets the id apart as a heading would, whatever follows it.
 */
function boldLedItem(para: Paragraph, text: string): HeadingReading | null {
  const lead = para.children[0];
  if (lead?.type !== 'strong') return null;
  const bold = plainText(lead).trim();
  if (!text.startsWith(bold)) return null;
  const reading = readListItem(bold);
  return reading?.id && bold.slice(reading.end).trim() === '' ? reading : null;
}

/** Whether a list line starts with a link to another file ("[Phase 0](phases/phase-0.md) - Project Setup"). */
function pointsToFile(para: Paragraph): boolean {
  const link = para.children[0];
  return link?.type === 'link' && !link.url.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/iu.test(link.url);
}

/**
 * A paragraph line that names a plan item as a heading would ("Q1 2025 (Jan – Mar)", "FASE 1 - FUNDAMENTOS", "v1
 * Release - Goal: Sep 1, 2012"). Kept only in documents with no headings at all (plain-text roadmaps, see buildModel),
 * where such lines are the headings, and where the line stands alone over a checklist it heads.
 */
function paragraphLineItem(text: string, line: number, input: string, lines: LineIndex, heading: number, out: ChunkLineItem[], order: DateContext, listEnd: number | null, bold: string | null, underTitle: boolean, overList = false, lone = false): void {
  // A bold label alone on its line ("**Phase 1 (Preparation):**" over a list, "**Week 8:**") names what the lines
  // under it belong to, as any label does; it heads nothing of its own.
  const label = bold !== null && text.startsWith(bold) && /[:：]\s*$/u.test(text) && /^\s*[:：]?\s*$/u.test(text.slice(bold.length));
  // "**M2** is reached on chain rather than locally.": a sentence about the item the bold names, not its heading.
  const sentence = bold !== null && /^\s+\p{Ll}/u.test(text.slice(bold.length));
  const boldRead = bold !== null && !label && !sentence && text.startsWith(bold) ? readListItem(bold) : null;
  // "**Version 3.0 | March 20, 2026**" under the title is the document's own version.
  const boldItem = boldRead && !(underTitle && (boldRead.word === 'version' || boldRead.word === 'release')) ? boldRead : null;
  if (text.length > 100 && !boldItem?.id) return;
  const reading = boldItem?.id ? boldItem : readListItem(text);
  if (!reading || reading.kind === 'section') return;
  const [from, to] = lines.lineRange(line);
  const at = (fragment: string): Span => spanOf(input, lines, from, to, fragment);
  const stated = statusAt(text);
  const period = linePeriod(text, reading, order);
  out.push({
    line,
    heading,
    from: 'line',
    title: text,
    kind: reading.kind,
    id: reading.id,
    word: reading.word,
    status: stated?.status ?? null,
    task: -1,
    finished: null,
    period: period?.period ?? null,
    ...(listEnd !== null ? { overTasks: listEnd } : {}),
    ...(overList && namesById(text, reading) ? { overList: true } : {}),
    ...(lone && !overList && namesById(text, reading) ? { lone: true } : {}),
    ...(boldItem?.id ? { boldLead: true } : {}),
    spans: { kind: at(text.slice(reading.index, reading.end)), status: stated ? at(stated.words) : null, period: period ? at(period.text) : null },
  });
}

/**
 * The period a list or paragraph line gives its item: the words after the id, or, for a quarter or a year, the id
 * itself ("- Q4 2024 – Beta Completion" is planned in Q4 2024, as the heading would be).
 */
function linePeriod(text: string, reading: HeadingReading, order: DateContext): { period: Period; text: string } | null {
  const tail = text.slice(reading.end);
  const found = findPeriod(tail, 'line', order);
  if (found) return { period: found.period, text: tail.slice(found.index, found.end) };
  if (reading.kind !== 'quarter') return null;
  const id = text.slice(reading.index, reading.end);
  const own = findPeriod(id, 'line', order);
  return own ? { period: own.period, text: id.slice(own.index, own.end) } : null;
}

// After the id, a separator and a name that is no label of what follows: "M1: Spec freeze candidate", not "V1 means:".
const NAMED_AFTER_ID = /^\s*(?:[:：]|\s[-–—])\s*[^:：]*\S(?<![:：])\s*$/u;

/** Whether a line names an item by its id and then gives it a name, as a line heading a list does. */
function namesById(text: string, reading: HeadingReading | null): boolean {
  return reading !== null && reading.id !== null && NAMED_AFTER_ID.test(text.slice(reading.end));
}

/** A line of a milestone list that names its milestone without an id ("1. **Kick-off do Projeto** - Início …"). */
function namedLine(text: string): HeadingReading {
  const at = text.length - text.replace(/^[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f]+/u, '').length;
  return { kind: 'milestone', id: null, word: 'milestone', about: null, index: at, end: at };
}

/** Whether all the words of a paragraph are struck out ("~~Relicensing review (P3-34).~~"). */
function struckOut(para: Paragraph): boolean {
  let struck = false;
  for (const child of para.children) {
    if (child.type === 'delete') struck = true;
    else if (child.type !== 'text' || child.value.trim() !== '') return false;
  }
  return struck;
}

/**
 * A milestone's day in parentheses without a year ("Jalon 0: Pilote (8 Jan)", "Milestone 2 (Feb 4 - Week 6)"): its
 * target, in the year of the document's other dates. A lone day elsewhere in a title is as often a mention.
 */
function parenthesisedDayIn(title: string, order: DateContext): { period: Period; index: number; end: number } | null {
  for (const m of title.matchAll(/[(（]([^()（）]{1,40})[)）]/gu)) {
    const first = m[1].split(/\s[-–—]\s|[,;]/u)[0].trim();
    const found = findPeriod(first, 'heading', order);
    if (found?.period.unit === 'date' && found.period.precision === 'day') {
      const index = m.index + m[0].indexOf(first);
      return { period: found.period, index, end: index + first.length };
    }
  }
  return null;
}

/** Counts a line ticked without a GFM box (an emoji, a bare "[x]") toward its section's marks. */
function countMark(facts: SectionFacts, done: boolean, criteria: boolean): void {
  facts.marks ??= { done: 0, total: 0 };
  facts.marks.total++;
  if (!done) return;
  facts.marks.done++;
  if (criteria) facts.styledMarks = (facts.styledMarks ?? 0) + 1;
}

/** A line that is only a status ("Completed", "**In progress**", "Next"), as the first line under a heading. */
function loneStatusAt(line: string): ReturnType<typeof groupStatusAt> {
  const text = line.replace(/^[*_\s]+|[*_\s.]+$/gu, '');
  if (text.length === 0 || text.length > 30 || text.split(/\s+/u).length > 3) return null;
  const said = statusAt(text);
  if (said && said.words === text) return said;
  const lane = groupStatusAt(text);
  return lane && lane.words === text && !/\s/u.test(text) ? lane : null;
}

/**
 * A lane named with how far off it is: "Next (3-6 months)", "Later (6-12 months)". The note in parentheses is a
 * length of time; the words before it are a lane's. (A lane named by a quarter, "Completed Plans (Q1 2026)", is as
 * often a record of the work done then.)
 */
function timedLaneAt(title: string): ReturnType<typeof groupStatusAt> {
  const m = /^(.*?)\s*[(（]([^()（）]{1,40})[)）]\s*$/u.exec(title);
  if (!m || !/\d/u.test(m[2]) || titleDurationDaysIn(`(${m[2]})`) === null) return null;
  return groupStatusAt(m[1]);
}

/** The words of a "back to top" link at the end of a heading. */
const BACK_TO_TOP = /\s*[↑⬆^]\ufe0f?\s*(?:back\s+to\s+)?top\s*$/iu;

/** A box GFM does not read that marks a step partly done: "[~] ", "[/] ". */
const PARTIAL_BOX = /^\[[~/]\]\s+/u;

/** The numbered tasks of a list that are plan steps ("- [x] 1. Setup" over "- [x] 1.1 …"), see readNumberedTasks. */
function numberedSteps(list: List, out: Map<ListItem, HeadingReading>): void {
  // "- [~] 6. Security layer" among "- [x] 5." and "- [x] 7.": a step marked partly done; GFM sees no box in it.
  const partial = (item: ListItem): boolean => item.children[0]?.type === 'paragraph' && PARTIAL_BOX.test(plainText(item.children[0]));
  const tasks = list.children.filter((item) => (typeof item.checked === 'boolean' || partial(item)) && item.children[0]?.type === 'paragraph');
  if (tasks.length === 0) return;
  // A list cut from the steps before it (a piece of a long section starts at "- [ ] 11.") reads on, conditionally.
  const texts = tasks.map((item) => (splitLines(plainText(item.children[0]))[0] ?? '').replace(PARTIAL_BOX, ''));
  // Sub-tasks may be nested ("- [ ] 1." › "  - [x] 1.1") or follow as siblings ("- [ ] 1." then "- [x] 1.1").
  const readings = readNumberedTasks(
    tasks.map((item, i) => ({ text: texts[i], subtasks: [...subtaskTexts(item), ...texts.slice(i + 1).filter((t) => /^\s*\d{1,3}\.\d/u.test(t))] })),
    true,
  );
  readings.forEach((r, i) => {
    if (r) out.set(tasks[i], r);
  });
}

/** Lines of a list of work that name a release ("- release 1.0.0." among "- hardening;", "- examples;"). */
function deliveriesIn(list: List, out: Set<ListItem>): void {
  if (list.children.length < 3) return;
  const firsts = list.children.map((item) => (item.children[0]?.type === 'paragraph' ? (splitLines(plainText(item.children[0]))[0] ?? '') : ''));
  // Only a line with a dotted number may name a release: most lists are spared the reading.
  if (!firsts.some((line) => /\d\.\d/u.test(line))) return;
  const readings = firsts.map((line) => (line === '' ? null : readListItem(line)));
  // A list most of whose lines name items is a list of items (a phase's versions, "- **v1.1**：…").
  if (readings.filter((r) => r !== null).length * 2 >= list.children.length) return;
  readings.forEach((r, i) => {
    if (r && (r.word === 'version' || r.word === 'release')) out.add(list.children[i]);
  });
}

/** The first lines of the task items nested directly in a list item. */
function subtaskTexts(item: ListItem): string[] {
  const out: string[] = [];
  for (const child of item.children) {
    if (child.type !== 'list') continue;
    for (const sub of child.children) {
      const para = sub.children[0];
      if (typeof sub.checked === 'boolean' && para?.type === 'paragraph') out.push(splitLines(plainText(para))[0] ?? '');
    }
  }
  return out;
}

/** The status a table cell states, first or anywhere in it. */
function cellStatus(cell: string | undefined): Status | null {
  return cell === undefined ? null : (cellStatusAt(cell, false)?.status ?? null);
}

function aheadStatus(cell: string | undefined): boolean {
  const status = cellStatus(cell);
  return status === 'planned' || status === 'in-progress';
}

/** Status emoji after a cell's id ("**111** ✅"), read apart from it. */
const TRAILING_EMOJI = /(?:\s*\p{Extended_Pictographic}\ufe0f?)+\s*$/u;

/**
 * A column that says what a table's rows are about: its header is no number, period, status or plan word, and its
 * cells are words ("Identity vs label fuzzy in UI"), not numbers, dates or file names.
 */
function isSubjectColumn(cell: string, column: number, statusColumn: number, rows: readonly string[][]): boolean {
  const text = cell.replace(/[*_`]/g, '').trim();
  if (text === '' || column === statusColumn || numberColumnIn([text]) === 0 || planColumnIn([text]) !== null || periodLabelIn(`${text}:`) !== null) return false;
  const prose = rows.filter((row) => /\p{L}{2,}[^\S\n]+\p{L}{2,}/u.test((row[column] ?? '').replace(/`[^`]*`/gu, '')));
  return prose.length * 2 > rows.length;
}

/** Rows of a plan table ("| Phase | Title | Status |", "| Milestone | Date | Status |") as plan items. */
const LIFECYCLE_COLUMN = /(?<![\p{L}])(?:support|eol|end of life|maintenance|maintained|deprecat\p{L}*|sunset)(?![\p{L}])/iu;

// A column of when: "Date", "Release date", "Datum", "Data Prevista", "时间", "日期", "スケジュール".
const DATE_HEADER = /^(?:(?:release|target|planned|due|ship|launch|sprint|release)\s+)?(?:date|dates|datum|data|fecha|date de sortie|time|timeline|when|schedule|released|eta|window|period|时间|日期|发布时间|スケジュール|リリース日|予定|날짜|일정)(?:\s+\p{L}+)?$/iu;
// Who wrote a revision, or what it changed: a document's own history, not a plan's releases.
const AUTHOR_HEADER = /^(?:authors?|autor(?:es|\(es\))?|auteurs?|autore|verfasser|editor|revisor|reviewer|changes|change|alterações|alteração|cambios|änderungen|modifications|作者|著者|修订人|变更人|变更|变更说明|变更内容|修订内容|작성자|변경\s*내용)$/iu;

function tableRowItems(header: string[], rows: string[][], spans: Span[], heading: number, within: SectionKind, out: ChunkLineItem[], order: DateContext, headingTitle = ''): void {
  let plan = planColumnIn(header);
  // "| ID | Название | … |" with "| M01 | Core Foundation |" on every row: milestones by their codes, whatever the
  // other headers say.
  // So does "| # | Scope | Status |" with "| **M1** | … |": the number column holds the codes.
  const idCells = idColumnIn(header);
  const codeColumn = plan ? -1 : idCells >= 0 ? idCells : numberColumnIn(header);
  if (codeColumn >= 0 && rows.length >= 2 && rows.every((row) => /^[\s*_`]*M\d{1,3}(?:\.\d{1,2})?[\s*_`]*$/u.test(row[codeColumn] ?? ''))) {
    plan = { column: codeColumn, kind: 'milestone', word: 'milestone', text: header[codeColumn] };
  }
  // A table of tasks ("| ID | Task | Status |") lists the work inside an item, not items.
  if (!plan || plan.word === 'task') return;
  // "| Week | What you should get done | Milestone |" with the weeks one after another and milestones named without
  // ids (nor numbered in a "Nr" column): a schedule of weeks, each named by its milestone.
  const other = planColumnIn(header.map((cell, c) => (c === plan!.column ? '' : cell)));
  // "| Release | Version | Date |" with "| Alpha | 0.1.0 | 30/01/2026 |": the versions name the rows, the releases only
  // call them something.
  const idsIn = (column: PlanColumn): boolean => rows.every((row) => tableCellId(row[column.column] ?? '', column.text, column.kind).id !== null);
  if (other && other.word !== 'week' && other.word !== 'day' && other.word !== 'month' && other.word !== 'task' && !idsIn(plan) && rows.length > 0 && idsIn(other)) plan = other;
  const byWeek = plan.kind === 'milestone' && numberColumnIn(header) < 0 ? other : null;
  if (byWeek?.word === 'week') {
    const weeks = rows.map((row) => /^[\s*_]*(\d{1,2})[\s*_]*$/u.exec(row[byWeek.column] ?? '')?.[1]);
    const consecutive = weeks.every((w, i) => w !== undefined && (i === 0 || Number(w) === Number(weeks[i - 1]) + 1));
    if (consecutive && rows.every((row) => tableCellId(row[plan!.column] ?? '', plan!.text, plan!.kind).id === null)) plan = byWeek;
  }
  const statusColumn = statusColumnOf(header);
  // Version and release tables are histories (builds, migrations), not plans — unless their status column looks
  // ahead: a version still planned or under way ("| v0.4.0 | 📋 规划中 | 2025-10 |") is a milestone of the plan.
  // So is a version table with a column of targets ("| 버전 | 목표 | 예상 완료 |", "| Release | Target |", "| Version | ETA |").
  // And one under a heading that calls it a plan ("## Release Plan", "## Cronograma de versiones").
  const targets = header.some((cell) => periodLabelIn(`${cell.replace(/[*_`]/g, '').trim()}:`) === 'end') || isPlanTitle(headingTitle);
  // And one whose rows are dated ("| Version | Date | Description |"), unless it is a document's own revision history
  // ("| Versão | Data | Descrição | Autor |"): a release plan or record the roadmap keeps.
  // Not a bare log of versions and days ("| Version | Date |"), nor one that states every row released.
  const allDone = statusColumn >= 0 && rows.length > 0 && rows.every((row) => cellStatus(row[statusColumn]) === 'done');
  const dated =
    header.length >= 3 &&
    !allDone &&
    header.some((cell) => DATE_HEADER.test(cell.replace(/[*_`]/g, '').trim())) &&
    !header.some((cell) => AUTHOR_HEADER.test(cell.replace(/[*_`]/g, '').trim()));
  if ((plan.word === 'version' || plan.word === 'release') && !targets && !dated && !rows.some((row) => aheadStatus(row[statusColumn]))) return;
  if (plan.word === 'week' && weekPlanItems(plan.column, statusColumn, rows, spans, heading, out, order)) return;
  // "| # | Blind spot | Phase | Notes |": the rows are the blind spots, and the plan column says which phase takes
  // each; its cells refer to items, they do not name new ones.
  if (header.slice(0, plan.column).some((cell, c) => isSubjectColumn(cell, c, statusColumn, rows))) return;
  // "| Phase | Tasks | Parallel |" with counts in every other column: a tally of the plan, not the plan.
  // Progress bars count too ("| Phase 1: Foundation | 19 | 19 | ████████ 100% |"); with two counts or more beside it,
  // a progress column is one more count, not the items' status.
  const counts = header.length > 1 && header.every((_, c) => c === plan.column || rows.every((row) => /^[\s*_]*[█▓▒░■□▰▱]*\s*(?:\d+(?:[.,]\d+)?\s*%?)?[\s*_]*$/u.test(row[c] ?? '')));
  if (counts && (statusColumn < 0 || header.length >= 4)) return;
  const numberColumn = numberColumnIn(header);
  // An ID column, or a number column that holds codes ("| # | Milestone |" with "| M1 |").
  const codes = idColumnIn(header);
  const idColumn = codes >= 0 ? codes : numberColumn;
  const ids = rows.map((row) => {
    const cell = (row[plan.column] ?? '').replace(TRAILING_EMOJI, '');
    let named = tableCellId(cell, plan.text, plan.kind);
    // "| 3 | 06.10.2019 | 1 | Backlog bereit |" under "| Woche | Datum | Nr | Meilenstein |": the Nr is the item's.
    // "| 01 | `01_FASE_2_FOUNDATION.md` | Foundation | …" under "Fase": another cell names the row's phase.
    let borrowed = false;
    // Numbered like items ("| 10 |", "| 7.2 |"), not like files ("| 01 |"): the number column says which item the row
    // is, whatever another cell mentions ("| 7.2 | … | v0.7-sprint7 |").
    const number = numberColumn >= 0 && numberColumn !== plan.column ? (row[numberColumn] ?? '').replace(/[*_`\s]/g, '') : '';
    const numbered = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?$/u.test(number);
    for (let c = 0; named.id === null && !numbered && c < row.length; c++) {
      const other = c === plan.column ? null : idByWordIn(row[c], plan.text);
      if (other) [named, borrowed] = [{ kind: other.kind, id: other.id, word: other.word }, true];
    }
    // "| **M1** | Kickoff | 06.01.2026 |" under "| ID | Meilenstein | Datum |": the ID column names it.
    const code = idColumn >= 0 && idColumn !== plan.column && named.id === null ? normaliseId((row[idColumn] ?? '').replace(/[*_`]/g, '').trim()) : null;
    if (code !== null) {
      const kind = tableCellId(code, plan.text, plan.kind);
      if (kind.id !== null && kind.kind === plan.kind) named = kind;
    }
    if (named.id === null && numbered) {
      const composed = tableCellId(number, plan.text, plan.kind);
      if (composed.id !== null) named = composed;
    }
    return { named, borrowed, number };
  });
  // "| 01 | [Language slice](milestones/M01-language-slice.md) ✅ |": numbered like files, but where no other cell
  // names a row's item, the numbers do.
  if (!ids.some((n) => n.borrowed)) {
    for (const n of ids) {
      const composed = n.named.id === null && /^0\d{1,2}$/u.test(n.number) ? tableCellId(n.number, plan.text, plan.kind) : null;
      if (composed?.id) n.named = composed;
    }
  }
  // "| **TIER 1** | Month 1 |", "| **TIER 1** | Month 2 |": the same id on several rows groups them; the rows are
  // something else (the months), and the column names no items.
  // One id twice among many ("| **v3.3** | Dashboard |", "| **v3.3** | Snapshots |") is one release's two lines.
  const rowIds = ids.map((n) => n.named.id).filter((id): id is string => id !== null);
  // Not where the cells name ranges ("| M2.1-M2.5 |", "| M2.3-M2.5 |"): those rows are about the items, not items.
  const repeats = rowIds.length - new Set(rowIds).size;
  const ranges = rows.some((row) => /\d\s*[-–]\s*\p{L}{0,3}\d/u.test((row[plan.column] ?? '').replace(/[*_`]/g, '')));
  if (repeats > 0 && (repeats * 4 > rowIds.length || ranges)) return;
  // "| Fase | Semana(s) |" › "| 1 |", "| 2 |", "| 3 e 4 |": week numbers, counting up the rows. Bare numbers that jump
  // back ("| 2-3 |", "| 4-6 |", "| 1-2 |") are lengths in weeks, not which weeks.
  // Read once per column: each row's weeks, by column.
  const countingWeeks = new Map<number, (Period | null)[]>();
  header.forEach((h, c) => {
    const weeks = rows.map((row) => weeksUnder(h, row[c] ?? ''));
    const starts = weeks.flatMap((w) => w?.start ?? []);
    if (starts.length >= 2 && starts.every((x, i) => i === 0 || x >= starts[i - 1])) countingWeeks.set(c, weeks);
  });
  // When other cells name the rows' items, a row naming none is something else ("| 00 | `00_PLAN_MAESTRO.md` | Overview |").
  const borrowing = ids.some((n) => n.borrowed);
  rows.forEach((row, r) => {
    const cell = row[plan.column] ?? '';
    if (cell.replace(/[*_`\s]/g, '') === '' || isTotalCell(cell) || isTotalCell(row[0] ?? '') || isWeekdayCell(cell)) return;
    const { named } = ids[r];
    // A row with no id names an item only in a milestone table ("| Project Plan | 4/05 | Complete |") or when the
    // cell says its kind ("Fase de Inicio"); version tables list migrations and builds by other numbers. Under a plan
    // item, rows without ids are its parts ("Sprint 15 › | T-1501 | P6.1 | Liens … |").
    const title = cell.replace(/[*_`]/g, '').trim();
    // Milestones in a quarter ("## 2025Q1" › "| 里程碑 | 起始日期 | 结束日期 |") are the quarter's items, not its parts.
    const withinItem = within !== 'section' && !(within === 'quarter' && plan.kind === 'milestone');
    if (named.id === null && (borrowing || withinItem || plan.word === 'version' || plan.word === 'release' || title.length > 60 || !/\p{L}/u.test(title))) return;
    const statusCell = statusColumn >= 0 ? (row[statusColumn] ?? '') : '';
    // With no status column, an emoji beside the id says it: "| **111** ✅ | Guardian model selector |".
    // So does one after the item's name: "| 01 | [Language slice](milestones/M01-language-slice.md) ✅ |".
    const mark = statusCell === '' ? trailingEmojiOf(cell) : null;
    const idEmoji =
      statusCell === '' && /^\s*[*_`]*[\p{L}\p{N}][^\p{L}]{0,12}?[*_`]*\s*\p{Extended_Pictographic}\ufe0f?\s*$/u.test(cell) ? statusAt(cell) : mark?.status ? statusAt(mark.emoji) : null;
    const stated = statusCell ? cellStatusAt(statusCell) : idEmoji;
    // "| End of Support |", "| EOL |": when the release stops being maintained, not when it is made.
    const dated = row
      .map((c, i) => (i === statusColumn || LIFECYCLE_COLUMN.test(header[i] ?? '') ? null : findPeriod(c, 'line', order)))
      .filter((p) => p !== null && p.period.unit === 'date');
    const first = dated[0]?.period;
    const last = dated[dated.length - 1]?.period;
    // Without a date, the row may place the item in relative weeks ("| M1 | Week 5 | Done |") or days ("Gün 7").
    const relative = first ? null : relativeCell(row, statusColumn, (c) => countingWeeks.get(c)?.[r] ?? null);
    const period =
      first?.unit === 'date' && last?.unit === 'date' && dated.length === 2 && first.start <= last.end
        ? { ...first, end: last.end }
        : (first ?? relative?.weeks ?? (named.word === 'week' && named.id !== null ? (findPeriod(named.id, 'line')?.period ?? null) : null));
    const span = spans[r];
    out.push({
      line: span.line,
      heading,
      from: 'table-row',
      title: named.id ?? cell.replace(/[*_`]/g, '').trim(),
      kind: named.kind === 'section' ? plan.kind : named.kind,
      id: named.id,
      word: named.word ?? plan.word,
      status: stated?.status ?? null,
      task: -1,
      finished: null,
      period,
      days: relative?.days ?? null,
      spans: { kind: span, status: stated ? { ...span, text: stated.words } : null, period: period || relative?.days ? span : null },
    });
  });
}

/** Relative weeks or days a table row's cells place its item in: the first cell, other than the status, that is one. */
function relativeCell(
  row: string[],
  statusColumn: number,
  bareWeeks: (column: number) => Period | null,
): { weeks: Period | null; days: { start: number; end: number } | null } | null {
  for (let c = 1; c < row.length; c++) {
    if (c === statusColumn) continue;
    const weeks = findPeriod(row[c], 'line')?.period ?? bareWeeks(c);
    if (weeks?.unit === 'week') return { weeks, days: null };
    const days = relativeDaysIn(row[c]);
    if (days) return { weeks: null, days: { start: days.start, end: days.end } };
  }
  return null;
}

/**
 * A week table whose rows name the plan's items ("| 4 | 07.10.2019 | Sprint 1 | 14 |", "| 5 | 14.10.2019 | Sprint 1 |")
 * schedules those items week by week: each item is read once, at its first row, over the weeks of its rows (a row
 * dated by one day is the week from that day); the other rows are activities, not items. False when no row names an
 * item (the weeks themselves are the items then).
 */
function weekPlanItems(weekColumn: number, statusColumn: number, rows: string[][], spans: Span[], heading: number, out: ChunkLineItem[], order: DateContext): boolean {
  const named = rows.map((row) => {
    for (let c = 0; c < row.length; c++) {
      if (c === weekColumn || c === statusColumn) continue;
      const found = cellItemIn(row[c]);
      if (found && found.word !== 'week' && found.kind !== 'quarter') return { ...found, cell: row[c] };
    }
    return null;
  });
  if (!named.some((n) => n !== null)) return false;
  const firstDay = (row: string[]): string | null => {
    for (let c = 0; c < row.length; c++) {
      if (c === statusColumn) continue;
      const p = findPeriod(row[c], 'line', order)?.period;
      if (p?.unit === 'date' && p.precision === 'day') return p.start;
    }
    return null;
  };
  const seen = new Set<string>();
  named.forEach((n, r) => {
    if (n === null || seen.has(n.id)) return;
    seen.add(n.id);
    const last = named.reduce((at, m, i) => (m?.id === n.id ? i : at), r);
    const start = firstDay(rows[r]);
    const lastStart = firstDay(rows[last]);
    const period: Period | null = start && lastStart && start <= lastStart ? { unit: 'date', start, end: addDays(lastStart, 6), precision: 'day', source: 'line' } : null;
    const statusCell = statusColumn >= 0 ? (rows[r][statusColumn] ?? '') : '';
    const stated = statusCell ? cellStatusAt(statusCell, false) : null;
    const span = spans[r];
    out.push({
      line: span.line,
      heading,
      from: 'table-row',
      title: n.cell.replace(/[*_`]/g, '').trim(),
      kind: n.kind,
      id: n.id,
      word: n.word,
      status: stated?.status ?? null,
      task: -1,
      finished: null,
      period,
      spans: { kind: span, status: stated ? { ...span, text: stated.words } : null, period: period ? span : null },
    });
  });
  return true;
}

const GANTT_LINE = /^\s*([^:]{1,200}?)\s*:\s*((?:(?:done|active|crit|milestone)\s*,\s*)*)(?:[A-Za-z_][\w-]*\s*,\s*)?(\d{4}-\d{2}-\d{2})\s*,\s*(?:(\d{4}-\d{2}-\d{2})|(\d{1,4})\s*([dw]))\s*$/u;

/**
 * Plan items in a Mermaid gantt chart: "Etap 1 — PoC :done, 2023-10-02, 2024-09-11", "M1 — Beta :milestone, m1,
 * 2024-09-11, 0d". `done` and `active` are the items' states; durations are calendar days.
 */
function ganttItems(value: string, fenceLine: number, input: string, lines: LineIndex, heading: number, out: ChunkLineItem[]): void {
  const title = /^\s*title\s+(.+)$/mu.exec(value);
  const scope = title ? readHeading(title[1]).id : null;
  splitLines(value).forEach((text, i) => {
    const m = GANTT_LINE.exec(text);
    if (!m) return;
    // A chart's task names are labels: "Etap 2 MVP" names Etap 2 as a heading would. A task that repeats the chart's
    // own item ("Etap 2 — start" in "title Etap 2 — MVP") marks a moment of it.
    const reading = readHeading(m[1]);
    if (reading.id === null || reading.kind === 'section' || reading.id === scope) return;
    const start = m[3];
    const days = m[5] === undefined ? null : Number(m[5]) * (m[6] === 'w' ? 7 : 1);
    let end: string;
    try {
      end = m[4] ?? addDays(start, Math.max(0, (days ?? 1) - 1));
      addDays(start, 0);
    } catch {
      return;
    }
    if (end < start) return;
    const tags = m[2];
    const line = fenceLine + i;
    const [from, to] = lines.lineRange(line);
    const at = (fragment: string): Span => spanOf(input, lines, from, to, fragment);
    const status = /\bdone\b/u.test(tags) ? 'done' : /\bactive\b/u.test(tags) ? 'in-progress' : null;
    out.push({
      line,
      heading,
      from: 'table-row',
      title: m[1].trim(),
      kind: reading.kind,
      id: reading.id,
      word: reading.word,
      status,
      task: -1,
      finished: null,
      period: { unit: 'date', start, end, precision: 'day', source: 'line' },
      scope,
      spans: { kind: at(m[1].trim().slice(reading.index, reading.end)), status: status ? at(status === 'done' ? 'done' : 'active') : null, period: at(text.slice(text.indexOf(start))) },
    });
  });
}

/** An ISO day from a stamp written as ISO, DD.MM.YYYY or DD/MM/YYYY; null when it is no real day. */
function dayOf(raw: string, order: DateContext): string | null {
  const found = findPeriod(raw, 'line', order);
  return found?.period.unit === 'date' && found.period.precision === 'day' ? found.period.end : null;
}

/**
 * The span a section's first line opens with: "Woche 1-2 | Alle Teams Setup", "Weeks 3-4", "2025-01-06 → 2025-01-17 ·
 * kickoff". Only a span of weeks or days, or of calendar days from one to another: a single day first in a section
 * is as often when something was written or happened.
 */
function leadingSpanIn(line: string, order: DateContext): Period | null {
  const text = line.replace(/^[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f]+/u, '');
  if (!/^(?:\p{L}{1,12}\.?\s*)?\d/u.test(text)) return null;
  const found = findPeriod(text, 'line', order);
  if (!found || found.index !== 0) return null;
  const rest = text.slice(found.end).trim();
  if (rest !== '' && !/^[|·•—–:(（-]/u.test(rest)) return null;
  const p = found.period;
  return p.unit === 'week' || (p.unit === 'date' && p.precision === 'day' && p.start !== p.end) ? p : null;
}

function emptyFacts(): SectionFacts {
  return {
    status: null,
    period: null,
    dependencies: null,
    priority: null,
    durationWeeks: null,
    durationDays: null,
    spans: { status: null, period: null, dependencies: null, priority: null, duration: null },
  };
}

function taskOf(item: ListItem, box: TaskBox, input: string, parent: number, depth: number, heading: number): ChunkTask {
  const first = item.children[0];
  // The item's first line after the box: from past the `]` to the end of that line.
  const after = box.offset + box.length + 1;
  return {
    line: box.line - 1,
    offset: box.offset,
    boxLength: box.length,
    checked: item.checked === true,
    text: first?.type === 'paragraph' ? plainText(first) : '',
    raw: input.slice(after, lineContentEnd(input, after)).trim(),
    depth,
    parent,
    endLine: item.position!.end.line - 1,
    heading,
  };
}

/** The non-blank lines of a paragraph's plain text, each with its 0-based line in the chunk. */
function plainLines(node: Nodes): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const first = node.position!.start.line - 1;
  splitLines(visibleText(node, '\n', false)).forEach((line, i) => {
    const clean = collapseWhitespace(line);
    if (clean !== '') out.push({ text: clean, line: first + i });
  });
  return out;
}

/** A key of a two-column table that names a section's status or period ("| Status | Planned |", "| Target | Q3 |"). */
function keyedFact(key: string): boolean {
  const text = key.replace(/[*_`]/g, '').trim();
  return text.length <= 40 && (statusKeyIn(text) || periodLabelIn(`${text}:`) !== null);
}

function readFact(facts: SectionFacts, line: string, at: (fragment: string) => Span, order: DateContext, nested = false): void {
  if (facts.status === null) {
    const status = statusLineAt(line);
    if (status) {
      facts.status = status.status;
      facts.spans.status = { ...at(status.words), text: status.field ?? status.words };
      // "**Status**: In Progress (2025-01-11 to 2025-01-25)": the days the work spans.
      const span = facts.period === null && !nested ? findPeriod(line, 'line', order) : null;
      if (span && span.period.unit === 'date' && span.period.precision === 'day' && span.period.start !== span.period.end) {
        facts.period = span.period;
        facts.spans.period = at(line);
      }
    }
  }
  if (facts.dependencies === null) {
    facts.dependencies = dependenciesIn(line);
    if (facts.dependencies !== null) facts.spans.dependencies = at(line);
  }
  if (facts.priority === null) {
    facts.priority = priorityIn(line);
    if (facts.priority !== null) facts.spans.priority = at(line);
  }
  // "- **Task** / - Срок: 13–20.05.2025": when the entry above is due, not when the section is.
  if (nested) return;
  if (facts.durationWeeks === null) {
    facts.durationWeeks = durationWeeksIn(line);
    if (facts.durationWeeks !== null) facts.spans.duration = at(line);
  }
  facts.durationDays ??= durationDaysIn(line);
  const from = durationStartIn(line, order);
  if (from) {
    facts.labelled ??= {};
    facts.labelled.start ??= { period: { unit: 'date', start: from.start, end: from.start, precision: 'day', source: 'line' }, span: at(line) };
  }
  const role = periodLabelIn(line);
  if (role === null) {
    const placed = facts.period === null ? durationKeyPeriodIn(line, order) : null;
    if (placed) {
      facts.period = placed;
      facts.spans.period = at(line);
    }
    const days = facts.days === undefined && !placed ? durationKeyDaysIn(line) : null;
    if (days) {
      facts.days = days;
      facts.spans.days = at(line);
    }
    return;
  }
  const found = findPeriod(line, 'line', order);
  if (!found) return;
  const span = at(line);
  if (role === 'period' && facts.period === null) {
    facts.period = found.period;
    facts.spans.period = span;
  } else if (role === 'finished' && found.period.unit === 'date') {
    facts.finished ??= found.period.end;
  } else if (role === 'start' || role === 'end' || role === 'date') {
    facts.labelled ??= {};
    facts.labelled[role] ??= { period: found.period, span };
  }
}

function addTimeline(timeline: TimelineEntry[], line: string, at: (fragment: string) => Span, month: Period | null = null): void {
  const entry = timelineEntryIn(line);
  if (!entry) return;
  const period = entry.period.unit === 'week' && month?.unit === 'date' ? (weeksOfMonth(entry.period, month) ?? entry.period) : entry.period;
  timeline.push({ label: entry.label, period: { ...period, source: 'timeline' }, span: at(line) });
}

/**
 * Whether toggling these tasks touches a summary line ("- [x] **Phase 25** …") or a box under the heading one names:
 * the two weigh on each other's status (buildModel), so such a toggle is parsed, not patched.
 */
export function touchesSummary(doc: RoadmapDocument, changed: readonly number[]): boolean {
  const summaries = doc.summaries;
  if (!summaries) return false;
  for (const index of changed) {
    const task = doc.tasks[index];
    if (summaries.lines.includes(task.line)) return true;
    for (let s = task.section; s !== null; s = doc.sections[s].parent) if (summaries.headings.includes(doc.sections[s].line)) return true;
  }
  return false;
}

/**
 * A box that is a plan item's state (a list-line item, or a summary line lending a heading its state) changes more
 * than progress: such toggles are parsed, not patched.
 */
function patchable(doc: RoadmapDocument, changed: readonly number[]): boolean {
  if (touchesSummary(doc, changed)) return false;
  const items = doc.items ?? [];
  if (items.length === 0 && !doc.sections.some((s) => s.statusSource === 'line' && /^\[[ xX]\]$/u.test(s.provenance.status?.text ?? ''))) return true;
  const itemTasks = new Set(items.map((s) => s.task).filter((t) => t !== undefined));
  const boxLines = new Set(doc.sections.filter((s) => /^\[[ xX]\]$/u.test(s.provenance.status?.text ?? '')).map((s) => s.provenance.status!.line));
  for (const index of changed) {
    if (boxLines.has(doc.tasks[index].line)) return false;
    for (let t: number | null = index; t !== null; t = doc.tasks[t].parent) if (itemTasks.has(t)) return false;
  }
  return true;
}

/**
 * Whether a toggle can only change counts and the statuses read from them: no plan items outside headings, and
 * every section's status either read from its own progress, or stated (in its own lines or a status table) where
 * nothing lends it on by the boxes under it.
 */
export function toggleKeepsStatuses(doc: RoadmapDocument): boolean {
  if ((doc.items ?? []).length > 0) return false;
  return doc.sections.every((s, i) => {
    if (s.status === null) return true;
    const line = s.provenance.status?.line;
    const own = line === null || line === undefined || (line >= s.line && line <= s.endLine);
    if (s.statusSource === 'tasks') return own && s.status === statusFromProgress(s.progress);
    // A status table row naming the item outweighs its boxes; a plain section lends its stated status to the plan
    // items filed under it that have no ticked box, so it matters only where it has none under it — nor beside it:
    // an empty bucket ("# (In Progress)") heads the items that follow it at its level.
    return (
      s.provenance.status?.basis === 'stated' &&
      (own || s.statusSource === 'table') &&
      (s.kind !== 'section' || (s.children.length === 0 && !headsItemsBeside(doc.sections, i)))
    );
  });
}

/** Whether plan items follow a section at its own level before the next plain section there (see buildModel's bucketOf). */
function headsItemsBeside(sections: readonly Section[], index: number): boolean {
  const level = sections[index].level;
  for (let j = index + 1; j < sections.length && sections[j].level >= level; j++) {
    if (sections[j].level !== level) continue;
    if (sections[j].kind === 'section') return false;
    return true;
  }
  return false;
}

function taskAtOffset(tasks: readonly Task[], offset: number): Task | undefined {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = tasks[mid].offset;
    if (at === offset) return tasks[mid];
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

function partAtOffset(parts: readonly Part[], offset: number): number {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid].chunk.startOffset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** New model with some tasks' checked states changed; untouched tasks and sections are shared with `doc`. */
function patchModel(doc: RoadmapDocument, checked: Map<number, boolean>): RoadmapDocument {
  const tasks = doc.tasks.slice();
  const sections = doc.sections.slice();
  let docDone = doc.progress.done;
  const copiedTask = new Set<number>();
  const copiedSection = new Set<number>();
  const taskCopy = (i: number): Task => {
    if (!copiedTask.has(i)) {
      tasks[i] = { ...tasks[i], progress: { ...tasks[i].progress } };
      copiedTask.add(i);
    }
    return tasks[i];
  };
  const sectionCopy = (i: number): Section => {
    if (!copiedSection.has(i)) {
      sections[i] = { ...sections[i], progress: { ...sections[i].progress } };
      copiedSection.add(i);
    }
    return sections[i];
  };
  for (const [index, value] of checked) {
    if (tasks[index].checked === value) continue;
    const delta = value ? 1 : -1;
    docDone += delta;
    const task = taskCopy(index);
    task.checked = value;
    for (let t: number | null = index; t !== null; t = tasks[t].parent) taskCopy(t).progress.done += delta;
    for (let s: number | null = task.section; s !== null; s = sections[s].parent) sectionCopy(s).progress.done += delta;
  }
  for (const i of copiedSection) {
    const s = sections[i];
    if (s.statusSource === 'tasks' || s.statusSource === null) deriveStatus(s);
  }
  return { ...doc, tasks, sections, progress: { done: docDone, total: doc.progress.total } };
}

