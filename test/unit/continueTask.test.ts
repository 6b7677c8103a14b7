import assert from 'node:assert/strict';
import { continueTask } from '../../src/core/edit/continueTask';

describe('continueTask (Enter on a task line)', () => {
  it('continues a task with an open task of the same indent, bullet and spacing', () => {
    assert.deepEqual(continueTask('- [x] Done thing', 16), { type: 'insert', text: '\n- [ ] ' });
    assert.deepEqual(continueTask('  * [ ] nested', 14), { type: 'insert', text: '\n  * [ ] ' });
    assert.deepEqual(continueTask('> - [ ] quoted', 14, '\r\n'), { type: 'insert', text: '\r\n> - [ ] ' });
  });

  it('numbers the next item of an ordered checklist', () => {
    assert.deepEqual(continueTask('9. [ ] ninth', 12), { type: 'insert', text: '\n10. [ ] ' });
    assert.deepEqual(continueTask('3) [X] third', 12), { type: 'insert', text: '\n4) [ ] ' });
  });

  it('splits a task in the middle of its text, and ends the list on an empty task', () => {
    assert.deepEqual(continueTask('- [ ] write tests', 11), { type: 'insert', text: '\n- [ ] ' });
    assert.deepEqual(continueTask('- [ ] ', 6), { type: 'end', length: 6 });
  });

  it('leaves every other line, and the inside of the marker, to the usual Enter', () => {
    for (const [line, column] of [['- plain item', 12], ['Some prose', 10], ['- [~] not a box', 15], ['```', 3], ['- [ ] task', 2]] as const) {
      assert.equal(continueTask(line, column), null, line);
    }
  });
});
