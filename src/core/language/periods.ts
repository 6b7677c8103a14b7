// Periods written by hand in roadmaps: relative weeks, quarters, halves, months, ISO days and ranges of them.
// Dates are calendar days as `YYYY-MM-DD` strings; arithmetic goes through Date.UTC only, so no time zone can
// shift a day. When a text is ambiguous we return null: an empty field is better than a wrong bar on a timeline.

import { CJK_DAYS, keyValueIn, MAX_LINE, plainHyphens } from './classify';
import { daysInMonth, formatIsoDay, ymdOf } from './isoDay';
import {
  alternation,
  AS_OF_WORDS,
  CALENDAR_WEEK_WORDS,
  DAYS_PER_UNIT,
  DURATION_KEYS,
  DURATION_UNITS,
  MONTH_NAMES,
  MONTH_WORDS,
  NUMBER_WORDS,
  PERIOD_LABELS,
  type DurationUnit,
  type PeriodRole,
} from './lexicon';
import type { DatePrecision, Period, PeriodSource } from '../model';

type DatePeriod = Extract<Period, { unit: 'date' }>;
type WeekPeriod = Extract<Period, { unit: 'week' }>;

const DAY_MS = 86_400_000;

function utcMs(y: number, m: number, d: number): number {
  const date = new Date(Date.UTC(2000, m - 1, d));
  // Date.UTC maps years 0–99 to 1900–1999; setting the year afterwards avoids that.
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}

/** Calendar-day arithmetic on `YYYY-MM-DD`; throws on a malformed date. */
export function addDays(iso: string, days: number): string {
  const p = ymdOf(iso);
  if (!p) throw new RangeError(`not an ISO calendar date: ${iso}`);
  const date = new Date(utcMs(p.y, p.m, p.d) + Math.trunc(days) * DAY_MS);
  return formatIsoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Orders `YYYY-MM-DD` strings; they compare as text because every field has a fixed width. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function quarterRange(q: 1 | 2 | 3 | 4, year: number): { start: string; end: string } {
  const firstMonth = (q - 1) * 3 + 1;
  return { start: formatIsoDay(year, firstMonth, 1), end: formatIsoDay(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)) };
}

function halfRange(h: 1 | 2, year: number): { start: string; end: string } {
  return h === 1 ? { start: formatIsoDay(year, 1, 1), end: formatIsoDay(year, 6, 30) } : { start: formatIsoDay(year, 7, 1), end: formatIsoDay(year, 12, 31) };
}

export function monthRange(m: number, year: number): { start: string; end: string } {
  return { start: formatIsoDay(year, m, 1), end: formatIsoDay(year, m, daysInMonth(year, m)) };
}

// Years outside this window are far more likely to be counts, ids or prices than roadmap dates.
const MIN_YEAR = 1990;
const MAX_YEAR = 2199;

function plausibleYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((n): [string, number] => [n, i + 1])));
const MONTH_NAME = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
// "Maio de 2025", "May of 2025", "May, 2025".
const MONTH_YEAR_GLUE = '(?:,?\\s+(?:de\\s+|of\\s+)?)';

/** The month (1-12) a month name or abbreviation in any of the lexicon's languages names, or 0. */
export function monthNumber(name: string): number {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}

// Separators between the two ends of a range. Plain "-" needs care: ISO dates contain it too, so every
// pattern below anchors its ends on whole tokens.
const RANGE_SEP = '\\s*(?:-|–|—|‐|‑|~|→|->|⟶|\\.\\.|\\bto\\b|\\bthrough\\b|\\bthru\\b|\\buntil\\b|\\btill\\b|\\bbis\\b|\\ba\\b|\\bal\\b|\\bà\\b|\\bдо\\b|\\bпо\\b|至|到|～)\\s*';

interface Point {
  index: number;
  end: number;
  start: string;
  finish: string;
  precision: DatePrecision;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, quarter: 2, half: 3, year: 4 };

function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

// The left boundary refuses letters, digits and version/number punctuation so that "v1.2024-05-01",
// "1Q2024" or "AQ3 2024" do not count; the right boundary likewise.
const L = '(?<![\\p{L}\\p{N}_/-])(?<!(?:^|[^.])\\.)';
const R = '(?![\\p{L}\\p{N}]|[.,/-]\\d)';
// Patterns that start with a letter ("Q2", "May", "Week") may follow a dash: "Dec 2024-Jan 2025".
const LW = '(?<![\\p{L}\\p{N}_])';

const NAMED_DAY_RE = new RegExp(`${L}(?:${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?${MONTH_NAME})${MONTH_YEAR_GLUE}(\\d{4})${R}`, 'giu');

function namedDayOf(m: RegExpExecArray): string | null {
  const mo = monthNumber(m[1] ?? m[4]);
  const iso = formatIsoDay(Number(m[5]), mo, Number(m[2] ?? m[3]));
  const p = ymdOf(iso);
  return mo && p && plausibleYear(p.y) ? iso : null;
}

