import assert from 'node:assert/strict';
import { parseRoadmap } from '../../src/core/parse/parse';
import { fitWorkspaceZoom, timelineGeometry, workspaceGeometry } from '../../src/core/timeline/svg';
import { daysBetween, layoutTimeline, type TimelineItem, type TimelineLayout } from '../../src/core/timeline/timelineLayout';
import { alignGroups, layoutWorkspaceTimeline } from '../../src/core/timeline/workspaceTimeline';
import { seedText as seed } from './helpers/corpus';


const items = (layout: TimelineLayout): TimelineItem[] => layout.rows.flatMap((r) => r.items);
const today = '2024-06-15';
const files = (...prefixes: string[]) => prefixes.map((p, i) => ({ name: `${['web', 'api', 'docs', 'ops'][i]}/ROADMAP.md`, doc: parseRoadmap(seed(p)) }));

describe('workspace timeline: every roadmap in one chart, grouped by file', () => {
  it('puts dated files on one calendar axis, each item on its own days', () => {
    const input = files('001', '004');
    const groups = layoutWorkspaceTimeline(input, { today });
    assert.deepEqual(groups.map((g) => g.name), ['web/ROADMAP.md', 'api/ROADMAP.md']);
    const [a, b] = groups.map((g) => g.layout);
    assert.equal(a.axis.mode, 'date');
    assert.deepEqual(a.axis, b.axis, 'one shared axis');
    input.forEach(({ doc }, i) => {
      const alone = layoutTimeline(doc, { today });
      assert.ok(a.axis.start <= alone.axis.start && a.axis.end >= alone.axis.end, 'the shared axis covers each file');
      const shared = items(groups[i].layout);
      assert.deepEqual(shared.map((x) => [x.title, x.start, x.end, x.length]), items(alone).map((x) => [x.title, x.start, x.end, x.length]), 'same items, same days');
      for (const x of shared) {
        assert.equal(x.offset, daysBetween(a.axis.start, x.start), `${x.title} sits on its first day`);
        assert.ok(x.offset >= 0 && x.offset + x.length <= a.axis.days);
      }
    });
    assert.equal(a.today, today);
    assert.equal(b.today, today);
  });

  it('never aligns two files\' relative weeks: each keeps its own Week 1 axis', () => {
    const groups = layoutWorkspaceTimeline(files('003', '001', '003'), { today });
    const [weeks, dated, weeksAgain] = groups.map((g) => g.layout);
    assert.equal(weeks.axis.mode, 'week');
    assert.equal(dated.axis.mode, 'date');
    assert.deepEqual(weeks, layoutTimeline(parseRoadmap(seed('003')), { today }), 'a week plan is laid out as it is alone');
    assert.deepEqual(weeksAgain, weeks);
    const g = workspaceGeometry(groups);
    assert.equal(g.groups?.length, 3);
    assert.equal(g.ticks.length, 0, 'no chart-wide axis');
    const [w, d, w2] = g.groups!;
    assert.ok(w.ticks.some((t) => t.label === 'W1') && w2.ticks.some((t) => t.label === 'W1'), 'each week group has its own W1');
    assert.ok(d.ticks.every((t) => !t.label.startsWith('W')), 'the dated group has calendar ticks');
  });

  it('stacks the groups: each has a header, its rows below it, and no row of another group inside', () => {
    const groups = layoutWorkspaceTimeline(files('003', '000', '004', '002'), { today });
    const g = workspaceGeometry(groups, { labelWidth: 200 });
    assert.deepEqual(g.groups!.map((h) => h.name), groups.map((x) => x.name));
    const expectedRows = groups.map((x) => timelineGeometry(x.layout).rows.length);
    g.groups!.forEach((head, i) => {
      const mine = g.rows.filter((r) => r.group === i);
      assert.equal(mine.length, expectedRows[i], head.name);
      assert.ok(mine.every((r) => r.y >= head.y + g.headerHeight && r.y + g.rowHeight <= head.bottom), `${head.name}: rows inside the group`);
      if (i > 0) assert.ok(head.y >= g.groups![i - 1].bottom, 'below the previous group');
    });
    assert.ok(g.groups![1].note && g.groups![1].ticks.length === 0, '000 states no time: a note, no ticks');
    assert.ok(g.groups![3].note, '002 states no time either');
    assert.ok(g.height >= g.groups![3].bottom);
    assert.equal(g.rows.filter((r) => r.group === undefined).length, 0, 'every row names its file');
  });

  it('lines dated groups up day for day at one zoom, and fits the widest group', () => {
    const groups = layoutWorkspaceTimeline(files('001', '004'), { today });
    const zoom = fitWorkspaceZoom(groups, 1200, 200);
    assert.ok(zoom > 0);
    const g = workspaceGeometry(groups, { zoom, labelWidth: 200 });
    assert.deepEqual(g.groups![0].ticks, g.groups![1].ticks);
    assert.equal(g.groups![0].today?.x, g.groups![1].today?.x);
    assert.ok(g.width <= 1200 + 1, `fits: ${g.width}`);
    const day = (group: number, iso: string) => g.rows.filter((r) => r.group === group).flatMap((r) => r.bars).find((b) => b.item.start === iso && b.item.precision !== 'estimate');
    const shared = items(groups[0].layout).map((i) => i.start).find((s) => day(1, s));
    assert.ok(shared, 'the two seeds have a start day in common');
    assert.equal(day(0, shared)!.x, day(1, shared)!.x, 'the same day is at the same x in both files');
  });

  it('aligns layouts made one by one without changing them (the editor keeps each file\'s layout)', () => {
    const laidOut = files('001', '004').map(({ name, doc }) => ({ name, layout: layoutTimeline(doc, { today }) }));
    const copy = JSON.parse(JSON.stringify(laidOut)) as typeof laidOut;
    const aligned = alignGroups(laidOut, { today });
    assert.deepEqual(laidOut, copy, 'inputs untouched');
    assert.deepEqual(aligned, layoutWorkspaceTimeline(files('001', '004'), { today }));
  });

  it('one file is laid out exactly as alone', () => {
    const [only] = layoutWorkspaceTimeline(files('004'), { today });
    assert.deepEqual(only.layout, layoutTimeline(parseRoadmap(seed('004')), { today }));
  });
});
