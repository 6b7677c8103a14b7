import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { statusText as cliStatusText } from '../../src/cli/statusCommand';
import type { Period } from '../../src/core/model';
import { parseRoadmap } from '../../src/core/parse/parse';
import { periodText, statusText } from '../../src/core/present/periodText';
import { layoutTimeline } from '../../src/core/timeline/timelineLayout';
import { RoadmapTreeModel, type SectionNode, type TreeNode } from '../../src/host/tree/treeModel';

const date = (start: string, end: string, precision: Extract<Period, { unit: 'date' }>['precision']): Period => ({ unit: 'date', start, end, precision, source: 'heading' });

describe('core/present: one text for periods and statuses', () => {
  it('names a period in the unit it was written in, when the span fills that unit', () => {
    assert.equal(periodText({ unit: 'week', start: 5, end: 7, source: 'heading' }), 'Weeks 5–7');
    assert.equal(periodText({ unit: 'week', start: 4, end: 4, source: 'heading' }), 'Week 4');
    assert.equal(periodText(date('2024-04-01', '2024-06-30', 'quarter')), 'Q2 2024');
    assert.equal(periodText(date('2024-04-01', '2024-09-30', 'quarter')), 'Q2 2024 – Q3 2024');
    assert.equal(periodText(date('2025-01-01', '2025-06-30', 'half')), 'H1 2025');
    assert.equal(periodText(date('2025-01-01', '2025-12-31', 'year')), '2025');
    assert.equal(periodText(date('2024-05-01', '2024-05-31', 'month')), 'May 2024');
    assert.equal(periodText(date('2024-02-01', '2024-02-29', 'month')), 'Feb 2024', 'a leap February fills its month');
    assert.equal(periodText(date('2024-05-01', '2024-06-30', 'day')), '2024-05-01 – 2024-06-30');
    assert.equal(periodText(date('2024-05-01', '2024-05-01', 'day')), '2024-05-01');
    assert.equal(periodText(date('2024-07-22', '2024-08-11', 'quarter')), '≈ 2024-07-22 – 2024-08-11', 'a soft span that fills no quarter');
    assert.equal(periodText(null), '');
    assert.equal(periodText({ ...date('2024-05-01', '2024-05-21', 'day'), source: 'duration' }), '≈ 2024-05-01 – 2024-05-21', 'placed by a length, not stated');
  });

  it('the tree, `roadmap status` and the timeline say the same thing for the same section', () => {
    const text = '# Plan\n## Phase 1: Core (Q2 2024)\n- [ ] a\n## Phase 2: UI (Weeks 5-7)\n- [x] b\n## Phase 3: Ship (2024-09-01 → 2024-09-30)\n- [ ] c\n';
    const doc = parseRoadmap(text);
    const tree = new RoadmapTreeModel({ hideDone: false, showEmptySections: true });
    tree.update([{ key: 'k', label: 'k', model: doc, version: 1 }]);
    const walk = (nodes: TreeNode[]): TreeNode[] => nodes.flatMap((n) => [n, ...walk(tree.children(n))]);
    const sections = walk(tree.roots()).filter((n): n is SectionNode => n.type === 'section');
    const cli = cliStatusText('ROADMAP.md', doc);
    for (const s of doc.sections.filter((x) => x.period)) {
      const words = periodText(s.period);
      assert.ok(words.length > 0);
      assert.equal(sections.find((n) => n.sectionIndex === s.index)?.period, words, `tree: ${s.title}`);
      assert.ok(cli.split('\n').some((line) => line.includes(s.title) && line.includes(words)), `cli: ${s.title} → ${words}\n${cli}`);
    }
    assert.deepEqual(doc.sections.filter((x) => x.period).map((s) => periodText(s.period)), ['Q2 2024', 'Weeks 5–7', '2024-09-01 – 2024-09-30']);
  });

  it('timeline labels of the seeds follow the same rule', () => {
    const seeds = path.resolve(__dirname, '../../../shared/roadmaps/seeds');
    for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
      const doc = parseRoadmap(readFileSync(path.join(seeds, name), 'utf8'));
      for (const item of layoutTimeline(doc).rows.flatMap((r) => r.items)) {
        const s = doc.sections[item.section];
        if (!s?.period || item.estimated || s.period.unit === 'week') continue;
        if (s.period.start === item.start && s.period.end === item.end) assert.equal(item.periodLabel, periodText(s.period), `${name}: ${s.title}`);
      }
    }
  });

  it('status words', () => {
    assert.deepEqual((['done', 'in-progress', 'planned', 'blocked', null] as const).map(statusText), ['done', 'in progress', 'planned', 'blocked', 'no status']);
  });
});
