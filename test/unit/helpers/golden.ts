// Scores the model against the golden readings in test/fixtures/golden (see its README): per category, how many
// judged fields the model agrees with. Shared by golden.test.ts and by anyone measuring a change by hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseId } from '../../../src/core/language/classify';
import type { RoadmapDocument, Section } from '../../../src/core/model';
import { ROADMAPS_DIR } from './corpus';

export const GOLDEN_DIR = path.resolve(__dirname, '../../fixtures/golden');
/** The roadmaps the golden readings in GOLDEN_DIR read. */
export const GOLDEN_ROADMAPS_DIR = path.join(ROADMAPS_DIR, 'public');
/** Hold-out roadmaps nobody tuned the reader on, and their readings (see test/unit/holdout.test.ts). */
export const HOLDOUT_DIR = path.resolve(__dirname, '../../fixtures/holdout');
export const HOLDOUT_GOLDEN_DIR = path.resolve(__dirname, '../../fixtures/holdout-golden');
export const HOLDOUT2_DIR = path.resolve(__dirname, '../../fixtures/holdout2');
export const HOLDOUT2_GOLDEN_DIR = path.resolve(__dirname, '../../fixtures/holdout2-golden');

/** Hold-out set `n`'s roadmaps and readings (set 1 is `holdout`, set n is `holdout<n>`). */
export function holdoutDirs(n: number): { roadmaps: string; goldens: string } {
  const name = n === 1 ? 'holdout' : `holdout${n}`;
  return { roadmaps: path.resolve(__dirname, `../../fixtures/${name}`), goldens: path.resolve(__dirname, `../../fixtures/${name}-golden`) };
}

export type GoldenPeriod =
  | { start: string; end: string }
  | { weeks: [number, number] }
  | { days: [number, number] }
  | { duration: { days: number } };

export interface GoldenItem {
  line: number;
  heading: string;
  kind: 'phase' | 'milestone' | 'quarter';
  word?: string | null;
  id: string | null;
  status: 'done' | 'in-progress' | 'planned' | 'blocked' | null;
  statusBasis?: string;
  period: GoldenPeriod | null;
  finished?: string | null;
  dependencies?: string[];
  from?: 'heading' | 'table-row' | 'checklist';
}

export interface Golden {
  file: string;
  items: GoldenItem[];
  notItems?: { line: number; heading: string; about?: string }[];
  notes?: string;
}

export interface Category {
  agree: number;
  total: number;
}

export interface Miss {
  file: string;
  line: number;
  category: 'kind+id' | 'status' | 'period' | 'false item';
  expected: string;
  actual: string;
}

export interface Score {
  files: number;
  kindId: Category;
  status: Category;
  period: Category;
  /** Plan items the model reads: `agree` of them are golden items, `total - agree` are false items. */
  items: Category;
  overall: Category;
  misses: Miss[];
}

export function goldenFiles(goldenDir = GOLDEN_DIR, roadmapsDir = GOLDEN_ROADMAPS_DIR): { golden: Golden; text: string }[] {
  if (!existsSync(goldenDir)) return [];
  return readdirSync(goldenDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const golden = JSON.parse(readFileSync(path.join(goldenDir, f), 'utf8')) as Golden;
      const file = path.join(roadmapsDir, golden.file);
      if (!existsSync(file)) throw new Error(`${f}: no roadmap ${golden.file} in ${roadmapsDir}`);
      return { golden, text: readFileSync(file, 'utf8') };
    });
}

/** The plan items of a model, by the line that names them. */
function modelItems(doc: RoadmapDocument): Map<number, Section> {
  const byLine = new Map<number, Section>();
  for (const s of [...doc.sections, ...(doc.items ?? [])]) if (s.kind !== 'section' && !byLine.has(s.line)) byLine.set(s.line, s);
  return byLine;
}

