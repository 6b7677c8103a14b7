// New-roadmap templates and numbered blocks (next phase, milestone, quarter) for scaffolding and completions.
// Each template follows the shape of one founding roadmap so the parser reads back exactly what it promises.
import { emptyRoadmap, type RoadmapDocument, type Section, type TextEdit } from '../model';
import { assertIsoDay } from '../language/isoDay';
import { findPeriod } from '../language/periods';
import { lineBounds, lineEndingLength, lineStartsOf } from '../parse/lines';

export interface TemplateOptions {
  title: string;
  /** ISO day; quarters and dates in a template start from it. */
  today: string;
  eol?: '\n' | '\r\n';
}

export interface RoadmapTemplate {
  id: string;
  label: string;
  description: string;
  render(opts: TemplateOptions): string;
}

export type BlockKind = 'phase' | 'milestone' | 'quarter';
export type SnippetKind = BlockKind | 'task' | 'criteria' | 'status' | 'milestoneRow';

export interface NextBlock {
  /** "Phase 6", "M4", "Q2 2025". */
  id: string;
  /** Heading text without the `#`s, e.g. "Phase 6: New phase". */
  heading: string;
  level: number;
}

export interface BlockSnippet {
  label: string;
  description: string;
  /** VS Code snippet syntax: `${1:placeholder}` tab stops, `$`, `}` and `\` escaped elsewhere. */
  body: string;
  /** The same block as plain text, each placeholder replaced by its default. */
  text: string;
}

const STATUS_CHOICES = ['Planned', 'In Progress', 'Done', 'Blocked'];

// ---------------------------------------------------------------------------------------------------------------
// Templates

export const roadmapTemplates: readonly RoadmapTemplate[] = [
  template('phased-checklist', 'Phased checklist', 'Numbered phases, each a task list, and a timeline list giving each phase a quarter.', renderPhasedChecklist),
  template('milestones', 'Milestones with acceptance criteria', 'A milestone status table, then per milestone a goal, acceptance criteria as tasks and dependencies.', renderMilestones),
  template('weekly-phases', 'Phases in weeks', 'Phases with week ranges, objectives, deliverables, success criteria, duration and priority.', renderWeeklyPhases),
  template('quarterly', 'Quarterly with streams', 'Four quarters from the current one, each with work streams scheduled in weeks and grouped tasks.', renderQuarterly),
  template('sectioned-plan', 'Sectioned project plan', 'Numbered sections (overview, requirements, architecture, phases, quality, release, risks).', renderSectionedPlan),
  template('now-next-later', 'Now / Next / Later', 'Three horizons without dates: what is being built, what comes next, and ideas for later.', renderNowNextLater),
];

/** A template whose text follows the line ending asked for. */
function template(id: string, label: string, description: string, build: (opts: TemplateOptions) => string): RoadmapTemplate {
  return { id, label, description, render: (opts) => withEol(opts, build(opts)) };
}

function renderPhasedChecklist(opts: TemplateOptions): string {
  const q = quarterOf(opts.today);
  const phases = [
    ['Groundwork', ['Set up the repository and continuous integration', 'Agree on the architecture', 'Write the first end-to-end test']],
    ['Core', ['Build the core data model', 'Expose the main workflow', 'Handle errors consistently']],
    ['Polish', ['Improve performance on large inputs', 'Review accessibility', 'Write user documentation']],
    ['Launch', ['Prepare the release checklist', 'Publish the first release', 'Collect early feedback']],
  ] as const;
  const out = [`# ${opts.title}`, ''];
  phases.forEach(([name, tasks], i) => {
    out.push(`## Phase ${i + 1}: ${name}`, ...tasks.map((t) => `- [ ] ${t}`), '');
  });
  out.push('## Timeline', ...phases.map((_, i) => `- Phase ${i + 1}: ${formatQuarter(addQuarters(q, i))}`), '');
  out.push('## Notes', '- Keep each phase small enough to finish within its quarter.', '');
  out.push(`Last updated: ${opts.today}`, '');
  return out.join('\n');
}

