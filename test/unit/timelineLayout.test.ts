import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Period, RoadmapDocument, Section, SectionKind, Status } from '../../src/core/model';
import { parseRoadmap } from '../../src/core/parse/parse';
import { timelineGeometry } from '../../src/core/timeline/svg';
import { tooltipLines } from '../../src/webview/timelineView';
import { daysBetween, layoutTimeline, type TimelineItem, type TimelineLayout } from '../../src/core/timeline/timelineLayout';
import { ROADMAPS_DIR as roadmaps, seedText as seed } from './helpers/corpus';


function items(layout: TimelineLayout): TimelineItem[] {
  return layout.rows.flatMap((r) => r.items);
}

function byId(layout: TimelineLayout, id: string): TimelineItem {
  const item = items(layout).find((i) => i.id === id);
  assert.ok(item, `no item ${id} in ${items(layout).map((i) => i.id ?? i.title).join(', ')}`);
  return item;
}

interface SectionSpec {
  title: string;
  kind?: SectionKind;
  id?: string | null;
  level?: number;
  parent?: number | null;
  period?: Period | null;
  status?: Status | null;
  dependencies?: string[];
  durationWeeks?: number | null;
  done?: number;
  total?: number;
}

/** A model built by hand, so layout rules are tested apart from the parser. */
function doc(specs: SectionSpec[]): RoadmapDocument {
  const sections: Section[] = specs.map((s, index) => ({
    index,
    title: s.title,
    rawTitle: s.title,
    level: s.level ?? 2,
    line: index * 10 + 1,
    endLine: index * 10 + 9,
    kind: s.kind ?? 'phase',
    id: s.id === undefined ? (s.kind ?? 'phase') === 'section' ? null : s.title : s.id,
    status: s.status ?? null,
    statusSource: s.status ? 'heading' : null,
    period: s.period ?? null,
    dependencies: s.dependencies ?? [],
    priority: null,
    durationWeeks: s.durationWeeks ?? null,
    parent: s.parent ?? null,
    children: [],
    tasks: [],
    progress: { done: s.done ?? 0, total: s.total ?? 0 },
    provenance: { kind: null, id: null, status: null, period: null, dependencies: null, priority: null },
  }));
  for (const s of sections) if (s.parent !== null) sections[s.parent].children.push(s.index);
  return {
    title: 'Test',
    sections,
    roots: sections.filter((s) => s.parent === null).map((s) => s.index),
    tasks: [],
    progress: { done: 0, total: 0 },
    lineCount: sections.length * 10,
    eol: '\n',
  };
}

const weeks = (start: number, end: number): Period => ({ unit: 'week', start, end, source: 'heading' });
const dates = (start: string, end: string, precision: 'day' | 'quarter' | 'month' = 'day'): Period => ({ unit: 'date', start, end, precision, source: 'heading' });

