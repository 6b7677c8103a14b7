import { Worker } from 'node:worker_threads';
import type { ParserWorker } from './parseClient';
import type { ParseReply } from './parseProtocol';

/** The parser worker as a Node worker thread running `script` (dist/parseWorker.js). */
export function nodeParserWorker(script: string): ParserWorker {
  const worker = new Worker(script);
  // The extension host may exit while a parse runs: the worker must not keep it alive.
  worker.unref();
  return {
    postMessage: (request) => worker.postMessage(request),
    onMessage: (listener) => worker.on('message', (reply: ParseReply) => listener(reply)),
    onFailure: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => code !== 0 && listener(new Error(`parser worker exited with code ${code}`)));
    },
    terminate: () => void worker.terminate(),
  };
}
