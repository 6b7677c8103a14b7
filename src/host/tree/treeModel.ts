// The tree's shape as plain data, kept apart from the TreeDataProvider and the TreeItems so it can be
// tested without VS Code. It deliberately imports nothing from `vscode`.
import type { RoadmapDocument, Section, SectionKind, SectionProvenance, Status } from '../../core/model';
import { effectiveStatus } from '../../core/present/decorationPlan';
import { periodText } from '../../core/present/periodText';
import { formatProgress } from '../../core/present/progressBar';
import { shortTitle } from '../../core/present/shortTitle';

export interface TreeSource {
  /** A stable key for the file (its URI as a string). */
  key: string;
  /** What the file is called in the tree when several roadmaps are shown. */
  label: string;
  model: RoadmapDocument;
  /** The document version the model was read from: a toggle from the tree names its task in this version. */
  version: number;
  error?: string;
}

interface NodeBase {
  /**
   * Stable across refreshes and edits so VS Code keeps expansion and selection and never asks for a node that is
   * gone: the file and the node's ordinal path among its siblings ("/s2/s0/t3"), never its text.
   */
  id: string;
  key: string;
  label: string;
  description: string;
  /** 1-based line to reveal on click; 0 for a file. */
  line: number;
  hasChildren: boolean;
}

export interface FileNode extends NodeBase {
  type: 'file';
  done: number;
  total: number;
  error?: string;
}

export interface SectionNode extends NodeBase {
  type: 'section';
  sectionIndex: number;
  /** How many sections enclose this one. */
  depth: number;
  kind: SectionKind;
  status: Status;
  /** Written status, null when derived from tasks. */
  writtenStatus: Status | null;
  period: string;
  dependencies: string[];
  done: number;
  total: number;
  /** What `done/total` counts: tasks, or (for a section with no tasks) the plan items under it. */
  counts: 'tasks' | 'items';
  /** The heading as written (plain text), for the tooltip: the label leaves out words shown elsewhere. */
  title: string;
  /** Where the status and period came from, for the tooltip. */
  provenance: SectionProvenance;
  /** Starts expanded: a top-level row, while the rows opened so far stay within EXPANDED_ROWS. */
  expanded: boolean;
}

export interface TaskNode extends NodeBase {
  type: 'task';
  /** Position in the model the node was built or last patched from; only the tree model itself reads it. */
  taskIndex: number;
  checked: boolean;
  /**
   * What a toggle names the task by: the offset of its box in document version `version`. An index or a line can
   * point at another task once the document has changed; the pair cannot, and a toggle refuses when the version moved.
   */
  box: { offset: number; version: number };
}

export type TreeNode = FileNode | SectionNode | TaskNode;

export interface TreeOptions {
  hideDone: boolean;
  /** Show sections with no tasks and no phase, milestone or quarter under them ("Notes", "Risks"). */
  showEmptySections?: boolean;
}

/**
 * How many rows the top-level sections opened at first may show in all. A 10k-task roadmap opened every phase and
 * made VS Code fetch, and the tree build, 10k rows; the sections past the budget start closed.
 */
const EXPANDED_ROWS = 500;

/** Where a node's children come from, built only when VS Code (or a caller) asks for them. */
interface PendingChildren {
  key: string;
  of: 'file' | 'section' | 'task';
  index: number;
}

export class RoadmapTreeModel {
  private sources: TreeSource[] = [];
  /** Children built so far, by parent id: nodes are made when asked for (expanded rows), not for the whole document. */
  private readonly childrenById = new Map<string, TreeNode[]>();
  private readonly pending = new Map<string, PendingChildren>();
  private readonly byId = new Map<string, TreeNode>();
  private rootNodes: TreeNode[] = [];

  constructor(private options: TreeOptions = { hideDone: false }) {}

  get hideDone(): boolean {
    return this.options.hideDone;
  }

  setOptions(options: TreeOptions): void {
    this.options = options;
    this.build();
  }

