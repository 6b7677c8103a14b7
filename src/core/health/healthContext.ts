// What every rule reads: the model, the text with its line positions, today, and the ranges of a section's words.
// Ranges come from the model's provenance where the reading filled it, else from the words found here, else the
// heading line (marked inexact), so every diagnostic points somewhere sensible while provenance is being filled.
import type { Provenance, RoadmapDocument, Section, Status } from '../model';
import { dependenciesIn, normaliseId, statusLineIn } from '../language/classify';
import { DEFAULT_SEVERITY, type HealthCode, type HealthDiagnostic, type HealthFix } from './diagnostic';
import { documentText, isProse, lineStart, lineText, positionAt, type DocumentText } from './documentText';
import { statusText } from '../present/periodText';
import { findStatusWords } from './statusWords';
import { findTables, type Table } from './tables';

export interface Span {
  start: number;
  end: number;
  /** The words themselves (true) or a stand-in such as the heading line (false). */
  exact: boolean;
}

export class HealthContext {
  readonly text: DocumentText;
  private tableCache: Table[] | null = null;
  private idIndex: Map<string, number[]> | null = null;
  private readonly listed = new Map<string, boolean>();

  constructor(
    readonly doc: RoadmapDocument,
    text: string,
    readonly today: string,
  ) {
    this.text = documentText(text);
  }

  get tables(): Table[] {
    this.tableCache ??= findTables(this.text);
    return this.tableCache;
  }

