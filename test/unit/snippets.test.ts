import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRoadmap } from '../../src/core/parse/parse';

// The plain markdown snippets (contributes.snippets) must expand into what the parser reads as the block they name.
const file = path.resolve(__dirname, '../../snippets/roadmap.code-snippets');
const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[]; description: string; scope?: string }>;

/** Expands a snippet body the way VS Code does with every placeholder left at its default (first choice). */
function expand(body: string | string[]): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  return text
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{?CURRENT_YEAR\}?/g, '2026')
    .replace(/\$\d+/g, '');
}

function snippet(prefix: string) {
  const found = Object.values(snippets).find((s) => ([] as string[]).concat(s.prefix).includes(prefix));
  assert.ok(found, `a snippet with prefix ${prefix}`);
  return found;
}

describe('markdown snippets', () => {
  it('use roadmap-* prefixes only, for markdown, each with a description', () => {
    for (const [name, s] of Object.entries(snippets)) {
      for (const prefix of ([] as string[]).concat(s.prefix)) assert.match(prefix, /^roadmap-[a-z-]+$/, name);
      assert.equal(s.scope, 'markdown', name);
      assert.ok(s.description.length > 10, name);
    }
  });

  it('expand into a phase, a milestone and a quarter the parser recognises, each with open tasks', () => {
    for (const [prefix, kind, id] of [['roadmap-phase', 'phase', 'Phase 1'], ['roadmap-milestone', 'milestone', 'M1'], ['roadmap-quarter', 'quarter', 'Q1 2026']] as const) {
      const doc = parseRoadmap(`# Plan\n\n${expand(snippet(prefix).body)}\n`);
      const section = doc.sections.find((s) => s.kind === kind);
      assert.ok(section, `${prefix} gives a ${kind}`);
      assert.equal(section.id, id);
      assert.ok(section.progress.total > 0 && section.progress.done === 0, `${prefix} has open tasks`);
    }
  });

  it('give a milestone its status and dependency', () => {
    const doc = parseRoadmap(`# Plan\n\n${expand(snippet('roadmap-milestone').body)}\n`);
    const milestone = doc.sections.find((s) => s.kind === 'milestone')!;
    assert.equal(milestone.status, 'planned');
    assert.deepEqual(milestone.dependencies, ['M0']);
  });

  it('expand task and criteria into open tasks, and a status line into a status', () => {
    assert.deepEqual(parseRoadmap(`# P\n${expand(snippet('roadmap-task').body)}\n`).tasks.map((t) => t.checked), [false]);
    const criteria = parseRoadmap(`# P\n\n${expand(snippet('roadmap-criteria').body)}\n`);
    assert.ok(criteria.tasks.length >= 2 && criteria.tasks.every((t) => !t.checked));
    const status = parseRoadmap(`# P\n\n## M1: Thing\n\n${expand(snippet('roadmap-status').body)}\n`);
    assert.equal(status.sections.find((s) => s.kind === 'milestone')!.status, 'planned');
  });
});