  /**
   * Takes new models. When only task states changed (a toggle: same sections, tasks, titles and lines), the
   * existing nodes are updated in place and returned, so the view refreshes just those; otherwise the tree is
   * rebuilt, every node whose id survives keeps its object (VS Code knows nodes by object), and the nodes that
   * differ (fields or children) are returned; undefined means refresh everything (the top level changed).
   * Typing in a title or a task, or a line inserted above, only moves lines and changes words: that is a patch.
   */
  update(sources: readonly TreeSource[]): TreeNode[] | undefined {
    const next = [...sources].sort((a, b) => a.key.localeCompare(b.key));
    const previous = this.sources;
    this.sources = next;
    const samePlaces = !this.options.hideDone
      && previous.length === next.length
      && next.every((s, i) => s.key === previous[i]!.key && !s.error && !previous[i]!.error && sameShape(previous[i]!.model, s.model));
    if (!samePlaces) return this.rebuild();
    return this.patch();
  }

  /** The section shown as the tree's (or a file's) top instead of a node: a document's lone title heading. */
  hoisted(key: string): number | undefined {
    const source = this.sources.find((s) => s.key === key);
    return source ? hoistedSection(source.model) : undefined;
  }

  roots(): TreeNode[] {
    return this.rootNodes;
  }

  children(node: TreeNode | undefined): TreeNode[] {
    if (!node) return this.rootNodes;
    const built = this.childrenById.get(node.id);
    if (built) return built;
    const spec = this.pending.get(node.id);
    const source = spec && this.sourceFor(spec.key);
    if (!spec || !source) return [];
    this.pending.delete(node.id);
    const kids = this.makeChildren(source, node, spec);
    this.attach(node, kids);
    return kids;
  }

  private makeChildren(source: TreeSource, node: TreeNode, spec: PendingChildren): TreeNode[] {
    const { model } = source;
    if (spec.of === 'file') return this.fileChildren(source, node.id, node);
    if (spec.of === 'task') return this.sequence(source, node, node.id, [], model.tasks[spec.index]!.children);
    const section = model.sections[spec.index]!;
    return this.sequence(source, node, node.id, section.children, rootTasksOf(model, section));
  }

  private sourceFor(key: string): TreeSource | undefined {
    return this.sources.find((s) => s.key === key);
  }

  /** Nodes built so far, so callers can refresh what VS Code shows without building the rest. */
  builtTasks(): TaskNode[] {
    return [...entries(this.taskNodes)].map(([, node]) => node);
  }

  /** Every node built so far: the rows VS Code has asked for, and the ones on the way to a revealed row. */
  builtNodes(): TreeNode[] {
    return [...this.byId.values()];
  }

  node(id: string): TreeNode | undefined {
    return this.byId.get(id);
  }

  parent(node: TreeNode): TreeNode | undefined {
    return this.parentById.get(node.id);
  }

  /** Open tasks in every roadmap shown: the view's badge. */
  openTasks(): number {
    let open = 0;
    for (const s of this.sources) open += s.model.progress.total - s.model.progress.done;
    return open;
  }

  /** The deepest section node containing a 1-based line of a file, for follow-cursor. */
  sectionAt(key: string, line: number): SectionNode | undefined {
    const source = this.sources.find((s) => s.key === key);
    if (!source) return undefined;
    let best: number | undefined;
    for (const section of source.model.sections) {
      if (section.line <= line && line <= section.endLine) best = section.index;
    }
    if (best === undefined) return undefined;
    // A hidden (done) section falls back to its nearest visible ancestor.
    for (let index: number | null = best; index !== null; index = source.model.sections[index]!.parent) {
      const node = this.buildSection(source, index);
      if (node) return node;
    }
    return undefined;
  }

  taskNode(key: string, taskIndex: number): TaskNode | undefined {
    const source = this.sourceFor(key);
    return source && this.buildTask(source, taskIndex);
  }

  /** The node of a section, building its ancestors' children on the way; undefined when it is not shown. */
  private buildSection(source: TreeSource, index: number): SectionNode | undefined {
    const found = this.sectionNodes.get(source.key)?.get(index);
    if (found) return found;
    const parent = source.model.sections[index]!.parent;
    const top = parent === null || parent === hoistedSection(source.model);
    const above = top ? this.fileNode(source.key) : this.buildSection(source, parent);
    if (above) this.children(above);
    else if (!top) return undefined;
    return this.sectionNodes.get(source.key)?.get(index);
  }

