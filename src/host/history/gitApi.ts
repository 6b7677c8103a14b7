// The few parts of the built-in Git extension's API (vscode.git, API version 1) the history reads. Declared here
// rather than copied from git.d.ts: only what is used, so a newer API cannot break the build.
import * as vscode from 'vscode';

export interface GitCommit {
  readonly hash: string;
  readonly authorDate?: Date;
  readonly authorName?: string;
  readonly commitDate?: Date;
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD?: { readonly commit?: string }; readonly onDidChange: vscode.Event<void> };
  log(options?: { maxEntries?: number; path?: string }): Promise<GitCommit[]>;
  show(ref: string, path: string): Promise<string>;
}

export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  readonly repositories: GitRepository[];
  getRepository(uri: vscode.Uri): GitRepository | null;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** The Git API, or undefined where there is none (no git, the extension disabled, a web editor without it). */
export async function gitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    if (!exports?.enabled) return undefined;
    const api = exports.getAPI(1);
    if (api.state !== 'initialized') {
      await new Promise<void>((resolve) => {
        const sub = api.onDidChangeState((s) => {
          if (s === 'initialized') {
            sub.dispose();
            resolve();
          }
        });
        setTimeout(() => {
          sub.dispose();
          resolve();
        }, 10_000);
      });
    }
    return api;
  } catch {
    return undefined;
  }
}
