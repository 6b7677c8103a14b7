// Reading rules for which headings, list lines and table rows are plan items and what they are called (issue 9:
// kind and id). Each rule is shown on a small snippet written like the real roadmaps it comes from.
import assert from 'node:assert/strict';
import { readHeading } from '../../src/core/language/classify';
import type { RoadmapDocument, Section } from '../../src/core/model';
import { parseRoadmap } from '../../src/core/parse/parse';

/** Every plan item of a model as "line kind id". */
function items(doc: RoadmapDocument): string[] {
  return [...doc.sections, ...(doc.items ?? [])]
    .filter((s: Section) => s.kind !== 'section')
    .sort((a, b) => a.line - b.line)
    .map((s) => `${s.line} ${s.kind} ${s.id}`);
}

describe('reading: kind and id', () => {
  it('reads a month the plan is laid out in, numbered or named, as a month item', () => {
    assert.deepEqual([readHeading('📅 THÁNG 3/2026 - Phát Triển Cơ Bản').id, readHeading('📅 THÁNG 3/2026 - Phát Triển Cơ Bản').word], ['Tháng 3/2026', 'month']);
    assert.equal(readHeading('March 2026').id, 'March 2026');
    assert.equal(readHeading('Month 13/2026').kind, 'section');
    // In a list a month is a dated entry, not an item.
    assert.deepEqual(items(parseRoadmap('## Log\n\n- March 2026: shipped the parser\n')), []);
  });

  it('qualifies rows repeated under different months by their month', () => {
    const text = '## Tháng 3/2026\n\n| Tuần | Chủ đề |\n|---|---|\n| 1 | Hạ tầng |\n\n## Tháng 4/2026\n\n| Tuần | Chủ đề |\n|---|---|\n| 1 | Tích hợp |\n';
    assert.deepEqual(items(parseRoadmap(text)), ['1 quarter Tháng 3/2026', '5 phase Tháng 3/2026 / Tuần 1', '7 quarter Tháng 4/2026', '11 phase Tháng 4/2026 / Tuần 1']);
  });

  it('reads a heading that repeats an item inside a section of its own as about the item', () => {
    const text = '## Tháng 3/2026\n\n- [x] a\n\n## Checklist\n\n### Tháng 3/2026\n\n- [x] b\n';
    const doc = parseRoadmap(text);
    assert.deepEqual(items(doc), ['1 quarter Tháng 3/2026']);
    assert.equal(doc.sections.find((s) => s.line === 7)?.about, 'Tháng 3/2026');
    // Side by side, two headings with one id stay two items (the health checks report them).
    assert.deepEqual(items(parseRoadmap('## Phase 1: A\n\n## Phase 1: B\n')), ['1 phase Phase 1', '3 phase Phase 1']);
  });

  it('reads numbered checklist tasks with numbered sub-tasks (Kiro, Spec Kit) as the steps of the plan', () => {
    const text = '## Tasks\n\n- [x] 1. Infrastructure Setup\n  - [x] 1.1 Create table module\n- [ ] 2. Checkpoint - validation\n- [ ] 3. Backend\n  - [ ] 3.1 Handler\n';
    const doc = parseRoadmap(text);
    assert.deepEqual(items(doc), ['3 phase Task 1', '5 phase Task 2', '6 phase Task 3']);
    assert.deepEqual(doc.items?.map((s) => s.status), ['done', 'planned', 'planned']);
    // A numbered checklist without numbered sub-tasks is a plain checklist.
    assert.deepEqual(items(parseRoadmap('## Todo\n\n- [ ] 1. Write docs\n  - [ ] proofread\n- [ ] 2. Release\n')), []);
  });

  it('reads the plan column of a table: a qualified header, a number column, named numbers, no totals', () => {
    const phases = '## Cronograma\n\n| Fase del Proyecto | Fecha | Estado |\n|---|---|---|\n| Fase de Inicio | 14/03/25 | Terminado |\n| Construcción 1 (MVP) | 28/03/25 | Terminado |\n| **TOTAL** | | |\n';
    assert.deepEqual(items(parseRoadmap(phases)), ['5 phase null', '6 phase Construcción 1']);
    // A week column gives way to the milestone column, and the Nr column numbers the milestones.
    const milestones = '# Plan\n\n| Woche | Datum | Nr | Meilenstein |\n|---|---|---|---|\n| 3 | 06.10.2019 | 1 | Backlog bereit |\n| 9 | 10.11.2019 | 2 | Login funktioniert |\n';
    assert.deepEqual(items(parseRoadmap(milestones)), ['5 milestone M1', '6 milestone M2']);
    // In a milestone column, "Sprint 1 Complete" names a milestone (no id), not Sprint 1.
    const tracker = '## Sprint 1: Core\n\n## Tracker\n\n| Milestone | ETA |\n|---|---|\n| Sprint 1 Complete | Day 7 |\n';
    assert.deepEqual(items(parseRoadmap(tracker)), ['1 phase Sprint 1', '7 milestone null']);
  });

  it('reads a week table whose rows name items as those items, once each, over their weeks', () => {
    const text = '# Wochenplan\n\n| Woche | Von (Datum) | Tätigkeit |\n|---|---|---|\n| 1 | 16.09.2019 | Planung |\n| 2 | 23.09.2019 | Sprint 1 |\n| 3 | 30.09.2019 | Sprint 1 |\n| 4 | 07.10.2019 | Review |\n';
    const doc = parseRoadmap(text);
    assert.deepEqual(items(doc), ['6 phase Sprint 1']);
    assert.deepEqual(doc.items?.[0].period, { unit: 'date', start: '2019-09-23', end: '2019-10-06', precision: 'day', source: 'line' });
    // Weeks that name no item are the items themselves.
    assert.deepEqual(items(parseRoadmap('# Plan\n\n| Week | Topic |\n|---|---|\n| 1 | Setup |\n')), ['5 phase Week 1']);
  });

  it('reads a phase named by a code, a phase id in parentheses, a horizon and a year heading', () => {
    const read = (title: string): string => {
      const r = readHeading(title);
      return `${r.kind} ${r.word} ${r.id}`;
    };
    assert.equal(read('🔴 PHASE MVP — Sprints 0 à 8'), 'phase phase MVP');
    assert.equal(read('🔍 PHASE AUDIT V1 — Sprint 15 ✅'), 'phase phase AUDIT V1');
    assert.equal(read('🔵 PHASE V2.1 — Backlog'), 'phase phase v2.1');
    assert.equal(read('Phase Details'), 'section null null');
    assert.equal(read('Phase Overview: all phases'), 'section null null');
    assert.equal(read('Enhancement Strategy (Phase A-F) ✅ COMPLETED'), 'phase phase Phase A-F');
    assert.equal(read('Notifications (EPIC-12)'), 'phase epic Epic 12');
    // Weeks in parentheses say when; an open-ended id is no id.
    assert.equal(read('8.1 监控和优化（Week 10-12）'), 'section null null');
    assert.equal(read('Later (Phase 4+)'), 'section null null');
    assert.equal(read('📅 Longo Prazo: 2027+'), 'quarter year 2027+');
    assert.equal(read('2025'), 'section null null');
  });

  it('reads time horizons at the top of a document as items, elsewhere as groups of tasks or goals', () => {
    const top = '# Yol Haritası\n\n## 📅 Kısa Vadeli Hedefler (0-3 Ay)\n\n- [x] a\n\n## Long Term\n\n- [ ] b\n';
    assert.deepEqual(items(parseRoadmap(top)), ['3 phase null', '7 phase null']);
    assert.deepEqual(parseRoadmap(top).sections.map((s) => s.word ?? null), [null, 'horizon', 'horizon']);
    const nested = '# Plan\n\n## 2024 Q1\n\n### Kısa Vadeli Hedefler\n\n- [ ] b\n\n## Priority Tasks\n\n### Short-term (60-90 Days)\n\n1. c\n';
    assert.deepEqual(items(parseRoadmap(nested)), ['3 quarter Q1 2024']);
    // A horizon that names the phases it holds is a bucket of them.
    assert.deepEqual(items(parseRoadmap('## 🔮 장기 계획 (Phase 4+)\n\n- later\n')), []);
  });

  it('reads the rows under a range item as its members, and a range over member headings as their group', () => {
    const table = '## Enhancement Strategy (Phase A-F)\n\n| Phase | Description |\n|---|---|\n| A | Hooks |\n| B | Bridge |\n\n## Phase B: Production\n';
    assert.deepEqual(items(parseRoadmap(table)), ['1 phase Phase A-F', '5 phase Phase A-F / Phase A', '6 phase Phase A-F / Phase B', '8 phase Phase B']);
    const group = '## ✅ Phase 0-5: done\n\n### Phase 0: Setup\n\n### Phase 1: Core\n\n## Phase 0-4: Core Implementation\n';
    assert.deepEqual(items(parseRoadmap(group)), ['3 phase Phase 0', '5 phase Phase 1', '7 phase Phase 0-4']);
    // A row for a range of phases that headings name summarises them.
    const summary = '## Fase 8 — Spring\n\n## Fase 9 — REST\n\n## Calendário\n\n| Fase | Semanas |\n|---|---|\n| 8-9. Spring + REST | 5-7 |\n';
    assert.deepEqual(items(parseRoadmap(summary)), ['1 phase Fase 8', '3 phase Fase 9']);
  });

  it('leaves list lines about parts of items, sentences about items and id-less rows inside an item alone', () => {
    const text = [
      '## Status', '', '- **Phase 6.3.1:** ✅ GPU detection done', '- Phase 2.2-B → TODO: "sub-task 2"', '- Fase 4 (Features Avanzados) pospuesta post-MVP', '',
      '## Phase 6.3: Features', '', '| ID | Étape | Focus |', '|---|---|---|', '| T-1501 | P6.1 | Links |', '',
    ].join('\n');
    assert.deepEqual(items(parseRoadmap(text)), ['7 phase Phase 6.3']);
  });

  it('takes a row\'s id from another cell that names the table\'s plan word, and then drops rows naming none', () => {
    const text = '## Documentos\n\n| # | Documento | Fase |\n|---|---|---|\n| 00 | `00_PLAN_MAESTRO.md` | Overview |\n| 01 | `01_FASE_2_FOUNDATION.md` | Foundation |\n';
    assert.deepEqual(items(parseRoadmap(text)), ['6 phase Fase 2']);
  });

  it('reads a gantt chart\'s task labels as headings, but not the chart\'s own item again', () => {
    const text = '## Plan\n\n```mermaid\ngantt\n  title Etap 2 — MVP\n  dateFormat YYYY-MM-DD\n  Etap 2 — start :active, s2, 2025-07-01, 0d\n  Etap 3 Iteracje :2026-04-19, 150d\n```\n';
    assert.deepEqual(items(parseRoadmap(text)), ['8 phase Etap 3']);
  });

  it('reads lines that name items as the headings of a plain-text roadmap, and only there', () => {
    const plain = 'Product Roadmap 2025\nQ1 2025 (Jan – Mar)\n\n| Issue | Status |\n|---|---|\n| AHA-1 | Done |\n\nFASE 1 - FUNDAMENTOS (Alta Prioridad)\n\n1. JWT\n\nv1 Release - Goal: Sep 1, 2012\n';
    const doc = parseRoadmap(plain);
    assert.deepEqual(items(doc), ['2 quarter Q1 2025', '8 phase Fase 1', '12 milestone v1']);
    assert.deepEqual(doc.items?.map((s) => s.from), ['line', 'line', 'line']);
    // With headings, such a line is text under one.
    assert.deepEqual(items(parseRoadmap('# Roadmap\n\nQ1 2025 (Jan – Mar)\n')), []);
  });

  it('reads the lines of a milestone list and a heading that names a milestone as milestones without ids', () => {
    const heading = '## Marcos (Milestones)\n\n1. **Kick-off do Projeto** - Início oficial\n2. **Go-Live** - Lançamento\n   - detail\n';
    assert.deepEqual(items(parseRoadmap(heading)), ['3 milestone null', '4 milestone null']);
    const label = '### Tema\n\n**Marcos**:\n- ✅ **Estabilização** (v2.9.1) - Logging\n\n**Entregáveis**:\n- Cobertura\n';
    const doc = parseRoadmap(label);
    assert.deepEqual(items(doc), ['4 milestone null']);
    assert.equal(doc.items?.[0].status, 'done');
    assert.deepEqual(items(parseRoadmap('## Short term\n\n### [Milestone: Minimal Viable Product]\n\nText.\n')), ['1 phase null', '3 milestone null']);
    assert.deepEqual(items(parseRoadmap('## Features\n\n- Login\n- Export\n')), []);
  });

  it('reads a version followed by a capitalised name as the release so named, not a heading about it', () => {
    assert.equal(readHeading('v0.2.7 Cost Estimation').id, 'v0.2.7');
    assert.deepEqual([readHeading('v2.0 Costs').kind, readHeading('v2.0 Costs').about], ['section', 'v2.0']);
    assert.equal(readHeading('Phase 1 Risk Assessment').kind, 'section');
  });

  it('reads an id in parentheses as a pointer when another heading names the item, and dates the document by a label', () => {
    const doc = parseRoadmap('## Phase 2: Build\n\n- [ ] a\n\n## Testing (Phase 2)\n\n- [ ] b\n\n## Last updated: 2025\n');
    assert.deepEqual(items(doc), ['1 phase Phase 2']);
    assert.equal(doc.sections[1].about, 'Phase 2');
    assert.equal(readHeading('Longo Prazo: 2027+').id, '2027+');
    assert.equal(readHeading('Last updated: 2025').kind, 'section');
  });

  it('qualifies a phase repeated in archived <details> blocks by the milestone its summary names', () => {
    const text = [
      '## Phases', '', '<details>', '<summary>v0.1.0 MVP (Phases 1-2) -- SHIPPED</summary>', '', '- [x] Phase 1: Foundation', '- [x] Phase 2: Settings', '',
      '</details>', '', '<details>', '<summary>v0.2.1 Windows</summary>', '', '- [x] Phase 01: Merge Windows Branch', '', '</details>', '',
    ].join('\n');
    assert.deepEqual(items(parseRoadmap(text)), ['6 phase v0.1.0 / Phase 1', '7 phase Phase 2', '14 phase v0.2.1 / Phase 01']);
  });

  it('keeps a table row with its own id even when a heading about that item mentions it', () => {
    const text = '## All Phases\n\n| Phase | Title | Status |\n|---|---|---|\n| **3** | Core | 🔄 In progress |\n\n## Phase 3 Breakdown (Current)\n';
    assert.deepEqual(items(parseRoadmap(text)), ['5 phase Phase 3']);
  });

  it('reads a lone line that names an item over its checklist as that item, in a document with headings too', () => {
    const text = '# Roadmap\n\n## Estado Atual (Abril 2025)\n✅ Fase 1: Estrutura Base\n- [x] Servidor\n\n## Notas\n\nFase 2: later, see below.\n\n- a note\n';
    const doc = parseRoadmap(text);
    assert.deepEqual(items(doc), ['4 phase Fase 1']);
    assert.equal(doc.items?.[0].status, 'done');
  });

  it('gives a lone line over its checklist the boxes under it, so its status and progress are theirs ("[0.1.0]" over ticked boxes)', () => {
    const text = '# BrowserBee\n\n[0.1.0]\n- [x] Render markdown\n- [x] Streaming\n\n[0.2.0]\n- [x] Approvals\n- [ ] Tabs\n\n[0.3.0]\n- [ ] Memory\n';
    const doc = parseRoadmap(text);
    assert.deepEqual(items(doc), ['3 milestone v0.1.0', '7 milestone v0.2.0', '11 milestone v0.3.0']);
    assert.deepEqual(doc.items?.map((s) => [s.status, s.progress.done, s.progress.total]), [['done', 2, 2], ['in-progress', 1, 2], ['planned', 0, 1]]);
    // The title still counts every box, through the items it holds.
    assert.deepEqual(doc.sections[0].progress, { done: 3, total: 5 });
    // A changelog's heading with a bracketed version and a day stays a heading about a release that was made.
    assert.deepEqual(items(parseRoadmap('# Changelog\n\n### [1.0.0] - 2025-10-21\n\n- Added a thing\n')), []);
  });
});

