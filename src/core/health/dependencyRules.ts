// Rules on "Dependencies:" / "Depends on" lines: ids that name nothing, circles, and dependents scheduled or done
// before what they depend on.
import type { Period, Section } from '../model';
import { compareIso } from '../language/periods';
import type { HealthDiagnostic, HealthFix } from './diagnostic';
import { label, quote, type HealthContext } from './healthContext';

export function unknownDependency(ctx: HealthContext): HealthDiagnostic[] {
  const out: HealthDiagnostic[] = [];
  const known = [...new Set(ctx.doc.sections.map((s) => s.id).filter((id): id is string => id !== null))];
  for (const s of ctx.doc.sections) {
    for (const id of s.dependencies) {
      if (ctx.sectionsWithId(id).length > 0 || ctx.isListed(id)) continue;
      const span = ctx.dependencyWords(s, id);
      const fixes: HealthFix[] = [];
      if (span.exact) {
        const written = ctx.text.text.slice(span.start, span.end);
        for (const candidate of closestIds(id, known.filter((k) => k !== s.id))) {
          const text = inStyleOf(written, id, candidate);
          fixes.push({ kind: 'replace-dependency', to: text, edits: [{ offset: span.start, length: span.end - span.start, text }], safe: false });
        }
      }
      const message = `${quote(s)} depends on "${id}", which no heading in this document names.`;
      out.push(ctx.diagnostic('unknown-dependency', message, span, s.index, fixes));
    }
  }
  return out;
}

/** Up to three known ids nearest to `id`: same word first, then by edit distance. */
export function closestIds(id: string, known: string[]): string[] {
  const word = (x: string) => x.replace(/[\d.\s]+$/, '').toLowerCase();
  const scored = known
    .map((k) => ({ k, score: editDistance(id.toLowerCase(), k.toLowerCase()) + (word(k) === word(id) ? 0 : 3) }))
    .filter((c) => c.score <= Math.max(2, Math.ceil(id.length / 2)));
  scored.sort((a, b) => a.score - b.score || known.indexOf(a.k) - known.indexOf(b.k));
  return scored.slice(0, 3).map((c) => c.k);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** "Milestone 7" → "Milestone 6" when the candidate is M6: keep the author's word, change the number. */
function inStyleOf(written: string, id: string, candidate: string): string {
  const number = /(\d[\d.]*)$/.exec(id)?.[1];
  const next = /(\d[\d.]*)$/.exec(candidate)?.[1];
  const sameWord = id.replace(/[\d.\s]+$/, '') === candidate.replace(/[\d.\s]+$/, '');
  if (number && next && sameWord && written.endsWith(number)) return written.slice(0, written.length - number.length) + next;
  return candidate;
}

/** Each section's dependencies resolved to sections (ids that name exactly one). */
function edges(ctx: HealthContext): Map<number, Section[]> {
  const out = new Map<number, Section[]>();
  for (const s of ctx.doc.sections) {
    const targets = s.dependencies.map((id) => ctx.sectionById(id)).filter((d): d is Section => d !== null);
    if (targets.length > 0) out.set(s.index, targets);
  }
  return out;
}

/** Strongly connected components (Tarjan), iteratively; only those that form a circle. */
function cycles(graph: Map<number, Section[]>): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const found: number[][] = [];
  let counter = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { v: number; i: number }[] = [{ v: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const next = graph.get(frame.v) ?? [];
      if (frame.i < next.length) {
        const w = next[frame.i++].index;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) low.set(work[work.length - 1].v, Math.min(low.get(work[work.length - 1].v)!, low.get(frame.v)!));
      if (low.get(frame.v) === index.get(frame.v)) {
        const component: number[] = [];
        for (let w = stack.pop()!; ; w = stack.pop()!) {
          onStack.delete(w);
          component.push(w);
          if (w === frame.v) break;
        }
        const selfLoop = component.length === 1 && (graph.get(component[0]) ?? []).some((d) => d.index === component[0]);
        if (component.length > 1 || selfLoop) found.push(component.sort((a, b) => a - b));
      }
    }
  }
  return found;
}

export function dependencyCycle(ctx: HealthContext): HealthDiagnostic[] {
  const graph = edges(ctx);
  const out: HealthDiagnostic[] = [];
  for (const component of cycles(graph)) {
    const members = new Set(component);
    for (const v of component) {
      const s = ctx.doc.sections[v];
      // The path back to this member through the circle, for the message.
      const path = circleFrom(graph, v, members).map((i) => ctx.doc.sections[i].id ?? ctx.doc.sections[i].title);
      const next = (graph.get(v) ?? []).find((d) => members.has(d.index))!;
      const span = ctx.dependencyWords(s, next.id!);
      out.push(ctx.diagnostic('dependency-cycle', `${quote(s)} is in a dependency cycle: ${path.join(' → ')}.`, span, s.index));
    }
  }
  return out;
}

/** The shortest way round the circle from `start` back to it, as section indexes (start first and last). */
function circleFrom(graph: Map<number, Section[]>, start: number, members: Set<number>): number[] {
  const previous = new Map<number, number>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const d of graph.get(v) ?? []) {
      if (!members.has(d.index)) continue;
      if (d.index === start) {
        const path = [start];
        for (let w = v; w !== start; w = previous.get(w)!) path.unshift(w);
        return [start, ...path];
      }
      if (!previous.has(d.index)) {
        previous.set(d.index, v);
        queue.push(d.index);
      }
    }
  }
  return [start];
}

/** Whether `a` starts before `b` ends, with both written in the same unit; null when they cannot be compared. */
function startsBeforeEnd(a: Period, b: Period): boolean | null {
  if (a.source === 'duration' || b.source === 'duration') return null;
  if (a.unit === 'week' && b.unit === 'week') return a.start < b.end;
  if (a.unit === 'date' && b.unit === 'date') return compareIso(a.start, b.end) < 0;
  return null;
}

function periodWords(p: Period): string {
  if (p.unit === 'week') return p.start === p.end ? `week ${p.start}` : `weeks ${p.start}–${p.end}`;
  return p.start === p.end ? p.start : `${p.start} → ${p.end}`;
}

export function dependencyOrder(ctx: HealthContext): HealthDiagnostic[] {
  const graph = edges(ctx);
  const inCycle = new Set(cycles(graph).flat());
  const out: HealthDiagnostic[] = [];
  for (const [v, deps] of graph) {
    if (inCycle.has(v)) continue;
    const s = ctx.doc.sections[v];
    for (const d of deps) {
      if (d.index === s.index) continue;
      let message: string | null = null;
      if (s.period && d.period && startsBeforeEnd(s.period, d.period)) {
        message = `${quote(s)} starts (${periodWords(s.period)}) before ${quote(d)}, which it depends on, ends (${periodWords(d.period)}).`;
      } else if (s.status === 'done' && d.status !== null && d.status !== 'done') {
        message = `${quote(s)} is done but ${quote(d)}, which it depends on, is ${label(d.status)}.`;
      }
      if (message) out.push(ctx.diagnostic('dependency-order', message, ctx.dependencyWords(s, d.id!), s.index));
    }
  }
  return out;
}

