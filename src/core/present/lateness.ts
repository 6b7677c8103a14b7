// "finished 12 days late", "3 weeks ahead": the distance between a plan's end and what happened, in the unit a
// reader thinks in — days up to two weeks, whole weeks beyond.

export interface Lateness {
  direction: 'late' | 'ahead' | 'on time';
  amount: number;
  unit: 'day' | 'week';
}

/** `days` after the planned end (negative: before it). */
export function lateness(days: number): Lateness {
  if (days === 0) return { direction: 'on time', amount: 0, unit: 'day' };
  const abs = Math.abs(days);
  const direction = days > 0 ? 'late' : 'ahead';
  return abs >= 14 ? { direction, amount: Math.round(abs / 7), unit: 'week' } : { direction, amount: abs, unit: 'day' };
}

/** English: "12 days late", "3 weeks ahead", "on time". The editor words it through its own l10n. */
export function latenessText(days: number): string {
  const l = lateness(days);
  if (l.direction === 'on time') return 'on time';
  return `${l.amount} ${l.unit}${l.amount === 1 ? '' : 's'} ${l.direction}`;
}
