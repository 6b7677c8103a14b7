// Property tests over hostile fragments (issue 8): the audit's minimal counter-examples run first, then random
// documents built from the pieces that broke the parser before.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, toggleTasks } from '../../src/core/edit/edits';
import type { RoadmapDocument } from '../../src/core/model';
import { parseRoadmap, RoadmapParser } from '../../src/core/parse/parse';
import { assertBoxes, assertReferenceBoxes } from './helpers/assertions';

const FRAGMENTS = [
  '- [ ] ', '- [x] ', '* [X] ', '1. [ ] ', '- [\t] ', '- [\n] ', '- [\r\n] ', '- [ ]', '[ ]', '[x]: /u', '[', ']', '- ', '  ',
  '\n', '\r', '\r\n', '\t', 'a', 'tab', '/', '# ', '## H', '> ', '---', '```', '<div>', '[^1]: ', '[^1]', '*', '`', '\uFEFF',
  'Q1 2024', '(Weeks 30-32)', '|', '| a |\n|---|',
];

/** The audit's minimal counter-examples: each broke a promise below before the fix. */
const COUNTER_EXAMPLES: [string][] = [['- [ ]\n/'], ['\r- [ ]\ttab'], ['[^1]: - [ ] fn task'], ['- [ ] first\n- [ ]\n  second\n'], ['- [x]: /u\n[x] t']];

const hostileText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join(''));

const json = (doc: RoadmapDocument): string => JSON.stringify(doc);

describe('properties on hostile documents', function () {
  this.timeout(180_000);

  it('every task is exactly a box of one whole remark + GFM reading', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const doc = parseRoadmap(text);
        assertReferenceBoxes(text, doc, JSON.stringify(text));
        assertBoxes(text, doc, JSON.stringify(text));
      }),
      { numRuns: 400, examples: COUNTER_EXAMPLES },
    );
  });

  it('every toggle changes exactly the box, and the re-parse flips that task and no other', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const doc = parseRoadmap(text);
        for (const task of doc.tasks) {
          const edits = toggleTasks(doc, [task.index], 'toggle');
          assert.deepEqual(edits, [{ offset: task.offset, length: task.boxLength, text: task.checked ? ' ' : 'x' }]);
          const after = applyEdits(text, edits);
          assert.equal(after.slice(0, task.offset) + after.slice(task.offset + 1), text.slice(0, task.offset) + text.slice(task.offset + task.boxLength));
          // A box that is a line ending joins two lines when ticked: what GFM reads after it may change.
          if (task.boxLength !== 1 || !/^[ \txX]$/.test(text[task.offset])) continue;
          const again = parseRoadmap(after);
          assert.deepEqual(
            again.tasks.map((t) => [t.offset, t.checked]),
            doc.tasks.map((t) => [t.offset, t.index === task.index ? !t.checked : t.checked]),
          );
        }
      }),
      { numRuns: 300, examples: COUNTER_EXAMPLES },
    );
  });

  it('an incremental parse after any other text, and a patched toggle, equal a fresh parse', () => {
    fc.assert(
      fc.property(hostileText, hostileText, fc.nat(), (before, text, which) => {
        const parser = new RoadmapParser();
        parser.parse(before);
        const doc = parser.parse(text);
        const fresh = parseRoadmap(text);
        assert.equal(json(doc), json(fresh));
        if (doc.tasks.length === 0) return;
        const task = doc.tasks[which % doc.tasks.length];
        const edits = toggleTasks(doc, [task.index], 'toggle');
        const after = applyEdits(text, edits);
        const patched = parser.applyToggle(doc, after, edits);
        if (patched) assert.equal(json(patched), json(parseRoadmap(after)));
      }),
      { numRuns: 300, examples: COUNTER_EXAMPLES.map(([t]) => ['# A\n- [ ] a\n', t, 0] as [string, string, number]) },
    );
  });
});
