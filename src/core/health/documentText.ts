// Positions in a roadmap's text for the health rules: line starts (any of \n, \r\n, \r), the text of a line, and
// which lines are prose (not inside a code fence, an HTML block or an HTML comment), where a rule may read words.

export interface DocumentText {
  text: string;
  /** Offset of each line's first character; index 0 is line 1. */
  starts: number[];
  /** prose[i] says whether line i+1 is outside code and HTML. */
  prose: boolean[];
}

export function documentText(text: string): DocumentText {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  // A trailing newline does not start a line.
  if (starts.length > 1 && starts[starts.length - 1] === text.length) starts.pop();
  const doc: DocumentText = { text, starts, prose: [] };
  doc.prose = proseLines(doc);
  return doc;
}

export function lineCount(doc: DocumentText): number {
  return doc.starts.length;
}

/** The text of 1-based `line` without its line break. */
export function lineText(doc: DocumentText, line: number): string {
  const start = doc.starts[line - 1];
  if (start === undefined) return '';
  const next = doc.starts[line] ?? doc.text.length;
  let end = next;
  while (end > start && (doc.text.charCodeAt(end - 1) === 10 || doc.text.charCodeAt(end - 1) === 13)) end--;
  return doc.text.slice(start, end);
}

export function lineStart(doc: DocumentText, line: number): number {
  return doc.starts[line - 1] ?? doc.text.length;
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function positionAt(doc: DocumentText, offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - doc.starts[lo] + 1 };
}

export function isProse(doc: DocumentText, line: number): boolean {
  return doc.prose[line - 1] ?? false;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// CommonMark HTML blocks of kinds 6 and 7 (a block-level tag at the start of a line) run to the next blank line.
const HTML_BLOCK = /^ {0,3}<\/?(?:address|article|aside|blockquote|body|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|script|style)(?=[\s/>]|$)/i;

function proseLines(doc: DocumentText): boolean[] {
  const out: boolean[] = [];
  let fence: string | null = null;
  let html = false;
  let comment = false;
  for (let line = 1; line <= doc.starts.length; line++) {
    const text = lineText(doc, line);
    if (fence !== null) {
      out.push(false);
      const close = FENCE.exec(text);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && text.trim() === close[1]) fence = null;
      continue;
    }
    if (comment) {
      out.push(false);
      if (text.includes('-->')) comment = false;
      continue;
    }
    if (html) {
      if (text.trim() === '') html = false;
      out.push(false);
      continue;
    }
    const open = FENCE.exec(text);
    if (open) {
      fence = open[1];
      out.push(false);
      continue;
    }
    if (/^ {0,3}<!--/.test(text)) {
      out.push(false);
      if (!text.includes('-->')) comment = true;
      continue;
    }
    if (HTML_BLOCK.test(text)) {
      // Runs to the next blank line: the markdown GSD wraps in <details> starts after one, and is prose again.
      out.push(false);
      html = true;
      continue;
    }
    out.push(true);
  }
  return out;
}