  private buildTask(source: TreeSource, index: number): TaskNode | undefined {
    const found = this.taskNodes.get(source.key)?.get(index);
    if (found) return found;
    const task = source.model.tasks[index]!;
    let above: TreeNode | undefined;
    if (task.parent !== null) above = this.buildTask(source, task.parent);
    else if (task.section !== null && task.section !== hoistedSection(source.model)) above = this.buildSection(source, task.section);
    else above = this.fileNode(source.key);
    if (above) this.children(above);
    return this.taskNodes.get(source.key)?.get(index);
  }

  /** The file's row when several roadmaps are shown (a lone roadmap's rows are the roots). */
  private fileNode(key: string): TreeNode | undefined {
    return this.sources.length === 1 ? undefined : this.rootNodes.find((n) => n.key === key);
  }

  private readonly parentById = new Map<string, TreeNode>();
  /** Per file key, per section or task index. */
  private readonly sectionNodes = new Map<string, Map<number, SectionNode>>();
  private readonly taskNodes = new Map<string, Map<number, TaskNode>>();

  private rebuild(): TreeNode[] | undefined {
    const before = { byId: new Map(this.byId), kids: new Map([...this.childrenById].map(([id, kids]) => [id, kids.map((k) => k.id)])), roots: this.rootNodes.map((n) => n.id) };
    this.build();
    // The rows built before (what VS Code shows) are built again, to compare; the rest waits until asked for.
    const queue = [...this.rootNodes];
    for (let node = queue.pop(); node; node = queue.pop()) if (before.kids.has(node.id)) queue.push(...this.children(node));
    return this.reconcile(before);
  }

  /**
   * Puts the previous generation's node objects in place of the new ones with the same id and type (copying the new
   * fields into them), and returns those whose fields or children changed; undefined when the top level changed.
   */
  private reconcile(before: { byId: Map<string, TreeNode>; kids: Map<string, string[]>; roots: string[] }): TreeNode[] | undefined {
    const canonical = new Map<TreeNode, TreeNode>();
    const changed: TreeNode[] = [];
    for (const [id, fresh] of this.byId) {
      const old = before.byId.get(id);
      if (!old || old.type !== fresh.type) continue;
      const kids = (this.childrenById.get(id) ?? []).map((k) => k.id);
      const oldKids = before.kids.get(id) ?? [];
      const same = sameFields(old, fresh) && kids.length === oldKids.length && kids.every((k, i) => k === oldKids[i]);
      for (const key of Object.keys(old)) if (!(key in fresh)) delete (old as unknown as Record<string, unknown>)[key];
      Object.assign(old, fresh);
      canonical.set(fresh, old);
      if (!same) changed.push(old);
    }
    const swap = <T extends TreeNode>(n: T): T => (canonical.get(n) as T | undefined) ?? n;
    for (const [id, node] of this.byId) this.byId.set(id, swap(node));
    for (const [id, kids] of this.childrenById) this.childrenById.set(id, kids.map(swap));
    for (const [id, parent] of this.parentById) this.parentById.set(id, swap(parent));
    for (const nodes of this.sectionNodes.values()) for (const [i, node] of nodes) nodes.set(i, swap(node));
    for (const nodes of this.taskNodes.values()) for (const [i, node] of nodes) nodes.set(i, swap(node));
    this.rootNodes = this.rootNodes.map(swap);
    const roots = this.rootNodes.map((n) => n.id);
    if (roots.length !== before.roots.length || roots.some((id, i) => id !== before.roots[i])) return undefined;
    return changed;
  }

  private build(): void {
    this.childrenById.clear();
    this.pending.clear();
    this.byId.clear();
    this.parentById.clear();
    this.sectionNodes.clear();
    this.taskNodes.clear();
    if (this.sources.length === 1) {
      this.rootNodes = this.fileChildren(this.sources[0]!, this.sources[0]!.key);
      return;
    }
    this.rootNodes = this.sources.map((source) => {
      const { done, total } = source.model.progress;
      const node: FileNode = {
        type: 'file',
        id: source.key,
        key: source.key,
        label: source.label,
        description: source.error ?? formatProgress(source.model.progress),
        line: 0,
        hasChildren: false,
        done,
        total,
        ...(source.error ? { error: source.error } : {}),
      };
      this.register(node, undefined);
      const { sections, tasks } = topLevel(source.model);
      node.hasChildren = this.anyShown(source, sections, tasks);
      if (node.hasChildren) this.pending.set(node.id, { key: source.key, of: 'file', index: 0 });
      return node;
    });
  }

