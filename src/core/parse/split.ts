// The cheap line scan that lets a roadmap be parsed section by section.
//
// A chunk starts at an ATX heading in column 0 that is not inside a top-level fenced code block or HTML block.
// CommonMark would also let a heading start at column 1–3, but an indented heading can be the content of a list
// item ("- a\n  # b"), which only a real parse can tell; column 0 is never list-item content (a list item's content
// is indented by at least the width of its marker). Such a heading closes every open block (paragraphs, lists,
// blockquotes, fences inside them: none of them takes a column-0 heading as a lazy continuation line), so the text
// after it parses exactly as it would on its own. The scan only proposes boundaries: the parser confirms each one
// (see parse.ts), so a scan that misreads an exotic document costs speed, never correctness.
//
// Front matter (a `---` YAML mapping at the very top; see readFrontMatter) is blanked out here: its closing `---` would otherwise turn the last
// YAML line into a setext heading. It is replaced by spaces, not removed, so every line and offset holds.

import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { runToEnd } from './steps';

export interface Chunk {
  /** 0-based line of the chunk's first line in the whole text. */
  startLine: number;
  /** Lines in the chunk (the last one may lack a line ending). */
  lineCount: number;
  /** UTF-16 offset of the chunk's first character in the whole text. */
  startOffset: number;
  /** The chunk's text as handed to remark (front matter blanked, a leading BOM dropped). */
  text: string;
  /** The chunk's first line when it is the heading that starts it; "" for the lead chunk and for a piece. */
  heading: string;
  /**
   * For a piece of a long section (see ITEM_PIECE): the heading line of the section it continues ("" before the
   * first heading). Undefined for chunks that start at a heading or the document's start.
   */
  continues?: string;
}

export interface FrontMatter {
  /** 1-based line of the closing fence. */
  endLine: number;
  title: string | null;
  /** The document's own status (a Backlog.md task's `status: To Do`), with its 1-based line. */
  status?: { value: string; line: number };
  /** A Cursor plan's `todos` (`- id: …`, `content: …`, `status: completed`), each with the 1-based line of its entry. */
  todos?: { id: string; content: string; status: string; line: number }[];
}

/** Front matter longer than this is not read for a status or todos (its title is still read). */
const FRONT_MATTER_READ_LIMIT = 64 * 1024;

export interface Scan {
  chunks: Chunk[];
  /** Link reference definition lines found outside code and HTML, in document order. */
  definitions: string[];
  frontMatter: FrontMatter | null;
  lineCount: number;
  eol: '\n' | '\r\n' | '\r';
}

export function splitSections(text: string): Chunk[] {
  return scanDocument(text).chunks;
}

interface Fence {
  marker: number;
  length: number;
}

/** HTML block kinds as numbered in CommonMark 4.6; 1–5 end at a marker, 6–7 at a blank line. */
export type HtmlKind = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const HTML_END: Record<1 | 2 | 3 | 4 | 5, RegExp> = {
  1: /<\/(?:pre|script|style|textarea)>/i,
  2: /-->/,
  3: /\?>/,
  4: />/,
  5: /\]\]>/,
};

const HTML_BLOCK_NAMES = new Set(
  ('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li ' +
    'link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot ' +
    'th thead title tr track ul').split(' '),
);

const TAG_7 =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

const ATX = /^#{1,6}(?:[ \t]|$)/;

/**
 * Long sections are cut into pieces of about this many UTF-16 units, so no single remark parse holds a host for long
 * (a 1 MB one-section list was one 3 s parse). A piece starts only at a top-level bullet item with content (indented
 * 0-3 columns, less than the open top-level item's content): such a line closes every open block but the top-level
 * list, and is never a lazy continuation (a non-empty bullet item interrupts a paragraph), so the items before it
 * parse exactly as they would in the whole section, and GFM decides whether an item is a task from the item alone.
 * A piece also starts at a column-0 line after a blank line (see the scan).
 */
export const ITEM_PIECE = 4 * 1024;
/** A list marker, the spaces after it, and the rest of the line. */
const LIST_MARKER = /^([-+*]|\d{1,9}[.)])([ \t]*)(.*)$/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const DEFINITION = /^ {0,3}\[(?:[^\\[\]]|\\.){1,999}\]:/;

export function scanDocument(text: string): Scan {
  return runToEnd(scanInSteps(text));
}

