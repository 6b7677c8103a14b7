import assert from 'node:assert/strict';
import { MAX_CHUNK_COST, MAX_DEPTH, MAX_RUN_DELIMITERS, measureChunk, overBudget } from '../../src/core/parse/budget';
import { parseRoadmap } from '../../src/core/parse/parse';
import { scanDocument } from '../../src/core/parse/split';
import { corpusFiles } from './helpers/corpus';

describe('parse budget', () => {
  it('no real roadmap comes near the limits: every corpus file is read whole by remark + GFM', () => {
    const worst = { depth: 0, run: 0, cost: 0 };
    for (const { name, text } of corpusFiles()) {
      assert.equal(parseRoadmap(text).partial, undefined, name);
      for (const chunk of scanDocument(text).chunks) {
        const m = measureChunk(chunk.text);
        worst.depth = Math.max(worst.depth, m.depth);
        worst.run = Math.max(worst.run, m.run);
        worst.cost = Math.max(worst.cost, m.cost);
      }
    }
    // Headroom, whatever the corpus holds: a limit at most half used.
    assert.ok(worst.depth * 2 <= MAX_DEPTH, `depth ${worst.depth}`);
    assert.ok(worst.run * 2 <= MAX_RUN_DELIMITERS, `run ${worst.run}`);
    assert.ok(worst.cost * 2 <= MAX_CHUNK_COST, `cost ${worst.cost}`);
  });

  it('names the cause', () => {
    assert.equal(overBudget('- '.repeat(MAX_DEPTH + 1) + '[ ] a'), 'nesting');
    assert.equal(overBudget('- '.repeat(MAX_DEPTH - 1) + '[ ] a'), null);
    assert.equal(overBudget('a ' + '['.repeat(MAX_RUN_DELIMITERS + 1)), 'delimiters');
    // Runs end where a new block starts: many short runs are cheap.
    assert.equal(overBudget(Array.from({ length: 50 }, () => '- ' + '*'.repeat(20)).join('\n')), null);
    assert.equal(overBudget('| a | b |\n|---|---|\n' + '| **x** | y |\n'.repeat(2000)), 'size');
    assert.equal(overBudget('```\n' + 'code line\n'.repeat(2000) + '```\n'), null);
  });
});
