import { promises as fs } from 'node:fs';
import { appendFile } from 'node:fs';
import { join } from 'node:path';
import { nodeParserWorker } from '../parse/nodeParserWorker';
import type { Platform } from './platform';

const traceFile = process.env.ROADMAP_PERF_TRACE;

/** The Node extension host (desktop VS Code, code-server). The web build swaps this file for web.ts. */
export const platform: Platform = {
  kind: 'node',
  canSpawnProcesses: true,
  runSoon: (callback) => void setImmediate(callback),
  yieldToEventLoop: () => new Promise<void>((resolve) => setImmediate(resolve)),
  copyFileMode: async (from, to) => fs.chmod(to, (await fs.stat(from)).mode & 0o7777),
  startParserWorker: (extensionUri) => nodeParserWorker(join(extensionUri.fsPath, 'dist', 'parseWorker.js')),
  ...(traceFile ? { writePerfTrace: (lines: string) => appendFile(traceFile, lines, () => undefined) } : {}),
};
