// The model against careful readers' judgements of every public roadmap (test/fixtures/golden, see its README):
// per category — kind and id of each plan item, its status, its period, and headings or lines the model takes for
// plan items that the readers did not — with the table printed on every run.
import assert from 'node:assert/strict';
import { parseRoadmap } from '../../src/core/parse/parse';
import { goldenFiles, percent, sameId, score, scoreTable, type Score } from './helpers/golden';

// The bar is 97% overall. The reading does not reach it yet (see the printed table); until it does, each
// category must not fall below what it reached when this test was written, so a change that reads worse fails here.
const TARGET = 97;
const FLOORS = { kindId: 85, status: 82, period: 92, items: 95, overall: 88 };

describe('golden readings of the public corpus', () => {
  let result: Score;

  before(function () {
    this.timeout(300_000);
    result = score(parseRoadmap);
    const note = percent(result.overall) >= TARGET ? '' : ` (target ${TARGET}% not reached yet)`;
    console.log(`\n${scoreTable(result)}${note}\n`);
  });

  it('has golden files to score, each naming a roadmap of the corpus', () => {
    assert.ok(goldenFiles().length > 0, 'no golden files in test/fixtures/golden');
    assert.equal(result.files, goldenFiles().length);
  });

  it('agrees with the readers on kind and id, status, period and items, no worse than before', () => {
    for (const [name, floor] of Object.entries(FLOORS) as [keyof typeof FLOORS, number][]) {
      const value = percent(result[name]);
      assert.ok(value >= floor, `${name}: ${value.toFixed(1)}% is below ${floor}%\n${scoreTable(result)}`);
    }
  });

  it('compares ids by what they name, not how they are spelled', () => {
    assert.ok(sameId('フェーズ1', 'フェーズ 1'));
    assert.ok(sameId('1.14.0', 'v1.14.0'));
    assert.ok(sameId('Milestone 3', 'M3'));
    assert.ok(sameId('v1.0 / Phase 1', 'v1.0 / phase 1'));
    assert.ok(!sameId('Phase 1', 'Phase 2'));
    assert.ok(!sameId('v1.0 / Phase 1', 'Phase 1'));
    assert.ok(!sameId(null, 'Phase 1'));
  });
});
