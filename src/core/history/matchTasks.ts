// Which task of one version is which task of the next. Versions are consecutive commits, so most tasks are
// unchanged: equal runs at both ends are paired first (cheap), then equal texts anywhere (reorders, moves between
// sections), then what is left by similarity (rewording) with a bonus for the same place — a task sandwiched
// between the same two neighbours in both versions, or under the same heading. What stays unpaired was deleted
// (in the old version) or added (in the new).
import { similarity } from '../agent/findTask';

export interface TaskKey {
  /** normalise(task text), as findTask normalises it. */
  text: string;
  /** normalise(owning section's title), "" before the first heading. */
  section: string;
}

// A reworded task must keep about half its bigrams under the same heading, or 30% where its place also says it is
// the same task. Unrelated short texts share up to ~29% of their bigrams by chance ("Brand new item 1" and "Write
// theme 17", found by the property test), so a place alone never makes two tasks one.
const MIN_SCORE = 0.55;
const PLACE_BONUS = 0.2;
const SECTION_BONUS = 0.05;
// Beyond this many unpaired-by-text pairs, compare only tasks near each other (a rewrite of the whole file).
const MAX_PAIRS = 250_000;
const WINDOW = 200;

/** For each task of `next`, the index of the same task in `prev`, or -1 where it is new. */
export function matchTasks(prev: readonly TaskKey[], next: readonly TaskKey[]): number[] {
  const match = new Array<number>(next.length).fill(-1);
  const taken = new Uint8Array(prev.length);
  let head = 0;
  while (head < prev.length && head < next.length && same(prev[head], next[head])) {
    match[head] = head;
    taken[head] = 1;
    head++;
  }
  let tailPrev = prev.length - 1;
  let tailNext = next.length - 1;
  while (tailPrev >= head && tailNext >= head && same(prev[tailPrev], next[tailNext])) {
    match[tailNext] = tailPrev;
    taken[tailPrev] = 1;
    tailPrev--;
    tailNext--;
  }
  if (tailNext < head) return match;

  // Equal texts anywhere: a task moved or a block reordered. Among duplicates, the same section first, then order.
  const byText = new Map<string, number[]>();
  for (let i = head; i <= tailPrev; i++) {
    const list = byText.get(prev[i].text);
    if (list) list.push(i);
    else byText.set(prev[i].text, [i]);
  }
  for (let j = head; j <= tailNext; j++) {
    const list = byText.get(next[j].text);
    if (!list || list.length === 0) continue;
    let pick = list.findIndex((i) => prev[i].section === next[j].section);
    if (pick < 0) pick = 0;
    const i = list[pick];
    list.splice(pick, 1);
    match[j] = i;
    taken[i] = 1;
  }

  const openNext: number[] = [];
  for (let j = head; j <= tailNext; j++) if (match[j] < 0) openNext.push(j);
  const openPrev: number[] = [];
  for (let i = head; i <= tailPrev; i++) if (!taken[i]) openPrev.push(i);
  if (openNext.length === 0 || openPrev.length === 0) return match;

  const windowed = openNext.length * openPrev.length > MAX_PAIRS;
  const candidates: { i: number; j: number; score: number }[] = [];
  for (const j of openNext) {
    for (const i of openPrev) {
      if (windowed && Math.abs(i - j) > WINDOW) continue;
      let score = similarity(prev[i].text, next[j].text);
      if (score + PLACE_BONUS + SECTION_BONUS < MIN_SCORE) continue;
      if (samePlace(match, prev.length, next.length, i, j)) score += PLACE_BONUS;
      if (prev[i].section === next[j].section) score += SECTION_BONUS;
      if (score >= MIN_SCORE) candidates.push({ i, j, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || Math.abs(x.i - x.j) - Math.abs(y.i - y.j));
  for (const { i, j } of candidates) {
    if (match[j] >= 0 || taken[i]) continue;
    match[j] = i;
    taken[i] = 1;
  }
  return match;
}

function same(a: TaskKey, b: TaskKey): boolean {
  return a.text === b.text && a.section === b.section;
}

/** `next[j]` sits where `prev[i]` sat: its neighbours on both sides are the same tasks (or the list's ends). */
function samePlace(match: readonly number[], prevLength: number, nextLength: number, i: number, j: number): boolean {
  const before = j === 0 ? i === 0 : match[j - 1] === i - 1;
  const after = j === nextLength - 1 ? i === prevLength - 1 : match[j + 1] === i + 1;
  return before && after;
}
