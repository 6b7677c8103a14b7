import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { applyEdits, editsForLines, setSectionTasks, toggleTasks, type CascadeMode } from '../../src/core/edit/edits';
import type { RoadmapDocument, TextEdit } from '../../src/core/model';
import { parseRoadmap } from '../../src/core/parse/parse';

const ROADMAPS = path.resolve(__dirname, '../../../shared/roadmaps');

function corpus(): { name: string; text: string }[] {
  if (!fs.existsSync(ROADMAPS)) throw new Error(`Test roadmaps missing: expected them at ${ROADMAPS}`);
  const files: { name: string; text: string }[] = [];
  for (const dir of ['seeds', 'public']) {
    for (const name of fs.readdirSync(path.join(ROADMAPS, dir)).sort()) {
      if (name === 'SOURCES.tsv') continue;
      files.push({ name: `${dir}/${name}`, text: fs.readFileSync(path.join(ROADMAPS, dir, name), 'utf8') });
    }
  }
  assert.ok(files.length >= 48, `expected the 5 seeds and 43 public roadmaps, found ${files.length}`);
  return files;
}

const toCrlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
const toTabs = (text: string): string => text.replace(/^((?: {2})+)/gm, (m) => '\t'.repeat(m.length / 2));

/** The model after a toggle, without parsing: what the host patches too. */
function flipped(doc: RoadmapDocument, index: number): RoadmapDocument {
  return { ...doc, tasks: doc.tasks.map((t) => (t.index === index ? { ...t, checked: !t.checked } : t)) };
}

function differingBytes(a: string, b: string): number {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  assert.equal(x.length, y.length, 'byte length changed');
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}

function checkToggleRoundTrip(text: string, label: string): number {
  const doc = parseRoadmap(text);
  for (const task of doc.tasks) {
    assert.ok([' ', 'x', 'X'].includes(text[task.offset]), `${label}:${task.line}: no box at the task's offset`);
    const once = toggleTasks(doc, [task.index], 'toggle');
    assert.equal(once.length, 1);
    assert.equal(once[0].length, 1);
    assert.equal(once[0].offset, task.offset);
    const toggled = applyEdits(text, once);
    assert.equal(differingBytes(text, toggled), 1, `${label}:${task.line}: one toggle must change exactly one byte`);
    const back = applyEdits(toggled, toggleTasks(flipped(doc, task.index), [task.index], 'toggle'));
    const expected = text[task.offset] === 'X' ? text.slice(0, task.offset) + 'x' + text.slice(task.offset + 1) : text;
    assert.equal(back, expected, `${label}:${task.line}: toggling twice must restore the text`);
  }
  if (doc.tasks.length > 0) {
    // One real re-parse per file: toggling every task flips every state and moves nothing.
    const all = applyEdits(text, toggleTasks(doc, doc.tasks.map((t) => t.index), 'toggle'));
    const reparsed = parseRoadmap(all);
    assert.deepEqual(
      reparsed.tasks.map((t) => [t.line, t.offset, t.checked]),
      doc.tasks.map((t) => [t.line, t.offset, !t.checked]),
      `${label}: re-parse after toggling all`,
    );
  }
  return doc.tasks.length;
}

