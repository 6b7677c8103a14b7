// Rules on how a document is written: list lines meant as tasks that GFM does not read as tasks, and plan items
// sharing an id in the same scope (a dependency on that id cannot say which one it means).
import type { Section } from '../model';
import type { HealthDiagnostic, HealthFix } from './diagnostic';
import { lineStart, lineText } from './documentText';
import { quote, type HealthContext } from './healthContext';

// A list marker (in a block quote or not), its spacing, and something bracketed that looks like a box.
const BOX_LINE = /^((?:\s*>)*\s*)([-*+]|\d{1,9}[.)])([ \t]*)(\[(?:[ \t]*[xX*✓✔vV]\ufe0f?[ \t]*|[ \t]*)\])(?=[ \t]|$)/u;

export function malformedBox(ctx: HealthContext): HealthDiagnostic[] {
  const out: HealthDiagnostic[] = [];
  const taskLines = new Set(ctx.doc.tasks.map((t) => t.line));
  const count = ctx.text.starts.length;
  let section: number | null = null;
  let nextSection = 0;
  for (let line = 1; line <= count; line++) {
    while (nextSection < ctx.doc.sections.length && ctx.doc.sections[nextSection].line <= line) section = nextSection++;
    if (!ctx.text.prose[line - 1] || taskLines.has(line)) continue;
    const text = lineText(ctx.text, line);
    const m = BOX_LINE.exec(text);
    if (!m) continue;
    const [, lead, marker, gap, box] = m;
    const inner = box.slice(1, -1);
    const boxOk = inner === ' ' || inner === 'x' || inner === 'X';
    if (boxOk && gap.length > 0) continue;
    // Four or more columns of indentation before a top-level marker make indented code, not a list.
    if (lead.replace(/>/g, '').length >= 4 && !/>/.test(lead) && !previousIsList(ctx, line)) continue;
    const base = lineStart(ctx.text, line);
    const markerAt = base + lead.length;
    const boxAt = markerAt + marker.length + gap.length;
    const mark = inner.trim() === '' ? ' ' : /X/.test(inner) ? 'X' : 'x';
    const edits = [];
    if (gap.length === 0) edits.push({ offset: boxAt, length: 0, text: ' ' });
    if (!boxOk) edits.push({ offset: boxAt, length: box.length, text: `[${mark}]` });
    const fixed = `${marker}${gap || ' '}[${boxOk ? inner : mark}]`;
    const written = text.slice(lead.length, lead.length + marker.length + gap.length + box.length);
    const fix: HealthFix = { kind: 'repair-box', to: fixed, edits, safe: true };
    const why = boxOk ? `needs a space after "${marker}"` : `is not a task box`;
    const span = { start: markerAt, end: boxAt + box.length, exact: true };
    out.push(ctx.diagnostic('malformed-box', `"${written}" ${why}: GFM reads no task here. Write "${fixed}".`, span, section, [fix]));
  }
  return out;
}

function previousIsList(ctx: HealthContext, line: number): boolean {
  for (let l = line - 1; l >= 1; l--) {
    const text = lineText(ctx.text, l);
    if (text.trim() === '') return false;
    if (/^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(text)) return true;
  }
  return false;
}

export function duplicateId(ctx: HealthContext): HealthDiagnostic[] {
  const out: HealthDiagnostic[] = [];
  const seen = new Map<string, number>();
  for (const s of ctx.doc.sections) {
    // Only headings that write the id as such ("Phase 1.0.1" is read as "Phase 1.0" but is not it).
    if (!s.id || !ctx.idWords(s).exact) continue;
    // "Phase 4: Testing" names an item; "Phase 4 Success Criteria" is a heading about one.
    const after = ctx.text.text.slice(ctx.idWords(s).end, ctx.heading(s).end);
    if (!/^\s*(?:$|[:：\-–—(\[|.,]|\p{Extended_Pictographic})/u.test(after)) continue;
    // Headings about an item rather than items ("Phase 1 Risks", "Phase 4 Success Criteria") carry no plan of their own.
    if (!isPlanItem(s) || s.about) continue;
    // An ancestor with an id of its own qualifies the id: "Phase 1" under "v1.0" and under "v2.0" are two items.
    let qualifier = '';
    for (let p = s.parent; p !== null; p = ctx.doc.sections[p].parent) {
      if (ctx.doc.sections[p].id) {
        qualifier = ctx.doc.sections[p].id!;
        break;
      }
    }
    // "Phase 1 Goal 2" under "Phase 1 Goals" is a part of that item, not another one.
    if (qualifier === s.id) continue;
    const key = `${qualifier}\u0000${s.id}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, s.index);
      continue;
    }
    const other = ctx.doc.sections[first];
    const message = `${quote(s)} has the id "${s.id}" of ${quote(other)} (line ${other.line}): a dependency on "${s.id}" cannot say which it means.`;
    out.push(ctx.diagnostic('duplicate-id', message, ctx.idWords(s), s.index));
  }
  return out;
}

function isPlanItem(s: Section): boolean {
  return s.tasks.length > 0 || s.period !== null || s.dependencies.length > 0 || (s.status !== null && s.statusSource !== 'tasks');
}
