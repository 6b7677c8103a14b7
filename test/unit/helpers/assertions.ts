import assert from 'node:assert/strict';
import type { RoadmapDocument } from '../../../src/core/model';

/** Every task's box character really sits between `[` and `]` at the offset and line the model gives. */
export function assertBoxes(text: string, doc: RoadmapDocument, label: string): void {
  let line = 1;
  let scanned = 0;
  for (const t of doc.tasks) {
    const box = text.slice(t.offset - 1, t.offset + 2);
    assert.match(box, /^\[[ xX]\]$/, `${label}: task ${t.index} at line ${t.line} points at ${JSON.stringify(box)}`);
    assert.equal(t.checked, box[1] !== ' ', `${label}: task ${t.index} state`);
    line += (text.slice(scanned, t.offset).match(/\r\n|\r|\n/g) ?? []).length;
    scanned = t.offset;
    assert.equal(t.line, line, `${label}: task ${t.index} line`);
  }
}
