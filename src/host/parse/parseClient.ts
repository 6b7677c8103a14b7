// The host's side of the worker boundary: sends texts and changes to the parser worker, keeps each document's model
// current by applying the deltas it answers with, and stops a worker whose parse runs over its budget (a fresh one
// then reads that document with the line scan, and the result is marked partial). No vscode and no Node here: the
// worker comes from a factory (worker_threads in a Node host, a Web Worker in a web build).
import { emptyRoadmap, type RoadmapDocument } from '../../core/model';
import { applyModelDelta, type ModelDelta } from '../../core/parse/delta';
import type { ParseReply, ParseRequest, ParseStats, TextChange } from './parseProtocol';

/** What the client needs of a worker: the shape both worker_threads and Web Workers can be adapted to. */
export interface ParserWorker {
  postMessage(request: ParseRequest): void;
  onMessage(listener: (reply: ParseReply) => void): void;
  onFailure(listener: (error: unknown) => void): void;
  terminate(): void;
}

export interface ParseResult {
  id: string;
  version: number;
  model: RoadmapDocument;
  /** The delta that made `model` from the previous result, when it came as one (views may redo only what it names). */
  delta?: ModelDelta;
  /** The model the delta was applied to. */
  base?: RoadmapDocument;
  /** Read by the line scan only: a parse ran over its budget, or this is the quick first look a parse follows. */
  partial: boolean;
  /** The line scan shown while the first parse of a big text runs; a model from the parse follows. */
  preview?: boolean;
  error?: string;
  stats?: ParseStats;
  /** Host time spent applying the delta. */
  applyMs?: number;
}

export interface ParseClientOptions {
  createWorker(): ParserWorker;
  /** Called for every model the worker sends (in order), and for documents that failed or ran over budget. */
  onResult(result: ParseResult): void;
  /** The whole current text and version of a document, for when the worker must be sent it again. */
  currentText(id: string): { version: number; text: string } | undefined;
  /** How long a parse of a text this long may take before the worker is stopped. */
  budgetMs?(textLength: number): number;
  log?(message: string): void;
}

interface DocState {
  /** The model the worker sent last (the base of its next delta) and its version. */
  model?: RoadmapDocument;
  modelVersion: number;
  /** The latest version whose text the worker holds (or is being sent). */
  workerVersion?: number;
  /** The parse the host waits for: its version, when it was asked, how long the text was. */
  pending?: { version: number; since: number; length: number; scanOnly: boolean };
  /** A line-scan preview of this version was asked for: its reply is not the parse the host waits for. */
  previewVersion?: number;
  /** When a parse of this document last ran over its budget: later versions use the line scan for a while. */
  overBudgetAt?: number;
}

/** A generous budget: remark reads ~0.3 MB/s here; pathological documents take minutes. */
export function defaultBudgetMs(textLength: number): number {
  return 5_000 + textLength / 100;
}

/** After running over budget, a document is read by the line scan for this long before a full parse is tried again. */
const SCAN_ONLY_MS = 30_000;

export class ParseClient {
  private worker: ParserWorker | undefined;
  private readonly docs = new Map<string, DocState>();
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** Workers started so far (tests and the log read it). */
  restarts = 0;

  constructor(private readonly options: ParseClientOptions) {}

  /**
   * Sends the whole text of a version (opening, or a file read from disk). With `preview`, the worker first answers
   * with what the line scan finds (milliseconds), then with the parse (seconds for a big file).
   */
  setText(id: string, version: number, text: string, parse = true, preview = false): void {
    const state = this.state(id);
    state.workerVersion = version;
    if (parse && preview && !state.model) {
      state.previewVersion = version;
      this.post({ type: 'update', id, version, text, parse: true, scanOnly: true });
      this.post({ type: 'update', id, version, parse: true, ...this.mode(state, version, text.length, true) });
      return;
    }
    this.post({ type: 'update', id, version, text, parse, ...this.mode(state, version, text.length, parse) });
  }

  /** Sends VS Code's content changes from `baseVersion` to `version`; `parse` asks for a model now (a toggle). */
  change(id: string, version: number, baseVersion: number, changes: TextChange[], textLength: number, parse = false): void {
    const state = this.state(id);
    if (state.workerVersion !== baseVersion) {
      // The worker never had the base (a restart, a lost message): send what the document says now.
      const current = this.options.currentText(id);
      if (current) this.setText(id, current.version, current.text, parse);
      return;
    }
    state.workerVersion = version;
    this.post({ type: 'update', id, version, changes, baseVersion, parse, ...this.mode(state, version, textLength, parse) });
  }

  /** Asks for a model of the version the worker holds (after a typing pause). */
  parse(id: string, version: number, textLength: number): void {
    const state = this.state(id);
    if (state.workerVersion !== version) {
      const current = this.options.currentText(id);
      if (current) this.setText(id, current.version, current.text, true);
      return;
    }
    this.post({ type: 'update', id, version, parse: true, ...this.mode(state, version, textLength, true) });
  }

  /**
   * The worker's text of `baseVersion` is also `version`'s (a file read from disk, then opened unchanged): its model
   * is renamed, not parsed again. Returns false when the worker does not hold that version (the caller sends the text).
   */
  relabel(id: string, baseVersion: number, version: number): boolean {
    const state = this.docs.get(id);
    if (!state || state.workerVersion !== baseVersion || state.pending || state.modelVersion !== baseVersion || !state.model) return false;
    state.workerVersion = version;
    state.modelVersion = version;
    this.post({ type: 'relabel', id, baseVersion, version });
    return true;
  }

  close(id: string): void {
    this.docs.delete(id);
    this.worker?.postMessage({ type: 'close', id });
    this.armWatchdog();
  }

