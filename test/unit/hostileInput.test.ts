// Reproducers from the reliability audit (issue 8): each one failed before its fix.
import assert from 'node:assert/strict';
import { applyEdits, editsForLines, setSectionTasks, toggleTasks } from '../../src/core/edit/edits';
import { insertBlockEdit } from '../../src/core/edit/templates';
import { weekAnchorWithin } from '../../src/core/language/periods';
import type { RoadmapDocument } from '../../src/core/model';
import { parseRoadmap } from '../../src/core/parse/parse';
import { scanDocument, scanInSteps } from '../../src/core/parse/split';
import { decorationPlan } from '../../src/core/present/decorationPlan';
import { assertBoxes, assertReferenceBoxes } from './helpers/assertions';

describe('hostile input: periods', () => {
  it('weeks that fit no reading of a dated parent stay relative ("Weeks 30-32" under "Q1 2024" is not July)', () => {
    const doc = parseRoadmap('# Q1 2024\n\n## Beta (Weeks 30-32)\n\n## Alpha (Weeks 1-3)\n');
    const beta = doc.sections[1];
    assert.deepEqual(beta.period && { unit: beta.period.unit, start: beta.period.start, end: beta.period.end }, { unit: 'week', start: 30, end: 32 });
    const alpha = doc.sections[2].period;
    assert.deepEqual(alpha && alpha.unit === 'date' && [alpha.start, alpha.end], ['2024-01-01', '2024-01-21']);
  });

  it('year weeks under a later quarter count from January 1st (seed 004)', () => {
    const doc = parseRoadmap('# Q2 2024\n\n## UI (Weeks 14-19)\n');
    const p = doc.sections[1].period;
    assert.deepEqual(p && p.unit === 'date' && [p.start, p.end], ['2024-04-01', '2024-05-12']);
  });
});

describe('hostile input: periods (weekAnchorWithin, the rule the model uses)', () => {
  it('a year reading that overlaps the quarter wins over one that starts past it (Weeks 40-45 under Q4 2024)', () => {
    assert.equal(weekAnchorWithin({ unit: 'date', start: '2024-10-01', end: '2024-12-31', precision: 'quarter', source: 'heading' }, { unit: 'week', start: 40, end: 45, source: 'heading' }), '2024-01-01');
    const doc = parseRoadmap('# Q4 2024\n\n## Tune (Weeks 40-45)\n');
    const p = doc.sections[1].period;
    assert.deepEqual(p && p.unit === 'date' && [p.start, p.end], ['2024-09-30', '2024-11-10']);
  });
});

/** Parse, and hold the model to one whole GFM reading: every box at GFM's own offset, line and state. */
function parseChecked(text: string): RoadmapDocument {
  const doc = parseRoadmap(text);
  assertReferenceBoxes(text, doc, JSON.stringify(text));
  assertBoxes(text, doc, JSON.stringify(text));
  return doc;
}

/** Toggles every task on its own and checks that exactly its box changed and the result parses the same way. */
function assertTogglesOnlyBoxes(text: string): void {
  const doc = parseChecked(text);
  for (const task of doc.tasks) {
    const edits = toggleTasks(doc, [task.index], 'toggle');
    assert.equal(edits.length, 1);
    assert.deepEqual({ offset: edits[0].offset, length: edits[0].length }, { offset: task.offset, length: task.boxLength });
    const after = applyEdits(text, edits);
    assert.equal(after.slice(0, task.offset), text.slice(0, task.offset));
    assert.equal(after.slice(task.offset + 1), text.slice(task.offset + task.boxLength));
    const again = parseChecked(after);
    assert.equal(again.tasks.filter((t) => t.offset === task.offset && t.checked === !task.checked).length, 1, `toggled ${task.index} in ${JSON.stringify(text)}`);
  }
}