describe('timelineLayout on the seeds', () => {
  it('001: quarters from its Timeline list on the axis, Phase 1 (completed, no period) in the lane', () => {
    const layout = layoutTimeline(parseRoadmap(seed('001')));
    assert.equal(layout.axis.mode, 'date');
    assert.equal(layout.rows.length, 4);
    assert.deepEqual(items(layout).map((i) => i.id), ['Phase 2', 'Phase 3', 'Phase 4', 'Phase 5']);
    assert.deepEqual(layout.lane.map((i) => i.id), ['Phase 1']);
    const expected: [string, string, string][] = [
      ['Phase 2', '2024-04-01', '2024-06-30'],
      ['Phase 3', '2024-07-01', '2024-09-30'],
      ['Phase 4', '2024-10-01', '2024-12-31'],
      ['Phase 5', '2025-01-01', '2025-03-31'],
    ];
    for (const [id, start, end] of expected) {
      const item = byId(layout, id);
      assert.deepEqual([item.start, item.end, item.unscheduled, item.precision], [start, end, false, 'quarter'], id);
    }
    const phase1 = layout.lane[0];
    assert.equal(phase1.unscheduled, true);
    assert.equal(phase1.status, 'done');
    assert.equal(phase1.start, '', 'no invented days');
    assert.equal(layout.axis.start, '2024-04-01', 'the axis starts where the document does');
    assert.equal(layout.unscheduled, 1);
    assert.equal(byId(layout, 'Phase 2').periodLabel, 'Q2 2024');
  });

  it('002: four milestones without dates, listed in plan order with no axis', () => {
    const layout = layoutTimeline(parseRoadmap(seed('002')), { today: '2026-11-25' });
    assert.equal(layout.axis.mode, 'none');
    assert.deepEqual(layout.axis.ticks, []);
    assert.equal(layout.rows.length, 0);
    assert.deepEqual(layout.lane.map((i) => i.id), ['M0', 'M1', 'M2', 'M3']);
    assert.ok(layout.lane.every((i) => i.unscheduled && i.kind === 'milestone' && i.start === ''));
    const id = (section: number): string | null | undefined => layout.lane.find((i) => i.section === section)?.id;
    assert.deepEqual(layout.arrows.map((a) => [id(a.from), id(a.to)]), [['M0', 'M1'], ['M1', 'M2'], ['M2', 'M3']]);
    assert.equal(layout.today, undefined);
    assert.equal(layout.unscheduled, 4);
  });

  it('003: six phases on a 12-week axis, Phases 2/3 and 4/5 overlapping on their own rows', () => {
    const layout = layoutTimeline(parseRoadmap(seed('003')));
    assert.equal(layout.axis.mode, 'week');
    assert.equal(layout.axis.unit, 'week');
    assert.equal(layout.axis.start, 'W1');
    assert.equal(layout.axis.end, 'W12');
    assert.equal(layout.axis.days, 84);
    assert.equal(layout.rows.length, 6);
    assert.ok(layout.rows.every((r) => r.items.length === 1 && r.depth === 0));
    const spans = items(layout).map((i) => [i.id, i.start, i.end]);
    assert.deepEqual(spans, [
      ['Phase 1', 'W1', 'W3'],
      ['Phase 2', 'W4', 'W6'],
      ['Phase 3', 'W5', 'W7'],
      ['Phase 4', 'W7', 'W9'],
      ['Phase 5', 'W8', 'W10'],
      ['Phase 6', 'W10', 'W12'],
    ]);
    const overlaps = (a: TimelineItem, b: TimelineItem): boolean => a.offset < b.offset + b.length && b.offset < a.offset + a.length;
    assert.ok(overlaps(byId(layout, 'Phase 2'), byId(layout, 'Phase 3')));
    assert.ok(overlaps(byId(layout, 'Phase 4'), byId(layout, 'Phase 5')));
    assert.ok(!overlaps(byId(layout, 'Phase 1'), byId(layout, 'Phase 2')));
    assert.equal(byId(layout, 'Phase 3').periodLabel, 'Weeks 5–7');
    assert.equal(layout.unscheduled, 0);
  });

  it('004: five quarters Q1 2024 … Q1 2025, each stream anchored inside its quarter', () => {
    const model = parseRoadmap(seed('004'));
    const layout = layoutTimeline(model);
    assert.equal(layout.axis.mode, 'date');
    assert.equal(layout.axis.unit, 'quarter');
    assert.equal(layout.axis.start, '2024-01-01');
    assert.equal(layout.axis.end, '2025-03-31');
    assert.deepEqual(layout.axis.ticks.map((t) => t.label), ['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024', 'Q1 2025']);
    const quarters = layout.rows.filter((r) => r.depth === 0).map((r) => r.items[0]);
    assert.deepEqual(quarters.map((q) => q.id), ['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024', 'Q1 2025']);
    const streams = layout.rows.filter((r) => r.depth === 1).flatMap((r) => r.items);
    assert.equal(streams.length, 10, 'two streams per quarter');
    for (const q of quarters) {
      const own = streams.filter((s) => s.parent === q.section);
      assert.equal(own.length, 2, `${q.id} has two streams`);
      // Streams are estimates that may spill a little past the quarter, but each one starts inside it.
      for (const s of own) assert.ok(s.offset >= q.offset && s.offset < q.offset + q.length, `${s.title} starts inside ${q.id}`);
    }
    const core = streams.find((s) => s.title.startsWith('1. MCP Core Infrastructure'));
    assert.ok(core);
    assert.equal(core.start, '2024-01-01');
    assert.equal(core.end, '2024-02-11', 'weeks 1-6 from the quarter start');
    assert.equal(core.unscheduled, false);
  });

  it('000: four phases under "Development Phases", listed in order with no axis', () => {
    const layout = layoutTimeline(parseRoadmap(seed('000')));
    assert.equal(layout.axis.mode, 'none');
    assert.equal(layout.axis.ticks.length, 0);
    assert.equal(items(layout).length, 0);
    assert.deepEqual(layout.lane.map((i) => i.id), ['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4']);
    assert.ok(layout.lane.every((i) => i.kind === 'phase' && i.unscheduled));
  });
});