  /** The model the client holds for a document (the last one the worker sent). */
  model(id: string): { version: number; model: RoadmapDocument } | undefined {
    const state = this.docs.get(id);
    return state?.model ? { version: state.modelVersion, model: state.model } : undefined;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.watchdog);
    this.worker?.terminate();
    this.worker = undefined;
    this.docs.clear();
  }

  private state(id: string): DocState {
    let state = this.docs.get(id);
    if (!state) {
      state = { modelVersion: -1 };
      this.docs.set(id, state);
    }
    return state;
  }

  /** Marks a parse as awaited (for the budget) and says whether the worker should only line-scan. */
  private mode(state: DocState, version: number, length: number, parse: boolean): { scanOnly?: true } {
    if (!parse) return {};
    const scanOnly = state.overBudgetAt !== undefined && Date.now() - state.overBudgetAt < SCAN_ONLY_MS;
    state.pending = { version, since: Date.now(), length, scanOnly };
    this.armWatchdog();
    return scanOnly ? { scanOnly } : {};
  }

  private post(request: ParseRequest): void {
    if (this.disposed) return;
    this.ensureWorker().postMessage(request);
  }

  private ensureWorker(): ParserWorker {
    if (this.worker) return this.worker;
    const worker = this.options.createWorker();
    this.restarts++;
    worker.onMessage((reply) => {
      if (this.worker === worker) this.receive(reply);
    });
    worker.onFailure((error) => {
      if (this.worker !== worker) return;
      this.options.log?.(`parser worker failed: ${String(error)}; starting a new one`);
      this.restart();
    });
    this.worker = worker;
    return worker;
  }

  private receive(reply: ParseReply): void {
    const state = this.docs.get(reply.id);
    if (!state) return;
    switch (reply.type) {
      case 'resync': {
        const current = this.options.currentText(reply.id);
        if (current) this.setText(reply.id, current.version, current.text, state.pending !== undefined);
        return;
      }
      case 'error':
        this.settle(state, reply.version);
        state.model = undefined;
        state.workerVersion = undefined;
        this.options.onResult({ id: reply.id, version: reply.version, model: emptyRoadmap(), partial: false, error: reply.message });
        return;
      case 'model': {
        state.model = reply.model;
        state.modelVersion = reply.version;
        const preview = reply.stats.how === 'scan' && state.previewVersion === reply.version;
        if (preview) state.previewVersion = undefined;
        else this.settle(state, reply.version);
        this.options.onResult({ id: reply.id, version: reply.version, model: reply.model, partial: reply.stats.how === 'scan', stats: reply.stats, ...(preview ? { preview } : {}) });
        return;
      }
      case 'delta': {
        if (!state.model || state.modelVersion !== reply.baseVersion) {
          this.resend(reply.id, state);
          return;
        }
        let model: RoadmapDocument;
        const started = performance.now();
        try {
          model = applyModelDelta(state.model, reply.delta);
        } catch (err) {
          this.options.log?.(`model delta for ${reply.id} did not apply (${String(err)}); asking for the whole model`);
          this.resend(reply.id, state);
          return;
        }
        const base = state.model;
        state.model = model;
        state.modelVersion = reply.version;
        this.settle(state, reply.version);
        this.options.onResult({ id: reply.id, version: reply.version, model, delta: reply.delta, base, partial: reply.stats.how === 'scan', stats: reply.stats, applyMs: performance.now() - started });
        return;
      }
    }
  }

  /** The host lost track of the worker's model: send the text again and ask for a whole model. */
  private resend(id: string, state: DocState): void {
    state.model = undefined;
    const current = this.options.currentText(id);
    if (!current) return;
    state.workerVersion = current.version;
    this.post({ type: 'update', id, version: current.version, text: current.text, parse: true, full: true, ...this.mode(state, current.version, current.text.length, true) });
  }

  private settle(state: DocState, version: number): void {
    if (state.pending && state.pending.version <= version) state.pending = undefined;
    this.armWatchdog();
  }

  /** One timer for the earliest deadline of any awaited parse. */
  private armWatchdog(): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    let earliest = Infinity;
    for (const state of this.docs.values()) {
      // The line scan is linear and has no budget: it is what runs when the budget is gone.
      if (state.pending && !state.pending.scanOnly) earliest = Math.min(earliest, state.pending.since + this.budget(state.pending.length));
    }
    if (earliest === Infinity || this.disposed) return;
    this.watchdog = setTimeout(() => this.onWatchdog(), Math.max(0, earliest - Date.now()));
  }

  private budget(length: number): number {
    return (this.options.budgetMs ?? defaultBudgetMs)(length);
  }

  private onWatchdog(): void {
    const now = Date.now();
    const over = [...this.docs].filter(([, s]) => s.pending && !s.pending.scanOnly && now >= s.pending.since + this.budget(s.pending.length));
    if (over.length === 0) {
      this.armWatchdog();
      return;
    }
    for (const [id, state] of over) {
      this.options.log?.(`parsing ${id} ran over its budget of ${this.budget(state.pending!.length).toFixed(0)} ms: stopping the parser worker; reading it with the line scan`);
      state.overBudgetAt = now;
    }
    this.restart();
  }

  /** Stops the worker and starts a fresh one; every document's text and any awaited parse go to the new one. */
  private restart(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const [id, state] of this.docs) {
      state.model = undefined;
      state.workerVersion = undefined;
      const wanted = state.pending !== undefined;
      state.pending = undefined;
      if (!wanted) continue;
      const current = this.options.currentText(id);
      if (current) this.setText(id, current.version, current.text, true);
    }
    this.armWatchdog();
  }
}
