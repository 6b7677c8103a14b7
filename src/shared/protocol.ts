// The messages between the timeline panel (host) and its webview: one discriminated union each way.
// Whatever arrives over postMessage is untrusted until a guard below says otherwise.
import type { TimelineLayout } from '../core/timeline/timelineLayout';
import { isHistoryMessage, isRescheduleMessage, type HistoryMessage, type RescheduleMessage } from './historyProtocol';

/** Host → webview. */
export type HostMessage =
  | {
      type: 'layout';
      layout: TimelineLayout;
      /** The document's path relative to its workspace folder, for the toolbar. */
      fileName: string;
      /** The document's URI as a string, kept in the webview state so a reloaded window reopens the same file. */
      uri: string;
      /** Document version the layout was computed from. */
      version: number;
      /** The panel follows the active roadmap editor (false: pinned to this file). */
      follows?: boolean;
      /** Words for the page in the user's language, keyed as in the webview's English defaults. */
      words?: Record<string, string>;
    }
  | {
      type: 'workspace';
      /** Every indexed roadmap, grouped by file (folder-relative path), in one chart. */
      groups: WorkspaceGroup[];
      /** The panel's own file (kept in the webview state, so a reloaded window reopens the panel). */
      uri: string;
      /** Counts the workspace layouts the panel posted, for the `rendered` answer. */
      version: number;
      words?: Record<string, string>;
    }
  | { type: 'empty'; reason: 'no-roadmap' | 'closed' | 'error'; detail?: string }
  | HistoryMessage;

export interface WorkspaceGroup {
  /** The file's path relative to its workspace folder. */
  fileName: string;
  uri: string;
  layout: TimelineLayout;
}

/** Webview → host. */
export type WebviewMessage =
  | { type: 'ready' }
  /** Reveal the heading on this 1-based line in the editor; `file`: the group's index in a workspace chart. */
  | { type: 'reveal'; line: number; file?: number }
  /** Show every roadmap of the workspace (true) or the one file (false). */
  | { type: 'mode'; workspace: boolean }
  | { type: 'exportSvg' }
  /** Keep showing this file (true) or follow the active roadmap editor again (false). */
  | { type: 'pin'; pinned: boolean }
  /**
   * The webview finished drawing a layout (used by tests and to measure update latency); `rows`: row labels in its
   * DOM; `paintedAt`: the page's clock (epoch ms) at the first frame after the draw, when a frame came.
   */
  | { type: 'rendered'; version: number; rows: number; groups?: number; paintedAt?: number }
  | RescheduleMessage;

/** What the webview keeps with `setState`, handed back to the panel serializer after a window reload. */
export interface TimelineWebviewState {
  uri: string;
  zoom: number;
  scrollLeft: number;
  scrollTop: number;
  /** The user zoomed: stop re-fitting the chart to the panel's width. */
  zoomed?: boolean;
  /** The panel keeps its file instead of following the active editor. */
  pinned?: boolean;
  /** The panel shows every roadmap of the workspace. */
  workspace?: boolean;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

export function isWebviewMessage(x: unknown): x is WebviewMessage {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'ready':
    case 'exportSvg':
      return true;
    case 'reveal':
      return isCount(x.line) && x.line >= 1 && (x.file === undefined || isCount(x.file));
    case 'mode':
      return typeof x.workspace === 'boolean';
    case 'pin':
      return typeof x.pinned === 'boolean';
    case 'rendered':
      return isCount(x.version) && isCount(x.rows) && (x.groups === undefined || isCount(x.groups)) && (x.paintedAt === undefined || (typeof x.paintedAt === 'number' && Number.isFinite(x.paintedAt)));
    case 'reschedule':
      return isRescheduleMessage(x);
    default:
      return false;
  }
}

export function isHostMessage(x: unknown): x is HostMessage {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'layout':
      return isRecord(x.layout) && Array.isArray(x.layout.rows) && isRecord(x.layout.axis) && Array.isArray(x.layout.arrows)
        && typeof x.fileName === 'string' && typeof x.uri === 'string' && isCount(x.version)
        && Array.isArray(x.layout.lane)
        && (x.follows === undefined || typeof x.follows === 'boolean')
        && (x.words === undefined || (isRecord(x.words) && Object.values(x.words).every((w) => typeof w === 'string')));
    case 'workspace':
      return Array.isArray(x.groups) && isCount(x.version) && typeof x.uri === 'string'
        && x.groups.every((g) => isRecord(g) && typeof g.fileName === 'string' && typeof g.uri === 'string' && isRecord(g.layout) && Array.isArray(g.layout.rows) && Array.isArray(g.layout.lane) && isRecord(g.layout.axis))
        && (x.words === undefined || (isRecord(x.words) && Object.values(x.words).every((w) => typeof w === 'string')));
    case 'empty':
      return x.reason === 'no-roadmap' || x.reason === 'closed' || x.reason === 'error';
    case 'history':
      return isHistoryMessage(x);
    default:
      return false;
  }
}

export function isTimelineWebviewState(x: unknown): x is TimelineWebviewState {
  return isRecord(x) && typeof x.uri === 'string' && typeof x.zoom === 'number' && Number.isFinite(x.zoom) && x.zoom > 0
    && typeof x.scrollLeft === 'number' && typeof x.scrollTop === 'number';
}
