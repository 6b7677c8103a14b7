// Timings of each stage (debounce, parse, tree, decorations, timeline layout, post, draw) for `npm run bench:host`.
// Off unless the platform offers a trace file (the Node host when ROADMAP_PERF_TRACE names one): then each stage
// appends one JSON line to it. Costs nothing when off.
import { platform } from './platform/node';

let buffer: string[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

export const perfTraceOn = platform.writePerfTrace !== undefined;

/** Records that `stage` of `uri`'s `version` ended now after `ms` (plus any detail). */
export function perfMark(stage: string, uri: string, version: number, ms: number, detail?: Record<string, unknown>): void {
  const write = platform.writePerfTrace;
  if (!write) return;
  buffer.push(JSON.stringify({ t: Date.now(), stage, uri, version, ms: Math.round(ms * 100) / 100, ...detail }));
  // Written in batches, off the path being measured.
  timer ??= setTimeout(() => {
    timer = undefined;
    const lines = buffer.join('\n') + '\n';
    buffer = [];
    write(lines);
  }, 200);
}
