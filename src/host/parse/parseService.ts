// The parser's side of the worker boundary: holds each document's text and its incremental parser (the chunk cache),
// parses on request and answers with a model delta from the model it sent last. Platform-free: the Node worker entry
// (parseWorkerNode.ts) and a future Web Worker entry hand it their messages and a way to post replies.
import type { RoadmapDocument } from '../../core/model';
import { deltaSize, modelDelta, shiftFor, type Shift } from '../../core/parse/delta';
import { RoadmapParser } from '../../core/parse/parse';
import { lineReadDocument } from '../../core/parse/lineRead';
import type { ParseReply, ParseRequest, ParseStats, TextChange } from './parseProtocol';

export interface ServicePlatform {
  post(reply: ParseReply): void;
  /** Resolves after pending messages had a chance to run (setImmediate in Node, a MessageChannel tick in a browser). */
  yieldToMessages(): Promise<void>;
  /** CPU time of this thread in ms, when the platform can tell. */
  threadCpuMs(): number | undefined;
}

interface Doc {
  text: string;
  version: number;
  parser: RoadmapParser;
  /** The version and text the parser's latest model was made from. */
  parsedVersion: number;
  /** What the host holds: the last model sent, its version and text (the base of the next delta). */
  sent?: { version: number; model: RoadmapDocument; text: string };
  /** Bumped by every request; a sliced parse that sees a newer ticket stops. */
  ticket: number;
  /** Changed span since `sent`: unchanged prefix length and unchanged suffix length of the text. */
  keepHead: number;
  keepTail: number;
}

/** Slices of a parse; between them newer messages run (and may make the parse stale). */
const SLICE_MS = 20;

export class ParseService {
  private readonly docs = new Map<string, Doc>();

  constructor(private readonly platform: ServicePlatform) {}

  /** Handles one request; never throws (a failure is answered with an `error` reply). */
  async handle(request: ParseRequest): Promise<void> {
    try {
      await this.serve(request);
    } catch (err) {
      if (request.type === 'update') {
        this.docs.delete(request.id);
        this.platform.post({ type: 'error', id: request.id, version: request.version, message: err instanceof Error ? err.message : String(err) });
      }
    }
  }

  private async serve(request: ParseRequest): Promise<void> {
    if (request.type === 'close') {
      const doc = this.docs.get(request.id);
      if (doc) doc.ticket++;
      this.docs.delete(request.id);
      return;
    }
    let doc = this.docs.get(request.id);
    if (request.type === 'relabel') {
      if (!doc || doc.version !== request.baseVersion) {
        this.platform.post({ type: 'resync', id: request.id, version: request.version });
        return;
      }
      doc.version = request.version;
      if (doc.parsedVersion === request.baseVersion) doc.parsedVersion = request.version;
      if (doc.sent?.version === request.baseVersion) doc.sent = { ...doc.sent, version: request.version };
      return;
    }
    if (request.text !== undefined) {
      if (!doc) {
        doc = { text: request.text, version: request.version, parser: new RoadmapParser(), parsedVersion: -1, ticket: 0, keepHead: 0, keepTail: 0 };
        this.docs.set(request.id, doc);
      } else {
        const { head, tail } = commonEnds(doc.text, request.text);
        noteChange(doc, doc.text.length, head, doc.text.length - head - tail, request.text.length - head - tail);
        doc.text = request.text;
        doc.version = request.version;
      }
    } else if (request.changes) {
      if (!doc || doc.version !== request.baseVersion) {
        this.platform.post({ type: 'resync', id: request.id, version: request.version });
        return;
      }
      const baseVersion = doc.version;
      const before = doc.text;
      doc.text = applyChanges(doc, request.changes);
      doc.version = request.version;
      if (request.parse && !request.scanOnly && this.tryToggle(request.id, doc, before, baseVersion, request.changes)) return;
    } else if (!doc || doc.version !== request.version) {
      this.platform.post({ type: 'resync', id: request.id, version: request.version });
      return;
    }
    if (request.full) doc.sent = undefined;
    // Only a newer parse request stops a sliced parse: changes alone let it finish, and its (older) model is sent.
    if (request.parse) await this.parse(request.id, doc, ++doc.ticket, request.scanOnly === true);
  }

  /** A one-character box change on the model just sent: patch it (no parse). */
  private tryToggle(id: string, doc: Doc, before: string, baseVersion: number, changes: TextChange[]): boolean {
    if (!doc.sent || doc.sent.version !== baseVersion || doc.parsedVersion !== baseVersion || changes.length !== 1) return false;
    const started = performance.now();
    const cpu = this.platform.threadCpuMs();
    let model: RoadmapDocument | undefined;
    try {
      model = doc.parser.applyToggle(doc.sent.model, doc.text, changes);
    } catch {
      model = undefined;
    }
    if (!model) return false;
    doc.ticket++;
    doc.parsedVersion = doc.version;
    const change = changes[0];
    const shift = shiftFor(before, change.offset, change.offset + change.length, change.text);
    this.send(id, doc, doc.version, doc.text, model, shift, { how: 'toggle', chunks: doc.parser.stats.chunks, parsed: 0 }, started, cpu);
    return true;
  }

