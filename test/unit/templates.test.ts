import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/edit/edits';
import type { RoadmapDocument, Section } from '../../src/core/model';
import { parseRoadmap } from '../../src/core/parse/parse';
import { blockSnippet, insertBlockEdit, insertionLine, milestoneTableRowEdit, nextBlock, roadmapTemplates, type SnippetKind } from '../../src/core/edit/templates';
import { seedText as seed } from './helpers/corpus';


const TODAY = '2026-11-25';
const opts = { title: 'Acme Roadmap', today: TODAY };

function template(id: string): string {
  const t = roadmapTemplates.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t.render(opts);
}

const ofKind = (doc: RoadmapDocument, kind: Section['kind']): Section[] => doc.sections.filter((s) => s.kind === kind);
const byTitle = (doc: RoadmapDocument, title: string): Section => {
  const s = doc.sections.find((x) => x.title === title);
  if (!s) throw new Error(`no section "${title}" in ${doc.sections.map((x) => x.title).join(' | ')}`);
  return s;
};

describe('roadmapTemplates', () => {
  it('have unique ids, labels and descriptions', () => {
    assert.equal(new Set(roadmapTemplates.map((t) => t.id)).size, roadmapTemplates.length);
    assert.ok(roadmapTemplates.length >= 6);
    for (const t of roadmapTemplates) assert.ok(t.label.length > 0 && t.description.length > 0);
  });

  for (const t of roadmapTemplates) {
    it(`${t.id}: titled, tasks all open, same structure with CRLF line ends`, () => {
      const text = t.render(opts);
      const doc = parseRoadmap(text);
      assert.equal(doc.title, 'Acme Roadmap');
      assert.ok(doc.tasks.length > 0);
      assert.equal(doc.progress.done, 0);
      assert.ok(text.endsWith('\n') && !text.includes('\r'));
      const crlf = t.render({ ...opts, eol: '\r\n' });
      assert.equal(crlf, text.replace(/\n/g, '\r\n'));
      const crlfDoc = parseRoadmap(crlf);
      assert.equal(crlfDoc.eol, '\r\n');
      assert.deepEqual(
        crlfDoc.sections.map((s) => [s.title, s.kind, s.id, s.line, s.period]),
        doc.sections.map((s) => [s.title, s.kind, s.id, s.line, s.period]),
      );
    });
  }

  it('phased-checklist: four phases, each given a quarter from today on by the timeline list', () => {
    const doc = parseRoadmap(template('phased-checklist'));
    const phases = ofKind(doc, 'phase');
    assert.deepEqual(phases.map((p) => p.id), ['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4']);
    assert.deepEqual(
      phases.map((p) => (p.period?.unit === 'date' ? [p.period.start, p.period.end] : null)),
      [
        ['2026-10-01', '2026-12-31'],
        ['2027-01-01', '2027-03-31'],
        ['2027-04-01', '2027-06-30'],
        ['2027-07-01', '2027-09-30'],
      ],
    );
    assert.ok(phases.every((p) => p.progress.total === 3 && p.progress.done === 0));
  });

  it('milestones: M1–M3 planned from the table, each depending on the one before, criteria as tasks', () => {
    const doc = parseRoadmap(template('milestones'));
    const milestones = ofKind(doc, 'milestone');
    assert.deepEqual(milestones.map((m) => m.id), ['M1', 'M2', 'M3']);
    assert.deepEqual(milestones.map((m) => m.status), ['planned', 'planned', 'planned']);
    assert.deepEqual(milestones.map((m) => m.dependencies), [[], ['M1'], ['M2']]);
    assert.ok(milestones.every((m) => m.progress.total === 3));
  });

  it('weekly-phases: four phases in weeks, with duration and priority', () => {
    const doc = parseRoadmap(template('weekly-phases'));
    const phases = ofKind(doc, 'phase');
    assert.deepEqual(phases.map((p) => p.id), ['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4']);
    assert.deepEqual(
      phases.map((p) => (p.period?.unit === 'week' ? [p.period.start, p.period.end] : null)),
      [
        [1, 2],
        [3, 6],
        [7, 9],
        [10, 11],
      ],
    );
    assert.deepEqual(phases.map((p) => p.priority), ['High', 'High', 'Medium', 'Medium']);
    assert.deepEqual(phases.map((p) => p.durationWeeks), [2, 4, 3, 2]);
    assert.ok(phases.every((p) => p.level === 3));
  });

  it('quarterly: four quarters from the current one, streams anchored inside them', () => {
    const doc = parseRoadmap(template('quarterly'));
    const quarters = ofKind(doc, 'quarter');
    assert.deepEqual(quarters.map((q) => q.id), ['Q4 2026', 'Q1 2027', 'Q2 2027', 'Q3 2027']);
    const q1 = quarters[1];
    assert.deepEqual(q1.period && q1.period.unit === 'date' ? [q1.period.start, q1.period.end] : null, ['2027-01-01', '2027-03-31']);
    const stream = doc.sections[q1.children[0]];
    assert.equal(stream.period?.unit, 'date', 'a stream in weeks is anchored to its quarter');
    assert.equal(stream.period?.start, '2027-01-01');
    for (const q of quarters) {
      for (const child of q.children.map((i) => doc.sections[i])) {
        assert.ok(child.period?.unit === 'date' && q.period?.unit === 'date', child.title);
        assert.ok(child.period.start >= q.period.start && child.period.end <= q.period.end, `${child.title} lies inside ${q.title}`);
      }
    }
    assert.equal(doc.progress.total, 24);
  });

  it('sectioned-plan: seven numbered sections and four phases under "4. Phases"', () => {
    const doc = parseRoadmap(template('sectioned-plan'));
    const h1 = doc.sections.find((s) => s.level === 1);
    const h2 = doc.sections.filter((s) => s.level === 2);
    assert.equal(h2.length, 7);
    assert.ok(h2.every((s, i) => s.title.startsWith(`${i + 1}. `)));
    assert.ok(h1 && h2.every((s) => s.parent === h1.index));
    const phases = byTitle(doc, '4. Phases').children.map((i) => doc.sections[i]);
    assert.deepEqual(phases.map((p) => [p.kind, p.id]), [1, 2, 3, 4].map((n) => ['phase', `Phase ${n}`]));
  });

  it('now-next-later: three horizons with open tasks and no periods', () => {
    const doc = parseRoadmap(template('now-next-later'));
    assert.deepEqual(doc.sections.filter((s) => s.level === 2).map((s) => s.title), ['Now', 'Next', 'Later']);
    assert.ok(doc.sections.every((s) => s.period === null));
    assert.equal(byTitle(doc, 'Now').progress.total, 2);
  });

  it('rejects a today that is not an ISO day', () => {
    assert.throws(() => roadmapTemplates[0].render({ title: 'x', today: '25/11/2026' }), /ISO day/);
  });
});

