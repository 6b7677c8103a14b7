import assert from 'node:assert/strict';
import { addDays, anchorWeeks, compareIso, durationWeeksIn, periodIn, quarterRange, timelineEntryIn } from '../../src/core/periods';

describe('periods', () => {
  it('reads week ranges in their written forms', () => {
    for (const text of ['(Weeks 1-3)', 'Weeks 1 - 3', 'Week 1–3', 'Week 1—3', 'Weeks 1 to 3']) {
      assert.deepEqual(periodIn(text, 'heading'), { unit: 'week', start: 1, end: 3, source: 'heading' }, text);
    }
    assert.deepEqual(periodIn('Week 4', 'line'), { unit: 'week', start: 4, end: 4, source: 'line' });
  });

  it('reads quarters as calendar spans', () => {
    const q2 = { unit: 'date', start: '2024-04-01', end: '2024-06-30', precision: 'quarter', source: 'line' };
    for (const text of ['Q2 2024', 'Q2/2024', '2024 Q2', 'q2-2024']) assert.deepEqual(periodIn(text, 'line'), q2, text);
  });

  it('ignores versions, times, percentages and Q&A', () => {
    for (const text of ['v1.2', '<200ms', '95%', 'Python 3.8+', 'Q&A', '3 weeks', 'Node 20.19']) assert.equal(periodIn(text, 'line'), null, text);
  });

  it('does calendar arithmetic on days', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(compareIso('2024-01-02', '2024-01-10'), -1);
    assert.deepEqual(quarterRange(1, 2024), { start: '2024-01-01', end: '2024-03-31' });
  });

  it('reads durations and anchors weeks', () => {
    assert.equal(durationWeeksIn('**Estimated Duration**: 3 weeks'), 3);
    assert.deepEqual(anchorWeeks({ unit: 'week', start: 1, end: 3, source: 'heading' }, '2024-01-01'), {
      unit: 'date', start: '2024-01-01', end: '2024-01-21', precision: 'day', source: 'heading',
    });
  });

  it('reads timeline entries whichever side the label is on', () => {
    assert.deepEqual(timelineEntryIn('- Phase 2: Q2 2024')?.label, 'Phase 2');
    assert.deepEqual(timelineEntryIn('Week 5-7:   Advanced UI/UX & Mobile Responsiveness (Parallel)'), {
      label: 'Advanced UI/UX & Mobile Responsiveness',
      period: { unit: 'week', start: 5, end: 7, source: 'timeline' },
    });
    assert.equal(timelineEntryIn('- Phase 1: Completed'), null);
  });
});
