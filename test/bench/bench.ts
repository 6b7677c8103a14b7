// `npm run bench`: parser timings on generated roadmaps of 1k, 10k and 100k tasks, and the extension bundle size.
// One run prints medians and the ratios the design promises (see DESIGN.md "Why incremental").
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdown } from '../../src/core/parse/markdown';
import type { RoadmapDocument, TextEdit } from '../../src/core/model';
import { parseRoadmap, RoadmapParser } from '../../src/core/parse/parse';
import { scanDocument } from '../../src/core/parse/split';
import { generateRoadmap } from '../unit/helpers/generate';
import { benchHistory } from './historyBench';

const root = path.resolve(__dirname, '../..');
const withRemarkGfm = unified().use(remarkParse).use(remarkGfm).freeze();

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function medianOf(reps: number, fn: () => void): number {
  return median(Array.from({ length: reps }, () => time(fn)));
}

const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(3)) + ' ms';
const ratio = (a: number, b: number): string => (a / b >= 10 ? (a / b).toFixed(0) : (a / b).toFixed(2)) + '×';
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

/** A text that differs from `text` inside one section near the middle, `variant` picking which. */
function editInMiddleSection(text: string, variant: number): string {
  const at = text.indexOf('\n- [', text.length >> 1);
  return text.slice(0, at) + `\n- [ ] inserted task ${variant}` + text.slice(at);
}

function toggleEdit(doc: RoadmapDocument): TextEdit {
  const task = doc.tasks[doc.tasks.length >> 1];
  return { offset: task.offset, length: 1, text: task.checked ? ' ' : 'x' };
}

/**
 * Longest slice in wall-clock time and in CPU time. process.cpuUsage() counts every thread of the process, the
 * garbage collector's helpers included, so on an idle machine the CPU figure can exceed the wall time: judge by
 * wall time there, and by CPU time only where other processes stretch the wall clock.
 */
function longestSlice(text: string): { longest: number; longestCpu: number; slices: number } {
  const run = new RoadmapParser().parseInSlices(text);
  let longest = 0;
  let longestCpu = 0;
  for (let slices = 1; ; slices++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const step = run.next();
    const used = process.cpuUsage(cpu);
    longest = Math.max(longest, performance.now() - start);
    longestCpu = Math.max(longestCpu, (used.user + used.system) / 1000);
    if (step.done) return { longest, longestCpu, slices };
  }
}

/** Other processes compete for the CPUs: wall-clock figures stretch, so slices are judged by CPU time. */
const busy = loadavg()[0] >= cpus().length;

function benchSize(tasks: number): void {
  const text = generateRoadmap(tasks);
  const reps = tasks >= 100_000 ? 1 : tasks >= 10_000 ? 3 : 7;
  console.log(`\n${tasks.toLocaleString('en')} tasks, ${(text.length / 1024).toFixed(0)} KB, ${scanDocument(text).chunks.length} chunks, ${reps} rep(s)`);

  // Interleaved, so a burst of load from elsewhere hits all three alike.
  const samples = { bare: [] as number[], bareGfm: [] as number[], full: [] as number[] };
  for (let r = 0; r < reps; r++) {
    samples.bare.push(time(() => parseMarkdown(text)));
    if (tasks < 100_000) samples.bareGfm.push(time(() => withRemarkGfm.parse(text)));
    samples.full.push(time(() => parseRoadmap(text)));
  }
  const bare = median(samples.bare);
  const bareGfm = samples.bareGfm.length > 0 ? median(samples.bareGfm) : NaN;
  const full = median(samples.full);
  const scan = medianOf(Math.max(5, reps * 3), () => scanDocument(text));

  const parser = new RoadmapParser();
  parser.parse(text);
  const variants = [editInMiddleSection(text, 1), editInMiddleSection(text, 2)];
  const incremental = median(Array.from({ length: 8 }, (_, i) => time(() => parser.parse(variants[i % 2]))));
  const reparsed = parser.stats.parsed;

  let current = parser.parse(text);
  let currentText = text;
  const toggles: number[] = [];
  for (let i = 0; i < 21; i++) {
    const e = toggleEdit(current);
    let next: RoadmapDocument | undefined;
    toggles.push(time(() => (next = parser.applyToggle(current, currentText, [e]))));
    if (!next) throw new Error('applyToggle declined a plain toggle');
    current = next;
    currentText = currentText.slice(0, e.offset) + e.text + currentText.slice(e.offset + 1);
  }
  const toggle = median(toggles);
  const slices = longestSlice(text);

  const overhead = full / bare - 1;
  console.log(`  bare remark (parse-only GFM), whole text   ${ms(bare)}`);
  if (!Number.isNaN(bareGfm)) console.log(`  bare remark + remark-gfm, whole text       ${ms(bareGfm)}   (parse-only plugin ${ratio(bareGfm, bare)} faster)`);
  console.log(`  parseRoadmap (full, chunked, model)        ${ms(full)}   overhead ${(overhead * 100).toFixed(0)}% over bare   [≤ 20%: ${verdict(overhead <= 0.2)}]`);
  console.log(`  incremental re-parse, one section edited   ${ms(incremental)}   ${ratio(full, incremental)} faster than full (${reparsed} chunk re-parsed)   [≥ 20×${tasks === 10_000 ? ': ' + verdict(full / incremental >= 20) : ''}]`);
  console.log(`  applyToggle                                ${ms(toggle)}   ${ratio(full, toggle)} faster than full   [≥ 100×: ${verdict(full / toggle >= 100)}]`);
  console.log(`  line scan (split)                          ${ms(scan)}   ${ratio(full, scan)} faster than full`);
  console.log(`  parseInSlices longest slice                ${ms(slices.longestCpu)} CPU (${ms(slices.longest)} wall), of ${slices.slices} slices   [≤ ~50 ms ${busy ? 'CPU' : 'wall'}: ${verdict((busy ? slices.longestCpu : slices.longest) <= 50)}]`);
}

async function bundleSize(): Promise<void> {
  const entry = path.join(root, 'src/extension.ts');
  if (!existsSync(entry)) {
    console.log('\nbundle: src/extension.ts not found');
    return;
  }
  // Built here with the production options of scripts/build.mjs, so the figure never comes from a stale dev build.
  const dir = mkdtempSync(path.join(tmpdir(), 'roadmap-bench-'));
  try {
    const outfile = path.join(dir, 'extension.js');
    await esbuild.build({ entryPoints: [entry], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'es2022', external: ['vscode'], legalComments: 'none', logLevel: 'error' });
    const kb = statSync(outfile).size / 1024;
    console.log(`\nextension bundle (minified, production options): ${kb.toFixed(1)} KB   [≤ 300 KB: ${verdict(kb <= 300)}]`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs: with more runnable processes than CPUs every wall-clock figure stretches`);
  parseRoadmap(generateRoadmap(200)); // warm the JIT so the 1k figures are not start-up cost
  for (const size of [1_000, 10_000, 100_000]) benchSize(size);
  benchHistory(500);
  await bundleSize();
  console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

void main();
