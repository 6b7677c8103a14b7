// Reproducers from the reliability audit (issue 8): each one failed before its fix.
import assert from 'node:assert/strict';
import { applyEdits, editsForLines, setSectionTasks, toggleTasks } from '../../src/core/edit/edits';
import { insertBlockEdit } from '../../src/core/edit/templates';
import { weekAnchorWithin } from '../../src/core/language/periods';
import type { PartialRange, RoadmapDocument } from '../../src/core/model';
import { parseRoadmap, RoadmapParser } from '../../src/core/parse/parse';
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
    // Headings at lines 500, 1000, …: every one but the first (line 0) starts a chunk.
    assert.equal(doneA.chunks.filter((c) => c.heading !== '').length, 79);
    assert.equal(doneB.chunks.filter((c) => c.heading !== '').length, 99);
    assert.deepEqual(doneA, scanDocument(a));
    assert.deepEqual(doneB, scanDocument(b));
  });
});

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Parses in 30 ms slices; returns the model and the CPU time of the whole parse. */
function parseTimed(text: string): { doc: RoadmapDocument; cpu: number } {
  const start = cpuMs();
  const run = new RoadmapParser().parseInSlices(text, 30);
  for (;;) {
    const step = run.next();
    if (step.done) return { doc: step.value, cpu: cpuMs() - start };
  }
}

const nested = (depth: number): string => Array.from({ length: depth }, (_, i) => '  '.repeat(i) + `- [${i % 2 ? 'x' : ' '}] t${i}`).join('\n') + '\n';

describe('hostile input: bounded time', function () {
  this.timeout(120_000);
  // Before: nesting 400 took 5.4 s, 1,500 minutes; `*` × 8000 11 s; `![` × 3000 28 s; `- ` × 3000 overflowed the stack.
  const cases: [string, () => string, PartialRange['cause'], number][] = [
    ['nesting 400', () => nested(400), 'nesting', 400],
    ['nesting 1500 (2.2 MB)', () => nested(1500), 'nesting', 1500],
    ['`- ` × 3000 + `[ ] a`', () => '- '.repeat(3000) + '[ ] a', 'nesting', 1],
    ['`- [ ] ` + `*` × 8000 + `a` + `*` × 8000', () => '- [ ] ' + '*'.repeat(8000) + 'a' + '*'.repeat(8000), 'delimiters', 1],
    ['`![` × 3000', () => '!['.repeat(3000), 'delimiters', 0],
  ];
  for (const [name, make, cause, tasks] of cases) {
    it(`${name}: read by the line scan in bounded time, and the model says partial`, () => {
      const text = make();
      const { doc, cpu } = parseTimed(text);
      assert.ok(cpu < 5000, `${cpu.toFixed(0)} ms of CPU`);
      assert.equal(doc.tasks.length, tasks);
      assert.equal(doc.partial?.ranges[0].cause, cause);
      assert.match(doc.partial.reason, /read by a line scan/);
      assertBoxes(text, doc, name);
    });
  }

  it('the line scan finds the boxes GFM finds where it takes over (nesting 100, a 1,200-marker run)', () => {
    for (const text of [nested(100), '# T\n\n- [ ] ' + '*'.repeat(600) + 'a' + '*'.repeat(600) + '\n- [x] b\n  - [ ] c\n']) {
      const doc = parseRoadmap(text);
      assert.ok(doc.partial, 'routed to the line scan');
      assertReferenceBoxes(text, doc, 'line scan');
    }
    assertTogglesOnlyBoxes('# T\n\n- [ ] ' + '*'.repeat(600) + 'a' + '*'.repeat(600) + '\n- [x] b\n  - [ ] c\n');
    const deep = parseRoadmap(nested(100));
    deep.tasks.forEach((t, i) => assert.deepEqual([t.depth, t.parent, t.endLine], [i, i === 0 ? null : i - 1, 100]));
  });

  it('nesting 50 deep is still read by remark + GFM, whole', () => {
    assert.equal(parseRoadmap(nested(50)).partial, undefined);
  });

  it('a long one-section list is cut into pieces that each parse alone, and the model is the whole parse\'s', () => {
    const items = Array.from({ length: 1500 }, (_, i) => `- [${i % 3 ? ' ' : 'x'}] task ${i} with **bold** words\n${i % 7 === 0 ? '  - [ ] child\n\n    more text\n' : ''}`);
    const text = '# Plan\n\n' + items.join('');
    const parser = new RoadmapParser();
    const doc = parser.parse(text);
    assert.equal(doc.partial, undefined);
    assert.ok(parser.stats.chunks > 10, `${parser.stats.chunks} chunks`);
    assertReferenceBoxes(text, doc, 'pieces');
    assert.ok(doc.tasks.every((t) => t.section === 0));
    const children = doc.tasks.filter((t) => t.text === 'child');
    assert.ok(children.length > 0 && children.every((c) => c.parent !== null && doc.tasks[c.parent].children.includes(c.index)));
  });

  it('a Timeline section cut into pieces still dates sections from its later entries', () => {
    const entries = Array.from({ length: 300 }, (_, i) => `- Item ${i}: Q${(i % 4) + 1} 2030 — filler words to make the list long`).join('\n');
    const doc = parseRoadmap(`# Plan\n\n## Timeline\n\n${entries}\n- Launch: Q3 2031\n\n## Launch\n`);
    const launch = doc.sections.find((s) => s.title === 'Launch');
    assert.deepEqual(launch?.period && launch.period.unit === 'date' && launch.period.start, '2031-07-01');
  });

  it('a long document parses within the CLI\'s budget: the first MiB by remark, the rest by the line scan', () => {
    const text = Array.from({ length: 40_000 }, (_, i) => (i % 50 === 0 ? `## Section ${i}\n\n` : '') + `- [ ] prose line ${i} with a [link](http://x) in it\n`).join('');
    const { doc, cpu } = parseTimed(text);
    assert.ok(text.length > 2_000_000);
    assert.ok(cpu < 15_000, `${cpu.toFixed(0)} ms of CPU`);
    assert.equal(doc.tasks.length, 40_000);
    assert.equal(doc.partial?.ranges[0].cause, 'document');
    assertBoxes(text, doc, 'long');
  });
});

