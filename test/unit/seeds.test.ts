import assert from 'node:assert/strict';
import type { RoadmapDocument, Section } from '../../src/core/model';
import { parseRoadmap } from '../../src/core/parse/parse';
import { seedText } from './helpers/corpus';

function section(doc: RoadmapDocument, title: string): Section {
  const found = doc.sections.find((s) => s.title === title);
  assert.ok(found, `no section titled ${JSON.stringify(title)} in ${doc.sections.map((s) => s.title).join(' | ')}`);
  return found;
}

describe('seed roadmaps', () => {
  it('001: five phases, Phase 1 done 9/9, Phase 2 in progress in Q2 2024, 9/38 overall', () => {
    const doc = parseRoadmap(seedText('001'));
    assert.equal(doc.title, 'Development Roadmap');
    const phases = doc.sections.filter((s) => s.kind === 'phase');
    assert.deepEqual(phases.map((s) => s.id), ['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4', 'Phase 5']);
    assert.deepEqual(phases[0].progress, { done: 9, total: 9 });
    assert.equal(phases[0].status, 'done');
    assert.equal(phases[1].status, 'in-progress');
    assert.equal(phases[1].statusSource, 'heading');
    assert.deepEqual(phases[1].period, { unit: 'date', start: '2024-04-01', end: '2024-06-30', precision: 'quarter', source: 'timeline' });
    assert.equal(phases[2].status, 'planned');
    assert.equal(phases[2].statusSource, 'tasks');
    assert.deepEqual(doc.progress, { done: 9, total: 38 });
    // The nested error-handling items hang under their parent task.
    const parent = doc.tasks.find((t) => t.text === 'Error handling system');
    assert.ok(parent);
    assert.equal(parent.children.length, 5);
    assert.deepEqual(parent.progress, { done: 6, total: 6 });
    for (const c of parent.children) assert.equal(doc.tasks[c].depth, 1);
  });

  it('002: milestones M0–M3 planned from the overview table, each depending on the one before', () => {
    const doc = parseRoadmap(seedText('002'));
    const milestones = doc.sections.filter((s) => s.kind === 'milestone');
    assert.deepEqual(milestones.map((s) => s.id), ['M0', 'M1', 'M2', 'M3']);
    for (const m of milestones) {
      assert.equal(m.status, 'planned', m.title);
      assert.equal(m.statusSource, 'table', m.title);
    }
    assert.deepEqual(section(doc, 'M0: Foundations').dependencies, []);
    assert.deepEqual(milestones[1].dependencies, ['M0']);
    assert.deepEqual(milestones[3].dependencies, ['M2']);
  });

  it('003: six phases on relative weeks, Phases 2 and 3 overlapping', () => {
    const doc = parseRoadmap(seedText('003'));
    const phases = doc.sections.filter((s) => s.kind === 'phase');
    assert.equal(phases.length, 6);
    const weeks = phases.map((s) => (s.period?.unit === 'week' ? [s.period.start, s.period.end] : null));
    assert.deepEqual(weeks, [[1, 3], [4, 6], [5, 7], [7, 9], [8, 10], [10, 12]]);
    const [p2, p3] = [phases[1].period, phases[2].period];
    assert.ok(p2?.unit === 'week' && p3?.unit === 'week' && p3.start <= p2.end);
    assert.equal(phases[0].durationWeeks, 3);
    assert.equal(phases[0].priority, 'High');
    assert.equal(section(doc, 'Development Phases').children.length, 6);
  });

  it('004: quarters Q1 2024 … Q1 2025, 96 open tasks, week spans anchored to the year', () => {
    const doc = parseRoadmap(seedText('004'));
    const quarters = doc.sections.filter((s) => s.kind === 'quarter');
    assert.deepEqual(quarters.map((s) => s.id), ['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024', 'Q1 2025']);
    assert.deepEqual(doc.progress, { done: 0, total: 96 });
    assert.ok(doc.tasks.every((t) => !t.checked));
    const first = section(doc, '1. MCP Core Infrastructure (Weeks 1-6)');
    assert.equal(first.parent, quarters[0].index);
    assert.deepEqual(first.period && { start: first.period.start, end: first.period.end, unit: first.period.unit }, { unit: 'date', start: '2024-01-01', end: '2024-02-11' });
    const ui = section(doc, '1. UI Framework (Weeks 14-19)');
    assert.equal(ui.period?.unit, 'date');
    assert.ok(ui.period.start >= '2024-04-01' && ui.period.start <= '2024-06-30', ui.period.start);
    assert.equal(quarters[0].progress.total, 24);
  });

  it('000: empty title, ten H2 sections (nine numbered), four phases under "4. Development Phases", no tasks', () => {
    const doc = parseRoadmap(seedText('000'));
    assert.equal(doc.title, '');
    const h2 = doc.sections.filter((s) => s.level === 2);
    assert.equal(h2.length, 10);
    assert.equal(h2.filter((s) => /^\d+\. /.test(s.title)).length, 9);
    const dev = section(doc, '4. Development Phases');
    assert.equal(dev.kind, 'section');
    assert.deepEqual(dev.children.map((c) => doc.sections[c].id), ['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4']);
    assert.equal(doc.tasks.length, 0);
    assert.deepEqual(doc.progress, { done: 0, total: 0 });
  });
});