const POINT_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Omit<Point, 'index' | 'end'> | null }[] = [
  {
    // ISO day.
    re: new RegExp(`${L}(\\d{4})-(\\d{2})-(\\d{2})${R}`, 'gu'),
    read: (m) => {
      const iso = `${m[1]}-${m[2]}-${m[3]}`;
      const p = ymdOf(iso);
      return p && plausibleYear(p.y) ? { start: iso, finish: iso, precision: 'day' } : null;
    },
  },
  {
    // "2025/9/1": the year first, with slashes (as in Chinese and Japanese plans); never day-first after a year.
    re: new RegExp(`${L}(\\d{4})/(\\d{1,2})/(\\d{1,2})${R}`, 'gu'),
    read: (m) => {
      const iso = formatIsoDay(Number(m[1]), Number(m[2]), Number(m[3]));
      const p = ymdOf(iso);
      return p && plausibleYear(p.y) ? { start: iso, finish: iso, precision: 'day' } : null;
    },
  },
  {
    // "May 1, 2024", "1 May 2024", "1. Mai 2024", "1 de maio de 2025".
    re: NAMED_DAY_RE,
    read: (m) => {
      const iso = namedDayOf(m);
      return iso ? { start: iso, finish: iso, precision: 'day' } : null;
    },
  },
  {
    // "12 oct → 18 oct 2025", "dom 28 dic → sáb 3 ene 2026", "3 March - 14 March 2025": days with their months, the
    // year once at the end (a weekday's short name may stand before the last day).
    re: new RegExp(`${L}(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH_NAME}${RANGE_SEP}(?:\\p{L}{2,4}\\.?\\s+)?(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH_NAME}${MONTH_YEAR_GLUE}(\\d{4})${R}`, 'giu'),
    read: (m) => {
      const m1 = monthNumber(m[2]);
      const m2 = monthNumber(m[4]);
      const found = m1 && m2 ? sharedYear([Number(m[1]), m1], [Number(m[3]), m2], Number(m[5])) : null;
      return found ? { start: found.start, finish: found.end, precision: 'day' } : null;
    },
  },
  {
    // "2025年5月", "2025年5月1日", "2025년 5월".
    re: /(?<![\p{N}])(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?/gu,
    read: (m) => {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      if (!plausibleYear(y) || mo < 1 || mo > 12) return null;
      if (m[3] === undefined) {
        const r = monthRange(mo, y);
        return { start: r.start, finish: r.end, precision: 'month' };
      }
      const iso = formatIsoDay(y, mo, Number(m[3]));
      return ymdOf(iso) ? { start: iso, finish: iso, precision: 'day' } : null;
    },
  },
  {
    // "2024 Q3-Q4": a quarter range with the year first.
    re: new RegExp(`${L}(\\d{4})\\s*[/-]?\\s*Q([1-4])${RANGE_SEP}Q([1-4])${R}`, 'giu'),
    read: (m) => {
      const y = Number(m[1]);
      const a = Number(m[2]) as 1 | 2 | 3 | 4;
      const b = Number(m[3]) as 1 | 2 | 3 | 4;
      if (!plausibleYear(y) || a > b) return null;
      return { start: quarterRange(a, y).start, finish: quarterRange(b, y).end, precision: 'quarter' };
    },
  },
  {
    // "Q1-Q2 2024": a quarter range sharing one year.
    re: new RegExp(`${LW}Q([1-4])${RANGE_SEP}Q([1-4])(?:\\s*[/'’-]?\\s*|\\s+of\\s+)(\\d{4})${R}`, 'giu'),
    read: (m) => {
      const y = Number(m[3]);
      const a = Number(m[1]) as 1 | 2 | 3 | 4;
      const b = Number(m[2]) as 1 | 2 | 3 | 4;
      if (!plausibleYear(y) || a > b) return null;
      return { start: quarterRange(a, y).start, finish: quarterRange(b, y).end, precision: 'quarter' };
    },
  },
  {
    // "Q2 2024", "Q2/2024", "Q2-2024", "Q2 of 2024".
    re: new RegExp(`${LW}Q([1-4])(?:\\s*[/-]?\\s*|\\s+of\\s+)(\\d{4})${R}`, 'giu'),
    read: (m) => {
      const y = Number(m[2]);
      if (!plausibleYear(y)) return null;
      const r = quarterRange(Number(m[1]) as 1 | 2 | 3 | 4, y);
      return { start: r.start, finish: r.end, precision: 'quarter' };
    },
  },
  {
    // "2024 Q2", "2024-Q2", "2024/Q2".
    re: new RegExp(`${L}(\\d{4})\\s*[/-]?\\s*Q([1-4])${R}`, 'giu'),
    read: (m) => {
      const y = Number(m[1]);
      if (!plausibleYear(y)) return null;
      const r = quarterRange(Number(m[2]) as 1 | 2 | 3 | 4, y);
      return { start: r.start, finish: r.end, precision: 'quarter' };
    },
  },
  {
    // "H1 2025", "H2/2025".
    re: new RegExp(`${LW}H([12])(?:\\s*[/-]?\\s*|\\s+of\\s+)(\\d{4})${R}`, 'giu'),
    read: (m) => {
      const y = Number(m[2]);
      if (!plausibleYear(y)) return null;
      const r = halfRange(Number(m[1]) as 1 | 2, y);
      return { start: r.start, finish: r.end, precision: 'half' };
    },
  },
  {
    // "2025 H1".
    re: new RegExp(`${L}(\\d{4})\\s*[/-]?\\s*H([12])${R}`, 'giu'),
    read: (m) => {
      const y = Number(m[1]);
      if (!plausibleYear(y)) return null;
      const r = halfRange(Number(m[2]) as 1 | 2, y);
      return { start: r.start, finish: r.end, precision: 'half' };
    },
  },
  {
    // "May–June 2024", "Jan - Mar 2025": a month range sharing one year.
    re: new RegExp(`${LW}${MONTH_NAME}${RANGE_SEP}${MONTH_NAME}${MONTH_YEAR_GLUE}(\\d{4})${R}`, 'giu'),
    read: (m) => {
      const y = Number(m[3]);
      const a = monthNumber(m[1]);
      const b = monthNumber(m[2]);
      if (!plausibleYear(y) || !a || !b || a > b) return null;
      return { start: monthRange(a, y).start, finish: monthRange(b, y).end, precision: 'month' };
    },
  },
  {
    // "3/2026", "THÁNG 03/2026": a month and its year (slash only: "3.2026" reads as a version).
    re: new RegExp(`${L}(\\d{1,2})\\s*/\\s*(\\d{4})${R}`, 'gu'),
    read: (m) => {
      const y = Number(m[2]);
      const mo = Number(m[1]);
      if (!plausibleYear(y) || mo < 1 || mo > 12) return null;
      const r = monthRange(mo, y);
      return { start: r.start, finish: r.end, precision: 'month' };
    },
  },
  {
    // "2025-09": an ISO 8601 month (never the head of a day, "2025-09-01" or "2025-12-XX", nor a year range, "2024-2025").
    re: new RegExp(`${L}(\\d{4})-(0[1-9]|1[0-2])(?![-/.]?\\d|-[xX?])${R}`, 'gu'),
    read: (m) => {
      const y = Number(m[1]);
      if (!plausibleYear(y)) return null;
      const r = monthRange(Number(m[2]), y);
      return { start: r.start, finish: r.end, precision: 'month' };
    },
  },
  {
    // "May 2024", "January, 2025".
    re: new RegExp(`${LW}${MONTH_NAME}${MONTH_YEAR_GLUE}(\\d{4})${R}`, 'giu'),
    read: (m) => {
      const y = Number(m[2]);
      const mo = monthNumber(m[1]);
      if (!plausibleYear(y) || !mo) return null;
      const r = monthRange(mo, y);
      return { start: r.start, finish: r.end, precision: 'month' };
    },
  },
];

/**
 * How a document writes numeric dates: day first ("03/04/2026" is 3 April) or month first. Decided by the document
 * (see dateOrderOf); null while nothing tells, and then an ambiguous numeric date is no date.
 */
export type DateOrder = 'dmy' | 'mdy' | null;

// "06/11/2024", "16.09.2019", "14/03/25", and day ranges sharing a month: "03-04/02/2026", "17-18.10.2025".
const NUMERIC_DATE = /(?<![\p{L}\p{N}_/.-])(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?([./])(\d{1,2})\3(\d{4}|\d{2})(?![\p{L}\p{N}]|[.,/-]\d)/gu;

function numericPoints(text: string, order: DateOrder): Point[] {
  const points: Point[] = [];
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const a = Number(m[2] ?? m[1]);
    const b = Number(m[4]);
    // Dots are day-first wherever they are written; otherwise a number over 12 tells, else the document does.
    const dmy = m[3] === '.' || a > 12 || (b <= 12 && order === 'dmy');
    const mdy = !dmy && (b > 12 || order === 'mdy');
    if (!dmy && !mdy) continue;
    if (m[5].length === 2 && order === null) continue;
    const y = m[5].length === 2 ? 2000 + Number(m[5]) : Number(m[5]);
    if (!plausibleYear(y)) continue;
    if (m[2] !== undefined && !dmy) continue;
    const [day, month] = dmy ? [a, b] : [b, a];
    const first = m[2] === undefined ? day : Number(m[1]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month) || first < 1 || first > day) continue;
    points.push({ index: m.index, end: m.index + m[0].length, start: formatIsoDay(y, month, first), finish: formatIsoDay(y, month, day), precision: 'day' });
  }
  return points;
}