describe('timelineLayout rules', () => {
  it('places a section with only a duration after its predecessor as an estimate; one with nothing goes to the lane', () => {
    const layout = layoutTimeline(doc([
      { title: 'Phase 1', period: weeks(1, 2) },
      { title: 'Phase 2', durationWeeks: 3 },
      { title: 'Phase 3' },
    ]));
    const [p1, p2] = items(layout);
    assert.equal(items(layout).length, 2);
    assert.equal(p1.estimated, false);
    assert.equal(p2.offset, p1.offset + p1.length);
    assert.equal(p2.length, 21);
    assert.equal(p2.precision, 'estimate');
    assert.equal(p2.estimated, true);
    assert.match(p2.periodLabel, /≈ 3 weeks \(estimated/);
    assert.deepEqual(layout.lane.map((i) => i.title), ['Phase 3']);
    assert.equal(layout.axis.end, 'W5', 'the lane adds no weeks to the axis');
  });

  it('draws no axis when only durations are given: a length is not a date', () => {
    const layout = layoutTimeline(doc([{ title: 'Phase 1', durationWeeks: 2 }, { title: 'Phase 2', durationWeeks: 3 }]));
    assert.equal(layout.axis.mode, 'none');
    assert.deepEqual(layout.lane.map((i) => i.periodLabel), ['no period · ≈ 2 weeks', 'no period · ≈ 3 weeks']);
  });

  it('marks a period the reading estimated (provenance) as an estimate, not as stated', () => {
    const model = doc([{ title: 'Phase 1', period: weeks(1, 2) }, { title: 'Phase 2', period: weeks(3, 4) }]);
    model.sections[1].provenance.period = { basis: 'estimated', line: 11, endLine: 11, start: null, end: null, text: 'Estimated Duration: 2 weeks' };
    const layout = layoutTimeline(model);
    assert.deepEqual(items(layout).map((i) => i.estimated), [false, true]);
    assert.equal(byId(layout, 'Phase 2').periodText, 'Estimated Duration: 2 weeks');
  });

  it('draws a dated checklist item as a milestone on its day, and a finished section stamped on its last done day', () => {
    const model = parseRoadmap([
      '# Plan',
      '## Phase 1: Build (2024-03-01 → 2024-03-31)',
      '- [x] Schema ✅ 2024-03-05',
      '- [x] API -- completed 2024-03-20',
      '## Phase 2: Ship',
      '- [ ] Beta release 2024-04-15',
      '- [ ] Launch',
      '',
    ].join('\n'));
    const layout = layoutTimeline(model);
    assert.equal(layout.axis.mode, 'date');
    const p1 = byId(layout, 'Phase 1');
    assert.equal(p1.completed, '2024-03-20');
    const beta = items(layout).find((i) => i.title.startsWith('Beta release'));
    assert.ok(beta, items(layout).map((i) => i.title).join(', '));
    assert.deepEqual([beta.kind, beta.start, beta.end, beta.task !== null], ['milestone', '2024-04-15', '2024-04-15', true]);
    assert.ok(beta.offset + beta.length <= layout.axis.days, 'the axis reaches the milestone');
    assert.deepEqual(layout.lane.map((i) => i.id), ['Phase 2'], 'Phase 2 itself states no period');
    const api = items(layout).find((i) => i.title.startsWith('API'));
    assert.ok(api && api.completed === '2024-03-20', 'a task done on a day is a milestone stamped that day');
  });

  it('waits for the dependencies of an unscheduled section', () => {
    const layout = layoutTimeline(doc([
      { title: 'A', id: 'M1', kind: 'milestone', period: weeks(1, 8) },
      { title: 'B', id: 'M2', kind: 'milestone', period: weeks(1, 2) },
      { title: 'C', id: 'M3', kind: 'milestone', dependencies: ['M1'] },
    ]));
    assert.deepEqual(layout.lane.map((i) => i.id), ['M3'], 'no length and no period: listed, not placed');
    assert.deepEqual(layout.arrows, [{ from: 0, to: 2, late: false }]);
    const estimated = layoutTimeline(doc([
      { title: 'A', id: 'M1', kind: 'milestone', period: weeks(1, 8) },
      { title: 'B', id: 'M2', kind: 'milestone', period: weeks(1, 2) },
      { title: 'C', id: 'M3', kind: 'milestone', dependencies: ['M1'], durationWeeks: 1 },
    ]));
    assert.equal(byId(estimated, 'M3').offset, 56);
  });

  it('marks an arrow late when the dependent starts before its dependency ends', () => {
    const layout = layoutTimeline(doc([
      { title: 'M1', kind: 'milestone', period: dates('2024-01-01', '2024-01-31') },
      { title: 'M2', kind: 'milestone', period: dates('2024-01-31', '2024-02-29'), dependencies: ['M1'] },
      { title: 'M3', kind: 'milestone', period: dates('2024-03-01', '2024-03-31'), dependencies: ['M2', 'M9'] },
    ]));
    assert.deepEqual(layout.arrows, [{ from: 0, to: 1, late: true }, { from: 1, to: 2, late: false }]);
  });

  it('keeps relative weeks off a dated axis instead of guessing an anchor', () => {
    const layout = layoutTimeline(doc([
      { title: 'Phase 1', period: dates('2024-05-01', '2024-05-31') },
      { title: 'Phase 2', period: weeks(1, 2) },
    ]));
    const p2 = byId(layout, 'Phase 2');
    assert.equal(p2.unscheduled, false);
    assert.equal(p2.estimated, true);
    assert.equal(p2.length, 14, 'its two weeks are kept as an estimate');
    assert.equal(p2.start, '2024-06-01');
  });

  it('picks the axis unit from the span', () => {
    const span = (end: string): string => layoutTimeline(doc([{ title: 'Phase 1', period: dates('2024-01-10', end) }])).axis.unit;
    assert.equal(span('2024-02-10'), 'week');
    assert.equal(span('2024-09-10'), 'month');
    assert.equal(span('2026-01-10'), 'quarter');
  });

  it('snaps a month axis to whole months and labels each month', () => {
    const layout = layoutTimeline(doc([{ title: 'Phase 1', period: dates('2024-01-10', '2024-06-20') }]));
    assert.equal(layout.axis.start, '2024-01-01');
    assert.equal(layout.axis.end, '2024-06-30');
    assert.deepEqual(layout.axis.ticks.map((t) => t.label), ['Jan 2024', 'Feb 2024', 'Mar 2024', 'Apr 2024', 'May 2024', 'Jun 2024']);
    assert.deepEqual(layout.axis.ticks.map((t) => t.offset), [0, 31, 60, 91, 121, 152]);
    const item = items(layout)[0];
    assert.equal(item.offset, 9);
    assert.equal(item.start, '2024-01-10');
    assert.equal(item.end, '2024-06-20');
  });

  it('shows today only on a dated axis that contains it', () => {
    const dated = doc([{ title: 'Phase 1', period: dates('2024-01-01', '2024-12-31') }]);
    assert.equal(layoutTimeline(dated, { today: '2024-06-15' }).today, '2024-06-15');
    assert.equal(layoutTimeline(dated, { today: '2025-06-15' }).today, undefined);
    assert.equal(layoutTimeline(doc([{ title: 'Phase 1', period: weeks(1, 3) }]), { today: '2024-06-15' }).today, undefined);
  });

  it('falls back to the top-level sections under the title, preferring those with work', () => {
    const layout = layoutTimeline(doc([
      { title: 'Roadmap', kind: 'section', level: 1 },
      { title: 'Overview', kind: 'section', parent: 0 },
      { title: 'Backend', kind: 'section', parent: 0, done: 1, total: 3 },
      { title: 'Frontend', kind: 'section', parent: 0, total: 2 },
    ]));
    assert.deepEqual(layout.lane.map((i) => i.title), ['Backend', 'Frontend']);
    assert.ok(layout.lane.every((i) => i.unscheduled));
  });

  it('lays out an empty document without throwing', () => {
    const layout = layoutTimeline(doc([]));
    assert.equal(layout.rows.length, 0);
    assert.equal(layout.lane.length, 0);
    assert.equal(layout.axis.mode, 'none');
  });

  it('gives each stream its own labelled row', () => {
    const layout = layoutTimeline(doc([
      { title: 'Q1 2024', kind: 'quarter', period: dates('2024-01-01', '2024-03-31', 'quarter') },
      { title: 'A', kind: 'section', level: 3, parent: 0, period: dates('2024-01-01', '2024-01-31') },
      { title: 'B', kind: 'section', level: 3, parent: 0, period: dates('2024-02-01', '2024-02-28') },
      { title: 'C', kind: 'section', level: 3, parent: 0, period: dates('2024-01-15', '2024-02-15') },
    ]));
    assert.deepEqual(layout.rows.map((r) => [r.depth, r.items.map((i) => i.title)]), [[0, ['Q1 2024']], [1, ['A']], [1, ['B']], [1, ['C']]]);
  });

  it('property: every item lies on the axis with start ≤ end, whatever the periods', () => {
    const period = fc.oneof(
      fc.constant(null),
      fc.record({ a: fc.integer({ min: 1, max: 60 }), b: fc.integer({ min: 1, max: 60 }) }).map(({ a, b }) => weeks(a, b)),
      fc.record({ a: fc.integer({ min: 0, max: 2000 }), b: fc.integer({ min: 0, max: 400 }) }).map(({ a, b }) => {
        const start = new Date(Date.UTC(2022, 0, 1 + a)).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2022, 0, 1 + a + b)).toISOString().slice(0, 10);
        return dates(start, end);
      }),
    );
    const spec = fc.record({ period, durationWeeks: fc.oneof(fc.constant(null), fc.double({ min: 0.1, max: 20, noNaN: true })), dep: fc.nat(8) });
    fc.assert(fc.property(fc.array(spec, { maxLength: 9 }), (specs) => {
      const layout = layoutTimeline(doc(specs.map((s, i) => ({ title: `Phase ${i + 1}`, period: s.period, durationWeeks: s.durationWeeks, dependencies: [`Phase ${s.dep + 1}`] }))));
      assert.equal(items(layout).length + layout.lane.length, specs.length);
      for (const s of layout.lane) assert.ok(!specs[Number(s.title.slice(6)) - 1].period || layout.axis.mode === 'date', `${s.title} has a period usable on the axis`);
      for (const item of items(layout)) {
        assert.ok(item.length >= 1);
        assert.ok(item.offset >= 0 && item.offset + item.length <= layout.axis.days, `${item.title} ${item.offset}+${item.length} on ${layout.axis.days}`);
        if (layout.axis.mode === 'date') assert.equal(daysBetween(item.start, item.end) + 1, item.length);
        else assert.ok(Number(item.start.slice(1)) <= Number(item.end.slice(1)));
      }
      assert.deepEqual(JSON.parse(JSON.stringify(layout)), layout, 'serialisable');
    }));
  });
});