describe('hostile input: the right task and the right byte', () => {
  it('a box that ends its line stays on its own line (`- [ ]\\n  second`)', () => {
    const text = '- [ ] first\n- [ ]\n  second\n';
    const doc = parseChecked(text);
    assert.deepEqual(doc.tasks.map((t) => [t.line, t.text]), [[1, 'first'], [2, 'second']]);
    // `toggle --line 2` and a click on "second" tick the second box, nothing else.
    const { edits } = editsForLines(text, doc, [2]);
    assert.deepEqual(edits, [{ offset: 15, length: 1, text: 'x' }]);
    assert.equal(applyEdits(text, edits), '- [ ] first\n- [x]\n  second\n');
    assert.deepEqual(editsForLines(text, doc, [1]).edits, [{ offset: 3, length: 1, text: 'x' }]);
  });

  for (const text of ['- [\t] x', '- [\r\n] b', '- [\n] b', '- [x]: /u\n[x] t', '- [ ]\n/', '\r- [ ]\ttab', '* [X]\r\r\n  - [\t]\r  sub\n']) {
    it(`the box is the character GFM read, and a toggle changes only it: ${JSON.stringify(text)}`, () => {
      assertTogglesOnlyBoxes(text);
    });
  }

  it('`- [\\t] x` ticks the tab, never the list marker', () => {
    const doc = parseChecked('- [\t] x');
    assert.deepEqual(toggleTasks(doc, [0], 'toggle'), [{ offset: 3, length: 1, text: 'x' }]);
  });

  it('`- [x]: /u\\n[x] t`: the box GFM reads is on line 2, not the definition label', () => {
    const doc = parseChecked('- [x]: /u\n[x] t');
    assert.deepEqual(doc.tasks.map((t) => [t.line, t.offset, t.checked]), [[2, 11, true]]);
  });

  it('footnote definitions that hold task lists are tasks (`[^1]: - [ ] fn task`)', () => {
    const doc = parseChecked('# Notes\n\nSee[^1].\n\n[^1]: - [ ] fn task\n    - [x] done\n');
    assert.deepEqual(doc.tasks.map((t) => [t.text, t.checked, t.section]), [['fn task', false, 0], ['done', true, 0]]);
    assertTogglesOnlyBoxes('[^1]: - [ ] fn task');
  });

  it('a footnote definition in one section adds no task to the others', () => {
    const doc = parseChecked('# A\n\n- [ ] a\n\n# B\n\n[^n]: - [ ] in B\n\n# C\n\n- [ ] c\n');
    assert.deepEqual(doc.tasks.map((t) => [t.text, t.section]), [['a', 0], ['in B', 1], ['c', 2]]);
  });
});

describe('hostile input: line endings', () => {
  it('a `\\r\\r\\n` file: tasks, toggles by line and decorations agree with the editor\'s lines', () => {
    const text = '# R\r\r\n- [ ] a\r\r\n- [x] b\r\r\n';
    const doc = parseChecked(text);
    assert.equal(doc.lineCount, 6);
    assert.deepEqual(doc.tasks.map((t) => t.line), [3, 5]);
    const { edits } = editsForLines(text, doc, [3]);
    assert.deepEqual(edits, [{ offset: doc.tasks[0].offset, length: 1, text: 'x' }]);
    const plan = decorationPlan(text, doc);
    assert.deepEqual(plan.doneTasks, [{ taskIndex: 1, line: 4, startColumn: 6, endColumn: 7 }]);
  });

  it('Mark Section Done with completion dates on a CR-only file stamps each task\'s own line', () => {
    const text = '# R\r- [ ] a\r- [ ] b\r- [ ] c\r';
    const doc = parseChecked(text);
    const edits = setSectionTasks(doc, 0, true, { text, completionDate: '2026-11-30' });
    assert.equal(applyEdits(text, edits), '# R\r- [x] a ✅ 2026-11-30\r- [x] b ✅ 2026-11-30\r- [x] c ✅ 2026-11-30\r');
    const reopened = applyEdits(text, edits);
    assert.equal(applyEdits(reopened, setSectionTasks(parseChecked(reopened), 0, false, { text: reopened, completionDate: '2026-11-30' })), text);
  });

  it('a block inserted into a CR-only file goes after the right line, with CR line ends', () => {
    const text = '# R\r\r## Phase 1: A\r\r- [ ] a\r\r## Notes\r\rend\r';
    const doc = parseChecked(text);
    assert.equal(doc.eol, '\r');
    const edit = insertBlockEdit(text, doc, 'phase', '## Phase 2: B\n\n- [ ] b');
    const after = applyEdits(text, [edit]);
    assert.equal(after, '# R\r\r## Phase 1: A\r\r- [ ] a\r\r## Phase 2: B\r\r- [ ] b\r\r## Notes\r\rend\r');
  });

  it('CR-only files do not glue link definitions onto the last paragraph', () => {
    const text = '# A\r\r[b]: /u\r\r# B\r\r- [ ] [Beta][b]\r- [ ] two\r';
    const doc = parseChecked(text);
    assert.deepEqual(doc.tasks.map((t) => t.text), ['Beta', 'two']);
  });
});