  private fileChildren(source: TreeSource, idPrefix: string, parent?: TreeNode): TreeNode[] {
    // One H1 above everything is the document's title: the file (or the view) already stands for it.
    const { sections, tasks } = topLevel(source.model);
    const nodes = this.sequence(source, parent, idPrefix, sections, tasks);
    let rows = 0;
    for (const node of nodes) {
      if (node.type !== 'section') continue;
      const section = source.model.sections[node.sectionIndex]!;
      rows += section.tasks.length + section.children.length;
      node.expanded = rows <= EXPANDED_ROWS;
    }
    return nodes;
  }

  /**
   * Sections worth a row: those with tasks, the plan's items (phases, milestones, quarters) and what holds them.
   * A document with none of these shows every section, so no roadmap ever looks empty.
   */
  private shown(model: RoadmapDocument, index: number): boolean {
    if (this.options.showEmptySections) return true;
    let memo = this.planMemo.get(model);
    if (!memo) {
      memo = planSections(model);
      this.planMemo.set(model, memo);
    }
    return memo.size === 0 || memo.has(index);
  }

  private readonly planMemo = new WeakMap<RoadmapDocument, Set<number>>();

  private patch(): TreeNode[] {
    const changed: TreeNode[] = [];
    for (const node of this.rootNodes) {
      if (node.type !== 'file') break;
      const source = this.sources.find((s) => s.key === node.key)!;
      const { done, total } = source.model.progress;
      const description = formatProgress(source.model.progress);
      if (node.done !== done || node.total !== total || node.description !== description) {
        Object.assign(node, { done, total, description });
        changed.push(node);
      }
    }
    const byKey = new Map(this.sources.map((s) => [s.key, s]));
    for (const [key, node] of entries(this.sectionNodes)) {
      const source = byKey.get(key)!;
      const section = source.model.sections[node.sectionIndex]!;
      const fields = {
        ...sectionFields(section, source.model),
        label: rowLabel(shortTitle(section), section.progress.total > 0 || section.children.length > 0),
        title: section.title,
        line: section.line,
        dependencies: section.dependencies,
      };
      if (!sameFields(node, { ...node, ...fields })) {
        Object.assign(node, fields);
        changed.push(node);
      }
    }
    for (const [key, node] of entries(this.taskNodes)) {
      const source = byKey.get(key)!;
      const task = source.model.tasks[node.taskIndex]!;
      // Not a visible change, so not reported: the next toggle from this node names the box in the new version.
      node.box = { offset: task.offset, version: source.version };
      const description = task.children.length ? formatProgress(task.progress) : '';
      if (task.checked !== node.checked || description !== node.description || task.text !== node.label || task.line !== node.line) {
        node.checked = task.checked;
        node.description = description;
        node.label = task.text;
        node.line = task.line;
        changed.push(node);
      }
    }
    return changed;
  }

  private sectionShown(source: TreeSource, index: number): boolean {
    const { done, total } = source.model.sections[index]!.progress;
    return this.shown(source.model, index) && !(this.options.hideDone && total > 0 && done >= total);
  }

  private taskShown(source: TreeSource, index: number): boolean {
    const task = source.model.tasks[index]!;
    return !(this.options.hideDone && task.checked && task.progress.done >= task.progress.total);
  }

  /** Whether any of these would get a row: a node's expander, known without building its children. */
  private anyShown(source: TreeSource, sectionIndexes: readonly number[], taskIndexes: readonly number[]): boolean {
    return sectionIndexes.some((i) => this.sectionShown(source, i)) || taskIndexes.some((i) => this.taskShown(source, i));
  }