describe('edits on the real roadmaps', () => {
  const files = corpus();
  for (const variant of [
    { name: 'as stored', transform: (t: string) => t },
    { name: 'CRLF', transform: toCrlf },
    { name: 'tab-indented', transform: toTabs },
  ]) {
    it(`toggles every task once (one byte) and twice (original bytes): ${variant.name}`, function () {
      this.timeout(120000);
      let total = 0;
      for (const file of files) total += checkToggleRoundTrip(variant.transform(file.text), `${file.name} (${variant.name})`);
      assert.ok(total > 400, `expected hundreds of tasks across the corpus, found ${total}`);
    });
  }

  it('editsForLines over every task line completes the open ones, or reopens all when none is open', function () {
    this.timeout(120000);
    let allDoneFiles = 0;
    for (const file of files) {
      const doc = parseRoadmap(file.text);
      if (doc.tasks.length === 0) continue;
      const lines = doc.tasks.map((t) => t.line);
      const open = doc.tasks.filter((t) => !t.checked);
      const first = editsForLines(file.text, doc, lines);
      const expected = open.length > 0 ? open : doc.tasks;
      if (open.length === 0) allDoneFiles++;
      assert.deepEqual(first.edits.map((e) => e.offset), expected.map((t) => t.offset), file.name);
      assert.deepEqual(first.skippedLines, [], file.name);
      const after = parseRoadmap(applyEdits(file.text, first.edits));
      assert.ok(after.tasks.every((t) => t.checked === open.length > 0), file.name);
    }
    assert.ok(allDoneFiles > 0, 'the corpus has a finished roadmap, so the reopen branch ran');
  });

  it('toggleTasks edits only box characters, for any subset of tasks and any mode', function () {
    this.timeout(60000);
    const docs = files.map((f) => ({ text: f.text, doc: parseRoadmap(f.text) })).filter((d) => d.doc.tasks.length > 0);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: docs.length - 1 }).chain((i) =>
          fc.tuple(fc.constant(i), fc.array(fc.integer({ min: 0, max: docs[i].doc.tasks.length - 1 }), { maxLength: 30 }), fc.constantFrom('toggle', 'check', 'uncheck') as fc.Arbitrary<'toggle' | 'check' | 'uncheck'>),
        ),
        ([i, indexes, mode]) => {
          const { text, doc } = docs[i];
          const edits = toggleTasks(doc, indexes, mode);
          const boxes = new Set(doc.tasks.map((t) => t.offset));
          for (const edit of edits) {
            assert.ok(boxes.has(edit.offset) && edit.length === 1 && (edit.text === 'x' || edit.text === ' '));
          }
          const out = applyEdits(text, edits);
          for (const index of new Set(indexes)) {
            const task = doc.tasks[index];
            const wanted = mode === 'toggle' ? !task.checked : mode === 'check';
            assert.equal(out[task.offset] !== ' ', wanted);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

function toggleLines(text: string, lines: number[], options: { cascade?: CascadeMode; completionDate?: string } = {}): { text: string; changedLines: number[]; skippedLines: number[]; edits: TextEdit[] } {
  const result = editsForLines(text, parseRoadmap(text), lines, options);
  return { ...result, text: applyEdits(text, result.edits) };
}

describe('editsForLines', () => {
  it('completes every task on the selected lines when any is open, else reopens them all', () => {
    const text = '# R\n- [x] a\n- [ ] b\n- [X] c\n';
    const first = toggleLines(text, [2, 3, 4]);
    assert.equal(first.text, '# R\n- [x] a\n- [x] b\n- [X] c\n');
    assert.deepEqual(first.changedLines, [3]);
    const second = toggleLines(first.text, [2, 3, 4]);
    assert.equal(second.text, '# R\n- [ ] a\n- [ ] b\n- [ ] c\n');
    assert.deepEqual(second.changedLines, [2, 3, 4]);
  });

  it('turns plain bullets, ordered items and quoted items into tasks by inserting "[ ] " only', () => {
    const text = ['- dash', '* star', '+ plus', '1. dot', '2. dot', '', '7) paren', '> - quoted', '  - nested', '-   wide'].join('\n') + '\n';
    const result = toggleLines(text, [1, 2, 3, 4, 5, 7, 8, 9, 10]);
    assert.equal(
      result.text,
      ['- [ ] dash', '* [ ] star', '+ [ ] plus', '1. [ ] dot', '2. [ ] dot', '', '7) [ ] paren', '> - [ ] quoted', '  - [ ] nested', '-   [ ] wide'].join('\n') + '\n',
    );
    assert.ok(result.edits.every((e) => e.length === 0 && e.text === '[ ] '));
    assert.equal(parseRoadmap(result.text).tasks.length, 9);
    assert.ok(parseRoadmap(result.text).tasks.every((t) => !t.checked));
  });

  it('leaves headings, prose, blank lines, thematic breaks and fenced lines alone and reports them', () => {
    const text = ['# Title', 'Some prose.', '', '- - -', '```', '- in a fence', '```', '- [~] custom marker', '- real item'].join('\n');
    const result = toggleLines(text, [1, 2, 3, 4, 6, 8, 9]);
    assert.deepEqual(result.skippedLines, [1, 2, 3, 4, 6, 8]);
    assert.deepEqual(result.changedLines, [9]);
    assert.equal(result.text, text.replace('- real item', '- [ ] real item'));
  });

  it('does not take paragraph text that looks like a list item for one', () => {
    // Inside an item's paragraph "3)" cannot start a list, and four spaces after a heading make indented code.
    const text = ['1. first', '   3) still the first item', '# H', '    - code, not a list', 'prose', '    - lazy continuation'].join('\n');
    const result = toggleLines(text, [2, 4, 6]);
    assert.deepEqual(result.skippedLines, [2, 4, 6]);
    assert.equal(result.edits.length, 0);
  });

  it('toggles a multi-line item from its continuation line', () => {
    const text = '- [ ] first line\n  continues here\n- [ ] other\n';
    assert.equal(toggleLines(text, [2]).text, '- [x] first line\n  continues here\n- [ ] other\n');
  });

  it('mixes tasks and plain items in one selection', () => {
    const text = '- [ ] task\n- plain\n';
    assert.equal(toggleLines(text, [1, 2]).text, '- [x] task\n- [ ] plain\n');
  });

  it('keeps CRLF line ends and puts the completion date before the CR', () => {
    const text = '# R\r\n- [ ] a\r\n- [ ] b';
    const done = toggleLines(text, [2, 3], { completionDate: '2026-11-25' });
    assert.equal(done.text, '# R\r\n- [x] a ✅ 2026-11-25\r\n- [x] b ✅ 2026-11-25');
    const reopened = toggleLines(done.text, [2, 3], { completionDate: '2026-11-26' });
    assert.equal(reopened.text, text);
  });

  it('removes only the exact suffix it adds, and never stamps twice', () => {
    const text = '- [x] shipped ✅ 2024-01-02 early\n- [x] stamped ✅ 2024-03-04\n- [ ] again ✅ 2024-05-06\n';
    const result = toggleLines(text, [1, 2], { completionDate: '2026-11-25' });
    assert.equal(result.text, '- [ ] shipped ✅ 2024-01-02 early\n- [ ] stamped\n- [ ] again ✅ 2024-05-06\n');
    assert.equal(toggleLines(text, [3], { completionDate: '2026-11-25' }).text, text.replace('- [ ] again', '- [x] again'));
  });

  it('adds no date when the option is off', () => {
    assert.equal(toggleLines('- [ ] a\n', [1]).text, '- [x] a\n');
  });

  describe('cascade', () => {
    const tree = ['- [ ] parent', '  - [ ] child 1', '  - [ ] child 2', '    - [ ] grandchild', '- [ ] other'].join('\n') + '\n';
    const states = (text: string): boolean[] => parseRoadmap(text).tasks.map((t) => t.checked);

    it('none: only the line itself', () => {
      assert.deepEqual(states(toggleLines(tree, [1]).text), [true, false, false, false, false]);
    });

    it('down: a parent carries all its descendants, both ways', () => {
      const done = toggleLines(tree, [1], { cascade: 'down' }).text;
      assert.deepEqual(states(done), [true, true, true, true, false]);
      assert.deepEqual(states(toggleLines(done, [1], { cascade: 'down' }).text), [false, false, false, false, false]);
    });

    it('up: a parent completes when its last child does, recursively, and reopens with one child', () => {
      let text = toggleLines(tree, [2], { cascade: 'up' }).text;
      assert.deepEqual(states(text), [false, true, false, false, false]);
      text = toggleLines(text, [4], { cascade: 'up' }).text;
      assert.deepEqual(states(text), [true, true, true, true, false]);
      text = toggleLines(text, [4], { cascade: 'up' }).text;
      assert.deepEqual(states(text), [false, true, false, false, false]);
    });

    it('up does not reopen a done parent when a child gets checked', () => {
      const text = '- [x] parent\n  - [ ] a\n  - [ ] b\n';
      assert.deepEqual(states(toggleLines(text, [2], { cascade: 'up' }).text), [true, true, false]);
    });

    it('both: down from the toggled task, then up through its ancestors', () => {
      const text = toggleLines(tree, [3], { cascade: 'both' }).text;
      assert.deepEqual(states(text), [false, false, true, true, false]);
      assert.deepEqual(states(toggleLines(text, [2], { cascade: 'both' }).text), [true, true, true, true, false]);
    });

    it('stamps the date on every task the cascade completes', () => {
      const text = toggleLines(tree, [1], { cascade: 'down', completionDate: '2026-01-31' }).text;
      assert.equal((text.match(/ ✅ 2026-01-31$/gm) ?? []).length, 4);
    });
  });

  it('returns sorted, non-overlapping, minimal edits on random documents and selections', function () {
    this.timeout(60000);
    const lineArb = fc.oneof(
      fc.constantFrom('# Heading', '## Phase 1: Start', 'prose line', '', '---', '```', '> quote'),
      fc.tuple(fc.constantFrom('', '  ', '    ', '\t', '> '), fc.constantFrom('- ', '* ', '+ ', '1. ', '3) '), fc.constantFrom('[ ] ', '[x] ', '[X] ', ''), fc.constantFrom('item', 'task ✅ 2025-01-01', 'done'))
        .map(([indent, bullet, box, body]) => indent + bullet + box + body),
    );
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 25 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.integer({ min: 1, max: 25 }), { maxLength: 10 }),
        fc.constantFrom<CascadeMode>('none', 'down', 'up', 'both'),
        fc.option(fc.constant('2026-11-25'), { nil: undefined }),
        (lines, eol, selected, cascade, completionDate) => {
          const text = lines.join(eol) + eol;
          const doc = parseRoadmap(text);
          const { edits, changedLines } = editsForLines(text, doc, selected, { cascade, completionDate });
          const boxes = new Set(doc.tasks.map((t) => t.offset));
          for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].offset + edits[i - 1].length <= edits[i].offset, 'sorted and disjoint');
          for (const e of edits) {
            const isBox = boxes.has(e.offset) && e.length === 1 && (e.text === 'x' || e.text === ' ') && text[e.offset] !== e.text;
            const isConversion = e.length === 0 && e.text === '[ ] ';
            const isStamp = e.length === 0 && e.text === ' ✅ 2026-11-25' && (text.startsWith(eol, e.offset) || e.offset === text.length);
            const isUnstamp = e.length === 13 && e.text === '' && / ✅ \d{4}-\d{2}-\d{2}/.test(text.slice(e.offset, e.offset + 13));
            assert.ok(isBox || isConversion || isStamp || isUnstamp, `unexpected edit ${JSON.stringify(e)}`);
          }
          const out = applyEdits(text, edits);
          const conversions = edits.filter((e) => e.text === '[ ] ').length;
          assert.equal(parseRoadmap(out).tasks.length, doc.tasks.length + conversions, 'every converted item is a task afterwards');
          assert.equal(out.split(eol).length, text.split(eol).length, 'line count kept');
          if (eol === '\r\n') assert.equal(out.split('\r\n').join('').includes('\n'), false, 'no bare LF introduced');
          const touched = new Set(changedLines);
          const before = text.split(eol);
          out.split(eol).forEach((line, i) => assert.ok(line === before[i] || touched.has(i + 1), `line ${i + 1} changed but not reported`));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('setSectionTasks', () => {
  const text = ['# R', '## Phase 1', '- [ ] a', '### Sub', '- [X] b', '- [ ] c', '## Phase 2', '- [ ] d'].join('\n') + '\n';

  it('checks every task of a section and of its subsections, and nothing else', () => {
    const doc = parseRoadmap(text);
    const phase1 = doc.sections.findIndex((s) => s.title === 'Phase 1');
    const out = applyEdits(text, setSectionTasks(doc, phase1, true));
    assert.equal(out, text.replace('- [ ] a', '- [x] a').replace('- [ ] c', '- [x] c'));
    const reopened = applyEdits(out, setSectionTasks(parseRoadmap(out), phase1, false));
    assert.equal(reopened, text.replace('[X]', '[ ]'));
  });

  it('stamps and unstamps completion dates like Toggle Task when asked', () => {
    const doc = parseRoadmap(text);
    const phase1 = doc.sections.findIndex((s) => s.title === 'Phase 1');
    const out = applyEdits(text, setSectionTasks(doc, phase1, true, { text, completionDate: '2026-11-25' }));
    assert.equal(out, text.replace('- [ ] a', '- [x] a ✅ 2026-11-25').replace('- [ ] c', '- [x] c ✅ 2026-11-25'));
    const back = applyEdits(out, setSectionTasks(parseRoadmap(out), phase1, false, { text: out, completionDate: '2026-11-25' }));
    assert.equal(back, text.replace('[X]', '[ ]'));
    assert.throws(() => setSectionTasks(doc, phase1, true, { completionDate: '2026-11-25' }), /needs the document text/);
  });

  it('rejects a section index the document does not have', () => {
    assert.throws(() => setSectionTasks(parseRoadmap(text), 99, true), /No section 99/);
  });
});

describe('applyEdits', () => {
  it('applies edits given in any order', () => {
    assert.equal(applyEdits('abcdef', [{ offset: 4, length: 1, text: 'E' }, { offset: 0, length: 1, text: 'A' }]), 'AbcdEf');
  });

  it('throws a clear error on overlapping edits and on edits outside the text', () => {
    assert.throws(() => applyEdits('abcdef', [{ offset: 1, length: 3, text: '' }, { offset: 2, length: 1, text: 'x' }]), /overlap/);
    assert.throws(() => applyEdits('abc', [{ offset: 2, length: 5, text: '' }]), /outside the text/);
  });

  it('rejects toggling a task the document does not have', () => {
    assert.throws(() => toggleTasks(parseRoadmap('- [ ] a\n'), [3], 'toggle'), /No task 3/);
  });
});