describe('hostile input: many sections', function () {
  this.timeout(120_000);
  it('50,000 one-line sections: each remark parse counts against the document budget, so it ends in seconds', () => {
    // Before: every section was its own parse (minutes), and a per-section copy in the model build was quadratic.
    const text = Array.from({ length: 50_000 }, (_, i) => `# H${i}\n`).join('');
    const { doc, cpu } = parseTimed(text);
    assert.equal(doc.sections.length, 50_000);
    assert.equal(doc.partial?.ranges[0].cause, 'document');
    assert.ok(cpu < 20_000, `${cpu.toFixed(0)} ms of CPU`);
  });

  it('a chunk merged with the next (its heading was HTML) is not parsed again after a toggle', () => {
    const text = '- [ ] a\n</pre>\n# alpha\n\n- [ ] alpha\n';
    const parser = new RoadmapParser();
    const doc = parser.parse(text);
    const edits = toggleTasks(doc, [0], 'toggle');
    const after = applyEdits(text, edits);
    assert.equal(JSON.stringify(parser.applyToggle(doc, after, edits)), JSON.stringify(parseRoadmap(after)));
    parser.parse(after);
    assert.equal(parser.stats.parsed, 0);
  });
});

describe('hostile input: an HTML block too long to parse in one piece', () => {
  it('reads no tasks inside "<?x …" with no "?>" when the line scan takes over, as GFM reads none', () => {
    const text = '<?x' + Array.from({ length: 4000 }, (_, i) => `## Phase ${i}\n- [x] task ${i}\n`).join('');
    const doc = parseRoadmap(text);
    assert.ok(doc.partial, 'read by the line scan');
    assert.equal(doc.tasks.length, 0);
    // Closed, the block ends at its marker and the tasks after it are read.
    const closed = parseRoadmap('<?x ?>\n' + text.slice(3));
    assert.ok(closed.tasks.length > 0);
  });
});
