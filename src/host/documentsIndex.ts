import * as vscode from 'vscode';
import { emptyRoadmap, type RoadmapDocument } from '../core/model';
import type { ModelDelta } from '../core/parse/delta';
import { decodeRoadmapBytes, sizeLimitReason } from '../core/parse/textInput';
import picomatch from 'picomatch/posix';
import { defaultRoadmapGlobs, settings } from './constants';
import type { Logger } from './logger';
import { perfMark, perfTraceOn } from './perfTrace';
import { textHash, type ModelCache } from './modelCache';
import { Disposable, disposeAll } from './disposable';
import { platform } from './platform/node';
import { inProcessParserWorker } from './parse/inProcessParserWorker';
import { ParseClient, type ParseResult, type ParserWorker } from './parse/parseClient';
import type { ParseStats, TextChange } from './parse/parseProtocol';

export interface RoadmapEntry {
  readonly uri: vscode.Uri;
  /** The open document's version, or a counter that grows with every read of a file that is not open. */
  readonly version: number;
  readonly text: string;
  readonly model: RoadmapDocument;
  /** Why the file could not be read as a roadmap (binary, not UTF-8, too large, parser failure); `model` is then empty. */
  readonly error?: string;
  /** The model is what a line scan found: a full parse ran over its time budget. */
  readonly partial?: boolean;
  /** What changed since the previous entry of this file, when the parser sent a delta (views may redo only that). */
  readonly delta?: ModelDelta;
  /** How the parser made this model (absent for entries that did not come from the parser). */
  readonly stats?: ParseStats;
  /** Shown from the start-up cache (the model of this very text, from before a reload); a parse confirms it. */
  readonly cached?: boolean;
}

export interface DocumentsIndexOptions {
  /**
   * Quiet time after the last keystroke before a re-parse. 50 ms, so the tree and the heading bars follow typing
   * within ~100 ms: an incremental re-parse of the edited section takes a few ms (24 ms on a 10k-task roadmap).
   * Parsing runs in a worker, so a slow re-parse no longer holds the host; it only delays the next one: at most one
   * parse per document is in flight, and the next starts when it returns (see `debounceFor`).
   */
  debounceMs?: number;
  /** Starts the parser worker (worker_threads in a Node host); without it the parser runs on this thread. */
  createWorker?: () => ParserWorker;
  /** Models from before a reload, shown while the first parse of each file runs. */
  cache?: ModelCache;
}

/**
 * How many files the index holds: far above any real workspace's roadmaps, far below what reading "**\/*" in a big
 * repository would cost. An untrusted workspace gets fewer (its own roadmap.files is ignored there anyway).
 */
const MAX_INDEXED_FILES = 500;
const MAX_INDEXED_FILES_UNTRUSTED = 50;
/** The workspace search stops here, so even counting the matches stays bounded. */
const SEARCH_LIMIT = 5_000;
/** Reads that may run ahead of the parser during a scan. */
const CONCURRENT_READS = 4;
/** Created paths looked at per burst, entries read and folder levels walked below each created folder. */
const FOLDER_EVENTS_PER_BURST = 200;
const FOLDER_WALK_ENTRIES = 2_000;
const FOLDER_WALK_DEPTH = 6;
const FOLDER_SETTLE_MS = 300;
/**
 * When, after a watcher event, the file is looked at again. Events in a folder created a moment before can be lost
 * (the watcher is not yet watching it), and a file written twice in quick succession can be reported once or read
 * while the second write lands: a stat a second and three seconds later tells a change or a deletion no event did.
 */
const RECHECK_MS = [1000, 3000];

const DEFAULT_DEBOUNCE_MS = 50;
/** Texts longer than this (a parse of ~0.2 s and more) get a line-scan preview while they are first parsed. */
const PREVIEW_CHARS = 48_000;
/** The CPU a re-parse costs adds at most this much to the wait (a burst of typing in a huge section). */
const MAX_EXTRA_WAIT_MS = 50;

