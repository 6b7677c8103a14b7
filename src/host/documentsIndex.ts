import * as vscode from 'vscode';
import type { RoadmapDocument, TextEdit } from '../core/model';
import { RoadmapParser } from '../core/parse/parse';
import { decodeRoadmapBytes } from '../core/parse/textInput';
import { alwaysExcludedGlob, defaultRoadmapGlobs, settings } from './constants';
import type { Logger } from './logger';
import { platform } from './platform/node';

export interface RoadmapEntry {
  readonly uri: vscode.Uri;
  /** The open document's version, or a counter that grows with every read of a file that is not open. */
  readonly version: number;
  readonly text: string;
  readonly model: RoadmapDocument;
  /** Why the file could not be read as a roadmap (binary, not UTF-8, too large, parser failure); `model` is then empty. */
  readonly error?: string;
}

export interface DocumentsIndexOptions {
  /**
   * Least quiet time after the last keystroke before a re-parse. 50 ms, so the tree and the heading bars follow
   * typing within ~100 ms: an incremental re-parse of the edited section takes a few ms (24 ms on a 10k-task
   * roadmap). Where re-parses of a document prove slow (a huge section), the wait grows to twice the last parse
   * time (at most 500 ms), so a typing burst costs one parse instead of one per key.
   */
  debounceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 50;
const MAX_DEBOUNCE_MS = 500;

export function emptyRoadmap(): RoadmapDocument {
  return { title: '', sections: [], roots: [], tasks: [], progress: { done: 0, total: 0 }, lineCount: 0, eol: '\n' };
}

interface Slot {
  readonly uri: vscode.Uri;
  /** One parser per document: it holds the chunk cache that makes re-parses incremental. */
  readonly parser: RoadmapParser;
  entry?: RoadmapEntry;
  /** Whether `entry` was parsed from the open document (not from the disk), so editor versions can be compared. */
  fromDocument: boolean;
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped by every new request; a parse finishing under an older ticket is thrown away. */
  ticket: number;
  /** How long the last parse of this document took, which sets how long to wait for typing to pause. */
  lastParseMs?: number;
}

/**
 * The one place that parses roadmaps. Views subscribe to `onDidChange` and read `get`/`all`; nobody else parses.
 * Open documents are parsed from their editor text (which wins over the disk), other matching files are read
 * through `workspace.fs` and followed with file system watchers.
 */
export class DocumentsIndex implements vscode.Disposable {
  private readonly slots = new Map<string, Slot>();
  private readonly emitter = new vscode.EventEmitter<{ uris: vscode.Uri[] }>();
  readonly onDidChange: vscode.Event<{ uris: vscode.Uri[] }> = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private watchers: vscode.Disposable[] = [];
  private globs: string[] = [...defaultRoadmapGlobs];
  /**
   * The globs as document selectors: relative to each workspace folder (as findFiles and the watchers read them, so
   * "docs/*.md" works), and bare for documents outside every folder, where only globs like "**\/ROADMAP.md" can match.
   */
  private patterns: vscode.GlobPattern[] = [];
  private readonly debounceMs: number;
  private diskVersion = 0;
  private pendingFire = new Map<string, vscode.Uri>();
  private fireScheduled = false;
  private ready: Promise<void>;
  private disposed = false;

