// What differs between the extension's two hosts: desktop VS Code and code-server run it in Node (package.json
// `main`), vscode.dev and github.dev in a web worker (`browser`). scripts/build.mjs bundles node.ts into the first and
// web.ts into the second, so the rest of the host code asks this module instead of testing where it runs.
import type * as vscode from 'vscode';
import type { ParserWorker } from '../parse/parseClient';

export interface Platform {
  /** Which bundle this is. */
  readonly kind: 'node' | 'web';
  /**
   * Whether the extension can start local processes (the `roadmap` CLI, the MCP server, the git executable). In the
   * web worker there are none to start: features that need one are left out there, not half-offered.
   */
  readonly canSpawnProcesses: boolean;
  /** Runs `callback` once the current task and the messages already queued are done (before any timer). */
  runSoon(callback: () => void): void;
  /** Lets queued messages and events run: the pause between two slices of a long job. */
  yieldToEventLoop(): Promise<void>;
  /**
   * Gives `to` the permission bits of `from` when both are local files (`file:` paths), so a file replaced by a
   * rename keeps its mode; workspace.fs has no call for it. Nothing to do where there are no such bits (the web).
   */
  copyFileMode(from: string, to: string): Promise<void>;
  /**
   * Starts the parser worker from the extension's folder, off the extension host's thread: a worker thread in Node,
   * a Web Worker in the browser. Absent where the platform has none to offer (the parser then runs in the host, in
   * slices).
   */
  readonly startParserWorker?: (extensionUri: vscode.Uri) => ParserWorker;
  /** Appends lines to the bench's stage-timing file; absent unless a bench asked for one (ROADMAP_PERF_TRACE). */
  readonly writePerfTrace?: (lines: string) => void;
}
