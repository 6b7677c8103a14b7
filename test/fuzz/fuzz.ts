// `npm run fuzz`: mutates the shared corpus's roadmaps and holds every result to the parser's promises. Not part
// of `npm test` (it runs for minutes). Options: --runs N (default 10000), --seed S, --window CHARS (default 4000:
// most runs parse a random window of a document, so 10,000 runs take minutes, not hours; every 25th run is whole).
//
// For every mutated document:
//   - parsing throws nothing and takes under 10 s;
//   - the tasks are exactly the boxes of one whole micromark + GFM reading (offset, length, line, state) — or,
//     where the model says `partial`, every task still sits on a real box and outside the partial lines the tasks
//     are the whole reading's;
//   - an incremental parse (after the unmutated text) equals a fresh one;
//   - toggling one task changes exactly its box, and the re-parse flips that task and no other; the parser's
//     patched model after the toggle equals a fresh parse.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyEdits, toggleTasks } from '../../src/core/edit/edits';
import type { RoadmapDocument } from '../../src/core/model';
import { parseRoadmap, RoadmapParser } from '../../src/core/parse/parse';
import { scanDocument } from '../../src/core/parse/split';
import { referenceBoxes } from '../unit/helpers/reference';

const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' }, window: { type: 'string' } } });
const RUNS = Number(values.runs ?? 10_000);
const WINDOW = Number(values.window ?? 4000);
let seed = Number(values.seed ?? 20261130) >>> 0;
const LIMIT_MS = 10_000;

/** mulberry32: small, seedable, good enough to pick mutations. */
function random(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number): number => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];

const corpusDir = path.resolve(__dirname, '../../../shared/roadmaps');
const corpus = ['seeds', 'public'].flatMap((sub) =>
  readdirSync(path.join(corpusDir, sub))
    .filter((n) => n !== 'SOURCES.tsv')
    .map((n) => ({ name: `${sub}/${n}`, text: readFileSync(path.join(corpusDir, sub, n), 'utf8') })),
);

// Pieces a hostile or careless writer puts into a roadmap: boxes of every kind GFM reads, line endings of every kind,
// containers, fences, HTML, front matter, footnotes, delimiter runs, BOMs.
const SNIPPETS = [
  '- [ ] ', '- [x] ', '* [X] ', '1. [ ] ', '- [\t] ', '- [\n] ', '- [\r\n] ', '- [ ]\n', '[ ]', '[x]', '[', ']', '- ', '  - [ ] sub ',
  '\n', '\r', '\r\n', '\r\r\n', '\n\n', '\t', ' ', '    ', 'x', '#', '## ', '# T\n', '> ', '>', '---\n', '***\n', '===\n',
  '```\n', '~~~\n', '<div>\n', '</div>\n', '<!-- ', ' -->', '[^1]: - [ ] fn ', '[^1]', '[a]: /u\n', '[a]', '*', '**', '_',
  '`', '~~', '![', '<', '|', '| a | b |\n|---|---|\n', '\uFEFF', '\\', '&amp;', '\u00a0', '😀', 'Q3 2024', '(Weeks 30-32)',
];

function mutate(text: string): string {
  let out = text;
  const count = 1 + int(5);
  for (let m = 0; m < count; m++) {
    const at = int(out.length + 1);
    switch (int(9)) {
      case 0:
      case 1:
      case 2:
        out = out.slice(0, at) + pick(SNIPPETS) + out.slice(at);
        break;
      case 3:
        out = out.slice(0, at) + out.slice(at + 1 + int(40));
        break;
      case 4: {
        const from = int(out.length + 1);
        out = out.slice(0, at) + out.slice(from, from + int(200)) + out.slice(at);
        break;
      }
      case 5:
        out = out.replace(/\r\n|\r|\n/g, pick(['\r', '\r\n', '\n', '\r\r\n']));
        break;
      case 6:
        out = pick(['---\n', '---\ntitle: T\n---\n', '\uFEFF', '\uFEFF\uFEFF', '\r', '[^1]: - [ ] fn task\n', '- [ ]\n/\n']) + out;
        break;
      case 7: {
        // A line's indentation or list marker changed: nesting shifts.
        const lineStart = out.lastIndexOf('\n', at - 1) + 1;
        out = out.slice(0, lineStart) + pick(['  ', '    ', '\t', '- ', '> ', '']) + out.slice(lineStart);
        break;
      }
      default:
        out = out.slice(0, at) + pick(['*', '[', '![', '- ', '>', '`']).repeat(1 + int(300)) + out.slice(at);
    }
  }
  return out;
}

interface Failure {
  run: number;
  source: string;
  what: string;
  text: string;
}

const failures: Failure[] = [];
const counts = { runs: 0, tasks: 0, toggles: 0, partial: 0, incremental: 0, patched: 0, whole: 0 };
let slowest = { ms: 0, run: -1, length: 0 };

function fail(run: number, source: string, what: string, text: string): void {
  failures.push({ run, source, what, text });
  if (failures.length <= 20) console.error(`run ${run} (${source}): ${what}\n  text: ${JSON.stringify(text.length > 300 ? text.slice(0, 300) + '…' : text)}`);
}

type Box = { offset: number; length: number; line: number; checked: boolean };
const boxesOf = (doc: RoadmapDocument): Box[] => doc.tasks.map((t) => ({ offset: t.offset, length: t.boxLength, line: t.line, checked: t.checked }));
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const isBox = (text: string, b: Box): boolean =>
  text[b.offset - 1] === '[' && text[b.offset + b.length] === ']' && /^(?:[ \txX\n\r]|\r\n)$/.test(text.slice(b.offset, b.offset + b.length)) && (b.checked === /[xX]/.test(text[b.offset]));

