// How a period and a status read in every view: the tree's descriptions, `roadmap status`, the timeline's labels
// and the static SVG. One rule, so the same section never reads "Q2 2024" in one place and
// "2024-04-01 → 2024-06-30" in another.
//
// The rule: a period is named in the unit the document wrote it in, as long as the span fills that unit —
// "Weeks 5–7", "Q2 2024", "H1 2025", "May 2024", "2025"; exact days stay days, "2024-05-01 – 2024-06-30". A soft
// span that does not fill its unit (weeks counted inside a quarter) is shown as the approximate days it covers,
// "≈ 2024-07-22 – 2024-08-11". Ranges use a spaced en dash between dates and names, an unspaced one between numbers.
import { daysInMonth } from '../language/isoDay';
import type { DatePrecision, Period, Status } from '../model';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The text of a section's period, or "" when it has none. */
export function periodText(period: Period | null): string {
  if (!period) return '';
  if (period.unit === 'week') return weeksText(period.start, period.end);
  // Placed by a length after the item before, not stated: never shown as firm days.
  if (period.source === 'duration') return `≈ ${period.start === period.end ? period.start : `${period.start} – ${period.end}`}`;
  return spanText(period.start, period.end, period.precision);
}

export function weeksText(start: number, end: number): string {
  return start === end ? `Week ${start}` : `Weeks ${start}–${end}`;
}

/** Calendar days `start`..`end` (inclusive ISO days) named by `precision` where the span fills whole units of it. */
export function spanText(start: string, end: string, precision: DatePrecision): string {
  const [y1, m1, d1] = ymd(start);
  const [y2, m2, d2] = ymd(end);
  const endsMonth = d2 === daysInMonth(y2, m2);
  if (precision !== 'day' && d1 === 1 && endsMonth) {
    if (m1 === 1 && m2 === 12 && precision === 'year') return y1 === y2 ? `${y1}` : `${y1} – ${y2}`;
    if (precision === 'half' && (m1 - 1) % 6 === 0 && m2 % 6 === 0) {
      const h = (m: number) => (m <= 6 ? 1 : 2);
      return y1 === y2 && m2 - m1 === 5 ? `H${h(m1)} ${y1}` : `H${h(m1)} ${y1} – H${h(m2)} ${y2}`;
    }
    if ((precision === 'quarter' || precision === 'half' || precision === 'year') && (m1 - 1) % 3 === 0 && m2 % 3 === 0) {
      return y1 === y2 && m2 - m1 === 2 ? quarterText(y1, m1) : `${quarterText(y1, m1)} – ${quarterText(y2, m2)}`;
    }
    return y1 === y2 && m1 === m2 ? monthText(y1, m1) : `${monthText(y1, m1)} – ${monthText(y2, m2)}`;
  }
  const range = start === end ? start : `${start} – ${end}`;
  return precision === 'day' ? range : `≈ ${range}`;
}

/** The status as one lower-case word or two, for text output; "no status" for none. */
export function statusText(status: Status | null): string {
  switch (status) {
    case 'done':
      return 'done';
    case 'in-progress':
      return 'in progress';
    case 'blocked':
      return 'blocked';
    case 'planned':
      return 'planned';
    default:
      return 'no status';
  }
}

function quarterText(y: number, m: number): string {
  return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
}

function monthText(y: number, m: number): string {
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

function ymd(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}