function renderMilestones(opts: TemplateOptions): string {
  const milestones = [
    ['Walking skeleton', 'The thinnest slice that runs end to end'],
    ['First users', 'Enough to put in front of early users'],
    ['Hardening', 'Reliability, performance and documentation'],
  ] as const;
  const out = [`# ${opts.title}`, '', 'Each milestone ends with something that can be shown and shipped.', ''];
  out.push('## Milestone Overview', '', '| Milestone | Title | Focus | Status |', '|-----------|-------|-------|--------|');
  milestones.forEach(([name, focus], i) => out.push(`| M${i + 1} | ${name} | ${focus} | Planned |`));
  out.push('');
  milestones.forEach(([name, focus], i) => {
    out.push('---', '', `## M${i + 1}: ${name}`, '', `**Goal:** ${focus}.`, '', '**Acceptance Criteria:**');
    out.push('- [ ] The agreed scope works end to end', '- [ ] Automated tests cover it', '- [ ] It is documented for users', '');
    out.push('**Key Deliverables:**', '- Working software', '- Release notes', '');
    out.push(`**Dependencies:** ${i === 0 ? 'None' : `M${i}`}`, '');
  });
  return out.join('\n');
}

function renderWeeklyPhases(opts: TemplateOptions): string {
  const phases = [
    ['Discovery & Design', 1, 2, 'High'],
    ['Core Implementation', 3, 6, 'High'],
    ['Integration & Testing', 7, 9, 'Medium'],
    ['Release & Handover', 10, 11, 'Medium'],
  ] as const;
  const out = [`# ${opts.title}`, '', '## Status Overview', `**Current State**: Planning (as of ${opts.today})`, '', '## Phases', ''];
  for (const [i, [name, from, to, priority]] of phases.entries()) {
    out.push(`### Phase ${i + 1}: ${name} (Weeks ${from}-${to})`, `**Objective**: Describe what ${name.toLowerCase()} achieves.`, '');
    out.push('**Key Deliverables**:', '- [ ] First deliverable', '- [ ] Second deliverable', '');
    out.push('**Success Criteria**:', '- How the team knows this phase is done', '');
    out.push(`**Estimated Duration**: ${to - from + 1} weeks`, `**Priority**: ${priority}`, '', '---', '');
  }
  const width = Math.max(...phases.map(([, from, to]) => `Week ${from}-${to}:`.length)) + 2;
  out.push('## Timeline Overview', '', '```');
  for (const [name, from, to] of phases) out.push(`Week ${from}-${to}:`.padEnd(width) + name);
  out.push('```', '', '## Risks', '- List the risks and how each is mitigated.', '');
  return out.join('\n');
}

function renderQuarterly(opts: TemplateOptions): string {
  const start = quarterOf(opts.today);
  const themes = ['Foundations', 'Experience', 'Ecosystem', 'Scale'];
  const out = [`# ${opts.title}`, '', '## Overview', '', 'Work is planned by quarter; each quarter has two streams scheduled in weeks.', ''];
  themes.forEach((theme, i) => {
    out.push(`## ${formatQuarter(addQuarters(start, i))}: ${theme}`, '');
    out.push(`### 1. ${theme} groundwork (Weeks 1-6)`, '', '#### Design', '- [ ] Write a short design note', '- [ ] Review it with the team', '');
    out.push('#### Build', '- [ ] Implement the first increment', '- [ ] Add tests', '');
    out.push(`### 2. ${theme} delivery (Weeks 7-12)`, '', '#### Ship', '- [ ] Release behind a flag', '- [ ] Measure and adjust', '');
  });
  out.push('## Success Metrics', '- Define one measurable signal per quarter.', '');
  return out.join('\n');
}

