/** A selection as the editor reports it: 0-based positions, `active` not needed. */
export interface LineSelection {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

/**
 * The 1-based lines a command acting "on the selected lines" should touch, sorted and unique. A selection
 * that ends at column 0 of a later line does not include that line: that is how triple-click and
 * shift+down select whole lines, and what every line command in VS Code assumes.
 */
export function selectionLines(selections: readonly LineSelection[]): number[] {
  const lines = new Set<number>();
  for (const s of selections) {
    let last = s.endLine;
    if (s.endLine > s.startLine && s.endCharacter === 0) last--;
    for (let line = s.startLine; line <= last; line++) lines.add(line + 1);
  }
  return [...lines].sort((a, b) => a - b);
}
