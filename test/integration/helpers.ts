// What every extension-host suite needs: the extension's API, the workspace folder, and a poll for a condition.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RoadmapApi } from '../../src/extension';
import { extensionId } from '../../src/host/constants';

/** The first workspace folder: a fresh copy of test/fixtures/workspace made by the launcher, so tests may write to it. */
export function workspaceFolder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  assert.ok(first, 'the tests need a workspace folder (the launcher opens a copy of test/fixtures/workspace)');
  return first.uri;
}

/**
 * Whether VS Code activated the extension by itself (the workspace contains a ROADMAP.md), watched from when the
 * suites load, before any of them asks for the API: once one has called `activate()`, activation proves nothing.
 */
export const activatedWithoutAsking: Promise<boolean> = (async () => {
  const ext = vscode.extensions.getExtension<RoadmapApi>(extensionId);
  const deadline = Date.now() + 30_000;
  while (ext && !ext.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return ext?.isActive ?? false;
})();

/** The extension's exports, activating it if VS Code has not (after giving it the chance to do so by itself). */
export async function roadmapApi(): Promise<RoadmapApi> {
  const ext = vscode.extensions.getExtension<RoadmapApi>(extensionId);
  assert.ok(ext, `extension ${extensionId} is not installed in this host`);
  await activatedWithoutAsking;
  return ext.isActive ? ext.exports : await ext.activate();
}

/** Polls `probe` until it gives something other than undefined or false, or fails after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
