import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dependenciesIn, normaliseId, priorityIn, readHeading, sectionKind, statusIn, statusLineIn } from '../../src/core/language/classify';
import { parseRoadmap } from '../../src/core/parse/parse';
import { publicFiles, seedText as readSeed } from './helpers/corpus';

interface Heading {
  line: number;
  title: string;
}

// A line scan good enough to find the ATX headings of the test documents: outside fences, inline markup
// (emphasis, code, links) reduced to its text, as the parser hands titles to sectionKind.
function headingsOf(text: string): Heading[] {
  const headings: Heading[] = [];
  let fence: string | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      return;
    }
    if (fence !== null) return;
    const m = /^ {0,3}#{1,6}(?:\s+(.*?))?\s*#*\s*$/.exec(raw);
    if (!m) return;
    const title = (m[1] ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__|`/g, '').replace(/(^|\s)\*(\S[^*]*)\*/g, '$1$2');
    headings.push({ line: i + 1, title });
  });
  return headings;
}

function readPublic(prefix: string): string {
  const file = publicFiles().find((f) => f.name.startsWith(prefix));
  if (!file) throw new Error(`public roadmap ${prefix} missing`);
  return file.text;
}

function headingAt(text: string, line: number): string {
  const h = headingsOf(text).find((x) => x.line === line);
  if (!h) throw new Error(`no heading on line ${line}`);
  return h.title;
}

function lineAt(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1];
}

describe('classify: sectionKind', () => {
  const table: [string, string, string | null][] = [
    ['Phase 2: Core Features', 'phase', 'Phase 2'],
    ['phase 3 - cleanup', 'phase', 'Phase 3'],
    ['PHASE 4', 'phase', 'Phase 4'],
    ['Phase 1 –', 'phase', 'Phase 1'],
    ['Phase 1.5: Improvements', 'phase', 'Phase 1.5'],
    ['Phase II: Growth', 'phase', 'Phase II'],
    ['Phase One: Setup', 'phase', 'Phase 1'],
    ['Phase 0 (Completed)', 'phase', 'Phase 0'],
    ['Stage 1', 'phase', 'Stage 1'],
    ['Phase-2: Beta', 'phase', 'Phase 2'],
    ['Iteration 4', 'phase', 'Iteration 4'],
    ['Étape 3 : Tests', 'phase', 'Étape 3'],
    ['1단계: 준비', 'phase', '단계 1'],
    ['阶段二', 'phase', '阶段 2'],
    ['Jalon 2', 'milestone', 'M2'],
    ['Sprint 3: Polish', 'phase', 'Sprint 3'],
    ['Step 2 — Deploy', 'phase', 'Step 2'],
    ['Fase 1: Fundamentos', 'phase', 'Fase 1'],
    ['Faz 2: Geliştirme', 'phase', 'Faz 2'],
    ['Etapa 2', 'phase', 'Etapa 2'],
    ['Этап 3. Тесты', 'phase', 'Этап 3'],
    ['フェーズ1: 構築', 'phase', 'フェーズ 1'],
    ['第二阶段：优化', 'phase', '阶段 2'],
    ['✅ Phase 1 (Completed)', 'phase', 'Phase 1'],
    ['🚀 Fase 1: Core', 'phase', 'Fase 1'],
    ['[DONE] Phase 4', 'phase', 'Phase 4'],
    ['[Fase 2: Manutenzione]', 'phase', 'Fase 2'],
    ['(M1) Setup', 'milestone', 'M1'],
    ['M0: Foundations', 'milestone', 'M0'],
    ['M1: [Title]', 'milestone', 'M1'],
    ['M12 — Launch', 'milestone', 'M12'],
    ['M1.5: Hotfix', 'milestone', 'M1.5'],
    ['Milestone 03', 'milestone', 'M3'],
    ['Milestone 3', 'milestone', 'M3'],
    ['Milestone 2: Core', 'milestone', 'M2'],
    ['Meilenstein 4', 'milestone', 'M4'],
    ['v1.2', 'milestone', 'v1.2'],
    ['V2.0.0-beta.1 (Beta)', 'milestone', 'v2.0.0-beta.1'],
    ['Release 1.2: Sync', 'milestone', 'v1.2'],
    ['Version 0.1: Foundation', 'milestone', 'v0.1'],
    ['Versão 1.5 (Planejada)', 'milestone', 'v1.5'],
    ['1.0.0', 'milestone', 'v1.0.0'],
    ['1.16.x：备份', 'milestone', 'v1.16.x'],
    ['Q3 2024', 'quarter', 'Q3 2024'],
    ['Q3 2024: Integration', 'quarter', 'Q3 2024'],
    ['2024 Q3', 'quarter', 'Q3 2024'],
    ['Q1/2025', 'quarter', 'Q1 2025'],
    ['H1 2025', 'quarter', 'H1 2025'],
    ['2025 H2 — Scale', 'quarter', 'H2 2025'],
  ];
  for (const [title, kind, id] of table) {
    it(`${JSON.stringify(title)} → ${kind} ${id}`, () => assert.deepEqual(sectionKind(title), { kind, id }));
  }

  it('leaves numbered, plural, placeholder and prose headings as plain sections', () => {
    for (const title of [
      '4. Development Phases', '1. MCP Core Infrastructure (Weeks 1-6)', '1.2 Setup', '1.2.3 Database', 'Phases',
      'Milestone Overview', 'Milestones', 'Phase X – [Titel] – *Status*', 'Phase [X]: [Phase Name]', 'Phased rollout',
      'Stages of growth', 'Mission', 'Q&A', 'Quarterly Planning', 'Early Milestones (M0-M1)', 'MVP', 'Version History',
      'Release Log', 'Step-by-step guide', 'Sprints', '2024', 'Developer Roadmap 2024-2025', 'M1000x', 'Medium Risk Items',
      '', '   ', '🎯',
    ]) {
      assert.deepEqual(sectionKind(title), { kind: 'section', id: null }, title);
    }
  });

  it('classifies every heading of the five seeds', () => {
    const expected: Record<string, Record<number, string>> = {
      '000': { 30: 'phase:Phase 1', 38: 'phase:Phase 2', 46: 'phase:Phase 3', 54: 'phase:Phase 4' },
      '001': { 3: 'phase:Phase 1', 14: 'phase:Phase 2', 24: 'phase:Phase 3', 33: 'phase:Phase 4', 42: 'phase:Phase 5' },
      '002': { 18: 'milestone:M0', 35: 'milestone:M1', 52: 'milestone:M2', 68: 'milestone:M3' },
      '003': { 14: 'phase:Phase 1', 38: 'phase:Phase 2', 62: 'phase:Phase 3', 86: 'phase:Phase 4', 110: 'phase:Phase 5', 134: 'phase:Phase 6' },
      '004': { 7: 'quarter:Q1 2024', 49: 'quarter:Q2 2024', 85: 'quarter:Q3 2024', 121: 'quarter:Q4 2024', 151: 'quarter:Q1 2025' },
    };
    let seen = 0;
    for (const [seed, kinds] of Object.entries(expected)) {
      const headings = headingsOf(readSeed(seed));
      assert.ok(headings.length >= 10, `seed ${seed} has its headings`);
      for (const h of headings) {
        const k = sectionKind(h.title);
        const actual = k.kind === 'section' ? 'section' : `${k.kind}:${k.id}`;
        assert.equal(actual, kinds[h.line] ?? 'section', `seed ${seed} line ${h.line}`);
        if (kinds[h.line]) seen++;
      }
    }
    assert.equal(seen, 24, 'every expected phase, milestone and quarter heading was found');
  });

  it('classifies real public headings by hand-checked examples', () => {
    const checks: [string, number, string][] = [
      ['Bottelet', 27, 'phase:Phase 2'],
      ['Bottelet', 29, 'section'],
      ['Luexi', 15, 'phase:Fase 2'],
      ['127ytko', 26, 'phase:フェーズ 2'],
      ['127ytko', 28, 'section'],
      ['yigityalim', 37, 'quarter:Q3 2024'],
      ['003jia', 24, 'milestone:v1.14.0'],
      ['003jia', 65, 'milestone:v1.16.x'],
      ['NatanielM05', 24, 'section'],
      ['NatanielM05', 33, 'phase:Phase 0'],
      ['CantinaDigital', 8, 'milestone:M2'],
      ['Gerson-Santiago', 106, 'milestone:v2.9.1'],
      ['Gerson-Santiago', 20, 'quarter:Q4 2025 - Q1 2026'],
      ['aurmich', 36, 'phase:Fase 4'],
      ['MnemOnicE', 25, 'phase:Phase 1.5'],
      ['MnemOnicE', 46, 'milestone:v1.0'],
      ['Eduardo-Ricardo', 58, 'milestone:v3.0'],
      ['wooxist', 101, 'section'],
      ['cdron9', 9, 'section'],
    ];
    for (const [file, line, expected] of checks) {
      const k = sectionKind(headingAt(readPublic(file), line));
      assert.equal(k.kind === 'section' ? 'section' : `${k.kind}:${k.id}`, expected, `${file}:${line}`);
    }
  });

  it('never throws on any heading of the public corpus, and its ids are canonical', () => {
    let headings = 0;
    let named = 0;
    for (const { name, text } of publicFiles()) {
      for (const h of headingsOf(text)) {
        headings++;
        const k = sectionKind(h.title);
        assert.equal(k.kind === 'section', k.id === null, `${name}:${h.line}`);
        // A name as written ("MVP" of "PHASE MVP — …") is the item's id only under its plan word.
        if (k.id !== null && !readHeading(h.title).named) {
          named++;
          assert.equal(normaliseId(k.id), k.id, `${name}:${h.line} id is a fixed point`);
          assert.deepEqual(sectionKind(k.id), k, `${name}:${h.line} the id alone names the same section`);
        }
      }
    }
    assert.ok(headings > 300, `read ${headings} headings`);
    assert.ok(named > 60 && named < headings / 2, `${named} of ${headings} headings name a phase, milestone or quarter`);
  });
});

describe('classify: normaliseId', () => {
  it('maps the ways a reference is written onto the heading ids', () => {
    const table: [string, string | null][] = [
      ['M0', 'M0'], ['m3', 'M3'], ['M03', 'M3'], ['Milestone 3', 'M3'], ['milestone #2', 'M2'],
      ['phase 2', 'Phase 2'], ['PHASE 2', 'Phase 2'], ['Phase two', 'Phase 2'], ['stage 4', 'Stage 4'],
      ['Release 1.2', 'v1.2'], ['version 1.2', 'v1.2'], ['V1.2', 'v1.2'], ['2024 Q3', 'Q3 2024'], ['q3 2024', 'Q3 2024'],
      ['h1 2025', 'H1 2025'], ['the parser', null], ['', null], ['Mars', null], ['v', null],
    ];
    for (const [raw, id] of table) assert.equal(normaliseId(raw), id, raw);
  });

  it('is idempotent on every id it produces', () => {
    const idish = fc.oneof(
      fc.tuple(fc.constantFrom('Phase', 'phase', 'Stage', 'Sprint', 'Fase', 'Milestone', 'M', 'v', 'Release ', 'Q'), fc.nat(40), fc.constantFrom('', ' 2024', '.1', ': x', ' (Done)')).map(([w, n, tail]) => `${w}${w.length > 1 && !w.endsWith(' ') ? ' ' : ''}${n}${tail}`),
      fc.string(),
    );
    fc.assert(
      fc.property(idish, (raw) => {
        const id = normaliseId(raw);
        if (id !== null) assert.equal(normaliseId(id), id);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('classify: statusIn', () => {
  const table: [string, string | null][] = [
    ['(Completed)', 'done'],
    ['Phase 1: Foundation (Completed)', 'done'],
    ['Phase 2: Core Features (In Progress)', 'in-progress'],
    ['Phase 3 (Planned)', 'planned'],
    ['Phase 3 (Blocked)', 'blocked'],
    ['Parser [DONE]', 'done'],
    ['[WIP] Parser', 'in-progress'],
    ['Parser ✅', 'done'],
    ['✅ Loops and objects', 'done'],
    ['✔ shipped', 'done'],
    ['⬜ Sorting', 'planned'],
    ['Parser 🚧', 'in-progress'],
    ['🚧', 'in-progress'],
    ['⏳', 'planned'],
    ['🛑 Payments', 'blocked'],
    ['Phase 1 - Completed', 'done'],
    ['Phase 0 – Bootstrap – closed', 'done'],
    ['Current Status: Phase 1 - Foundation (✅ COMPLETE)', 'done'],
    ['Phase 2: Modernization (⏳ IN PROGRESS)', 'in-progress'],
    ['Done', 'done'],
    ['  done  ', 'done'],
    ['In progress', 'in-progress'],
    ['**In Progress**', 'in-progress'],
    ['Not started', 'planned'],
    ['On hold', 'blocked'],
    ['🟢 On track', 'in-progress'],
    ['Launched', 'done'],
    ['🟡', 'in-progress'],
    ['100%', 'done'],
    ['DONE: Phase 1', 'done'],
    ['Q2 2025: Foundation (Current)', 'in-progress'],
    ['v0.3.0 — Released 2024-03-01', 'done'],
    ['Done (2024-05-01)', 'done'],
    ['(Completed: March 2024)', 'done'],
    ['Phase 1 - Shipped on 03/05/24', 'done'],
    ['Phase 2 - Planned for Q3 2025', 'planned'],
    ['🚀 Phase 1 — MVP (Q1 2025) ✅', 'done'],
    ['Phase 2 (Q2 2024) - In Progress', 'in-progress'],
    ['v0.2 — Alfa: Debian *(← BURADAYIZ, sürüyor)*', 'in-progress'],
    ['Fase 4 (prossimo)', 'planned'],
    // A share of the work done is work under way; none of it, not started.
    ['Milestone 1 — 80% complete', 'in-progress'],
    ['Phase 3 (60%)', 'in-progress'],
    ['Phase 2 — 0% done', 'planned'],
    ['フェーズ2（進行中）', 'in-progress'],
    ['Phase 3 (done, blocked)', null],
    // Portuguese, Spanish, Turkish, Russian, Chinese, Japanese, Korean, German, French, Italian.
    ['Concluído', 'done'],
    ['Versão 1.5 (Planejada)', 'planned'],
    ['Fase 1: Fundamentos ✅ COMPLETADA', 'done'],
    ['Fase 2: Módulos Faltantes 🔄 EN PROGRESO', 'in-progress'],
    ['Fase 3: Polish & QA ⏳ PENDIENTE', 'planned'],
    ['Tamamlandı', 'done'],
    ['🔄 Devam Edenler', 'in-progress'],
    ['✅ Выполнено', 'done'],
    ['🗓 Запланировано', 'planned'],
    ['已完成', 'done'],
    ['计划中', 'planned'],
    ['完了', 'done'],
    ['Phase 2: [이름] (진행 중)', 'in-progress'],
    ['Abgeschlossen', 'done'],
    ['Terminé', 'done'],
    ['En cours', 'in-progress'],
    ['No empezado', 'planned'],
    ['✅ Hoàn thành', 'done'],
    ['🔄 Đang làm', 'in-progress'],
    ['⏳ Chưa bắt đầu', 'planned'],
    ['Phase 6.1: パフォーマンス最適化（Week 1-2） ✅ 一部完了（2026-02-15）', 'in-progress'],
  ];
  for (const [text, status] of table) {
    it(`${JSON.stringify(text)} → ${status}`, () => assert.equal(statusIn(text), status));
  }

  it('does not fire on words inside ordinary titles or decorative emoji', () => {
    for (const text of [
      'Done criteria', 'Planning', 'Definition of Done', 'Completed Features', 'Next Steps', 'Current Status',
      'Blocked users management', 'Phase 1: Planning', 'In progress reporting', 'Project Status Overview',
      '🔄 Processo de Priorização', '📅 Learning Roadmap', '📋 Indice delle Fasi', '🚧 Priorità Immediate',
      '🎯 Goals', '❌ Workflow Engine', '🔴', 'Fase 14 — Projeto principal · em paralelo desde a fase 8',
      'Status', '', 'Done and blocked', '✅ 🚧', '(Done) (Blocked)', 'Development Roadmap', 'Phase 4: Go Live',
      'Phase 4: Testing', 'Cancelled', "Won't do", 'Postponed', 'TBD', '(Optional)', 'Q3 2024 (current quarter)', 'Lista de tarefas', 'Phase 2 - Planned for the future',
    ]) {
      assert.equal(statusIn(text), null, text);
    }
  });

  it('reads the status column of real tables', () => {
    const smartFav = readPublic('003jia');
    const statusCells = smartFav
      .split(/\r?\n/)
      .filter((l) => /^\|\s*1\.\d/.test(l))
      .map((l) => statusIn(l.split('|')[3]));
    // The third row's "下一版" (next version) is not started yet, as "Next" is in English.
    assert.deepEqual(statusCells, ['done', 'done', 'planned', 'planned', 'planned']);
    const seed = readSeed('002');
    const seedCells = seed.split(/\r?\n/).filter((l) => /^\| M\d/.test(l)).map((l) => statusIn(l.split('|')[4]));
    assert.deepEqual(seedCells, ['planned', 'planned', 'planned', 'planned']);
  });

  it('reads the statuses of the seed headings and of hand-checked public headings', () => {
    const seed = readSeed('001');
    assert.equal(statusIn(headingAt(seed, 3)), 'done');
    assert.equal(statusIn(headingAt(seed, 14)), 'in-progress');
    for (const prefix of ['000', '002', '003', '004']) {
      for (const h of headingsOf(readSeed(prefix))) assert.equal(statusIn(h.title), null, `seed ${prefix} line ${h.line}`);
    }
    const checks: [string, number, string | null][] = [
      ['Bottelet', 8, 'done'], ['Bottelet', 46, 'planned'], ['Luexi', 27, 'planned'], ['wooxist', 24, 'done'],
      ['wooxist', 22, null], ['NatanielM05', 63, 'done'], ['finos', 4, 'in-progress'], ['cdron9', 20, 'planned'],
      ['aurmich', 98, null], ['MnemOnicE', 37, 'planned'], ['Eduardo-Ricardo', 43, 'in-progress'],
    ];
    for (const [file, line, status] of checks) assert.equal(statusIn(headingAt(readPublic(file), line)), status, `${file}:${line}`);
  });

  it('never throws, and returns a known status or null, on any line of the corpus or any string', () => {
    const known = new Set([null, 'done', 'in-progress', 'planned', 'blocked']);
    for (const { text } of publicFiles()) for (const line of text.split(/\r?\n/)) assert.ok(known.has(statusIn(line)));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => known.has(statusIn(s))), { numRuns: 2000 });
  });
});

describe('classify: statusLineIn', () => {
  const table: [string, string | null][] = [
    ['Status: Done', 'done'],
    ['Status - In progress', 'in-progress'],
    ['**Status** — Done', 'done'],
    ['Status - see below', null],
    ['Status-quo review', null],
    ['**Status**: In progress', 'in-progress'],
    ['**Status:** Planned', 'planned'],
    ['- **Status:** Pending.', 'planned'],
    ['- **Status:** ✅ Complete (2024-05-01)', 'done'],
    ['> Estado: Pendiente', 'planned'],
    ['Estado: Concluído', 'done'],
    ['**상태**: 진행 중', 'in-progress'],
    ['Durum: Tamamlandı', 'done'],
    ['Статус: В работе', 'in-progress'],
    ['状态：已完成', 'done'],
    // A status, then a note on it: the status line says blocked (before the status-note words, this read as nothing).
    ['Status: blocked by the vendor', 'blocked'],
    ['Status: the vendor is blocking us', null],
    ['Status: In progress — parser first', 'in-progress'],
    ['**Status**: Análise Técnica (Q1 2026)', null],
    ['Done: yes', null],
    ['The status is done', null],
    ['Status', null],
    ['', null],
  ];
  for (const [line, status] of table) {
    it(`${JSON.stringify(line)} → ${status}`, () => assert.equal(statusLineIn(line), status));
  }

  it('reads the status lines of real roadmaps', () => {
    const bottelet = readPublic('Bottelet');
    assert.equal(statusLineIn(lineAt(bottelet, 31)), 'planned');
    assert.equal(statusLineIn(lineAt(bottelet, 36)), 'in-progress');
    assert.equal(statusLineIn(lineAt(readPublic('Luexi'), 17)), 'planned');
  });
});

describe('classify: dependenciesIn', () => {
  const table: [string, string[] | null][] = [
    ['Dependencies: M0', ['M0']],
    ['**Dependencies:** M1, M2', ['M1', 'M2']],
    ['**Dependencies**: M1 and M3', ['M1', 'M3']],
    ['- Dependencies: Milestone 2', ['M2']],
    ['Dependencies: M1-M3', ['M1', 'M2', 'M3']],
    ['Depends on Phase 1 and Phase 2', ['Phase 1', 'Phase 2']],
    ['**Depends on:** Phase 0', ['Phase 0']],
    ['Depends on: Phases 1-3', ['Phase 1', 'Phase 2', 'Phase 3']],
    ['Dependencies: Phases 1 and 2', ['Phase 1', 'Phase 2']],
    ['This phase depends on M2. Later we add more.', ['M2']],
    ['Requires: Release 1.2', ['v1.2']],
    ['Blocked by: Q3 2024 budget', ['Q3 2024']],
    ['Dependências: Fase 1', ['Fase 1']],
    ['**Depends on**: Existing `v1.2` shipped parser', ['v1.2']],
    ['Dependencies: None (first milestone)', []],
    ['**Dependencies:** None (first milestone)', []],
    ['Dependencies: N/A', []],
    ['Dependencies: —', []],
    ['Dependências: Nenhuma', []],
    ['Dependencies: Firebase SDK', []],
    ['**Dependências**:', []],
    ['- Core dependencies installation', null],
    ['- Dependencies on external factors', null],
    ['## Dependencies', null],
    ['It depends on the weather', null],
    ['M1, M2', null],
    ['', null],
  ];
  for (const [line, ids] of table) {
    it(`${JSON.stringify(line)} → ${JSON.stringify(ids)}`, () => assert.deepEqual(dependenciesIn(line), ids));
  }

  it('reads every dependency line of the milestone seed with the ids its headings have', () => {
    const seed = readSeed('002');
    const deps = seed
      .split(/\r?\n/)
      .map((l) => dependenciesIn(l))
      .filter((d): d is string[] => d !== null);
    assert.deepEqual(deps, [[], ['M0'], ['M1'], ['M2']]);
    const ids = headingsOf(seed).map((h) => sectionKind(h.title).id).filter((id) => id !== null);
    for (const id of deps.flat()) assert.ok(ids.includes(id), `${id} names a heading`);
  });

  it('finds the same ids a heading has, however the reference is written', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Phase', 'Stage', 'Sprint', 'Fase', 'Milestone'),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('Dependencies: ', '**Dependencies:** ', 'Depends on ', '- **Depends on**: '),
        (word, n, key) => {
          const id = sectionKind(`${word} ${n}: Title`).id;
          assert.ok(id);
          assert.deepEqual(dependenciesIn(`${key}${word.toLowerCase()} ${n}`), [id]);
        },
      ),
    );
  });

  it('never throws on the corpus or arbitrary strings', () => {
    for (const { text } of publicFiles()) for (const line of text.split(/\r?\n/)) dependenciesIn(line);
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (s) => { const d = dependenciesIn(s); return d === null || Array.isArray(d); }), { numRuns: 2000 });
  });
});

describe('classify: priorityIn', () => {
  const table: [string, string | null][] = [
    ['**Priority**: High', 'High'],
    ['- **Priority:** High.', 'High'],
    ['Priority: P1 (must have)', 'P1'],
    ['Priority: Medium - after launch', 'Medium'],
    ['Prioridade: Alta', 'Alta'],
    ['Öncelik: Yüksek', 'Yüksek'],
    ['Priority:', null],
    ['High priority', null],
    ['Priorities', null],
    ['', null],
  ];
  for (const [line, priority] of table) {
    it(`${JSON.stringify(line)} → ${priority}`, () => assert.equal(priorityIn(line), priority));
  }

  it('reads the priority lines of the seeds', () => {
    const priorities = readSeed('003').split(/\r?\n/).map((l) => priorityIn(l)).filter((p) => p !== null);
    assert.deepEqual(priorities, ['High', 'High', 'Medium', 'High', 'Medium', 'High']);
    for (const prefix of ['000', '001', '002', '004']) {
      assert.deepEqual(readSeed(prefix).split(/\r?\n/).filter((l) => priorityIn(l) !== null), [], `seed ${prefix}`);
    }
  });
});

describe('classify: whole corpus', () => {
  it('reads every line of every seed and public roadmap without throwing, and only sensible values', () => {
    const files = [...publicFiles(), ...['000', '001', '002', '003', '004'].map((p) => ({ name: p, text: readSeed(p) }))];
    let lines = 0;
    for (const { name, text } of files) {
      text.split(/\r?\n/).forEach((line, i) => {
        lines++;
        const where = `${name}:${i + 1}`;
        const deps = dependenciesIn(line);
        if (deps) for (const id of deps) assert.equal(normaliseId(id), id, `${where} cites canonical ids`);
        const priority = priorityIn(line);
        if (priority !== null) assert.ok(priority.length > 0 && priority.length <= 30, where);
        statusLineIn(line);
        sectionKind(line);
      });
    }
    assert.ok(lines > 4000, `read ${lines} lines`);
  });

  it('property: every function is total on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        sectionKind(s);
        statusLineIn(s);
        priorityIn(s);
        normaliseId(s);
        const deps = dependenciesIn(s);
        if (deps) for (const id of deps) assert.equal(normaliseId(id), id);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: version and quarter headings are cited by the same ids', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(20), fc.constantFrom(1, 2, 3, 4), fc.integer({ min: 1990, max: 2199 }), (major, minor, q, y) => {
        const v = sectionKind(`v${major}.${minor}: Title`).id;
        assert.equal(v, `v${major}.${minor}`);
        assert.deepEqual(dependenciesIn(`Depends on: Release ${major}.${minor}`), [v]);
        const quarter = sectionKind(`${y} Q${q} — Title`).id;
        assert.equal(quarter, `Q${q} ${y}`);
        assert.deepEqual(dependenciesIn(`Dependencies: Q${q} ${y}`), [quarter]);
      }),
    );
  });
});

describe('classify: long lines', () => {
  // Nested optional whitespace once made "Key: value" lines take seconds on a long blank run.
  const adversarial = [
    `Week 1${' '.repeat(1990)}x`, `Status:${' '.repeat(1990)}x`, `- ${' '.repeat(1990)}x`, '['.repeat(1999), '('.repeat(1990) + 'Phase 1',
    '**'.repeat(999) + ':', `depends on ${'M'.repeat(1985)}`, 'a:'.repeat(999), ' - '.repeat(666), `Phases 1${', 2'.repeat(660)}x`,
    '✅'.repeat(999), `Phase 1 ${'🚧 '.repeat(600)}`, `x${' '.repeat(1990)}(Done`,
  ];
  const fns: [string, (s: string) => unknown][] = [
    ['sectionKind', sectionKind], ['statusIn', statusIn], ['statusLineIn', statusLineIn], ['dependenciesIn', dependenciesIn],
    ['priorityIn', priorityIn], ['normaliseId', normaliseId],
  ];
  for (const [name, fn] of fns) {
    it(`${name} stays fast on long adversarial lines`, () => {
      for (const text of adversarial) {
        const t = performance.now();
        fn(text);
        fn(text.repeat(20));
        const ms = performance.now() - t;
        assert.ok(ms < 250, `${name}(${JSON.stringify(text.slice(0, 12))}…) took ${ms.toFixed(0)} ms`);
      }
    });
  }
});

describe('classify: quarters a heading gives no year', () => {
  it('reads "Q1: Analyse" and "Q2 – Q3: Umsetzung" headings as quarters with no period', () => {
    const doc = parseRoadmap('# Roadmap\n\n## ✅ Q1: Analyse & Grundlagen\n- [ ] a\n\n## 🚀 Q2 – Q3: Umsetzung\n- [ ] b\n\n## Q4\n- [ ] c\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind === 'quarter').map((s) => [s.id, s.status, s.period]), [
      ['Q1', 'done', null],
      ['Q2-Q3', 'planned', null],
      ['Q4', 'planned', null],
    ]);
  });

  it('never reads a question, a list line or a run of quarters as one', () => {
    const doc = parseRoadmap('# FAQ\n\n### Q1: How do I install it?\n\n## Heuristics\n- Q1: device → resolution\n- Q2: time → bitrate\n\n# Q2/Q3/Q4 Product Roadmap\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind === 'quarter').map((s) => s.id), []);
    assert.deepEqual((doc.items ?? []).map((s) => s.id), []);
  });
});
