import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { RoadmapDocument, TextEdit } from '../../src/core/model';
import { parseRoadmap, RoadmapParser, toggleKeepsStatuses, touchesSummary } from '../../src/core/parse/parse';
import { splitSections } from '../../src/core/parse/split';
import { assertBoxes, assertReferenceBoxes } from './helpers/assertions';
import { corpusFiles } from './helpers/corpus';
import { applyEdit, documentText, edit } from './helpers/generate';
import { referenceTasks } from './helpers/reference';

const json = (doc: RoadmapDocument): string => JSON.stringify(doc);

/** The incremental result equals a fresh parse, and its tasks equal one whole remark + GFM parse. */
function assertConsistent(text: string, doc: RoadmapDocument): void {
  assert.equal(json(doc), json(parseRoadmap(text)));
  assert.deepEqual(doc.tasks.map((t) => ({ line: t.line, checked: t.checked })), referenceTasks(text));
  assertReferenceBoxes(text, doc, 'incremental');
  assertBoxes(text, doc, 'incremental');
}

function runSlices(parser: RoadmapParser, text: string, budgetMs: number): { doc: RoadmapDocument; slices: number } {
  const run = parser.parseInSlices(text, budgetMs);
  for (let slices = 1; ; slices++) {
    const step = run.next();
    if (step.done) return { doc: step.value, slices };
  }
}

function toggleEdits(doc: RoadmapDocument, indexes: number[]): TextEdit[] {
  return [...new Set(indexes)].map((i) => ({ offset: doc.tasks[i].offset, length: 1, text: doc.tasks[i].checked ? ' ' : 'x' }));
}

function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  return out;
}