  constructor(private readonly logger: Logger, options: DocumentsIndexOptions = {}) {
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.setGlobs(readGlobs());
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.onOpen(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClose(doc)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(settings.files)) void this.reconfigure();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reconfigure()),
    );
    this.ready = this.scan();
  }

  get(uri: vscode.Uri): RoadmapEntry | undefined {
    return this.slots.get(uri.toString())?.entry;
  }

  /** Every parsed roadmap, sorted by path. */
  all(): RoadmapEntry[] {
    const entries: RoadmapEntry[] = [];
    for (const slot of this.slots.values()) if (slot.entry) entries.push(slot.entry);
    return entries.sort((a, b) => a.uri.path.localeCompare(b.uri.path) || a.uri.toString().localeCompare(b.uri.toString()));
  }

  /** Whether `uri` is a roadmap: an open markdown document matching `roadmap.files`, or an indexed file. */
  isRoadmap(uri: vscode.Uri): boolean {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) return this.matchesDocument(doc);
    return this.slots.has(uri.toString());
  }

  /** Resolves once the initial workspace scan (and any scan after a settings change) has parsed every file. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Parses `uri` now, bypassing the debounce; undefined when it is not a roadmap. */
  async refresh(uri: vscode.Uri): Promise<RoadmapEntry | undefined> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) {
      if (!this.matchesDocument(doc)) return undefined;
      return this.parseDocument(doc);
    }
    if (!this.slots.has(uri.toString()) && !(await this.matchesOnDisk(uri))) return undefined;
    return this.readFromDisk(uri);
  }

  dispose(): void {
    this.disposed = true;
    for (const slot of this.slots.values()) clearTimeout(slot.timer);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
    this.slots.clear();
  }

  // --- documents open in editors: their text wins over the disk ---

  private onOpen(doc: vscode.TextDocument): void {
    if (this.matchesDocument(doc)) void this.parseDocument(doc);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0 || !this.matchesDocument(e.document)) return;
    const slot = this.slots.get(e.document.uri.toString());
    const previous = slot?.entry;
    // A checkbox toggle changes one character the model already knows: patch it at once, no parse, no delay.
    const text = e.document.getText();
    if (slot?.fromDocument && previous && !previous.error && previous.version === e.document.version - 1 && previous.text.length === text.length) {
      const edits: TextEdit[] = e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
      let patched: RoadmapDocument | undefined;
      try {
        patched = slot.parser.applyToggle(previous.model, text, edits);
      } catch (err) {
        this.logger.warn(`applyToggle failed on ${e.document.uri.fsPath}; parsing instead: ${String(err)}`);
      }
      if (patched) {
        clearTimeout(slot.timer);
        slot.ticket++;
        this.setEntry(slot, { uri: slot.uri, version: e.document.version, text, model: patched }, true, slot.ticket, true);
        return;
      }
    }
    const target = slot ?? this.slotFor(e.document.uri);
    clearTimeout(target.timer);
    target.timer = setTimeout(() => {
      target.timer = undefined;
      void this.parseDocument(e.document);
    }, Math.min(MAX_DEBOUNCE_MS, Math.max(this.debounceMs, 2 * (target.lastParseMs ?? 0))));
  }

  private onClose(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const slot = this.slots.get(key);
    if (!slot) return;
    clearTimeout(slot.timer);
    // Closing may discard unsaved edits, so the disk is the truth again; files outside the workspace leave the index.
    if (doc.uri.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(doc.uri) && this.matchesDocument(doc)) {
      void this.readFromDisk(doc.uri);
    } else {
      this.remove(doc.uri);
    }
  }

  private matchesDocument(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== 'markdown' || isExcluded(doc.uri)) return false;
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled' && !isWorkspaceScheme(doc.uri.scheme)) return false;
    return this.patterns.some((pattern) => vscode.languages.match({ language: 'markdown', pattern }, doc) > 0);
  }

  private isOpen(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  }

  // --- files on disk ---

  private async scan(): Promise<void> {
    const started = Date.now();
    this.watchers = this.globs.flatMap((glob) => this.watch(glob));
    // Open roadmaps first, as their own batch: the editor in front of the user should not wait for a workspace
    // search (seconds in a big or remote workspace).
    const open = new Set<string>();
    for (const doc of vscode.workspace.textDocuments) {
      if (!this.matchesDocument(doc)) continue;
      open.add(doc.uri.toString());
      await this.parseDocument(doc);
    }
    const searches = await Promise.all(
      this.globs.map((glob) =>
        Promise.resolve(vscode.workspace.findFiles(glob, alwaysExcludedGlob)).catch((err: unknown) => {
          this.logger.warn(`roadmap.files: cannot search for "${glob}": ${String(err)}`);
          return [] as vscode.Uri[];
        }),
      ),
    );
    const found = new Map<string, vscode.Uri>();
    // Not every file search provider honours the exclude (virtual file systems' may not): judge each hit ourselves.
    for (const uri of searches.flat()) if (!isExcluded(uri)) found.set(uri.toString(), uri);
    const searched = Date.now();
    const changed: vscode.Uri[] = [];
    // Entries no longer matched (after a settings change) leave; open documents are re-judged against the new globs.
    for (const [key, slot] of [...this.slots]) {
      const doc = this.isOpen(slot.uri);
      if (doc ? !this.matchesDocument(doc) : !found.has(key)) {
        clearTimeout(slot.timer);
        slot.ticket++;
        this.slots.delete(key);
        changed.push(slot.uri);
      }
    }
    // One file at a time: a cold scan yields between slices and files, so the extension host stays responsive.
    for (const uri of [...found.values()].sort((a, b) => a.path.localeCompare(b.path))) {
      if (this.disposed) return;
      if (open.has(uri.toString()) || this.isOpen(uri)) continue;
      const entry = await this.readFromDisk(uri, false);
      if (entry) changed.push(uri);
    }
    this.logger.info(`indexed ${this.slots.size} roadmap file(s) in ${Date.now() - started} ms, ${searched - started} ms of it searching (${this.globs.join(', ')})`);
    if (changed.length > 0) this.emitter.fire({ uris: changed });
  }

  private watch(glob: string): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher(glob);
    const onDisk = (uri: vscode.Uri) => {
      if (isExcluded(uri) || this.isOpen(uri)) return;
      void this.readFromDisk(uri);
    };
    return [
      watcher,
      watcher.onDidCreate(onDisk),
      watcher.onDidChange(onDisk),
      watcher.onDidDelete((uri) => {
        if (!this.isOpen(uri)) this.remove(uri);
      }),
    ];
  }

  private setGlobs(globs: string[]): void {
    this.globs = globs;
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.patterns = [...folders.flatMap((folder) => globs.map((glob) => new vscode.RelativePattern(folder, glob))), ...globs];
  }

  private async reconfigure(): Promise<void> {
    this.setGlobs(readGlobs());
    for (const d of this.watchers) d.dispose();
    this.watchers = [];
    this.ready = this.scan();
    await this.ready;
  }

  private async matchesOnDisk(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || isExcluded(uri)) return false;
    for (const glob of this.globs) {
      const hits = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), alwaysExcludedGlob);
      if (hits.some((hit) => hit.toString() === uri.toString())) return true;
    }
    return false;
  }

  private async readFromDisk(uri: vscode.Uri, fire = true): Promise<RoadmapEntry | undefined> {
    const slot = this.slotFor(uri);
    const ticket = ++slot.ticket;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (err) {
      // Gone between the event and the read: a delete will follow, or already happened.
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') {
        if (ticket === slot.ticket) this.remove(uri);
        return undefined;
      }
      return this.setEntry(slot, { uri, version: ++this.diskVersion, text: '', model: emptyRoadmap(), error: String(err) }, fire, ticket);
    }
    if (ticket !== slot.ticket || this.isOpen(uri)) return slot.entry;
    const decoded = decodeRoadmapBytes(bytes);
    if (!decoded.ok) {
      this.logger.warn(`${uri.fsPath}: ${decoded.reason}`);
      return this.setEntry(slot, { uri, version: ++this.diskVersion, text: '', model: emptyRoadmap(), error: decoded.reason }, fire, ticket);
    }
    // A watcher event after our own save, or a touch: same text, nothing for the views to redo.
    if (slot.entry && !slot.entry.error && slot.entry.text === decoded.text) return slot.entry;
    return this.parseInto(slot, decoded.text, () => ++this.diskVersion, fire, ticket, false);
  }

  // --- parsing ---

  private async parseDocument(doc: vscode.TextDocument, fire = true): Promise<RoadmapEntry | undefined> {
    const slot = this.slotFor(doc.uri);
    clearTimeout(slot.timer);
    slot.timer = undefined;
    if (slot.fromDocument && slot.entry?.version === doc.version && slot.entry.text === doc.getText()) return slot.entry;
    const ticket = ++slot.ticket;
    return this.parseInto(slot, doc.getText(), () => doc.version, fire, ticket, true);
  }

  private async parseInto(
    slot: Slot,
    text: string,
    version: () => number,
    fire: boolean,
    ticket: number,
    fromDocument: boolean,
  ): Promise<RoadmapEntry | undefined> {
    const started = Date.now();
    let model: RoadmapDocument;
    try {
      // Slices keep a cold parse of a big file from blocking the extension host (and every other extension) for seconds.
      const slices = slot.parser.parseInSlices(text);
      for (;;) {
        const step = slices.next();
        if (step.done) {
          model = step.value;
          break;
        }
        await platform.yieldToEventLoop();
        if (ticket !== slot.ticket || this.disposed) {
          slices.return(emptyRoadmap());
          return slot.entry;
        }
      }
    } catch (err) {
      this.logger.error(`parsing ${slot.uri.fsPath} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      const error = `parse failed: ${String(err)}`;
      return this.setEntry(slot, { uri: slot.uri, version: version(), text, model: emptyRoadmap(), error }, fire, ticket, fromDocument);
    }
    const ms = Date.now() - started;
    slot.lastParseMs = ms;
    if (ms > 200) this.logger.info(`parsed ${slot.uri.fsPath} (${text.length} chars) in ${ms} ms`);
    return this.setEntry(slot, { uri: slot.uri, version: version(), text, model }, fire, ticket, fromDocument);
  }

  private setEntry(slot: Slot, entry: RoadmapEntry, fire = true, ticket = slot.ticket, fromDocument = false): RoadmapEntry | undefined {
    if (ticket !== slot.ticket || this.disposed) return slot.entry;
    if (this.slots.get(slot.uri.toString()) !== slot) return undefined;
    slot.entry = entry;
    slot.fromDocument = fromDocument;
    if (fire) this.queueFire(slot.uri);
    return entry;
  }

  private slotFor(uri: vscode.Uri): Slot {
    const key = uri.toString();
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { uri, parser: new RoadmapParser(), ticket: 0, fromDocument: false };
      this.slots.set(key, slot);
    }
    return slot;
  }

  private remove(uri: vscode.Uri): void {
    const key = uri.toString();
    const slot = this.slots.get(key);
    if (!slot) return;
    clearTimeout(slot.timer);
    slot.ticket++;
    this.slots.delete(key);
    this.queueFire(uri);
  }

  /** Changes that land in the same tick (a scan, a multi-file edit) reach the views as one event. */
  private queueFire(uri: vscode.Uri): void {
    this.pendingFire.set(uri.toString(), uri);
    if (this.fireScheduled) return;
    this.fireScheduled = true;
    platform.runSoon(() => {
      this.fireScheduled = false;
      const uris = [...this.pendingFire.values()];
      this.pendingFire = new Map();
      if (uris.length > 0 && !this.disposed) this.emitter.fire({ uris });
    });
  }
}

function readGlobs(): string[] {
  const configured = vscode.workspace.getConfiguration().get<unknown>(settings.files);
  if (Array.isArray(configured)) {
    const globs = configured.filter((g): g is string => typeof g === 'string' && g.trim().length > 0);
    if (globs.length > 0 || configured.length === 0) return globs;
  }
  return [...defaultRoadmapGlobs];
}

function isExcluded(uri: vscode.Uri): boolean {
  return uri.path.includes('/node_modules/');
}

function isWorkspaceScheme(scheme: string): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === scheme);
}
