import { promises as fs } from 'node:fs';
import type { Platform } from './platform';

/** The Node extension host (desktop VS Code, code-server). The web build swaps this file for web.ts. */
export const platform: Platform = {
  kind: 'node',
  canSpawnProcesses: true,
  runSoon: (callback) => void setImmediate(callback),
  yieldToEventLoop: () => new Promise<void>((resolve) => setImmediate(resolve)),
  copyFileMode: async (from, to) => fs.chmod(to, (await fs.stat(from)).mode & 0o7777),
};
