import * as vscode from 'vscode';
import { inProcessParserWorker } from '../parse/inProcessParserWorker';
import { webParserWorker } from '../parse/webParserWorker';
import type { Platform } from './platform';

// A web worker has no setImmediate, and setTimeout(0) is clamped to 4 ms once nested: 200 slices of a big parse
// would wait 0.8 s for nothing. A message to our own channel runs after the queued events, without the clamp.
const channel = new MessageChannel();
const queue: Array<() => void> = [];
channel.port1.onmessage = () => queue.shift()?.();

function runSoon(callback: () => void): void {
  queue.push(callback);
  channel.port2.postMessage(undefined);
}

/** The web extension host (vscode.dev, github.dev): a web worker with no Node APIs and no processes to start. */
export const platform: Platform = {
  kind: 'web',
  canSpawnProcesses: false,
  runSoon,
  yieldToEventLoop: () => new Promise<void>((resolve) => runSoon(resolve)),
  copyFileMode: async () => undefined,
  startParserWorker: (extensionUri) => {
    try {
      return webParserWorker(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'parseWorker.js').toString(true));
    } catch {
      // A host that cannot start a worker from here: parse on this one, in slices.
      return inProcessParserWorker();
    }
  },
};
