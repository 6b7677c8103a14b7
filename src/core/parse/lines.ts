// The one line index of the core. CommonMark ends a line at `\r\n`, a lone `\r` or `\n`, and so do VS Code and this
// index; the model, edits, templates and the decoration plan all count lines here, so `\r\r\n` is two line
// endings everywhere and a CR-only file has as many lines in the tree as in the editor.

/** Matches one line ending; `\r\n` is one, not two. */
export const LINE_ENDING = /\r\n|\r|\n/;

/** UTF-16 offset where each line starts: always the first at 0; a trailing line ending starts no line (`"a\n"` has one). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  if (starts.length > 1 && starts[starts.length - 1] === text.length) starts.pop();
  return starts;
}

/** Length of the line ending at `offset` (2 for `\r\n`, 1 for `\r` or `\n`), 0 when none starts there. */
export function lineEndingLength(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  if (c === 0x0a) return 1;
  if (c === 0x0d) return text.charCodeAt(offset + 1) === 0x0a ? 2 : 1;
  return 0;
}

/** Offset just past the content of the line that holds `offset`: where its line ending (or the text) begins. */
export function lineContentEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) break;
    i++;
  }
  return i;
}

/** Offset where the line that holds `offset` starts. */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x0a || c === 0x0d) break;
    i--;
  }
  return i;
}

/** 1-based line of `offset` in a `lineStartsOf` index (binary search). */
export function lineAtOffset(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The content of 1-based `line` (without its line ending): start, end and text. */
export function lineBounds(text: string, starts: readonly number[], line: number): { start: number; end: number; content: string } {
  const start = starts[line - 1];
  const end = lineContentEnd(text, start);
  return { start, end, content: text.slice(start, end) };
}

/** The text split into lines at every line ending (`\r\n`, `\r`, `\n`); like `String.split`, a trailing ending leaves a last "". */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
