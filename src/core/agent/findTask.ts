// Finding the task an agent means: by line, by its exact text, or by a close match — and saying so when several
// tasks fit, instead of picking one.
import type { RoadmapDocument, Task } from '../model';

export type TaskQuery = { line: number } | { text: string };

export type FindTaskResult =
  | { kind: 'found'; task: Task; match: 'line' | 'exact' | 'fuzzy' }
  | { kind: 'ambiguous'; candidates: Task[] }
  | { kind: 'not-found'; nearest: Task[] };

/** A fuzzy match must score at least this (0..1)… */
const FUZZY_MIN = 0.6;
/** …and beat the runner-up by this much, or the answer is "ambiguous". */
const FUZZY_MARGIN = 0.15;

export function findTask(doc: RoadmapDocument, query: TaskQuery): FindTaskResult {
  if ('line' in query) {
    const task = doc.tasks.find((t) => t.line === query.line);
    return task ? { kind: 'found', task, match: 'line' } : { kind: 'not-found', nearest: nearestByLine(doc, query.line) };
  }
  const wanted = normalise(query.text);
  if (wanted === '') return { kind: 'not-found', nearest: [] };
  const exact = doc.tasks.filter((t) => normalise(t.text) === wanted);
  if (exact.length === 1) return { kind: 'found', task: exact[0], match: 'exact' };
  if (exact.length > 1) return { kind: 'ambiguous', candidates: exact };

  // The query is part of exactly one task's text ("authentication" for "User authentication with OAuth").
  const containing = doc.tasks.filter((t) => normalise(t.text).includes(wanted));
  if (containing.length === 1 && wanted.length >= 4) return { kind: 'found', task: containing[0], match: 'fuzzy' };

  const scored = doc.tasks
    .map((task) => ({ task, score: similarity(wanted, normalise(task.text)) }))
    .sort((a, b) => b.score - a.score || a.task.index - b.task.index);
  const [best, second] = scored;
  if (!best || best.score < FUZZY_MIN) return { kind: 'not-found', nearest: scored.slice(0, 3).filter((s) => s.score > 0.3).map((s) => s.task) };
  if (second && best.score - second.score < FUZZY_MARGIN) {
    return { kind: 'ambiguous', candidates: inOrder(scored.filter((s) => best.score - s.score < FUZZY_MARGIN).slice(0, 5).map((s) => s.task)) };
  }
  if (containing.length > 1) return { kind: 'ambiguous', candidates: containing.slice(0, 5) };
  return { kind: 'found', task: best.task, match: 'fuzzy' };
}

/** Case, spacing, inline markdown and trailing punctuation do not distinguish tasks. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,!]+$/, '')
    .trim();
}

/** Dice coefficient over character bigrams: robust to small rewordings, typos and word order changes. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

function inOrder(tasks: Task[]): Task[] {
  return tasks.sort((a, b) => a.index - b.index);
}

function nearestByLine(doc: RoadmapDocument, line: number): Task[] {
  return [...doc.tasks].sort((a, b) => Math.abs(a.line - line) - Math.abs(b.line - line)).slice(0, 3);
}