function renderSectionedPlan(opts: TemplateOptions): string {
  const out = [`# ${opts.title}`, '', '## 1. Overview', '- Purpose: what problem this solves and for whom', '- Scope: what is in and out', ''];
  out.push('## 2. Requirements', '- Functional requirements', '- Non-functional requirements', '');
  out.push('## 3. Architecture', '- Main components and how they talk', '');
  out.push('## 4. Phases', '');
  const phases = ['Setup', 'Core Features', 'Extended Features', 'Hardening'];
  phases.forEach((name, i) => out.push(`### Phase ${i + 1}: ${name}`, `- [ ] Plan ${name.toLowerCase()}`, `- [ ] Deliver ${name.toLowerCase()}`, ''));
  out.push('## 5. Quality', '- Testing strategy and review process', '');
  out.push('## 6. Release', '- How builds are published and rolled back', '');
  out.push('## 7. Risks', '- Each risk with its likelihood and mitigation', '');
  out.push(`Created: ${opts.today}`, '');
  return out.join('\n');
}

function renderNowNextLater(opts: TemplateOptions): string {
  const out = [`# ${opts.title}`, '', `Horizons instead of dates; reviewed regularly (last review ${opts.today}).`, ''];
  out.push('## Now', '', 'What the team is building at the moment.', '', '- [ ] First thing in progress', '- [ ] Second thing in progress', '');
  out.push('## Next', '', 'Shaped and ready to start once Now is done.', '', '- [ ] First next item', '- [ ] Second next item', '');
  out.push('## Later', '', 'Ideas worth keeping; not yet committed.', '', '- [ ] An idea to explore', '');
  return out.join('\n');
}