/** The scan, pausing every few thousand lines so a caller can yield to its event loop (see parseInSlices). */
export function* scanInSteps(text: string): Generator<void, Scan, void> {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines: string[] = [];
  const starts: number[] = [];
  let eol: '\n' | '\r\n' | '\r' | null = null;
  // Its own cursor per scan: a scan pauses, and another document's scan may run in between (the index parses
  // several files in slices), so a shared /g regex's lastIndex would be moved under it.
  const lineEnd = /\r\n|\r|\n/g;
  lineEnd.lastIndex = bom;
  let from = bom;
  for (let m = lineEnd.exec(text); m; m = lineEnd.exec(text)) {
    if ((lines.length & 0x3fff) === 0x3fff) yield;
    lines.push(text.slice(from, m.index));
    starts.push(from);
    eol ??= m[0] as '\n' | '\r\n' | '\r';
    from = m.index + m[0].length;
  }
  if (from < text.length) {
    lines.push(text.slice(from));
    starts.push(from);
  }

  const frontMatter = readFrontMatter(lines);
  const boundaries: number[] = [0];
  /** Boundaries that start a piece of a section, not at a heading: the heading line of that section. */
  const pieceHeadings = new Map<number, string>();
  let sectionHeading = '';
  /** Content column of the open top-level list item, -1 when none is known to be open. */
  let topContent = -1;
  const definitions: string[] = [];
  let fence: Fence | null = null;
  let html: HtmlKind | null = null;
  let inParagraph = false;
  const firstBody = frontMatter ? frontMatter.endLine : 0;

  for (let i = firstBody; i < lines.length; i++) {
    if ((i & 0x3fff) === 0x3fff) yield;
    const line = lines[i];
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    if (html !== null) {
      if (html === 6 || html === 7 ? isBlank(line) : HTML_END[html].test(line)) html = null;
      inParagraph = false;
      continue;
    }
    if (isBlank(line)) {
      inParagraph = false;
      continue;
    }
    if (line.charCodeAt(0) === 0x23 /* # */ && ATX.test(line)) {
      if (i > 0) boundaries.push(i);
      sectionHeading = line;
      topContent = -1;
      inParagraph = false;
      continue;
    }
    const indent = indentOf(line);
    // After a blank line nothing is open to continue lazily, so a line in column 0 closes every container (list
    // items, block quotes, footnotes); fences and HTML blocks are tracked above. The text before it parses alone.
    if (indent.columns === 0 && i > 0 && isBlank(lines[i - 1]) && starts[i] - starts[boundaries[boundaries.length - 1]] >= ITEM_PIECE) {
      boundaries.push(i);
      pieceHeadings.set(i, sectionHeading);
      topContent = -1;
    }
    const marker = indent.columns <= 3 ? LIST_MARKER.exec(line.slice(indent.chars)) : null;
    const item = marker && (marker[2] !== '' || marker[3] === '') ? marker : null;
    // A list item marker indented less than the content of the open top-level item (if any) starts a top-level
    // item; anything else with a marker is nested in that item. Other lines may close the item without this scan
    // noticing; it then sees fewer top-level items than there are, which only means fewer pieces.
    if (item && !THEMATIC_BREAK.test(line) && (topContent < 0 || indent.columns < topContent)) {
      const spaces = item[2].length;
      topContent = indent.columns + item[1].length + (spaces === 0 || spaces > 4 ? 1 : spaces);
      if (i > 0 && starts[i] - starts[boundaries[boundaries.length - 1]] >= ITEM_PIECE && /^[-+*]$/.test(item[1]) && item[3].trim() !== '') {
        boundaries.push(i);
        pieceHeadings.set(i, sectionHeading);
        inParagraph = true;
        continue;
      }
    }
    if (indent.columns <= 3) {
      const rest = line.slice(indent.chars);
      const opened = fenceOpening(rest);
      if (opened) {
        fence = opened;
        inParagraph = false;
        continue;
      }
      if (rest.charCodeAt(0) === 0x3c /* < */) {
        const kind = htmlKind(rest, inParagraph);
        if (kind !== null) {
          html = kind <= 5 && HTML_END[kind as 1].test(rest.slice(1)) ? null : kind;
          inParagraph = false;
          continue;
        }
      }
      if (!inParagraph && DEFINITION.test(line)) {
        definitions.push(line);
        continue;
      }
    }
    inParagraph = true;
  }

  const chunks: Chunk[] = [];
  for (let b = 0; b < boundaries.length; b++) {
    const first = boundaries[b];
    const next = b + 1 < boundaries.length ? boundaries[b + 1] : lines.length;
    if (next <= first && lines.length > 0) continue;
    const startOffset = b === 0 ? bom : starts[first];
    const endOffset = next < lines.length ? starts[next] : text.length;
    let chunkText = text.slice(startOffset, endOffset);
    if (b === 0 && frontMatter) {
      const blankEnd = starts[frontMatter.endLine - 1] + lines[frontMatter.endLine - 1].length - startOffset;
      chunkText = chunkText.slice(0, blankEnd).replace(/[^\r\n]/g, ' ') + chunkText.slice(blankEnd);
    }
    const piece = pieceHeadings.has(first);
    chunks.push({
      startLine: first,
      lineCount: next - first,
      startOffset,
      text: chunkText,
      heading: b === 0 || piece ? '' : lines[first],
      ...(piece ? { continues: pieceHeadings.get(first) ?? '' } : {}),
    });
  }
  return { chunks, definitions, frontMatter, lineCount: lines.length, eol: eol ?? '\n' };
}

