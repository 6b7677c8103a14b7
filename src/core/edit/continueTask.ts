// Enter on a task line: what the next line should start with, so a checklist grows one `- [ ] ` at a time.

export type TaskContinuation =
  /** Insert `text` at the cursor (a line break and the next item's marker). */
  | { type: 'insert'; text: string }
  /** The item is empty: remove its marker (ending the list), as Enter on an empty bullet does in editors. */
  | { type: 'end'; length: number }
  | null;

const TASK_LINE = /^(\s*(?:>\s*)*)(?:([-*+])|(\d+)([.)]))(\s+)\[[ xX]\](\s+|$)/;

/**
 * What Enter at `column` (UTF-16, 0-based) of `line` does on a task line: continue it with an open task using the
 * same indent, bullet (or the next number) and spacing; end the list on an empty task; null when the line is not a
 * task or the cursor sits inside its marker (Enter then behaves as usual).
 */
export function continueTask(line: string, column: number, eol: '\n' | '\r\n' = '\n'): TaskContinuation {
  const m = TASK_LINE.exec(line);
  if (!m) return null;
  const marker = m[0];
  if (column < marker.length && column < line.length) return null;
  if (line.slice(marker.length).trim() === '' && column >= line.trimEnd().length) return { type: 'end', length: line.length };
  const [, indent, bullet, number, delimiter, gap] = m;
  const next = bullet ?? `${Number(number) + 1}${delimiter}`;
  return { type: 'insert', text: `${eol}${indent}${next}${gap}[ ] ` };
}