function withEol(opts: TemplateOptions, text: string): string {
  assertIsoDay(opts.today, 'today');
  return opts.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbered blocks

/** The next phase, milestone or quarter after the document's highest one, at the level those blocks already use. */
export function nextBlock(doc: RoadmapDocument, kind: BlockKind, today: string): NextBlock {
  assertIsoDay(today, 'today');
  const blocks = blocksOf(doc, kind);
  const level = blocks.length > 0 ? blocks[blocks.length - 1].level : 2;
  const id = nextId(blocks, kind, today);
  const name = kind === 'phase' ? 'New phase' : kind === 'milestone' ? 'New milestone' : 'New theme';
  return { id, heading: `${id}: ${name}`, level };
}

/**
 * The 1-based line after which a new block of this kind belongs: the last line (endLine) of the document's last
 * block of that kind, else the document's last line (0 for an empty document).
 */
export function insertionLine(doc: RoadmapDocument, kind: BlockKind): number {
  const blocks = blocksOf(doc, kind);
  return blocks.length > 0 ? blocks[blocks.length - 1].endLine : doc.lineCount;
}

/**
 * The edit that inserts `blockText` (lines joined by `\n`) after `insertionLine`, separated from its neighbours by
 * one blank line and written with the document's line ends.
 */
export function insertBlockEdit(text: string, doc: RoadmapDocument, kind: BlockKind, blockText: string): TextEdit {
  const eol = doc.eol;
  const after = insertionLine(doc, kind);
  // The core's one line index: `\r`, `\n` and `\r\n` all end a line, and a trailing line ending starts none.
  const starts = lineStartsOf(text);
  const lineCount = text.length === 0 ? 0 : starts.length;
  const contentOf = (line: number): string => lineBounds(text, starts, line).content;
  const atEnd = after >= lineCount;
  const offset = atEnd ? text.length : starts[after];
  const block = blockText.replace(/\r\n|\r|\n/g, eol).replace(new RegExp(`(?:${eol})+$`), '');
  const previous = after >= 1 && after <= lineCount ? contentOf(after) : '';
  const missingNewline = atEnd && text.length > 0 && lineEndingLength(text, text.length - 1) === 0;
  const prefix = (missingNewline ? eol : '') + (after >= 1 && previous.trim() !== '' ? eol : '');
  const next = atEnd ? undefined : contentOf(after + 1);
  const suffix = eol + (next !== undefined && next.trim() !== '' ? eol : '');
  return { offset, length: 0, text: prefix + block + suffix };
}

/**
 * A ready-to-insert block for completions and snippets, numbered after the document's last one when there is a
 * document. Given the document's text too, a phase, milestone or quarter continues the document's own pattern: the
 * previous block's labelled lines (emptied), its period continued, its id numbered after the last one written anywhere.
 */
export function blockSnippet(kind: SnippetKind, doc: RoadmapDocument | undefined, today: string, text?: string): BlockSnippet {
  assertIsoDay(today, 'today');
  const model = doc ?? emptyRoadmap();
  const parts = (text !== undefined && kind !== 'task' && kind !== 'criteria' && kind !== 'status' ? patternParts(kind, model, text, today) : null) ?? snippetParts(kind, model, today);
  return { ...parts.meta, body: toSnippetBody(parts.lines), text: toPlainText(parts.lines) };
}

type Parts = { meta: { label: string; description: string }; lines: Line[] };

/** The block (or table row) the document's own pattern calls for, or null when it shows none to follow. */
function patternParts(kind: SnippetKind, doc: RoadmapDocument, text: string, today: string): Parts | null {
  if (kind === 'milestoneRow') return tableRowParts(doc, text, today);
  if (kind !== 'phase' && kind !== 'milestone' && kind !== 'quarter') return null;
  const previous = blocksOf(doc, kind).at(-1);
  if (!previous) return null;
  const id = nextIdInText(doc, kind, text, today);
  const lines = textLines(text);
  const heading: Line = [`${'#'.repeat(previous.level)} `];
  const period = kind === 'quarter' ? null : continuedPeriod(previous.rawTitle);
  if (kind === 'quarter') {
    heading.push(`${id}: `, { stop: 1, text: 'Theme' });
  } else {
    heading.push(`${id}: `, { stop: 1, text: 'Name' });
    if (period) heading.push(` ${period}`);
  }
  const body = labelledLines(lines.slice(previous.line, previous.endLine), 2);
  // A previous block without labelled lines (only tasks, or sub-sections) gives no shape to copy: the usual body.
  if (body.length === 0) body.push(...snippetParts(kind, doc, today).lines.slice(1));
  const noun = kind === 'phase' ? 'phase' : kind === 'milestone' ? 'milestone' : 'quarter';
  return {
    meta: { label: id, description: `The next ${noun}, shaped like ${previous.id ?? previous.title}` },
    lines: [heading, ...body],
  };
}

function textLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The previous block's body as a pattern: labelled lines keep their label with an empty value, the list under a
 * label keeps one empty item, a closing rule stays; prose, sub-headings and everything else are left out.
 */
function labelledLines(body: string[], firstStop: number): Line[] {
  const out: Line[] = [];
  let stop = firstStop;
  let inList = false;
  let gap = false;
  const emit = (line: Line): void => {
    if (gap && out.length > 0) out.push([]);
    gap = false;
    out.push(line);
  };
  for (const line of body) {
    const label = /^(\s*(?:[-*+]\s+)?)(\*\*[^*]{1,60}?\*\*\s*:?|\*\*[^*]{1,60}?:\*\*|__[^_]{1,60}?__\s*:?|[A-Z][\p{L} /&-]{1,40}:)(\s*)(.*)$/u.exec(line);
    const item = /^(\s*)([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/.exec(line);
    if (line.trim() === '') {
      gap = out.length > 0;
      continue;
    }
    if (/^\s*#{1,6}\s/.test(line)) {
      inList = false;
      continue;
    }
    if (label && !(item && !label[1])) {
      const hasValue = label[4].trim() !== '';
      emit(hasValue ? [label[1], label[2].trimEnd(), ' ', { stop: stop++, text: '…' }] : [label[1], label[2]]);
      inList = !hasValue;
      continue;
    }
    if (item && inList) {
      emit([item[1], item[2], ' ', item[3] ? '[ ] ' : '', { stop: stop++, text: '…' }]);
      inList = false;
      continue;
    }
    if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line)) emit([line.trim()]);
  }
  if (out.length > 0 && body[0]?.trim() === '') out.unshift([]);
  return out;
}

/**
 * The period after the one in `title`, written the same way: "(Weeks 10-12)" → "(Weeks 13-15)", "Week 4" →
 * "Week 5", "(Q4 2024)" → "(Q1 2025)"; null when the title has no period to continue.
 */
function continuedPeriod(title: string): string | null {
  const found = findPeriod(title, 'heading');
  if (!found) return null;
  let start = found.index;
  let end = found.end;
  if (start > 0 && end < title.length && '([（'.includes(title[start - 1]) && ')]）'.includes(title[end])) {
    start--;
    end++;
  }
  const words = title.slice(start, end);
  const p = found.period;
  if (p.unit === 'week') {
    const span = Math.abs(p.end - p.start);
    const first = Math.max(p.start, p.end) + 1;
    let n = 0;
    return words.replace(/\d+/g, (m) => (n++ === 0 ? String(first) : n === 2 ? String(first + span) : m));
  }
  const quarter = parseQuarterId(words);
  if (quarter && (p.precision === 'quarter' || p.precision === 'half')) {
    const span = p.precision === 'quarter' ? 1 : 1;
    const next = formatQuarter(addQuarters(quarter, span));
    return words.replace(/\b[QH][1-4]\s*(?:[-/']\s*)?\d{4}\b|\b\d{4}\s*[-/ ]?\s*[QH][1-4]\b/i, next);
  }
  return null;
}

/** The document's milestone table: its header cells and the 1-based line of its last row. */
function milestoneTable(text: string): { header: string[]; lastRow: number } | null {
  const lines = textLines(text);
  const cells = (line: string): string[] => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!/^\s*\|/.test(lines[i]) || !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) continue;
    if (!/^\s*\|\s*(?:M|Milestone\s*)\d/i.test(lines[i + 2])) continue;
    let last = i + 2;
    while (last + 1 < lines.length && /^\s*\|/.test(lines[last + 1])) last++;
    return { header: cells(lines[i]), lastRow: last + 1 };
  }
  return null;
}

/**
 * The row Insert Milestone adds to the document's milestone table, with the table's own columns: the new id, a
 * status column Planned, the other cells empty for the author. Null when the document has no milestone table.
 */
export function milestoneTableRowEdit(text: string, doc: RoadmapDocument, today: string): TextEdit | null {
  const table = milestoneTable(text);
  if (!table) return null;
  const id = nextIdInText(doc, 'milestone', text, today);
  const row = [id, ...table.header.slice(1).map((name) => (/status|state|estado|statut/i.test(name) ? 'Planned' : ''))];
  const starts = lineStartsOf(text);
  const { content } = lineBounds(text, starts, table.lastRow);
  const end = starts[table.lastRow - 1] + content.length;
  return { offset: end, length: 0, text: `${doc.eol}| ${row.join(' | ')} |`.replace(/\|  \|/g, '|  |') };
}

/** The next id after the highest one written anywhere: headings, table cells, checklist items. */
function nextIdInText(doc: RoadmapDocument, kind: BlockKind, text: string, today: string): string {
  const fromHeadings = nextId(blocksOf(doc, kind), kind, today);
  if (kind === 'quarter') return fromHeadings;
  const parsed = parseNumberedId(fromHeadings);
  if (!parsed) return fromHeadings;
  const prefix = parsed.prefix;
  const escaped = prefix.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\d])${escaped}${prefix.endsWith(' ') ? '\\s*' : ''}(\\d+(?:\\.\\d+)*)(?![\\d.]*\\d)`, 'gu');
  let best = parsed.numbers.map((n, i, all) => (i === all.length - 1 ? n - 1 : n));
  // Table rows and checklist items name items too ("| M4 | Launch |", "- [ ] M5: Beta"); prose and headings about
  // items ("Later Milestones (M4+)") do not.
  const naming = textLines(text).filter((l) => /^\s*\|/.test(l) || /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/.test(l)).join('\n');
  for (const m of naming.matchAll(pattern)) {
    const numbers = m[1].split('.').map(Number);
    if (compareNumbers(numbers, best) > 0) best = numbers;
  }
  const numbers = [...best];
  numbers[numbers.length - 1] += 1;
  return `${prefix}${numbers.join('.')}`;
}

/**
 * A row for the document's milestone table, with that table's own columns: its first cell the next id, a status
 * column (when the header has one) set to Planned, every other cell a tab stop.
 */
function tableRowParts(doc: RoadmapDocument, text: string, today: string): Parts | null {
  const header = milestoneTable(text)?.header;
  if (!header) return null;
  const id = nextIdInText(doc, 'milestone', text, today);
  const row: Line = [`| ${id} |`];
  let stop = 1;
  header.slice(1).forEach((name) => {
    if (/status|state|estado|statut/i.test(name)) row.push(' ', { stop: stop++, choices: STATUS_CHOICES }, ' |');
    else row.push(' ', { stop: stop++, text: name || '…' }, ' |');
  });
  return { meta: { label: `${id} row`, description: `A row for the milestone table (${header.length} columns)` }, lines: [row] };
}

type Part = string | { stop: number; text: string } | { stop: number; choices: readonly string[] };
type Line = Part[];

function snippetParts(kind: SnippetKind, doc: RoadmapDocument, today: string): { meta: { label: string; description: string }; lines: Line[] } {
  switch (kind) {
    case 'phase': {
      const next = nextBlock(doc, 'phase', today);
      return {
        meta: { label: next.id, description: `A new phase after the last one, with a goal and tasks` },
        lines: [
          [`${'#'.repeat(next.level)} ${next.id}: `, { stop: 1, text: 'Name' }],
          [],
          ['**Goal:** ', { stop: 2, text: 'What this phase delivers' }],
          [],
          ['- [ ] ', { stop: 3, text: 'First task' }],
          ['- [ ] ', { stop: 4, text: 'Second task' }],
        ],
      };
    }
    case 'milestone': {
      const next = nextBlock(doc, 'milestone', today);
      const previous = blocksOf(doc, 'milestone').at(-1)?.id ?? 'None';
      return {
        meta: { label: next.id, description: 'A new milestone with a goal, acceptance criteria and dependencies' },
        lines: [
          [`${'#'.repeat(next.level)} ${next.id}: `, { stop: 1, text: 'Name' }],
          [],
          ['**Goal:** ', { stop: 2, text: 'What this milestone makes possible' }],
          [],
          ['**Acceptance Criteria:**'],
          ['- [ ] ', { stop: 3, text: 'First criterion' }],
          ['- [ ] ', { stop: 4, text: 'Second criterion' }],
          [],
          ['**Dependencies:** ', { stop: 5, text: previous }],
        ],
      };
    }
    case 'quarter': {
      const next = nextBlock(doc, 'quarter', today);
      return {
        meta: { label: next.id, description: 'The next quarter with its first objectives' },
        lines: [
          [`${'#'.repeat(next.level)} ${next.id}: `, { stop: 1, text: 'Theme' }],
          [],
          ['- [ ] ', { stop: 2, text: 'First objective' }],
          ['- [ ] ', { stop: 3, text: 'Second objective' }],
        ],
      };
    }
    case 'task':
      return { meta: { label: 'Task', description: 'An open task list item' }, lines: [['- [ ] ', { stop: 1, text: 'Task' }]] };
    case 'criteria':
      return {
        meta: { label: 'Acceptance criteria', description: 'A list of acceptance criteria as open tasks' },
        lines: [['**Acceptance Criteria:**'], ['- [ ] ', { stop: 1, text: 'First criterion' }], ['- [ ] ', { stop: 2, text: 'Second criterion' }]],
      };
    case 'status':
      return { meta: { label: 'Status', description: 'A status line the roadmap reads' }, lines: [['**Status:** ', { stop: 1, choices: STATUS_CHOICES }]] };
    case 'milestoneRow': {
      const next = nextBlock(doc, 'milestone', today);
      return {
        meta: { label: `${next.id} row`, description: 'A row for the milestone status table' },
        lines: [[`| ${next.id} | `, { stop: 1, text: 'Title' }, ' | ', { stop: 2, text: 'Focus' }, ' | ', { stop: 3, choices: STATUS_CHOICES }, ' |']],
      };
    }
  }
}

function toSnippetBody(lines: readonly Line[]): string {
  const escape = (s: string): string => s.replace(/[\\$}]/g, (c) => `\\${c}`);
  const escapeChoice = (s: string): string => s.replace(/[\\$}|,]/g, (c) => `\\${c}`);
  return lines
    .map((line) =>
      line
        .map((part) => (typeof part === 'string' ? escape(part) : 'choices' in part ? `\${${part.stop}|${part.choices.map(escapeChoice).join(',')}|}` : `\${${part.stop}:${escape(part.text)}}`))
        .join(''),
    )
    .join('\n');
}

function toPlainText(lines: readonly Line[]): string {
  return lines.map((line) => line.map((part) => (typeof part === 'string' ? part : 'choices' in part ? part.choices[0] : part.text)).join('')).join('\n');
}

function blocksOf(doc: RoadmapDocument, kind: BlockKind): Section[] {
  return doc.sections.filter((s) => s.kind === kind);
}

function nextId(blocks: readonly Section[], kind: BlockKind, today: string): string {
  if (kind === 'quarter') {
    const quarters = blocks.map((b) => parseQuarterId(b.id ?? b.title)).filter((q): q is QuarterId => q !== null);
    if (quarters.length === 0) return formatQuarter(quarterOf(today));
    const last = quarters.reduce((a, b) => (quarterOrdinal(b) > quarterOrdinal(a) ? b : a));
    return formatQuarter(addQuarters(last, 1));
  }
  const numbered = blocks.map((b) => parseNumberedId(b.id ?? '')).filter((n): n is NumberedId => n !== null);
  if (numbered.length === 0) return kind === 'phase' ? 'Phase 1' : 'M1';
  const last = numbered.reduce((a, b) => (compareNumbers(b.numbers, a.numbers) > 0 ? b : a));
  const numbers = [...last.numbers];
  numbers[numbers.length - 1] += 1;
  return `${last.prefix}${numbers.join('.')}`;
}

interface NumberedId {
  /** Everything before the number as written: "Phase ", "Stage ", "M", "Milestone ", "v". */
  prefix: string;
  numbers: number[];
}

function parseNumberedId(id: string): NumberedId | null {
  const m = /^(.*?)(\d+(?:\.\d+)*)$/.exec(id.trim());
  return m ? { prefix: m[1], numbers: m[2].split('.').map(Number) } : null;
}

function compareNumbers(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

interface QuarterId {
  /** Quarters (`Q`) or halves (`H`) of a year. */
  unit: 'Q' | 'H';
  n: number;
  year: number;
}

function parseQuarterId(text: string): QuarterId | null {
  const m = /\b([QH])([1-4])\s*(?:[-/']\s*)?(\d{4})\b/i.exec(text) ?? /\b(\d{4})\s*[-/ ]?\s*([QH])([1-4])\b/i.exec(text);
  if (!m) return null;
  const [unit, n, year] = /^\d/.test(m[1]) ? [m[2], m[3], m[1]] : [m[1], m[2], m[3]];
  const u = unit.toUpperCase() as 'Q' | 'H';
  const num = Number(n);
  return u === 'H' && num > 2 ? null : { unit: u, n: num, year: Number(year) };
}

function quarterOrdinal(q: QuarterId): number {
  return q.year * 4 + (q.unit === 'Q' ? q.n - 1 : (q.n - 1) * 2);
}

function addQuarters(q: QuarterId, count: number): QuarterId {
  const perYear = q.unit === 'Q' ? 4 : 2;
  const index = q.year * perYear + q.n - 1 + count;
  return { unit: q.unit, n: (index % perYear) + 1, year: Math.floor(index / perYear) };
}

function formatQuarter(q: QuarterId): string {
  return `${q.unit}${q.n} ${q.year}`;
}

function quarterOf(today: string): QuarterId {
  const [year, month] = today.split('-').map(Number);
  return { unit: 'Q', n: Math.floor((month - 1) / 3) + 1, year };
}

