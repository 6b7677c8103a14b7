// Drag to reschedule: a plan item's period moved or stretched, written back in the author's own words. Only the
// period's words change — "(Weeks 4-6)" → "(Weeks 5-7)", "Q2 2024" → "Q3 2024", "2024-05-01 → 2024-06-30"
// shifted by days — and the shift snaps to the unit those words are in. Where the words cannot be rewritten in
// their own style (a month name in a language we only read), the answer is null with a reason, never a rewrite in
// another style.
import { addDays, findPeriod, timelineEntryIn } from '../language/periods';
import type { Period, RoadmapDocument, Section, TextEdit } from '../model';
import { lineBounds, lineStartsOf } from '../parse/lines';

export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

/** Average length of each unit in days: a drag in days snaps to whole units of the words' own kind. */
export const UNIT_DAYS: Record<PeriodUnit, number> = { day: 1, week: 7, month: 365.25 / 12, quarter: 365.25 / 4, half: 365.25 / 2, year: 365.25 };

export interface PeriodWords {
  /** UTF-16 offsets of the words in the document, `[start, end)`. */
  start: number;
  end: number;
  text: string;
  /** The period the words say by themselves (relative weeks stay weeks even where the model anchored them). */
  period: Period;
  unit: PeriodUnit;
}

/** Where a section's period is written. Null when it has none, or only an estimate ("Estimated Duration: 3 weeks"). */
export function periodWords(text: string, doc: RoadmapDocument, section: Section): PeriodWords | null {
  const period = section.period;
  if (!period || period.source === 'duration') return null;
  const stated = section.provenance.period;
  if (stated && stated.start !== null && stated.end !== null) {
    const words = text.slice(stated.start, stated.end);
    const found = findPeriod(words, period.source);
    if (found) return wordsAt(stated.start + found.index, words.slice(found.index, found.end), found.period);
  }
  const starts = lineStartsOf(text);
  const lineWords = (line: number): PeriodWords | null => {
    if (line < 1 || line > starts.length) return null;
    const { start, content } = lineBounds(text, starts, line);
    const found = findPeriod(content, period.source);
    return found ? wordsAt(start + found.index, content.slice(found.index, found.end), found.period) : null;
  };
  if (period.source === 'heading') return lineWords(section.line);
  if (period.source === 'line') {
    // The section's own lines, up to its first subsection.
    const last = section.children.length > 0 ? doc.sections[section.children[0]].line - 1 : section.endLine;
    for (let line = section.line + 1; line <= last; line++) {
      const words = lineWords(line);
      if (words) return words;
    }
    return null;
  }
  // A Timeline list, table or code block elsewhere names the section.
  for (let line = 1; line <= starts.length; line++) {
    const { content } = lineBounds(text, starts, line);
    const entry = timelineEntryIn(content);
    if (!entry || !labelNames(entry.label, section)) continue;
    const words = lineWords(line);
    if (words && samePeriod(words.period, entry.period)) return words;
  }
  return null;
}

function wordsAt(start: number, text: string, period: Period): PeriodWords {
  return { start, end: start + text.length, text, period, unit: period.unit === 'week' ? 'week' : period.precision };
}

function labelNames(label: string, s: Section): boolean {
  const l = label.toLowerCase();
  if (s.id && (l === s.id.toLowerCase() || l.startsWith(`${s.id.toLowerCase()}:`) || l.startsWith(`${s.id.toLowerCase()} `))) return true;
  const title = s.title.toLowerCase();
  return title.startsWith(l) || l.startsWith(title);
}

function samePeriod(a: Period, b: Period): boolean {
  return a.unit === b.unit && a.start === b.start && a.end === b.end;
}

/** Whole units in a drag of `days`. */
export function snapToUnit(days: number, unit: PeriodUnit): number {
  return Math.round(days / UNIT_DAYS[unit]);
}

export type RescheduleResult = { ok: true; edit: TextEdit; text: string; unit: PeriodUnit } | { ok: false; reason: 'no-period' | 'wording' | 'range' };

/**
 * Moves the start and end of a section's period by `startUnits` and `endUnits` of the words' own unit (a move:
 * both equal; a stretch: one of them). One edit, over the period's words only.
 */
export function reschedule(text: string, doc: RoadmapDocument, sectionIndex: number, startUnits: number, endUnits: number): RescheduleResult {
  const section = doc.sections[sectionIndex];
  const words = section ? periodWords(text, doc, section) : null;
  if (!words) return { ok: false, reason: 'no-period' };
  const rewritten = rewritePeriodWords(words.text, words.period, startUnits, endUnits);
  if (rewritten === null) return { ok: false, reason: 'wording' };
  if (rewritten === 'range') return { ok: false, reason: 'range' };
  return { ok: true, edit: { offset: words.start, length: words.end - words.start, text: rewritten }, text: rewritten, unit: words.unit };
}

