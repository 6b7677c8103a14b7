import { platform } from '../platform/node';
import type { ParserWorker } from './parseClient';
import type { ParseReply, ParseRequest } from './parseProtocol';
import { ParseService } from './parseService';

/**
 * The parser "worker" on the calling thread, speaking the same protocol: where no worker can be started. Parses
 * still run in slices between which the event loop turns, but a slice holds the thread it runs on.
 */
export function inProcessParserWorker(): ParserWorker {
  const listeners: Array<(reply: ParseReply) => void> = [];
  let stopped = false;
  const service = new ParseService({
    post: (reply) => {
      const copy = structuredClone(reply);
      platform.runSoon(() => {
        if (!stopped) for (const l of listeners) l(copy);
      });
    },
    yieldToMessages: () => platform.yieldToEventLoop(),
    threadCpuMs: () => undefined,
  });
  return {
    postMessage: (request: ParseRequest) => {
      const copy = structuredClone(request);
      platform.runSoon(() => {
        if (!stopped) void service.handle(copy);
      });
    },
    onMessage: (listener) => listeners.push(listener),
    onFailure: () => undefined,
    terminate: () => {
      stopped = true;
    },
  };
}