// "14.04–14.05.2026", "01/03 - 07/03/2026": a range whose first day takes the year of its last.
const SHARED_YEAR_RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}_/.-])(\\d{1,2})([./])(\\d{1,2})${RANGE_SEP}(\\d{1,2})\\2(\\d{1,2})\\2(\\d{4})(?![\\p{L}\\p{N}]|[.,/-]\\d)`,
  'gu',
);

function sharedYearRanges(text: string, order: DateOrder): Point[] {
  const points: Point[] = [];
  if (!text.includes('.') && !text.includes('/')) return points;
  SHARED_YEAR_RANGE.lastIndex = 0;
  for (let m = SHARED_YEAR_RANGE.exec(text); m; m = SHARED_YEAR_RANGE.exec(text)) {
    const [a1, b1, a2, b2, y] = [m[1], m[3], m[4], m[5], m[6]].map(Number);
    const dmy = m[2] === '.' || a1 > 12 || a2 > 12 || ((b1 <= 12 && b2 <= 12) && order === 'dmy');
    const mdy = !dmy && (b1 > 12 || b2 > 12 || order === 'mdy');
    if ((!dmy && !mdy) || !plausibleYear(y)) continue;
    const [d1, m1, d2, m2] = dmy ? [a1, b1, a2, b2] : [b1, a1, b2, a2];
    const y1 = m1 > m2 || (m1 === m2 && d1 > d2) ? y - 1 : y;
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || d1 < 1 || d1 > daysInMonth(y1, m1) || d2 < 1 || d2 > daysInMonth(y, m2)) continue;
    points.push({ index: m.index, end: m.index + m[0].length, start: formatIsoDay(y1, m1, d1), finish: formatIsoDay(y, m2, d2), precision: 'day' });
  }
  return points;
}

/** Day first or month first, from the document's own numeric dates (a part over 12, dots) or its language. */
export function dateOrderOf(text: string, dayFirstLanguage: boolean): DateOrder {
  let dmy = 0;
  let mdy = 0;
  const scan = text.length > 200_000 ? text.slice(0, 200_000) : text;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(scan); m; m = NUMERIC_DATE.exec(scan)) {
    const a = Number(m[2] ?? m[1]);
    const b = Number(m[4]);
    if (m[3] === '.' || a > 12) dmy++;
    else if (b > 12) mdy++;
  }
  if (dmy > 0 && mdy === 0) return 'dmy';
  if (mdy > 0 && dmy === 0) return 'mdy';
  return dmy === 0 && mdy === 0 && dayFirstLanguage ? 'dmy' : null;
}

/** The first and last full calendar day the document writes (ISO or numeric with a year): where it plans. */
export interface DateSpan {
  start: string;
  end: string;
  /** Day or month first as the document's own numeric dates show (not guessed from its language). */
  order: DateOrder;
  /** The one year the document's title names ("# Release Calendar — 2026"): where a day without a year falls first. */
  year?: number;
}

/**
 * How a document writes dates: day or month first, and the span of its full dates, from which a date written
 * without a year ("01/03 - 07/03", "2/11-2/12") takes its year.
 */
export interface DateContext {
  order: DateOrder;
  span: DateSpan | null;
}

const ISO_DAY_RE = /(?<![\p{L}\p{N}_/.-])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}]|[.,/-]\d)/gu;

/** The span of the full calendar days written in `text` (ISO days, and numeric dates with a four-digit year). */
export function dateSpanOf(text: string): DateSpan | null {
  const order = dateOrderOf(text, false);
  const scan = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let start = '';
  let end = '';
  const add = (iso: string): void => {
    if (start === '' || iso < start) start = iso;
    if (end === '' || iso > end) end = iso;
  };
  ISO_DAY_RE.lastIndex = 0;
  for (let m = ISO_DAY_RE.exec(scan); m; m = ISO_DAY_RE.exec(scan)) {
    const iso = `${m[1]}-${m[2]}-${m[3]}`;
    const p = ymdOf(iso);
    if (p && plausibleYear(p.y)) add(iso);
  }
  for (const p of numericPoints(scan, order)) {
    if (/\d{4}$/u.test(scan.slice(p.index, p.end))) {
      add(p.start);
      add(p.finish);
    }
  }
  // "8 Janvier 2026", "March 3, 2026": days spelled with their month's name.
  NAMED_DAY_RE.lastIndex = 0;
  for (let m = NAMED_DAY_RE.exec(scan); m; m = NAMED_DAY_RE.exec(scan)) {
    const iso = namedDayOf(m);
    if (iso) add(iso);
  }
  // "# Release Calendar — 2026" over "| Jan 5 – Jan 16 |": a title naming one year is where the plan is, with its
  // full dates (drawn in by the pad resolveYearless allows, so the year alone covers that year and no more).
  const year = titleYearOf(scan);
  if (year !== null) {
    add(addDays(`${year}-01-01`, SPAN_PAD_DAYS));
    add(addDays(`${year}-12-31`, -SPAN_PAD_DAYS));
  }
  return start === '' ? null : { start, end, order, ...(year !== null ? { year } : {}) };
}

/** The one year a document's title (its first level-1 heading, near the top) names, else null. */
function titleYearOf(text: string): number | null {
  const title = /^(?:[^\n]*\n){0,10}?#[ \t]+([^\n]*)/u.exec(text.slice(0, 4000));
  if (!title) return null;
  const years = new Set([...title[1].matchAll(/(?<![\p{L}\p{N}.\-/])((?:19|20)\d{2})(?![\p{L}\p{N}]|[.\-/]\d)/gu)].map((m) => Number(m[1])));
  const [year] = [...years];
  return years.size === 1 && plausibleYear(year) ? year : null;
}

function contextOf(order: DateOrder | DateContext): DateContext {
  return order !== null && typeof order === 'object' ? order : { order, span: null };
}

// How far outside the span of a document's full dates a date without a year may fall and still take its year.
const SPAN_PAD_DAYS = 31;

// "01/03 - 07/03", "2/11-2/12", "02-03/03", "12/11": day and month without a year (slashes only: "1.2" is a
// version). A lone date counts only as the whole text (a table cell, a labelled value): inside a title "3/8" is as
// often a count as a day.
const YEARLESS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_/.,-])(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?/(\\d{1,2})(?:${RANGE_SEP}(\\d{1,2})/(\\d{1,2}))?(?![\\p{L}\\p{N}%]|[./-]\\d|\\s*/)`,
  'gu',
);

function yearlessPoints(text: string, ctx: DateContext): Point[] {
  const span = ctx.span;
  if (!span || !text.includes('/')) return [];
  const points: Point[] = [];
  YEARLESS_RE.lastIndex = 0;
  for (let m = YEARLESS_RE.exec(text); m; m = YEARLESS_RE.exec(text)) {
    const range = m[2] !== undefined || m[4] !== undefined;
    if (!range && text.slice(0, m.index).replace(/[\s*_(（[]/gu, '') + text.slice(m.index + m[0].length).replace(/[\s*_)）\].:]/gu, '') !== '') continue;
    const found = resolveYearless(
      [Number(m[1]), Number(m[3])],
      m[4] !== undefined ? [Number(m[4]), Number(m[5])] : [Number(m[2] ?? m[1]), Number(m[3])],
      m[4] === undefined && m[2] !== undefined,
      span,
    );
    if (found) points.push({ index: m.index, end: m.index + m[0].length, start: found.start, finish: found.end, precision: 'day' });
  }
  return points;
}

/**
 * The one reading of a day written without a year that falls within the document's dates: day or month first as
 * the document's numeric dates are written (both tried while they do not tell: a language guess is too weak here), in a year of its span (a range may cross into the
 * next year). Null when no reading or more than one fits.
 */