interface Slot {
  readonly uri: vscode.Uri;
  readonly key: string;
  entry?: RoadmapEntry;
  /** Whether the texts below follow the open document (not the disk), so editor versions can be compared. */
  fromDocument: boolean;
  /** The latest text sent to the parser and its version; texts of versions still awaiting a model. */
  version: number;
  text: string;
  texts: Map<number, string>;
  timer?: ReturnType<typeof setTimeout>;
  /** A parse is in flight in the worker (the next waits for it); `again` asks for one more when it returns. */
  inFlight: boolean;
  again: boolean;
  /** CPU (else wall) time of the last incremental re-parse, which lengthens the wait after a key a little. */
  lastReparseMs?: number;
  /** When the last edit arrived and when the last parse was asked for (for the bench's stage timings). */
  editedAt: number;
  askedAt: number;
  /** Whether the next model fires a change (a workspace scan fires once for all its files). */
  fire: boolean;
  /** Callers of `refresh` waiting for a model of at least this version. */
  waiters: Array<{ version: number; resolve: (entry: RoadmapEntry | undefined) => void }>;
  /**
   * The ticket of the latest read from disk: an older read that ends after it started gives way. Kept apart from
   * `version`, which moves only when a text goes to the parser, so a read that finds the same text (a watcher's
   * echo, a re-check) never makes an editor opening the file parse it again.
   */
  reading?: number;
  /** The file's modification time and size as stat saw them before its last read from disk. */
  disk?: { mtime: number; size: number };
  recheck?: ReturnType<typeof setTimeout>;
}

/**
 * The one place that parses roadmaps. Views subscribe to `onDidChange` and read `get`/`all`; nobody else parses.
 * Open documents are parsed from their editor text (which wins over the disk), other matching files are read
 * through `workspace.fs` and followed with file system watchers. Parsing happens in a worker (ParseClient): this
 * class sends it texts and keystroke changes and turns the models it returns into entries, one per version.
 */
export class DocumentsIndex extends Disposable {
  private readonly slots = new Map<string, Slot>();
  private readonly emitter = this.register(new vscode.EventEmitter<{ uris: vscode.Uri[] }>());
  readonly onDidChange: vscode.Event<{ uris: vscode.Uri[] }> = this.emitter.event;
  private watchers: vscode.Disposable[] = [];
  private globs: string[] = [...defaultRoadmapGlobs];
  /**
   * The globs as document selectors: relative to each workspace folder (as findFiles and the watchers read them, so
   * "docs/*.md" works), and bare for documents outside every folder, where only globs like "**\/ROADMAP.md" can match.
   */
  private patterns: vscode.GlobPattern[] = [];
  private readonly debounceMs: number;
  private readonly client: ParseClient;
  private readonly cache: ModelCache | undefined;
  private diskVersion = 0;
  private pendingFire = new Map<string, vscode.Uri>();
  private fireScheduled = false;
  private ready: Promise<void>;
  private disposed = false;
  private globMatcher: (relativePath: string) => boolean = () => false;
  /** The last scan found more matching files than the cap and indexed only the nearest. */
  capped = false;

  constructor(private readonly logger: Logger, options: DocumentsIndexOptions = {}) {
    super();
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.cache = options.cache;
    this.client = new ParseClient({
      createWorker: options.createWorker ?? inProcessParserWorker,
      onResult: (result) => this.onResult(result),
      currentText: (key) => this.currentText(key),
      log: (message) => this.logger.warn(message),
    });
    this.setGlobs(readGlobs());
    this.registerAll(
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

  /** The model of the current version of `uri`, parsed now if need be (bypassing the debounce); undefined when it is not a roadmap. */
  async refresh(uri: vscode.Uri): Promise<RoadmapEntry | undefined> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) {
      if (!this.matchesDocument(doc)) return undefined;
      return this.parseDocument(doc);
    }
    if (!this.slots.has(uri.toString()) && !(await this.matchesOnDisk(uri))) return undefined;
    // A watcher event for the same file can start a newer read while ours is under way; ours then answers with the
    // entry as it was (none yet, for a new file). Read again rather than answer "not a roadmap".
    for (let attempt = 0; attempt < 3; attempt++) {
      const entry = await this.readFromDisk(uri);
      if (entry || !this.slots.has(uri.toString())) return entry;
    }
    return this.get(uri);
  }

