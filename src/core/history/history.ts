// Plan against reality: versions of a roadmap (oldest first) in, facts out — when each task was added, ticked
// (its last transition to done) and reopened, each plan item's actual start (first task ticked) and finish (last
// ticked), and a daily burn-up. Pure: the versions come from git in the CLI and from the Git extension in the
// editor. Consecutive versions share most sections, so one RoadmapParser reads them all and re-parses only the
// chunks a commit changed.
import { addDays, anchorWeeks, compareIso } from '../language/periods';
import type { Progress, RoadmapDocument, Section, TextEdit } from '../model';
import { RoadmapParser } from '../parse/parse';
import { matchTasks, type TaskKey } from './matchTasks';
import { normalise } from '../agent/findTask';

export interface Version {
  /** Full hash; null for the working tree's text (unsaved or uncommitted). */
  commit: string | null;
  /** ISO 8601 timestamp (its calendar day, in the author's zone, is what counts) or an ISO day. */
  date: string;
  author: string;
  text: string;
}

export interface DaySpan {
  start: string;
  end: string;
}

export interface TaskFacts {
  /** Index in the latest version's `tasks`. */
  index: number;
  line: number;
  text: string;
  checked: boolean;
  /** Day of the version the task first appeared in; null without history. */
  addedAt: string | null;
  addedCommit: string | null;
  /** Day of the last transition to done; null while open. */
  doneAt: string | null;
  /** The commit of that transition (null when it is not committed yet). */
  commit: string | null;
  author: string | null;
  /** Day the task was last reopened (done → open), if ever. */
  reopenedAt: string | null;
  reopened: number;
  /** What the working tree changed about this task since the last commit. */
  uncommitted: 'added' | 'ticked' | 'reopened' | null;
}

export interface SectionHistory {
  /** Index in the latest version's `sections`. */
  index: number;
  title: string;
  id: string | null;
  line: number;
  /** The stated period in days; relative weeks count from the day of the first version. */
  planned: DaySpan | null;
  /** First and last tick of the section's tasks (subsections included); `end` null while a task is open. */
  actual: { start: string; end: string | null } | null;
  progress: Progress;
  /** Days the actual (or projected) finish lies after the planned end; negative when ahead. */
  lateDays: number | null;
  /** Not finished and the planned end has passed. */
  overdue: boolean;
  /** For items in progress: the day the remaining tasks would be done at the recent rate. */
  projected: string | null;
}

export interface BurnupPoint {
  date: string;
  done: number;
  total: number;
}

export interface RoadmapHistory {
  /** Versions read, the working tree included. */
  versions: number;
  commits: number;
  /** Day of the first version; null without history. */
  since: string | null;
  /** The day the facts are judged at. */
  today: string;
  tasks: TaskFacts[];
  sections: SectionHistory[];
  /** One point per day from the first version to `today`. */
  burnup: BurnupPoint[];
  /** When all tasks would be done at the recent rate; null when done, or when nothing moved recently. */
  projected: string | null;
}

/** How far back the "recent rate" looks. */
export const RATE_WINDOW_DAYS = 28;

interface TaskRecord {
  addedAt: string;
  addedCommit: string | null;
  checked: boolean;
  doneAt: string | null;
  doneCommit: string | null;
  doneAuthor: string | null;
  reopenedAt: string | null;
  reopened: number;
}

interface State {
  records: TaskRecord[];
  /** Identity (index in `records`) of each task of the latest version. */
  ids: number[];
  keys: TaskKey[];
  /** Deleted tasks by text, so a task removed and later restored keeps its history. */
  graveyard: Map<string, number>;
  /** Burn-up change points, one per day at most. */
  points: BurnupPoint[];
  lastDay: string;
  doc: RoadmapDocument | null;
  /** normalise() of the latest version's task texts and section titles: most are unchanged in the next one. */
  normalised: Map<string, string>;
  versions: number;
  commits: number;
  firstDay: string | null;
}

const GRAVEYARD_LIMIT = 5000;