/**
 * The text the whole GFM reading is taken of: YAML front matter is metadata, not markdown (GitHub shows it as a
 * table), and the model blanks it; remark without a front matter plugin would read it as content.
 */
function referenceText(text: string): string {
  const fm = scanDocument(text).frontMatter;
  if (!fm) return text;
  let end = 0;
  for (let line = 0; line < fm.endLine; line++) {
    const m = /\r\n|\r|\n/g;
    m.lastIndex = end;
    const found = m.exec(text);
    end = found ? found.index + (line < fm.endLine - 1 ? found[0].length : 0) : text.length;
  }
  return text.slice(0, end).replace(/[^\r\n\uFEFF]/g, ' ') + text.slice(end);
}

function check(run: number, source: string, original: string, text: string): void {
  const started = performance.now();
  let doc: RoadmapDocument;
  try {
    doc = parseRoadmap(text);
  } catch (e) {
    fail(run, source, `parse threw ${(e as Error).stack}`, text);
    return;
  }
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { ms, run, length: text.length };
  if (ms > LIMIT_MS) fail(run, source, `parse took ${ms.toFixed(0)} ms`, text);
  counts.tasks += doc.tasks.length;

  const mine = boxesOf(doc);
  for (const b of mine) if (!isBox(text, b)) fail(run, source, `task at ${b.offset} is not on a box`, text);
  if (!doc.partial) {
    const reference = referenceBoxes(referenceText(text));
    if (!same(mine, reference)) fail(run, source, `tasks differ from the whole GFM reading: ${JSON.stringify(mine).slice(0, 300)} vs ${JSON.stringify(reference).slice(0, 300)}`, text);
  } else {
    counts.partial++;
    // Only where the line scan took over for cost, not for nesting or delimiter runs the reference itself chokes on.
    if (doc.partial.ranges.every((r) => r.cause === 'document' || r.cause === 'size')) {
      const inPartial = (line: number): boolean => doc.partial!.ranges.some((r) => line >= r.line && line <= r.endLine);
      const outside = (bs: Box[]): Box[] => bs.filter((b) => !inPartial(b.line));
      const reference = referenceBoxes(referenceText(text));
      if (!same(outside(mine), outside(reference))) fail(run, source, 'outside the partial lines, tasks differ from the whole GFM reading', text);
    }
  }

  try {
    const parser = new RoadmapParser();
    parser.parse(original);
    const incremental = parser.parse(text);
    counts.incremental++;
    if (!same(incremental, doc)) fail(run, source, 'incremental parse differs from a fresh parse', text);

    if (doc.tasks.length > 0) {
      const task = doc.tasks[int(doc.tasks.length)];
      const edits = toggleTasks(incremental, [task.index], 'toggle');
      counts.toggles++;
      if (edits.length !== 1 || edits[0].offset !== task.offset || edits[0].length !== task.boxLength || !/^[ x]$/.test(edits[0].text)) {
        fail(run, source, `toggle of task ${task.index} is not one box edit: ${JSON.stringify(edits)}`, text);
        return;
      }
      const after = applyEdits(text, edits);
      if (after.slice(0, task.offset) !== text.slice(0, task.offset) || after.slice(task.offset + 1) !== text.slice(task.offset + task.boxLength)) {
        fail(run, source, 'toggle changed more than the box', text);
      }
      const fresh = parseRoadmap(after);
      const shift = 1 - task.boxLength;
      const expected = doc.tasks.map((t) => (t.index === task.index ? { offset: t.offset, checked: !t.checked } : { offset: t.offset > task.offset ? t.offset + shift : t.offset, checked: t.checked }));
      const got = fresh.tasks.map((t) => ({ offset: t.offset, checked: t.checked }));
      // A box that was a line ending joins two lines when ticked, which may change what GFM reads after it.
      if (task.boxLength === 1 && /^[ \txX]$/.test(text[task.offset]) && !same(got, expected)) {
        fail(run, source, `after toggling task ${task.index} the tasks are ${JSON.stringify(got).slice(0, 200)}, expected ${JSON.stringify(expected).slice(0, 200)}`, text);
      }
      const patched = parser.applyToggle(incremental, after, edits);
      if (patched) {
        counts.patched++;
        if (!same(patched, fresh)) fail(run, source, 'the patched model after a toggle differs from a fresh parse', text);
      }
    }
  } catch (e) {
    fail(run, source, `threw ${(e as Error).stack}`, text);
  }
}

const start = performance.now();
for (let run = 0; run < RUNS; run++) {
  const file = pick(corpus);
  let base = file.text;
  let source = file.name;
  if (run % 25 !== 0 && base.length > WINDOW) {
    const from = int(base.length - WINDOW);
    base = base.slice(from, from + WINDOW);
    source += `@${from}`;
  } else counts.whole++;
  check(run, source, base, mutate(base));
  counts.runs++;
  if ((run + 1) % 500 === 0) console.log(`${run + 1} runs, ${failures.length} failures, ${((performance.now() - start) / 1000).toFixed(0)} s`);
}

console.log(JSON.stringify({ ...counts, failures: failures.length, slowestMs: Math.round(slowest.ms), slowestRun: slowest.run, slowestLength: slowest.length, seconds: Math.round((performance.now() - start) / 1000) }));
process.exitCode = failures.length > 0 ? 1 : 0;
