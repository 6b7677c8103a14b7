// The agent core: what to do next, which task a query means, and idempotent one-character edits.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findTask, similarity } from '../../src/core/agent/findTask';
import { nextTasks } from '../../src/core/agent/nextTasks';
import { planSetTask, statusReport } from '../../src/core/agent/agentReports';
import { setTask, StaleTaskError } from '../../src/core/agent/setTask';
import { applyEdits } from '../../src/core/edit/edits';
import { parseRoadmap } from '../../src/core/parse/parse';
import { corpusFiles, seedText } from './helpers/corpus';

describe('agent: nextTasks', () => {
  it('seed 001: the in-progress phase’s open tasks come first, in order', () => {
    const next = nextTasks(parseRoadmap(seedText('001')), 3);
    assert.deepEqual(next.map((n) => n.task.text), ['User authentication and authorization', 'Business management', 'Stage management']);
    assert.ok(next.every((n) => n.item?.id === 'Phase 2' && n.reason === 'in-progress'));
  });

  it('continues with the next item whose dependencies are done, and skips one whose dependency is open', () => {
    const text = [
      '## M1: Base (Completed)', '- [x] a',
      '## M2: Next', 'Dependencies: M1', '- [ ] b',
      '## M3: Later', 'Dependencies: M2', '- [ ] c',
      '## M4: Free', '- [ ] d', '',
    ].join('\n');
    const next = nextTasks(parseRoadmap(text), 10);
    assert.deepEqual(next.map((n) => [n.task.text, n.item?.id, n.reason]), [['b', 'M2', 'ready'], ['d', 'M4', 'ready']]);
  });

  it('a plain checklist without headings offers its open tasks', () => {
    const next = nextTasks(parseRoadmap('- [x] one\n- [ ] two\n- [ ] three\n'), 5);
    assert.deepEqual(next.map((n) => n.task.text), ['two', 'three']);
  });

  it('never returns a done task, never more than the limit, on every corpus file', () => {
    for (const { name, text } of corpusFiles()) {
      const doc = parseRoadmap(text);
      const next = nextTasks(doc, 7);
      assert.ok(next.length <= 7, name);
      assert.ok(next.every((n) => !n.task.checked), name);
      assert.equal(new Set(next.map((n) => n.task.index)).size, next.length, `${name}: no task twice`);
    }
  });
});

describe('agent: findTask', () => {
  const doc = parseRoadmap(seedText('001'));

  it('by line, by exact text (case and markdown aside), by a close match', () => {
    assert.equal(find({ line: 15 })?.text, 'User authentication and authorization');
    assert.equal(find({ text: 'user AUTHENTICATION and authorization' })?.text, 'User authentication and authorization');
    assert.equal(find({ text: 'User authentification and authorisation' })?.text, 'User authentication and authorization');
    assert.equal(find({ text: 'Webhook' })?.text, 'Webhook integration');
  });

  it('reports ambiguity instead of guessing', () => {
    const result = findTask(doc, { text: 'management' });
    assert.equal(result.kind, 'ambiguous');
    if (result.kind === 'ambiguous') assert.ok(result.candidates.length >= 2);
    const twice = findTask(parseRoadmap('- [ ] Write docs\n- [x] write docs\n'), { text: 'Write docs' });
    assert.equal(twice.kind, 'ambiguous');
  });

  it('says not found, with the nearest tasks, for a line without a task or an unrelated text', () => {
    assert.equal(findTask(doc, { line: 1 }).kind, 'not-found');
    assert.equal(findTask(doc, { text: 'Quantum teleportation of kittens' }).kind, 'not-found');
  });

  it('similarity is symmetric-ish, 1 on equal strings and 0 on disjoint ones', () => {
    assert.equal(similarity('abc', 'abc'), 1);
    assert.equal(similarity('abcd', 'wxyz'), 0);
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const s = similarity(a, b);
      return s >= 0 && s <= 1 && Math.abs(s - similarity(b, a)) < 1e-9;
    }));
  });

  function find(query: { line: number } | { text: string }) {
    const result = findTask(doc, query);
    return result.kind === 'found' ? result.task : undefined;
  }
});

describe('agent: setTask', () => {
  it('is idempotent and changes exactly the box character, on every task of every corpus file', () => {
    for (const { name, text } of corpusFiles()) {
      const doc = parseRoadmap(text);
      for (const task of doc.tasks) {
        assert.deepEqual(setTask(text, task, task.checked), [], `${name}:${task.line} already so`);
        const edits = setTask(text, task, !task.checked);
        assert.equal(edits.length, 1);
        const after = applyEdits(text, edits);
        assert.equal(after.length, text.length, `${name}:${task.line}`);
        assert.equal(after.slice(0, task.offset) + after.slice(task.offset + 1), text.slice(0, task.offset) + text.slice(task.offset + 1));
        assert.deepEqual(setTask(after, task, !task.checked), [], `${name}:${task.line} second call changes nothing`);
      }
    }
  });

  it('refuses a task whose box is no longer where the model says', () => {
    const doc = parseRoadmap('- [ ] alpha\n- [ ] beta\n');
    const beta = doc.tasks[1];
    assert.throws(() => setTask('- [ ] new\n- [ ] alpha\n- [ ] beta\n'.slice(0, beta.offset) + 'z', beta, true), StaleTaskError);
  });
});

describe('agent: reports', () => {
  it('planSetTask ticks one task by text and reports the section’s new progress; a second call changes nothing', () => {
    const text = seedText('001');
    const first = planSetTask(text, parseRoadmap(text), { text: 'Business management' }, true);
    assert.ok(first.ok && first.changed);
    assert.equal(first.text.length, text.length);
    assert.deepEqual(first.section, { title: 'Phase 2: Core Features (In Progress)', line: 14, progress: { done: 1, total: 8 } });
    const second = planSetTask(first.text, parseRoadmap(first.text), { text: 'Business management' }, true);
    assert.ok(second.ok && !second.changed && second.text === first.text);
  });

  it('planSetTask refuses when expectedText no longer matches, and on ambiguity lists candidates', () => {
    const text = seedText('001');
    const doc = parseRoadmap(text);
    const stale = planSetTask(text, doc, { line: 15 }, true, 'Something else entirely');
    assert.ok(!stale.ok && /changed since/.test(stale.message));
    const ambiguous = planSetTask(text, doc, { text: 'management' }, true);
    assert.ok(!ambiguous.ok && (ambiguous.candidates?.length ?? 0) >= 2);
  });

  it('statusReport filters by id or title words', () => {
    const report = statusReport('ROADMAP.md', parseRoadmap(seedText('001')), 'phase 2');
    assert.deepEqual(report.sections.map((s) => s.id), ['Phase 2']);
    assert.equal(report.sections[0].status, 'in-progress');
    assert.equal(report.sections[0].statusBasis, 'stated');
  });
});