/** Reads versions one at a time (oldest first); `result` judges them, optionally with the working tree as "now". */
export class HistoryTracker {
  private readonly parser = new RoadmapParser();
  private state: State = { records: [], ids: [], keys: [], graveyard: new Map(), points: [], lastDay: '', doc: null, normalised: new Map(), versions: 0, commits: 0, firstDay: null };

  get commits(): number {
    return this.state.commits;
  }

  /** Adds the next version. `doc` may be given when the caller already parsed `version.text`. */
  add(version: Version, doc?: RoadmapDocument): void {
    // Most commits of a roadmap only tick boxes: the parser patches its last model for those without parsing.
    const previous = this.state.doc;
    if (!doc && previous && version.text.length === this.lastText.length) {
      const edits = boxEdits(this.lastText, version.text, previous);
      if (edits) doc = this.parser.applyToggle(previous, this.lastText, edits);
    }
    step(this.state, version, doc ?? this.parser.parse(version.text), null);
    this.lastText = version.text;
  }

  /**
   * The facts so far. `now` is the working tree's text (no step when it equals the last version's); `today`
   * defaults to the latest version's day. Never changes the tracker, so it can be called on every edit.
   */
  result(options: { now?: { text: string; doc?: RoadmapDocument; date: string }; today?: string } = {}): RoadmapHistory {
    const now = options.now;
    if (this.state.commits === 0) {
      // No history: the document is all there is, and it says nothing about when.
      return emptyHistory(now ? (now.doc ?? this.parser.parse(now.text)) : this.parser.parse(''), options.today ?? (now ? dayOf(now.date) : '1970-01-01'));
    }
    let state = this.state;
    const changes = new Map<number, TaskFacts['uncommitted']>();
    if (now && now.text !== this.lastText) {
      state = cloneState(state);
      step(state, { commit: null, date: now.date, author: '', text: now.text }, now.doc ?? this.parser.parse(now.text), changes);
    }
    return judge(state, changes, options.today ?? state.lastDay);
  }

  private lastText = '';
}

/** All versions at once (oldest first); the last may be the working tree (`commit: null`). */
export function buildHistory(versions: readonly Version[], options: { today?: string } = {}): RoadmapHistory {
  const tracker = new HistoryTracker();
  const committed = versions.filter((v) => v.commit !== null);
  for (const v of committed) tracker.add(v);
  const now = versions.length > 0 && versions[versions.length - 1].commit === null ? versions[versions.length - 1] : undefined;
  return tracker.result({ now: now && { text: now.text, date: now.date }, today: options.today });
}

/** The edits from `before` to `after` when they differ only in task box characters of `doc`, else null. */
function boxEdits(before: string, after: string, doc: RoadmapDocument): TextEdit[] | null {
  const edits: TextEdit[] = [];
  let boxes: Set<number> | null = null;
  for (let i = 0; i < before.length; i++) {
    if (before.charCodeAt(i) === after.charCodeAt(i)) continue;
    boxes ??= new Set(doc.tasks.map((t) => t.offset));
    const c = after[i];
    if (!boxes.has(i) || (c !== ' ' && c !== 'x' && c !== 'X') || edits.length >= 1000) return null;
    edits.push({ offset: i, length: 1, text: c });
  }
  return edits.length > 0 ? edits : null;
}

function cloneState(s: State): State {
  return { ...s, records: s.records.map((r) => ({ ...r })), graveyard: new Map(s.graveyard), points: s.points.slice() };
}

/** The calendar day of a git timestamp, in the zone it was written in ("2026-05-16T23:30:00+02:00" → 2026-05-16). */
export function dayOf(date: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return m[1];
}

function keysOf(doc: RoadmapDocument, cache: Map<string, string>): { keys: TaskKey[]; cache: Map<string, string> } {
  const next = new Map<string, string>();
  const norm = (text: string): string => {
    let n = next.get(text);
    if (n === undefined) {
      n = cache.get(text) ?? normalise(text);
      next.set(text, n);
    }
    return n;
  };
  const sections = doc.sections.map((s) => norm(s.title));
  return { keys: doc.tasks.map((t) => ({ text: norm(t.text), section: t.section === null ? '' : sections[t.section] })), cache: next };
}