describe('reading: what unseen roadmaps showed (hold-out set)', () => {
  it('takes a plural plan word for a plain heading, not a lettered id', () => {
    assert.equal(readHeading('📅 FASES DE IMPLEMENTAÇÃO').kind, 'section');
    assert.equal(readHeading('PHASES OVERVIEW').about, null);
    assert.equal(readHeading('Phase B: Hardening').id, 'Phase B');
    assert.equal(readHeading('Phase-C').id, 'Phase C');
  });

  it('reads a CJK version word as a version', () => {
    assert.deepEqual([readHeading('版本2：设计').id, readHeading('版本2：设计').word], ['v2', 'version']);
    assert.equal(readHeading('バージョン1.2: 同期').id, 'v1.2');
    assert.equal(readHeading('📊 版本进度跟踪').kind, 'section');
  });

  it('reads a version table that looks ahead as the plan\'s milestones, with ISO months; a history of releases stays out', () => {
    const plan = parseRoadmap('# R\n\n## 版本进度\n\n| 版本 | 状态 | 预计完成 |\n|---|---|---|\n| v0.3.0 | 🚧 开发中 | 2025-09 |\n| v0.4.0 | 📋 规划中 | 2025-10 |\n');
    assert.deepEqual(items(plan), ['7 milestone v0.3.0', '8 milestone v0.4.0']);
    assert.deepEqual(plan.items?.map((s) => [s.status, s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null]), [
      ['in-progress', '2025-09-01..2025-09-30'],
      ['planned', '2025-10-01..2025-10-31'],
    ]);
    const history = parseRoadmap('# R\n\n## Releases\n\n| Version | Status | Date |\n|---|---|---|\n| v1.0.0 | Released | 2025-01 |\n| v1.1.0 | Released | 2025-03 |\n');
    assert.deepEqual(items(history), []);
    // "规划" (planned) in the status column looks ahead as "规划中" does: the release train is the plan's.
    const train = parseRoadmap('# R\n\n## 3. 版本火车\n\n| 版本 | 主题 | 状态 |\n|---|---|---|\n| v0.7 | 多专家核心 | 已发布 |\n| v5.2 | 实时数据 | 规划 |\n');
    assert.deepEqual(train.items?.map((s) => `${s.id} ${s.status}`), ['v0.7 done', 'v5.2 planned']);
  });
});

describe('reading: what hold-out set 2 showed', () => {
  it('reads a lettered CJK phase ("フェーズA（PWA）") as a phase, and a word that starts with a capital as none', () => {
    const doc = parseRoadmap('# R\n\n## フェーズA（PWA）\n- a\n\n## フェーズB（拡張）\n- b\n\n## フェーズAPI設計\n- c\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind === 'phase').map((s) => s.id), ['フェーズ A', 'フェーズ B']);
  });

  it('takes no item from a table of contents of anchor links, nor from a line about what an item depends on', () => {
    const doc = parseRoadmap(
      ['# Roadmap', '', '- [Sprint 1](#sprint-1-setup)', '- [Sprint 2](#sprint-2-build)', '', '## Milestones', '', '- M1：骨架', '- M2 依赖 M1：需先有稳定的骨架', '- M3 depends on M2', '', '## Sprint 1: Setup', '- [ ] a', ''].join('\n'),
    );
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => s.id).sort(), ['M1', 'Sprint 1']);
  });
});

describe('reading: what hold-out sets 3 and 4 showed', () => {
  it('takes a label over tasks inside a plan item ("**Week 1:**" under a sprint) for a part of it, and reads its "Duration: Weeks 1-2"', () => {
    const doc = parseRoadmap(
      ['# Plan', '', '## Sprint 0: Infrastructure', '**Duration:** Weeks 1-2', '', '### Detailed Tasks', '', '**Week 1:**', '- [ ] CI', '', '**Week 2:**', '- [x] Deploy', ''].join('\n'),
    );
    const plan = [...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section');
    assert.deepEqual(plan.map((s) => s.id), ['Sprint 0']);
    assert.deepEqual([plan[0].period?.unit, plan[0].period?.start, plan[0].period?.end], ['week', 1, 2]);
    assert.equal(plan[0].provenance.period?.line, 4);
    // Outside any plan item, such a label still names one.
    const loose = parseRoadmap(['# Plan', '', '## Work', '', '**Week 1:**', '- [ ] CI', ''].join('\n'));
    assert.deepEqual((loose.items ?? []).map((s) => s.id), ['Week 1']);
    // A length stays a length.
    assert.equal(parseRoadmap('## Sprint 1\n**Duration:** 2 weeks\n- [ ] a\n').sections[0].period, null);
  });
});

describe('reading: codes an overview table declares', () => {
  it('reads "## P0：基础设置" as the stage an overview table names P0, traced to the row; a priority table declares nothing', () => {
    const doc = parseRoadmap(
      ['# PLAN', '', '| 阶段 | 模块 |', '|---|---|', '| **P0** | 基础设置 |', '| **P1** | LLM 抽象层 |', '', '## P0：基础设置', '- [x] a', '', '## P1：LLM 抽象层', '- [ ] b', '', '## P2 Notes', ''].join('\n'),
    );
    const plan = doc.sections.filter((s) => s.kind !== 'section');
    assert.deepEqual(plan.map((s) => [s.id, s.kind, s.status]), [['P0', 'phase', 'done'], ['P1', 'phase', 'planned']]);
    assert.equal(plan[0].provenance.kind?.line, 5);
    const reported = parseRoadmap(
      ['| 阶段 | 模块 |', '|---|---|', '| **P0** | 基础 |', '| **P1** | LLM |', '', '## P0：基础', '## P1：LLM', '', '## Progress Update', '', '- P1 LLM abstraction layer: completed.', '  - T1.1 done', '- P9 unknown: completed.'].join('\n'),
    );
    assert.deepEqual(reported.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['P0', null], ['P1', 'done']]);
    assert.equal(reported.sections.find((s) => s.id === 'P1')?.provenance.status?.line, 11);
    const priority = parseRoadmap(['| Priority | Item |', '|---|---|', '| P0 | Login |', '', '## P0 Login', '- [ ] a'].join('\n'));
    assert.deepEqual(priority.sections.filter((s) => s.kind !== 'section'), []);
  });
});

describe('reading: an abbreviation the section gives another meaning', () => {
  it('reads "- [x] **M1** — …" under "### Missions" as mission 1, a task, and under "### Milestones" or a plain heading as milestone 1', () => {
    const lines = (heading: string): string => ['## v0.9.0', '', heading, '- [x] **M1** — Timeline', '- [x] **M2** — Delete', ''].join('\n');
    const ids = (text: string): (string | null)[] => (parseRoadmap(text).items ?? []).map((s) => s.id);
    assert.deepEqual(ids(lines('### Missions fondations')), []);
    assert.deepEqual(ids(lines('### Milestones and missions')), ['M1', 'M2']);
    assert.deepEqual(ids(lines('### Plan')), ['M1', 'M2']);
    assert.equal(parseRoadmap(lines('### Missions')).tasks.length, 2);
  });
});

describe('reading: headings under a heading that lists items', () => {
  it('reads "### V3-0. Baseline" under "## Фазы v3" as phase V3-0, and "V3-0." as no version', () => {
    const doc = parseRoadmap(['# R', '', '## Фазы v3', '', '### V3-0. Baseline', '- [x] a', '', '### V3-2.5. Sinks', '- [ ] b', '', '### API Design', '', '## Notes', '### A. Something', ''].join('\n'));
    const plan = doc.sections.filter((s) => s.kind !== 'section');
    assert.deepEqual(plan.map((s) => [s.id, s.kind, s.status]), [['V3-0', 'phase', 'done'], ['V3-2.5', 'phase', 'planned']]);
    assert.equal(plan[0].provenance.kind?.line, 3);
    const phases = parseRoadmap('## Phases\n### A. Foundation\n- [ ] a\n### B: Growth\n').sections.filter((s) => s.kind !== 'section');
    assert.deepEqual(phases.map((s) => s.id), ['A', 'B']);
  });

  it('keeps pre-release versions whole and never ends an id on a dot', () => {
    const ids = ['v3.0.0-rc.1 release', 'v1.0-beta: x', 'V3-0. Baseline', 'v1.2. Foo'].map((t) => parseRoadmap(`## ${t}\n`).sections[0].id);
    assert.deepEqual(ids, ['v3.0.0-rc.1', 'v1.0-beta', null, 'v1.2']);
  });
});

describe('reading: weeks written in Chinese, Japanese and Korean', () => {
  it('reads "週1", "第4週" and "第2周" as week items with their weeks, "2-3주차" as weeks, and "周报" as nothing', () => {
    const doc = parseRoadmap('## 開発\n### ✅ 週1: 基盤（完了）\n- [x] a\n### 第4週: x\n## 第2周：测试\n## 2-3주차: 준비\n## 周报\n');
    assert.deepEqual(
      doc.sections.map((s) => [s.kind, s.id, s.period ? `${s.period.start}-${s.period.end}` : null]),
      [['section', null, null], ['phase', '週 1', '1-1'], ['phase', '週 4', '4-4'], ['phase', '周 2', '2-2'], ['section', null, '2-3'], ['section', null, null]],
    );
  });
});

describe('reading: one id written several times', () => {
  it('tells "## Phase 1 v0" from "## Phase 1 v0.5" by the version after the id', () => {
    const doc = parseRoadmap('# R\n## Phase 1 v0 — catalog\n- [x] a\n## Phase 1 v0.5 — extract\n- [ ] b\n## Phase 1 v1 — polish\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['Phase 1 / v0', 'Phase 1 / v0.5', 'Phase 1 / v1']);
  });

  it('never qualifies an item restated under itself by itself ("## v0.9.9" › "### 0.9.9 — Threat Engine")', () => {
    const doc = parseRoadmap('# R\n## ✅ v0.9.9 — Engine\n### 0.9.9 — Threat Engine\n- [x] a\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['v0.9.9', 'v0.9.9']);
  });
});

describe('reading: what GSD progress tables and archives write', () => {
  it('links "| 2.1 Spirit Library Polish |" in a Phase column to "### Phase 2.1", struck-through rows too, adding no item', () => {
    const doc = parseRoadmap(
      ['# R', '### Phase 2.1: Spirit Library Polish', '### Phase 3.4: Graph DSL', '## Progress', '| Phase | Status |', '|---|---|', '| 2.1 Spirit Library Polish | Complete |', '| ~~3.4 Graph DSL~~ | Pending |', ''].join('\n'),
    );
    assert.deepEqual(doc.items ?? [], []);
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['Phase 2.1', 'done'], ['Phase 3.4', 'planned']]);
  });

  it('reads "### v1.0 Completed Phases" as a section about v1.0, so the milestone list line names v1.0', () => {
    const doc = parseRoadmap(['# R', '## Milestones', '- ✅ **v1.0 MVP** - Phases 1-13 (shipped 2026-01-17)', '## Phase Details', '### v1.0 Completed Phases (For Reference)', ''].join('\n'));
    const plan = [...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section');
    assert.deepEqual(plan.map((s) => [s.line, s.id, s.status]), [[3, 'v1.0', 'done']]);
    assert.equal(doc.sections.find((s) => s.line === 5)?.about, 'v1.0');
  });
});

describe('reading: Kiro steps across the pieces of a long section', () => {
  it('reads "- [ ] 11. Final checkpoint" as Task 11 when a piece of its own follows Task 10, and a plain numbered checklist as tasks', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `    - detail line ${i} of the documentation work that makes this section long`).join('\n');
    const doc = parseRoadmap(['# Tasks', '', '- [x] 10. Update Help', '  - [x] 10.1 Add section', filler, '', '- [ ] 11. Final checkpoint - Complete verification', '  - Run all tests', ''].join('\n'));
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.status]), [['Task 10', 'done'], ['Task 11', 'planned']]);
    const plain = parseRoadmap(['# Shopping', '', '- [ ] 1. Milk', '- [ ] 2. Bread', '', '- [ ] 3. Eggs'].join('\n'));
    assert.deepEqual(plain.items ?? [], []);
  });
});