  private async parse(id: string, doc: Doc, ticket: number, scanOnly: boolean): Promise<void> {
    const started = performance.now();
    const cpu = this.platform.threadCpuMs();
    const text = doc.text;
    const version = doc.version;
    let model: RoadmapDocument;
    // The text of the model the host holds (a revert, an undo back to it): that model again, under this version.
    if (!scanOnly && doc.sent && doc.parsedVersion === doc.sent.version && text === doc.sent.text) {
      doc.parsedVersion = version;
      this.send(id, doc, version, text, doc.sent.model, shiftFor(text, 0, 0, ''), { how: 'same', chunks: doc.parser.stats.chunks, parsed: 0 }, started, cpu);
      return;
    }
    try {
      if (scanOnly) {
        model = lineReadDocument(text);
      } else {
        const run = doc.parser.parseInSlices(text, SLICE_MS);
        for (;;) {
          const step = run.next();
          if (step.done) {
            model = step.value;
            break;
          }
          await this.platform.yieldToMessages();
          if (ticket !== doc.ticket || this.docs.get(id) !== doc) {
            run.return(model!);
            return;
          }
        }
        doc.parsedVersion = version;
      }
    } catch (err) {
      this.platform.post({ type: 'error', id, version, message: err instanceof Error ? err.message : String(err) });
      return;
    }
    let shift: Shift | undefined;
    if (doc.sent) {
      // Changes that arrived during the parse are not in this model: compare the texts themselves then.
      const { head, tail } = text === doc.text ? { head: doc.keepHead, tail: doc.keepTail } : commonEnds(doc.sent.text, text);
      shift = shiftFor(doc.sent.text, head, doc.sent.text.length - tail, text.slice(head, text.length - tail));
    }
    const stats = scanOnly ? { how: 'scan' as const, chunks: 0, parsed: 0 } : { how: 'parse' as const, ...doc.parser.stats };
    this.send(id, doc, version, text, model, shift, stats, started, cpu);
  }

  private send(
    id: string,
    doc: Doc,
    version: number,
    text: string,
    model: RoadmapDocument,
    shift: Shift | undefined,
    what: Pick<ParseStats, 'how' | 'chunks' | 'parsed'>,
    started: number,
    cpuBefore: number | undefined,
  ): void {
    const cpuAfter = this.platform.threadCpuMs();
    const base = doc.sent;
    const stats = (sent: number): ParseStats => ({
      ...what,
      ms: performance.now() - started,
      cpuMs: cpuBefore === undefined || cpuAfter === undefined ? null : cpuAfter - cpuBefore,
      sent,
    });
    if (base && shift) {
      const delta = modelDelta(base.model, model, shift);
      const size = deltaSize(delta);
      // A delta that carries most of the model is no cheaper than the model.
      if (size < (model.sections.length + model.tasks.length) / 2) {
        this.platform.post({ type: 'delta', id, version, baseVersion: base.version, delta, stats: stats(size) });
        this.markSent(doc, version, text, model);
        return;
      }
    }
    this.platform.post({ type: 'model', id, version, model, stats: stats(model.sections.length + model.tasks.length) });
    this.markSent(doc, version, text, model);
  }

  private markSent(doc: Doc, version: number, text: string, model: RoadmapDocument): void {
    doc.sent = { version, model, text };
    if (text === doc.text) {
      doc.keepHead = text.length;
      doc.keepTail = text.length;
    } else {
      const { head, tail } = commonEnds(text, doc.text);
      doc.keepHead = head;
      doc.keepTail = tail;
    }
  }

}

/** Applies VS Code's content changes in order, narrowing the span that differs from the text last sent. */
function applyChanges(doc: Doc, changes: readonly TextChange[]): string {
  let text = doc.text;
  for (const c of changes) {
    if (!(c.offset >= 0 && c.length >= 0 && c.offset + c.length <= text.length)) throw new Error(`change out of range: ${c.offset}+${c.length} of ${text.length}`);
    noteChange(doc, text.length, c.offset, c.length, c.text.length);
    text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
  }
  return text;
}

/** Replacing `length` characters at `offset` of a text `current` long keeps at most this prefix and suffix. */
function noteChange(doc: Doc, current: number, offset: number, length: number, inserted: number): void {
  doc.keepHead = Math.min(doc.keepHead, offset);
  doc.keepTail = Math.min(doc.keepTail, current - offset - length);
  const after = current - length + inserted;
  const sentLength = doc.sent?.text.length ?? 0;
  // Head and tail may not overlap in either text.
  doc.keepTail = Math.max(0, Math.min(doc.keepTail, after - doc.keepHead, sentLength - doc.keepHead));
}

/** Common prefix and suffix of two texts (a whole new text sent instead of changes). */
function commonEnds(a: string, b: string): { head: number; tail: number } {
  const max = Math.min(a.length, b.length);
  let head = 0;
  while (head < max && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return { head, tail };
}