function resolveYearless(first: [number, number], last: [number, number], dayRange: boolean, span: DateSpan): { start: string; end: string } | null {
  const order = span.order;
  const from = addDays(span.start, -SPAN_PAD_DAYS);
  const to = addDays(span.end, SPAN_PAD_DAYS);
  const y0 = Number(span.start.slice(0, 4));
  const y1 = Number(span.end.slice(0, 4));
  const found = new Map<string, { start: string; end: string }>();
  for (const dmy of order === 'dmy' ? [true] : order === 'mdy' ? [false] : [true, false]) {
    // A day range sharing a month ("02-03/03") is day first by its form.
    if (dayRange && !dmy) continue;
    const [d1, m1] = dmy ? first : [first[1], first[0]];
    const [d2, m2] = dmy ? last : [last[1], last[0]];
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) continue;
    for (let y = y0 - 1; y <= y1 + 1; y++) {
      if (d1 < 1 || d1 > daysInMonth(y, m1)) continue;
      const start = formatIsoDay(y, m1, d1);
      const y2 = m2 < m1 || (m2 === m1 && d2 < d1) ? y + 1 : y;
      if (d2 < 1 || d2 > daysInMonth(y2, m2)) continue;
      if (compareIso(start, from) < 0 || compareIso(start, to) > 0) continue;
      found.set(start, { start, end: formatIsoDay(y2, m2, d2) });
    }
  }
  if (found.size > 1 && span.year !== undefined) {
    const titled = [...found.values()].filter((f) => Number(f.start.slice(0, 4)) === span.year);
    if (titled.length === 1) return titled[0];
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

// "KW 8-9", "KW 12", "CW 14 2025", "KW 8/2026", "KW 10 - KW 11"; and ISO's "2026-W08".
const CALENDAR_WEEK_WORD = `(?:${alternation(CALENDAR_WEEK_WORDS.map((r) => r.text))})\\.?`;
const CALENDAR_WEEK_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_])${CALENDAR_WEEK_WORD}\\s*(\\d{1,2})(?:\\s*[-–—]\\s*(?:${CALENDAR_WEEK_WORD}\\s*)?(\\d{1,2}))?(?:\\s*[/,]?\\s*(\\d{4}))?(?![\\p{L}\\p{N}])`,
  'giu',
);
const ISO_WEEK_RE = /(?<![\p{L}\p{N}_])(\d{4})-W(\d{2})(?![\p{L}\p{N}])/gu;
// How far from the document's dates a calendar week without a year may fall and still take their year.
const WEEK_SPAN_PAD_DAYS = 120;

/** The Monday of ISO week `week` of `year`, or null when that year has no such week. */
export function isoWeekMonday(year: number, week: number): string | null {
  if (week < 1 || week > 53 || !plausibleYear(year)) return null;
  const jan4 = new Date(utcMs(year, 1, 4));
  const monday = addDays(formatIsoDay(year, 1, 4), -((jan4.getUTCDay() + 6) % 7) + 7 * (week - 1));
  // Week 53 exists only in years whose last week holds a Thursday of that year.
  return Number(addDays(monday, 3).slice(0, 4)) === year ? monday : null;
}

function calendarWeekPoints(text: string, ctx: DateContext): Point[] {
  if (!/\d/u.test(text)) return [];
  const points: Point[] = [];
  const push = (index: number, end: number, first: number, last: number, year: number | null): void => {
    if (last < first) return;
    let years: number[];
    if (year !== null) years = [year];
    else if (ctx.span) {
      const from = addDays(ctx.span.start, -WEEK_SPAN_PAD_DAYS);
      const to = addDays(ctx.span.end, WEEK_SPAN_PAD_DAYS);
      const y0 = Number(ctx.span.start.slice(0, 4));
      const y1 = Number(ctx.span.end.slice(0, 4));
      years = [];
      for (let y = y0 - 1; y <= y1 + 1; y++) {
        const monday = isoWeekMonday(y, first);
        if (monday && compareIso(monday, from) >= 0 && compareIso(monday, to) <= 0) years.push(y);
      }
    } else years = [];
    // No year written and none (or several) in the document's dates: a calendar week cannot be placed.
    if (years.length !== 1) return;
    const start = isoWeekMonday(years[0], first);
    const lastMonday = isoWeekMonday(years[0], last);
    if (start && lastMonday) points.push({ index, end, start, finish: addDays(lastMonday, 6), precision: 'day' });
  };
  CALENDAR_WEEK_RE.lastIndex = 0;
  for (let m = CALENDAR_WEEK_RE.exec(text); m; m = CALENDAR_WEEK_RE.exec(text)) {
    push(m.index, m.index + m[0].length, Number(m[1]), Number(m[2] ?? m[1]), m[3] !== undefined ? Number(m[3]) : null);
  }
  ISO_WEEK_RE.lastIndex = 0;
  for (let m = ISO_WEEK_RE.exec(text); m; m = ISO_WEEK_RE.exec(text)) push(m.index, m.index + m[0].length, Number(m[2]), Number(m[2]), Number(m[1]));
  return points;
}

// "Jan 6 – Jan 17", "Jan 6-17", "6 – 17 janvier", "March 3": a month's name and days, no year (a year after them is
// read by the patterns above, which win as the longer reading).
const NAMED_YEARLESS_RE = new RegExp(
  `${L}(?:${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:${RANGE_SEP}(?:${MONTH_NAME}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?)?|(\\d{1,2})(?:\\.|st|nd|rd|th)?(?:${RANGE_SEP}(\\d{1,2})(?:\\.|st|nd|rd|th)?)?\\s+(?:de\\s+)?${MONTH_NAME})(?:${MONTH_YEAR_GLUE}(\\d{4}))?(?![\\p{L}\\p{N}]|,?\\s*\\d)`,
  'giu',
);

/** A range whose year is written once, after its last day: the first day in that year, or the one before across a year end. */
function sharedYear(first: [number, number], last: [number, number], year: number): { start: string; end: string } | null {
  const [d1, m1] = first;
  const [d2, m2] = last;
  const y1 = m1 > m2 || (m1 === m2 && d1 > d2) ? year - 1 : year;
  if (!plausibleYear(y1) || d1 < 1 || d1 > daysInMonth(y1, m1) || d2 < 1 || d2 > daysInMonth(year, m2)) return null;
  return { start: formatIsoDay(y1, m1, d1), end: formatIsoDay(year, m2, d2) };
}

/**
 * Days named by month without a year: the year of the document's dates they fall among (one, or none). A range
 * whose last day has a year ("Jan 6 – Jan 17, 2027") gives it to the first.
 */
function namedYearlessPoints(text: string, ctx: DateContext): Point[] {
  const span = ctx.span;
  if (!/\d/u.test(text)) return [];
  const points: Point[] = [];
  NAMED_YEARLESS_RE.lastIndex = 0;
  for (let m = NAMED_YEARLESS_RE.exec(text); m; m = NAMED_YEARLESS_RE.exec(text)) {
    const monthFirst = m[1] !== undefined;
    const m1 = monthNumber(monthFirst ? m[1] : m[7]);
    const m2 = monthFirst ? (m[3] !== undefined ? monthNumber(m[3]) : m1) : m1;
    const d1 = Number(monthFirst ? m[2] : m[5]);
    const d2 = Number(monthFirst ? (m[4] ?? m[2]) : (m[6] ?? m[5]));
    const range = monthFirst ? m[4] !== undefined : m[6] !== undefined;
    // A lone day counts only as the whole text (a cell, a labelled value): in a title it is as often a mention.
    if (!range && text.slice(0, m.index).replace(/[\s*_(（[]/gu, '') + text.slice(m.index + m[0].length).replace(/[\s*_)）\].:]/gu, '') !== '') continue;
    if (!m1 || !m2) continue;
    const year = m[8] !== undefined ? Number(m[8]) : null;
    if (year !== null && !range) continue;
    const found = year !== null ? sharedYear([d1, m1], [d2, m2], year) : span ? resolveYearless([d1, m1], [d2, m2], false, { ...span, order: 'dmy' }) : null;
    if (found) points.push({ index: m.index, end: m.index + m[0].length, start: found.start, finish: found.end, precision: 'day' });
  }
  return points;
}

// "25 Nov - 30 Nov", "28 févr. – 3 mars": day and month on both sides, the year perhaps after the last.
const DAY_MONTH_RANGE_RE = new RegExp(
  `${L}(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH_NAME}${RANGE_SEP}(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH_NAME}(?:${MONTH_YEAR_GLUE}(\\d{4}))?(?![\\p{L}\\p{N}]|,?\\s*\\d)`,
  'giu',
);

/** Day-first ranges across months ("25 Nov - 30 Nov"), in the year after the last day or among the document's dates. */
function dayMonthRanges(text: string, ctx: DateContext): Point[] {
  if (!/\d/u.test(text)) return [];
  const points: Point[] = [];
  DAY_MONTH_RANGE_RE.lastIndex = 0;
  for (let m = DAY_MONTH_RANGE_RE.exec(text); m; m = DAY_MONTH_RANGE_RE.exec(text)) {
    const [d1, m1, d2, m2] = [Number(m[1]), monthNumber(m[2]), Number(m[3]), monthNumber(m[4])];
    if (!m1 || !m2) continue;
    const year = m[5] !== undefined ? Number(m[5]) : null;
    const found = year !== null ? sharedYear([d1, m1], [d2, m2], year) : ctx.span ? resolveYearless([d1, m1], [d2, m2], false, { ...ctx.span, order: 'dmy' }) : null;
    if (found) points.push({ index: m.index, end: m.index + m[0].length, start: found.start, finish: found.end, precision: 'day' });
  }
  return points;
}

// "Januar - Februar", "(Feb – May)": months without a year.
const YEARLESS_MONTH_RANGE_RE = new RegExp(`${LW}${MONTH_NAME}${RANGE_SEP}${MONTH_NAME}(?![\\p{L}\\p{N}]|,?\\s*\\d)`, 'giu');

/** A range of months without a year, in the one year that puts it among the document's dates (or none). */
function yearlessMonthRanges(text: string, ctx: DateContext): Point[] {
  const span = ctx.span;
  if (!span) return [];
  const points: Point[] = [];
  YEARLESS_MONTH_RANGE_RE.lastIndex = 0;
  for (let m = YEARLESS_MONTH_RANGE_RE.exec(text); m; m = YEARLESS_MONTH_RANGE_RE.exec(text)) {
    const a = monthNumber(m[1]);
    const b = monthNumber(m[2]);
    if (!a || !b) continue;
    const found = resolveYearless([1, a], [daysInMonth(2001, b), b], false, { ...span, order: 'dmy' });
    if (found) points.push({ index: m.index, end: m.index + m[0].length, start: found.start, finish: found.end, precision: 'month' });
  }
  return points;
}

function findPoints(text: string, order: DateOrder | DateContext = null): Point[] {
  const ctx = contextOf(order);
  const points: Point[] = [
    ...sharedYearRanges(text, ctx.order),
    ...numericPoints(text, ctx.order),
    ...yearlessPoints(text, ctx),
    ...namedYearlessPoints(text, ctx),
    ...dayMonthRanges(text, ctx),
    ...yearlessMonthRanges(text, ctx),
    ...calendarWeekPoints(text, ctx),
  ];
  for (const { re, read } of POINT_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = read(m);
      if (value) points.push({ index: m.index, end: m.index + m[0].length, ...value });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  // Earliest first; at one position the longest reading wins ("Q1-Q2 2024" over "Q2 2024" is not at the
  // same index, so overlapping shorter points are dropped below).
  points.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Point[] = [];
  for (const p of points) {
    const last = kept[kept.length - 1];
    if (last && p.index < last.end) continue;
    kept.push(p);
  }
  return kept;
}

const RANGE_BETWEEN = new RegExp(`^${RANGE_SEP}$`, 'iu');

interface Found {
  period: Period;
  index: number;
  end: number;
}

// "Current Status (March 3, 2026)", "… planned on 2026-04-03", "Stand: 01.05.2025": a date an as-of word introduces.
const AS_OF_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(AS_OF_WORDS.map((r) => r.text))})[\\s:：(（,]*$`, 'iu');

