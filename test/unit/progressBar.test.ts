import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatProgress, progressBar, progressPercent } from '../../src/core/present/progressBar';

describe('progressBar', () => {
  it('fills cells in proportion to the tasks done', () => {
    assert.equal(progressBar({ done: 3, total: 5 }), '▰▰▰▱▱');
    assert.equal(progressBar({ done: 0, total: 5 }), '▱▱▱▱▱');
    assert.equal(progressBar({ done: 5, total: 5 }), '▰▰▰▰▰');
    assert.equal(progressBar({ done: 1, total: 2 }, 10), '▰▰▰▰▰▱▱▱▱▱');
  });

  it('shows an empty bar for a section without tasks', () => {
    assert.equal(progressBar({ done: 0, total: 0 }), '▱▱▱▱▱');
  });

  it('never looks finished before the last task nor untouched after the first', () => {
    assert.equal(progressBar({ done: 9, total: 10 }), '▰▰▰▰▱');
    assert.equal(progressBar({ done: 1, total: 100 }), '▰▱▱▱▱');
  });

  it('always has `width` cells, full exactly when done equals total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 2, max: 40 }), (a, b, width) => {
        const total = Math.max(a, b);
        const done = Math.min(a, b);
        const bar = progressBar({ done, total }, width);
        assert.equal([...bar].length, width);
        const filled = [...bar].filter((c) => c === '▰').length;
        assert.equal(filled === width, total > 0 && done === total);
        assert.equal(filled === 0, done === 0);
        assert.ok(bar.startsWith('▰'.repeat(filled)));
      }),
    );
  });
});

describe('formatProgress', () => {
  it('prints done/total and a percentage', () => {
    assert.equal(formatProgress({ done: 3, total: 5 }), '3/5 · 60%');
    assert.equal(formatProgress({ done: 9, total: 38 }), '9/38 · 24%');
    assert.equal(formatProgress({ done: 2, total: 2 }), '2/2 · 100%');
  });

  it('is empty for 0/0', () => {
    assert.equal(formatProgress({ done: 0, total: 0 }), '');
  });

  it('does not round up to 100% or down to 0% misleadingly', () => {
    assert.equal(progressPercent({ done: 199, total: 200 }), 99);
    assert.equal(progressPercent({ done: 1, total: 1000 }), 1);
  });
});