describe('incremental parsing', function () {
  // Each property run parses every version three times (incremental, fresh, reference) with remark: seconds, not ms.
  this.timeout(180_000);

  it('equals a full parse after random edits of generated documents', () => {
    fc.assert(
      fc.property(documentText, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const parser = new RoadmapParser();
        let text = start;
        assertConsistent(text, parser.parse(text));
        for (const e of edits) {
          text = applyEdit(text, e);
          assertConsistent(text, parser.parse(text));
        }
      }),
      { numRuns: Number(process.env.GENERATED_RUNS ?? 150) },
    );
  });

  it('equals a full parse after random edits of every corpus roadmap', () => {
    const files = corpusFiles();
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(edit, { minLength: 1, maxLength: 3 }), (file, edits) => {
        const parser = new RoadmapParser();
        let text = file.text;
        parser.parse(text);
        for (const e of edits) {
          text = applyEdit(text, e);
          assertConsistent(text, parser.parse(text));
        }
      }),
      { numRuns: Number(process.env.CORPUS_RUNS ?? 40) },
    );
  });

  it('re-parses only the chunk that changed and shifts the rest', () => {
    const sections = Array.from({ length: 30 }, (_, i) => `## Phase ${i + 1}\n- [ ] task ${i}\n  - [x] child ${i}\n`);
    const text = '# Plan\n' + sections.join('\n');
    const parser = new RoadmapParser();
    parser.parse(text);
    assert.equal(parser.stats.parsed, parser.stats.chunks);
    const edited = text.replace('- [ ] task 3\n', '- [ ] task 3\n- [ ] inserted\n\nmore lines\n');
    const doc = parser.parse(edited);
    assert.equal(parser.stats.chunks, 31);
    assert.equal(parser.stats.parsed, 1);
    assertConsistent(edited, doc);
    assert.equal(doc.tasks.find((t) => t.text === 'task 29')!.line, edited.split('\n').findIndex((l) => l.includes('task 29')) + 1);
    parser.parse(edited);
    assert.equal(parser.stats.parsed, 0);
  });

  it('merges chunks when the scan proposes a boundary the parse does not confirm', () => {
    // The scan takes the list item's indented fence for a top-level one; the heading after it really closes the
    // item (and its fence), so the scan's idea of fences runs out of step and it proposes "# Y", which the whole
    // parse reads as fenced code.
    const text = '# A\n- a\n  ```\n# X\n  ```\n# Y\n- [ ] fenced\n```\n# Z\n- [x] z\n```\n';
    const parser = new RoadmapParser();
    const doc = parser.parse(text);
    assertConsistent(text, doc);
    assert.deepEqual(doc.sections.map((s) => s.title), ['A', 'X', 'Z']);
    assert.deepEqual(doc.tasks.map((t) => t.text), ['z']);
    assert.ok(parser.stats.chunks < splitSections(text).length, 'the unconfirmed boundary was merged away');
  });

  it('parseInSlices yields between chunks and ends with the same model', () => {
    const text = '# Plan\n' + Array.from({ length: 40 }, (_, i) => `## S${i}\n- [ ] t${i}\n`).join('');
    const sliced = runSlices(new RoadmapParser(), text, 0);
    assert.ok(sliced.slices > 40, `${sliced.slices} slices`);
    assert.equal(json(sliced.doc), json(parseRoadmap(text)));
    assert.equal(runSlices(new RoadmapParser(), text, Number.POSITIVE_INFINITY).slices, 1);
  });

  it('parses, not patches, a toggle under an item an empty bucket heading beside it lends its status to', () => {
    // fast-check's counterexample: "# (In Progress)" heads the phase after it; unticking its only box leaves the
    // phase in progress (the bucket's word), where its boxes alone would say planned.
    const text = '# (In Progress)\n# Phase 1: Core\n- alpha\n  # heading in item\n  - [X] child';
    const parser = new RoadmapParser();
    const doc = parser.parse(text);
    const edits = toggleEdits(doc, [0]);
    const after = applyEdits(text, edits);
    const patched = parser.applyToggle(doc, after, edits);
    assert.equal(patched, undefined);
    assert.equal(parseRoadmap(after).sections[1].status, 'in-progress');
  });

  it('applyToggle patches the model exactly as a parse of the toggled text would read it', () => {
    fc.assert(
      fc.property(documentText, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.boolean(), (text, picks, givenAfter) => {
        const parser = new RoadmapParser();
        const doc = parser.parse(text);
        fc.pre(doc.tasks.length > 0);
        const edits = toggleEdits(doc, picks.map((p) => p % doc.tasks.length));
        const after = applyEdits(text, edits);
        const patched = parser.applyToggle(doc, givenAfter ? after : text, edits);
        // A box that is a plan item's state ("- [ ] M1 …", a summary line over "## M1") is parsed, not patched.
        if (!patched) {
          const lines = new Set(edits.map((e) => doc.tasks.find((t) => t.offset === e.offset)!.line));
          const itemLines = [...(doc.items ?? []).map((s) => s.line), ...doc.sections.map((s) => s.provenance.status?.line)];
          const indices = picks.map((p) => p % doc.tasks.length);
          const plain =
            toggleKeepsStatuses(doc) &&
            !itemLines.some((l) => l !== null && l !== undefined && lines.has(l)) &&
            !(doc.items ?? []).some((s) => s.task !== undefined) &&
            !touchesSummary(doc, indices);
          assert.ok(!plain, 'declined a plain toggle');
          return;
        }
        assert.equal(json(patched), json(parseRoadmap(after)));
        const reparsed = parser.parse(after);
        assert.equal(parser.stats.parsed, 0, 'the toggled chunk came from the cache');
        assert.equal(json(reparsed), json(patched));
      }),
      { numRuns: Number(process.env.GENERATED_RUNS ?? 120) },
    );
  });

  it('applyToggle declines anything that is not a box toggle of a known task', () => {
    const text = '# T\n- [ ] a\n- [x] b\n';
    const parser = new RoadmapParser();
    const doc = parser.parse(text);
    const box = doc.tasks[0].offset;
    assert.equal(parser.applyToggle(doc, text, [{ offset: box, length: 1, text: 'y' }]), undefined);
    assert.equal(parser.applyToggle(doc, text, [{ offset: box - 1, length: 1, text: 'x' }]), undefined);
    assert.equal(parser.applyToggle(doc, text, [{ offset: box, length: 2, text: 'x]' }]), undefined);
    assert.equal(parser.applyToggle(doc, text, []), undefined);
    assert.equal(parser.applyToggle(parseRoadmap(text), text, [{ offset: box, length: 1, text: 'x' }]), undefined, 'a model from another parser');
    const patched = parser.applyToggle(doc, text, [{ offset: box, length: 1, text: 'x' }]);
    assert.ok(patched);
    assert.equal(patched.sections[0].status, 'done');
    assert.deepEqual(patched.progress, { done: 2, total: 2 });
    assert.equal(doc.tasks[0].checked, false, 'the previous model is left untouched');
    assert.equal(parser.applyToggle(doc, text, [{ offset: box, length: 1, text: 'x' }]), undefined, 'a stale model');
  });
});