  override dispose(): void {
    this.disposed = true;
    for (const slot of this.slots.values()) {
      clearTimeout(slot.timer);
      clearTimeout(slot.recheck);
      this.resolveWaiters(slot, Infinity);
    }
    this.slots.clear();
    try {
      disposeAll([this.client, ...this.watchers.splice(0)]);
    } finally {
      super.dispose();
    }
  }

  // --- documents open in editors: their text wins over the disk ---

  private onOpen(doc: vscode.TextDocument): void {
    if (this.matchesDocument(doc)) void this.parseDocument(doc);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0 || !this.matchesDocument(e.document)) return;
    const slot = this.slots.get(e.document.uri.toString());
    if (slot) slot.editedAt = Date.now();
    if (!slot || !slot.fromDocument || slot.version !== e.document.version - 1) {
      // Not followed change by change yet (or a version was missed): the whole text goes to the parser.
      this.scheduleParse(this.slotFor(e.document.uri), e.document, true);
      return;
    }
    // The changes, not the text: a keystroke in a 10 MB document costs the host a string splice, not a copy.
    const changes: TextChange[] = e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
    let text = slot.text;
    for (const c of changes) text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
    const baseVersion = slot.version;
    this.setText(slot, e.document.version, text);
    // A checkbox toggle changes one character the model knows: the worker patches the model at once, no parse.
    const toggle = changes.length === 1 && changes[0].length === 1 && /^[ xX]$/.test(changes[0].text);
    if (toggle && !slot.inFlight) {
      clearTimeout(slot.timer);
      slot.timer = undefined;
      slot.inFlight = true;
      slot.askedAt = Date.now();
      this.client.change(slot.key, e.document.version, baseVersion, changes, text.length, true);
      return;
    }
    this.client.change(slot.key, e.document.version, baseVersion, changes, text.length, false);
    this.scheduleParse(slot, e.document, false);
  }

  /** Asks for a parse once typing pauses, and never while one for this document is still in the worker. */
  private scheduleParse(slot: Slot, doc: vscode.TextDocument, sendText: boolean): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      if (sendText) {
        void this.parseDocument(doc);
        return;
      }
      if (slot.inFlight) {
        slot.again = true;
        return;
      }
      slot.inFlight = true;
      slot.askedAt = Date.now();
      perfMark('debounce', slot.key, slot.version, slot.askedAt - slot.editedAt);
      this.client.parse(slot.key, slot.version, slot.text.length);
    }, this.debounceFor(slot));
  }

  /**
   * The typing pause to wait for: 50 ms, plus half the CPU the last re-parse of this document cost (at most 50 ms
   * more), so a burst in a huge section costs a few parses, not one per key. Cold parses do not count: the first
   * key after opening should not wait for what opening cost.
   */
  private debounceFor(slot: Slot): number {
    return this.debounceMs + Math.min(MAX_EXTRA_WAIT_MS, (slot.lastReparseMs ?? 0) / 2);
  }

  private onClose(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const slot = this.slots.get(key);
    if (!slot) return;
    clearTimeout(slot.timer);
    slot.timer = undefined;
    // Closing may discard unsaved edits, so the disk is the truth again; files outside the workspace leave the index.
    if (doc.uri.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(doc.uri) && this.matchesDocument(doc)) {
      slot.fromDocument = false;
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
    this.watchers = [...this.globs.flatMap((glob) => this.watch(glob)), ...this.watchFolders()];
    // Open roadmaps first: the editor in front of the user should not wait for a workspace search (seconds in a big
    // or remote workspace). Their texts go to the parser now; the search runs while it parses.
    const open = new Set<string>();
    const opened: Array<Promise<unknown>> = [];
    for (const doc of vscode.workspace.textDocuments) {
      if (!this.matchesDocument(doc)) continue;
      open.add(doc.uri.toString());
      opened.push(this.parseDocument(doc));
    }
    const found = new Map<string, vscode.Uri>();
    for (const uri of await this.search()) found.set(uri.toString(), uri);
    this.capped = found.size > this.cap();
    if (this.capped) {
      // Nearest the folder roots first, so the workspace's own ROADMAP.md is never the one left out.
      const kept = [...found.values()].sort((a, b) => depth(a) - depth(b) || a.path.localeCompare(b.path)).slice(0, this.cap());
      this.logger.warn(`roadmap.files matched ${found.size}${found.size >= SEARCH_LIMIT ? '+' : ''} files; indexing the ${kept.length} nearest the workspace root`);
      void vscode.window.showWarningMessage(vscode.l10n.t('roadmap.files matches more than {0} files; the Roadmap views show the {0} nearest the workspace root. Narrow the setting to see the others.', this.cap()));
      found.clear();
      for (const uri of kept) found.set(uri.toString(), uri);
    }
    const searched = Date.now();
    const changed: vscode.Uri[] = [];
    // Entries no longer matched (after a settings change) leave; open documents are re-judged against the new globs.
    for (const [key, slot] of [...this.slots]) {
      const doc = this.isOpen(slot.uri);
      if (doc ? !this.matchesDocument(doc) : !found.has(key)) {
        this.drop(slot);
        changed.push(slot.uri);
      }
    }
    await Promise.all(opened);
    // The worker parses one file at a time, in this order. A few reads run ahead of it, never all of them: a
    // workspace with thousands of matches must not hold every text in memory at once.
    const queue = [...found.values()].sort((a, b) => a.path.localeCompare(b.path)).filter((uri) => !open.has(uri.toString()));
    const reader = async (): Promise<void> => {
      for (let uri = queue.shift(); uri && !this.disposed; uri = queue.shift()) {
        if (this.isOpen(uri)) continue;
        if (await this.readFromDisk(uri, false)) changed.push(uri);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_READS }, reader));
    if (this.disposed) return;
    this.logger.info(`indexed ${this.slots.size} roadmap file(s) in ${Date.now() - started} ms, ${searched - started} ms of it searching (${this.globs.join(', ')})`);
    if (changed.length > 0) this.emitter.fire({ uris: changed });
  }

  /** One workspace search for every glob (each search costs 50-700 ms of queueing at start-up). */
  private async search(): Promise<vscode.Uri[]> {
    if (this.globs.length === 0) return [];
    // A glob with braces of its own cannot be nested in a brace list: search for it on its own.
    const plain = this.globs.filter((g) => !/[{}]/.test(g));
    const braced = this.globs.filter((g) => /[{}]/.test(g));
    const patterns = [...(plain.length === 1 ? plain : plain.length > 1 ? [`{${plain.join(',')}}`] : []), ...braced];
    const searches = await Promise.all(
      patterns.map((glob) =>
        // No exclude of our own: passing one would replace the user's files.exclude; node_modules is filtered below.
        Promise.resolve(vscode.workspace.findFiles(glob, undefined, SEARCH_LIMIT)).catch((err: unknown) => {
          this.logger.warn(`roadmap.files: cannot search for "${glob}": ${String(err)}`);
          return [] as vscode.Uri[];
        }),
      ),
    );
    // Not every file search provider honours the excludes (virtual file systems' may not): judge each hit ourselves.
    return searches.flat().filter((uri) => !isExcluded(uri) && !this.excludedByUser(uri));
  }

  private watch(glob: string): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher(glob);
    const onDisk = (uri: vscode.Uri) => {
      if (isExcluded(uri) || this.isOpen(uri) || this.excludedByUser(uri)) return;
      if (!this.slots.has(uri.toString()) && this.slots.size >= this.cap()) return;
      void this.readWatched(uri);
    };
    return [
      watcher,
      watcher.onDidCreate(onDisk),
      watcher.onDidChange(onDisk),
      watcher.onDidDelete((uri) => {
        if (this.isOpen(uri)) return;
        // A file replaced by a rename (how our own writes, and many editors' and git's, land) can be reported
        // deleted after it is back; the Created event that follows may come first or be folded into this one.
        void Promise.resolve(vscode.workspace.fs.stat(uri)).then(
          () => onDisk(uri),
          () => this.remove(uri),
        );
      }),
    ];
  }

  /**
   * Folders come and go whole: a folder deleted is reported as the folder alone, never as the roadmaps inside it,
   * and files written into a folder the moment it is created can land before the watcher watches it (inotify), so
   * the glob watchers above stay silent both ways. One watcher for folders fills the gap: on a created folder the
   * index looks inside it (a bounded walk, no workspace search); on a deleted path it drops what it holds under it
   * once the files are really gone.
   */
  private watchFolders(): vscode.Disposable[] {
    if (this.globs.length === 0) return [];
    const watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    let created: vscode.Uri[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    return [
      watcher,
      { dispose: () => clearTimeout(timer) },
      watcher.onDidCreate((uri) => {
        if (isExcluded(uri) || created.length >= FOLDER_EVENTS_PER_BURST) return;
        created.push(uri);
        // A burst (a checkout, an unpacked archive) is looked at once, after it settles.
        clearTimeout(timer);
        timer = setTimeout(() => {
          const burst = created;
          created = [];
          void this.lookInside(burst);
        }, FOLDER_SETTLE_MS);
      }),
      watcher.onDidDelete((deleted) => {
        const prefix = `${deleted.toString()}/`;
        for (const slot of [...this.slots.values()]) {
          if (!slot.key.startsWith(prefix) || this.isOpen(slot.uri)) continue;
          void Promise.resolve(vscode.workspace.fs.stat(slot.uri)).then(
            () => undefined,
            () => this.remove(slot.uri),
          );
        }
      }),
    ];
  }

  /** Reads the roadmaps inside newly created folders that no file event announced. */
  private async lookInside(uris: vscode.Uri[]): Promise<void> {
    const found: vscode.Uri[] = [];
    let budget = FOLDER_WALK_ENTRIES;
    const walk = async (dir: vscode.Uri, level: number): Promise<void> => {
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        return;
      }
      for (const [name, type] of entries) {
        if (--budget < 0 || this.disposed) return;
        const child = vscode.Uri.joinPath(dir, name);
        if (type & vscode.FileType.Directory) {
          if (level < FOLDER_WALK_DEPTH && name !== 'node_modules' && name !== '.git') await walk(child, level + 1);
        } else if (type & vscode.FileType.File) {
          found.push(child);
        }
      }
    };
    for (const uri of uris) {
      if (this.disposed) return;
      const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
      if (stat && stat.type & vscode.FileType.Directory) await walk(uri, 0);
    }
    for (const uri of found) {
      if (this.disposed || this.slots.has(uri.toString()) || this.isOpen(uri)) continue;
      if (await this.matchesOnDisk(uri)) void this.readWatched(uri);
    }
  }

  private setGlobs(globs: string[]): void {
    this.globs = globs;
    // dot: VS Code's globs match dot-folders (".github/ROADMAP.md") too.
    this.globMatcher = globs.length > 0 ? picomatch(globs, { dot: true }) : () => false;
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.patterns = [...folders.flatMap((folder) => globs.map((glob) => new vscode.RelativePattern(folder, glob))), ...globs];
  }

  private async reconfigure(): Promise<void> {
    this.setGlobs(readGlobs());
    disposeAll(this.watchers.splice(0));
    this.ready = this.scan();
    await this.ready;
  }

  /** Whether a file the index does not hold matches `roadmap.files`: a glob match on its path in its folder, no search. */
  private async matchesOnDisk(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || isExcluded(uri) || this.slots.size >= this.cap()) return false;
    return this.globMatcher(relativePath(folder, uri)) && !this.excludedByUser(uri);
  }

  /**
   * What the workspace search leaves out by the user's files.exclude, judged the same way for files that reach us
   * another way (a watcher event, a refresh): a folder the user hid is hidden from the Roadmap views too.
   */
  private excludedByUser(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const excludes = vscode.workspace.getConfiguration('files', folder).get<Record<string, unknown>>('exclude') ?? {};
    // `true` only: `{ when: … }` entries depend on sibling files, which only the search service evaluates.
    const globs = Object.entries(excludes).filter(([, on]) => on === true).map(([glob]) => glob);
    if (globs.length === 0) return false;
    const relative = relativePath(folder, uri);
    // A folder glob ("**/build") excludes everything under it, as in the search.
    return picomatch(globs, { dot: true })(relative) || picomatch(globs.map((g) => `${g.replace(/\/+$/, '')}/**`), { dot: true })(relative);
  }

  private cap(): number {
    return vscode.workspace.isTrusted ? MAX_INDEXED_FILES : MAX_INDEXED_FILES_UNTRUSTED;
  }

  /** Reads a file a watcher event (or a folder walk) names, and looks at it again later (see RECHECK_MS). */
  private async readWatched(uri: vscode.Uri): Promise<void> {
    await this.readFromDisk(uri);
    this.recheckLater(uri);
  }

  /** Reads the file again if it changed since its last read, or drops it if it is gone, without an event saying so. */
  private recheckLater(uri: vscode.Uri, attempt = 0): void {
    const slot = this.slots.get(uri.toString());
    if (!slot || this.disposed || attempt >= RECHECK_MS.length) return;
    clearTimeout(slot.recheck);
    slot.recheck = setTimeout(() => {
      slot.recheck = undefined;
      const seen = slot.disk;
      const current = () => !this.disposed && !slot.fromDocument && !this.isOpen(uri) && this.slots.get(slot.key) === slot;
      if (!seen || !current()) return;
      void Promise.resolve(vscode.workspace.fs.stat(uri)).then(
        (stat) => {
          if (!current()) return;
          if (stat.mtime !== seen.mtime || stat.size !== seen.size) void this.readWatched(uri);
          else this.recheckLater(uri, attempt + 1);
        },
        (err: unknown) => {
          if (current() && isNotFound(err)) this.remove(uri);
        },
      );
    }, RECHECK_MS[attempt]! - (attempt > 0 ? RECHECK_MS[attempt - 1]! : 0));
  }

  private async readFromDisk(uri: vscode.Uri, fire = true): Promise<RoadmapEntry | undefined> {
    // The cap holds against every way a file arrives: watcher events that a busy host delivers late, while a
    // scan fills the index, must not add files beyond it.
    if (!this.slots.has(uri.toString()) && this.slots.size >= this.cap()) return undefined;
    const slot = this.slotFor(uri);
    const readVersion = ++this.diskVersion;
    slot.reading = readVersion;
    let bytes: Uint8Array;
    try {
      // The size first: a huge file matched by a broad roadmap.files is refused without being read.
      const stat = await vscode.workspace.fs.stat(uri);
      slot.disk = { mtime: stat.mtime, size: stat.size };
      const tooLarge = sizeLimitReason(stat.size);
      if (tooLarge) {
        if (slot.reading !== readVersion) return slot.entry;
        this.logger.warn(`${uri.fsPath}: ${tooLarge}`);
        slot.version = readVersion;
        return this.setEntry(slot, { uri, version: readVersion, text: '', model: emptyRoadmap(), error: tooLarge }, fire);
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (err) {
      // Gone between the event and the read: a delete will follow, or already happened.
      if (isNotFound(err)) {
        if (slot.reading === readVersion && !slot.fromDocument) this.remove(uri);
        return undefined;
      }
      if (slot.reading !== readVersion || slot.fromDocument) return slot.entry;
      slot.version = readVersion;
      return this.setEntry(slot, { uri, version: readVersion, text: '', model: emptyRoadmap(), error: String(err) }, fire);
    }
    // A newer read or an editor took over while this one waited.
    if (slot.reading !== readVersion || slot.fromDocument || this.isOpen(uri)) return slot.entry;
    const decoded = decodeRoadmapBytes(bytes);
    if (!decoded.ok) {
      this.logger.warn(`${uri.fsPath}: ${decoded.reason}`);
      slot.version = readVersion;
      return this.setEntry(slot, { uri, version: readVersion, text: '', model: emptyRoadmap(), error: decoded.reason }, fire);
    }
    // A watcher event after our own save, a touch, or a file closed unchanged: same text, nothing for the views to
    // redo, and nothing was sent to the parser, so the slot stays at the entry's version (reopening it adopts it).
    if (slot.entry && !slot.entry.error && slot.entry.text === decoded.text) return slot.entry;
    this.setText(slot, readVersion, decoded.text);
    const result = this.waitFor(slot, readVersion);
    slot.fire = fire;
    clearTimeout(slot.timer);
    slot.inFlight = true;
    this.client.setText(slot.key, readVersion, decoded.text, true);
    if (!slot.entry) void this.showCached(slot, readVersion, decoded.text);
    return result;
  }

  // --- parsing ---

  private async parseDocument(doc: vscode.TextDocument): Promise<RoadmapEntry | undefined> {
    const slot = this.slotFor(doc.uri);
    clearTimeout(slot.timer);
    slot.timer = undefined;
    if (slot.fromDocument && slot.entry?.version === doc.version && slot.version === doc.version) return slot.entry;
    if (!slot.fromDocument && this.adoptDiskEntry(slot, doc)) return slot.entry;
    const result = this.waitFor(slot, doc.version);
    if (!slot.fromDocument || slot.version !== doc.version) {
      const first = !slot.entry;
      slot.fromDocument = true;
      this.setText(slot, doc.version, doc.getText());
      slot.inFlight = true;
      // A big file opened for the first time shows what the line scan finds at once, then the parse.
      this.client.setText(slot.key, doc.version, slot.text, true, first && slot.text.length > PREVIEW_CHARS);
      if (first) void this.showCached(slot, doc.version, slot.text);
    } else {
      slot.inFlight = true;
      this.client.parse(slot.key, doc.version, slot.text.length);
    }
    return result;
  }

  /** Shows the cached model of this text while its first parse runs (a roadmap the window had before a reload). */
  private async showCached(slot: Slot, version: number, text: string): Promise<void> {
    const started = performance.now();
    const model = await this.cache?.read(slot.key, text);
    if (!model || this.disposed) return;
    // The parse may have won the race (or the text moved on): then the cache has nothing to add.
    if (slot.version !== version || (slot.entry && !slot.entry.partial)) {
      perfMark('cache.late', slot.key, version, performance.now() - started);
      return;
    }
    this.setEntry(slot, { uri: slot.uri, version, text, model, cached: true });
    perfMark('cache.shown', slot.key, version, performance.now() - started);
  }

  /**
   * A file read from disk and then opened unchanged keeps the model parsed from disk under the editor's version:
   * each text is parsed once, however it reached the index.
   */
  private adoptDiskEntry(slot: Slot, doc: vscode.TextDocument): boolean {
    const entry = slot.entry;
    if (!entry || entry.error || entry.partial || slot.inFlight || entry.version !== slot.version) return false;
    const text = doc.getText();
    if (text !== entry.text || !this.client.relabel(slot.key, entry.version, doc.version)) return false;
    slot.fromDocument = true;
    slot.texts.clear();
    this.setText(slot, doc.version, text);
    // Same model, new version: views only learn the version a toggle from them must name.
    this.setEntry(slot, { uri: entry.uri, version: doc.version, text, model: entry.model });
    this.resolveWaiters(slot, doc.version);
    return true;
  }

  private setText(slot: Slot, version: number, text: string): void {
    slot.version = version;
    slot.text = text;
    slot.texts.set(version, text);
  }

  /** The text the worker must be sent again (after it restarted or lost a base): the document's own, or the disk's. */
  private currentText(key: string): { version: number; text: string } | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    const doc = slot.fromDocument ? this.isOpen(slot.uri) : undefined;
    if (doc) {
      if (doc.version !== slot.version) this.setText(slot, doc.version, doc.getText());
      else if (slot.text !== doc.getText()) {
        this.logger.warn(`${slot.uri.toString()}: the text followed from changes differs from the document; resending it`);
        this.setText(slot, doc.version, doc.getText());
      }
    }
    return { version: slot.version, text: slot.text };
  }

  private waitFor(slot: Slot, version: number): Promise<RoadmapEntry | undefined> {
    return new Promise((resolve) => slot.waiters.push({ version, resolve }));
  }

  private resolveWaiters(slot: Slot, version: number): void {
    const ready = slot.waiters.filter((w) => w.version <= version);
    if (ready.length === 0) return;
    slot.waiters = slot.waiters.filter((w) => w.version > version);
    for (const w of ready) w.resolve(slot.entry);
  }

  private onResult(result: ParseResult): void {
    const slot = this.slots.get(result.id);
    if (!slot || this.disposed) return;
    const text = slot.texts.get(result.version);
    // Texts of older versions are no longer needed: models come in order.
    for (const v of slot.texts.keys()) if (v < result.version) slot.texts.delete(v);
    // One reply per parse asked for (a parse superseded by a newer request never replies): none is in flight now.
    if (!result.preview) slot.inFlight = false;
    if (result.stats?.how === 'parse' && result.stats.parsed < result.stats.chunks) slot.lastReparseMs = result.stats.cpuMs ?? result.stats.ms;
    if (result.stats && result.stats.ms > 200) this.logger.info(`parsed ${slot.uri.fsPath} (${text?.length ?? '?'} chars) in ${result.stats.ms.toFixed(0)} ms in the worker (${result.stats.parsed}/${result.stats.chunks} sections)`);
    if (perfTraceOn && result.stats) {
      // The text's hash lets the bench count texts parsed twice (once from disk and again when opened, say).
      perfMark('parse', result.id, result.version, result.stats.ms, { cpu: result.stats.cpuMs, how: result.stats.how, sent: result.stats.sent, parsed: result.stats.parsed, roundTrip: Date.now() - slot.askedAt, apply: result.applyMs, text: text === undefined ? undefined : textHash(text) });
    }
    if (result.partial && !result.preview) this.logger.warn(`${slot.uri.fsPath}: showing what a line scan finds; a full parse ran over its time budget`);
    // The line scan's preview adds nothing to a model from the cache.
    if (result.preview && slot.entry?.cached && slot.entry.version === result.version) return;
    if (text !== undefined && !result.preview && !result.partial && !result.error) this.cache?.write(slot.key, text, result.model);
    if (text !== undefined) {
      const entry: RoadmapEntry = {
        uri: slot.uri,
        version: result.version,
        text: result.error ? '' : text,
        model: result.model,
        ...(result.error ? { error: `parse failed: ${result.error}` } : {}),
        ...(result.partial ? { partial: true } : {}),
        // A delta names changes from the model it was applied to: only useful if that is the entry views have.
        ...(result.delta && result.base !== undefined && slot.entry?.model === result.base ? { delta: result.delta } : {}),
        ...(result.stats ? { stats: result.stats } : {}),
      };
      this.setEntry(slot, entry, slot.fire);
    }
    // The preview is shown (above); waiters want the parse that follows it.
    if (result.preview) return;
    slot.fire = true;
    this.resolveWaiters(slot, result.version);
    // Typing went on while the worker parsed: the next parse starts now, unless a typing pause is still pending.
    if (!slot.inFlight && slot.version > result.version && !slot.timer) {
      slot.again = false;
      slot.inFlight = true;
      slot.askedAt = Date.now();
      this.client.parse(slot.key, slot.version, slot.text.length);
    }
  }

  private setEntry(slot: Slot, entry: RoadmapEntry, fire = true): RoadmapEntry | undefined {
    if (this.disposed || this.slots.get(slot.key) !== slot) return undefined;
    slot.entry = entry;
    if (fire) this.queueFire(slot.uri);
    return slot.entry;
  }

  private slotFor(uri: vscode.Uri): Slot {
    const key = uri.toString();
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { uri, key, fromDocument: false, version: -1, text: '', texts: new Map(), inFlight: false, again: false, waiters: [], fire: true, editedAt: 0, askedAt: 0 };
      this.slots.set(key, slot);
    }
    return slot;
  }

  private drop(slot: Slot): void {
    clearTimeout(slot.timer);
    clearTimeout(slot.recheck);
    this.slots.delete(slot.key);
    this.client.close(slot.key);
    this.resolveWaiters(slot, Infinity);
  }

  private remove(uri: vscode.Uri): void {
    const slot = this.slots.get(uri.toString());
    if (!slot) return;
    this.drop(slot);
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

function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  return uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
}

function depth(uri: vscode.Uri): number {
  return uri.path.split('/').length;
}

function isExcluded(uri: vscode.Uri): boolean {
  return uri.path.includes('/node_modules/');
}

function isWorkspaceScheme(scheme: string): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === scheme);
}

function isNotFound(err: unknown): boolean {
  return err instanceof vscode.FileSystemError && err.code === 'FileNotFound';
}
