// Plan against reality in the editor: the committed versions of each roadmap come from the built-in Git extension
// (so remote workspaces work too), the open document's text — saved or not — counts as now, and the core judges
// them. Committed versions are read once per HEAD; an edit only re-judges the working tree against them.
import * as vscode from 'vscode';
import { HistoryTracker, type RoadmapHistory } from '../../core/history/history';
import { localToday } from '../../core/language/isoDay';
import type { DocumentsIndex } from '../documentsIndex';
import type { Logger } from '../logger';
import { gitApi, type GitApi, type GitRepository } from './gitApi';

/** How many commits of one file are read at most. */
const MAX_VERSIONS = 1000;

interface Slot {
  tracker: HistoryTracker | null;
  head: string | undefined;
  loading: Promise<void> | null;
  result: { version: number; today: string; history: RoadmapHistory } | null;
}

export class RoadmapHistoryService implements vscode.Disposable {
  private readonly slots = new Map<string, Slot>();
  private readonly emitter = new vscode.EventEmitter<readonly vscode.Uri[]>();
  /** Fires with the roadmaps whose history facts changed (a commit, or an edit of the working tree). */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private api: Promise<GitApi | undefined> | undefined;

  constructor(
    private readonly index: DocumentsIndex,
    private readonly logger: Logger,
  ) {
    this.disposables.push(
      index.onDidChange(({ uris }) => {
        const known = uris.filter((u) => this.slots.has(u.toString()));
        for (const u of known) {
          const slot = this.slots.get(u.toString())!;
          slot.result = null;
        }
        if (known.length > 0) this.emitter.fire(known);
      }),
    );
  }

  /**
   * The facts for a roadmap, or undefined while its history is read (onDidChange fires when it is) and where there
   * is no git. Never throws.
   */
  get(uri: vscode.Uri): RoadmapHistory | undefined {
    const key = uri.toString();
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { tracker: null, head: undefined, loading: null, result: null };
      this.slots.set(key, slot);
      this.load(uri, slot);
      return undefined;
    }
    if (!slot.tracker) return undefined;
    const entry = this.index.get(uri);
    if (!entry || entry.error) return undefined;
    const today = localToday();
    if (!slot.result || slot.result.version !== entry.version || slot.result.today !== today) {
      const history = slot.tracker.result({ now: { text: entry.text, doc: entry.model, date: today }, today });
      slot.result = { version: entry.version, today, history };
    }
    return slot.result.history;
  }

  /** Resolves once the committed versions of `uri` are read (or known to be absent). */
  async whenLoaded(uri: vscode.Uri): Promise<void> {
    this.get(uri);
    await this.slots.get(uri.toString())?.loading;
  }

  private load(uri: vscode.Uri, slot: Slot): void {
    slot.loading = this.read(uri, slot)
      .catch((error: unknown) => this.logger.warn(`history: ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        slot.loading = null;
        this.emitter.fire([uri]);
      });
  }

  private async read(uri: vscode.Uri, slot: Slot): Promise<void> {
    this.api ??= gitApi();
    const api = await this.api;
    if (!api) return;
    const repo = api.getRepository(uri) ?? (await waitForRepository(api, uri));
    if (!repo) return;
    const started = Date.now();
    const head = repo.state.HEAD?.commit;
    const commits = await repo.log({ maxEntries: MAX_VERSIONS, path: uri.fsPath });
    const tracker = new HistoryTracker();
    for (const commit of commits.reverse()) {
      let text: string;
      try {
        text = await repo.show(commit.hash, uri.fsPath);
      } catch {
        continue; // the commit deleted the file, or named it otherwise
      }
      const date = commit.authorDate ?? commit.commitDate ?? new Date();
      tracker.add({ commit: commit.hash, date: localDay(date), author: commit.authorName ?? '', text });
    }
    slot.tracker = tracker;
    slot.head = head;
    slot.result = null;
    this.logger.info(`history: ${tracker.commits} versions of ${uri.path.slice(uri.path.lastIndexOf('/') + 1)} read in ${Date.now() - started} ms`);
    // A new commit (HEAD moves) re-reads the history once.
    const sub = repo.state.onDidChange(() => {
      if (repo.state.HEAD?.commit === slot.head) return;
      sub.dispose();
      this.load(uri, slot);
    });
    this.disposables.push(sub);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The Git extension opens repositories lazily; give it a moment before concluding there is none. */
function waitForRepository(api: GitApi, uri: vscode.Uri): Promise<GitRepository | null> {
  return new Promise((resolve) => {
    const sub = api.onDidOpenRepository(() => {
      const repo = api.getRepository(uri);
      if (repo) {
        sub.dispose();
        clearTimeout(timer);
        resolve(repo);
      }
    });
    const timer = setTimeout(() => {
      sub.dispose();
      resolve(api.getRepository(uri));
    }, 5000);
  });
}

/** The API gives a Date without the author's zone: the day where the user is. */
function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