describe('nextBlock', () => {
  it('numbers after the seeds\' last phase, milestone and quarter, at their heading level', () => {
    assert.deepEqual(pick(nextBlock(parseRoadmap(seed('001')), 'phase', TODAY)), ['Phase 6', 2]);
    assert.deepEqual(pick(nextBlock(parseRoadmap(seed('002')), 'milestone', TODAY)), ['M4', 2]);
    assert.deepEqual(pick(nextBlock(parseRoadmap(seed('003')), 'phase', TODAY)), ['Phase 7', 3]);
    assert.deepEqual(pick(nextBlock(parseRoadmap(seed('004')), 'quarter', TODAY)), ['Q2 2025', 2]);
  });

  it('rolls a quarter over the year end', () => {
    const doc = parseRoadmap('# R\n### Q3 2025: a\n### Q4 2025: b\n');
    assert.deepEqual(pick(nextBlock(doc, 'quarter', TODAY)), ['Q1 2026', 3]);
  });

  it('starts at Phase 1, M1 and the quarter of today in a document without any', () => {
    const doc = parseRoadmap('# Empty\n\nNothing yet.\n');
    assert.deepEqual(pick(nextBlock(doc, 'phase', TODAY)), ['Phase 1', 2]);
    assert.deepEqual(pick(nextBlock(doc, 'milestone', TODAY)), ['M1', 2]);
    assert.deepEqual(pick(nextBlock(doc, 'quarter', '2025-02-03')), ['Q1 2025', 2]);
    assert.match(nextBlock(doc, 'phase', TODAY).heading, /^Phase 1: /);
  });

  function pick(b: { id: string; level: number }): [string, number] {
    return [b.id, b.level];
  }
});