describe('reading: what hold-out set 6 showed', () => {
  it('reads Kiro steps whose sub-tasks follow as siblings, under "## タスク一覧" (the task list, not task 1)', () => {
    const doc = parseRoadmap(['# 実装タスク', '', '## タスク一覧', '', '- [ ] 1. 基盤整備', '', '- [x] 1.1 データモデル', '', '- [ ] 1.2 鍵の生成', '', '- [ ] 2. 認証', '', '- [ ] 2.1 ログイン', ''].join('\n'));
    assert.equal(doc.sections[1].kind, 'section');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.status, s.progress.done, s.progress.total]), [['Task 1', 'in-progress', 1, 3], ['Task 2', 'planned', 0, 2]]);
  });

  it("reads a Backlog.md task marked Done as done in every phase its unticked boxes would call planned; a phase's own words stay", () => {
    const doc = parseRoadmap(['---', 'id: task-20', 'status: Done', '---', '', '## Plan', '### Phase 1: Build', '- [ ] a', '### Phase 2: Ship (In Progress)', '- [ ] b'].join('\n'));
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['Phase 1', 'done'], ['Phase 2', 'in-progress']]);
  });
});

describe('reading: mentions in a report of where the plan stands', () => {
  it('takes "### Ola 4.5 — cerrada" under "## Estado actual: …" and "### Próximo: Fase 18" for mentions of the items named again below', () => {
    const doc = parseRoadmap(
      ['# R', '## Estado actual: Ola 5 en curso', '### Ola 4.5 — cerrada', '### Próximo: Fase 18 — IA', '## 🌊 Ola 4.5 — Hardening', '- [x] a', '## 🌊 Ola 5 — IA', '### Fase 18 — Auto-tagging', '- [ ] b', ''].join('\n'),
    );
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.line, s.id]), [[5, 'Ola 4.5'], [7, 'Ola 5'], [8, 'Fase 18']]);
    assert.deepEqual(doc.sections.filter((s) => s.about !== null).map((s) => [s.line, s.about]), [[2, 'Ola 5'], [3, 'Ola 4.5'], [4, 'Fase 18']]);
  });
});

describe('reading: sentences and possessives about an item', () => {
  it('reads "- v0.6.4 is skipped as a release." as a sentence and "## v0.3 の保証を維持" as a heading about v0.3', () => {
    const doc = parseRoadmap(['# R', '## Notes', '- v0.6.4 is skipped as a release. Its scope moved.', '- v0.7.2 será adiada', '- v0.8: Parser', '## v0.3 の全保証を維持', '## 阶段1的目标', ''].join('\n'));
    assert.deepEqual((doc.items ?? []).map((s) => s.id), ['v0.8']);
    assert.deepEqual(doc.sections.filter((s) => s.about !== null).map((s) => s.about), ['v0.3', '阶段 1']);
  });
});

describe('reading: lanes', () => {
  it('reads a board of lanes with no items under them as the plan\'s items, each in the state its title says', () => {
    const doc = parseRoadmap(['# Roadmap', '## ✅ Erledigt', '- Login', '## 🚧 In Arbeit', '- Export', '## ⏭️ Als Nächstes', '- Sync', '## 🗓️ Später', '- Teams', ''].join('\n'));
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.line, s.status]), [[2, 'done'], [4, 'in-progress'], [6, 'planned'], [8, 'planned']]);
    // Buckets that hold plan items stay buckets.
    const filed = parseRoadmap(['# R', '## Done', '### Phase 1', '## Next', '### Phase 2', ''].join('\n'));
    assert.deepEqual(filed.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['Phase 1', 'done'], ['Phase 2', 'planned']]);
  });

  it('reads "Şimdi — v0.2" as v0.2 under way and "v0.1\'deki sınırlamalar" as a heading about v0.1', () => {
    const doc = parseRoadmap(["# R", "## v0.1'deki bilinen sınırlamalar", '## Şimdi — v0.2 (kapsam)', '## Sonra — v1.0 (cila)', ''].join('\n'));
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['v0.2', 'in-progress'], ['v1.0', 'planned']]);
    assert.equal(doc.sections[1].about, 'v0.1');
  });
});

describe('reading: lines inside a phase that name no item of the plan', () => {
  it("takes a phase's named milestones and an implementation order for parts of the plan, not items; a quarter's milestones stay items", () => {
    const doc = parseRoadmap(
      ['# R', '### Phase 1: MVP', '#### Milestones', '1. **Alpha Release**: internal testing', '2. **Beta Release**: limited users', '## Implementation Order', '1. **Phase 1 (Foundation):** Tasks 1, 2, 5', '## v1.2 Phase Summary', '## Q4 2025', '**Marcos**:', '- ✅ **Estabilização** (v2.9.1) - logging', ''].join('\n'),
    );
    const plan = [...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => s.line);
    assert.deepEqual(plan.sort((a, b) => a - b), [2, 9, 11]);
  });
});

