// Rules where what a document says about progress disagrees with its boxes: a stated status (heading or "Status:"
// line), a summary checklist box that stands for a whole section, and a progress or status table row.
import { isStatusKey, normaliseId, statusIn, statusLineIn } from '../language/classify';
import type { Section, Status, TextEdit } from '../model';
import { statusFromProgress } from '../parse/buildModel';
import type { HealthDiagnostic, HealthFix } from './diagnostic';
import { lineText, positionAt } from './documentText';
import { label, quote, type HealthContext } from './healthContext';
import { findStatusWords, rewriteStatusWords } from './statusWords';
import type { Table, TableCell } from './tables';

/** What the boxes say, when the section has any. */
function tasksSay(s: Section): Status | null {
  return statusFromProgress(s.progress);
}

function contradiction(stated: Status, s: Section): boolean {
  const p = s.progress;
  if (p.total === 0 || stated === 'blocked') return false;
  if (stated === 'done') return p.done < p.total;
  if (p.done === p.total) return true;
  return stated === 'planned' && p.done > 0;
}

function tasksPhrase(s: Section): string {
  const { done, total } = s.progress;
  if (done === total) return total === 1 ? 'its one task is done' : `all ${total} of its tasks are done`;
  if (done === 0) return total === 1 ? 'its one task is open' : `none of its ${total} tasks is done`;
  return `${total - done} of its ${total} tasks ${total - done === 1 ? 'is' : 'are'} open`;
}

/** Boxes to tick so every task of the section and its subsections is done. */
function tickEdits(ctx: HealthContext, s: Section): TextEdit[] {
  const edits: TextEdit[] = [];
  const visit = (section: Section): void => {
    for (const i of section.tasks) {
      const t = ctx.doc.tasks[i];
      // A box GFM read across a line ending (`- [` then a new line) has no character to replace.
      if (!t.checked && (t.boxLength ?? 1) === 1) edits.push({ offset: t.offset, length: 1, text: 'x' });
    }
    for (const child of section.children) visit(ctx.doc.sections[child]);
  };
  visit(s);
  return edits.sort((a, b) => a.offset - b.offset);
}

export function statusContradictsTasks(ctx: HealthContext): HealthDiagnostic[] {
  const out: HealthDiagnostic[] = [];
  const taskLines = new Set(ctx.doc.tasks.map((t) => t.line));
  for (const s of ctx.doc.sections) {
    if (s.status === null || (s.statusSource !== 'heading' && s.statusSource !== 'line')) continue;
    // A status the reading took from a summary box ("- [x] **Phase 1**") is summary-disagrees' to report.
    const statedAt = s.provenance.status?.line;
    if (statedAt != null && taskLines.has(statedAt)) continue;
    // Only what the section says of itself (heading, own lines): a mention elsewhere ("- **Phase 2**: T004 can run in
    // parallel ✅") is too often about something else, and summaries and tables have their own rules.
    if (statedAt != null && (statedAt < s.line || statedAt > s.endLine)) continue;
    if (!contradiction(s.status, s)) continue;
    const words = ctx.statusWords(s, s.status);
    if (!words) continue;
    const said = ctx.text.text.slice(words.start, words.end);
    // "## Next", "## Done": a heading that is only a status word names a bucket; what its subsections' boxes say is
    // their own business unless the bucket holds boxes itself.
    if (words.where === 'heading' && s.tasks.length === 0 && said.trim() === ctx.headingText(s).text.trim()) continue;
    // "Current Progress: 91/128 tasks (71%) ✅" counts progress; its emoji decorates the count, it states no status.
    if (words.where === 'line' && isProgressCount(lineText(ctx.text, positionAt(ctx.text, words.start).line))) continue;
    const target = tasksSay(s) as Status;
    const fixes: HealthFix[] = [];
    if (words.exact) {
      const rewritten = rewriteStatusWords(said, target);
      if (rewritten !== null && stillReads(ctx, s, words, rewritten, target)) {
        fixes.push({ kind: 'set-status', to: rewritten, edits: [{ offset: words.start, length: words.end - words.start, text: rewritten }], safe: false });
      }
    }
    if (s.status === 'done') {
      const ticks = tickEdits(ctx, s);
      if (ticks.length > 0) fixes.push({ kind: 'tick-tasks', to: String(ticks.length), edits: ticks, safe: false });
    }
    const statedAs = words.exact ? `"${said.trim()}"` : label(s.status);
    out.push(ctx.diagnostic('status-contradicts-tasks', `${quote(s)} is marked ${statedAs} but ${tasksPhrase(s)}.`, words, s.index, fixes));
  }
  return out;
}