describe('timelineLayout: plan items named only by a table row', () => {
  const dated = `# Plan

## Phase 1: Build (2024-02-01 → 2024-03-31)
- [x] parser

## Milestones

| Milestone | Date | Status |
|---|---|---|
| M1: Beta | 2024-03-01 | Done |
| M2: GA | 2024-04-15 | Planned |
`;
  const undated = `# Plan

## Phase 1: Build (Weeks 1-4)
- [x] parser

## Phase 2: Ship (Weeks 5-8)
- [ ] release
- Depends on: M1

## Milestones

| Milestone | Goal | Status |
|-----------|------|--------|
| M1 | Beta | Done |
| M2 | GA | Planned |
`;

  it('draws a dated table milestone as a one-day milestone on its day, with a key no heading has', () => {
    const doc = parseRoadmap(dated);
    assert.ok((doc.items ?? []).some((i) => i.from === 'table-row'), 'the parser reads the table rows as plan items');
    const layout = layoutTimeline(doc, { today: '2026-11-25' });
    assert.equal(layout.axis.mode, 'date');
    const m1 = byId(layout, 'M1');
    const m2 = byId(layout, 'M2');
    assert.deepEqual([m1.kind, m1.start, m1.end, m1.length, m1.status, m1.unscheduled], ['milestone', '2024-03-01', '2024-03-01', 1, 'done', false]);
    assert.equal(m1.offset, daysBetween(layout.axis.start, '2024-03-01'));
    assert.equal(m2.start, '2024-04-15');
    assert.ok(layout.axis.end >= '2024-04-15', 'the axis reaches the last table milestone');
    assert.deepEqual([m1.item, m2.item], [0, 1]);
    assert.ok(m1.section >= doc.sections.length && m2.section !== m1.section, 'table rows do not share a key with a heading');
    assert.equal(m1.line, doc.items![0].line, 'clicking it reveals its row');
    assert.equal(items(layout).filter((i) => i.id === 'M1').length, 1);
    const geometry = timelineGeometry(layout);
    const bars = geometry.rows.flatMap((r) => r.bars).filter((b) => b.item.item !== undefined);
    assert.equal(bars.length, 2);
    assert.ok(bars.every((b) => b.diamond && !b.lane), 'diamonds on the axis');
  });

  it('stamps a table row where its completion stamp says it finished, and the axis reaches the stamp', () => {
    const doc = parseRoadmap(dated);
    // The model as a reader that found "✅ 2024-04-20" in M2's row would give it.
    doc.items![1] = { ...doc.items![1], status: 'done', finished: '2024-04-20' };
    const layout = layoutTimeline(doc);
    assert.equal(byId(layout, 'M2').completed, '2024-04-20');
    assert.equal(byId(layout, 'M1').completed, null, 'no stamp, no completion day');
    assert.ok(layout.axis.end >= '2024-04-20');
    doc.items![1] = { ...doc.items![1], finished: '2024-02-31' };
    assert.equal(byId(layoutTimeline(doc), 'M2').completed, null, 'an impossible day is no stamp');
  });

  it('takes an impossible day in a task\'s text for a typo, not a milestone (and does not throw on it)', () => {
    const layout = layoutTimeline(parseRoadmap('# P\n\n## Phase 1 (2024-02-01 → 2024-03-31)\n- [x] done 2024-02-31\n- [ ] ship on 2024-02-30\n- [ ] demo on 2024-02-29\n'));
    assert.deepEqual(items(layout).filter((i) => i.task !== null).map((i) => i.start), ['2024-02-29']);
    assert.equal(byId(layout, 'Phase 1').completed, null);
  });

  it('lists undated table milestones in the lane as diamonds, in document order, and joins a heading that depends on one', () => {
    const layout = layoutTimeline(parseRoadmap(undated), { today: '2026-11-25' });
    assert.equal(layout.axis.mode, 'week', 'the headings still give the axis');
    assert.deepEqual(items(layout).map((i) => i.id), ['Phase 1', 'Phase 2']);
    assert.deepEqual(layout.lane.map((i) => [i.id, i.status]), [['M1', 'done'], ['M2', 'planned']]);
    assert.equal(layout.unscheduled, 2);
    const geometry = timelineGeometry(layout);
    const lane = geometry.rows.filter((r) => r.lane).flatMap((r) => r.bars);
    assert.ok(lane.length === 2 && lane.every((b) => b.diamond));
    // Its hover says where a period would go: the row, not a heading it does not have.
    const tip = tooltipLines(lane[0]).join('\n');
    assert.match(tip, /its row gives no period/);
    assert.doesNotMatch(tip, /heading/);
    assert.match(tooltipLines(timelineGeometry(layoutTimeline(parseRoadmap(seed('002')))).rows[0].bars[0]).join('\n'), /Add one to its heading/);
    const m1 = layout.lane[0];
    assert.deepEqual(layout.arrows.filter((a) => a.from === m1.section).map((a) => a.to), [byId(layout, 'Phase 2').section]);
  });

  it('002: a table that repeats the headings\' ids lends them its state instead of adding rows', () => {
    const doc = parseRoadmap(seed('002'));
    const layout = layoutTimeline(doc);
    assert.deepEqual(layout.lane.map((i) => i.id), ['M0', 'M1', 'M2', 'M3']);
    assert.ok(layout.lane.every((i) => i.item === undefined && i.kind === 'milestone'));
    assert.ok(timelineGeometry(layout).rows.every((r) => r.bars.every((b) => b.diamond)), 'every milestone is a diamond');
  });

  it('draws the plan items of a roadmap without headings (lines of their own) instead of an empty chart', () => {
    const doc = parseRoadmap('v1 Release - Goal: Sep 1, 2012\n\n* Website\n  * audit\n\nv2 Release\n\n* API\n');
    const lines = (doc.items ?? []).filter((i) => i.from === 'line');
    assert.equal(doc.sections.length, 0);
    assert.deepEqual(lines.map((i) => i.id), ['v1', 'v2'], 'the reading names two releases');
    const layout = layoutTimeline(doc);
    assert.deepEqual(items(layout).map((i) => [i.id, i.start, i.kind]), [['v1', '2012-09-01', 'milestone']]);
    assert.deepEqual(layout.lane.map((i) => i.id), ['v2']);
    assert.ok(timelineGeometry(layout).rows.flatMap((r) => r.bars).every((b) => b.diamond));
  });

  it('corpus: every table row the model dates is on the axis at its stated start', () => {
    const dir = path.join(roadmaps, 'public');
    let seen = 0;
    for (const file of readdirSync(dir).filter((f) => f !== 'SOURCES.tsv')) {
      const doc = parseRoadmap(readFileSync(path.join(dir, file), 'utf8'));
      const layout = layoutTimeline(doc);
      for (const row of doc.items ?? []) {
        if (row.from !== 'table-row' || row.period?.unit !== 'date' || row.provenance.period?.basis === 'estimated' || !['phase', 'milestone', 'quarter'].includes(row.kind)) continue;
        seen++;
        const drawn = items(layout).find((i) => i.item === row.index);
        assert.ok(drawn, `${file}:${row.line} ${row.title} is not drawn`);
        assert.equal(layout.axis.mode, 'date', file);
        if (drawn.precision === 'day') assert.equal(drawn.start, row.period.start, `${file}:${row.line}`);
        if (row.kind === 'milestone' && drawn.length === 1) assert.ok(timelineGeometry(layout).rows.some((r) => r.bars.some((b) => b.item.item === row.index && b.diamond)));
      }
    }
    assert.ok(seen > 0, 'the corpus has dated table rows');
  });
});

describe('timelineLayout on the public corpus', () => {
  const dir = path.join(roadmaps, 'public');
  const files = readdirSync(dir).filter((f) => f !== 'SOURCES.tsv');
  it('has the corpus', () => assert.ok(files.length >= 40, `${files.length} files`));
  for (const file of files) {
    it(`${file}: rows with start ≤ end on the axis`, () => {
      const layout = layoutTimeline(parseRoadmap(readFileSync(path.join(dir, file), 'utf8')), { today: '2026-11-25' });
      for (const item of items(layout)) {
        assert.ok(item.length >= 1 && item.offset >= 0 && item.offset + item.length <= layout.axis.days, item.title);
        if (layout.axis.mode === 'date') assert.ok(item.start <= item.end, `${item.title}: ${item.start} ≤ ${item.end}`);
      }
      assert.equal(layout.axis.ticks.length > 0, layout.axis.mode !== 'none', 'ticks exactly when the document states time');
      if (layout.axis.mode === 'none') assert.equal(items(layout).length, 0);
    });
  }
});
