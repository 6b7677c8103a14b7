// The timeline's plan-against-reality messages: actual bars and burn-up (host → webview) and drag to reschedule
// (webview → host). Part of the unions in protocol.ts; the guards here check every field a page could forge.
import type { ActualBar } from '../core/timeline/actuals';

export interface BurnupPointMessage {
  date: string;
  done: number;
  total: number;
}

export interface HistoryMessage {
  type: 'history';
  /** Document version the facts were judged on (the layout's version). */
  version: number;
  bars: ActualBar[];
  /** Tooltip line per section ("finished 12 days late", "projected 2026-07-01, 5 days late"), in the user's language. */
  notes: Record<string, string>;
  burnup: BurnupPointMessage[];
  /** All tasks done by this day at the recent rate; null when unknown. */
  projected: string | null;
  today: string;
  /** Days in one unit of each item's period words (7 for weeks, ~91 for quarters): drags snap to it. */
  units: Record<string, number>;
  words: Record<string, string>;
}

/** Drag a bar (or one edge) by whole days; the host snaps to the period's unit and writes the words. */
export interface RescheduleMessage {
  type: 'reschedule';
  section: number;
  /** The layout version the drag was made on: a stale drag is dropped. */
  version: number;
  startDays: number;
  endDays: number;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isDays = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && Math.abs(x) <= 36_600;

export function isRescheduleMessage(x: unknown): x is RescheduleMessage {
  return isRecord(x) && x.type === 'reschedule' && isCount(x.section) && isCount(x.version) && isDays(x.startDays) && isDays(x.endDays) && (x.startDays !== 0 || x.endDays !== 0);
}

export function isHistoryMessage(x: unknown): x is HistoryMessage {
  return isRecord(x) && x.type === 'history' && isCount(x.version) && Array.isArray(x.bars) && Array.isArray(x.burnup) && isRecord(x.notes) && isRecord(x.units)
    && isRecord(x.words) && typeof x.today === 'string' && (x.projected === null || typeof x.projected === 'string');
}