function step(state: State, version: Version, doc: RoadmapDocument, changes: Map<number, TaskFacts['uncommitted']> | null): void {
  let day = dayOf(version.date);
  // Rebased or cherry-picked commits can carry older author dates; the burn-up must not run backwards.
  if (state.lastDay && compareIso(day, state.lastDay) < 0) day = state.lastDay;
  const { keys, cache } = keysOf(doc, state.normalised);
  state.normalised = cache;
  const match = matchTasks(state.keys, keys);
  const ids = new Array<number>(keys.length);
  const kept = new Uint8Array(state.ids.length);
  let done = 0;
  for (let j = 0; j < keys.length; j++) {
    const task = doc.tasks[j];
    let id = match[j] >= 0 ? state.ids[match[j]] : -1;
    if (match[j] >= 0) kept[match[j]] = 1;
    if (id < 0) {
      const buried = state.graveyard.get(keys[j].text);
      if (buried !== undefined) {
        state.graveyard.delete(keys[j].text);
        id = buried;
      }
    }
    if (id < 0) {
      id = state.records.length;
      state.records.push({ addedAt: day, addedCommit: version.commit, checked: false, doneAt: null, doneCommit: null, doneAuthor: null, reopenedAt: null, reopened: 0 });
      changes?.set(j, 'added');
    }
    const rec = state.records[id];
    if (task.checked && !rec.checked) {
      rec.doneAt = day;
      rec.doneCommit = version.commit;
      rec.doneAuthor = version.author;
      if (changes && !changes.has(j)) changes.set(j, 'ticked');
    } else if (!task.checked && rec.checked) {
      rec.reopenedAt = day;
      rec.reopened++;
      changes?.set(j, 'reopened');
    }
    rec.checked = task.checked;
    if (task.checked) done++;
    ids[j] = id;
  }
  for (let i = 0; i < state.ids.length; i++) {
    if (kept[i]) continue;
    state.graveyard.set(state.keys[i].text, state.ids[i]);
    if (state.graveyard.size > GRAVEYARD_LIMIT) state.graveyard.delete(state.graveyard.keys().next().value!);
  }
  state.ids = ids;
  state.keys = keys;
  state.doc = doc;
  state.versions++;
  if (version.commit !== null) state.commits++;
  state.firstDay ??= day;
  const point = { date: day, done, total: keys.length };
  if (state.points.length > 0 && state.points[state.points.length - 1].date === day) state.points[state.points.length - 1] = point;
  else state.points.push(point);
  state.lastDay = day;
}

function judge(state: State, changes: Map<number, TaskFacts['uncommitted']>, today: string): RoadmapHistory {
  const doc = state.doc!;
  const tasks: TaskFacts[] = doc.tasks.map((t, j) => {
    const rec = state.records[state.ids[j]];
    return {
      index: t.index,
      line: t.line,
      text: t.text,
      checked: t.checked,
      addedAt: rec.addedAt,
      addedCommit: rec.addedCommit,
      doneAt: t.checked ? rec.doneAt : null,
      commit: t.checked ? rec.doneCommit : null,
      author: t.checked ? rec.doneAuthor : null,
      reopenedAt: rec.reopenedAt,
      reopened: rec.reopened,
      uncommitted: changes.get(j) ?? null,
    };
  });
  const burnup = dailySeries(state.points, compareIso(today, state.lastDay) > 0 ? today : state.lastDay);
  return {
    versions: state.versions,
    commits: state.commits,
    since: state.firstDay,
    today,
    tasks,
    sections: doc.sections.map((s) => sectionHistory(doc, s, tasks, state.firstDay, today)),
    burnup,
    projected: projectBurnup(burnup, today),
  };
}

function emptyHistory(doc: RoadmapDocument, today: string): RoadmapHistory {
  return {
    versions: 0,
    commits: 0,
    since: null,
    today,
    tasks: doc.tasks.map((t) => ({
      index: t.index,
      line: t.line,
      text: t.text,
      checked: t.checked,
      addedAt: null,
      addedCommit: null,
      doneAt: null,
      commit: null,
      author: null,
      reopenedAt: null,
      reopened: 0,
      uncommitted: null,
    })),
    sections: doc.sections.map((s) => ({ ...sectionBasics(s, null), actual: null, progress: s.progress, lateDays: null, overdue: false, projected: null })),
    burnup: [],
    projected: null,
  };
}