  /** Sections and tasks under one parent, in document order, with ids unique among siblings. */
  private sequence(source: TreeSource, parent: TreeNode | undefined, idPrefix: string, sectionIndexes: number[], taskIndexes: number[]): TreeNode[] {
    const { model } = source;
    const items: { line: number; make: (id: string) => TreeNode | undefined; name: string }[] = [];
    for (const i of sectionIndexes) {
      const section = model.sections[i]!;
      items.push({ line: section.line, name: 's', make: (id) => (this.sectionShown(source, section.index) ? this.sectionNode(source, section.index, id) : undefined) });
    }
    for (const i of taskIndexes) {
      const task = model.tasks[i]!;
      items.push({ line: task.line, name: 't', make: (id) => (this.taskShown(source, task.index) ? this.taskNodeFor(source, task.index, id) : undefined) });
    }
    items.sort((a, b) => a.line - b.line);
    // Ordinals count hidden siblings too, so hiding done tasks or empty sections does not renumber the rest.
    const seen = new Map<string, number>();
    const nodes: TreeNode[] = [];
    for (const item of items) {
      const n = seen.get(item.name) ?? 0;
      seen.set(item.name, n + 1);
      const node = item.make(`${idPrefix}/${item.name}${n}`);
      if (!node) continue;
      this.register(node, parent);
      nodes.push(node);
    }
    return nodes;
  }

  private sectionNode(source: TreeSource, index: number, id: string): SectionNode {
    const section = source.model.sections[index]!;
    let depth = 0;
    const hoisted = hoistedSection(source.model);
    for (let p = section.parent; p !== null && p !== hoisted; p = source.model.sections[p]!.parent) depth++;
    const node: SectionNode = {
      type: 'section',
      id,
      key: source.key,
      label: rowLabel(shortTitle(section), section.progress.total > 0 || section.children.length > 0),
      title: section.title,
      line: section.line,
      hasChildren: false,
      sectionIndex: index,
      depth,
      kind: section.kind,
      dependencies: section.dependencies,
      expanded: false,
      ...sectionFields(section, source.model),
    };
    node.hasChildren = this.anyShown(source, section.children, rootTasksOf(source.model, section));
    if (node.hasChildren) this.pending.set(id, { key: source.key, of: 'section', index });
    nested(this.sectionNodes, source.key).set(index, node);
    return node;
  }

  private taskNodeFor(source: TreeSource, index: number, id: string): TaskNode {
    const task = source.model.tasks[index]!;
    const node: TaskNode = {
      type: 'task',
      id,
      key: source.key,
      label: task.text,
      description: task.children.length ? formatProgress(task.progress) : '',
      line: task.line,
      hasChildren: false,
      taskIndex: index,
      checked: task.checked,
      box: { offset: task.offset, version: source.version },
    };
    node.hasChildren = this.anyShown(source, [], task.children);
    if (node.hasChildren) this.pending.set(id, { key: source.key, of: 'task', index });
    nested(this.taskNodes, source.key).set(index, node);
    return node;
  }

  private register(node: TreeNode, parent: TreeNode | undefined): void {
    this.byId.set(node.id, node);
    if (parent) this.parentById.set(node.id, parent);
  }

  private attach(node: TreeNode, kids: TreeNode[]): void {
    this.childrenById.set(node.id, kids);
    for (const kid of kids) this.parentById.set(kid.id, node);
  }
}