function findDatePeriod(text: string, order: DateOrder | DateContext): Found | null {
  const points = findPoints(text, order).filter((p) => !AS_OF_BEFORE.test(text.slice(Math.max(0, p.index - 40), p.index)));
  const first = points[0];
  if (!first) return null;
  const next = points[1];
  if (next && RANGE_BETWEEN.test(text.slice(first.end, next.index)) && compareIso(first.start, next.finish) <= 0) {
    return {
      index: first.index,
      end: next.end,
      period: { unit: 'date', start: first.start, end: next.finish, precision: coarser(first.precision, next.precision), source: 'line' },
    };
  }
  return { index: first.index, end: first.end, period: { unit: 'date', start: first.start, end: first.finish, precision: first.precision, source: 'line' } };
}

// "Week", "Weeks", and the same word in the corpus' other languages. The number must follow the word:
// "3 weeks" is a duration, not a position on the timeline.
const WEEK_WORD = `(?:${alternation(DURATION_UNITS.filter((r) => r.unit === 'week' && r.text.length > 1 && !/[\u3040-\u9fff\uac00-\ud7af]/u.test(r.text)).map((r) => r.text))})`;
const WEEK_RE = new RegExp(
  `${LW}${WEEK_WORD}\\s*(\\d{1,3})(?:${RANGE_SEP}(?:${WEEK_WORD}\\s*)?(\\d{1,3}))?(?![\\p{L}\\p{N}]|[.,]\\d|\\s*[%+])`,
  'giu',
);
// "W1-W3" only with both ends marked: a lone "W3" is as often a name ("W3C").
const W_RANGE_RE = /(?<![\p{L}\p{N}_])W(\d{1,2})\s*[-–—]\s*W(\d{1,2})(?![\p{L}\p{N}])/gu;
// "第2周", "第4週", "週1", "週2-3", "1주차", "2-3주차".
const CJK_WEEK_RE = /第\s*(\d{1,3})\s*(?:[-–—~～至到]\s*(?:第\s*)?(\d{1,3})\s*)?[周週]/gu;
const CJK_WEEK_BEFORE_RE = /(?<![\p{L}\p{N}])[週周]\s*(\d{1,3})(?:\s*[-–—~～]\s*[週周]?\s*(\d{1,3}))?(?![\p{N}])/gu;
const KO_WEEK_RE = /(?<![\p{N}])(\d{1,3})(?:\s*[-–—~～]\s*(\d{1,3}))?\s*주차/gu;

// "Week 1 = 2026-03-02", "Week 1 starts 2026-03-02", "Semana 1: 02/03/2026": the day relative weeks count from.
const WEEK_ONE_RE = new RegExp(`${LW}${WEEK_WORD}\\s*1\\s*(?:=|:|：|→|->|\\(|(?:starts?|begins?)(?:\\s+on)?\\s*:?)\\s*`, 'giu');

