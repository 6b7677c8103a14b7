// What a remark + GFM parse of a chunk would cost, estimated by one cheap pass over its lines, and whether to pay
// it. micromark is superlinear on some shapes — deep container nesting (depth 800: 36 s), long runs of unmatched
// emphasis or link openers in one paragraph (`*` × 8000: 11 s; `![` × 3000: 28 s) — and a few shapes (tables,
// lists) cost ~10 µs a character. A chunk whose estimate is over budget is read by the line reader instead
// (lineRead.ts), and the model says it is partial. The limits sit far above what hand-written roadmaps do (the
// corpus's deepest nesting, longest delimiter run and costliest chunk are measured in test/unit/budget.test.ts)
// and far below where micromark turns slow.

import type { PartialRange } from '../model';

/** Why a chunk was read line by line instead of by remark + GFM. */
export type PartialCause = PartialRange['cause'];

/** Container depth (list items and block quotes on one line, or list items indented under each other). */
export const MAX_DEPTH = 64;
/**
 * Emphasis, code, link and HTML openers in one inline run (a paragraph, a list item's first line, a table row).
 * micromark resolves them per run in quadratic (emphasis) to worse (`![` openers) time: 800 `*` cost ~23 ms, 400
 * `![ ` ~4 ms, 3000 `![` 28 s.
 */
export const MAX_RUN_DELIMITERS = 500;
/** µs per squared run length, added to the chunk's cost: many runs of a few hundred openers add up too. */
const RUN_COST = 0.04;
/**
 * Estimated cost of one chunk, in µs of CPU on the 2-core test machines under load (~half that idle). Chunks are
 * pieces of at most a few KB wherever the text can be cut (split.ts); what stays bigger is one list item with long
 * nested content, a long table or paragraph. The corpus's costliest such chunk (one 10 KB list item) is estimated at
 * ~90 ms and parses in ~45 ms; this leaves it room and still stops a pathological block at ~250 ms.
 */
export const MAX_CHUNK_COST = 250_000;
/**
 * Text that remark + GFM parses per document, in UTF-16 units; chunks past it are read line by line. At the ~0.17–
 * 0.3 MB/s remark manages here this keeps a whole parse within ~3–6 s, so the CLI answers any file up to the 10 MiB
 * limit within 10 s.
 */
export const DOCUMENT_BUDGET = 1024 * 1024;
/**
 * What each remark + GFM parse costs besides its text, in the same units (~120 µs a chunk here, the cost of ~40
 * characters): 200,000 one-line sections are 2.2 MB but took minutes as 200,000 parses.
 */
export const CHUNK_OVERHEAD = 64;

/** µs per UTF-16 unit, by the kind of line (measured with test/bench: lists 9, tables 11, prose 3, code 0.5). */
const COST = { list: 9, table: 11, prose: 3, code: 0.5 };

interface Prefix {
  /** Containers opened on this line: `>` and list markers. */
  markers: number;
  /** Columns of indentation before the first marker (nesting by indentation), or of the whole line without one. */
  indent: number;
  /** Where the line's content starts after its container prefix. */
  contentStart: number;
}

/** The container prefix of a line: block quote markers, list markers and the indentation around them. */
export function containerPrefix(line: string): Prefix {
  let i = 0;
  let markers = 0;
  let indent = -1;
  let columns = 0;
  for (;;) {
    while (i < line.length && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09)) {
      columns += line.charCodeAt(i) === 0x09 ? 4 - (columns % 4) : 1;
      i++;
    }
    if (indent < 0) indent = columns;
    const c = line.charCodeAt(i);
    if (c === 0x3e /* > */) {
      markers++;
      i++;
      columns++;
      continue;
    }
    let j = i;
    if (c === 0x2d || c === 0x2b || c === 0x2a) j = i + 1;
    else {
      while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 0x30 && line.charCodeAt(j) <= 0x39) j++;
      if (j > i && (line.charCodeAt(j) === 0x2e || line.charCodeAt(j) === 0x29)) j++;
      else j = i;
    }
    const after = line.charCodeAt(j);
    if (j > i && (j === line.length || after === 0x20 || after === 0x09)) {
      markers++;
      columns += j - i;
      i = j;
      continue;
    }
    return { markers, indent, contentStart: i };
  }
}

const FENCE = /^(?:`{3,}|~{3,})/;

/** What the pre-scan measures of a chunk: deepest container nesting, longest marker run, estimated cost (µs). */
export interface ChunkMeasure {
  depth: number;
  run: number;
  cost: number;
}

/** One linear pass over the chunk's lines. */
export function measureChunk(text: string): ChunkMeasure {
  const measure = { depth: 0, run: 0, cost: 0 };
  let run = 0;
  let inFence = false;
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    const line = text.slice(start, end);
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);

    const prefix = containerPrefix(line);
    measure.depth = Math.max(measure.depth, prefix.markers + (prefix.markers > 0 ? Math.floor(prefix.indent / 2) : 0));
    const content = line.slice(prefix.contentStart);
    if (FENCE.test(content)) inFence = !inFence;
    if (inFence) {
      measure.cost += line.length * COST.code;
    } else {
      const table = content.charCodeAt(0) === 0x7c; /* | */
      if (content.trim() === '' || prefix.markers > 0 || table || content.charCodeAt(0) === 0x23 /* # */) {
        measure.cost += run * run * RUN_COST;
        run = 0;
      }
      measure.cost += line.length * (table ? COST.table : prefix.markers > 0 || prefix.indent >= 2 ? COST.list : COST.prose);
      for (let k = 0; k < content.length; k++) {
        const c = content.charCodeAt(k);
        // * _ ~ [ < `
        if (c === 0x2a || c === 0x5f || c === 0x7e || c === 0x5b || c === 0x3c || c === 0x60) run++;
      }
      measure.run = Math.max(measure.run, run);
    }
    if (end >= text.length) break;
  }
  measure.cost += run * run * RUN_COST;
  return measure;
}

/** Why a chunk must not go to remark + GFM, or null when it may. */
export function overBudget(text: string): PartialCause | null {
  const { depth, run, cost } = measureChunk(text);
  if (depth > MAX_DEPTH) return 'nesting';
  if (run > MAX_RUN_DELIMITERS) return 'delimiters';
  return cost > MAX_CHUNK_COST ? 'size' : null;
}
