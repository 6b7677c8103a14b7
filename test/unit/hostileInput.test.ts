// Reproducers from the reliability audit (issue 8): each one failed before its fix.
import assert from 'node:assert/strict';
import { weekAnchorWithin } from '../../src/core/language/periods';
import { parseRoadmap } from '../../src/core/parse/parse';

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
