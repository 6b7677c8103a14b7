import assert from 'node:assert/strict';
import fc from 'fast-check';
import { selectionLines } from '../../src/core/edit/selectionLines';

const cursor = (line: number, character = 0) => ({ startLine: line, startCharacter: character, endLine: line, endCharacter: character });

describe('selectionLines', () => {
  it('turns each cursor into its 1-based line, once', () => {
    assert.deepEqual(selectionLines([cursor(4, 7), cursor(0, 3), cursor(4, 1)]), [1, 5]);
  });

  it('covers every line a selection touches', () => {
    assert.deepEqual(selectionLines([{ startLine: 2, startCharacter: 5, endLine: 5, endCharacter: 1 }]), [3, 4, 5, 6]);
  });

  it('leaves out the line a selection merely ends at column 0 of', () => {
    assert.deepEqual(selectionLines([{ startLine: 2, startCharacter: 0, endLine: 4, endCharacter: 0 }]), [3, 4]);
  });

  it('keeps an empty selection at column 0 on its line', () => {
    assert.deepEqual(selectionLines([cursor(3, 0)]), [4]);
  });

  it('merges overlapping selections and cursors into sorted unique lines', () => {
    assert.deepEqual(selectionLines([
      { startLine: 5, startCharacter: 2, endLine: 7, endCharacter: 3 },
      cursor(6, 1),
      { startLine: 1, startCharacter: 0, endLine: 2, endCharacter: 4 },
    ]), [2, 3, 6, 7, 8]);
  });

  it('returns only lines inside some selection, sorted and unique (property)', () => {
    const selection = fc.record({ a: fc.nat(200), b: fc.nat(200), ca: fc.nat(80), cb: fc.nat(80) }).map(({ a, b, ca, cb }) => {
      const [s, e] = a <= b ? [a, b] : [b, a];
      return { startLine: s, startCharacter: s === e ? Math.min(ca, cb) : ca, endLine: e, endCharacter: s === e ? Math.max(ca, cb) : cb };
    });
    fc.assert(fc.property(fc.array(selection, { maxLength: 8 }), (selections) => {
      const lines = selectionLines(selections);
      for (let i = 1; i < lines.length; i++) assert.ok(lines[i - 1]! < lines[i]!);
      for (const line of lines) assert.ok(selections.some((s) => s.startLine + 1 <= line && line <= s.endLine + 1));
      for (const s of selections) assert.ok(lines.includes(s.startLine + 1), 'a selection always includes its first line');
    }));
  });
});
