// Several fixes applied at once ("fix all of this kind", `roadmap check --fix`): a fix goes in whole or not at all,
// and never when it touches text another chosen fix already rewrites.
import type { TextEdit } from '../model';
import type { HealthFix } from './diagnostic';

/** The edits of every fix that does not overlap an earlier one, sorted by offset. */
export function combineFixes(fixes: readonly HealthFix[]): { edits: TextEdit[]; applied: HealthFix[] } {
  const taken: TextEdit[] = [];
  const applied: HealthFix[] = [];
  const overlaps = (a: TextEdit, b: TextEdit) =>
    a.offset < b.offset + b.length && b.offset < a.offset + a.length ? true : a.offset === b.offset && (a.length === 0 || b.length === 0);
  for (const fix of fixes) {
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
    applied.push(fix);
  }
  return { edits: taken.sort((a, b) => a.offset - b.offset), applied };
}
