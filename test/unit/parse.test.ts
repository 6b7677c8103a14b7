import assert from 'node:assert/strict';
import { parseRoadmap } from '../../src/core/parse/parse';
import { assertBoxes } from './helpers/assertions';
import { referenceTasks } from './helpers/reference';

/** Parse, check every box against the text and the task list against one whole remark + GFM parse. */
function parse(text: string) {
  const doc = parseRoadmap(text);
  assertBoxes(text, doc, 'doc');
  assert.deepEqual(doc.tasks.map((t) => ({ line: t.line, checked: t.checked })), referenceTasks(text));
  return doc;
}

describe('parseRoadmap', () => {
  it('empty text gives an empty model', () => {
    const doc = parse('');
    assert.deepEqual(doc, { title: '', sections: [], roots: [], tasks: [], progress: { done: 0, total: 0 }, lineCount: 0, eol: '\n' });
  });

  it('counts lines the way editors do: a trailing newline starts no line', () => {
    assert.equal(parse('a').lineCount, 1);
    assert.equal(parse('a\n').lineCount, 1);
    assert.equal(parse('a\n\n').lineCount, 2);
    assert.equal(parse('a\r\nb').eol, '\r\n');
  });

  it('reads a task before any heading, with no section', () => {
    const doc = parse('- [x] first\n\n# Title\n- [ ] second');
    assert.equal(doc.tasks[0].section, null);
    assert.equal(doc.tasks[1].section, 0);
    assert.equal(doc.title, 'Title');
  });

  it('takes the title from front matter when there is no H1, and never makes the front matter a section', () => {
    const text = '---\ntitle: "Big Plan"\nowner: me\n---\n## Phase 1\n- [ ] a\n';
    const doc = parse(text);
    assert.equal(doc.title, 'Big Plan');
    assert.deepEqual(doc.sections.map((s) => [s.title, s.line]), [['Phase 1', 5]]);
    assert.equal(doc.tasks[0].line, 6);
    assert.equal(doc.tasks[0].offset, text.indexOf('[ ]') + 1);
  });

  it('finds no task or heading in HTML blocks, fences or indented code', () => {
    const text = [
      '# Real',
      '<div>',
      '- [ ] html task',
      '# html heading',
      '</div>',
      '',
      '<!--',
      '# commented',
      '- [ ] commented',
      '-->',
      '```',
      '- [ ] fenced',
      '# fenced',
      '```',
      '~~~~',
      '- [ ] tilde',
      '~~~',
      '# still fenced',
      '~~~~~',
      '',
      '    - [ ] indented code',
      '',
      '- [x] real task',
      '# Second',
      '```',
      '- [ ] unclosed fence',
      '# unclosed',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Real', 'Second']);
    assert.deepEqual(doc.tasks.map((t) => t.text), ['real task']);
  });

  it('does not take [~], [-], [DONE] or a missing space for tasks, and reads [X] as done', () => {
    const doc = parse('- [~] a\n- [-] b\n- [DONE] c\n- [x]d\n- [X] e\n- [ ] f\n');
    assert.deepEqual(doc.tasks.map((t) => [t.text, t.checked]), [['e', true], ['f', false]]);
  });

  it('reads tasks in every list form: *, +, 1., 1), blockquotes, tabs and CRLF', () => {
    const text = '# T\r\n* [ ] star\r\n+ [x] plus\r\n1. [ ] dot\r\n2) [x] paren\r\n> - [ ] quoted\r\n>\r\n> > 1. [x] deeper\r\n-\t[ ] tab\r\n';
    const doc = parse(text);
    assert.deepEqual(doc.tasks.map((t) => t.text), ['star', 'plus', 'dot', 'paren', 'quoted', 'deeper', 'tab']);
    assert.equal(doc.eol, '\r\n');
    assert.equal(doc.tasks[5].line, 8);
  });

  it('nests tasks 50 levels deep with depth, parent, children and rolled-up progress', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- [${i % 2 ? 'x' : ' '}] level ${i}`);
    const doc = parse('# Deep\n' + lines.join('\n') + '\n');
    assert.equal(doc.tasks.length, 50);
    doc.tasks.forEach((t, i) => {
      assert.equal(t.depth, i);
      assert.equal(t.parent, i === 0 ? null : i - 1);
      assert.deepEqual(t.children, i === 49 ? [] : [i + 1]);
      assert.equal(t.endLine, 51);
    });
    assert.deepEqual(doc.tasks[0].progress, { done: 25, total: 50 });
    assert.deepEqual(doc.sections[0].progress, { done: 25, total: 50 });
  });

  it('links a task to the nearest task above it even through plain list items', () => {
    const doc = parse('- [ ] top\n  - plain\n    - [x] inner\n');
    assert.equal(doc.tasks[1].parent, 0);
    assert.equal(doc.tasks[1].depth, 1);
    assert.deepEqual(doc.tasks[0].progress, { done: 1, total: 2 });
  });

  it('strips inline markdown from task and section text and keeps the raw line', () => {
    const doc = parse('## **Phase 1**: `Core` <b>API</b> [docs](http://x)\n- [ ] Write **bold** `code` ~~old~~ [link][ref]\n\n[ref]: http://example.com\n');
    assert.equal(doc.sections[0].title, 'Phase 1: Core API docs');
    assert.equal(doc.sections[0].rawTitle, '**Phase 1**: `Core` <b>API</b> [docs](http://x)');
    assert.equal(doc.tasks[0].text, 'Write bold code old link');
    assert.equal(doc.tasks[0].raw, 'Write **bold** `code` ~~old~~ [link][ref]');
  });

  it('resolves link references defined in another section like a whole parse does', () => {
    const doc = parse('# A\n- [ ] see [Spec]\n# B\n[spec]: http://example.com\n');
    assert.equal(doc.tasks[0].text, 'see Spec');
    const undefinedRef = parse('# A\n- [ ] see [Spec]\n# B\n');
    assert.equal(undefinedRef.tasks[0].text, 'see [Spec]');
  });

  it('reads setext headings and headings inside list items as a whole parse does', () => {
    const doc = parse('Title\n=====\n\nPhase 1\n-------\n- [ ] a\n  # not a section\n- [ ] b\n');
    assert.deepEqual(doc.sections.map((s) => [s.title, s.level, s.line]), [['Title', 1, 1], ['Phase 1', 2, 4]]);
    assert.equal(doc.tasks.length, 2);
    assert.equal(doc.tasks[1].section, 1);
  });

  it('handles a BOM, no trailing newline and NUL bytes without throwing', () => {
    const text = '\uFEFF# Plan\n- [x] done\n- [ ] open\u0000 part';
    const doc = parse(text);
    assert.equal(doc.title, 'Plan');
    assert.equal(doc.tasks.length, 2);
    assert.equal(doc.lineCount, 3);
    assert.doesNotThrow(() => parseRoadmap('\u0000\u0001\u0002'.repeat(1000)));
  });

  it('builds the section tree with end lines and roll-ups', () => {
    const doc = parse('# R\n## A\n- [x] a\n### A1\n- [ ] a1\n## B\ntext\n');
    assert.deepEqual(doc.sections.map((s) => [s.title, s.parent, s.endLine]), [['R', null, 7], ['A', 0, 5], ['A1', 1, 5], ['B', 0, 7]]);
    assert.deepEqual(doc.sections[1].progress, { done: 1, total: 2 });
    assert.equal(doc.sections[1].status, 'in-progress');
    assert.equal(doc.sections[2].status, 'planned');
    assert.equal(doc.sections[3].status, null);
    assert.deepEqual(doc.roots, [0]);
  });

  it('reads status, period, dependencies and priority from lines in the section', () => {
    const doc = parse('## Phase 2: Build\n\n**Status:** Blocked\nTimeline: Q3 2025\nDepends on Phase 1\nPriority: Low\n- [x] a\n');
    const s = doc.sections[0];
    assert.equal(s.status, 'blocked');
    assert.equal(s.statusSource, 'line');
    assert.deepEqual(s.period, { unit: 'date', start: '2025-07-01', end: '2025-09-30', precision: 'quarter', source: 'line' });
    assert.deepEqual(s.dependencies, ['Phase 1']);
    assert.equal(s.priority, 'Low');
  });

  it('reads a status table whose first column names the section by title', () => {
    const doc = parse('# R\n| Phase | Estado |\n|---|---|\n| Discovery | Done |\n\n## Discovery\n- [ ] a\n');
    assert.equal(doc.sections[1].status, 'done');
    assert.equal(doc.sections[1].statusSource, 'table');
  });

  it('finds a period in a Timeline code block by the section title', () => {
    const doc = parse('## Phase 1: Setup Work\n- [ ] a\n## Timeline\n```\nWeek 2-4:  Setup Work\n```\n');
    assert.deepEqual(doc.sections[0].period, { unit: 'week', start: 2, end: 4, source: 'timeline' });
  });

  it('places weeks of a month on that month: rows under a month heading, lines under a month in a Timeline block', () => {
    const doc = parse('# Plan\n\n## Tháng 3/2026\n\n### Tuần 1\n\n### Tuần 4\n');
    const periods = doc.sections.map((s) => (s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null));
    assert.deepEqual(periods, [null, '2026-03-01..2026-03-31', '2026-03-01..2026-03-07', '2026-03-22..2026-03-31']);
    assert.deepEqual(doc.sections[3].weeks, { start: 4, end: 4 });
    const timeline = parse('# Plan\n\n## Timeline\n\n```\nNoviembre 2025\n├── Semana 1-2: Fase 2\n└── Semana 3-4: Fase 3\n```\n\n## Fase 2\n\n## Fase 3\n');
    const fases = timeline.sections.filter((s) => s.id !== null).map((s) => (s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null));
    assert.deepEqual(fases, ['2025-11-01..2025-11-14', '2025-11-15..2025-11-30']);
  });

  it('reads relative weeks and days from a plan table\'s row when it gives no date', () => {
    const doc = parse('# Plan\n\n| Milestone | ETA | Status |\n|---|---|---|\n| M1 | Week 5 | Done |\n| Sprint 1 Complete | Gün 7 | ⏳ |\n');
    const items = doc.items ?? [];
    assert.deepEqual(items.map((i) => i.period), [{ unit: 'week', start: 5, end: 5, source: 'line' }, null]);
    assert.deepEqual(items.map((i) => i.days), [null, { start: 7, end: 7 }]);
  });

  it('takes no period from the deadline of an entry listed in the section', () => {
    const doc = parse('# Plan\n\n## Этап 1\n\n- **Концепция**\n  - Статус: ✅ Завершено\n  - Срок: 13–20.05.2025\n\n## Этап 2\n\n- Срок: 14.04–14.05.2026\n');
    assert.equal(doc.sections[1].period, null);
    assert.deepEqual(doc.sections[2].period, { unit: 'date', start: '2026-04-14', end: '2026-05-14', precision: 'day', source: 'line' });
  });

  it('places an item with only a length after the dated item before it, and says the period is estimated', () => {
    const doc = parse(
      '# Plan\n\n## Phase 1: Setup (2026-03-02 → 2026-03-13)\n\n## Phase 2: Build\n\n**Duration:** 3 weeks\n\n## Phase 3: Ship (2 semanas)\n\n## Phase 4: Docs\n\n**Duration:** 1 week\n**Depends on:** Phase 2\n',
    );
    const [, p1, p2, p3, p4] = doc.sections;
    assert.equal(p1.provenance.period?.basis, 'stated');
    assert.deepEqual(p2.period, { unit: 'date', start: '2026-03-14', end: '2026-04-03', precision: 'day', source: 'duration' });
    assert.deepEqual(p2.provenance.period, { basis: 'estimated', line: 7, endLine: 7, start: p2.provenance.period?.start, end: p2.provenance.period?.end, text: 'Duration: 3 weeks' });
    assert.deepEqual(p3.period, { unit: 'date', start: '2026-04-04', end: '2026-04-17', precision: 'day', source: 'duration' });
    assert.equal(p3.provenance.period?.basis, 'estimated');
    assert.equal(p3.provenance.period?.line, 9);
    assert.deepEqual([p4.period?.unit === 'date' && p4.period.start, p4.provenance.period?.basis], ['2026-04-18', 'estimated']);
    // Nothing dated before it: no placement to estimate from.
    const alone = parse('# Plan\n\n## Phase 1\n\n**Duration:** 3 weeks\n');
    assert.deepEqual([alone.sections[1].period, alone.sections[1].provenance.period, alone.sections[1].durationWeeks], [null, null, 3]);
  });

  it('reads the start an estimate line gives with its length, with or without a target date', () => {
    const doc = parse('# Plan\n\n## Phase 1\n\n**Target Date:** 2026-04-10\n**Duration:** 10 days (from 2026-03-31)\n\n## Phase 2\n\nDuration: 2 weeks (starts 2026-05-04)\n');
    const [, p1, p2] = doc.sections;
    assert.deepEqual(p1.period, { unit: 'date', start: '2026-03-31', end: '2026-04-10', precision: 'day', source: 'line' });
    assert.deepEqual([p1.provenance.period?.line, p1.provenance.period?.endLine, p1.provenance.period?.basis], [5, 6, 'stated']);
    assert.deepEqual(p2.period, { unit: 'date', start: '2026-05-04', end: '2026-05-17', precision: 'day', source: 'line' });
    assert.equal(p2.provenance.period?.basis, 'stated');
  });

  it('counts relative weeks from the day the document says week 1 starts, and never from an as-of date', () => {
    const doc = parse('# Plan\n\n**Last updated:** 2026-01-15\n\nWeek 1 = 2026-03-02\n\n## Phase 1 (Weeks 1-2)\n\n## Phase 2 (Week 3)\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => (s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null)), ['2026-03-02..2026-03-15', '2026-03-16..2026-03-22']);
    assert.deepEqual(doc.sections[2].weeks, { start: 3, end: 3 });
    const undated = parse('# Plan\n\n**Last updated:** 2026-01-15\n\n## Phase 1 (Weeks 1-2)\n');
    assert.deepEqual(undated.sections[1].period, { unit: 'week', start: 1, end: 2, source: 'heading' });
  });

  it('reads horizons ("0-3 months", then "3-6 months") as no length, and a lone range as its longer end', () => {
    const doc = parse('# Plan\n\n## Phase 1 (0-3 Ay)\n\n## Phase 2 (3-6 Ay)\n\n## Phase 3 (2-3 weeks)\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => s.durationDays), [null, null, 21]);
  });

  it('reads no duration of less than a day: half a day is effort, not a span', () => {
    const doc = parse('# Plan\n\n## Task 3.1: Install\n\n**Effort:** 0.5 days\n\n## Task 3.2: Store\n\n**Effort:** 1 day\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => s.durationDays), [null, 1]);
  });

  it('survives a long flat list and a long unbroken line', () => {
    assert.equal(parseRoadmap('# Big\n' + '- [ ] item\n'.repeat(3000)).tasks.length, 3000);
    assert.equal(parseRoadmap('# Line\n' + 'word '.repeat(100_000)).sections.length, 1);
  });
});
