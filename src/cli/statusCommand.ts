// `roadmap status [FILE...] [--json]`: progress per section, for terminals and CI.
import { parseArgs } from 'node:util';
import stringWidth from 'string-width';
import type { Period, Progress, RoadmapDocument, Section, SectionProvenance, Status } from '../core/model';
import { parseRoadmap } from '../core/parse/parse';
import { periodText, statusText as statusWord } from '../core/present/periodText';
import { formatProgress, progressBar } from '../core/present/progressBar';
import { CliError, defaultRoadmapArguments, EXIT_BAD_INPUT, EXIT_OK, expandRoadmapArguments, readRoadmapFile, type CliIo } from './cliIo';
import { statusMarkdown } from './statusMarkdown';
import { terminalLine } from './terminalText';

export const STATUS_USAGE = 'roadmap status [FILE|DIR...] [--json | --format text|json|markdown]   progress of each section (default ./ROADMAP.md, else every roadmap under .)';

export interface StatusJsonSection {
  title: string;
  kind: Section['kind'];
  id: string | null;
  level: number;
  line: number;
  endLine: number;
  status: Status | null;
  statusSource: Section['statusSource'];
  period: Period | null;
  durationWeeks: number | null;
  dependencies: string[];
  priority: string | null;
  progress: Progress;
  /** The finer kind ('sprint', 'release', 'half', …); null for plain sections. */
  word: string | null;
  /** For a heading about a plan item ("Phase 2 Risks"): the item's id. */
  about: string | null;
  /** When the item actually finished, from a completion stamp (`YYYY-MM-DD`). */
  finished: string | null;
  /** Where kind, id, status, period, dependencies and priority came from (see README, "Provenance"). */
  provenance: SectionProvenance;
  children: StatusJsonSection[];
}

export interface StatusJsonTask {
  line: number;
  checked: boolean;
  text: string;
  depth: number;
  /** The owning section's title; null before the first heading. */
  section: string | null;
}

/** A plan item named by a list line or a table row (see RoadmapDocument.items). */
export interface StatusJsonItem {
  title: string;
  kind: Section['kind'];
  id: string | null;
  word: string | null;
  line: number;
  from: NonNullable<Section['from']>;
  status: Status | null;
  period: Period | null;
  finished: string | null;
  /** Title of the heading it stands under; null before the first heading. */
  section: string | null;
  provenance: SectionProvenance;
}

export interface StatusJson {
  file: string;
  title: string;
  progress: Progress;
  sections: StatusJsonSection[];
  items: StatusJsonItem[];
  tasks: StatusJsonTask[];
  /** Present when part of the file was read by the line scan (see RoadmapDocument.partial). */
  partial?: RoadmapDocument['partial'];
}

