// The Mermaid output checked by Mermaid's own gantt parser and database (the jison grammar and ganttDb from the
// mermaid package, a devDependency). Rendering needs a DOM; parsing does not, except that the database passes
// titles through DOMPurify, which has no window in Node: its hooks are stubbed for the parse, never shipped.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeIo, type CliIo } from '../../src/cli/cliIo';
import { run } from '../../src/cli/main';
import { parseRoadmap } from '../../src/core/parse/parse';
import { timelineMermaid } from '../../src/core/timeline/mermaid';
import { layoutTimeline } from '../../src/core/timeline/timelineLayout';
import { corpusFiles, seedText } from './helpers/corpus';

interface GanttTask {
  id: string;
  task: string;
  section: string;
  startTime: Date;
  endTime: Date;
  done?: boolean;
  active?: boolean;
  milestone?: boolean;
}
interface Gantt {
  parser: { parse(text: string): void; yy: unknown };
  db: { clear(): void; getTasks(): GanttTask[]; getDiagramTitle(): string; getSections(): string[] };
}

let gantt: Gantt;

async function loadGantt(): Promise<Gantt> {
  const chunks = path.resolve(__dirname, '../../node_modules/mermaid/dist/chunks/mermaid.core');
  const file = fs.readdirSync(chunks).find((f) => /^ganttDiagram-.*\.mjs$/.test(f));
  assert.ok(file, 'mermaid gantt chunk not found');
  const purify = (await import('dompurify')).default as unknown as Record<string, unknown>;
  purify.addHook ??= () => undefined;
  purify.sanitize ??= (t: string) => t;
  const module = (await import(path.join(chunks, file))) as { diagram: Gantt };
  module.diagram.parser.yy = module.diagram.db;
  return module.diagram;
}

function parseGantt(block: string): GanttTask[] {
  const m = /^```mermaid\n([\s\S]*)```\n$/.exec(block);
  assert.ok(m, 'a fenced mermaid block');
  gantt.db.clear();
  gantt.parser.parse(m[1]);
  return gantt.db.getTasks();
}

const day = (d: Date) => d.toISOString().slice(0, 10);

describe('mermaid: the timeline as a gantt block Mermaid parses', function () {
  this.timeout(60_000);
  before(async () => {
    gantt = await loadGantt();
  });

  it('Mermaid\'s parser rejects what is not a gantt (the check can fail)', () => {
    gantt.db.clear();
    assert.throws(() => gantt.parser.parse('gantt\n    section A\n    Bad # x\n'));
  });

  it('seed 003 in weeks from a start day: sections, items, days', () => {
    const doc = parseRoadmap(seedText('003'));
    const result = timelineMermaid(doc, layoutTimeline(doc), { weekStart: '2026-01-05' });
    assert.ok(result.ok);
    const tasks = parseGantt(result.text);
    assert.equal(gantt.db.getDiagramTitle(), 'Product Development Roadmap - Vazio Orchestrator');
    const p2 = tasks.find((t) => t.task.startsWith('Phase 2'));
    assert.ok(p2);
    assert.equal(p2.section, 'Development Phases');
    assert.equal(day(p2.startTime), '2026-01-26', 'week 4 starts three weeks after week 1');
    assert.equal(day(p2.endTime), '2026-02-16', 'Mermaid ends are exclusive: weeks 4-6 end the day before');
    assert.deepEqual(timelineMermaid(doc, layoutTimeline(doc)), { ok: false, reason: 'needs-start' });
  });

  it('dates, done and active states, a milestone and a dependency as after', () => {
    const text = [
      '# Launch plan',
      '## Phase 1: Core (2024-05-01 → 2024-05-31) ✅',
      '- [x] a',
      '## Phase 2: Beta (2024-06-01 → 2024-06-30)',
      '**Dependencies:** Phase 1',
      '**Status:** In Progress',
      '- [x] b',
      '- [ ] c',
      '## M1: Release (2024-07-15)',
      '## Phase 3: GA (2024-08-01 → 2024-08-31)',
      'Depends on Phase 1',
      '',
    ].join('\n');
    const doc = parseRoadmap(text);
    const result = timelineMermaid(doc, layoutTimeline(doc));
    assert.ok(result.ok);
    const tasks = parseGantt(result.text);
    const by = (prefix: string) => {
      const t = tasks.find((x) => x.task.startsWith(prefix));
      assert.ok(t, prefix);
      return t;
    };
    assert.equal(by('Phase 1').done, true);
    assert.equal(by('Phase 2').active, true);
    assert.match(result.text, /Phase 2 – Beta .*after s\d+, 30d/);
    assert.equal(day(by('Phase 2').startTime), '2024-06-01');
    assert.equal(by('M1').milestone, true);
    assert.equal(day(by('M1').startTime), '2024-07-15');
    // Phase 3 does not start when Phase 1 ends: its own start is kept, not replaced by `after`.
    assert.equal(day(by('Phase 3').startTime), '2024-08-01');
    assert.doesNotMatch(result.text, /Phase 3 .*after/);
  });

  it('corpus: every roadmap with a scheduled item gives a block Mermaid parses, one task per drawn item', () => {
    let charts = 0;
    for (const { name, text } of corpusFiles()) {
      const doc = parseRoadmap(text);
      const layout = layoutTimeline(doc);
      const result = timelineMermaid(doc, layout, { weekStart: '2025-01-06' });
      if (!result.ok) continue;
      const tasks = parseGantt(result.text);
      const drawn = layout.rows.flatMap((r) => r.items).filter((i) => !i.unscheduled).length;
      assert.equal(tasks.length, drawn, name);
      charts++;
    }
    assert.ok(charts > 0);
  });

  it('roadmap timeline --format mermaid prints the block, and asks for --start on a plan in weeks', async () => {
    const seed = fs.readdirSync(path.resolve(__dirname, '../../../shared/roadmaps/seeds')).find((n) => n.startsWith('003'))!;
    const io = fakeIo(path.resolve(__dirname, '../../../shared/roadmaps/seeds'));
    assert.equal(await run(['timeline', seed, '--format', 'mermaid', '--start', '2026-01-05'], io), 0, io.err);
    assert.equal(parseGantt(io.out).length, 6);
    const io2 = fakeIo(path.resolve(__dirname, '../../../shared/roadmaps/seeds'));
    assert.equal(await run(['timeline', seed, '--format', 'mermaid'], io2), 2);
    assert.match(io2.err, /--start YYYY-MM-DD/);
  });
});

function fakeIo(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    ...nodeIo(),
    cwd,
    out: '',
    err: '',
    stdout: { write: (s: string) => void (io.out += s), isTTY: false },
    stderr: { write: (s: string) => void (io.err += s) },
  };
  return io;
}