function sectionBasics(s: Section, firstDay: string | null): Pick<SectionHistory, 'index' | 'title' | 'id' | 'line' | 'planned'> {
  return { index: s.index, title: s.title, id: s.id, line: s.line, planned: plannedSpan(s, firstDay) };
}

/** The stated period in days. Relative weeks count from the first version: the day the plan was written down. */
export function plannedSpan(s: Section, firstDay: string | null): DaySpan | null {
  const p = s.period;
  if (!p || p.source === 'duration') return null;
  if (p.unit === 'date') return { start: p.start, end: p.end };
  if (!firstDay) return null;
  const anchored = anchorWeeks(p, firstDay);
  return { start: anchored.start, end: anchored.end };
}

function inSubtree(doc: RoadmapDocument, section: number | null, root: number): boolean {
  for (let s = section; s !== null; s = doc.sections[s].parent) if (s === root) return true;
  return false;
}

function sectionHistory(doc: RoadmapDocument, s: Section, tasks: readonly TaskFacts[], firstDay: string | null, today: string): SectionHistory {
  const mine = doc.tasks.filter((t) => inSubtree(doc, t.section, s.index)).map((t) => tasks[t.index]);
  const ticks = mine.filter((t) => t.doneAt !== null).map((t) => t.doneAt!).sort(compareIso);
  const allDone = mine.length > 0 && mine.every((t) => t.checked);
  const actual = ticks.length === 0 ? null : { start: ticks[0], end: allDone ? ticks[ticks.length - 1] : null };
  const basics = sectionBasics(s, firstDay);
  const planned = basics.planned;
  let projected: string | null = null;
  if (!allDone && mine.length > 0 && actual) {
    const windowStart = addDays(today, -(RATE_WINDOW_DAYS - 1));
    const from = compareIso(actual.start, windowStart) > 0 ? actual.start : windowStart;
    const days = Math.max(7, daysFrom(from, today) + 1);
    const recent = ticks.filter((d) => compareIso(d, from) >= 0).length;
    const remaining = mine.length - ticks.length;
    if (recent > 0) projected = addDays(today, Math.ceil((remaining * days) / recent));
  }
  const finish = actual?.end ?? projected;
  const lateDays = planned && finish ? daysFrom(planned.end, finish) : null;
  const overdue = !allDone && planned !== null && compareIso(today, planned.end) > 0;
  return { ...basics, actual, progress: s.progress, lateDays, overdue, projected };
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysFrom(a: string, b: string): number {
  const ms = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((ms(b) - ms(a)) / 86_400_000);
}

function dailySeries(points: readonly BurnupPoint[], until: string): BurnupPoint[] {
  if (points.length === 0) return [];
  const series: BurnupPoint[] = [];
  let k = 0;
  for (let day = points[0].date; compareIso(day, until) <= 0; day = addDays(day, 1)) {
    while (k + 1 < points.length && compareIso(points[k + 1].date, day) <= 0) k++;
    series.push({ date: day, done: points[k].done, total: points[k].total });
  }
  return series;
}

/** Today plus the days the open tasks take at the net rate of the last four weeks. */
function projectBurnup(burnup: readonly BurnupPoint[], today: string): string | null {
  const last = burnup[burnup.length - 1];
  if (!last || last.done >= last.total) return null;
  const windowStart = burnup.length > RATE_WINDOW_DAYS ? burnup[burnup.length - RATE_WINDOW_DAYS] : burnup[0];
  const days = Math.max(7, daysFrom(windowStart.date, last.date) + 1);
  const gained = last.done - windowStart.done;
  if (gained <= 0) return null;
  return addDays(compareIso(today, last.date) > 0 ? today : last.date, Math.ceil(((last.total - last.done) * days) / gained));
}