/** The day a document says its week 1 starts on; null when it says none (as-of and revision dates never do). */
export function weekOneIn(text: string, order: DateOrder | DateContext = null): string | null {
  const scan = text.length > 200_000 ? text.slice(0, 200_000) : text;
  // Cheap first: a "1" then a separator and a date soon after; most documents have none.
  if (!/1\s*(?:[=:：(→]|->|start|begin)[^\n]{0,24}\d[-./]\d/iu.test(scan)) return null;
  WEEK_ONE_RE.lastIndex = 0;
  for (let m = WEEK_ONE_RE.exec(scan); m; m = WEEK_ONE_RE.exec(scan)) {
    const rest = scan.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/\r?\n/u)[0];
    const found = findPeriod(rest.replace(/[*_`]/gu, ''), 'line', order);
    if (found && found.index === 0 && found.period.unit === 'date' && found.period.precision === 'day') return found.period.start;
  }
  return null;
}

function findWeekPeriod(text: string): Found | null {
  let best: Found | null = null;
  for (const re of [WEEK_RE, W_RANGE_RE, CJK_WEEK_RE, CJK_WEEK_BEFORE_RE, KO_WEEK_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = Number(m[1]);
      const end = m[2] === undefined ? start : Number(m[2]);
      if (start < 1 || end < start) continue;
      if (!best || m.index < best.index) best = { index: m.index, end: m.index + m[0].length, period: { unit: 'week', start, end, source: 'line' } };
      break;
    }
  }
  return best;
}

// A bare year is a period only when it is all the text says ("2025", "2024–2025"): inside a title a year is
// as often a name ("Roadmap 2024-2025 review") as a span.
const YEAR_ONLY_RE = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:year\\s+)?(\\d{4})(?:${RANGE_SEP}(\\d{4}))?[\\s\\p{P}\\p{S}]*$`, 'iu');

function findYearOnly(text: string): Found | null {
  const m = YEAR_ONLY_RE.exec(text);
  return m && yearsFound(m[1], m[2], 0, text.length);
}

// "(2023)", "(2024-2025)" in a title: the years the item is planned in.
const PAREN_YEARS_RE = new RegExp(`[(（]\\s*(?:mid\\s+)?(\\d{4})(?:${RANGE_SEP}(\\d{4}))?\\s*[)）]`, 'iu');

function findParenYears(text: string): Found | null {
  const m = PAREN_YEARS_RE.exec(text);
  return m && yearsFound(m[1], m[2], m.index, m.index + m[0].length);
}

/** A year or a range of years ("2024", "2024-2025") found between `index` and `end`, whole years. */
function yearsFound(first: string, last: string | undefined, index: number, end: number): Found | null {
  const a = Number(first);
  const b = last === undefined ? a : Number(last);
  if (!plausibleYear(a) || !plausibleYear(b) || b < a) return null;
  return { index, end, period: { unit: 'date', start: formatIsoDay(a, 1, 1), end: formatIsoDay(b, 12, 31), precision: 'year', source: 'line' } };
}

/** The first period written in `text`, with where it was found (UTF-16 offsets). */
export function findPeriod(text: string, source: PeriodSource, order: DateOrder | DateContext = null): { period: Period; index: number; end: number } | null {
  if (text.length > MAX_LINE) text = text.slice(0, MAX_LINE);
  // Every form read here has a digit; most headings and lines have none, and this spares them a dozen scans.
  if (!/\d/.test(text)) return null;
  text = plainHyphens(text);
  const candidates = [findDatePeriod(text, order), findWeekPeriod(text), findYearOnly(text), findParenYears(text)].filter((f): f is Found => f !== null);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.index - b.index || b.end - a.end);
  // "Week 1: Feb 10-14, 2026": the days say when the week of the plan falls.
  const days = candidates.find((c) => c.period.unit === 'date' && c.period.precision === 'day' && c.period.start !== c.period.end);
  const found = candidates[0].period.unit === 'week' && days ? days : candidates[0];
  return { ...found, period: { ...found.period, source } };
}

/**
 * The first period written in a heading, line or cell: relative weeks ("(Weeks 1-3)", "Week 5–7", "W1-W3"),
 * quarters and halves ("Q2 2024", "2024 Q2", "Q1-Q2 2024", "H1 2025"), months ("May 2024", "May–June 2024",
 * "Maio 2025"), days ("2024-05-01", "Sep 1, 2012", "2025年5月1日") and ranges of any two of them joined by a
 * dash, arrow or "to". A bare year counts only as the whole text. Open ends ("Weeks 7+", "2027+"), relative
 * days and months ("Gün 1-7", "0-3 Ay") and two-digit years give null. A range's precision is its coarser end's.
 */
export function periodIn(text: string, source: PeriodSource): Period | null {
  return findPeriod(text, source)?.period ?? null;
}

// Months average 365.25 / 12 / 7 ≈ 4.35 weeks. Days count as working days (5 to a week), because
// roadmap estimates in days ("10 days") are effort, not calendar spans.
const WEEKS_PER_UNIT: Record<DurationUnit, number> = { hour: 1 / 40, day: 0.2, week: 1, month: 365.25 / 12 / 7, year: 365.25 / 7 };
const DURATION_KEY = new RegExp(`^(?:${alternation(DURATION_KEYS.map((r) => r.text))})$`, 'iu');
const UNIT_OF = new Map<string, DurationUnit>(DURATION_UNITS.map((r) => [r.text, r.unit]));
const UNIT_WORD = `(${alternation(DURATION_UNITS.filter((r) => r.unit !== 'hour').map((r) => r.text))})`;
// Spelled-out small numbers: "uma semana", "zwei Wochen", "(three weeks)".
const NUMBER_OF = new Map<string, number>(NUMBER_WORDS.map((r) => [r.text, r.value]));
const NUMBER_WORD = alternation(NUMBER_WORDS.map((r) => r.text));
const DURATION_VALUE = new RegExp(
  `^~?\\s*(?:about\\s+|approx\\.?\\s+|ca\\.?\\s+)?(\\d+(?:[.,]\\d+)?|${NUMBER_WORD})(?:\\s*(?:-|–|—|to)\\s*(\\d+(?:[.,]\\d+)?|${NUMBER_WORD}))?\\s*(?:\\+\\s*)?${UNIT_WORD}(?![\\p{L}])`,
  'iu',
);

function unitOf(word: string): DurationUnit | null {
  return UNIT_OF.get(word.toLowerCase()) ?? null;
}

/** Calendar days of a duration in the given unit. */
export function daysOf(amount: number, unit: DurationUnit): number {
  return Math.round(amount * DAYS_PER_UNIT[unit]);
}

/**
 * Calendar days from an estimate line ("Duration: 2 weeks" → 14, "Effort: 1 day" → 1, "Duração: 2-3 semanas" → 21);
 * a range counts as its upper end. Hours are effort, not a span: null.
 */
export function durationDaysIn(line: string): number | null {
  const kv = keyValueIn(line);
  if (!kv || !DURATION_KEY.test(kv.key)) return null;
  return durationDaysOf(kv.value.replace(/[*_]/g, '').trim(), DURATION_VALUE);
}

/**
 * The period an estimate line gives where its value is a place, not a length: "**Duration:** Weeks 1-2",
 * "Dauer: KW 8-9". Null for a length ("Duration: 2 weeks") or anything else.
 */
export function durationKeyPeriodIn(line: string, order: DateOrder | DateContext = null): Period | null {
  const kv = durationKeyValue(line);
  if (!kv) return null;
  const value = kv.value.replace(/[*_]/g, '').trim();
  // "Duration: 2 weeks (Weeks 1-2)": the length, then where it falls.
  const placed = /^(.*?)\s*[(（]([^()（）]+)[)）]\s*$/u.exec(value);
  if (placed && durationDaysOf(placed[1].trim(), DURATION_VALUE) !== null) {
    const inner = findPeriod(placed[2], 'line', order);
    return inner && inner.index === 0 ? inner.period : null;
  }
  if (durationDaysOf(value, DURATION_VALUE) !== null) return null;
  const found = findPeriod(value, 'line', order);
  return found && found.index === 0 ? found.period : null;
}

/** A "Duration:" line's value, its key perhaps behind an icon ("🕐 Süre: Gün 1 – 14"). */
function durationKeyValue(line: string): { key: string; value: string } | null {
  const kv = keyValueIn(line);
  if (!kv) return null;
  const key = kv.key.replace(/^[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f]+/u, '');
  return DURATION_KEY.test(key) ? { key, value: kv.value } : null;
}

/** Days of the plan a "Duration:" line places a section on ("Süre: Gün 1 – 14", "**Duration:** Days 3-5"). */
export function durationKeyDaysIn(line: string): { start: number; end: number } | null {
  const kv = durationKeyValue(line);
  if (!kv) return null;
  const value = kv.value.replace(/[*_]/g, '').trim();
  const days = relativeDaysIn(value);
  return days && days.index === 0 ? { start: days.start, end: days.end } : null;
}

function durationDaysOf(text: string, re: RegExp): number | null {
  const v = re.exec(text);
  if (!v) return null;
  const unit = unitOf(v[3]);
  if (!unit || unit === 'hour') return null;
  const raw = (v[2] ?? v[1]).toLowerCase();
  const amount = NUMBER_OF.get(raw) ?? Number(raw.replace(',', '.'));
  // Less than a day ("0.5 days") is effort, like hours, not a span on a calendar.
  if (!Number.isFinite(amount) || amount * DAYS_PER_UNIT[unit] < 1) return null;
  return daysOf(amount, unit);
}

// In a title a one-letter unit is as often an id ("Task 10d") as a duration.
const TITLE_UNIT_WORD = `(${alternation(DURATION_UNITS.filter((r) => r.unit !== 'hour' && (r.text.length > 1 || /[\u3040-\u9fff\uac00-\ud7af]/u.test(r.text))).map((r) => r.text))})`;

// A duration anywhere in a title: "Fase 1 — Fundamentos · 2-3 semanas", "Setup (3 weeks)", "(1-2日)", "uma semana".
// The number comes first ("Week 3" is a position, not a duration).
const TITLE_DURATION = new RegExp(
  `(?<![\\p{L}\\p{N}.])(\\d+(?:[.,]\\d+)?|${NUMBER_WORD})(?:\\s*(?:-|–|—|to|a|bis|à)\\s*(\\d+(?:[.,]\\d+)?))?\\s*${TITLE_UNIT_WORD}(?![\\p{L}\\p{N}])`,
  'iu',
);

// A label joined to another by a slash ("Término/Entrega:") takes the first one's role.
const PERIOD_LABEL_RE = new RegExp(`^[\\s>*_|-]*(?:\\d+[.)]\\s+)?[*_]*(${alternation(PERIOD_LABELS.map((r) => r.text))})(?:\\s*/\\s*[\\p{L}][\\p{L} ]{0,20})?[*_]*\\s*[:：]`, 'iu');
const ROLE_OF = new Map<string, PeriodRole>(PERIOD_LABELS.map((r) => [r.text, r.role]));

/**
 * The role of a line's period label: "**Início:** 02/03/2026" → start, "Target Date: 2026-04-10" → end, "Timeline: Q2"
 * → period, "Fecha: …" → date (a plan period only inside a plan item), "Completed: …" → finished. Null without one.
 */
export function periodLabelIn(line: string): PeriodRole | null {
  if (line.length > MAX_LINE) return null;
  const m = PERIOD_LABEL_RE.exec(line);
  return m ? (ROLE_OF.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? null) : null;
}

const START_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation(PERIOD_LABELS.filter((r) => r.role === 'start').map((r) => r.text))})\\s*[:：]?\\s*`, 'giu');

/**
 * The start an estimate line gives with its length: "Duration: 10 days (from 2026-03-31)" → 2026-03-31 and 10 days.
 * Null unless the line is an estimate line and a start label is followed by a day.
 */
export function durationStartIn(line: string, order: DateOrder | DateContext = null): { start: string; days: number } | null {
  const days = durationDaysIn(line);
  if (days === null) return null;
  START_WORD.lastIndex = 0;
  for (let m = START_WORD.exec(line); m; m = START_WORD.exec(line)) {
    const found = findPeriod(line.slice(m.index + m[0].length), 'line', order);
    if (found && found.index === 0 && found.period.unit === 'date' && found.period.precision === 'day') return { start: found.period.start, days };
  }
  return null;
}

/** Calendar days of a duration written in a title; see durationDaysIn. */
export function titleDurationDaysIn(title: string): number | null {
  if (title.length > MAX_LINE) return null;
  return durationDaysOf(title, TITLE_DURATION);
}

/**
 * The numbers of a range of units in a title ("Kısa Vadeli (0-3 Ay)" → 0 and 3), for telling horizons from lengths:
 * "0-3 months", "3-6 months", "6-12 months" say how far ahead, not how long. Null without a range.
 */
export function titleRangeIn(title: string): { from: number; to: number } | null {
  if (title.length > MAX_LINE) return null;
  const m = TITLE_DURATION.exec(title);
  if (!m || m[2] === undefined) return null;
  const from = Number(m[1].replace(',', '.'));
  const to = Number(m[2].replace(',', '.'));
  return Number.isFinite(from) && Number.isFinite(to) ? { from, to } : null;
}

const DAY_WORD = `(?:${alternation(DURATION_UNITS.filter((r) => r.unit === 'day' && r.text.length > 1 && !/[\u3040-\u9fff\uac00-\ud7af]/u.test(r.text)).map((r) => r.text))})`;
const CJK_DAYS_RE = new RegExp(CJK_DAYS, 'u');
const DAYS_RE = new RegExp(`${LW}${DAY_WORD}\\s*(\\d{1,3})(?:${RANGE_SEP}(?:${DAY_WORD}\\s*)?(\\d{1,3}))?(?![\\p{L}\\p{N}]|[.,]\\d|\\s*[%+/])`, 'iu');

/** Relative days a title plans an item in: "(Days 1-2)", "Day 3-5", "Gün 1-7", "Días 0-1". */
export function relativeDaysIn(text: string): { start: number; end: number; index: number; end_: number } | null {
  if (text.length > MAX_LINE || !/\d/.test(text)) return null;
  const m = DAYS_RE.exec(text) ?? CJK_DAYS_RE.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  return end >= start ? { start, end, index: m.index, end_: m.index + m[0].length } : null;
}

/**
 * Weeks from an estimate line ("Estimated Duration: 3 weeks"), rounded to one decimal. A range ("2-3 weeks")
 * counts as its upper end: a timeline that plans for the longer estimate does not draw overlaps that will happen.
 */
export function durationWeeksIn(line: string): number | null {
  const kv = keyValueIn(line);
  if (!kv || !DURATION_KEY.test(kv.key)) return null;
  const v = DURATION_VALUE.exec(kv.value.replace(/[*_]/g, '').trim());
  if (!v) return null;
  const unit = unitOf(v[3]);
  if (!unit) return null;
  const amount = Number((v[2] ?? v[1]).replace(',', '.'));
  if (!Number.isFinite(amount) || amount <= 0) return null;
  const weeks = Math.round(amount * WEEKS_PER_UNIT[unit] * 10) / 10;
  return weeks > 0 ? weeks : null;
}

/**
 * Places relative weeks on the calendar: week 1 starts on the anchor day and week n ends 7n-1 days after it.
 * The result has `precision` (default 'day') because the caller knows how exact the anchor is: weeks counted
 * from a "Q1 2024" heading are as soft as that quarter, weeks from an ISO start date are whole days.
 */
export function anchorWeeks(period: WeekPeriod, anchorStartIso: string, precision: DatePrecision = 'day'): DatePeriod {
  return {
    unit: 'date',
    start: addDays(anchorStartIso, (period.start - 1) * 7),
    end: addDays(anchorStartIso, period.end * 7 - 1),
    precision,
    source: period.source,
  };
}

/**
 * Weeks of a month ("Tuần 1" under "Tháng 3/2026", "Semana 3-4" under "Noviembre 2025"): week n is days 7n-6 to
 * 7n, and the fourth (or a fifth) runs to the month's end, since a month is four weeks and a few days. Null when
 * `month` is not one whole month or the weeks do not fit in it.
 */
export function weeksOfMonth(period: WeekPeriod, month: DatePeriod): DatePeriod | null {
  const p = ymdOf(month.start);
  if (!p || p.d !== 1 || month.precision !== 'month' || month.end !== monthRange(p.m, p.y).end) return null;
  const last = daysInMonth(p.y, p.m);
  const first = (period.start - 1) * 7 + 1;
  if (period.start < 1 || first > last) return null;
  const end = period.end >= 4 ? last : Math.min(period.end * 7, last);
  return { unit: 'date', start: formatIsoDay(p.y, p.m, first), end: formatIsoDay(p.y, p.m, end), precision: 'day', source: period.source };
}

const MONTH_WORD_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(MONTH_WORDS.map((r) => r.text))})(?![\\p{L}])`, 'giu');