function nested<T>(map: Map<string, Map<number, T>>, key: string): Map<number, T> {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

function* entries<T>(map: Map<string, Map<number, T>>): Generator<[string, T]> {
  for (const [key, inner] of map) for (const node of inner.values()) yield [key, node];
}

/**
 * The description puts `done/total · %` first, so it is the last thing a narrow sidebar cuts. A section without
 * tasks that holds plan items (a "Development Phases" heading over six phases) counts those items instead.
 */
function sectionFields(section: Section, model: RoadmapDocument): Pick<SectionNode, 'description' | 'status' | 'writtenStatus' | 'period' | 'done' | 'total' | 'counts' | 'provenance'> {
  const period = formatPeriod(section.period);
  let progress = section.progress;
  let counts: SectionNode['counts'] = 'tasks';
  if (progress.total === 0) {
    const items = section.children.map((c) => model.sections[c]!).filter((c) => c.kind !== 'section');
    if (items.length > 0) {
      progress = { done: items.filter((c) => effectiveStatus(c) === 'done').length, total: items.length };
      counts = 'items';
    }
  }
  return {
    description: [formatProgress(progress), period].filter(Boolean).join(' · '),
    status: effectiveStatus(section),
    writtenStatus: section.status,
    period,
    done: progress.done,
    total: progress.total,
    counts,
    provenance: section.provenance,
  };
}

/**
 * VS Code cuts a row at the sidebar's edge, label first and description after it, so a long label hides the count.
 * Rows with a count keep their label short enough for `done/total · %` to fit the default sidebar width.
 */
const maxLabelWithCount = 28;

function rowLabel(label: string, hasCount: boolean): string {
  const chars = [...label];
  if (!hasCount || chars.length <= maxLabelWithCount) return label;
  return `${chars.slice(0, maxLabelWithCount - 1).join('').trimEnd()}…`;
}

/** Sections with tasks, plan items (phases, milestones, quarters), and every section above one of them. */
function planSections(model: RoadmapDocument): Set<number> {
  const keep = new Set<number>();
  for (const s of model.sections) {
    if (s.progress.total === 0 && s.kind === 'section') continue;
    for (let i: number | null = s.index; i !== null && !keep.has(i); i = model.sections[i]!.parent) keep.add(i);
  }
  return keep;
}

const hoistedMemo = new WeakMap<RoadmapDocument, number | null>();

/** A lone top-level H1 that holds every other heading and no task before it is the title, not a section to list. */
function hoistedSection(model: RoadmapDocument): number | undefined {
  let memo = hoistedMemo.get(model);
  if (memo === undefined) {
    const root = model.roots.length === 1 ? model.sections[model.roots[0]!]! : undefined;
    memo = root && root.level === 1 && !model.tasks.some((t) => t.section === null) ? root.index : null;
    hoistedMemo.set(model, memo);
  }
  return memo ?? undefined;
}

/** The sections and tasks at a file's top: under its hoisted title, or the document's roots and tasks before any heading. */
function topLevel(model: RoadmapDocument): { sections: number[]; tasks: number[] } {
  const title = hoistedSection(model);
  if (title !== undefined) {
    const section = model.sections[title]!;
    return { sections: section.children, tasks: rootTasksOf(model, section) };
  }
  return { sections: model.roots, tasks: model.tasks.filter((t) => t.section === null && t.parent === null).map((t) => t.index) };
}

function rootTasksOf(model: RoadmapDocument, section: Section): number[] {
  return section.tasks.filter((t) => model.tasks[t]!.parent === null);
}

/**
 * The same sections and tasks in the same places (parents, kinds, periods, dependencies): only states, counts, words
 * and lines can differ, and ids (ordinal paths) stay, so the nodes can be patched in place.
 */
function sameShape(a: RoadmapDocument, b: RoadmapDocument): boolean {
  if (a === b) return true;
  if (a.sections.length !== b.sections.length || a.tasks.length !== b.tasks.length) return false;
  for (let i = 0; i < a.sections.length; i++) {
    const x = a.sections[i]!;
    const y = b.sections[i]!;
    if (x.parent !== y.parent || x.kind !== y.kind || x.level !== y.level || x.children.length !== y.children.length || x.tasks.length !== y.tasks.length) return false;
    if (formatPeriod(x.period) !== formatPeriod(y.period) || x.dependencies.join('\u0000') !== y.dependencies.join('\u0000')) return false;
  }
  for (let i = 0; i < a.tasks.length; i++) {
    const x = a.tasks[i]!;
    const y = b.tasks[i]!;
    if (x.parent !== y.parent || x.section !== y.section) return false;
  }
  return true;
}

/** Fields a view never shows: a change in them alone is not a change to refresh. */
const UNSEEN = new Set(['box']);

/** Equality of two nodes' shown fields (arrays by their items, records by what they hold). */
function sameFields(a: TreeNode, b: TreeNode): boolean {
  const ka = Object.keys(a) as Array<keyof TreeNode>;
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (UNSEEN.has(k)) continue;
    const x = a[k] as unknown;
    const y = b[k] as unknown;
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i])) continue;
    // Small records (provenance): equal when they say the same.
    if (typeof x === 'object' && typeof y === 'object' && x !== null && y !== null && JSON.stringify(x) === JSON.stringify(y)) continue;
    return false;
  }
  return true;
}

/** The tree's period text: the one rule of core/present ("Weeks 1–3", "Q2 2024"), "" when there is none. */
export const formatPeriod = periodText;