describe('hostile input: what the document starts with', () => {
  it('a roadmap that starts with a horizontal rule keeps its content up to the next rule', () => {
    const doc = parseChecked('---\n\n# Plan\n\n- [ ] kept\n\n---\n\n## Later\n');
    assert.deepEqual(doc.sections.map((s) => s.title), ['Plan', 'Later']);
    assert.equal(doc.tasks.length, 1);
  });

  it('YAML front matter (a key: value mapping) is still front matter', () => {
    const doc = parseChecked('---\ntitle: "My Plan"\ntags:\n  - a\n---\n- [ ] t\n');
    assert.equal(doc.title, 'My Plan');
    assert.equal(doc.sections.length, 0);
    assert.equal(doc.tasks.length, 1);
  });

  it('`\\uFEFF\\uFEFF#` is not a heading (micromark drops one mark, not two)', () => {
    const doc = parseChecked('\uFEFF\uFEFF# Not a heading\n- [ ] t\n');
    assert.equal(doc.sections.length, 0);
    assert.equal(doc.tasks[0].offset, 21);
    assert.equal(parseChecked('\uFEFF# A heading\n- [ ] t\n').sections.length, 1);
  });
});

describe('hostile input: depth', function () {
  this.timeout(60_000);
  it('`- ` × 3000 + `[ ] a` does not overflow the stack', () => {
    const text = '- '.repeat(3000) + '[ ] a';
    const doc = parseRoadmap(text);
    assert.ok(doc.tasks.length <= 1);
    assert.doesNotThrow(() => editsForLines(text, doc, [1]));
  });
});

describe('hostile input: interleaved scans', () => {
  it('two scans paused in turn do not move each other\'s cursor', () => {
    const doc = (n: number, tag: string): string => Array.from({ length: n }, (_, i) => (i % 500 === 0 ? `# ${tag} ${i}` : `- [ ] ${tag} ${i}`)).join('\n') + '\n';
    const a = doc(40_000, 'a');
    const b = doc(50_000, 'b');
    const runA = scanInSteps(a);
    const runB = scanInSteps(b);
    let doneA: ReturnType<typeof scanDocument> | undefined;
    let doneB: ReturnType<typeof scanDocument> | undefined;
    let pauses = 0;
    while (!doneA || !doneB) {
      if (!doneA) {
        const step = runA.next();
        if (step.done) doneA = step.value;
        else pauses++;
      }
      if (!doneB) {
        const step = runB.next();
        if (step.done) doneB = step.value;
        else pauses++;
      }
    }
    assert.ok(pauses >= 4, `the scans paused ${pauses} times`);
    assert.equal(doneA.chunks.length, 80);
    assert.equal(doneB.chunks.length, 100);
    assert.deepEqual(doneA, scanDocument(a));
    assert.deepEqual(doneB, scanDocument(b));
  });
});