/** A line that is a month and nothing else ("Noviembre 2025", "**Tháng 3/2026**"): the month weeks below it count in. */
export function monthOnlyIn(line: string): DatePeriod | null {
  if (line.length > MAX_LINE) return null;
  const text = stripInline(line).replace(/^[\s#>*+-]+/u, '');
  const f = findPeriod(text, 'timeline');
  if (!f || f.period.unit !== 'date' || f.period.precision !== 'month' || f.period.start.slice(0, 7) !== f.period.end.slice(0, 7)) return null;
  const rest = (text.slice(0, f.index) + text.slice(f.end)).replace(MONTH_WORD_RE, '');
  return /^[\s\p{P}\p{S}]*$/u.test(rest) ? f.period : null;
}

/**
 * Where relative weeks under a dated heading start counting. "Q2 2024 › UI Framework (Weeks 14-19)" counts
 * from the start of 2024 (week 14 is the first week of April; "Weeks 40-45" under Q4 2024 starts a day early and
 * still counts from the year); "Q2 2024 › Design (Weeks 1-3)" counts from the start of the quarter. The period's
 * own start wins when the whole range fits, then the year's when its reading overlaps the period, then the
 * period's start when the range at least starts inside; null when none does (the weeks then belong to no
 * calendar we can see: "Weeks 30-32" under Q1 2024 is not July).
 */
export function weekAnchorWithin(enclosing: DatePeriod, weeks: WeekPeriod): string | null {
  const inside = (iso: string): boolean => compareIso(enclosing.start, iso) <= 0 && compareIso(iso, enclosing.end) <= 0;
  const fromPeriod = anchorWeeks(weeks, enclosing.start);
  if (inside(fromPeriod.start) && inside(fromPeriod.end)) return enclosing.start;
  const yearStart = `${enclosing.start.slice(0, 4)}-01-01`;
  const fromYear = anchorWeeks(weeks, yearStart);
  if (compareIso(fromYear.end, enclosing.start) >= 0 && compareIso(fromYear.start, enclosing.end) <= 0) return yearStart;
  return inside(fromPeriod.start) ? enclosing.start : null;
}

/**
 * One entry of a Timeline list, table row or code block. Either the label leads ("- Phase 2: Q2 2024") or the
 * period does ("Week 1-3:   Enhancement & Advanced Features"); a trailing parenthetical note such as "(Parallel)"
 * is not part of the label. Null when the line names no period or no label.
 */
export function timelineEntryIn(line: string): { label: string; period: Period } | null {
  if (line.length > MAX_LINE) return null;
  const gantt = ganttTaskIn(line);
  if (gantt) return gantt;
  let text = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '').trim();
  if (text.startsWith('|')) {
    const cells = text.split('|').map((c) => stripInline(c)).filter((c) => c.length > 0);
    const periodCell = cells.findIndex((c) => findPeriod(c, 'timeline') !== null);
    if (periodCell < 0) return null;
    // The label is the first other cell that says something: not a row number, not another period.
    const labelCell = cells.find((c, i) => i !== periodCell && !/^\d+[.)]?$/.test(c) && !isOnlyPeriod(c));
    const period = periodIn(cells[periodCell], 'timeline');
    return labelCell && period ? { label: cleanLabel(labelCell), period } : null;
  }
  text = stripInline(text);
  const found = findPeriod(text, 'timeline');
  if (!found) return null;
  const before = text.slice(0, found.index);
  const after = text.slice(found.end);
  // The period leads: the label is what follows it ("Week 1-3:   Enhancement").
  const label = /^[\s\p{P}\p{S}]*$/u.test(before) ? cleanLabel(after) : cleanLabel(before);
  return label && !NOT_A_LABEL.test(label) ? { label, period: found.period } : null;
}

