import assert from 'node:assert/strict';
import { checkRoadmap } from '../../src/core/health/checkRoadmap';
import { HEALTH_CODES, type HealthCode, type HealthDiagnostic } from '../../src/core/health/diagnostic';
import { findStatusWords, rewriteStatusWords } from '../../src/core/health/statusWords';
import { applyEdits } from '../../src/core/edit/edits';
import { combineFixes } from '../../src/core/health/combineFixes';
import { parseRoadmap } from '../../src/core/parse/parse';
import { corpusFiles, publicFiles } from './helpers/corpus';

function check(text: string, today = '2024-06-01'): HealthDiagnostic[] {
  return checkRoadmap(text, parseRoadmap(text), { today });
}

function only(text: string, code: HealthCode, today?: string): HealthDiagnostic[] {
  return check(text, today).filter((d) => d.code === code);
}

function words(text: string, d: HealthDiagnostic): string {
  return text.slice(d.start, d.end);
}

/** Applies a diagnostic's fix and returns the new text. */
function fixed(text: string, d: HealthDiagnostic, kind: string): string {
  const fix = d.fixes.find((f) => f.kind === kind);
  assert.ok(fix, `no ${kind} fix on ${d.code}: ${d.message}`);
  return applyEdits(text, fix.edits);
}