describe('insertionLine and insertBlockEdit', () => {
  it('points after the last block of that kind, else at the end', () => {
    const doc = parseRoadmap(seed('001'));
    const phases = ofKind(doc, 'phase');
    assert.equal(insertionLine(doc, 'phase'), phases[phases.length - 1].endLine);
    assert.equal(insertionLine(doc, 'quarter'), doc.lineCount);
  });

  for (const eol of ['\n', '\r\n'] as const) {
    it(`a new phase snippet lands after Phase 5 and parses as Phase 6 (${JSON.stringify(eol)})`, () => {
      const text = seed('001').replace(/\r?\n/g, eol);
      const doc = parseRoadmap(text);
      const snippet = blockSnippet('phase', doc, TODAY);
      const out = applyEdits(text, [insertBlockEdit(text, doc, 'phase', snippet.text)]);
      const after = parseRoadmap(out);
      const phases = ofKind(after, 'phase');
      assert.deepEqual(phases.map((p) => p.id), ['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4', 'Phase 5', 'Phase 6']);
      const next = after.sections[phases[5].index + 1];
      assert.equal(next.title, 'Current Status');
      assert.equal(phases[5].progress.total, 2);
      assert.ok(!out.replace(/\r\n/g, '').includes('\n') || eol === '\n', 'line ends kept');
      assert.ok(out.includes(`${eol}${eol}## Phase 6: `) && out.includes(`${eol}${eol}## Current Status`), 'blank lines around the block');
    });
  }

  it('appends at the end of a file without a trailing newline', () => {
    const text = '# R\n## Q1 2025: start\n- [ ] a';
    const doc = parseRoadmap(text);
    const out = applyEdits(text, [insertBlockEdit(text, doc, 'quarter', blockSnippet('quarter', doc, TODAY).text)]);
    assert.ok(out.startsWith(`${text}\n\n## Q2 2025: `));
    assert.deepEqual(ofKind(parseRoadmap(out), 'quarter').map((q) => q.id), ['Q1 2025', 'Q2 2025']);
  });
});