/** Rewrites period words shifted by whole units, keeping their style; null when the style cannot be kept. */
export function rewritePeriodWords(words: string, period: Period, startUnits: number, endUnits: number): string | null | 'range' {
  if (period.unit === 'week') return rewriteWeeks(words, period.start + startUnits, period.end + endUnits);
  switch (period.precision) {
    case 'day':
      return rewriteDays(words, period, startUnits, endUnits);
    case 'quarter':
      return rewriteParts(words, 'Q', 4, startUnits, endUnits);
    case 'half':
      return rewriteParts(words, 'H', 2, startUnits, endUnits);
    case 'month':
      return rewriteMonths(words, startUnits, endUnits);
    case 'year':
      return rewriteYears(words, startUnits, endUnits);
  }
}

const NUMBER = /\d+/g;

function rewriteWeeks(words: string, start: number, end: number): string | 'range' {
  if (start < 1 || end < start) return 'range';
  const numbers = [...words.matchAll(NUMBER)];
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (numbers.length >= 2) {
    if (start === end) {
      // "Weeks 4-6" shrunk to one week: the range's numbers become one.
      return words.slice(0, first.index) + String(start) + words.slice(last.index! + last[0].length);
    }
    return words.slice(0, first.index) + String(start) + words.slice(first.index! + first[0].length, last.index) + String(end) + words.slice(last.index! + last[0].length);
  }
  if (start === end) return words.slice(0, first.index) + String(start) + words.slice(first.index! + first[0].length);
  // "Week 5" stretched: a range, and English "Week" becomes "Weeks".
  const head = words.slice(0, first.index).replace(/\b(W|w)eek(\s*)$/, '$1eeks$2');
  return `${head}${start}-${end}${words.slice(first.index! + first[0].length)}`;
}

// Day forms rewritten in place: ISO, numeric with the order the period's reading proves (02/03/2026 is 2 March
// where the words were read so), and English "November 16, 2025" / "16 November 2025".
const DAY_TOKEN = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)|(?<!\d)(\d{1,2})([/.])(\d{1,2})\5(\d{4})(?!\d)|\b([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})\b|\b(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})\b/g;

type DayStyle = (iso: string) => string;

function pad2(n: number, like: string): string {
  return like.length === 2 ? String(n).padStart(2, '0') : String(n);
}

