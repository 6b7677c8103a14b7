import assert from 'node:assert/strict';
import type { RoadmapDocument } from '../../../src/core/model';
import { referenceBoxes } from './reference';

/** Every task's box really sits between `[` and `]` at the offset and line the model gives. */
export function assertBoxes(text: string, doc: RoadmapDocument, label: string): void {
  let line = 1;
  let scanned = 0;
  for (const t of doc.tasks) {
    const box = text.slice(t.offset - 1, t.offset + t.boxLength + 1);
    assert.match(box, /^\[(?:[ \txX\n\r]|\r\n)\]$/, `${label}: task ${t.index} at line ${t.line} points at ${JSON.stringify(box)}`);
    assert.equal(t.checked, box[1] === 'x' || box[1] === 'X', `${label}: task ${t.index} state`);
    line += (text.slice(scanned, t.offset).match(/\r\n|\r|\n/g) ?? []).length;
    scanned = t.offset;
    assert.equal(t.line, line, `${label}: task ${t.index} line`);
  }
}

/** The model's tasks are exactly the boxes of one whole GFM reading: same offsets, lengths, lines and states. */
export function assertReferenceBoxes(text: string, doc: RoadmapDocument, label: string): void {
  assert.deepEqual(
    doc.tasks.map((t) => ({ offset: t.offset, length: t.boxLength, line: t.line, checked: t.checked })),
    referenceBoxes(text),
    label,
  );
}
