// Work that can pause (a generator yielding between slices) run to its end in one go, for callers with no budget.

/** Runs `steps` to completion and returns what it returns. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