/** The ISO day a token names and how to write another day the same way; `dayFirst` settles 02/03/2026. */
function readDay(m: RegExpMatchArray, dayFirst: boolean): { iso: string; style: DayStyle } | null {
  const iso = (y: number, mo: number, d: number) => `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const parts = (day: string) => ({ y: Number(day.slice(0, 4)), mo: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) });
  if (m[1]) return { iso: m[0], style: (day) => day };
  if (m[4]) {
    const [a, sep, b, y] = [m[4], m[5], m[6], m[7]];
    const d = dayFirst ? a : b;
    const mo = dayFirst ? b : a;
    return {
      iso: iso(Number(y), Number(mo), Number(d)),
      style: (day) => {
        const p = parts(day);
        const dd = pad2(p.d, d);
        const mm = pad2(p.mo, mo);
        return dayFirst ? `${dd}${sep}${mm}${sep}${p.y}` : `${mm}${sep}${dd}${sep}${p.y}`;
      },
    };
  }
  const name = m[8] ?? m[12];
  const month = MONTHS_FULL.findIndex((f) => f.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase() && f.toLowerCase().startsWith(name.toLowerCase()));
  if (month < 0) return null;
  const abbreviated = !MONTHS_FULL.some((f) => f.toLowerCase() === name.toLowerCase());
  const spell = (mo: number) => (abbreviated ? MONTHS_FULL[mo - 1].slice(0, 3) : MONTHS_FULL[mo - 1]);
  const dot = m[0].includes('.') ? '.' : '';
  if (m[8]) return { iso: iso(Number(m[10]), month + 1, Number(m[9])), style: (day) => `${spell(parts(day).mo)}${dot} ${parts(day).d}, ${parts(day).y}` };
  return { iso: iso(Number(m[14]), month + 1, Number(m[11])), style: (day) => `${parts(day).d} ${spell(parts(day).mo)}${dot} ${parts(day).y}` };
}

function rewriteDays(words: string, period: Period, startDays: number, endDays: number): string | null {
  const tokens = [...words.matchAll(DAY_TOKEN)];
  if (tokens.length === 0 || tokens.length > 2 || period.unit !== 'date') return null;
  // The order of a numeric day is the one under which the words say what the model read.
  const read = [true, false].map((dayFirst) => tokens.map((t) => readDay(t, dayFirst))).find((r) => r.every((x) => x !== null) && r[0]!.iso === period.start && r[r.length - 1]!.iso === period.end);
  if (!read) return null;
  const first = read[0]!;
  const last = read[read.length - 1]!;
  const start = addDays(first.iso, startDays);
  const end = addDays(last.iso, endDays);
  if (start > end) return null;
  const t0 = tokens[0];
  const t1 = tokens[tokens.length - 1];
  if (tokens.length === 1) {
    const tail = words.slice(t0.index! + t0[0].length);
    if (start === end) return words.slice(0, t0.index) + first.style(start) + tail;
    return `${words.slice(0, t0.index)}${first.style(start)} → ${first.style(end)}${tail}`;
  }
  return words.slice(0, t0.index) + first.style(start) + words.slice(t0.index! + t0[0].length, t1.index) + last.style(end) + words.slice(t1.index! + t1[0].length);
}

/** Quarters or halves: "Q2 2024", "2024 Q2", "Q1-Q2 2024", "2024 Q3-Q4", "Q4 2024 – Q1 2025", "H1 2025". */
function rewriteParts(words: string, letter: 'Q' | 'H', perYear: number, startUnits: number, endUnits: number): string | null {
  const re = new RegExp(`[${letter}${letter.toLowerCase()}][1-${perYear}]`, 'g');
  return rewriteNamed(words, re, perYear, (t) => Number(t[1]) - 1, (n, style) => `${style[0]}${n + 1}`, '-', startUnits, endUnits);
}

const MONTHS_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_RE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/gi;

/** English month names, full or abbreviated, in the case they were written in; other languages are left alone. */
function rewriteMonths(words: string, startUnits: number, endUnits: number): string | null {
  const monthOf = (t: string) => MONTHS_FULL.findIndex((m) => m.slice(0, 3).toLowerCase() === t.slice(0, 3).toLowerCase());
  const spell = (n: number, style: string) => {
    const bare = style.replace(/\.$/, '');
    const abbreviated = !MONTHS_FULL.some((m) => m.toLowerCase() === bare.toLowerCase());
    const full = MONTHS_FULL[n];
    const word = abbreviated ? full.slice(0, 3) + (style.endsWith('.') ? '.' : '') : full;
    return bare === bare.toUpperCase() && bare.length > 1 ? word.toUpperCase() : bare === bare.toLowerCase() ? word.toLowerCase() : word;
  };
  return rewriteNamed(words, MONTH_RE, 12, monthOf, spell, '–', startUnits, endUnits);
}

/**
 * Period words made of named parts of a year and years: one part and its year, two parts sharing a year, or
 * two part-year pairs. The glue between part and year, the range separator and the order (year first or last)
 * stay as written.
 */
function rewriteNamed(
  words: string,
  partRe: RegExp,
  perYear: number,
  valueOf: (token: string) => number,
  spell: (n: number, style: string) => string,
  defaultSep: string,
  startUnits: number,
  endUnits: number,
): string | null {
  type Token = { kind: 'P' | 'Y'; index: number; end: number; text: string };
  const tokens: Token[] = [
    ...[...words.matchAll(partRe)].map((m): Token => ({ kind: 'P', index: m.index!, end: m.index! + m[0].length, text: m[0] })),
    ...[...words.matchAll(/(?<!\d)\d{4}(?!\d)/g)].map((m): Token => ({ kind: 'Y', index: m.index!, end: m.index! + 4, text: m[0] })),
  ].sort((a, b) => a.index - b.index);
  const shape = tokens.map((t) => t.kind).join('');
  const yearFirst = shape.startsWith('Y');
  let pairs: { part: Token; year: Token }[];
  let glue: string;
  let sameYearSep: string | null = null;
  let twoYearSep: string | null = null;
  const between = (a: Token, b: Token) => words.slice(a.end, b.index);
  switch (shape) {
    case 'PY':
    case 'YP':
      pairs = [{ part: tokens[yearFirst ? 1 : 0], year: tokens[yearFirst ? 0 : 1] }];
      glue = between(tokens[0], tokens[1]);
      break;
    case 'PPY':
      pairs = [{ part: tokens[0], year: tokens[2] }, { part: tokens[1], year: tokens[2] }];
      glue = between(tokens[1], tokens[2]);
      sameYearSep = between(tokens[0], tokens[1]);
      break;
    case 'YPP':
      pairs = [{ part: tokens[1], year: tokens[0] }, { part: tokens[2], year: tokens[0] }];
      glue = between(tokens[0], tokens[1]);
      sameYearSep = between(tokens[1], tokens[2]);
      break;
    case 'PYPY':
    case 'YPYP':
      pairs = yearFirst ? [{ part: tokens[1], year: tokens[0] }, { part: tokens[3], year: tokens[2] }] : [{ part: tokens[0], year: tokens[1] }, { part: tokens[2], year: tokens[3] }];
      glue = between(tokens[0], tokens[1]);
      twoYearSep = between(tokens[1], tokens[2]);
      break;
    default:
      return null;
  }
  const valueAt = (p: { part: Token; year: Token }) => Number(p.year.text) * perYear + valueOf(p.part.text);
  const from = valueAt(pairs[0]) + startUnits;
  const to = valueAt(pairs[pairs.length - 1]) + endUnits;
  if (to < from) return null;
  const style = pairs[0].part.text;
  const part = (n: number) => spell(n % perYear, style);
  const year = (n: number) => String(Math.floor(n / perYear));
  const single = (n: number) => (yearFirst ? `${year(n)}${glue}${part(n)}` : `${part(n)}${glue}${year(n)}`);
  let body: string;
  if (from === to) body = single(from);
  else if (year(from) === year(to)) {
    const sep = sameYearSep ?? (twoYearSep !== null ? twoYearSep.trim() || defaultSep : defaultSep);
    body = yearFirst ? `${year(from)}${glue}${part(from)}${sep}${part(to)}` : `${part(from)}${sep}${part(to)}${glue}${year(from)}`;
  } else {
    body = `${single(from)}${twoYearSep ?? ' – '}${single(to)}`;
  }
  return words.slice(0, tokens[0].index) + body + words.slice(tokens[tokens.length - 1].end);
}

function rewriteYears(words: string, startUnits: number, endUnits: number): string | null {
  const years = [...words.matchAll(/\d{4}/g)];
  if (years.length === 0 || years.length > 2) return null;
  const from = Number(years[0][0]) + startUnits;
  const to = Number(years[years.length - 1][0]) + endUnits;
  if (to < from) return null;
  const first = years[0];
  const last = years[years.length - 1];
  if (years.length === 2) return words.slice(0, first.index) + from + words.slice(first.index! + 4, last.index) + (from === to ? from : to) + words.slice(last.index! + 4);
  return words.slice(0, first.index) + (from === to ? String(from) : `${from}–${to}`) + words.slice(first.index! + 4);
}

/**
 * For a section with no stated period: the words to append to its heading, in the style most of the document's
 * headings use (relative weeks, quarters or ISO days), and where. `start`/`end` are ISO days or week numbers.
 */
export function writePeriod(text: string, doc: RoadmapDocument, sectionIndex: number, span: { weeks: [number, number] } | { days: [string, string] }): TextEdit {
  const section = doc.sections[sectionIndex];
  const styles = new Map<string, number>();
  for (const s of doc.sections) {
    const w = s.period?.source === 'heading' ? periodWords(text, doc, s) : null;
    if (!w) continue;
    const style = w.period.unit === 'week' ? (/^\(/.test(text.slice(w.start - 1, w.start)) ? 'weeks()' : 'weeks') : w.unit;
    styles.set(style, (styles.get(style) ?? 0) + 1);
  }
  const common = [...styles].sort((a, b) => b[1] - a[1])[0]?.[0];
  let words: string;
  if ('weeks' in span) words = common === 'weeks' ? `Weeks ${span.weeks[0]}-${span.weeks[1]}` : `(Weeks ${span.weeks[0]}-${span.weeks[1]})`;
  else if (common === 'quarter') words = quarterWords(span.days[0], span.days[1]);
  else words = `(${span.days[0]} → ${span.days[1]})`;
  const starts = lineStartsOf(text);
  const { start, content } = lineBounds(text, starts, section.line);
  // Before a closing sequence of #s, after the title.
  const closing = /\s+#+\s*$/.exec(content);
  const at = closing ? start + closing.index : start + content.trimEnd().length;
  const glue = 'weeks' in span && common === 'weeks' ? ' — ' : ' ';
  return { offset: at, length: 0, text: `${glue}${words}` };
}

function quarterWords(startIso: string, endIso: string): string {
  const q = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
  const a = `Q${q(startIso)}`;
  const b = `Q${q(endIso)}`;
  if (startIso.slice(0, 4) !== endIso.slice(0, 4)) return `(${a} ${startIso.slice(0, 4)} – ${b} ${endIso.slice(0, 4)})`;
  return a === b ? `(${a} ${startIso.slice(0, 4)})` : `(${a}-${b} ${startIso.slice(0, 4)})`;
}
