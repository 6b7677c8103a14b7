import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decorationPlan, effectiveStatus } from '../../src/core/present/decorationPlan';
import type { RoadmapDocument } from '../../src/core/model';
import { parseRoadmap } from '../../src/core/parse/parse';

const roadmaps = path.resolve(__dirname, '../../../shared/roadmaps');
if (!existsSync(roadmaps)) throw new Error(`test roadmaps not found at ${roadmaps}`);
const seeds = readdirSync(path.join(roadmaps, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const publicFiles = readdirSync(path.join(roadmaps, 'public')).filter((f) => f !== 'SOURCES.tsv').sort();

/** Task boxes between two 1-based lines, counted from the text alone, outside fences. */
function boxesIn(lines: string[], from: number, to: number): { done: number; total: number } {
  let fence = false;
  let done = 0;
  let total = 0;
  for (let i = from; i <= to && i <= lines.length; i++) {
    const line = lines[i - 1]!;
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    else if (!fence) {
      const m = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]/.exec(line);
      if (m) {
        total++;
        if (m[1] !== ' ') done++;
      }
    }
  }
  return { done, total };
}

describe('decorationPlan', () => {
  for (const seed of seeds) {
    describe(`seed ${seed}`, () => {
      const text = readFileSync(path.join(roadmaps, 'seeds', seed), 'utf8');
      const doc = parseRoadmap(text);
      const plan = decorationPlan(text, doc);
      const lines = text.split(/\r?\n/);

      it('puts one bar after exactly the headings that own tasks, with the counts the text holds', () => {
        const decorated = new Set(plan.headings.map((h) => h.sectionIndex));
        for (const section of doc.sections) {
          const counted = boxesIn(lines, section.line + 1, section.endLine);
          assert.equal(decorated.has(section.index), counted.total > 0, `heading "${section.title}"`);
          const heading = plan.headings.find((h) => h.sectionIndex === section.index);
          if (!heading) continue;
          assert.equal(heading.line, section.line - 1);
          assert.match(lines[heading.line]!, /^\s{0,3}#{1,6}\s/, 'the decorated line is the heading');
          const m = /^([▰▱]{5}) (\d+)\/(\d+) · (\d+)%$/.exec(heading.text);
          assert.ok(m, `bar text "${heading.text}"`);
          assert.equal(Number(m[2]), counted.done);
          assert.equal(Number(m[3]), counted.total);
          let percent = Math.round((100 * counted.done) / counted.total);
          if (counted.done < counted.total) percent = Math.min(percent, 99);
          if (counted.done > 0) percent = Math.max(percent, 1);
          assert.equal(Number(m[4]), percent);
          assert.equal(m[1]!.split('').filter((c) => c === '▰').length === 5, counted.done === counted.total);
        }
      });

      it('dims exactly the done tasks, from their first word to the end of the line', () => {
        const doneLines = lines.flatMap((l, i) => (/^\s*(?:[-*+]|\d+[.)])\s+\[[xX]\]\s*\S/.test(l) ? [i] : []));
        assert.deepEqual(plan.doneTasks.map((t) => t.line), doneLines);
        for (const range of plan.doneTasks) {
          const line = lines[range.line]!;
          assert.equal(range.endColumn, line.length);
          assert.match(line.slice(0, range.startColumn), /\[[xX]\]\s*$/);
          assert.match(line.slice(range.startColumn), /^\S/);
        }
      });
    });
  }

  it('never ends a range on the CR of a CRLF line', () => {
    const text = '# Plan\r\n\r\n## Phase 1\r\n- [x] Done thing\r\n- [ ] Open thing\r\n';
    const plan = decorationPlan(text, parseRoadmap(text));
    assert.equal(plan.doneTasks.length, 1);
    const [range] = plan.doneTasks;
    const line = text.split('\r\n')[range!.line]!;
    assert.equal(line.slice(range!.startColumn, range!.endColumn), 'Done thing');
  });

  it('colours a heading by its written status, else by its tasks', () => {
    const text = '# Plan\n\n## Phase 1 (Blocked)\n- [x] a\n\n## Phase 2\n- [x] b\n- [x] c\n\n## Phase 3\n- [x] d\n- [ ] e\n\n## Phase 4\n- [ ] f\n';
    const doc = parseRoadmap(text);
    const byTitle = (t: string) => doc.sections.find((s) => s.title.startsWith(t))!;
    const statusOf = (t: string) => decorationPlan(text, doc).headings.find((h) => h.sectionIndex === byTitle(t).index)?.status;
    assert.equal(byTitle('Phase 1').status, 'blocked');
    assert.equal(statusOf('Phase 1'), 'blocked');
    // Stated by the reader of the text above, not by the implementation: all ticked, some ticked, none ticked.
    assert.equal(statusOf('Phase 2'), 'done');
    assert.equal(statusOf('Phase 3'), 'in-progress');
    assert.equal(statusOf('Phase 4'), 'planned');
  });

  it('colours a heading without tasks by its written status, and planned without one', () => {
    const text = '# Plan\n\n## Phase 1 (In Progress)\n\nText.\n\n## Phase 2\n\nText.\n';
    const doc = parseRoadmap(text);
    const phase1 = doc.sections.find((s) => s.title.startsWith('Phase 1'))!;
    const phase2 = doc.sections.find((s) => s.title.startsWith('Phase 2'))!;
    assert.equal(effectiveStatus(phase1), 'in-progress');
    assert.equal(effectiveStatus(phase2), 'planned');
  });

  it('handles every public roadmap without throwing: a bar only where the text has a task box under the heading', function () {
    this.timeout(180_000);
    for (const file of publicFiles) {
      const text = readFileSync(path.join(roadmaps, 'public', file), 'utf8');
      const doc: RoadmapDocument = parseRoadmap(text);
      const plan = decorationPlan(text, doc);
      // An independent line scan, not the model's own filter: lines that hold a task box outside fenced code.
      const boxLines: number[] = [];
      let checked = 0;
      let fence: string | null = null;
      text.split(/\r\n|\r|\n/).forEach((line, i) => {
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (f && (fence === null || f[0] === fence[0])) fence = fence === null ? f : null;
        else if (fence === null && /^\s*(?:>\s*)*(?:\[\^[^\]]+\]:\s*)?(?:(?:[-*+]|\d{1,9}[.)])\s+)+\[[^\]]?\]/.test(line)) {
          boxLines.push(i + 1);
          if (/\[[xX]\]/.test(line)) checked++;
        }
      });
      const seen = new Set<number>();
      for (const h of plan.headings) {
        assert.ok(!seen.has(h.sectionIndex), `${file}: one bar per heading`);
        seen.add(h.sectionIndex);
        const s = doc.sections[h.sectionIndex]!;
        assert.ok(boxLines.some((l) => l >= s.line && l <= s.endLine), `${file}: "${s.title}" has a bar but no task box in lines ${s.line}-${s.endLine}`);
      }
      assert.ok(plan.headings.length > 0 || boxLines.length === 0 || doc.sections.length === 0, `${file}: task boxes but no bar at all`);
      assert.ok(plan.doneTasks.length <= checked, `${file}: ${plan.doneTasks.length} dimmed tasks, ${checked} ticked boxes`);
    }
  });
});
