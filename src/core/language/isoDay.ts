// A calendar day written `YYYY-MM-DD`: the one validator every reader of a day goes through (command-line
// arguments, completion dates, templates, periods), so "2024-02-30" is refused everywhere or nowhere.

declare const isoDayBrand: unique symbol;

/** A `YYYY-MM-DD` string that names a real calendar day (month 1–12, day within that month). */
export type IsoDay = string & { readonly [isoDayBrand]: true };

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month and day of a real calendar day, or null (wrong shape, month 13, February 30th…). */
export function ymdOf(text: string): Ymd | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isIsoDay(text: string): text is IsoDay {
  return ymdOf(text) !== null;
}

export function parseIsoDay(text: string): IsoDay | null {
  return isIsoDay(text) ? text : null;
}

/** For API boundaries where a caller passing a bad day is a bug, not user input. */
export function assertIsoDay(text: string, what = 'day'): asserts text is IsoDay {
  if (!isIsoDay(text)) throw new RangeError(`${what} must be an ISO day like 2026-11-25, not "${text}".`);
}

export function formatIsoDay(y: number, m: number, d: number): IsoDay {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDay;
}

/**
 * The calendar day where the user is: the local date, not the UTC one (late in the evening west of Greenwich the UTC
 * date is already tomorrow). The one definition of "today" for the CLI, the completion dates and the timeline.
 */
export function localToday(now: Date = new Date()): IsoDay {
  return formatIsoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
