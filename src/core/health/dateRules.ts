// Rules on periods: work whose period ended before today while it is not done, and ranges written backwards.
import type { Section } from '../model';
import { keyValueIn } from '../language/classify';
import { compareIso, findPeriod } from '../language/periods';
import type { HealthDiagnostic } from './diagnostic';
import { lineStart, lineText, positionAt } from './documentText';
import { label, quote, type HealthContext, type Span } from './healthContext';

// A document's own date ("Date: 2025-01-08" under the title, "Last updated: …") says when it was written, not when
// the work is due.
const WRITTEN_ON = /^[*_\s]*(?:created|updated|last\s+updated|last\s+modified|modified|revised|revision\s+date|generated|written)$/iu;

/** Where the section writes its period (provenance, the heading, or its first own line that has one), and the key of that line. */
function periodWords(ctx: HealthContext, s: Section): Span & { key?: string } {
  const withKey = (span: Span): Span & { key?: string } => {
    const line = positionAt(ctx.text, span.start).line;
    return line === s.line ? span : { ...span, key: keyValueIn(lineText(ctx.text, line))?.key };
  };
  const stated = ctx.fromProvenance(s.provenance.period);
  if (stated) return withKey(stated);
  if (s.period?.source === 'heading') {
    const { text, start } = ctx.headingText(s);
    const found = findPeriod(text, 'heading');
    if (found) return { start: start + found.index, end: start + found.end, exact: true };
  }
  if (s.period?.source === 'line') {
    for (const line of ctx.ownLines(s)) {
      const found = findPeriod(lineText(ctx.text, line), 'line');
      if (found) return withKey({ start: lineStart(ctx.text, line) + found.index, end: lineStart(ctx.text, line) + found.end, exact: true });
    }
  }
  return ctx.heading(s);
}

export function overdue(ctx: HealthContext): HealthDiagnostic[] {
  const out: HealthDiagnostic[] = [];
  for (const s of ctx.doc.sections) {
    const p = s.period;
    if (!p || p.unit !== 'date' || p.source === 'duration') continue;
    if (s.status === null || s.status === 'done' || s.finished || compareIso(p.end, ctx.today) >= 0) continue;
    // All boxes ticked: the item is done in all but its stated status, which status-contradicts-tasks reports.
    if (s.progress.total > 0 && s.progress.done === s.progress.total) continue;
    // "v2.9.1 (Current - 2025-12-29)": one day on an item under way says since when, not by when.
    if (s.status === 'in-progress' && p.start === p.end) continue;
    const words = periodWords(ctx, s);
    if (words.key && (WRITTEN_ON.test(words.key) || (s.level === 1 && /^[*_\s]*date[*_\s]*$/i.test(words.key)))) continue;
    const state = s.progress.total > 0 ? `${label(s.status)} (${s.progress.done} of ${s.progress.total} tasks done)` : label(s.status);
    const message = `${quote(s)} was due by ${p.end} but is ${state}.`;
    out.push(ctx.diagnostic('overdue', message, words, s.index));
  }
  return out;
}

// "Weeks 5-3", "Week 9 – 2"; a count after the second number ("Week 5 - 3 days") is not a range.
const WEEK_RANGE = /(?<![\p{L}\p{N}])(?:weeks?|wks?|semanas?|semaines?|wochen?|hafta|недел[яиь])\s*(\d{1,3})\s*(?:-|–|—|to|bis|a|à|até|hasta)\s*(?:(?:weeks?|wks?)\s*)?(\d{1,3})(?![\p{N}]|\s*(?:days?|tasks?|hours?|hrs?|h|people|devs?|items?|points?|sp)\b)/giu;
const DATE_RANGE = /(\d{4}-\d{2}-\d{2})\s*(?:-|–|—|→|->|=>|to|until|till|bis|até|hasta|au|\.\.)\s*(\d{4}-\d{2}-\d{2})(?!\d)/giu;

const MAYBE_WEEKS = /weeks?|wks?|seman|semaine|woche|hafta|недел/iu;

export function periodInverted(ctx: HealthContext): HealthDiagnostic[] {
  const out: HealthDiagnostic[] = [];
  const count = ctx.text.starts.length;
  let section: number | null = null;
  let nextSection = 0;
  for (let line = 1; line <= count; line++) {
    while (nextSection < ctx.doc.sections.length && ctx.doc.sections[nextSection].line <= line) section = nextSection++;
    if (!ctx.text.prose[line - 1]) continue;
    const text = lineText(ctx.text, line);
    // A range written backwards needs two numbers and a week word or two ISO days; most lines have neither.
    if (!/\d/.test(text) || !(MAYBE_WEEKS.test(text) || /\d{4}-\d{2}-\d{2}.*\d{4}-\d{2}-\d{2}/.test(text))) continue;
    const base = lineStart(ctx.text, line);
    const code = codeSpans(text);
    for (const [re, inverted] of [
      [WEEK_RANGE, (a: string, b: string) => Number(b) < Number(a)],
      [DATE_RANGE, (a: string, b: string) => compareIso(b, a) < 0],
    ] as const) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        if (!inverted(m[1], m[2]) || code.some(([a, b]) => m.index >= a && m.index < b)) continue;
        const span = { start: base + m.index, end: base + m.index + m[0].length, exact: true };
        out.push(ctx.diagnostic('period-inverted', `"${m[0]}" ends before it starts.`, span, section));
      }
    }
  }
  return out;
}

function codeSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(`+)[^`]*?\1/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