function isProgressCount(line: string): boolean {
  const fraction = /(\d{1,5})\s*\/\s*(\d{1,5})/.exec(line);
  const percent = /(\d{1,3})\s*%/.exec(line);
  return (fraction !== null && fraction[1] !== fraction[2]) || (percent !== null && percent[1] !== '100');
}

/** The rewritten heading or line still reads as `target`: a fix must never leave the status unreadable. */
function stillReads(ctx: HealthContext, s: Section, words: { start: number; end: number; where: 'heading' | 'line' }, rewritten: string, target: Status): boolean {
  const line = positionAt(ctx.text, words.start).line;
  const text = lineText(ctx.text, line);
  const base = ctx.text.starts[line - 1];
  const next = text.slice(0, words.start - base) + rewritten + text.slice(words.end - base);
  if (words.where === 'line') return statusLineIn(next) === target;
  return statusIn(next.replace(/^ {0,3}#{1,6}[ \t]+/, '')) === target || (s.level > 0 && statusIn(next.replace(/^ {0,3}#{1,6}[ \t]+/, '').trim()) === target);
}

/** Summary boxes: a task whose text names another section by its id ("- [x] **Phase 1: Foundation**"). */
export function summaryDisagrees(ctx: HealthContext): HealthDiagnostic[] {
  const out: HealthDiagnostic[] = [];
  for (const t of ctx.doc.tasks) {
    // An id has a digit near the start ("Phase 1", "M2", "v1.0"); most tasks have none there and skip the classifier.
    if (t.children.length > 0 || !/\d/.test(t.text.slice(0, 48))) continue;
    const id = normaliseId(t.text);
    if (!id) continue;
    const s = ctx.sectionById(id);
    if (!s) continue;
    // A box inside the section it names is one of its tasks, not a summary of it.
    let inside = false;
    for (let i = t.section; i !== null; i = ctx.doc.sections[i].parent) if (i === s.index) inside = true;
    if (inside) continue;
    let shouldBeDone: boolean;
    let why: string;
    if (s.progress.total > 0) {
      shouldBeDone = s.progress.done === s.progress.total;
      why = tasksPhrase(s);
    } else if (s.status !== null && s.statusSource !== 'tasks' && s.status !== 'blocked') {
      shouldBeDone = s.status === 'done';
      why = `it is marked ${label(s.status)}`;
    } else continue;
    if (shouldBeDone === t.checked) continue;
    const line = lineText(ctx.text, t.line);
    const lineBase = ctx.text.starts[t.line - 1];
    const span = { start: t.offset - 1, end: lineBase + line.trimEnd().length, exact: true };
    const message = `The summary box for ${quote(s)} is ${t.checked ? 'ticked' : 'not ticked'} but ${why} (line ${s.line}).`;
    const fixes: HealthFix[] = (t.boxLength ?? 1) === 1 ? [{ kind: 'toggle-summary', to: shouldBeDone ? 'x' : ' ', edits: [{ offset: t.offset, length: 1, text: shouldBeDone ? 'x' : ' ' }], safe: true }] : [];
    out.push(ctx.diagnostic('summary-disagrees', message, span, t.section, fixes));
  }
  return out;
}

const PROGRESS_CELL = /^[*_`]*(\d{1,4})\s*\/\s*(\d{1,4})[*_`]*(?:\s+(?:plans?|tasks?|items?|done|complete))?$/iu;

function cellKey(text: string): string {
  return text
    .replace(/[*_`[\]]/g, '')
    .replace(/\(.*?\)/g, '')
    .replace(/^\s*\d{1,3}(?:\.\d{1,3})*[.)]?\s+/, '')
    .replace(/[\p{Extended_Pictographic}\ufe0f]/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function titleCore(s: Section): string {
  let t = s.title;
  if (s.id) {
    const at = t.toLowerCase().indexOf(s.id.toLowerCase());
    if (at >= 0 && at < 4) t = t.slice(at + s.id.length);
  }
  return cellKey(t.replace(/^[\s:：.\-–—]+/, ''));
}

/** The one section a row's first cell names, by id or by title. */
function rowSection(ctx: HealthContext, cell: string, byTitle: () => Map<string, Section[]>): Section | null {
  const id = normaliseId(cell.replace(/[*_`[\]]/g, ''));
  if (id) return ctx.sectionById(id);
  const key = cellKey(cell);
  if (key.length < 3) return null;
  const found = byTitle().get(key) ?? [];
  return found.length === 1 ? found[0] : null;
}

/** Sections by their title's key and by its core (without id and notes), each section once per key. */
function titleIndex(ctx: HealthContext): Map<string, Section[]> {
  const index = new Map<string, Section[]>();
  for (const s of ctx.doc.sections) {
    for (const key of new Set([cellKey(s.title), titleCore(s)])) index.set(key, [...(index.get(key) ?? []), s]);
  }
  return index;
}

export function tableDisagrees(ctx: HealthContext): HealthDiagnostic[] {
  const out: HealthDiagnostic[] = [];
  let titles: Map<string, Section[]> | null = null;
  const byTitle = () => (titles ??= titleIndex(ctx));
  for (const table of ctx.tables) {
    const statusColumn = table.header.cells.findIndex((c) => isStatusKey(cellKey(c.text)));
    for (const row of table.rows) {
      if (row.cells.length < 2) continue;
      const s = rowSection(ctx, row.cells[0].text, byTitle);
      if (!s) continue;
      const owner = sectionAt(ctx, row.line);
      for (let c = 1; c < row.cells.length; c++) {
        const cell = row.cells[c];
        const progress = PROGRESS_CELL.exec(cell.text);
        if (progress && s.progress.total > 0) {
          const d = progressCell(ctx, s, cell, Number(progress[1]), Number(progress[2]), owner);
          if (d) out.push(d);
          continue;
        }
        if (statusColumn > 0 ? c !== statusColumn : cell.text.length > 30) continue;
        const d = statusCell(ctx, s, table, c, cell, owner);
        if (d) out.push(d);
      }
    }
  }
  return out;
}

function sectionAt(ctx: HealthContext, line: number): number | null {
  let found: number | null = null;
  for (const s of ctx.doc.sections) {
    if (s.line > line) break;
    found = s.index;
  }
  return found;
}

function progressCell(ctx: HealthContext, s: Section, cell: TableCell, done: number, total: number, owner: number | null): HealthDiagnostic | null {
  const p = s.progress;
  const claimsComplete = done === total && total > 0;
  const wrong = (claimsComplete && p.done < p.total) || (total === p.total && done !== p.done);
  if (!wrong) return null;
  const fixes: HealthFix[] = [];
  if (total === p.total) {
    const written = cell.text.replace(/(\d{1,4})(\s*\/\s*)(\d{1,4})/, `${p.done}$2$3`);
    fixes.push({ kind: 'table-cell', to: written, edits: [{ offset: cell.start, length: cell.end - cell.start, text: written }], safe: true });
  }
  const message = `The table says "${cell.text}" for ${quote(s)} but ${p.done} of its ${p.total} tasks ${p.done === 1 ? 'is' : 'are'} done (line ${s.line}).`;
  return ctx.diagnostic('table-disagrees', message, { start: cell.start, end: cell.end, exact: true }, owner, fixes);
}

function statusCell(ctx: HealthContext, s: Section, table: Table, column: number, cell: TableCell, owner: number | null): HealthDiagnostic | null {
  const said = statusIn(cell.text);
  if (said === null || said === 'blocked') return null;
  let target: Status | null = null;
  let why: string;
  if (s.progress.total > 0) {
    if (!contradiction(said, s)) return null;
    target = tasksSay(s);
    why = tasksPhrase(s);
  } else if (s.status !== null && (s.statusSource === 'heading' || s.statusSource === 'line') && s.status !== 'blocked' && s.status !== said) {
    why = `the section is marked ${label(s.status)}`;
  } else return null;
  const fixes: HealthFix[] = [];
  if (target) {
    const written = tableWords(table, column, target) ?? rewrittenCell(cell.text, said, target);
    if (written !== null && statusIn(written) === target) {
      fixes.push({ kind: 'table-cell', to: written, edits: [{ offset: cell.start, length: cell.end - cell.start, text: written }], safe: true });
    }
  }
  const message = `The table says "${cell.text}" for ${quote(s)} but ${why} (line ${s.line}).`;
  return ctx.diagnostic('table-disagrees', message, { start: cell.start, end: cell.end, exact: true }, owner, fixes);
}

/** How this table's own rows already write `target` in this column ("✅ Complete", "In progress"). */
function tableWords(table: Table, column: number, target: Status): string | null {
  for (const row of table.rows) {
    const text = row.cells[column]?.text;
    if (text && statusIn(text) === target && !/\d/.test(text)) return text;
  }
  return null;
}

function rewrittenCell(text: string, said: Status, target: Status): string | null {
  const words = findStatusWords(text, said);
  if (!words) return null;
  const rewritten = rewriteStatusWords(words.text, target);
  return rewritten === null ? null : text.slice(0, words.start) + rewritten + text.slice(words.end);
}