describe('reading: what hold-out set 9 showed', () => {
  it('reads "- [~] 6. Security layer" between Kiro steps as step 6 under way (GFM sees no box, so no task)', () => {
    const doc = parseRoadmap('# Plan\n- [x] 5. Block\n  - [x] 5.1 a\n- [~] 6. Security layer\n  - [x] 6.1 b\n- [x] 7. Sockets\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.status]), [['Task 5', 'done'], ['Task 6', 'in-progress'], ['Task 7', 'done']]);
    assert.equal(doc.tasks.length, 4);
  });

  it('reads "§3.4.1 — First Run Experience" as a citation of a section, not version 3.4.1', () => {
    const doc = parseRoadmap('# R\n## RFC Sections to Add\n- [ ] §3.4.1 — First Run Experience\n- [ ] v3.5 — Sync\n## §2 Scope\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => s.id), ['v3.5']);
  });

  it('takes no items from a tally of the plan ("| Phase | Tasks | Parallel |" with counts only)', () => {
    const doc = parseRoadmap('# Tasks\n### Task Count Summary\n| Phase | Tasks | Parallel |\n|---|---|---|\n| Foundation | 6 | 3 |\n| US1 (Add) | 6 | 4 |\n| **Total** | **12** | **7** |\n');
    assert.deepEqual(doc.items ?? [], []);
  });

  it('takes no items from a tally with progress bars, even with a progress column ("| Phase | Tasks | Complete | Progress |")', () => {
    const doc = parseRoadmap('# R\n### Completion by Phase\n| Phase | Tasks | Complete | Progress |\n|---|---|---|---|\n| Phase 4: Authorization | 20 | 0 | ░░░░░░░░ 0% |\n| Phase 5: Audit | 11 | 11 | ████████ 100% |\n');
    assert.deepEqual(doc.items ?? [], []);
  });

  it('reads "| 01 | [Language slice](milestones/M01-language-slice.md) ✅ |" under "| # | Milestone |" as M1, done, and the sentences about milestones below as none', () => {
    const doc = parseRoadmap(
      '# R\n## Milestones\n| # | Milestone | Delivers |\n|---|---|---|\n| 01 | [Language slice](m/M01-slice.md) ✅ | sounds |\n| 02 | [Depth](m/M02-depth.md) | scripts |\n\n- **M02 comes early on purpose.** From M03 on every milestone adds slots.\n- **M01 and M02 can run in parallel** once the bench is done.\n',
    );
    assert.deepEqual(items(doc), ['5 milestone M1', '6 milestone M2']);
    assert.deepEqual((doc.items ?? []).map((s) => s.status), ['done', null]);
  });
});

describe('reading: Kiro task lists with flat numbered tasks', () => {
  it('reads "- [x] 1." … as steps in a document titled as an implementation plan, and as tasks only elsewhere', () => {
    const list = ['', '## Tasks', '', '- [x] 1. Criar estrutura', '- [x] 2. Criar app.py', '- [ ] 3. Finalizar'].join('\n');
    const plan = parseRoadmap('# Implementation Plan' + list);
    assert.deepEqual((plan.items ?? []).map((s) => [s.id, s.status]), [['Task 1', 'done'], ['Task 2', 'done'], ['Task 3', 'planned']]);
    assert.deepEqual(parseRoadmap('# 実装タスク' + list).items?.length, 3);
    assert.deepEqual(parseRoadmap('# Shopping' + list).items ?? [], []);
    assert.equal(plan.tasks.length, 3);
  });
});

describe('reading: releases named without a plan word', () => {
  it('reads a product name before a version ("PatchVec v0.1 — Prototype") as that release, never a title\'s "Roadmap v2.0"', () => {
    const doc = parseRoadmap('# Roadmap v2.0\n## Release Schedule\n### PatchVec v0.1 — Prototype\n- a\n### PaveDB v1.0: Stability\n- b\n');
    assert.deepEqual(doc.sections.map((s) => [s.kind, s.id]), [['section', null], ['section', null], ['milestone', 'v0.1'], ['milestone', 'v1.0']]);
  });

  it('reads a heading that is only a two-part version ("## 0.2", "## 0.1 (initial release)") as a release, and "## 1.2 Setup" as a section', () => {
    const doc = parseRoadmap('# Roadmap\n## 0.1 (initial release)\n- api\n## 0.2\n- knobs\n## 1.2 Setup\n## 0.3 - 01.04.2021\n## 0.4 - TBD\n## 1.3 - Install\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => [s.kind, s.id]), [['milestone', 'v0.1'], ['milestone', 'v0.2'], ['section', null], ['milestone', 'v0.3'], ['milestone', 'v0.4'], ['section', null]]);
  });

  it('reads a lane that names its release ("## ✅ Completed (v1.2)") as that release, done', () => {
    const doc = parseRoadmap('# Roadmap\n## ✅ Completed (v1.2)\n- **Polish**: done\n## ✅ Completed (v1.1)\n- **A11y**\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => [s.kind, s.id, s.status]), [['milestone', 'v1.2', 'done'], ['milestone', 'v1.1', 'done']]);
  });

  it('gives a quarter without a year the one year a heading above it names ("# Feature Roadmap: 2025" › "## Q1: …")', () => {
    const doc = parseRoadmap('# Feature Roadmap: 2025\n## Q1: Foundation\n- [x] a\n## Q2: Growth\n- [ ] b\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => [s.id, s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null]), [['Q1 2025', '2025-01-01..2025-03-31'], ['Q2 2025', '2025-04-01..2025-06-30']]);
    assert.equal(doc.sections[1].provenance.period?.line, 1);
    const twoYears = parseRoadmap('# Plan 2025-2026\n## Q1: Foundation\n');
    assert.equal(twoYears.sections[1].id, 'Q1');
    assert.equal(twoYears.sections[1].period, null);
  });

  it('reads a range heading over a table of its members\' rows ("## 완료된 작업 (Phase 1-4)") as a group of those phases', () => {
    const table = '| Phase | 설명 | 상태 |\n|---|---|---|\n| Phase 1 | 설정 | ✅ 완료 |\n| Phase 2 | HTTP | ✅ 완료 |\n';
    const doc = parseRoadmap(`# R\n## 🏆 완료된 작업 (Phase 1-4)\n\n${table}\n## Phase 5: 기능 개선\n- [ ] a\n`);
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['Phase 5', 'planned'], ['Phase 1', 'done'], ['Phase 2', 'done']]);
    // The same rows where their ids also head sections later keep the range's name, to stay apart from those.
    const again = parseRoadmap(`# R\n## 🏆 완료된 작업 (Phase 1-4)\n\n${table}\n## Phase 1 notes\n### Phase 1\n`);
    assert.ok((again.items ?? []).some((s) => s.id === 'Phase 1-4 / Phase 1'));
  });
});

describe('reading: plan tables numbered in a "#" column', () => {
  it('names each row by its number and the plan column\'s word ("| # | Status | Stage |" → Stage 0, Stage 1), not file numbers ("| 01 |")', () => {
    const doc = parseRoadmap('# Plan\n## Stages\n| # | Status | Stage |\n|---|---|---|\n| 0 | **DONE** | Skeleton |\n| 1 | | Paths |\n\n### Stage 0 completion notes (2026-08-19)\nDone.\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.status]), [['Stage 0', 'done'], ['Stage 1', null]]);
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.id), []);
  });
});

describe('reading: tables of versions with targets, totals and box statuses', () => {
  it('reads a version table with a column of targets ("| 버전 | 목표 | 예상 완료 |") as milestones of the plan', () => {
    const doc = parseRoadmap('# R\n## 📅 마일스톤\n| 버전 | 목표 | 예상 완료 |\n|---|---|---|\n| v1.0 | 기본 기능 | ✅ 완료 |\n| v1.5 | Phase 5 | 2026 Q2 |\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null]), [['v1.0', null], ['v1.5', '2026-04-01..2026-06-30']]);
    // A release history (no targets, nothing ahead) stays a history.
    assert.deepEqual(parseRoadmap('# R\n## Releases\n| Version | Date |\n|---|---|\n| v1.0 | 2024-01-02 |\n| v1.1 | 2024-03-02 |\n').items ?? [], []);
  });

  it('reads "[x]", "[/]" and "[ ]" in a status column as done, under way and not started', () => {
    const doc = parseRoadmap('# R\n| Milestone | Target Date | Status |\n|---|---|---|\n| **M1: Swarm** | Month 3 | [x] |\n| **M2: Scout** | Month 9 | [/] |\n| **M3: Demo** | Month 18 | [ ] |\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.status]), [['M1', 'done'], ['M2', 'in-progress'], ['M3', 'planned']]);
  });

  it('takes no item from a totals row with words after the total ("| **TOTAL DÉPENSÉ** | **44h30** |")', () => {
    const doc = parseRoadmap('# R\n### Développement\n| Phase | Heures |\n|---|---|\n| Sprint 1 (Critical Path) | 11h30 |\n| **TOTAL DÉPENSÉ** | **44h30** |\n');
    assert.deepEqual((doc.items ?? []).map((s) => s.id), ['Sprint 1']);
  });
});

describe('reading: weeks in more languages, schedules of weeks, milestones in a quarter', () => {
  it('reads Indonesian "Minggu" and Polish "Tydzień" as weeks', () => {
    const doc = parseRoadmap('# TODO\n## Minggu 1 (8-14 September) - Setup\n- a\n## Tydzień 2: Integracja\n- b\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => [s.id, s.period?.unit === 'week' ? [s.period.start, s.period.end] : null]), [['Minggu 1', [1, 1]], ['Tydzień 2', [2, 2]]]);
  });

  it('reads "| Week | What to get done | Milestone |" with weeks one after another as a schedule of weeks', () => {
    const doc = parseRoadmap('# Schedule\n| Week | What you should get done | Milestone |\n| --- | --- | --- |\n| 1 | Teams should be formed and selected | Team Selection |\n| 2 | Projects should be decided by end of this week | Team Principles |\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.period?.unit === 'week' ? s.period.start : null]), [['Week 1', 1], ['Week 2', 2]]);
    // Milestones numbered in their own column keep their numbers, in the weeks they fall in.
    const numbered = parseRoadmap('# Plan\n| Woche | Datum | Nr | Meilenstein |\n|---|---|---|---|\n| 3 | 06.10.2019 | 1 | Backlog bereit |\n| 4 | 13.10.2019 | 2 | Login |\n');
    assert.deepEqual((numbered.items ?? []).map((s) => s.id), ['M1', 'M2']);
  });

  it('reads milestones named without ids in a quarter\'s table as that quarter\'s items', () => {
    const doc = parseRoadmap('# R\n## 2025Q1\n| 里程碑 | 起始日期 | 结束日期 |\n| :-- | :-- | :-- |\n| H | 2025-01-01 | 2025-01-31 |\n| He | 2025-02-01 | 2025-02-28 |\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.kind, s.period?.unit === 'date' ? s.period.start : null]), [['milestone', '2025-01-01'], ['milestone', '2025-02-01']]);
  });
});

describe('reading: release plans and status reports', () => {
  it('names the rows of "| Release | Version | Date |" under "## Release Plan" by their versions', () => {
    const doc = parseRoadmap('# R\n## Release Plan\n| Release | Version | Date | Notes |\n|---|---|---|---|\n| Alpha | 0.1.0 | 30/01/2026 | internal |\n| Beta | 0.5.0 | 15/02/2026 | limited |\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.period?.unit === 'date' ? s.period.start : null]), [['v0.1.0', '2026-01-30'], ['v0.5.0', '2026-02-15']]);
  });

  it('reads "## Status projektu: 🔄 FAZA 2" over "### 🔄 Faza 2" as a report on the phase, not a second phase', () => {
    const doc = parseRoadmap('# R\n## Status projektu: 🔄 **FAZA 2 - AUDIT**\n### ✅ Faza 1: Fundamenty\n### 🔄 Faza 2: Audit (W TRAKCIE)\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.line, s.id]), [[3, 'Faza 1'], [4, 'Faza 2']]);
  });
});

describe('reading: weeks inside a sprint, ID columns, months and years of the plan', () => {
  it('reads "- **Week 5 (9/15 – 9/21)**" under "## Sprint 1 (Weeks 5–9)" as the sprint\'s weeks, not items', () => {
    const doc = parseRoadmap('# Milestones\n## 📍 Sprint 1 (Weeks 5–9)\n- **Week 5 (9/15 – 9/21)**\n  - Sprint 1 starts\n- **Week 6 (9/22 – 9/28)**\n  - check-in\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => s.id), ['Sprint 1']);
  });

  it('names milestone rows by an ID column ("| ID | Meilenstein | Datum |" with "| **M1** | Kickoff | 06.01.2026 |")', () => {
    const doc = parseRoadmap('# Timeline\n### Meilensteine Phase 1\n| ID | Meilenstein | Datum |\n|----|----|----|\n| **M1** | Kickoff | 06.01.2026 |\n| **M2** | Foundation Complete | 14.02.2026 |\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.period?.unit === 'date' ? s.period.start : null]), [['M1', '2026-01-06'], ['M2', '2026-02-14']]);
  });

  it('reads "Month 2: March 2026" as month 2 of the plan, in March 2026, and "Month 3/2025" as a month of the calendar', () => {
    const doc = parseRoadmap('# Timeline\n### Month 2: March 2026\n- [ ] 10 customers\n### Month 3/2025\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => [s.kind, s.id]), [['phase', 'Month 2'], ['quarter', 'Month 3/2025']]);
    assert.deepEqual(doc.sections[1].period?.unit === 'date' ? [doc.sections[1].period.start, doc.sections[1].period.end] : null, ['2026-03-01', '2026-03-31']);
  });

  it('reads "## 2024" and "## 2026 Outlook" beside halves or quarters as years of the plan; a lone "## 2024" stays a section', () => {
    const doc = parseRoadmap('# RoadMap\n## 2024\n- MQTT\n## 2025 H1\n- Kafka\n## 2026 Outlook\n- Voice\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => [s.kind, s.id, s.period?.unit === 'date' ? s.period.start : null]), [['quarter', '2024', '2024-01-01'], ['quarter', 'H1 2025', '2025-01-01'], ['quarter', '2026', '2026-01-01']]);
    assert.equal(parseRoadmap('# Changelog\n## 2024\n- fixed\n').sections[1].kind, 'section');
  });

  it('reads headings under "## Success Metrics Tracking" as checkpoints of metrics, not items', () => {
    const doc = parseRoadmap('# Timeline\n## Upcoming\n### Month 2: March 2026\n## Success Metrics Tracking\n### Month 1 (Mar 19)\n- 10 users\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.line), [3]);
  });
});

describe('reading: modules, numbered lanes, grouped table rows, arrows and task-list titles', () => {
  it('reads "### Module 1.1: …" with its weeks as an item, but not a "| Module |" column', () => {
    const doc = parseRoadmap('# HMS\n## PHASE 1: Foundation\n### Module 1.1: Users\n**Duration**: Week 1-2\n### Module 1.2: Patients\n**Duration**: Week 3-4\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.period?.unit === 'week' ? [s.period.start, s.period.end] : null]), [['Phase 1', [1, 4]], ['Module 1.1', [1, 2]], ['Module 1.2', [3, 4]]]);
    const table = parseRoadmap('# T\n| Original Week | New Week | Module | Reason |\n|---|---|---|---|\n| Week 3 | Week 3-5 | Mind Mapping | AI |\n| - | Week 12 | Polish & Docs | QA |\n');
    assert.deepEqual(table.items ?? [], []);
  });

  it('reads numbered lanes ("## 3. Now", "## 4. Next") and "## Planned Future Milestones" as buckets with a status', () => {
    const doc = parseRoadmap('# Roadmap\n## 3. Now\n### 3.1 质量收敛\n## 4. Next\n### 4.1 E2E\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.line, s.status]), [[2, 'in-progress'], [4, 'planned']]);
    const future = parseRoadmap('# R\n## Planned Future Milestones\n### v0.6.0 - Enhancements\n- hotkeys\n');
    assert.equal(future.sections.find((s) => s.id === 'v0.6.0')!.status, 'planned');
  });

  it('reads no items from a column whose ids repeat ("| **TIER 1** | Month 1 |", "| **TIER 1** | Month 2 |")', () => {
    const doc = parseRoadmap('# R\n| Phase | Month | Goal |\n|---|---|---|\n| **TIER 1** | Month 1 | work |\n| **TIER 1** | Month 2 | right |\n| **TIER 2** | Month 5–6 | smart |\n');
    assert.deepEqual(doc.items ?? [], []);
  });

  it('reads "- M0 → M1: Docker required" and "- v1 uses spherical Earth" as lines about items, and "# Tasks: Phase I" as a task list\'s title', () => {
    const doc = parseRoadmap('# Tasks: Phase I – Setup\n## Dependency Chain\n- M0 → M1: Docker environment required\n- M1 → M2: debt first\n## Notes\n- v1 uses spherical Earth\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => s.id), []);
    assert.equal(doc.sections[0].about, 'Phase I');
  });

  it('reads lettered milestones ("## Milestone A: Developer preview") and a first column "Eng Milestone" as naming milestones', () => {
    const doc = parseRoadmap('# R\n## Milestone A: Developer preview\n## Milestone B: v1 (production-ready core)\n## milestone a: prose\n## Mapping (for Milestone A)\n| Eng Milestone | Owner |\n|---|---|\n| M0: Repo foundation | DX |\n| M1: Control-plane core | Control |\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => [s.kind, s.id, s.line]), [
      ['milestone', 'Milestone A', 2], ['milestone', 'Milestone B', 3], ['milestone', 'M0', 8], ['milestone', 'M1', 9],
    ]);
    const next = parseRoadmap('# R\n| Feature | Next Milestone |\n|---|---|\n| Search | M2 |\n| Sync | M3 |\n| Next Milestone | Feature |\n|---|---|\n| M4 | Export |\n');
    assert.deepEqual(next.items ?? [], []);
  });

  it('reads "## ⛔ M2 needs its own corpus." as a heading about M2, and "### ⬜ M2 — Linear expressions" as M2', () => {
    const doc = parseRoadmap('# R\n## ⛔ M2 needs its own corpus. Downloading one is not enough\ntext\n## Milestones\n### ✅ M1 — Recorder\n### ⬜ M2 — Linear expressions *(3–6 weeks)*\n');
    const items = doc.sections.filter((s) => s.kind !== 'section');
    assert.deepEqual(items.map((s) => [s.id, s.line, s.status]), [['M1', 5, 'done'], ['M2', 6, 'planned']]);
    assert.equal(doc.sections.find((s) => s.line === 2)?.about, 'M2');
  });
});

describe('reading: days of the plan and entries of a calendar', () => {
  it('reads "## Day 1 (90 min) — Setup" as a day of the plan, and "#### Día 1-2" inside a week as part of that week', () => {
    const doc = parseRoadmap('# Week 1 Plan\n## Day 1 (90 min) — Setup\n- [ ] a\n## Day 2 (90 min) — Practice\n- [ ] b\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.days]), [['Day 1', { start: 1, end: 1 }], ['Day 2', { start: 2, end: 2 }]]);
    const nested = parseRoadmap('# Plan\n### Semana 1: Setup\n#### Día 1-2: Configuración\n#### Día 3-5: Modelos\n');
    assert.deepEqual(nested.sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['Semana 1']);
    assert.deepEqual(parseRoadmap('# R\n## Phase 1\n### Tomorrow (Day 1)\n').sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['Phase 1']);
  });

  it('reads "Friday: Week 1 Milestone Review" and "Monday-Tuesday: Phase 1 Deployment" as calendar entries about items', () => {
    const doc = parseRoadmap('# Plan\n## Week 1\n### Friday: Week 1 Milestone Review\n### Monday-Tuesday: Phase 1 Deployment\n');
    assert.deepEqual(doc.sections.slice(2).map((s) => [s.kind, s.about]), [['section', 'Week 1'], ['section', 'Phase 1']]);
  });
});

describe('reading: Chinese days, glued boxes and numbered table cells', () => {
  it('reads "### 第1-2天：…" as days 1-2 of the plan, and "## 15天学习计划" (a 15-day plan) as no item', () => {
    const doc = parseRoadmap('# R\n## 15天学习计划\n### **第1-2天：代码重构**\n### 第13天：测试\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.days]), [['Day 1-2', { start: 1, end: 2 }], ['Day 13', { start: 13, end: 13 }]]);
  });

  it('reads "- [x]`registerAgent()`" (no space after the box: no task for GitHub) as a tick toward its phase', () => {
    const doc = parseRoadmap('# Plan\n## Phase 2: Backend\n- [x]`registerAgent()` — stores\n- [x]`saveRegistration()` — stores\n## Phase 3\n- [x]`GET /meta`\n- [ ]`POST /x`\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.status), ['done', 'in-progress']);
    assert.equal(doc.tasks.length, 0);
  });

  it('names "| 0 — Foundation | Complete |" under "| Stage | Status |" Stage 0', () => {
    const doc = parseRoadmap('# R\n## Released\n| Stage | Status | Outcome |\n|---|---|---|\n| 0 — Foundation | Complete | service |\n| 1 — Market data | Complete | bars |\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.status]), [['Stage 0', 'done'], ['Stage 1', 'done']]);
  });
});

describe('reading: codes in a "#" column, and years named by a word', () => {
  it('names milestone rows by the codes a "#" column holds ("| # | Milestone | Status |" with "| M1 |")', () => {
    const doc = parseRoadmap('# R\n## Phase 1: MVP\n| # | Milestone | Status |\n|---|---|---|\n| M1 | Foundation | ✅ Built |\n| M2 | Dashboard | ⬜ Next |\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.status]), [['M1', 'done'], ['M2', 'planned']]);
  });

  it('reads "## 2026: Cimientos" and "## 2028+ (Visión)" as years of the plan, and "## 2024: Retrospective" as no item', () => {
    const doc = parseRoadmap('# Roadmap\n## 2026: Cimientos\n- a\n## 2028+ (Visión)\n- b\n## 2024: Retrospective\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => [s.kind, s.id]), [['quarter', '2026'], ['quarter', '2028+'], ['section', null]]);
  });
});

describe('reading: a release among the work of an item', () => {
  it('reads "- release 1.0.0." among an item\'s steps and "- [ ] Релиз v1.0.0" among its tasks as its work; a list of versions stays items', () => {
    const doc = parseRoadmap('# R\n### M7 – Hardening\n- tools documentation;\n- examples;\n- release 1.0.0.\n### Этап 9: Финализация\n- [ ] Полное тестирование\n- [ ] CHANGELOG.md\n- [ ] Релиз v1.0.0 (Rust)\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => s.id), ['M7', 'Этап 9']);
    const versions = parseRoadmap('# R\n## フェーズA（PWA）\n- **v1.1**：3ペイン\n- **v1.2**：Mosaic\n- **v1.3**：AutoSave\n');
    assert.deepEqual((versions.items ?? []).map((s) => s.id), ['v1.1', 'v1.2', 'v1.3']);
  });
});

describe('reading: the parts of quarters and phases', () => {
  const items = (text: string): [string, string | null, number][] =>
    [...parseRoadmap(text).sections].filter((s) => s.kind !== 'section').map((s) => [s.kind, s.id, s.line]);

  it('reads "## Q1 (January - March 2025)" as Q1 2025, and its numbered work with a status or dates as its items', () => {
    const doc = parseRoadmap('# Plan\n## Q1 (January - March 2025)\n### 1. Visualization ✅ (Completed March 4, 2025)\n- a ✅\n### 2. Memory (In Progress)\n- b\n### Notes\n## Q2 (April - June 2025)\n#### Production Deployment (April 2025)\n- c\n#### Original Plan (from Q2-2025-ROADMAP.md)\n');
    const found = doc.sections.filter((s) => s.kind !== 'section');
    assert.deepEqual(found.map((s) => [s.kind, s.id, s.status]), [
      ['quarter', 'Q1 2025', 'in-progress'], ['phase', null, 'done'], ['phase', null, 'in-progress'], ['quarter', 'Q2 2025', null], ['phase', null, null],
    ]);
    assert.equal(found[4].title, 'Production Deployment (April 2025)');
  });

  it('reads "### 4.1 Memory (Week 1-2)" under "## Phase 4" as Phase 4.1, and an undated "### 4.3 Notes" as a section', () => {
    assert.deepEqual(items('# P\n## Phase 4: Memory\n### 4.1 Assoc memory (Week 1-2)\n- [ ] a\n### 4.2 Emotion (Week 3-4)\n### 4.3 Notes\n## Phase 5\n### 4.4 Wrong (Week 1)\n'), [
      ['phase', 'Phase 4', 2], ['phase', 'Phase 4.1', 3], ['phase', 'Phase 4.2', 5], ['phase', 'Phase 5', 7],
    ]);
  });

  it('reads "#### Weeks 8-9: Foundation" as weeks of the plan, and "### 5. Phase 1 Section", "### Phase 1 Success" as about Phase 1', () => {
    assert.deepEqual(items('# P\n## Phase 3: Core (Weeks 8-17)\n#### Weeks 8-9: Foundation\n#### Semanas 10-11 — Datos\n'), [['phase', 'Phase 3', 2], ['phase', 'Weeks 8-9', 3], ['phase', 'Semanas 10-11', 4]]);
    const doc = parseRoadmap('# Review\n## Changes\n### 5. Phase 1 Section\n### 1. Phase 1 Success\n### 2. Phase 2 Action Plan\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section'), []);
    assert.deepEqual(doc.sections.slice(2).map((s) => s.about), ['Phase 1', 'Phase 1', 'Phase 2']);
  });

  it('reads lanes under "## 📊 Current Status Summary" as a summary when the plan\'s items stand elsewhere', () => {
    const summary = '## 📊 Current Status Summary\n### ✅ Completed Features\n- x\n### 🔄 In Progress\n- y\n';
    assert.deepEqual(items(`# R\n## Phase 1: A ✅\n## Phase 2: B\n${summary}`), [['phase', 'Phase 1', 2], ['phase', 'Phase 2', 3]]);
    assert.deepEqual(items(`# R\n${summary}`).map(([k]) => k), ['phase', 'phase']);
  });
});

describe('reading: numbered sections of checklists', () => {
  it('reads "## 0. Setup", "## 1. Infra", "## 2) Config" each over its checklist as phases 0-2, and numbered prose or parts of a phase as sections', () => {
    const doc = parseRoadmap('# Roadmap 0.2.0\n## 0. Setup\n- [x] a\n- [ ] b\n## 1. Infra\n- [x] c\n## 2) Config\n- [ ] d\n## Notes\ntext\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['0', 'in-progress'], ['1', 'done'], ['2', 'planned']]);
    const prose = parseRoadmap('# R\n## 1. Intro\ntext\n## 2. Goals\n- [ ] a\n## 3. Scope\n- [ ] b\n');
    assert.deepEqual(prose.sections.filter((s) => s.kind !== 'section'), []);
    const parts = parseRoadmap('# R\n## Phase 1: Scout\n### 1. Env\n- [x] a\n### 2. AI\n- [ ] b\n### 3. Sim\n- [ ] c\n');
    assert.deepEqual(parts.sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['Phase 1']);
  });
});

describe('reading: task codes and checkpoints', () => {
  it('reads "### Task I-1.2: Write the model" as no task "I", and "## Phase I Checkpoint" as about Phase I', () => {
    const doc = parseRoadmap('# Tasks\n## Phase I\n### Task I-1.1: Setup\n### Task I-1.2: Write the model\n## Phase I Checkpoint\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['Phase I']);
    assert.equal(doc.sections.at(-1)?.about, 'Phase I');
  });
});

describe('reading: days and months counted in other languages, releases named by their product', () => {
  it('reads "### Tag 1–2" as days 1-2, "### 2-3. Ay: Test" as months 2-3, and "## OCaml 5.3.0" as a release (but "### Story 5.1.1" not)', () => {
    const doc = parseRoadmap('# Plan\n## Startplan\n### Tag 1–2\n- a\n### Tag 3–5\n- b\n## Yol Haritası\n### 1. Ay: Analiz\n### 2-3. Ay: Test\n## OCaml 5.3.0\n## Stories\n### Story 5.1.1 — Config\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.word]), [
      ['Tag 1-2', 'day'], ['Tag 3-5', 'day'], ['Ay 1', 'month'], ['Ay 2-3', 'month'], ['v5.3.0', 'version'],
    ]);
  });

  it('reads a release table\'s "End of Support" as no part of its period, and a legend\'s "- Version: …" as no item', () => {
    const doc = parseRoadmap('# Release Roadmap\n| Version | Date | End of Support |\n|---|---|---|\n| 1.7.0 | 2021-12-01 | 2022-12-01 |\n| 2.2.0 | 2027-12-31 | TBD |\n## Legend\n- Version: Only counts major and minor versions\n');
    assert.deepEqual(doc.items?.map((s) => [s.id, s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null]), [['v1.7.0', '2021-12-01..2021-12-01'], ['v2.2.0', '2027-12-31..2027-12-31']]);
  });
});

describe('reading: bold paragraphs that name items, codes of milestones, horizons naming their release', () => {
  it('reads "**Phase 1 (v1.4–v1.5) — Assets.** Build …" and "**v0.1.0** (released …)" as items, and "**Phase 1 (Preparation)**:" over a list or "**Version 3.0 | March 2026**" under the title as none', () => {
    const doc = parseRoadmap('# Roadmap\n\n**Version 3.0 | March 20, 2026**\n\n## The long view\n\n**Phase 1 (v1.4–v1.5) — Assets.** Build assets.\n\n**Phase 2 (v1.6) — Worlds.** Build worlds.\n\n## Messages\n\n**Phase 1 (Preparation)**:\n- a\n\n## Release Timeline\n\n**v0.1.0** (released 2026-01-12)\n- RPM support\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.line]), [['Phase 1', 7], ['Phase 2', 9], ['v0.1.0', 18]]);
  });

  it('reads "| M01 | Core Foundation |" under "| ID | Название |" as milestone M1, and "## Short-term Goals (v0.2.0)" as release v0.2.0', () => {
    const table = parseRoadmap('# R\n### Таблица milestones\n| ID | Название | Пакеты |\n|--|--|--|\n| M01 | Core Foundation | core |\n| M02 | Review Domain | core |\n');
    assert.deepEqual(table.items?.map((s) => s.id), ['M1', 'M2']);
    const lanes = parseRoadmap('# Taku Roadmap\n## Short-term Goals (v0.2.0)\n- [ ] a\n## Long-term Vision (v1.0.0)\n- [ ] b\n## Feature Summary (v1.0)\n');
    assert.deepEqual(lanes.sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['v0.2.0', 'v1.0.0']);
  });
});

describe('reading: numbered milestone columns, opening facts, release sections', () => {
  it('reads "| Milestone No. | Milestone |" rows under "## Phase 1" as M0, M1 with their months', () => {
    const doc = parseRoadmap('# R\n## Phase 1\n| Milestone No. | Milestone | Target Date |\n|---|---|---|\n| 0 | Specs | 09/2023 |\n| 1 | Research plan | 10/2023 |\n');
    assert.deepEqual(doc.items?.map((s) => [s.id, s.period?.unit === 'date' ? s.period.start : null]), [['M0', '2023-09-01'], ['M1', '2023-10-01']]);
  });

  it('gives "## Sprint 1 Backlog" the weeks of "- **Duration**: 2 weeks (Weeks 1-2)" in its opening "### Sprint Information"', () => {
    const doc = parseRoadmap('# R\n## Sprint 1 Backlog\n### Sprint Information\n- **Duration**: 2 weeks (Weeks 1-2)\n- **Capacity**: 38\n### Stories\n- [ ] a\n');
    assert.deepEqual(doc.sections.find((s) => s.kind === 'phase')?.period, { unit: 'week', start: 1, end: 2, source: 'line' });
  });

  it('reads "### 6.4 Release Checklist" and "## v0.0.2 at a Glance" as no releases, "## 2.0 Release" as one', () => {
    const doc = parseRoadmap('# R\n## 2.0 Release\n### 6.4 Release Checklist\n### 1.2 Release Notes\n## v0.0.2 at a Glance\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['v2.0']);
  });
});

describe('reading: waves inside a phase, sub-phases, pre-releases and summaries', () => {
  it('reads "- Wave 1: 03-01, 03-02" inside a phase as its order of work, "### Sub-Phase 9A" as a phase, "### Current: Alpha 5" as a milestone under way', () => {
    const doc = parseRoadmap('# Roadmap\n## Phase 3: Git\n**Wave Structure:**\n- Wave 1: 03-01, 03-02 (parallel)\n- Wave 2: 03-03\n## Phase 9\n### Sub-Phase 9A: Data Model ✅\n## Alpha milestones\n### Current: Alpha 5\n#### Goals\n### Alpha 4 - Completed 2024-02-01\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [
      ['Phase 3', null], ['Phase 9', 'done'], ['Sub-phase 9A', 'done'], ['Alpha 5', 'in-progress'], ['Alpha 4', 'done'],
    ]);
  });

  it('reads "#### v0.2.x Persistence Surface Summary" and "# Version 1.00 Milestone List" as about the release, "## Phase 3: Reporting Summary" as Phase 3', () => {
    const doc = parseRoadmap('# Version 1.00 Milestone List\n## Phase 3: Reporting Summary\n#### v0.2.x Persistence Surface Summary\n');
    assert.deepEqual(doc.sections.map((s) => [s.kind, s.id ?? s.about]), [['section', 'v1.00'], ['phase', 'Phase 3'], ['section', 'v0.2.x']]);
  });
});

describe('reading: versions named after a dash', () => {
  it('reads "## 0.4 - Proper Catalog" › "##### 2018-08-27" beside "## 0.5 - Orderable" as releases v0.4 (dated) and v0.5, and "### 2.1 — Breakers" under "## Phase 2" as a section', () => {
    const doc = parseRoadmap('# Roadmap\n## 0.4 - Proper Catalog\n##### 2018-08-27\n- Categories\n## 0.5 - Orderable\n- Cart\n## Phase 2: Reliability\n### 2.1 — Circuit Breakers\n### 2.2 — Fallbacks\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.period?.unit === 'date' ? s.period.start : null]), [['v0.4', '2018-08-27'], ['v0.5', null], ['Phase 2', null]]);
  });
});

describe('reading: Unicode hyphens', () => {
  it('reads "## 2025‑Q2" (a non-breaking hyphen) as Q2 2025 and "**v1.1‑ext**" as v1.1-ext', () => {
    const doc = parseRoadmap('# R\n## 2025‑Q2\n- a\n## Versions\n- **v1.1‑ext**：PWA\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => [s.id, s.period?.unit === 'date' ? s.period.start : null]), [['Q2 2025', '2025-04-01'], ['v1.1-ext', null]]);
  });
});

describe('reading: lines that head lists, versions after a colon', () => {
  it('reads "M1: Spec freeze candidate" over a list as M1, but not "V1 means:" or "**Phase 1 (Preparation)**:"', () => {
    const doc = parseRoadmap('# Milestones (Draft)\n\nM1: Spec freeze candidate\n- MVP scope docs complete.\n\nM2: Core product alpha\n- Feed works.\n\nV1 means:\n- x\n');
    assert.deepEqual(doc.items?.filter((s) => s.id !== null).map((s) => [s.id, s.line]), [['M1', 3], ['M2', 6]]);
    assert.ok(!doc.items?.some((s) => s.line === 4 || s.line === 9), 'the lines under M1 are its parts, and "V1 means:" names nothing');
  });

  it('reads "## 0.3: extrapolation" beside "## 0.4: lifecycle" as releases', () => {
    const doc = parseRoadmap('# Roadmap\n## 0.3: extrapolation and recalibration\n- a\n## 0.4: complete interactive lifecycle\n- b\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['v0.3', 'v0.4']);
  });
});

describe('reading: sub-phases', () => {
  it('reads "#### Subfase 1.1.1: Header" as a sub-phase, not version 1.1.1, and a "| Sub-fase |" table or "- Sub-fase 0.1" list inside a phase as its parts', () => {
    const doc = parseRoadmap('# Roadmap\n## Fase 1\n### Etapa 1.1\n#### Subfase 1.1.1: Header\n- [ ] a\n## Fase 0\n### Sub-fases\n| Sub-fase | Nombre | Estado |\n|---|---|---|\n| 0.1 | Diseño | ✅ Completado |\n- Sub-fase 0.2\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => s.id), ['Fase 1', 'Etapa 1.1', 'Subfase 1.1.1', 'Fase 0']);
  });
});

describe('reading: more headings about an item', () => {
  it('reads "Phase 4 成果物", "Phase 3 Planning", "Phase 2 Prerequisites" and "0) Phase 5 Objective" as about their phase, and "Phase 1: Planning" as the phase', () => {
    for (const title of ['Phase 4 成果物', 'Phase 3 Planning', 'Phase 2 Prerequisites', '0) Phase 5 Objective', 'Phase 6 交付物']) {
      const r = readHeading(title);
      assert.equal(r.kind, 'section', title);
      assert.ok(r.about, title);
    }
    assert.equal(readHeading('Phase 1: Planning').kind, 'phase');
  });
});

describe('reading: numbered rows behind an icon', () => {
  it('reads "| [💧 &nbsp;1 - &nbsp;Hydrogen](…) | 03.02.2020 |" under "| Milestone | Release date |" as M1', () => {
    const doc = parseRoadmap('## Roadmap\n\n| Milestone | Release date |\n|---|---|\n| [💧 &nbsp;1 - &nbsp;Hydrogen](https://example.com/1) | 03.02.2020 |\n| [🎈 &nbsp;2 - &nbsp;Helium](https://example.com/2) | 02.04.2020 |\n');
    assert.deepEqual(doc.items?.map((s) => [s.kind, s.id]), [['milestone', 'M1'], ['milestone', 'M2']]);
  });
});

describe('reading: dated release tables', () => {
  it('reads "| Version | Date | Description |" rows as releases, but not a revision history ("| Versão | Data | Descrição | Autor |", "| Version | Date | Changes |")', () => {
    const plan = parseRoadmap('## Version Milestones\n\n| Version | Date | Description |\n|---|---|---|\n| v0.1 | 2024-01-15 | Initial MVP release |\n| v0.2 | TBD | Multi-user support |\n');
    assert.deepEqual(plan.items?.map((s) => [s.kind, s.id]), [['milestone', 'v0.1'], ['milestone', 'v0.2']]);
    const history = parseRoadmap('## Histórico\n\n| Versão | Data | Descrição | Autor |\n|---|---|---|---|\n| 1.0 | 10/11/2024 | Criação | Ana |\n| 1.1 | 12/11/2024 | Revisão | Rui |\n');
    assert.deepEqual(history.items ?? [], []);
    const changes = parseRoadmap('## Version History\n\n| Version | Date | Changes |\n|---|---|---|\n| 1.0.0 | 2025-11-25 | Initial roadmap creation |\n');
    assert.deepEqual(changes.items ?? [], []);
  });
});

describe('reading: a table of named stages', () => {
  it('reads "| Stage Name | Begin Time | End Time | Days |" rows as stages with their days, not as "Day 60"', () => {
    const doc = parseRoadmap('# Release Plan\n| Stage Name | Begin Time | End Time | Days |\n|---|---|---|---|\n| Collect key features | 2025/9/1 | 2025/10/30 | 60 |\n| Alpha | 2025/10/17 | 2025/10/23 | 7 |\n');
    assert.deepEqual(doc.items?.map((s) => [s.kind, s.id, s.title, s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null]), [
      ['phase', null, 'Collect key features', '2025-09-01..2025-10-30'],
      ['phase', null, 'Alpha', '2025-10-17..2025-10-23'],
    ]);
  });
});

describe('reading: buckets of phases by state, in other languages', () => {
  it('reads "### ✅ FASI COMPLETATE:", "### 🔄 FASE IN CORSO:" under "## 📊 STATO ATTUALE DEL PROGETTO" as a status summary, not phases', () => {
    const doc = parseRoadmap('# Timeline\n## 📊 STATO ATTUALE DEL PROGETTO\n### ✅ FASI COMPLETATE:\n- **Fase 1**: Setup (100%)\n### 🔄 FASE IN CORSO:\n- **Fase 2**: Frontend (30%)\n### ⏳ FASI FUTURE:\n- **Fase 3**: ML (0%)\n## Fase 1: Setup ✅ COMPLETATA\n- [x] a\n## Fase 2: Frontend 🔄 IN CORSO\n- [ ] b\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.title), ['Fase 1: Setup ✅ COMPLETATA', 'Fase 2: Frontend 🔄 IN CORSO']);
    assert.equal(readHeading('🔄 FASE IN CORSO:').kind, 'section');
  });
});

describe('reading: numbered rows whose other cells mention another item', () => {
  it('reads "| 7.2 | 10 scénarios | #13 | v0.7-sprint7 |" under "| # | Sprint | PR | Tag |" as Sprint 7.2, beside Sprint 7', () => {
    const doc = parseRoadmap('## Sprints terminés\n\n| # | Sprint | PR | Tag |\n|---|---|---|---|\n| 7 | 20 scénarios | #11 | v0.7 |\n| 7.2 | 10 scénarios | #13 | v0.7-sprint7 |\n');
    assert.deepEqual(doc.items?.map((s) => s.id), ['Sprint 7', 'Sprint 7.2']);
  });
});

describe('reading: parts of a quarter, paths that look like versions', () => {
  it('reads "## Early Q4 2021" and "## Late Q4 2021" as two items of Q4 2021, and "### /v1/auth/refresh - Token refresh" as no version', () => {
    assert.deepEqual(['Early Q4 2021', 'Late Q4 2021 🚀'].map((t) => [readHeading(t).kind, readHeading(t).id]), [['quarter', 'Early Q4 2021'], ['quarter', 'Late Q4 2021']]);
    assert.equal(readHeading('/v1/auth/refresh - Token refresh').kind, 'section');
    assert.equal(readHeading('v1.2: Beta').id, 'v1.2');
  });
});

describe('reading: API paths in a list', () => {
  it('reads "- `/v1/auth/refresh` - Token refresh" as no version, and "- v1.2: Beta" as one', () => {
    const doc = parseRoadmap('# R\n## Done\n**API Endpoints Integrated**:\n- `/v1/auth/telegram-login` - Authentication\n- `/v1/summaries` - List summaries\n- v1.2: Beta\n');
    assert.deepEqual(doc.items?.map((s) => s.id), ['v1.2']);
  });
});

describe('kind: numbered headings under a list of milestones', () => {
  it('reads "#### 1.1 Community (January 2026)" under "### Key Milestones" as milestone 1.1 with its month, but "### 2.1 — Circuit Breakers" under a phase as a part of it', () => {
    const doc = parseRoadmap('# R\n## Phase 1: Foundation (January - March 2026)\n### Key Milestones\n#### 1.1 Community (January 2026)\n- [x] a\n#### 1.2 Governance (January - February 2026)\n- [ ] b\n## Phase 2: Hardening\n### 2.1 — Circuit Breakers\n- c\n');
    const items = doc.sections.filter((s) => s.kind !== 'section');
    assert.deepEqual(items.map((s) => [s.kind, s.id, s.status]), [['phase', 'Phase 1', 'in-progress'], ['milestone', '1.1', 'done'], ['milestone', '1.2', 'planned'], ['phase', 'Phase 2', null]]);
    assert.equal(items[1].period?.unit === 'date' && items[1].period.start, '2026-01-01');
  });
});

describe('kind: a list of links to the items\' files beside a table of them', () => {
  it('reads the rows of "| Phase | Title | Durum |" as the phases, and "- [Phase 0](phases/phase-0.md) - Project Setup" as a pointer to the file, not a second Phase 0', () => {
    const doc = parseRoadmap('# Index\n## Overview\n| Phase | Title | Durum |\n|---|---|---|\n| 0 | Setup | DONE |\n| 1 | Core | DONE |\n## Phase files\n- [Phase 0](phases/phase-0.md) - Setup\n- [Phase 1](phases/phase-1.md) - Core\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => [s.id, s.line, s.status]), [['Phase 0', 5, 'done'], ['Phase 1', 6, 'done']]);
    const alone = parseRoadmap('# Index\n## Phase files\n- [Phase 0](phases/phase-0.md) - Setup\n');
    assert.deepEqual([...alone.sections, ...(alone.items ?? [])].filter((s) => s.kind !== 'section').map((s) => [s.id, s.line]), [['Phase 0', 3]]);
  });
});

describe('kind: milestones numbered in Roman numerals', () => {
  it('reads "Milestone I (basic)", "Milestone II", "Milestone IV" as M1, M2, M4, and "Milestone A: preview" as a lettered milestone', () => {
    const doc = parseRoadmap('# R\n## Milestone I (basic)\n- [x] a\n## `Milestone II (core)`\n- [ ] b\n## Milestone IV\n- [ ] c\n## Milestone A: preview\n- d\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['M1', 'M2', 'M4', 'Milestone A']);
  });
});

describe('kind: list lines led by a bold id', () => {
  it('reads "- **Week 5** &nbsp; 9/30 - 10/6 **Repo Link Due**" as Week 5 over its numbered tasks, but not a bold that only starts a sentence', () => {
    const doc = parseRoadmap('# Project Plan\n## Timeline\n- **Week 5** &nbsp; &nbsp; 9/30 - 10/6 &nbsp; **Repo Link Due**\n\n  1. [x] Do the tutorials\n\n- **Week 6** &nbsp; 10/7 - 10/13\n\n  1. [ ] Get access\n\n- **Week 7 starts** when the data arrives\n');
    assert.deepEqual(items(doc), ['3 phase Week 5', '7 phase Week 6']);
  });
});

describe('kind: lone lines beside lines over lists', () => {
  it('reads "Wave B: Polish" over a sentence as a wave, as "Wave A: Core" over its list is, where the title is the only heading', () => {
    const doc = parseRoadmap('# Plan\n\nWave A: Core\n- parser\n- model\n\nWave B: Polish\n\nWe tidy what Wave A left.\n');
    assert.deepEqual(items(doc).map((s) => s.split(' ').slice(2).join(' ')), ['Wave A', 'Wave B']);
    const alone = parseRoadmap('# Plan\n\nWave B: Polish\n\nWe tidy what is left.\n');
    assert.deepEqual(items(alone), []);
  });
});

describe('kind: releases numbered from 0', () => {
  it('reads "## 0.1 Birth", "## 0.2 Personality" … "## 1.0 Stable Release" as versions, but not two numbered sections or parts of a phase', () => {
    const doc = parseRoadmap('# OMEGA-ARC Roadmap\n## 0.1 Birth\n- [x] a\n## 0.2 Personality\n- [ ] b\n## 0.3 Awareness\n- [ ] c\n## 1.0 Stable Release\n- [ ] d\n');
    assert.deepEqual(items(doc), ['2 milestone v0.1', '4 milestone v0.2', '6 milestone v0.3', '8 milestone v1.0']);
    assert.deepEqual(items(parseRoadmap('# Guide\n## 1.1 Install\n## 1.2 Configure\n## 1.3 Run\n')), []);
    assert.deepEqual(items(parseRoadmap('# R\n## Phase 1\n### 0.1 Setup\n### 0.2 Build\n### 0.3 Ship\n')), ['2 phase Phase 1']);
  });
});

describe('kind: Russian blocks of a plan', () => {
  it('reads "## Блок A: Инфраструктура" as a phase, and "блок" inside a sentence as nothing', () => {
    assert.deepEqual([readHeading('Блок A: Инфраструктура').kind, readHeading('Блок A: Инфраструктура').id], ['phase', 'Блок A']);
    assert.deepEqual(items(parseRoadmap('# План\n## Блок T — тесты\n- [ ] a\n- блок кода не трогаем\n')).length, 1);
  });
});

describe('kind: releases named before their version', () => {
  it('reads "### Alpha Release (v0.5.0) - February 28, 2025" as v0.5.0 on its day, but not "Release Notes (v1.0)"', () => {
    const doc = parseRoadmap('# R\n## Plan\n### Alpha Release (v0.5.0) - February 28, 2025\n- [x] a\n### Production Release (v1.0.0) - May 1, 2025\n- [ ] b\n## Release Notes (v1.0)\n- c\n');
    assert.deepEqual(items(doc), ['3 milestone v0.5.0', '5 milestone v1.0.0']);
    const alpha = doc.sections.find((s) => s.id === 'v0.5.0')!;
    assert.deepEqual(alpha.period?.unit === 'date' && [alpha.period.start, alpha.period.end], ['2025-02-28', '2025-02-28']);
  });
});

describe('kind: lanes named by their quarter', () => {
  it('reads "## Current Phase (Q1 2025)" and "## Future Phases (Q3-Q4 2025)" as quarters, but not "## Current Status (Q1 2025)"', () => {
    assert.deepEqual(['Current Phase (Q1 2025)', 'Future Phases (Q3-Q4 2025)', 'Short Term (Q2 2026)'].map((t) => readHeading(t).id), ['Q1 2025', 'Q3-Q4 2025', 'Q2 2026']);
    assert.equal(readHeading('Current Status (Q1 2025)').kind, 'section');
  });
});

describe('kind: workstreams laid out in the same quarters', () => {
  it('reads "#### Q1 2025" under "### Bitcoin Integration" and under "### Web5 & DID" as two items told apart by their workstream', () => {
    const doc = parseRoadmap('# R\n## Component Roadmap\n### Bitcoin Integration\n#### Q1 2025\n- [x] a\n#### Q2 2025\n- [ ] b\n### Web5 & DID\n#### Q1 2025\n- [ ] c\n#### Q2 2025\n- [ ] d\n');
    assert.deepEqual(items(doc), ['4 quarter Bitcoin Integration / Q1 2025', '6 quarter Bitcoin Integration / Q2 2025', '9 quarter Web5 & DID / Q1 2025', '11 quarter Web5 & DID / Q2 2025']);
  });

  it('still reads a recap that repeats some of the quarters as mentions of them', () => {
    const doc = parseRoadmap('# R\n## Goals\n### Q1 2025\n- [x] a\n### Q2 2025\n- [ ] b\n### Q3 2025\n- [ ] c\n## Team\n### Q1 2025\n- hire\n### Q3 2025\n- grow\n');
    assert.deepEqual(items(doc), ['3 quarter Q1 2025', '5 quarter Q2 2025', '7 quarter Q3 2025']);
  });
});

describe('kind: patches of a version', () => {
  it('reads "### 0.2.1 Улучшенная поддержка OpenAPI" under "## v0.2 — Усиление ядра" as version 0.2.1, but "### 3.5.1 Completed endpoints" under "## Phase 3.5" as part of the phase', () => {
    const doc = parseRoadmap('# R\n## v0.2 — Усиление ядра\n### 0.2.1 Улучшенная поддержка OpenAPI\n- a\n### 0.2.2 Конфигурационный файл\n- b\n### 0.3.1 Не эта версия\n- c\n## Phase 3.5: Studio UI\n### 3.5.1 Completed endpoints\n- d\n');
    assert.deepEqual(items(doc), ['2 milestone v0.2', '3 milestone v0.2.1', '5 milestone v0.2.2', '9 phase Phase 3.5']);
  });
});

describe('status: a line that reports an item done', () => {
  it('takes "✅ **v0.2** — … (все задачи выполнены)" under "## Выполненные версии" as v0.2 done, though the section has no boxes', () => {
    const doc = parseRoadmap('# R\n## v0.2 — Ядро\n- улучшить парсер\n## v0.3 — Стили\n- стили\n## Выполненные версии\n\n✅ **v0.2** — Ядро (все задачи выполнены)\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['v0.2', 'done'], ['v0.3', null]]);
    assert.equal(doc.sections.find((s) => s.id === 'v0.2')!.provenance.status?.line, 8);
  });
});

describe('kind: gates and workstreams listed under their heading', () => {
  it('reads "## Integration gates" › "### G0 — Application foundation (current)" as milestone G0, and "## Engineering and research workstreams" › "### W1 — …" as W1', () => {
    const doc = parseRoadmap('# Roadmap\n## Integration gates\n### G0 — Application foundation (current)\n- [x] a\n### G1 — Consensus fixtures\n- [ ] b\n## Engineering and research workstreams\n### W1 — Consensus correctness\n- c\n### W2 — Validation speed\n- d\n');
    assert.deepEqual(items(doc), ['3 milestone G0', '5 milestone G1', '8 phase W1', '10 phase W2']);
  });
});

describe('kind: days counted on through the plan', () => {
  it('reads "### Day 8-9" under "## Week 2" as an item where the days run on from week 1, but not days that count afresh in each week', () => {
    const onward = parseRoadmap('# Plan\n## Week 1: Core\n### Day 1-2: Setup\n- [x] a\n### Day 3-4: Tasks\n- [x] b\n## Week 2: MCP\n### Day 8-9: Client\n- [ ] c\n');
    assert.deepEqual(items(onward), ['2 phase Week 1', '3 phase Day 1-2', '5 phase Day 3-4', '7 phase Week 2', '8 phase Day 8-9']);
    const afresh = parseRoadmap('# Plan\n## Semana 1\n### Día 1-2: Configuración\n- a\n### Día 3-5: Modelos\n- b\n## Semana 2\n### Día 1-3: Roles\n- c\n');
    assert.deepEqual(items(afresh), ['2 phase Semana 1', '7 phase Semana 2']);
  });
});

describe('kind: tables that are not tables of the items', () => {
  it('reads "| ファイル | フェーズ |" (which files each phase changes) as no items', () => {
    const doc = parseRoadmap('# R\n## Phase 0 — 基盤\n- a\n## ファイル別 流用/改修/作り直しマップ\n\n**改修(フェーズ)**:\n| ファイル | フェーズ |\n|---|---|\n| `Enums.swift` / `TaskItem.swift` | P0(ステータス・フィールド追加) |\n| `PreviewData.swift` | 毎フェーズ |\n');
    assert.deepEqual(items(doc), ['2 phase Phase 0']);
  });

  it('reads "| 0 | 基盤リファクタ |" under "| # | フェーズ |" as the overview of "## Phase 0 — 基盤リファクタ", not a second item', () => {
    const doc = parseRoadmap('# R\n## フェーズ一覧\n| # | フェーズ | 検証環境 | 企画書対応 |\n|---|---|---|---|\n| 0 | 基盤リファクタ | Sim | P0前提 |\n| 1 | 日ビュー再構築 | Sim | P0 |\n## Phase 0 — 基盤リファクタ\n- [x] a\n## Phase 1 — 日ビュー再構築\n- [ ] b\n');
    assert.deepEqual(items(doc), ['7 phase Phase 0', '9 phase Phase 1']);
  });
});

describe('kind: versions in four parts', () => {
  it('reads "### 0.0.1.0 — «Живая арена»" as version 0.0.1.0, as "### 0.0.1 — …" is', () => {
    assert.deepEqual(['0.0.1.0 — «Живая арена» (juice, низкий риск)', '0.0.1 — Каркас'].map((t) => [readHeading(t).kind, readHeading(t).id]), [['milestone', 'v0.0.1.0'], ['milestone', 'v0.0.1']]);
    assert.equal(readHeading('1.2.3.4.5 — IP').kind, 'section');
  });
});

describe('kind: headings about what an item achieved', () => {
  it('reads "### Phase 1 Key Achievements" and "### Phase 5 Key Features" as about the phase, not the phase', () => {
    for (const title of ['Phase 1 Key Achievements', 'Phase 5 Key Features', 'Phase 2 Accomplishments']) {
      assert.deepEqual([readHeading(title).kind, readHeading(title).about], ['section', title.split(' ').slice(0, 2).join(' ')], title);
    }
    assert.equal(readHeading('Phase 1: Key features').kind, 'phase');
  });
});

describe('kind: horizons under a section about what comes next', () => {
  it('reads "## 🚀 Next Steps" › "### Near Term", "### Short Term", "### Medium Term" as horizons of the plan, but not a strategy\'s horizons or the next hours of a task list', () => {
    const next = parseRoadmap('# R\n## Phase 1\n- [x] a\n## 🚀 Next Steps\n### Near Term\n- b\n### Short Term\n- c\n### Medium Term\n- d\n');
    assert.deepEqual(items(next), ['2 phase Phase 1', '5 phase null', '7 phase null', '9 phase null']);
    const strategy = parseRoadmap('# R\n## Phase 1\n- [x] a\n## Monetization Strategy\n### Immediate\n- b\n### Medium-term\n- c\n');
    assert.deepEqual(items(strategy), ['2 phase Phase 1']);
    const hours = parseRoadmap('# R\n## Phase 1\n- [x] a\n## Next Actions\n### Short Term (Next 2 hours)\n- b\n### Long Term (Remaining time)\n- c\n');
    assert.deepEqual(items(hours), ['2 phase Phase 1']);
  });
});

describe('status: Now / Next / Later lanes in Korean and Portuguese', () => {
  it('reads "## 지금", "## 다음", "## 나중에" and "## A seguir", "## Mais adiante" as lanes in their state', () => {
    const ko = parseRoadmap('# 로드맵\n## 지금\n- 규칙 정리\n## 다음\n- 검증기\n## 나중에\n- 플러그인\n');
    assert.deepEqual([...ko.sections, ...(ko.items ?? [])].filter((s) => s.kind !== 'section').map((s) => s.status), ['in-progress', 'planned', 'planned']);
    const pt = parseRoadmap('# Roadmap\n## Agora\n- a\n## A seguir\n- b\n## Mais adiante\n- c\n');
    assert.deepEqual([...pt.sections, ...(pt.items ?? [])].filter((s) => s.kind !== 'section').map((s) => s.status), ['in-progress', 'planned', 'planned']);
  });
});

describe('kind: headings numbered under a list of items', () => {
  it('reads "## Этапы и критерии выхода" › "### 0. Foundation" as Этап 0, and the next section carrying the count on as the same list', () => {
    const doc = parseRoadmap('# План\n## Этапы и критерии выхода\n### 0. Foundation\n- a\n\nСтатус: выполнено.\n### 1. Media\n- [x] b\n## После текущей итерации\n### 2. Editor\n- [ ] c\n### 3. AI\n- [ ] d\n## Notes\n### 1. Style\n### 2. Tone\n');
    assert.deepEqual(items(doc), ['3 phase Этап 0', '7 phase Этап 1', '10 phase Этап 2', '12 phase Этап 3']);
    assert.deepEqual(items(parseRoadmap('# R\n## Milestones\n### 1. MVP\n### 2. Beta\n')), ['3 milestone M1', '4 milestone M2']);
  });

  it('leaves numbered sections of a document titled by a plural, numbers that do not count up, and lists that hold items already', () => {
    assert.deepEqual(items(parseRoadmap('# MILESTONES.md\n## 1. How to use this file\n## 2. Snapshot\n## 3. M1 — Foundation\n')), ['4 milestone M1']);
    assert.deepEqual(items(parseRoadmap('# R\n## Phases\n### 1. Foundation\n### 3. Build\n')), []);
    assert.deepEqual(items(parseRoadmap('# R\n## Phases\n### 1. Intro\n### 2. Phase 1: Build\n')), ['4 phase Phase 1']);
  });
});

describe('kind: a release named after its quarter', () => {
  it('reads "#### Q4 2023 - Version 2.1.0" as version 2.1.0 due in Q4 2023, and "Q1 2025 - Phase 2" stays the quarter', () => {
    const doc = parseRoadmap('# Product Roadmap\n### Upcoming\n#### Q1 2024 - Version 2.2.0 (In Development)\n- a\n#### Q2 2024 - Version 2.3.0 (Planned)\n- b\n');
    assert.deepEqual(items(doc), ['3 milestone v2.2.0', '5 milestone v2.3.0']);
    assert.deepEqual(doc.sections[2].period && [doc.sections[2].period.start, doc.sections[2].period.end], ['2024-01-01', '2024-03-31']);
    assert.deepEqual([readHeading('Q1 2025 - Phase 2').kind, readHeading('Q1 2025 - Phase 2').id], ['quarter', 'Q1 2025']);
  });
});

describe('kind: steps counted in Chinese', () => {
  it('reads "### 第 1 步：创建 GitHub 仓库（10 分钟）" as step 1, as "步骤 1" is, and "下一步" as no step', () => {
    for (const t of ['第 1 步：创建 GitHub 仓库（10 分钟）', '第一步：准备']) assert.deepEqual([readHeading(t).kind, readHeading(t).word, readHeading(t).id], ['phase', 'step', '步 1'], t);
    assert.equal(readHeading('下一步').kind, 'section');
  });
});

describe('kind: list lines naming items headings turn out to name', () => {
  it('reads "1. **v0.6.1 (Union типы)** — …" after "## v0.6" › "### 0.6.1 Union типы" as a reference to that version, not a second one', () => {
    const doc = parseRoadmap('# R\n## v0.6 — OpenAPI\n### 0.6.1 Union типы\n- a\n### 0.6.2 Валидация\n- b\n## Рекомендации\n1. **v0.6.1 (Union типы)** — Высокая ценность\n2. **v0.6.2 (Валидация)** — Быстрая победа\n');
    assert.deepEqual(items(doc), ['2 milestone v0.6', '3 milestone v0.6.1', '5 milestone v0.6.2']);
    assert.deepEqual(doc.items ?? [], []);
  });
});

describe('kind: levels and streams', () => {
  it('reads "## Level 0 — Shared Data Pipeline", "## Seviye 1 — Backprop" and "### Stream 2: Wallet" as stages and phases, and "Level Zero" (a product) as none', () => {
    assert.deepEqual(['Level 0 — Shared Data Pipeline', 'Seviye 1 — Backprop ve autograd motoru', 'Stream 2: Wallet & Balances 🟢'].map((t) => [readHeading(t).kind, readHeading(t).id]), [
      ['phase', 'Level 0'],
      ['phase', 'Seviye 1'],
      ['phase', 'Stream 2'],
    ]);
    assert.equal(readHeading('Level Zero').kind, 'section');
    assert.equal(readHeading('Stream Two').kind, 'section');
  });
});

describe('kind: lanes named with how far off they are', () => {
  it('reads "## Next (3-6 months)" and "## Later (6-12 months)" as lanes, as "## Next" and "## Later" are, but not "## Completed Plans (Q1 2026)"', () => {
    const doc = parseRoadmap('# Roadmap\n## Next (3-6 months)\n- b\n## Later (6-12 months)\n- c\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.line, s.word, s.status]), [
      [2, 'horizon', 'planned'],
      [4, 'horizon', 'planned'],
    ]);
    const quarters = parseRoadmap('# Roadmap\n## ✅ Completed Plans (Q1 2026)\n- a\n## 🔒 Active Plans (Q2 2026)\n- b\n');
    assert.deepEqual(quarters.sections.filter((s) => s.kind !== 'section'), []);
  });
});

describe('periods: a timeline of how far off each item is', () => {
  it('reads "## Phase 1：…（1–3 个月）", "（4–6 个月）", "（7–9 个月）" as offsets from today, not lengths; two ranges alone stay lengths', () => {
    const doc = parseRoadmap('# 路线\n## Phase 1：核心（1–3 个月）\n- a\n## Phase 2：同步（4–6 个月）\n- b\n## Phase 3：AI（7–9 个月）\n- c\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.durationDays ?? null), [null, null, null]);
    const two = parseRoadmap('# Plan\n## Phase 1: Core (1-2 weeks)\n- a\n## Phase 2: Sync (2-3 weeks)\n- b\n');
    assert.ok(two.sections.filter((s) => s.kind !== 'section').every((s) => (s.durationDays ?? 0) > 0));
  });
});

describe('kind: workstreams', () => {
  it('reads "## Workstream 1 — Backend" and "## 工作线 2 —— 语言的特性集" as phases, and "## Workstreams" (a list of them) as none', () => {
    const doc = parseRoadmap('# Plan\n\n## Workstream 1 — Backend\n\ntext\n\n## 工作线 2 —— 语言的特性集\n\ntext\n\n## Workstream Owners\n\ntext\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.line, s.kind, s.id]), [
      [3, 'phase', 'Workstream 1'],
      [7, 'phase', '工作线 2'],
    ]);
  });
});

describe('kind: a bold id that opens a sentence', () => {
  it('reads "**M2** is reached on chain …" as a sentence about M2, while "**M3** — Proof campaign" over its text heads it', () => {
    const doc = parseRoadmap('# Milestones\n\n**M2** is reached on chain rather than locally.\n\n**M3** — Proof campaign\n\nBaseline loses funds.\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => [s.line, s.id]), [[5, 'M3']]);
  });
});

describe('kind: a lone version over its list', () => {
  it('reads "- 0.1" over "  - memory monitoring" as release 0.1, and "- 1.5 is nice" or a lone "- 0.3" with nothing under it as no item', () => {
    const doc = parseRoadmap('# Roadmap\n\n- 0.1\n  - basic core\n  - memory\n- 0.2\n  - cpu\n- 0.3\n- 1.5 is nice\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => [s.line, s.kind, s.id]), [
      [3, 'milestone', 'v0.1'],
      [6, 'milestone', 'v0.2'],
    ]);
  });
});

describe('kind: headings about an item, in Korean and Japanese', () => {
  it('reads "Phase 1 핵심 KPI", "Phase 4 재무 목표 (Month 18)" and "Phase 1-4 完了時の到達点" as about the phases, not phases', () => {
    for (const title of ['Phase 1 핵심 KPI', 'Phase 4 재무 목표 (Month 18)', '🎓 Phase 1-4 完了時の到達点', 'Phase 2 KPI']) assert.equal(readHeading(title).kind, 'section', title);
    assert.equal(readHeading('Phase 1: 핵심 기능').kind, 'phase');
  });
});

describe('kind: Japanese lanes', () => {
  it('reads "## 今取り組んでいるもの", "## その次", "## いずれ" as now, next and someday', () => {
    const doc = parseRoadmap('# R\n\n## 今取り組んでいるもの\n\n- a\n\n## その次\n\n- b\n\n## いずれ\n\n- c\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.line, s.status]), [[3, 'in-progress'], [7, 'planned'], [11, 'planned']]);
  });
});

describe('periods: lengths that grow are not a timeline', () => {
  it('reads "(4-6 weeks)", "(6-8 weeks)", "(8-12 weeks)" as lengths, while "1-2 months", "3-6 months", "6-12 months" after launch is a timeline', () => {
    const grow = parseRoadmap('# P\n## Phase 0: Boot (4-6 weeks)\n- a\n## Phase 1: Self (6-8 weeks)\n- b\n## Phase 2: More (8-12 weeks)\n- c\n');
    assert.deepEqual(grow.sections.filter((s) => s.kind !== 'section').map((s) => s.durationDays ?? null), [42, 56, 84]);
    const after = parseRoadmap('# P\n## v1.1 — Near (1-2 Months Post-Launch)\n- a\n## v2.0 — Major (3-6 Months Post-Launch)\n- b\n## v3.0 — Vision (6-12 Months Post-Launch)\n- c\n');
    assert.deepEqual(after.sections.filter((s) => s.kind !== 'section').map((s) => s.durationDays ?? null), [null, null, null]);
  });
});

describe('kind: a list of links to the files of items lines have already named', () => {
  it('reads "**Phase 1: Core** (Week 1-2)" as the phase and "- [**Phase 1: Core**](./phase1.md)" under "## Phase Documents" as a pointer to it', () => {
    const doc = parseRoadmap('# R\n\n## Timeline\n\n**Phase 1: Core** (Week 1-2)\n\n- interfaces\n\n**Phase 2: Providers** (Week 3-4)\n\n- claude\n\n## Phase Documents\n\n- [**Phase 1: Core**](./phase1.md)\n  - details\n- [**Phase 2: Providers**](./phase2.md)\n  - details\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => [s.line, s.id]), [[5, 'Phase 1'], [9, 'Phase 2']]);
  });
});

describe('kind: numbered areas of work by priority, and migrations', () => {
  it('reads "## 1. Admin Dashboard (HIGH PRIORITY)" over its checklist as an area, not phase 1, while "## 1. Setup" over its checklist is', () => {
    const byPriority = parseRoadmap('# Next\n\n## 1. Admin (HIGH PRIORITY)\n\n- [ ] a\n\n## 2. Errors (MEDIUM PRIORITY)\n\n- [ ] b\n\n## 3. Polish (LOW PRIORITY)\n\n- [ ] c\n');
    assert.deepEqual(byPriority.sections.filter((s) => s.kind !== 'section'), []);
    const steps = parseRoadmap('# Next\n\n## 1. Setup\n\n- [ ] a\n\n## 2. Errors\n\n- [ ] b\n\n## 3. Polish\n\n- [ ] c\n');
    assert.deepEqual(steps.sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['1', '2', '3']);
  });

  it('reads "- `V12`: Added column …" as a database migration, not version 12, while "- v1.2: Sync" names one', () => {
    const doc = parseRoadmap('# Plan\n\n## Schema\n\n- `V12`: Added column `type` to `tasks`.\n- `V15`: Added index.\n\n## Releases\n\n- v1.2: Sync\n- v1.3: Share\n');
    assert.deepEqual([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => s.id), ['v1.2', 'v1.3']);
  });
});

describe('kind: milestone tables numbered by their codes, and a release on two rows', () => {
  it('reads "| # | Scope | Status |" with "| **M1** | … | ✅ **DONE** |" as milestones M1 and M2, done', () => {
    const doc = parseRoadmap('# Roadmap\n\n| # | Scope | Status |\n|---|---|---|\n| **M1** | Workspace | ✅ **DONE** |\n| **M2** | IRC | ✅ **DONE** |\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.line, s.kind, s.id, s.status]), [[5, 'milestone', 'M1', 'done'], [6, 'milestone', 'M2', 'done']]);
  });

  it('keeps a version table where one release takes two rows, but not a table of metrics by ranges of milestones', () => {
    const versions = parseRoadmap('# R\n\n## Versions\n\n| Version | Features | Status |\n|---|---|---|\n| **v3.2** | Memory | 🔄 In Progress |\n| **v3.3** | Dashboard | 📋 Pending |\n| **v3.3** | Snapshots | 📋 Pending |\n| **v4.0** | Debugging | 📋 Pending |\n| **v4.1** | KB | 📋 Pending |\n');
    assert.deepEqual((versions.items ?? []).map((s) => s.id), ['v3.2', 'v3.3', 'v3.3', 'v4.0', 'v4.1']);
    const metrics = parseRoadmap('# R\n\n| Metric | Milestone | Due |\n|---|---|---|\n| Sync | M2.1-M2.5 | 12月31日 |\n| Latency | M2.3-M2.5 | 12月31日 |\n| Design | M2.2-M2.4 | 10月31日 |\n| Coverage | M2.3-M2.5 | 12月31日 |\n');
    assert.deepEqual(metrics.items ?? [], []);
  });
});

describe('kind: acceptance sections and timetables', () => {
  it('reads "### M1 验收" as about M1, and a timetable\'s "| Monday |" rows as no items', () => {
    assert.equal(readHeading('M1 验收').kind, 'section');
    assert.equal(readHeading('M1 验收').about, 'M1');
    const doc = parseRoadmap('# Schedule\n\n| Day | 09:00–12:00 | Focus |\n| --- | --- | --- |\n| Monday | Theory | Reading |\n| Tuesday | Code | Execution |\n| Wednesday | Debug | Review |\n');
    assert.deepEqual(doc.items ?? [], []);
  });
});

describe('kind: tiers of work P0, P1 …', () => {
  it('reads "## P0：…", "### P1：…" counting up through a plan as its phases, "## 3. P0：…" too, but not tasks of a tier', () => {
    const doc = parseRoadmap('# 路线图\n\n## P0（主攻）：记忆 SDK\n\n- 写入\n\n## Backlog\n\n### P1：学习教练\n\n- 复习\n\n### P2：企业引擎\n\n- 同步\n');
    assert.deepEqual(items(doc), ['3 phase P0', '9 phase P1', '13 phase P2']);
    const numbered = parseRoadmap('# Plan\n\n## 3. P0：现有功能\n\n### 3.1 自动锁定\n\n## 4. P1：体验优化\n\n### 4.1 密码生成器\n');
    assert.deepEqual(items(numbered), ['3 phase P0', '7 phase P1']);
    const tasks = parseRoadmap('# Roadmap\n\n### P0-1 — Persistent database\n\n### P0-2 — API authentication\n\n### P1-1 — Validation\n');
    assert.deepEqual(items(tasks), []);
  });

  it('keeps tiers that rank other work as sections: urgencies, tiers inside or over a phase, tiers under "Priorities"', () => {
    const urgent = parseRoadmap('# Sprint template\n\n## Backlog\n\n#### P0 - Critical Blockers\n\n- [ ] a\n\n#### P1 - High Priority\n\n- [ ] b\n\n#### P2 - Nice to Have\n\n- [ ] c\n');
    assert.deepEqual(items(urgent), []);
    const chinese = parseRoadmap('# 发布计划\n\n## 发布前工作清单\n\n### 🔴 P0 - 必须完成\n\n- [ ] a\n\n### 🟡 P1 - 强烈建议\n\n- [ ] b\n');
    assert.deepEqual(items(chinese), []);
    const over = parseRoadmap('# Roadmap\n\n## 🔴 P0 — Protect the loop\n\n### Phase H1 — Safety net\n\n## 🟠 P1 — Impact\n\n### Phase H2 — CI\n');
    assert.deepEqual(items(over), ['5 phase H1', '9 phase H2']);
    const inside = parseRoadmap('# Roadmap\n\n## Stage 5: Deploy\n\n### P0 — Dockerfile\n\n### P1 — Hosting\n');
    assert.deepEqual(items(inside), ['3 phase Stage 5']);
    const ranked = parseRoadmap('# Roadmap\n\n## Sprint 1 Priorities\n\n### P0 — Launch Blockers\n\n### P1 — Launch Quality\n');
    assert.deepEqual(items(ranked), ['3 phase Sprint 1']);
  });
});

describe('kind: a heading that points at a row of the table under it', () => {
  it('reads "## Current Status: Phase 1 - IN PROGRESS" over "| 1 | Core MVP | IN PROGRESS |" as about Phase 1, the row as the item', () => {
    const doc = parseRoadmap('# Progress\n\n## Current Status: Phase 1 - IN PROGRESS\n\n| Phase | Name | Status |\n|---|---|---|\n| 1 | Core MVP | IN PROGRESS |\n| 2 | Polish | NOT STARTED |\n');
    assert.deepEqual(items(doc), ['7 phase Phase 1', '8 phase Phase 2']);
    assert.equal(doc.sections[1].about, 'Phase 1');
  });
});

describe('kind: sections that describe, beside lanes of work', () => {
  it('reads "## Current Limitations", "## Open Questions" as sections, while "## Planned" beside "## Completed" stay lanes', () => {
    const doc = parseRoadmap('# R\n\n## Current Limitations\n\n- slow\n\n## Open Questions\n\n- a?\n\n## Completed\n\n- x\n\n## Planned\n\n- y\n');
    assert.deepEqual(items(doc), ['11 phase null', '15 phase null']);
  });
});

describe('kind: lanes named before a colon', () => {
  it('reads "## 🎯 СЕЙЧАС: Текущий фокус", "## 🚀 ДАЛЬШЕ: Ближайшие цели", "## 📋 ПОТОМ: Бэклог" as lanes, in progress then planned', () => {
    const doc = parseRoadmap('# R\n\n## 🎯 СЕЙЧАС: Текущий фокус\n\n### Тесты\n\n## 🚀 ДАЛЬШЕ: Ближайшие цели\n\n### Документация\n\n## 📋 ПОТОМ: Бэклог\n\n### Импорт\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.line, s.word, s.status]), [[3, 'horizon', 'in-progress'], [7, 'horizon', 'planned'], [11, 'horizon', 'planned']]);
    // "## Current Sprint: 7-Day MVP Launch": a status and what it qualifies before the colon, not a lane word alone.
    assert.equal(parseRoadmap('# R\n\n## Current Sprint: MVP\n\n- a\n\n## Later: polish\n\n- b\n').sections[1].word, null);
  });
});
