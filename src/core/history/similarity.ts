// Text similarity for following a task across versions of a roadmap: a task reworded from "Add login page" to
// "Add the login page (OAuth)" is still the same task. Dice's coefficient on character bigrams is cheap, ignores
// word order changes and degrades gracefully with edits; normalising first keeps case, markup leftovers and
// spacing from counting as rewording.
// (The agents work plans a `similarity()` in src/core/agent/findTask.ts; when it lands, one of the two goes.)

/** Lower-cased, punctuation and symbols to spaces, whitespace collapsed. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Character bigrams of a normalised text, as a multiset (bigram → count). */
export function bigrams(normalised: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < normalised.length; i++) {
    const pair = normalised.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

function size(counts: Map<string, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

/** Dice's coefficient of two bigram multisets, 0..1. */
export function diceOf(a: Map<string, number>, b: Map<string, number>, sizeA = size(a), sizeB = size(b)): number {
  if (sizeA + sizeB === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [pair, count] of small) {
    const other = large.get(pair);
    if (other) shared += Math.min(count, other);
  }
  return (2 * shared) / (sizeA + sizeB);
}

/** How alike two texts are, 0 (nothing shared) to 1 (equal once normalised): Dice on character bigrams. */
export function similarity(a: string, b: string): number {
  const na = normalise(a);
  const nb = normalise(b);
  if (na === nb) return 1;
  if (na.length < 2 || nb.length < 2) return 0;
  return diceOf(bigrams(na), bigrams(nb));
}