export function statusCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, format: { type: 'string' } }, allowPositionals: true, strict: true });
  const files = positionals.length > 0 ? expandRoadmapArguments(io, 'status', positionals) : defaultRoadmapArguments(io);
  // Read everything first: a bad file fails the command before anything is printed.
  const roadmaps = files.map((file) => readRoadmapFile(io, file));
  const parsed = roadmaps.map((r) => ({ file: r.file, doc: parseRoadmap(r.text) }));
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (format === 'markdown') {
    io.stdout.write(parsed.map(({ file, doc }) => statusMarkdown(file, doc)).join('\n'));
    return EXIT_OK;
  }
  if (format !== 'json' && format !== 'text') throw new CliError(`status: unknown format "${format}" (text, json or markdown)`, EXIT_BAD_INPUT);
  if (format === 'json') {
    const json = parsed.map(({ file, doc }) => statusJson(file, doc));
    // JSON.stringify escapes C0 but not DEL and C1 (U+009B is a CSI to many terminals): escape those too, for
    // `status --json` read on a terminal. They only occur inside strings, so the JSON stays the same value.
    const text = JSON.stringify(json.length === 1 ? json[0] : json, null, 2).replace(/[\x7f-\x9f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    io.stdout.write(`${text}\n`);
    return EXIT_OK;
  }
  const colors = useColors(io);
  io.stdout.write(parsed.map(({ file, doc }) => statusText(file, doc, colors)).join('\n'));
  return EXIT_OK;
}

export function statusJson(file: string, doc: RoadmapDocument): StatusJson {
  const section = (index: number): StatusJsonSection => {
    const s = doc.sections[index];
    return {
      title: s.title,
      kind: s.kind,
      id: s.id,
      level: s.level,
      line: s.line,
      endLine: s.endLine,
      status: s.status,
      statusSource: s.statusSource,
      period: s.period,
      durationWeeks: s.durationWeeks,
      dependencies: s.dependencies,
      priority: s.priority,
      progress: s.progress,
      word: s.word ?? null,
      about: s.about ?? null,
      finished: s.finished ?? null,
      provenance: s.provenance,
      children: s.children.map(section),
    };
  };
  return {
    file,
    title: doc.title,
    progress: doc.progress,
    sections: doc.roots.map(section),
    items: (doc.items ?? []).map((i) => ({
      title: i.title,
      kind: i.kind,
      id: i.id,
      word: i.word ?? null,
      line: i.line,
      from: i.from ?? 'checklist',
      status: i.status,
      period: i.period,
      finished: i.finished ?? null,
      section: i.parent === null ? null : doc.sections[i.parent].title,
      provenance: i.provenance,
    })),
    tasks: doc.tasks.map((t) => ({
      line: t.line,
      checked: t.checked,
      text: t.text,
      depth: t.depth,
      section: t.section === null ? null : doc.sections[t.section].title,
    })),
    ...(doc.partial ? { partial: doc.partial } : {}),
  };
}

interface Colors {
  bold(s: string): string;
  dim(s: string): string;
  status(status: Status, s: string): string;
}

const plain: Colors = { bold: (s) => s, dim: (s) => s, status: (_status, s) => s };
const ansi = (code: number) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const STATUS_COLORS: Record<Status, (s: string) => string> = { done: ansi(32), 'in-progress': ansi(33), planned: ansi(36), blocked: ansi(31) };
const colored: Colors = { bold: ansi(1), dim: ansi(2), status: (status, s) => STATUS_COLORS[status](s) };

/** https://no-color.org: any non-empty NO_COLOR turns colours off; so does output that is not a terminal. */
function useColors(io: CliIo): Colors {
  return io.stdout.isTTY && !io.env.NO_COLOR ? colored : plain;
}

export function statusText(file: string, doc: RoadmapDocument, colors: Colors = plain): string {
  const lines: string[] = [];
  // Every text from the document (and the file name) goes through terminalLine: only our own colours reach the terminal.
  const heading = doc.title ? `${colors.bold(terminalLine(doc.title))} ${colors.dim(`(${terminalLine(file)})`)}` : colors.bold(terminalLine(file));
  lines.push(heading, doc.progress.total > 0 ? `${progressBar(doc.progress)} ${formatProgress(doc.progress)}` : colors.dim('no tasks'), '');
  const rows: { label: string; details: string[] }[] = [];
  const visit = (index: number, depth: number): void => {
    const s = doc.sections[index];
    // The document title is already printed above; its section only adds a level of indentation.
    const isTitle = s.level === 1 && s.title === doc.title && depth === 0;
    if (!isTitle) rows.push({ label: `${'  '.repeat(depth)}${terminalLine(s.title) || '(untitled)'}`, details: sectionDetails(s, colors) });
    for (const child of s.children) visit(child, isTitle ? depth : depth + 1);
  };
  for (const root of doc.roots) visit(root, 0);
  // Align the details in one column (in terminal cells: emoji and CJK take two), but never let one long title push
  // everything off the screen.
  const width = Math.min(MAX_LABEL_WIDTH, Math.max(0, ...rows.filter((r) => r.details.length > 0).map((r) => stringWidth(r.label))));
  for (const row of rows) {
    const pad = ' '.repeat(Math.max(0, width - stringWidth(row.label)));
    lines.push(row.details.length > 0 ? `${row.label}${pad}  ${row.details.join('  ')}` : row.label);
  }
  if (doc.sections.length === 0) lines.push(colors.dim('(no headings)'));
  if (doc.partial) lines.push('', colors.dim(`partial: ${doc.partial.reason}`));
  return `${lines.join('\n')}\n`;
}

const MAX_LABEL_WIDTH = 48;

function sectionDetails(s: Section, colors: Colors): string[] {
  const parts: string[] = [];
  if (s.progress.total > 0) parts.push(`${progressBar(s.progress)} ${formatProgress(s.progress)}`);
  if (s.status) parts.push(colors.status(s.status, statusWord(s.status)));
  if (s.period) parts.push(colors.dim(periodText(s.period)));
  else if (s.durationWeeks !== null) parts.push(colors.dim(`~${s.durationWeeks} wk`));
  if (s.dependencies.length > 0) parts.push(colors.dim(`after ${s.dependencies.map(terminalLine).join(', ')}`));
  if (s.priority) parts.push(colors.dim(`priority ${terminalLine(s.priority)}`));
  return parts;
}


