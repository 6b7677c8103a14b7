// The model against careful readings of roadmaps the reader was never tuned on (test/fixtures/holdout, readings in
// test/fixtures/holdout-golden, written before the reader was first run on them): the honest measure of how it reads
// a roadmap it has not seen. The golden test measures the tuned corpus; this one keeps the tuning honest.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRoadmap } from '../../src/core/parse/parse';
import { goldenFiles, HOLDOUT_DIR, HOLDOUT_GOLDEN_DIR, percent, score, scoreTable, type Category, type Score } from './helpers/golden';

// Issue 9's bar for unseen roadmaps: 95% of judged fields (kind and id, status, period together), 90% for periods.
// The reading does not reach it yet; each category must not fall below what it reached when this test was written,
// so a change that reads unseen roadmaps worse fails here.
const TARGET = { fields: 95, period: 90 };
const FLOORS = { kindId: 93, status: 92, period: 98, items: 99, overall: 95 };

function fields(s: Score): Category {
  return { agree: s.kindId.agree + s.status.agree + s.period.agree, total: s.kindId.total + s.status.total + s.period.total };
}

describe('hold-out readings of unseen roadmaps', () => {
  let result: Score;

  before(function () {
    this.timeout(300_000);
    result = score(parseRoadmap, HOLDOUT_GOLDEN_DIR, HOLDOUT_DIR);
    const f = fields(result);
    const reached = percent(f) >= TARGET.fields && percent(result.period) >= TARGET.period;
    const note = reached ? '' : ` (target ${TARGET.fields}% fields / ${TARGET.period}% periods not reached yet)`;
    console.log(`\n${scoreTable(result, 'hold-out files')}\nfields       ${String(f.agree).padStart(5)} / ${String(f.total).padEnd(5)} ${percent(f).toFixed(1).padStart(5)}%${note}\n`);
  });

  it('has a reading for every hold-out roadmap and a source for each', () => {
    const roadmaps = readdirSync(HOLDOUT_DIR).filter((f) => f !== 'SOURCES.tsv');
    const sources = readFileSync(path.join(HOLDOUT_DIR, 'SOURCES.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim())
      .map((l) => l.split('\t')[0]);
    assert.ok(roadmaps.length > 0, 'no hold-out roadmaps');
    assert.deepEqual([...sources].sort(), [...roadmaps].sort());
    assert.deepEqual(goldenFiles(HOLDOUT_GOLDEN_DIR, HOLDOUT_DIR).map((g) => g.golden.file).sort(), [...roadmaps].sort());
    assert.equal(result.files, roadmaps.length);
  });

  it('agrees with the readers on kind and id, status, period and items, no worse than before', () => {
    for (const [name, floor] of Object.entries(FLOORS) as [keyof typeof FLOORS, number][]) {
      const value = percent(result[name]);
      assert.ok(value >= floor, `${name}: ${value.toFixed(1)}% is below ${floor}%\n${scoreTable(result, 'hold-out files')}`);
    }
  });
});