describe('blockSnippet', () => {
  const kinds: SnippetKind[] = ['phase', 'milestone', 'quarter', 'task', 'criteria', 'status', 'milestoneRow'];

  /** An independent reading of VS Code snippet syntax: defaults for placeholders, first option for choices. */
  function expandSnippet(body: string): string {
    return body
      .replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, (_m, d: string) => d)
      .replace(/\$\{\d+\|((?:\\.|[^\\,|])*)(?:,(?:\\.|[^\\|])*)?\|\}/g, (_m, d: string) => d)
      .replace(/\\([\\$},|])/g, '$1');
  }

  for (const kind of kinds) {
    it(`${kind}: the snippet body expands to the plain text and has tab stops`, () => {
      const s = blockSnippet(kind, parseRoadmap(seed('002')), TODAY);
      assert.ok(s.label && s.description);
      assert.match(s.body, /\$\{1[:|]/);
      assert.equal(expandSnippet(s.body), s.text);
      assert.ok(!/(^|[^\\])\$(?!\{\d)/.test(s.body), 'every literal $ is escaped');
    });
  }

  it('numbers a milestone and its table row after the last one, depending on it', () => {
    const doc = parseRoadmap(seed('002'));
    const milestone = blockSnippet('milestone', doc, TODAY);
    assert.match(milestone.text, /^## M4: /);
    assert.match(milestone.text, /\*\*Dependencies:\*\* M3$/m);
    assert.match(blockSnippet('milestoneRow', doc, TODAY).text, /^\| M4 \| .* \| Planned \|$/);
  });

  it('parses: a milestone block appended to a milestone roadmap is the next milestone', () => {
    const text = seed('002');
    const doc = parseRoadmap(text);
    const out = applyEdits(text, [insertBlockEdit(text, doc, 'milestone', blockSnippet('milestone', doc, TODAY).text)]);
    const m4 = ofKind(parseRoadmap(out), 'milestone').find((m) => m.id === 'M4');
    assert.ok(m4);
    assert.deepEqual(m4.dependencies, ['M3']);
    assert.equal(m4.progress.total, 2);
  });

  it('works without a document', () => {
    assert.match(blockSnippet('phase', undefined, TODAY).text, /^## Phase 1: /);
    assert.match(blockSnippet('quarter', undefined, TODAY).text, /^## Q4 2026: /);
  });
});

describe('blocks that continue the document\'s own pattern', () => {
  it('Insert Phase on seed 003: Phase 7 in Weeks 13-15 with Phase 6\'s labelled lines, emptied', () => {
    const text = seed('003');
    const doc = parseRoadmap(text);
    const snippet = blockSnippet('phase', doc, TODAY, text);
    const lines = snippet.text.split('\n');
    assert.equal(lines[0], '### Phase 7: Name (Weeks 13-15)');
    for (const label of ['**Objective**:', '**Key Deliverables**:', '**Success Criteria**:', '**Estimated Duration**:', '**Priority**:']) {
      assert.ok(lines.some((l) => l.startsWith(label)), `${label} in\n${snippet.text}`);
    }
    assert.ok(!snippet.text.includes('Docker') && !snippet.text.includes('3 weeks'), 'values are emptied');
    const out = applyEdits(text, [insertBlockEdit(text, doc, 'phase', snippet.text)]);
    const reread = parseRoadmap(out);
    const phase7 = reread.sections.find((s) => s.id === 'Phase 7');
    assert.ok(phase7, 'the new phase reads back as Phase 7');
    assert.deepEqual(phase7.period, { unit: 'week', start: 13, end: 15, source: 'heading' });
    assert.equal(phase7.level, 3);
    assert.equal(reread.sections[phase7.index + 1]?.title, 'Timeline Overview', 'inserted after the last phase');
  });

  it('continues quarters into the next year and numbers after ids in tables and checklists', () => {
    const quarterly = '# Plan\n\n## Phase 1: Build (Q4 2024)\n**Goal**: x\n';
    assert.equal(blockSnippet('phase', parseRoadmap(quarterly), TODAY, quarterly).text.split('\n')[0], '## Phase 2: Name (Q1 2025)');
    const text = seed('002');
    assert.match(blockSnippet('milestone', parseRoadmap(text), TODAY, text).text, /^## M4: Name\n/);
    const more = `${text}\n- [ ] M7: ship the beta\n`;
    assert.match(blockSnippet('milestone', parseRoadmap(more), TODAY, more).text, /^## M8: /);
  });

  it('adds a row to a milestone table with the table\'s own columns', () => {
    const threeColumns = '# Plan\n\n| Milestone | Title | Status |\n|---|---|---|\n| M1 | Alpha | Done |\n| M2 | Beta | Planned |\n\n## M1: Alpha\n## M2: Beta\n';
    const doc = parseRoadmap(threeColumns);
    assert.equal(blockSnippet('milestoneRow', doc, TODAY, threeColumns).text, '| M3 | Title | Planned |');
    const edit = milestoneTableRowEdit(threeColumns, doc, TODAY);
    assert.ok(edit);
    const out = applyEdits(threeColumns, [edit]);
    assert.match(out, /\| M2 \| Beta \| Planned \|\n\| M3 \| {2}\| Planned \|\n\n## M1/);
    assert.equal(milestoneTableRowEdit('# P\n## M1: a\n', parseRoadmap('# P\n## M1: a\n'), TODAY), null);
  });
});
