// Entry of the parser worker in the web extension host (vscode.dev, github.dev): a Web Worker started from the
// extension host's own worker, serving ParseService with the protocol the Node worker thread speaks. Bundled on its own
// into dist/web/parseWorker.js (scripts/build.mjs), as a classic script: VS Code starts nested workers by importScripts.
import type { ParseReply, ParseRequest } from './parseProtocol';
import { ParseService } from './parseService';

interface WorkerScope {
  postMessage(message: ParseReply): void;
  addEventListener(type: 'message', listener: (event: { data: ParseRequest }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

// Between slices, let the host's next message (a newer text, a cancel) in: a message to our own channel runs after
// the ones already queued, without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();

const service = new ParseService({
  post: (reply) => scope.postMessage(reply),
  yieldToMessages: () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(undefined);
    }),
  threadCpuMs: () => undefined,
});

scope.addEventListener('message', (event) => void service.handle(event.data));
