// The start-up cache: the model of each roadmap the window had, keyed by a hash of the text it was parsed from, so
// after a reload a roadmap shows at once (a cold parse of an 80 KB roadmap takes 1-2 s) and the parse that follows
// only confirms it. Stored in the workspace's storage folder (the global one without a workspace), one small file
// per roadmap; a text whose hash differs from the stored one gets nothing from it.
import * as vscode from 'vscode';
import type { RoadmapDocument } from '../core/model';

/** Bumped whenever the model's shape changes, so an older extension's cache is never read as a model. */
const FORMAT = 1;
/**
 * Texts up to this long are cached: their models serialise in a few ms. Bigger ones (a 10k-task roadmap's model is
 * ~2 MB) would hold the extension host for tens of ms to write and read; they get the line-scan preview instead.
 */
export const CACHE_MAX_CHARS = 120_000;
/** Writes wait for the text to settle (a burst of typing writes once). */
const WRITE_DELAY_MS = 3_000;

interface Stored {
  format: number;
  hash: string;
  model: RoadmapDocument;
}

export class ModelCache implements vscode.Disposable {
  private readonly folder: vscode.Uri;
  /** What the cache holds (or is about to), by document key: its text hash. */
  private readonly written = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    storage: vscode.Uri,
    private readonly writeDelayMs = WRITE_DELAY_MS,
  ) {
    this.folder = vscode.Uri.joinPath(storage, 'models');
  }

  /** The cached model of exactly this text, if the cache has one. */
  async read(key: string, text: string): Promise<RoadmapDocument | undefined> {
    if (text.length > CACHE_MAX_CHARS) return undefined;
    let stored: Stored;
    try {
      const bytes = await vscode.workspace.fs.readFile(this.fileFor(key));
      stored = JSON.parse(new TextDecoder().decode(bytes)) as Stored;
    } catch {
      return undefined;
    }
    if (stored.format !== FORMAT || !stored.model || !Array.isArray(stored.model.sections)) return undefined;
    this.written.set(key, stored.hash);
    return stored.hash === textHash(text) ? stored.model : undefined;
  }

  /** Remembers a parsed model of `text` (written a little later, once, whatever the typing in between). */
  write(key: string, text: string, model: RoadmapDocument): void {
    if (text.length > CACHE_MAX_CHARS) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      const hash = textHash(text);
      if (this.written.get(key) === hash) return;
      this.written.set(key, hash);
      const stored: Stored = { format: FORMAT, hash, model };
      void Promise.resolve(vscode.workspace.fs.writeFile(this.fileFor(key), new TextEncoder().encode(JSON.stringify(stored)))).catch(() => this.written.delete(key));
    }, this.writeDelayMs));
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private fileFor(key: string): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, `${textHash(key).replace(':', '-')}.json`);
  }
}

/**
 * Two FNV-1a lanes (different offsets) and the length: enough to tell one version of a roadmap from another, and a
 * collision would only show a stale model until the parse that always follows replaces it.
 */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) + (b >>> 13);
  }
  return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}:${text.length}`;
}
