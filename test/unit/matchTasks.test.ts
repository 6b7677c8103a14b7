import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchTasks, type TaskKey } from '../../src/core/history/matchTasks';
import { normalise } from '../../src/core/agent/findTask';

const keys = (...texts: string[]): TaskKey[] => texts.map((t) => ({ text: normalise(t), section: '' }));

describe('history: matchTasks', () => {
  it('follows reorders, rewording, insertion and deletion', () => {
    const prev = keys('Set up CI', 'Write parser', 'Add login page', 'Deploy to staging', 'Old idea');
    const next = keys('Write the parser', 'Brand new task', 'Set up CI', 'Add login page (OAuth)', 'Deploy to staging');
    assert.deepEqual(matchTasks(prev, next), [1, -1, 0, 2, 3]);
  });

  it('takes a reworded task for the same one when it keeps its place between the same neighbours', () => {
    const prev = keys('Design schema', 'Set up CI', 'Ship');
    const next = keys('Design schema', 'Set up continuous integration', 'Ship');
    assert.deepEqual(matchTasks(prev, next), [0, 1, 2]);
    // The same words elsewhere are not enough.
    assert.deepEqual(matchTasks(keys('Design schema', 'Set up CI', 'Ship', 'Tidy'), keys('Design schema', 'Ship', 'Tidy', 'Set up continuous integration')), [0, 2, 3, -1]);
  });

  it('does not pair unrelated tasks that merely replace each other elsewhere', () => {
    const prev = keys('Design schema', 'Write user guide', 'Ship', 'Tidy');
    const next = keys('Ship', 'Design schema', 'Benchmark database', 'Tidy');
    assert.deepEqual(matchTasks(prev, next), [2, 0, -1, 3]);
  });

  it('prefers the duplicate under the same heading', () => {
    const prev: TaskKey[] = [
      { text: 'write tests', section: 'phase 1' },
      { text: 'write tests', section: 'phase 2' },
    ];
    const next: TaskKey[] = [{ text: 'write tests', section: 'phase 2' }];
    assert.deepEqual(matchTasks(prev, next), [1]);
  });

  it('property: after shuffling, deleting and inserting distinct tasks, every surviving task is found', () => {
    const vocabulary = ['parser', 'login', 'deploy', 'schema', 'docs', 'cache', 'metrics', 'search', 'export', 'billing', 'theme', 'sync'];
    const verbs = ['Add', 'Write', 'Fix', 'Ship', 'Design', 'Review'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom(...verbs), fc.constantFrom(...vocabulary), fc.integer({ min: 1, max: 999 })), {
          minLength: 1,
          maxLength: 40,
          selector: ([v, w, n]) => `${v} ${w} ${n}`,
        }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        fc.integer({ min: 0, max: 5 }),
        (items, random, inserted) => {
          const texts = items.map(([v, w, n]) => `${v} ${w} ${n}`);
          const rnd = random[Symbol.iterator]();
          const next = texts.map((t, i) => ({ t, i, key: rnd.next().value as number })).filter(() => (rnd.next().value as number) > 0.2);
          next.sort((a, b) => a.key - b.key);
          for (let k = 0; k < inserted; k++) next.splice(Math.floor((rnd.next().value as number) * (next.length + 1)), 0, { t: `Brand new item ${k}`, i: -1, key: 0 });
          const match = matchTasks(keys(...texts), keys(...next.map((n) => n.t)));
          assert.deepEqual(match, next.map((n) => n.i));
        },
      ),
      { numRuns: 200 },
    );
  });
});