describe('health rules', () => {
  describe('status-contradicts-tasks', () => {
    it('reports a heading marked done with open tasks, at the status words, and rewrites them', () => {
      const text = '# Plan\n\n## Phase 1: Setup (Completed)\n\n- [x] a\n- [ ] b\n';
      const [d] = only(text, 'status-contradicts-tasks');
      assert.equal(words(text, d), 'Completed');
      assert.equal(d.line, 3);
      assert.equal(d.column, 20);
      assert.match(d.message, /"Phase 1: Setup \(Completed\)" is marked "Completed" but 1 of its 2 tasks is open/);
      assert.equal(fixed(text, d, 'set-status'), '# Plan\n\n## Phase 1: Setup (In Progress)\n\n- [x] a\n- [ ] b\n');
      assert.equal(fixed(text, d, 'tick-tasks'), '# Plan\n\n## Phase 1: Setup (Completed)\n\n- [x] a\n- [x] b\n');
      assert.deepEqual(only(fixed(text, d, 'set-status'), 'status-contradicts-tasks'), []);
    });

    it('reports every task done while stated in progress, and planned with done tasks, in the document language', () => {
      const fr = '# Plan\n\n## Étape 1\n\nStatut : 🚧 En cours\n\n- [x] a\n- [x] b\n';
      const [d] = only(fr, 'status-contradicts-tasks');
      assert.equal(words(fr, d), '🚧 En cours');
      assert.equal(fixed(fr, d, 'set-status'), '# Plan\n\n## Étape 1\n\nStatut : ✅ Terminé\n\n- [x] a\n- [x] b\n');
      const planned = '## M1 (Planned)\n\n- [x] a\n- [ ] b\n';
      const [p] = only(planned, 'status-contradicts-tasks');
      assert.equal(fixed(planned, p, 'set-status'), '## M1 (In Progress)\n\n- [x] a\n- [ ] b\n');
    });

    it('stays quiet when the stated status agrees, or when only the tasks say it', () => {
      assert.deepEqual(only('## Phase 1 (In Progress)\n\n- [x] a\n- [ ] b\n', 'status-contradicts-tasks'), []);
      assert.deepEqual(only('## Phase 1\n\n- [x] a\n- [ ] b\n', 'status-contradicts-tasks'), []);
    });
  });

  describe('summary-disagrees', () => {
    const text = '# Roadmap\n\n## Phases\n\n- [x] **Phase 1: Core**\n- [ ] **Phase 2: UI**\n\n## Phase 1: Core\n\n- [x] a\n- [ ] b\n\n## Phase 2: UI\n\n- [x] c\n';
    it('reports a ticked summary box over open tasks and an open one over done tasks, and toggles them', () => {
      const found = only(text, 'summary-disagrees');
      assert.deepEqual(found.map((d) => d.line), [5, 6]);
      assert.match(found[0].message, /ticked but 1 of its 2 tasks is open/);
      assert.equal(words(text, found[0]), '[x] **Phase 1: Core**');
      const after = fixed(fixed(text, found[1], 'toggle-summary'), found[0], 'toggle-summary');
      assert.deepEqual(only(after, 'summary-disagrees'), []);
      assert.ok(found.every((d) => d.fixes[0].safe));
    });
  });

  describe('table-disagrees', () => {
    const text = '# R\n\n## Progress\n\n| Phase | Plans | Status |\n|---|---|---|\n| 1. Core | 2/2 | Complete |\n| 2. Interface | 0/1 | Not started |\n| 3. Docs | 0/1 | In progress |\n\n## Phase 1: Core\n\n- [x] a\n- [ ] b\n\n## Phase 2: Interface\n\n- [x] c\n\n## Phase 3: Docs\n\n- [ ] d\n';
    it('reports counts and statuses that disagree with the section, and fixes them in the table\'s words', () => {
      const found = only(text, 'table-disagrees');
      assert.deepEqual(found.map((d) => words(text, d)), ['2/2', 'Complete', '0/1', 'Not started']);
      assert.equal(fixed(text, found[0], 'table-cell').split('\n')[6], '| 1. Core | 1/2 | Complete |');
      assert.equal(fixed(text, found[1], 'table-cell').split('\n')[6], '| 1. Core | 2/2 | In progress |');
      assert.equal(fixed(text, found[3], 'table-cell').split('\n')[7], '| 2. Interface | 0/1 | Complete |');
    });
  });

  describe('dependencies', () => {
    it('reports an id no heading names and offers the closest ones', () => {
      const text = '## M1: Core\n\n## M2: UI\n\nDependencies: M7\n';
      const [d] = only(text, 'unknown-dependency');
      assert.equal(words(text, d), 'M7');
      assert.equal(d.severity, 'error');
      assert.deepEqual(d.fixes.map((f) => f.to), ['M1']);
      const phases = '## Phase 1\n\n## Phase 2\n\nDepends on Phase 9\n';
      const [p] = only(phases, 'unknown-dependency');
      assert.equal(words(phases, p), 'Phase 9');
      assert.deepEqual(p.fixes.map((f) => f.to), ['Phase 1']);
    });

    it('reports each member of a cycle', () => {
      const text = '## Phase 1\n\nDepends on Phase 3\n\n## Phase 2\n\nDepends on Phase 1\n\n## Phase 3\n\nDepends on Phase 2\n\n## Phase 4\n\nDepends on Phase 1\n';
      const found = only(text, 'dependency-cycle');
      assert.deepEqual(found.map((d) => d.section), [0, 1, 2]);
      assert.match(found[0].message, /Phase 1 → Phase 3 → Phase 2 → Phase 1/);
    });

    it('reports a dependent that starts before its dependency ends, or is done before it', () => {
      const weeks = '## Phase 1 (Weeks 1-4)\n\n## Phase 2 (Weeks 3-5)\n\nDependencies: Phase 1\n\n## Phase 3 (Weeks 5-6)\n\nDependencies: Phase 1\n';
      const found = only(weeks, 'dependency-order');
      assert.deepEqual(found.map((d) => d.section), [1]);
      assert.equal(words(weeks, found[0]), 'Phase 1');
      const done = '## M1\n\n- [ ] a\n\n## M2 ✅\n\nDependencies: M1\n';
      assert.match(only(done, 'dependency-order')[0].message, /"M2 ✅" is done but "M1", which it depends on, is planned/);
    });
  });

  describe('overdue', () => {
    const text = '## Q1 2024: Beta\n\n- [x] a\n- [ ] b\n\n## Q2 2024: GA\n\n- [ ] c\n\n## Q4 2023: Alpha\n\n- [x] d\n';
    it('reports a period that ended before today on work not done, at the period words', () => {
      const found = only(text, 'overdue', '2024-06-01');
      assert.deepEqual(found.map((d) => words(text, d)), ['Q1 2024']);
      assert.match(found[0].message, /was due by 2024-03-31 but is in progress \(1 of 2 tasks done\)/);
      assert.deepEqual(only(text, 'overdue', '2024-01-01'), []);
    });
  });

  describe('malformed-box', () => {
    it('reports list lines meant as tasks, repairs them, and leaves code alone', () => {
      const text = '## Tasks\n\n- [] a\n- [ x] b\n* [✓] c\n-[ ] d\n1. [x ] e\n- [v] f\n- [ ] fine\n\n```\n- [] in code\n```\n\n<div>\n- [] in html\n</div>\n';
      const found = only(text, 'malformed-box');
      assert.deepEqual(found.map((d) => d.line), [3, 4, 5, 6, 7, 8]);
      let repaired = text;
      for (const d of [...found].reverse()) repaired = applyEdits(repaired, d.fixes[0].edits);
      assert.equal(repaired.split('\n').slice(2, 8).join('\n'), '- [ ] a\n- [x] b\n* [x] c\n- [ ] d\n1. [x] e\n- [x] f');
      assert.equal(parseRoadmap(repaired).tasks.length, 7);
      assert.deepEqual(only(repaired, 'malformed-box'), []);
    });
  });

  describe('duplicate-id', () => {
    it('reports two items with one id in the same scope, not under different qualifiers', () => {
      const text = '## Phase 1: Core\n\n- [ ] a\n\n## Phase 1: Again\n\n- [ ] b\n\n## v1.0\n\n### Phase 2: X\n\n- [ ] c\n\n## v2.0\n\n### Phase 2: Y\n\n- [ ] d\n';
      const found = only(text, 'duplicate-id');
      assert.deepEqual(found.map((d) => [d.line, words(text, d)]), [[5, 'Phase 1']]);
    });
  });

  describe('period-inverted', () => {
    it('reports week and date ranges written backwards', () => {
      const text = '## Phase 1 (Weeks 5-3)\n\n## Phase 2\n\nWhen: 2026-03-10 → 2026-03-01\n\nWeek 5 - 3 days of tests, Weeks 3-5\n';
      const found = only(text, 'period-inverted');
      assert.deepEqual(found.map((d) => words(text, d)), ['Weeks 5-3', '2026-03-10 → 2026-03-01']);
      assert.equal(found[0].severity, 'error');
    });
  });

  describe('checkRoadmap', () => {
    it('applies severities and turns rules off', () => {
      const text = '## M1\n\nDependencies: M9\n\n- [] a\n';
      const all = checkRoadmap(text, parseRoadmap(text), { today: '2024-01-01', severity: { 'malformed-box': 'off', 'unknown-dependency': 'hint' } });
      assert.deepEqual(all.map((d) => [d.code, d.severity]), [['unknown-dependency', 'hint']]);
      assert.throws(() => checkRoadmap(text, parseRoadmap(text), { today: 'tomorrow' }));
    });

    it('finds nothing on the seeds with today 2024-01-01', () => {
      for (const file of corpusFiles().filter((f) => f.name.startsWith('seeds/'))) assert.deepEqual(check(file.text, '2024-01-01'), [], file.name);
    });

    it('points every corpus diagnostic at real words, and every fix makes its diagnostic go away', function () {
      // Re-checking after each kind of fix parses the corpus' largest files again: slow on a busy machine.
      this.timeout(180_000);
      let seen = 0;
      for (const file of publicFiles()) {
        const found = check(file.text, '2026-11-30');
        for (const d of found) {
          seen++;
          assert.ok(HEALTH_CODES.includes(d.code));
          assert.ok(d.end > d.start && words(file.text, d).trim() !== '', `${file.name}:${d.line} ${d.code} points at nothing`);
          assert.ok(!/[\r\n]/.test(words(file.text, d)), `${file.name}:${d.line} spans lines`);
        }
        // One kind of fix at a time, all of it at once (as "fix all" does): none of the diagnostics it fixed remains.
        for (const kind of ['set-status', 'toggle-summary', 'table-cell', 'repair-box'] as const) {
          const fixing = found.filter((d) => d.fixes.some((f) => f.kind === kind));
          if (fixing.length === 0) continue;
          const { edits, applied } = combineFixes(fixing.map((d) => d.fixes.find((f) => f.kind === kind)!));
          const fixed = fixing.filter((d) => applied.includes(d.fixes.find((f) => f.kind === kind)!));
          const again = check(applyEdits(file.text, edits), '2026-11-30');
          for (const d of fixed) {
            const left = again.filter((x) => x.code === d.code && x.line === d.line);
            assert.deepEqual(left.map((x) => x.message), [], `${file.name}:${d.line} ${kind} does not resolve ${d.code}`);
          }
        }
      }
      assert.ok(seen > 0);
    });
  });

  describe('status words', () => {
    it('finds and rewrites status words in their own style', () => {
      const cases: [string, Parameters<typeof findStatusWords>[1], string, Parameters<typeof rewriteStatusWords>[1], string][] = [
        ['Phase 2 (In Progress)', 'in-progress', 'In Progress', 'done', 'Completed'],
        ['Sprint 3 — DONE', 'done', 'DONE', 'in-progress', 'IN PROGRESS'],
        ['Fase 2 ⏳ PENDIENTE', 'planned', '⏳ PENDIENTE', 'done', '✅ COMPLETADO'],
        ['Этап 1 (в работе)', 'in-progress', 'в работе', 'done', 'завершено'],
        ['Statut : 🚧 En cours', 'in-progress', '🚧 En cours', 'done', '✅ Terminé'],
      ];
      for (const [text, status, found, target, written] of cases) {
        assert.equal(findStatusWords(text, status)?.text, found, text);
        assert.equal(rewriteStatusWords(found, target), written, text);
      }
    });
  });
});
