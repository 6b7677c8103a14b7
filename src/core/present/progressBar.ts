import type { Progress } from '../model';

const FILLED = '▰';
const EMPTY = '▱';

/**
 * A bar like `▰▰▰▱▱`. A bar only looks full when every task is done and only looks empty when none is,
 * so 9/10 never reads as finished and 1/100 never reads as untouched.
 */
export function progressBar(progress: Progress, width = 5): string {
  const cells = Math.max(1, Math.floor(width));
  const filled = filledCells(progress, cells);
  return FILLED.repeat(filled) + EMPTY.repeat(cells - filled);
}

/** `3/5 · 60%`; an empty string for 0/0, because "no tasks" is not "0% done". */
export function formatProgress(progress: Progress): string {
  if (progress.total <= 0) return '';
  return `${progress.done}/${progress.total} · ${progressPercent(progress)}%`;
}

/** Whole percent, never 100 before the last task is done nor 0 after the first one is. */
export function progressPercent(progress: Progress): number {
  if (progress.total <= 0) return 0;
  return clampForState(Math.round((progress.done / progress.total) * 100), progress, 100);
}

function filledCells(progress: Progress, cells: number): number {
  if (progress.total <= 0) return 0;
  return clampForState(Math.round((progress.done / progress.total) * cells), progress, cells);
}

function clampForState(value: number, progress: Progress, full: number): number {
  if (progress.done >= progress.total) return full;
  if (progress.done <= 0) return 0;
  return Math.min(full - 1, Math.max(1, value));
}