/**
 * YAML front matter as GitHub shows it: `---` on the first line, a closing `---` (or `...`), and between them a YAML
 * mapping. A block that is not one (prose between two horizontal rules) is content, and stays content.
 */
function readFrontMatter(lines: string[]): FrontMatter | null {
  if (lines.length < 2 || !/^---[ \t]*$/.test(lines[0])) return null;
  for (let i = 1; i < lines.length; i++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i])) {
      if (!isYamlMapping(lines, 1, i)) return null;
      let title: string | null = null;
      for (let j = 1; j < i && title === null; j++) {
        const m = /^title[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(lines[j]);
        if (m) title = unquote(m[1]);
      }
      return { endLine: i + 1, title, ...planFacts(lines, i) };
    }
  }
  return null;
}

/** The status and todos of front matter `lines[1..end)`, read with a YAML parser; none where it is not YAML. */
function planFacts(lines: string[], end: number): Pick<FrontMatter, 'status' | 'todos'> {
  let size = 0;
  for (let j = 1; j < end; j++) size += lines[j].length + 1;
  if (size > FRONT_MATTER_READ_LIMIT) return {};
  let data: unknown;
  try {
    data = loadYaml(lines.slice(1, end).join('\n'), { schema: CORE_SCHEMA, json: true });
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const record = data as Record<string, unknown>;
  const out: Pick<FrontMatter, 'status' | 'todos'> = {};
  const lineOf = (re: RegExp, from = 1): number => {
    for (let j = from; j < end; j++) if (re.test(lines[j])) return j + 1;
    return from + 1;
  };
  if (typeof record.status === 'string' && record.status.trim() !== '') out.status = { value: record.status.trim(), line: lineOf(/^status[ \t]*:/) };
  if (Array.isArray(record.todos)) {
    const todos: NonNullable<FrontMatter['todos']> = [];
    let from = lineOf(/^todos[ \t]*:/);
    for (const todo of record.todos) {
      // Each entry starts with a dash; its line is the next one from the last entry's, skipped entries included.
      const line = lineOf(/^[ \t]*-[ \t]/, from);
      from = line;
      if (typeof todo !== 'object' || todo === null) continue;
      const t = todo as Record<string, unknown>;
      const field = (key: string): string => (typeof t[key] === 'string' || typeof t[key] === 'number' ? String(t[key]).trim() : '');
      if (field('status') === '' || (field('id') === '' && field('content') === '')) continue;
      todos.push({ id: field('id'), content: field('content'), status: field('status'), line });
    }
    if (todos.length > 0) out.todos = todos;
  }
  return out;
}

const YAML_KEY = /^(?:[^\s#:'"\-?[\]{},&*!|>%@`][^:#]*?|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]|$)/;

/**
 * Lines `[from, to)` read as a block YAML mapping: every line at column 0 is `key: value` (or a comment), and
 * every other non-blank line is indented (a nested value, a list under a key, a folded string). Conservative:
 * what this accepts, YAML reads as a mapping; prose, a list or a lone scalar is refused.
 */
function isYamlMapping(lines: string[], from: number, to: number): boolean {
  let keys = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (isBlank(line) || /^[ \t]*#/.test(line)) continue;
    if (line[0] === ' ') continue;
    if (line[0] === '\t' || !YAML_KEY.test(line)) return false;
    keys++;
  }
  return keys > 0;
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2] : value;
}

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

function indentOf(line: string): { columns: number; chars: number } {
  let columns = 0;
  let chars = 0;
  for (; chars < line.length; chars++) {
    const c = line.charCodeAt(chars);
    if (c === 0x20) columns++;
    else if (c === 0x09) columns += 4 - (columns % 4);
    else break;
  }
  return { columns, chars };
}

function fenceOpening(rest: string): Fence | null {
  const m = /^(`{3,}|~{3,})(.*)$/.exec(rest);
  if (!m) return null;
  if (m[1][0] === '`' && m[2].includes('`')) return null;
  return { marker: m[1].charCodeAt(0), length: m[1].length };
}

function closesFence(line: string, fence: Fence): boolean {
  const indent = indentOf(line);
  if (indent.columns > 3) return false;
  let i = indent.chars;
  let run = 0;
  while (i < line.length && line.charCodeAt(i) === fence.marker) {
    i++;
    run++;
  }
  return run >= fence.length && isBlank(line.slice(i));
}

export function htmlKind(rest: string, inParagraph: boolean): HtmlKind | null {
  if (/^<(?:pre|script|style|textarea)(?:[\s>]|$)/i.test(rest)) return 1;
  if (rest.startsWith('<!--')) return 2;
  if (rest.startsWith('<?')) return 3;
  if (/^<![A-Za-z]/.test(rest)) return 4;
  if (rest.startsWith('<![CDATA[')) return 5;
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s>]|\/>|$)/.exec(rest);
  if (name && HTML_BLOCK_NAMES.has(name[1].toLowerCase())) return 6;
  // Kind 7 (any other tag alone on its line) cannot interrupt a paragraph.
  if (!inParagraph && TAG_7.test(rest)) return 7;
  return null;
}
