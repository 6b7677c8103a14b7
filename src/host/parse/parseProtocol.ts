// The messages between the extension host and the parser worker. Plain data only (structured clone), and nothing
// Node- or DOM-specific, so a Node worker thread (desktop, code-server) and a Web Worker (a web-extension build)
// speak the same protocol; only the entry file that wires a port to `ParseService` differs.
import type { RoadmapDocument } from '../../core/model';
import type { ModelDelta } from '../../core/parse/delta';

/** One replacement in the text as it was just before it (VS Code's `contentChanges`, applied in order). */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

/** Host → worker. */
export type ParseRequest =
  | {
      type: 'update';
      /** The document's key (its URI as a string). */
      id: string;
      version: number;
      /**
       * The whole text, or the changes from the text of `baseVersion` (cheaper on every keystroke). A worker that
       * does not hold `baseVersion` answers `resync` and the host sends the whole text.
       */
      text?: string;
      changes?: TextChange[];
      baseVersion?: number;
      /** Parse now (false: only keep the text current, a parse request follows after the typing pause). */
      parse: boolean;
      /** Read the document with the line scan only (after a parse of it ran over its budget). */
      scanOnly?: boolean;
      /** Answer with the whole model, not a delta (the host lost track of the model it was sent). */
      full?: boolean;
    }
  /**
   * The text of `baseVersion` is now also the text of `version` (a file read from disk, then opened unchanged): the
   * worker keeps its model and names it by the new version, so the same text is never parsed twice.
   */
  | { type: 'relabel'; id: string; baseVersion: number; version: number }
  | { type: 'close'; id: string };

/** How a model was made, for the log, the debounce and the bench. */
export interface ParseStats {
  /** Wall time of the parse in the worker. */
  ms: number;
  /** CPU time of the worker thread, where the platform can tell (else null). */
  cpuMs: number | null;
  /** Chunks (top-level sections) in the text and how many remark had to parse. */
  chunks: number;
  parsed: number;
  /**
   * How the model was reached: a full or incremental parse, a patched toggle, the line scan, or nothing at all (the
   * text is the one of the model last sent: an undo back to it, a revert).
   */
  how: 'parse' | 'toggle' | 'scan' | 'same';
  /** Elements sent in full (the whole model counts all). */
  sent: number;
}

/** Worker → host. Models come as a whole the first time, then as deltas from the previous model sent. */
export type ParseReply =
  | { type: 'model'; id: string; version: number; model: RoadmapDocument; stats: ParseStats }
  | { type: 'delta'; id: string; version: number; baseVersion: number; delta: ModelDelta; stats: ParseStats }
  | { type: 'resync'; id: string; version: number }
  | { type: 'error'; id: string; version: number; message: string };
