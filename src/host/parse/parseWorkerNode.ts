// Entry of the parser worker in a Node host (desktop VS Code, code-server): a worker_threads thread that serves
// ParseService. Bundled on its own into dist/parseWorker.js (scripts/build.mjs).
import { parentPort } from 'node:worker_threads';
import { ParseService } from './parseService';
import type { ParseRequest } from './parseProtocol';

const port = parentPort;
if (!port) throw new Error('parseWorkerNode runs as a worker thread');

// Node ≥ 23.9 reports this thread's CPU time; older Nodes do not, and the host then judges by wall time.
const threadCpu = (process as unknown as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage;

const service = new ParseService({
  post: (reply) => port.postMessage(reply),
  yieldToMessages: () => new Promise<void>((resolve) => setImmediate(resolve)),
  threadCpuMs: () => {
    if (!threadCpu) return undefined;
    const { user, system } = threadCpu.call(process);
    return (user + system) / 1000;
  },
});

port.on('message', (request: ParseRequest) => void service.handle(request));