  /** Sections by id, in document order. */
  sectionsWithId(id: string): number[] {
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (const s of this.doc.sections) if (s.id) this.idIndex.set(s.id, [...(this.idIndex.get(s.id) ?? []), s.index]);
    }
    return this.idIndex.get(id) ?? [];
  }

  /**
   * Ids the document names as items without a heading of their own: a list item or table row that starts with one
   * ("- ✅ **v1.2 Dashboard** — shipped", "| v1.2 Dashboard | Complete |").
   */
  isListed(id: string): boolean {
    const cached = this.listed.get(id);
    if (cached !== undefined) return cached;
    // Only lines that hold the id's number can name it; the rest skip the classifier.
    const number = /(\d[\d.]*)$/.exec(id)?.[1] ?? id;
    let found = false;
    for (let line = 1; line <= this.text.starts.length && !found; line++) {
      if (!isProse(this.text, line)) continue;
      const text = lineText(this.text, line);
      if (!text.includes(number)) continue;
      const m = /^\s*(?:[-*+]|\d{1,3}[.)]|\|)\s+(?:\[[ xX]\]\s+)?(.*)$/u.exec(text);
      found = m !== null && normaliseId(m[1].replace(/[*_`]/g, '')) === id;
    }
    this.listed.set(id, found);
    return found;
  }

  /** The one section an id names, or null when none or several do. */
  sectionById(id: string): Section | null {
    const found = this.sectionsWithId(id);
    return found.length === 1 ? this.doc.sections[found[0]] : null;
  }

  /** The heading's words (after the `#`s, before closing ones). */
  heading(s: Section): Span {
    const text = lineText(this.text, s.line);
    const base = lineStart(this.text, s.line);
    const m = /^ {0,3}#{1,6}[ \t]+/.exec(text);
    const from = m ? m[0].length : text.length - text.trimStart().length;
    const to = text.replace(/[ \t]+#+[ \t]*$/, '').trimEnd().length;
    return { start: base + from, end: base + Math.max(from, to), exact: false };
  }

  headingText(s: Section): { text: string; start: number } {
    const span = this.heading(s);
    return { text: this.text.text.slice(span.start, span.end), start: span.start };
  }

  /** Where the heading writes the section's id. */
  idWords(s: Section): Span {
    const stated = this.fromProvenance(s.provenance.id);
    if (stated || !s.id) return stated ?? this.heading(s);
    const { text, start } = this.headingText(s);
    const at = idWordsIn(text, s.id);
    return at ? { start: start + at.start, end: start + at.end, exact: true } : this.heading(s);
  }

  /** Lines between the heading and the next heading (of any level): where the section's own facts are written. */
  *ownLines(s: Section): Generator<number> {
    const next = this.doc.sections[s.index + 1];
    const last = next ? next.line - 1 : this.text.starts.length;
    for (let line = s.line + 1; line <= last; line++) if (isProse(this.text, line)) yield line;
  }

  fromProvenance(p: Provenance | null): Span | null {
    if (!p || p.basis !== 'stated' || p.start === null || p.end === null || p.end < p.start) return null;
    return { start: p.start, end: p.end, exact: true };
  }

  /** Where the section states `status` (heading marker or "Status:" line), or null when the status was not stated there. */
  statusWords(s: Section, status: Status): (Span & { where: 'heading' | 'line' }) | null {
    const stated = this.fromProvenance(s.provenance.status);
    if (stated) return { ...stated, where: s.statusSource === 'line' ? 'line' : 'heading' };
    if (s.statusSource === 'heading') {
      const { text, start } = this.headingText(s);
      const words = findStatusWords(text, status);
      return words ? { start: start + words.start, end: start + words.end, exact: true, where: 'heading' } : { ...this.heading(s), where: 'heading' };
    }
    if (s.statusSource === 'line') {
      for (const line of this.ownLines(s)) {
        const text = lineText(this.text, line);
        if (statusLineIn(text) !== status) continue;
        const base = lineStart(this.text, line);
        const words = findStatusWords(text, status);
        if (words) return { start: base + words.start, end: base + words.end, exact: true, where: 'line' };
        return { start: base, end: base + text.length, exact: false, where: 'line' };
      }
    }
    return null;
  }

  /** The line that lists the section's dependencies, if one does. */
  dependencyLine(s: Section): { line: number; start: number; text: string } | null {
    const p = s.provenance.dependencies;
    if (p && p.line !== null) return { line: p.line, start: lineStart(this.text, p.line), text: lineText(this.text, p.line) };
    for (const line of this.ownLines(s)) {
      const text = lineText(this.text, line);
      const ids = dependenciesIn(text);
      if (ids !== null && ids.length > 0) return { line, start: lineStart(this.text, line), text };
    }
    return null;
  }

  /** Where a dependency line writes `id` ("M7", "Milestone 7", "Phase 9", "phase 9"). */
  dependencyWords(s: Section, id: string): Span {
    const found = this.dependencyLine(s);
    if (!found) return this.heading(s);
    const at = idWordsIn(found.text, id);
    if (at) return { start: found.start + at.start, end: found.start + at.end, exact: true };
    const indent = found.text.length - found.text.trimStart().length;
    return { start: found.start + indent, end: found.start + found.text.length, exact: false };
  }

  diagnostic(code: HealthCode, message: string, span: Span, section: number | null, fixes: HealthFix[] = []): HealthDiagnostic {
    const from = positionAt(this.text, span.start);
    const to = positionAt(this.text, span.end);
    return {
      code,
      severity: DEFAULT_SEVERITY[code],
      message,
      start: span.start,
      end: span.end,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      section,
      exact: span.exact,
      fixes,
    };
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offsets of the words that write `id` in `text`, however it is spelled. */
export function idWordsIn(text: string, id: string): { start: number; end: number } | null {
  const m = /^(.*?)\s*(\d[\d.]*)$/u.exec(id);
  const patterns: RegExp[] = [new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(id)}(?![\\p{L}\\p{N}]|\\.\\d)`, 'iu')];
  if (m) {
    const number = `0*${escapeRegExp(m[2])}(?![\\p{N}]|\\.\\d)`;
    const word = m[1] === 'M' ? '(?:M|milestone|meilenstein|marco|hito|jalon)' : escapeRegExp(m[1]);
    patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])${word}\\s*[-#№]?\\s*${number}`, 'iu'));
  }
  for (const re of patterns) {
    const found = re.exec(text);
    if (found) return { start: found.index, end: found.index + found[0].length };
  }
  return null;
}

/** A section's name as a message quotes it: its title as written, shortened. */
export function quote(s: Section): string {
  const title = s.title.length > 60 ? `${s.title.slice(0, 57)}…` : s.title;
  return `"${title}"`;
}

export function label(status: Status): string {
  return statusText(status);
}