// A Mermaid gantt task: "Design :done, des1, 2024-01-06, 2024-01-08" or "Parser :a1, 2024-01-01, 30d".
// Ends given as an id ("after a1") need the whole chart, so those lines give null here.
const GANTT_TASK = /^\s*([^:]{1,200}?)\s*:\s*(?:(?:done|active|crit|milestone)\s*,\s*)*(?:[A-Za-z_][\w-]*\s*,\s*)?(\d{4}-\d{2}-\d{2})\s*,\s*(?:(\d{4}-\d{2}-\d{2})|(\d{1,4})\s*([dw]))\s*$/u;

function ganttTaskIn(line: string): { label: string; period: Period } | null {
  const m = GANTT_TASK.exec(line);
  if (!m) return null;
  const start = m[2];
  if (!isIsoDay(start)) return null;
  const end = m[3] ?? addDays(start, Number(m[4]) * (m[5] === 'w' ? 7 : 1) - 1);
  if (!isIsoDay(end) || compareIso(start, end) > 0) return null;
  const label = m[1].trim();
  return label ? { label, period: { unit: 'date', start, end, precision: 'day', source: 'timeline' } } : null;
}

function isIsoDay(iso: string): boolean {
  const p = ymdOf(iso);
  return p !== null && plausibleYear(p.y);
}

// Document metadata that happens to carry a date: "Last Updated: 2025-05-12".
const NOT_A_LABEL = new RegExp(`^(?:${alternation([...AS_OF_WORDS.map((r) => r.text), 'date'])})$`, 'iu');

function stripInline(s: string): string {
  return s.replace(/\*\*|__|`/g, '').replace(/(^|\s)[*_](\S)/g, '$1$2').replace(/(\S)[*_](?=\s|$|[:：])/g, '$1').trim();
}

function isOnlyPeriod(s: string): boolean {
  const f = findPeriod(s, 'timeline');
  if (!f) return false;
  const rest = s.slice(0, f.index) + s.slice(f.end);
  return /^[\s\p{P}\p{S}]*$/u.test(rest);
}

const LABEL_TRAILING = new Set([...' \t:：,;.-–—|([']);

function cleanLabel(s: string): string {
  let text = s.trim();
  // A trailing note in parentheses, "(Parallel)", is not part of the label.
  if (text.endsWith(')')) {
    const open = text.lastIndexOf('(');
    if (open >= 0 && !text.slice(open + 1, -1).includes(')')) text = text.slice(0, open).trimEnd();
  }
  let end = text.length;
  while (end > 0 && LABEL_TRAILING.has(text[end - 1])) end--;
  return text.slice(0, end).replace(/^[\s\p{P}\p{S}]+/u, '').trim();
}