/** The model's period of a section in the golden form. */
export function periodOf(s: Section | undefined): GoldenPeriod | null {
  if (!s) return null;
  // Weeks the model placed on the calendar from a dated parent were written as weeks.
  if (s.weeks) return { weeks: [s.weeks.start, s.weeks.end] };
  // A period the model placed by a duration after the item before is an estimate; the readers wrote what is stated.
  const estimated = s.provenance.period?.basis === 'estimated';
  if (estimated && s.days) return { days: [s.days.start, s.days.end] };
  if (estimated && s.durationDays) return { duration: { days: s.durationDays } };
  if (estimated) return null;
  if (s.period?.unit === 'date') return { start: s.period.start, end: s.period.end };
  if (s.period?.unit === 'week') return { weeks: [s.period.start, s.period.end] };
  if (s.days) return { days: [s.days.start, s.days.end] };
  if (s.durationDays) return { duration: { days: s.durationDays } };
  return null;
}

function show(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}

/**
 * Ids compare by what they name, not by spelling: golden readers wrote "フェーズ1" and "フェーズ 1", "1.14.0" and
 * "v1.14.0", "第一阶段" and "阶段 1", "Sprint 09" and "Sprint 9", "Tag 1–2" and "Tag 1-2" for the same item; each part of a qualified id ("v1.0 / Phase 1") is read
 * through the model's own normaliseId, else compared case- and space-insensitively.
 */
export function sameId(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const canon = (id: string): string =>
    id
      .split(' / ')
      .map((part) => (normaliseId(part) ?? part).toLowerCase().replace(/[\u2010-\u2015]/gu, '-').replace(/\s+/g, '').replace(/^v(?=\d)/u, '').replace(/(?<![\d.])0+(?=\d)/gu, ''))
      .join(' / ');
  return canon(a) === canon(b);
}

function samePeriod(a: GoldenPeriod | null, b: GoldenPeriod | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function score(
  parse: (text: string) => RoadmapDocument,
  goldenDir = GOLDEN_DIR,
  roadmapsDir = GOLDEN_ROADMAPS_DIR,
): Score {
  const result: Score = {
    files: 0,
    kindId: { agree: 0, total: 0 },
    status: { agree: 0, total: 0 },
    period: { agree: 0, total: 0 },
    items: { agree: 0, total: 0 },
    overall: { agree: 0, total: 0 },
    misses: [],
  };
  const count = (c: Category, ok: boolean, miss: Omit<Miss, 'category'> & { category: Miss['category'] }): void => {
    c.total++;
    if (ok) c.agree++;
    else result.misses.push(miss);
  };
  for (const { golden, text } of goldenFiles(goldenDir, roadmapsDir)) {
    result.files++;
    const doc = parse(text);
    const items = modelItems(doc);
    const goldenLines = new Set(golden.items.map((i) => i.line));
    for (const g of golden.items) {
      const s = items.get(g.line);
      const base = { file: golden.file, line: g.line };
      count(result.kindId, s !== undefined && s.kind === g.kind && sameId(s.id, g.id), {
        ...base,
        category: 'kind+id',
        expected: `${g.kind} ${show(g.id)}`,
        actual: s ? `${s.kind} ${show(s.id)}` : 'not an item',
      });
      count(result.status, (s?.status ?? null) === g.status, { ...base, category: 'status', expected: show(g.status), actual: show(s?.status ?? null) });
      const p = periodOf(s);
      count(result.period, samePeriod(p, g.period), { ...base, category: 'period', expected: show(g.period), actual: show(p) });
    }
    for (const [line, s] of items) {
      count(result.items, goldenLines.has(line), { file: golden.file, line, category: 'false item', expected: 'not an item', actual: `${s.kind} ${show(s.id)}: ${s.title.slice(0, 60)}` });
    }
  }
  for (const c of [result.kindId, result.status, result.period, result.items]) {
    result.overall.agree += c.agree;
    result.overall.total += c.total;
  }
  return result;
}

export function percent(c: Category): number {
  return c.total === 0 ? 100 : (100 * c.agree) / c.total;
}

export function scoreTable(s: Score, label = 'golden files'): string {
  const row = (name: string, c: Category): string =>
    `${name.padEnd(12)} ${String(c.agree).padStart(5)} / ${String(c.total).padEnd(5)} ${percent(c).toFixed(1).padStart(5)}%`;
  return [
    `${label}: ${s.files}`,
    row('kind+id', s.kindId),
    row('status', s.status),
    row('period', s.period),
    `${row('true items', s.items)}  (${s.items.total - s.items.agree} false items)`,
    row('overall', s.overall),
  ].join('\n');
}
