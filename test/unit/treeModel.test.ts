import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRoadmap } from '../../src/core/parse/parse';
import { formatPeriod, RoadmapTreeModel, type TreeNode, type TreeSource } from '../../src/host/tree/treeModel';

const roadmaps = path.resolve(__dirname, '../../../shared/roadmaps');
if (!existsSync(roadmaps)) throw new Error(`test roadmaps not found at ${roadmaps}`);
const seeds = readdirSync(path.join(roadmaps, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

function source(key: string, text: string, version = 1): TreeSource {
  return { key, label: key, model: parseRoadmap(text), version };
}

function walk(model: RoadmapTreeModel, nodes = model.roots(), out: TreeNode[] = []): TreeNode[] {
  for (const node of nodes) {
    out.push(node);
    walk(model, model.children(node), out);
  }
  return out;
}

describe('RoadmapTreeModel', () => {
  it('names each task by its box offset in the version it was built from, never by a stale index', () => {
    const tree = new RoadmapTreeModel({ hideDone: false });
    const text = '# R\n## A\n- [ ] alpha\n- [ ] beta\n';
    tree.update([source('file:///r.md', text, 7)]);
    const beta = walk(tree).find((n) => n.label === 'beta');
    assert.ok(beta?.type === 'task');
    assert.deepEqual(beta.box, { offset: text.indexOf('- [ ] beta') + 3, version: 7 });
    // A toggle elsewhere (same shape) patches the node in place: same object, the new version.
    tree.update([source('file:///r.md', text.replace('[ ] alpha', '[x] alpha'), 8)]);
    assert.equal(walk(tree).find((n) => n.label === 'beta'), beta);
    assert.deepEqual(beta.box, { offset: text.indexOf('- [ ] beta') + 3, version: 8 });
    // A task added above: beta's box moves, and the rebuilt node says where, in which version.
    const grown = text.replace('## A\n', '## A\n- [ ] new first\n');
    tree.update([source('file:///r.md', grown, 9)]);
    const moved = walk(tree).find((n) => n.label === 'beta');
    assert.ok(moved?.type === 'task');
    assert.deepEqual(moved.box, { offset: grown.indexOf('- [ ] beta') + 3, version: 9 });
  });

  for (const seed of seeds) {
    it(`shows every section and task of seed ${seed} once, in document order, with its state`, () => {
      const text = readFileSync(path.join(roadmaps, 'seeds', seed), 'utf8');
      const src = source('file:///seed.md', text);
      const tree = new RoadmapTreeModel({ hideDone: false, showEmptySections: true });
      tree.update([src]);
      const nodes = walk(tree);
      const tasks = nodes.filter((n) => n.type === 'task');
      const sections = nodes.filter((n) => n.type === 'section');
      assert.deepEqual(tasks.map((t) => t.taskIndex).sort((a, b) => a - b), src.model.tasks.map((t) => t.index));
      // A lone H1 title is hoisted: its sections are the roots; every other section has a node.
      const title = tree.hoisted('file:///seed.md');
      const h1s = src.model.roots.filter((r) => src.model.sections[r]!.level === 1);
      assert.equal(title !== undefined, src.model.roots.length === 1 && h1s.length === 1 && src.model.tasks.every((t) => t.section !== null));
      assert.deepEqual(sections.map((s) => s.sectionIndex).sort((a, b) => a - b), src.model.sections.map((s) => s.index).filter((i) => i !== title));
      // Depth-first order of a document outline is line order.
      const lines = nodes.map((n) => n.line);
      assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
      for (const t of tasks) assert.equal(t.checked, src.model.tasks[t.taskIndex]!.checked);
      assert.equal(new Set(nodes.map((n) => n.id)).size, nodes.length, 'ids are unique');
      for (const node of nodes) {
        assert.equal(node.hasChildren, tree.children(node).length > 0);
        for (const child of tree.children(node)) assert.equal(tree.parent(child), node);
      }
      assert.equal(tree.openTasks(), text.split('\n').filter((l) => /^\s*(?:[-*+]|\d+[.)])\s+\[ \]/.test(l)).length);
    });
  }

  it('describes a section with its count and period', () => {
    const tree = new RoadmapTreeModel();
    tree.update([source('file:///a.md', '# Plan\n\n## Phase 1: Setup (Weeks 1-3)\n- [x] a\n- [ ] b\n- [ ] c\n')]);
    const phase = walk(tree).find((n) => n.type === 'section' && n.label.startsWith('Phase 1'));
    assert.ok(phase && phase.type === 'section');
    assert.equal(phase.description, '1/3 · 33% · Weeks 1–3');
    assert.equal(phase.kind, 'phase');
  });

  it('lists files at the root when there are several, sorted, and their sections under them', () => {
    const tree = new RoadmapTreeModel();
    tree.update([source('file:///b/ROADMAP.md', '# B\n- [ ] x\n'), source('file:///a/ROADMAP.md', '# A\n- [x] y\n- [ ] z\n')]);
    const roots = tree.roots();
    assert.deepEqual(roots.map((r) => r.type), ['file', 'file']);
    assert.deepEqual(roots.map((r) => r.key), ['file:///a/ROADMAP.md', 'file:///b/ROADMAP.md']);
    assert.equal(roots[0]!.description, '1/2 · 50%');
    // Each file's lone title heading is hoisted into the file node, so its tasks come straight under it.
    assert.deepEqual(tree.children(roots[0]!).map((n) => n.label), ['y', 'z']);
    assert.equal(tree.openTasks(), 2);
  });

  it('shows top-level sections at the root when a file has several H1s or tasks before its first heading', () => {
    const tree = new RoadmapTreeModel();
    tree.update([source('file:///r.md', '# One\n- [ ] a\n# Two\n- [ ] b\n')]);
    assert.deepEqual(tree.roots().map((n) => n.label), ['One', 'Two']);
    tree.update([source('file:///r.md', '- [ ] early\n# Title\n## Phase 1\n- [ ] b\n')]);
    assert.deepEqual(tree.roots().map((n) => n.label), ['early', 'Title']);
  });

  it('updates nodes in place on a toggle and names exactly the nodes whose looks changed', () => {
    const before = '# Plan\n\n## Phase 1\n- [ ] a\n  - [ ] a1\n- [ ] b\n\n## Phase 2\n- [ ] c\n';
    const after = before.replace('  - [ ] a1', '  - [x] a1');
    const tree = new RoadmapTreeModel();
    assert.equal(tree.update([source('file:///r.md', before)]), undefined, 'the first update builds the tree');
    const nodes = new Map(walk(tree).map((n) => [n.label, n]));
    const changed = tree.update([source('file:///r.md', after)]);
    assert.ok(changed, 'a toggle patches the tree');
    assert.deepEqual(changed.map((n) => n.label).sort(), ['Phase 1', 'a', 'a1']);
    const again = new Map(walk(tree).map((n) => [n.label, n]));
    for (const [label, node] of nodes) assert.equal(again.get(label), node, `${label} is the same object`);
    const a1 = again.get('a1');
    assert.ok(a1 && a1.type === 'task' && a1.checked);
    assert.equal(again.get('Phase 1')!.description, '1/3 · 33%');
    assert.equal(again.get('a')!.description, '1/2 · 50%');
    // A new task is a new shape: rebuilt, and what changed is named (its section, which gains a child), nothing else.
    const added = tree.update([source('file:///r.md', after + '- [ ] d\n')]);
    assert.ok(added, 'the top level is the same: only the changed nodes are refreshed');
    assert.deepEqual(added.map((n) => n.label).sort(), ['Phase 2']);
    const rebuilt = new Map(walk(tree).map((n) => [n.label, n]));
    for (const [label, node] of again) assert.equal(rebuilt.get(label), node, `${label} kept its object through the rebuild`);
    assert.ok(rebuilt.has('d'));
  });

  it('keeps every node id while a heading and a task are retyped, so VS Code never looks for a node that is gone', () => {
    const before = '# Plan\n\n## Phase 1: Set\n- [ ] a\n\n## Phase 2\n- [ ] b\n  - [ ] b1\n';
    const tree = new RoadmapTreeModel();
    tree.update([source('file:///r.md', before)]);
    const ids = walk(tree).map((n) => n.id);
    for (const typed of ['Phase 1: Setu', 'Phase 1: Setup (Weeks 1-3) ✅', 'Phase 1']) {
      tree.update([source('file:///r.md', before.replace('Phase 1: Set', typed).replace('- [ ] b\n', '- [ ] bee\n'))]);
      assert.deepEqual(walk(tree).map((n) => n.id), ids, typed);
    }
    assert.ok(ids.every((id) => id.startsWith('file:///r.md/') && !/Phase|bee/.test(id)), ids.join(' '));
  });

  it('leaves status and period words out of the label (the icon and the description show them) and puts the count first', () => {
    const tree = new RoadmapTreeModel();
    tree.update([source('file:///r.md', '# Plan\n\n## Phase 1: Setup (Weeks 1-3) (Completed)\n- [x] a\n\n## Q2 2024: Launch\n- [ ] b\n')]);
    const [p1, q2] = tree.roots();
    assert.equal(p1!.label, 'Phase 1: Setup');
    assert.equal(p1!.description, '1/1 · 100% · Weeks 1–3');
    assert.ok(p1!.type === 'section' && p1!.title === 'Phase 1: Setup (Weeks 1-3) (Completed)');
    assert.equal(q2!.label, 'Q2 2024: Launch', 'a period that names the section stays');
  });

  it('hides sections with no tasks and no plan items under them unless asked, and counts plan items where there are no tasks', () => {
    const text = readFileSync(path.join(roadmaps, 'seeds', seeds.find((f) => f.startsWith('003'))!), 'utf8');
    const tree = new RoadmapTreeModel();
    tree.update([source('file:///r.md', text)]);
    const labels = walk(tree).map((n) => n.label);
    assert.ok(!labels.includes('Risk Assessment & Mitigation') && !labels.includes('Timeline Overview') && !labels.includes('Next Steps'), labels.join(' | '));
    const phases = tree.roots().find((n) => n.label === 'Development Phases');
    assert.ok(phases && phases.type === 'section');
    assert.equal(phases.description, '0/6 · 0%');
    assert.equal(phases.counts, 'items');
    assert.equal(tree.children(phases).length, 6);
    tree.setOptions({ hideDone: false, showEmptySections: true });
    assert.ok(walk(tree).some((n) => n.label === 'Risk Assessment & Mitigation'));
    const plain = new RoadmapTreeModel();
    plain.update([source('file:///n.md', '# Notes\n## Ideas\ntext\n## Links\nmore\n')]);
    assert.deepEqual(plain.roots().map((n) => n.label), ['Ideas', 'Links'], 'a document with no plan shows all its sections');
  });

  it('keeps rows with a count short enough for the count to show', () => {
    const tree = new RoadmapTreeModel();
    tree.update([source('file:///r.md', '# P\n## Phase 1: A very long title that goes on and on past the sidebar\n- [ ] a\n')]);
    const row = tree.roots()[0]!;
    assert.ok([...row.label].length <= 28 && row.label.endsWith('…'), row.label);
  });

  it('gives same-titled siblings distinct ids', () => {
    const tree = new RoadmapTreeModel();
    tree.update([source('file:///r.md', '# P\n## Tasks\n- [ ] same\n- [ ] same\n## Tasks\n- [ ] other\n')]);
    const nodes = walk(tree);
    assert.equal(new Set(nodes.map((n) => n.id)).size, nodes.length);
  });

  it('hides done tasks and finished sections, and shows them again', () => {
    const text = '# Plan\n\n## Phase 1\n- [x] a\n- [x] b\n\n## Phase 2\n- [x] c\n- [ ] d\n  - [x] d1\n';
    const tree = new RoadmapTreeModel({ hideDone: true });
    tree.update([source('file:///r.md', text)]);
    const labels = walk(tree).map((n) => n.label);
    assert.ok(!labels.includes('Phase 1'));
    assert.ok(labels.includes('Phase 2'));
    assert.ok(!labels.includes('c'));
    assert.ok(!labels.includes('d1'));
    assert.ok(labels.includes('d'));
    tree.setOptions({ hideDone: false });
    assert.ok(walk(tree).map((n) => n.label).includes('c'));
  });

  describe('on a 10k-task roadmap', () => {
    const phases = (extra = '') => {
      const lines = ['# Big', ''];
      for (let p = 1; p <= 100; p++) {
        lines.push(`## Phase ${p}: Block ${p}`, '');
        for (let t = 1; t <= 100; t++) lines.push(`- [${t % 3 === 0 ? 'x' : ' '}] Item ${p}.${t}`);
        if (p === 99) lines.push(extra);
        lines.push('');
      }
      return lines.join('\n');
    };

    it('builds only the rows asked for, and opens top-level sections while they hold at most a few hundred rows', () => {
      const tree = new RoadmapTreeModel();
      tree.update([source('file:///big.md', phases())]);
      const roots = tree.roots();
      assert.equal(roots.length, 100);
      assert.equal(tree.builtTasks().length, 0, 'no task row is built before VS Code asks for one');
      const open = roots.filter((n) => n.type === 'section' && n.expanded).length;
      assert.ok(open >= 1 && open < 10, `${open} phases start open`);
      assert.ok(roots.every((n) => n.hasChildren));
      assert.equal(tree.children(roots[50]!).length, 100);
      assert.equal(tree.builtTasks().length, 100);
      for (const kid of tree.children(roots[50]!)) assert.equal(tree.parent(kid), roots[50]);
    });

    it('finds any task or section by its index, building the rows above it', () => {
      const tree = new RoadmapTreeModel();
      const src = source('file:///big.md', phases());
      tree.update([src]);
      const last = tree.taskNode('file:///big.md', 9_999);
      assert.equal(last?.label, 'Item 100.100');
      assert.equal(tree.parent(last!), tree.roots()[99]);
      assert.equal(tree.sectionAt('file:///big.md', src.model.tasks[5_000]!.line)?.label, 'Phase 51: Block 51');
    });

    it('after an edit, compares only the rows built before and keeps their objects', () => {
      const tree = new RoadmapTreeModel();
      tree.update([source('file:///big.md', phases())]);
      const first = tree.children(tree.roots()[0]!);
      const changed = tree.update([source('file:///big.md', phases('- [ ] one more'), 2)]);
      assert.ok(changed, 'the top level did not change');
      // The grown phase and the one below it (its line moved); the tasks under them were never built, so not compared.
      assert.deepEqual(changed.map((n) => n.label), ['Phase 99: Block 99', 'Phase 100: Block 100']);
      assert.deepEqual(tree.children(tree.roots()[0]!), first);
      assert.equal(tree.builtTasks().length, 100);
      assert.equal(tree.children(tree.roots()[98]!).length, 101);
    });
  });

  it('finds the deepest visible section under a line for follow-cursor', () => {
    const text = '# Plan\n\n## Phase 1\n- [x] a\n\n### Detail\n- [ ] b\n\n## Phase 2\n- [ ] c\n';
    const tree = new RoadmapTreeModel();
    tree.update([source('file:///r.md', text)]);
    assert.equal(tree.sectionAt('file:///r.md', 7)?.label, 'Detail');
    assert.equal(tree.sectionAt('file:///r.md', 4)?.label, 'Phase 1');
    assert.equal(tree.sectionAt('file:///r.md', 10)?.label, 'Phase 2');
    assert.equal(tree.sectionAt('file:///other.md', 4), undefined);
  });
});

describe('formatPeriod', () => {
  it('writes weeks, quarters, halves and days the way roadmaps do', () => {
    assert.equal(formatPeriod(null), '');
    assert.equal(formatPeriod({ unit: 'week', start: 5, end: 7, source: 'heading' }), 'Weeks 5–7');
    assert.equal(formatPeriod({ unit: 'week', start: 2, end: 2, source: 'heading' }), 'Week 2');
    assert.equal(formatPeriod({ unit: 'date', start: '2024-04-01', end: '2024-06-30', precision: 'quarter', source: 'heading' }), 'Q2 2024');
    assert.equal(formatPeriod({ unit: 'date', start: '2024-10-01', end: '2025-03-31', precision: 'quarter', source: 'line' }), 'Q4 2024 – Q1 2025');
    assert.equal(formatPeriod({ unit: 'date', start: '2025-01-01', end: '2025-06-30', precision: 'half', source: 'heading' }), 'H1 2025');
    assert.equal(formatPeriod({ unit: 'date', start: '2024-05-01', end: '2024-06-30', precision: 'day', source: 'heading' }), '2024-05-01 – 2024-06-30');
  });
});
