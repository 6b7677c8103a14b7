import assert from 'node:assert/strict';
import { isIsoDay, localToday, parseIsoDay } from '../../src/core/language/isoDay';
import { editsForLines } from '../../src/core/edit/edits';
import { blockSnippet } from '../../src/core/edit/templates';
import { addDays } from '../../src/core/language/periods';
import { parseRoadmap } from '../../src/core/parse/parse';

describe('ISO days: one validator for every reader', () => {
  const bad = ['2024-02-30', '2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '24-01-01', '2024-1-01', '2024-01-01T00:00', ''];
  const good = ['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01'];

  it('accepts real calendar days and nothing else', () => {
    for (const day of good) assert.equal(isIsoDay(day), true, day);
    for (const day of bad) assert.equal(isIsoDay(day), false, day);
    assert.equal(parseIsoDay('1900-02-29'), null, '1900 is not a leap year');
  });

  it('completion dates, templates and period arithmetic refuse the same days', () => {
    const doc = parseRoadmap('- [ ] a\n');
    for (const day of bad) {
      assert.throws(() => editsForLines('- [ ] a\n', doc, [1], { completionDate: day }), RangeError, day);
      assert.throws(() => blockSnippet('phase', doc, day), RangeError, day);
      assert.throws(() => addDays(day, 1), RangeError, day);
    }
    for (const day of good) {
      assert.doesNotThrow(() => editsForLines('- [ ] a\n', doc, [1], { completionDate: day }), day);
      assert.doesNotThrow(() => blockSnippet('phase', doc, day), day);
    }
  });

  it('today is the local calendar day, not the UTC one', () => {
    // 23:30 local on New Year's Eve is 2024-12-31 here whatever the UTC date is.
    assert.equal(localToday(new Date(2024, 11, 31, 23, 30)), '2024-12-31');
    assert.equal(localToday(new Date(2024, 0, 1, 0, 5)), '2024-01-01');
  });
});
