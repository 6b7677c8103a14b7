// The line reader: what a chunk holds, read line by line in linear time, for chunks remark + GFM cannot parse in
// budget (budget.ts). It finds what GFM would: the chunk's heading, and `- [ ] text` task items (bullets or ordered,
// in block quotes and nested lists, the box a space, tab, `x` or `X`) outside fenced code, with a parent from the
// indentation. It does not read lazy continuations, multi-line boxes, tables or section facts; the model says
// `partial` for the lines it read, so views can say so.
import { readHeading, statusAt } from '../language/classify';
import { findPeriod } from '../language/periods';
import type { RoadmapDocument } from '../model';
import { buildModel, type ChunkData, type ChunkHeading, type ChunkTask } from './buildModel';
import { containerPrefix, type PartialCause } from './budget';
import { collapseWhitespace } from './markdown';
import { HTML_END, htmlKind, scanDocument } from './split';
import { runToEnd } from './steps';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const BOX = /^\[([ \txX])\][ \t]+(\S.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Markup dropped from titles and task text: emphasis, code and link punctuation. */
const MARKUP = /[*_~`]|!?\[|\]\([^)]*\)|\]/g;

/** How many lines the reader handles between pauses, so a huge chunk is read across several slices. */
export const LINE_READ_STEP = 16_384;

/** The chunk read line by line; pauses every LINE_READ_STEP lines. */
export function* lineReadChunk(text: string, cause: PartialCause): Generator<void, ChunkData, void> {
  const headings: ChunkHeading[] = [];
  const tasks: ChunkTask[] = [];
  /** Open task items: the column of their marker and their chunk-local index. */
  const open: { column: number; index: number }[] = [];
  let fence: string | null = null;
  let html: 1 | 2 | 3 | 4 | 5 | null = null;
  let lineNo = 0;
  /** The last line with content: where an item closed by the next line ends. */
  let lastContent = 0;
  let start = 0;
  while (start < text.length || (start === 0 && text.length === 0)) {
    if (lineNo > 0 && lineNo % LINE_READ_STEP === 0) yield;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    const line = text.slice(start, end);
    const lineStart = start;
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    const current = lineNo++;

    const prefix = containerPrefix(line);
    const content = line.slice(prefix.contentStart);
    if (fence !== null) {
      if (content.startsWith(fence)) fence = null;
      lastContent = current;
      continue;
    }
    // An HTML block that ends only at its marker ("<?x …" until "?>", "<!-- …" until "-->") holds no tasks for GFM.
    if (html !== null) {
      if (HTML_END[html].test(line)) html = null;
      lastContent = current;
      continue;
    }
    if (prefix.markers === 0 && content.charCodeAt(0) === 0x3c /* < */) {
      const kind = htmlKind(content, false);
      if (kind !== null && kind <= 5) {
        if (!HTML_END[kind as 1].test(content.slice(1))) html = kind as 1;
        lastContent = current;
        continue;
      }
    }
    const opened = FENCE.exec(content);
    if (opened) {
      fence = opened[1];
      lastContent = current;
      continue;
    }
    if (current === 0 && prefix.markers === 0) {
      const h = ATX_HEADING.exec(line);
      if (h) {
        const title = plain(h[2] ?? '');
        const reading = readHeading(title);
        // No provenance spans: the line scan reads what a heading says, not where each word stands.
        headings.push({
          line: 0,
          level: h[1].length,
          title,
          rawTitle: (h[2] ?? '').trim(),
          kind: reading.kind,
          id: reading.id,
          word: reading.word,
          about: reading.about,
          status: statusAt(title)?.status ?? null,
          period: findPeriod(title, 'heading')?.period ?? null,
          facts: {
            status: null,
            period: null,
            dependencies: null,
            priority: null,
            durationWeeks: null,
            spans: { status: null, period: null, dependencies: null, priority: null, duration: null },
          },
          spans: { kind: null, status: null, period: null },
        });
        continue;
      }
    }
    if (content.trim() === '') continue;
    // A line indented less than an open item's content closes that item (lazy continuations are not read).
    while (open.length > 0 && prefix.indent < open[open.length - 1].column) tasks[open.pop()!.index].endLine = lastContent;
    lastContent = current;
    if (prefix.markers === 0 || !/[-+*.)][ \t]*$/.test(line.slice(0, prefix.contentStart).trimEnd() + ' ')) continue;
    const box = BOX.exec(content);
    if (!box) continue;
    const parent = open.length > 0 ? open[open.length - 1].index : -1;
    const index = tasks.length;
    const offset = lineStart + prefix.contentStart + 1;
    tasks.push({
      line: current,
      offset,
      boxLength: 1,
      checked: box[1] === 'x' || box[1] === 'X',
      text: plain(box[2]),
      raw: box[2].trim(),
      depth: open.length,
      parent,
      endLine: current,
      heading: headings.length - 1,
    });
    open.push({ column: prefix.contentStart, index });
  }
  for (const item of open) tasks[item.index].endLine = lastContent;
  return { headings, tasks, tables: [], timeline: [], lineRead: cause };
}

/**
 * A whole document read by the line reader alone, every line marked partial: what the editor shows when a real
 * parse ran over its time (a pathological document) instead of nothing. Linear in the text, no remark.
 */
export function lineReadDocument(text: string): RoadmapDocument {
  const scan = scanDocument(text);
  return buildModel(
    scan.chunks.map((chunk) => ({ chunk, data: runToEnd(lineReadChunk(chunk.text, 'time')) })),
    scan,
  );
}

function plain(text: string): string {
  return collapseWhitespace(text.replace(MARKUP, ''));
}
