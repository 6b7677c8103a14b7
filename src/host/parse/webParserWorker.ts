import type { ParserWorker } from './parseClient';
import type { ParseReply, ParseRequest } from './parseProtocol';

/** The parser worker as a Web Worker running `scriptUrl` (dist/web/parseWorker.js), started from the extension host's worker. */
export function webParserWorker(scriptUrl: string): ParserWorker {
  const worker = new Worker(scriptUrl, { name: 'roadmap parser' });
  return {
    postMessage: (request: ParseRequest) => worker.postMessage(request),
    onMessage: (listener) => worker.addEventListener('message', (event: MessageEvent<ParseReply>) => listener(event.data)),
    onFailure: (listener) => {
      worker.addEventListener('error', (event) => listener(new Error(`parser worker failed: ${event.message}`)));
      worker.addEventListener('messageerror', () => listener(new Error('parser worker sent a message that could not be read')));
    },
    terminate: () => worker.terminate(),
  };
}
