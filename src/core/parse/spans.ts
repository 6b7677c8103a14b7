// Where in the source the words behind a derived field stand. Classifiers read plain text (markup stripped); the
// model's provenance points at the document, so each fragment is found again in the source line it came from.
import type { Basis, Provenance } from '../model';
import { lineAtOffset, lineContentEnd, lineStartsOf } from './lines';

/** A fragment of one chunk: 0-based lines and UTF-16 offsets relative to the chunk's start, and the plain words. */
export interface Span {
  line: number;
  endLine: number;
  start: number;
  end: number;
  text: string;
}

/** Line starts of a text (parse/lines.ts), for offset → line and line → range. */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStartsOf(text);
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    return lineAtOffset(this.starts, offset) - 1;
  }

  /** [start, end) of a 0-based line without its line ending. */
  lineRange(line: number): [number, number] {
    const start = this.starts[line] ?? this.text.length;
    return [start, lineContentEnd(this.text, start)];
  }
}

const MARKUP = /[\s*_`~[\]()<>!#\\|>-]/u;

/**
 * The source range [start, end) within [from, to) that holds `fragment` as written, its markup aside: the
 * fragment itself when it appears verbatim, else the shortest run that holds its characters in order starting
 * at its first one. Falls back to the whole range trimmed.
 */
export function locate(source: string, from: number, to: number, fragment: string): [number, number] {
  const words = fragment.trim();
  const hay = source.slice(from, to);
  if (words !== '') {
    const exact = hay.indexOf(words);
    if (exact >= 0) return [from + exact, from + exact + words.length];
    const lower = hay.toLowerCase();
    const wanted = words.toLowerCase();
    const ci = lower.indexOf(wanted);
    if (ci >= 0) return [from + ci, from + ci + words.length];
    const chars = [...wanted].filter((c) => !MARKUP.test(c));
    if (chars.length > 0) {
      for (let begin = lower.indexOf(chars[0]); begin >= 0; begin = lower.indexOf(chars[0], begin + 1)) {
        let i = begin;
        let k = 0;
        for (; i < lower.length && k < chars.length; i++) if (lower.startsWith(chars[k], i)) k++;
        if (k === chars.length) {
          // Closing markup that the fragment's last words were wrapped in: "(first milestone)", "**Done**".
          while (i < lower.length && /[)\]*_`]/u.test(lower[i]) && (words.endsWith(lower[i]) || /[*_`]/u.test(lower[i]))) i++;
          return [from + begin, from + i];
        }
      }
    }
  }
  let s = from;
  let e = to;
  while (s < e && /\s/.test(source[s])) s++;
  while (e > s && /\s/.test(source[e - 1])) e--;
  return [s, e];
}

/** A span for `fragment` found within [from, to) of the chunk input. */
export function spanOf(source: string, lines: LineIndex, from: number, to: number, fragment: string): Span {
  const [start, end] = locate(source, from, to, fragment);
  return { line: lines.lineOf(start), endLine: lines.lineOf(Math.max(start, end - 1)), start, end, text: oneLine(fragment) };
}

/** Two spans as one ("Início: …" and "Término: …" lines give one period). */
export function joinSpans(a: Span, b: Span): Span {
  const [first, last] = a.start <= b.start ? [a, b] : [b, a];
  return { line: first.line, endLine: Math.max(first.endLine, last.endLine), start: first.start, end: Math.max(first.end, last.end), text: `${first.text} … ${last.text}` };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Provenance in document coordinates from a chunk span. */
export function provenanceOf(span: Span | null, basis: Basis, lineBase: number, offsetBase: number): Provenance {
  if (!span) return { basis, line: null, endLine: null, start: null, end: null, text: '' };
  return {
    basis,
    line: lineBase + span.line + 1,
    endLine: lineBase + span.endLine + 1,
    start: offsetBase + span.start,
    end: offsetBase + span.end,
    text: span.text,
  };
}
