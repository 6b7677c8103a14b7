// How the model reads a plan item's status where the item says nothing of itself: from the item it stands in, from
// the items under it, from the bucket it is filed in, and from tables that name it. Each rule with a small snippet
// and its provenance (stated or derived, and the words behind it).
import assert from 'node:assert/strict';
import { parseRoadmap } from '../../src/core/parse/parse';
import type { RoadmapDocument, Section } from '../../src/core/model';

function item(doc: RoadmapDocument, line: number): Section {
  const found = [...doc.sections, ...(doc.items ?? [])].find((s) => s.line === line);
  assert.ok(found, `an item on line ${line}`);
  return found;
}

describe('reading status: from the item it stands in', () => {
  it('gives the sprint rows of a completed phase the phase state, derived from its words', () => {
    const doc = parseRoadmap(
      ['## Phase F: Quality (v1.1) ✅ COMPLETED', '', '| Sprint | Tasks |', '|---|---|', '| Sprint 1 | F-1~F-3 |', '| Sprint 2 | F-4~F-6 |'].join('\n'),
    );
    const sprint = item(doc, 5);
    assert.equal(sprint.id, 'Sprint 1');
    assert.equal(sprint.status, 'done');
    assert.equal(sprint.provenance.status?.basis, 'derived');
    assert.equal(sprint.provenance.status?.line, 1);
    assert.equal(sprint.provenance.status?.text, '✅ COMPLETED');
    assert.equal(item(doc, 6).status, 'done');
  });

  it('lends done through nested items but not to an item whose own tasks say otherwise', () => {
    const doc = parseRoadmap(['## ✅ Phase 0-5: done', '### Phase 4: UI', '#### Phase 4.2: tweaks', '### Phase 5: Release', '- [ ] deploy'].join('\n'));
    assert.equal(item(doc, 2).status, 'done');
    assert.equal(item(doc, 3).status, 'done');
    assert.equal(item(doc, 4).status, 'planned');
    assert.equal(item(doc, 4).statusSource, 'tasks');
  });

  it('lends nothing from a parent not stated done, nor from a status line of a plain section', () => {
    const tentative = parseRoadmap(['## Phase 2 Plan (Tentative)', '* Milestone 2.1 – Code uplift', '* Milestone 2.2 – Docs'].join('\n'));
    assert.equal(tentative.sections[0].status, 'planned');
    assert.equal(item(tentative, 2).status, null);
    const fromTasks = parseRoadmap(['## Phase 1', '- [x] a', '### Phase 1.1: part'].join('\n'));
    assert.equal(item(fromTasks, 3).status, null);
    const document = parseRoadmap(['# Plan', '**Status:** ✅ Phase 0-5 done', '## Phase 6: Analytics'].join('\n'));
    assert.equal(item(document, 3).status, null);
  });
});

describe('reading status: from the items under it', () => {
  it('reads an item as under way when some children are started and others say nothing', () => {
    const doc = parseRoadmap(['## Phase 6: Post-Alpha', '### Phase 6.1: speed ✅', '### Phase 6.2: visuals', '### Phase 6.3: features'].join('\n'));
    const phase = item(doc, 1);
    assert.equal(phase.status, 'in-progress');
    assert.equal(phase.provenance.status?.basis, 'derived');
  });

  it('reads an open box over ticked subtasks as under way (Kiro task lists), and an open box over open ones as planned', () => {
    const doc = parseRoadmap(['## Tasks', '', '- [ ] 2. Task: Database', '  - [x] 2.1 Schema', '  - [ ] 2.2 Models', '- [ ] 3. Task: Auth', '  - [ ] 3.1 Login'].join('\n'));
    const started = item(doc, 3);
    assert.equal(started.status, 'in-progress');
    assert.equal(started.provenance.status?.basis, 'derived');
    assert.equal(item(doc, 6).status, 'planned');
  });

  it('leaves an item undecided when no child is started and some say nothing', () => {
    const doc = parseRoadmap(['## Phase 6: Post-Alpha', '### Phase 6.1: speed (Planned)', '### Phase 6.2: visuals'].join('\n'));
    assert.equal(item(doc, 1).status, null);
  });
});

describe('reading status: from tables that name the item', () => {
  it('reads the status tables of the work packages inside a phase as the phase\'s', () => {
    const doc = parseRoadmap(
      ['# FASE 0: Setup', '', '## F0.1 - Proyecto', '', '| ID | Tarea | Estado |', '|---|---|---|', '| F0.1.1 | Repo | Pendiente |', '', '## F0.2 - Herramientas', '', '| ID | Tarea | Estado |', '|---|---|---|', '| F0.2.1 | Jest | Pendiente |', '', '# FASE 1: Parser', '', '## F1.1 - Lectura', '', '| ID | Tarea | Estado |', '|---|---|---|', '| F1.1.1 | XML | Completado |', '| F1.1.2 | Notas | Pendiente |'].join('\n'),
    );
    assert.equal(item(doc, 1).status, 'planned');
    assert.equal(item(doc, 15).status, 'in-progress');
    assert.equal(item(doc, 15).provenance.status?.basis, 'derived');
  });

  it("reads a phase's own activity table with a week column of day ranges (its rows are no plan items)", () => {
    const doc = parseRoadmap(
      [
        '## Fase 1 - Planejamento',
        '**Período:** 25/10/2025 - 17/11/2025',
        '',
        '| Semana | Atividade | Status |',
        '|--------|-----------|--------|',
        '| **25-31/10** | Requisitos | ✅ |',
        '| **01-07/11** | Tecnologias | ✅ |',
        '',
        '## Fase 2 - Desenvolvimento',
        '',
        '| Semana | Atividade | Status |',
        '|--------|-----------|--------|',
        '| **18-24/11** | Backend | ✅ |',
        '| **25-28/11** | Frontend | 🚧 |',
      ].join('\n'),
    );
    assert.equal(item(doc, 1).status, 'done');
    assert.equal(item(doc, 1).provenance.status?.basis, 'derived');
    assert.equal(item(doc, 9).status, 'in-progress');
  });

  it("reads GSD's Progress table, whose rows number the phases under a Phase header", () => {
    const doc = parseRoadmap(
      [
        '### Phase 1: Foundation',
        'Plans:',
        '- [x] 01-01-PLAN.md',
        '### Phase 2: Time Decay Engine',
        '## Progress',
        '| Phase | Plans Complete | Status | Completed |',
        '|-------|----------------|--------|-----------|',
        '| 1. Foundation | 1/1 | Complete | 2026-03-26 |',
        '| 2. Time Decay Engine | 0/1 | Not started | - |',
      ].join('\n'),
    );
    const phase2 = item(doc, 4);
    assert.equal(phase2.status, 'planned');
    assert.equal(phase2.statusSource, 'table');
    assert.equal(phase2.provenance.status?.basis, 'stated');
    assert.equal(phase2.provenance.status?.line, 9);
    assert.equal(item(doc, 1).status, 'done');
  });
});

describe('reading status: from the bucket an item is filed in', () => {
  it('reads "in development" and "future" buckets as the status of the phases under them, stated by the bucket', () => {
    const doc = parseRoadmap(
      ['## 📅 Funzionalità in Sviluppo', '### 🛡️ Fase 5: Sicurezza', '- [ ] Scansione', '## 🎯 Funzionalità Future', '### 🤖 Fase 7: AI'].join('\n'),
    );
    const fase5 = item(doc, 2);
    assert.equal(fase5.status, 'in-progress');
    assert.equal(fase5.provenance.status?.basis, 'stated');
    assert.equal(fase5.provenance.status?.line, 1);
    assert.equal(fase5.provenance.status?.text, 'Funzionalità in Sviluppo');
    assert.equal(item(doc, 5).status, 'planned');
  });

  it('lets ticked boxes outweigh the bucket, and an item its own words', () => {
    const doc = parseRoadmap(['## Next', '### Phase 1: Foundation', '- [x] a', '- [x] b', '### Phase 2: Parser (Blocked)'].join('\n'));
    assert.equal(item(doc, 2).status, 'done');
    assert.equal(item(doc, 2).statusSource, 'tasks');
    assert.equal(item(doc, 5).status, 'blocked');
  });

  it('does not take a heading about status, or a heading of criteria, for a bucket', () => {
    for (const bucket of ['## Current Status', '## Done Criteria', '## Progress']) {
      const doc = parseRoadmap([bucket, '### Phase 1: Foundation'].join('\n'));
      assert.equal(item(doc, 2).status, null, bucket);
    }
  });

  it('reads a label before the id as a status: "Future: Milestone v1.1", "Horizonte Atual: Q4 2025 - Q1 2026"', () => {
    const future = parseRoadmap('## Future: Milestone v1.1\n- Realtime');
    assert.equal(future.sections[0].status, 'planned');
    assert.equal(future.sections[0].provenance.status?.text, 'Future');
    assert.equal(parseRoadmap('## 📅 Horizonte Atual: Q4 2025 - Q1 2026').sections[0].status, 'in-progress');
  });
});

describe('reading status: the current version', () => {
  it('reads a version marked current as released, and a phase marked current as under way', () => {
    assert.equal(parseRoadmap('### Versão 1.0 (Atual)').sections[0].status, 'done');
    assert.equal(parseRoadmap('### v2.9.1 (Atual - 2025-12-29)').sections[0].status, 'done');
    assert.equal(parseRoadmap('## Current Release: v2.1.0 (Beta)').sections[0].status, 'done');
    assert.equal(parseRoadmap('## Phase 3.5: Studio UI (Current Phase)').sections[0].status, 'in-progress');
    assert.equal(parseRoadmap('### Versão 1.5 (Em andamento)').sections[0].status, 'in-progress');
  });
});

describe('reading status: from a status table of its own', () => {
  it('reads a milestone from the status column of its deliverables table, derived, pointing at the rows', () => {
    const doc = parseRoadmap(
      ['### 🎯 Milestone 1 (31/03/2026)', '', '| Deliverable | Mô tả | Trạng thái |', '|---|---|---|', '| CMS | CRUD | ✅ |', '| Tests | > 70% | ✅ |', '', '### Milestone 2', '', '| Deliverable | Status |', '|---|---|', '| Reports | ⏳ |', '| 2FA | ✅ |'].join('\n'),
    );
    const m1 = item(doc, 1);
    assert.equal(m1.status, 'done');
    assert.equal(m1.provenance.status?.basis, 'derived');
    assert.deepEqual([m1.provenance.status?.line, m1.provenance.status?.endLine], [5, 6]);
    assert.equal(item(doc, 8).status, 'in-progress');
  });

  it('reads a line that names an item over its table, and passes over a row cut short before its status', () => {
    const doc = parseRoadmap(
      ['Roadmap 2025', 'Q1 2025 (Jan – Mar)', '', '| Issue | Description | Status | Target |', '|---|---|---|---|', '| A-1 | Recs | In Progress | 2025-01-20 |', '| A-2 | Onboarding | Not Started | 2025-02-28 |', '| A-3 | Profiles |'].join('\n'),
    );
    const q1 = item(doc, 2);
    assert.equal(q1.id, 'Q1 2025');
    assert.equal(q1.status, 'in-progress');
    assert.equal(q1.provenance.status?.basis, 'derived');
  });

  it('takes nothing from a table with a row that states no status, nor gives a plain section one', () => {
    const doc = parseRoadmap(['### Milestone 1', '| Deliverable | Status |', '|---|---|', '| CMS | ✅ |', '| Docs | see notes |', '## Overview', '| Area | Status |', '|---|---|', '| CMS | ✅ |'].join('\n'));
    assert.equal(item(doc, 1).status, null);
    assert.equal(doc.sections[1].status, null);
  });

  it('names the words of a table row item that state its status', () => {
    const doc = parseRoadmap(['| Hito | Fecha | Estado |', '|---|---|---|', '| Desarrollo Completo | 30/05/25 | No empezado |'].join('\n'));
    const row = item(doc, 3);
    assert.equal(row.status, 'planned');
    assert.equal(row.provenance.status?.text, 'No empezado');
  });
});

describe('reading status: lists ticked with emoji', () => {
  it('reads a release whose list mixes ✅ and 🔲 as under way, and one of only 🔲 as planned', () => {
    const mixed = parseRoadmap(['## 1.0.0 roadmap:', '- Working apps.', '  - ✅ Servers abstracted.', '    - 🔲 Also need H2.', '  - ✅ Basic router.'].join('\n'));
    assert.equal(mixed.sections[0].id, 'v1.0.0');
    assert.equal(mixed.sections[0].status, 'in-progress');
    assert.equal(mixed.sections[0].provenance.status?.basis, 'derived');
    assert.equal(parseRoadmap(['## Phase 2: Parser', '- 🔲 Lexer', '- ⬜ Grammar'].join('\n')).sections[0].status, 'planned');
  });

  it('takes a list of nothing but ✅ under criteria or goals for a style, not for work done', () => {
    const doc = parseRoadmap(['#### Task 1.1: Setup Testing', '**Success Criteria:**', '- ✅ `bun test` runs', '- ✅ Coverage report generates'].join('\n'));
    assert.equal(doc.sections[0].status, null);
    const goals = parseRoadmap(['## Phase 1: Foundation', '### Goals', '- ✅ Testing in place', '- ✅ Types tightened'].join('\n'));
    assert.equal(goals.sections[0].status, null);
    const criterios = parseRoadmap(['## Fase 2', 'Critérios de aceite:', '- ✅ Login', '- ✅ Cadastro'].join('\n'));
    assert.equal(criterios.sections[0].status, null);
    const tests = parseRoadmap(['## Phase 1: Schemas (Day 1)', '**Tests to implement:**', '- `test_schemas.py` — validation', '  - ✓ Task requires id', '  - ✓ Dates validate'].join('\n'));
    assert.equal(tests.sections[0].status, null);
  });

  it('reads a plan item whose deliverables are all ✅, in a plain section under it, as done', () => {
    const doc = parseRoadmap(
      ['## Sprint 2: Requisitos', '### Objetivos', '- Levantar os requisitos', '### Entregáveis', '- ✅ [Diagrama](d.md)', '- ✅ [Histórias](h.md)', '## Sprint 3: Protótipo', '### Entregáveis', '- ✅ Wireframes', '- 🔲 Protótipo'].join('\n'),
    );
    assert.equal(item(doc, 1).status, 'done');
    assert.equal(item(doc, 1).provenance.status?.basis, 'derived');
    assert.equal(item(doc, 7).status, 'in-progress');
    // A plain section's own list of ✅ stays a style: it is no plan item.
    assert.equal(item(doc, 4).status, null);
  });
});

describe('reading status: icons', () => {
  it('takes a ✅ among phases that each wear an icon for one more icon: the tasks decide', () => {
    const doc = parseRoadmap(
      ['## 🎯 Faz 0: Plan', '- [x] a', '## 👤 Faz 1: Admin', '- [x] b', '## 🏨 Faz 2: Otel', '- [ ] c', '## 🔍 Faz 3: Katalog', '- [ ] d', '## ✅ Faz 4: Test', '- [ ] e', '- [ ] f'].join('\n'),
    );
    const test = item(doc, 9);
    assert.equal(test.status, 'planned');
    assert.equal(test.statusSource, 'tasks');
  });

  it('takes a 🏗️ at the end of a heading for an icon where its siblings end with icons too', () => {
    const doc = parseRoadmap(['## Этап 1: Основа (Q1 2024) 🏗️', '- [ ] a', '## Этап 2: Интеллект (Q2 2024) 🧠', '- [ ] b', '## Этап 3: Функции (Q3 2024) 🏢', '- [ ] c', '## Этап 4: ИИ (Q4 2024) 🚀', '- [ ] d'].join('\n'));
    assert.equal(item(doc, 1).status, 'planned');
    assert.equal(item(doc, 1).statusSource, 'tasks');
    const stated = parseRoadmap(['## Phase 1 🚧', '- [ ] a', '## Phase 2 🧠', '- [ ] b', '## Phase 3 ✅', '- [ ] c'].join('\n'));
    assert.equal(item(stated, 1).status, 'in-progress');
  });

  it('keeps ✅ as a status where the phases wear status emoji, not icons', () => {
    const doc = parseRoadmap(['## ✅ Phase 1', '## ✅ Phase 2', '## 🚧 Phase 3', '## 🎯 Phase 4', '- [ ] a'].join('\n'));
    assert.equal(item(doc, 1).status, 'done');
    assert.equal(item(doc, 1).statusSource, 'heading');
  });
});

describe('reading status: what the plans agents write keep in front matter', () => {
  it('gives each phase the state of the Cursor todos that name it, by id or by content, traced to their lines', () => {
    const doc = parseRoadmap(
      [
        '---',
        'name: plan',
        'todos:',
        '  - id: phase1_setup',
        '    content: Set up the entry',
        '    status: completed',
        '  - id: phase1_check',
        '    content: Check it',
        '    status: completed',
        '  - id: cards',
        '    content: "Phase 2: cards"',
        '    status: in_progress',
        '---',
        '',
        '## Phase 1: Entry',
        '## Phase 2: Cards',
        '## Phase 3: Rest',
      ].join('\n'),
    );
    assert.deepEqual(doc.sections.map((s) => [s.id, s.status]), [['Phase 1', 'done'], ['Phase 2', 'in-progress'], ['Phase 3', null]]);
    assert.equal(doc.sections[0].provenance.status?.line, 4);
    assert.equal(doc.sections[0].provenance.status?.endLine, 7);
    assert.equal(doc.sections[1].provenance.status?.line, 10);
    // A todo without a status is skipped, and the ones after it keep their own lines.
    const skipped = parseRoadmap(['---', 'todos:', '  - id: junk', '    content: no status here', '  - id: phase2_x', '    content: Build', '    status: completed', '---', '', '## Phase 2: Build'].join('\n'));
    assert.equal(skipped.sections[0].status, 'done');
    assert.equal(skipped.sections[0].provenance.status?.line, 5);
  });

  it("gives a Backlog.md task's phases that say nothing the task's own status; a stated one stays", () => {
    const doc = parseRoadmap(['---', 'id: task-22', 'status: To Do', '---', '', '## Plan', '### Phase 1: Research (Completed)', '### Phase 2: Dataset', '- notes'].join('\n'));
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['Phase 1', 'done'], ['Phase 2', 'planned']]);
    assert.equal(doc.sections[2].provenance.status?.line, 3);
    assert.equal(doc.sections[2].provenance.status?.basis, 'derived');
  });

  it('reads front matter that is not YAML, or a huge one, as before: nothing lent, nothing lost', () => {
    const doc = parseRoadmap(['---', 'status: [unclosed', 'todos: {', '---', '## Phase 1', '- [ ] a'].join('\n'));
    assert.equal(doc.sections[0].status, 'planned');
  });
});

describe('reading status: table rows', () => {
  it('reads an emoji beside the id where the table has no status column', () => {
    const doc = parseRoadmap(['## Phases', '', '| Phase | Topic |', '|---|---|', '| **111** ✅ | Model selector |', '| **114** 🔜 | Edge integrity |', '| **115** | Schema |'].join('\n'));
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.status]), [['Phase 111', 'done'], ['Phase 114', 'planned'], ['Phase 115', null]]);
  });

  it('takes no items from a table whose rows are about something else and name the phase that takes each', () => {
    const doc = parseRoadmap(['## Map', '', '| # | Blind spot | Phase | Notes |', '|---|---|---|---|', '| 1 | Identity vs label fuzzy in UI | **85** + **93** | x |', '| 2 | Picker fallback hides deploy | **95** | y |'].join('\n'));
    assert.deepEqual(doc.items ?? [], []);
  });
});

describe('reading status: a GSD summary box against the plans under the phase', () => {
  it('reads a ticked summary as done over unticked plans, and an open one over plans all ticked as under way', () => {
    const doc = parseRoadmap(
      [
        '## Phases',
        '- [x] **Phase 25: Schema** - models (completed 2026-04-18)',
        '- [ ] **Phase 30: Deploy** - hardening',
        '- [ ] **Phase 31: Docs**',
        '## Phase Details',
        '### Phase 25: Schema',
        'Plans:',
        '- [ ] 25-01-PLAN.md — migration',
        '### Phase 30: Deploy',
        'Plans:',
        '- [x] 30-01-PLAN.md — config',
        '### Phase 31: Docs',
        'Plans:',
        '- [x] 31-01-PLAN.md — a',
        '- [ ] 31-02-PLAN.md — b',
      ].join('\n'),
    );
    const phase = (id: string): Section => doc.sections.find((s) => s.id === id)!;
    assert.equal(phase('Phase 25').status, 'done');
    assert.equal(phase('Phase 25').provenance.status?.line, 2);
    assert.equal(phase('Phase 30').status, 'in-progress');
    assert.equal(phase('Phase 31').status, 'in-progress');
    assert.equal(phase('Phase 31').statusSource, 'tasks');
  });
});

describe('reading status: boxes without a list marker', () => {
  it('counts "[x] Git init:" lines (no bullet, so no task for GitHub or us) like ticks toward the status', () => {
    const doc = parseRoadmap('## Phase 1: Foundation\n### Milestone 1: Setup\n\n[x] Git init:\nDetails: run it\n\n[x] Express:\n\n### Milestone 2: API\n\n[x] a\n\n[ ] b\n');
    assert.deepEqual(doc.sections.map((s) => [s.id, s.status]), [['Phase 1', 'in-progress'], ['M1', 'done'], ['M2', 'in-progress']]);
    assert.equal(doc.tasks.length, 0);
  });
});

describe('reading status: navigation links in headings', () => {
  it('reads the status before a "back to top" link at the end of a heading', () => {
    const doc = parseRoadmap('## v0.3.0 — Planned <a href="#roadmap">↑ Top</a>\n## v0.4.0 — Shipped [⬆️ Back to top](#top)\n');
    assert.deepEqual(doc.sections.map((s) => [s.id, s.status]), [['v0.3.0', 'planned'], ['v0.4.0', 'done']]);
  });
});

describe('reading status: work struck out as done', () => {
  it('reads struck-out list lines as done work where a document strikes out what it finished', () => {
    const doc = parseRoadmap('# R\n## v1.0\n- ~~a~~\n- ~~b~~\n## v1.1\n- ~~c~~\n- d\n## v1.2\n- e\n- f\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => [s.id, s.status]), [['v1.0', 'done'], ['v1.1', 'in-progress'], ['v1.2', 'planned']]);
  });

  it('reads nothing from one struck line (a correction, not a convention)', () => {
    const doc = parseRoadmap('# R\n## v1.0\n- ~~a~~\n- b\n## v1.1\n- d\n- e\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => s.status), [null, null]);
  });
});

describe('reading status: steps ticked in their headings', () => {
  it('reads a phase whose numbered steps carry no tick as not started, where the document ticks its steps in their headings', () => {
    const doc = parseRoadmap('# Plan\n## Phase 1: Core ✅ COMPLETE\n### 1.1 Fix ✅\n### 1.2 Apply ✅\n## Phase 2: More\n### 2.1 Cache ✅\n### 2.2 Select\n## Phase 3: Rust\n### 3.1 Toolchain\n### 3.2 Runner\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['Phase 1', 'done'], ['Phase 2', 'in-progress'], ['Phase 3', 'planned']]);
    // Without that habit, steps without ticks say nothing.
    const plain = parseRoadmap('# Plan\n## Phase 3: Rust\n### 3.1 Toolchain\n### 3.2 Runner\n');
    assert.equal(plain.sections[1].status, null);
  });
});

describe('reading status: release notes written before the document struck out its done work', () => {
  it('reads a release with nothing struck above one struck out whole as done, and one after it as planned', () => {
    const doc = parseRoadmap('# R\n## v0.1\n- first search\n- cli\n## v0.2\n- ~~a~~\n- ~~b~~\n## v0.3\n- ~~c~~\n- d\n## v0.4\n- e\n- f\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => [s.id, s.status]), [['v0.1', 'done'], ['v0.2', 'done'], ['v0.3', 'in-progress'], ['v0.4', 'planned']]);
  });
});

describe('status: a status word with a note, and a label\'s colon', () => {
  it('reads "| Phase 12 | … | 已完成（局部覆盖） |" and "Complete (SOP 3.2)" as done, "Done (partial)" as under way, and "- **Phase 2 - Done:**" as done', () => {
    const doc = parseRoadmap('# R\n| 阶段 | 目标 | 状态 |\n|---|---|---|\n| Phase 12 | 测试 | 已完成（局部覆盖） |\n| Phase 13 | 修复 | Complete (SOP 3.2) |\n| Phase 14 | x | Done (partial) |\n');
    assert.deepEqual(doc.items?.map((s) => [s.id, s.status]), [['Phase 12', 'done'], ['Phase 13', 'done'], ['Phase 14', 'in-progress']]);
    const list = parseRoadmap('# R\n## Log\n- **Phase 2 - Done:**\n  - a\n');
    assert.equal(list.items?.[0]?.status, 'done');
  });
});

describe('status: an empty bucket over the items beside it', () => {
  it('reads "## Phase 4" and "## Phase 5" after an empty "## Next Phases" as planned, but not after "## Next Phases" with a line of its own under it', () => {
    const doc = parseRoadmap('# Roadmap\n## Phase 3: Done\n- [x] a\n## Next Phases\n\n## Phase 4: Sessions\n- Pause\n## Phase 5: Profiles\n- Router\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['Phase 3', 'done'], ['Phase 4', 'planned'], ['Phase 5', 'planned']]);
    const said = parseRoadmap('# Roadmap\n## Next Phases\nWe will decide later which of these comes next.\n## Phase 4: Sessions\n- Pause\n');
    assert.equal(said.sections.find((s) => s.id === 'Phase 4')?.status, null);
  });
});

describe('status: items archived in a block its summary calls shipped', () => {
  it('reads the phase rows inside "<details><summary>v1.0 Core (Phases 1-2) - SHIPPED 2026-02-11</summary>" as done, and those in an open block as saying nothing', () => {
    const doc = parseRoadmap('# Roadmap\n## Phases\n\n<details>\n<summary>v1.0 Core (Phases 1-2) - SHIPPED 2026-02-11</summary>\n\n| Phase | Name | What It Delivered |\n|---|---|---|\n| 1 | Sidecar | relay |\n| 2 | Queue | retries |\n\n</details>\n\n<details>\n<summary>v1.1 Hardening (Phases 3-4)</summary>\n\n| Phase | Name | What It Delivers |\n|---|---|---|\n| 3 | Tests | CI |\n| 4 | Backup | DETS |\n\n</details>\n');
    assert.deepEqual(doc.items?.map((s) => [s.id, s.status]), [['Phase 1', 'done'], ['Phase 2', 'done'], ['Phase 3', null], ['Phase 4', null]]);
    assert.equal(doc.items?.[0].provenance.status?.text, 'SHIPPED 2026-02-11');
  });
});

describe('status: a table of a section\'s fields, a lone cross in a status column, a clipboard after a title', () => {
  it('reads "| Status | Planned |" in a two-column table under "### v0.5.x" as the version\'s status, with its words', () => {
    const doc = parseRoadmap('# R\n### v0.5.x — Optimization\n\n| 项 | 内容 |\n|---|---|\n| Theme | 算法 |\n| Status | Planned |\n\n### v0.6.x — Data\n\n| 项 | 内容 |\n|---|---|\n| Theme | 数据 |\n| Notes | Status words live elsewhere |\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['v0.5.x', 'planned'], ['v0.6.x', null]]);
    assert.equal(doc.sections.find((s) => s.id === 'v0.5.x')?.provenance.status?.line, 7);
  });
  it('reads "| 01 | Fundament | ❌ |" under a Status column as planned, but not a ❌ in a column that states no status', () => {
    const doc = parseRoadmap('# R\n| Etap | Nazwa | Status |\n|---|---|---|\n| 01 | Fundament | ❌ |\n| 02 | Modele | ✅ |\n');
    assert.deepEqual(doc.items?.map((s) => [s.id, s.status]), [['Etap 01', 'planned'], ['Etap 02', 'done']]);
    const other = parseRoadmap('# R\n| Etap | Nazwa | Mobile |\n|---|---|---|\n| 01 | Fundament | ❌ |\n');
    assert.equal(other.items?.[0]?.status ?? null, null);
  });
  it('reads "### v0.3.0 - Enhanced Output 📋" as planned, and "### 📋 Phase 1: Foundation" (an icon before the title) as saying nothing', () => {
    const doc = parseRoadmap('# R\n### v0.3.0 - Enhanced Output 📋\n- item\n### 📋 Phase 1: Foundation\n- item\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['v0.3.0', 'planned'], ['Phase 1', null]]);
  });
});

describe('status: released, in Japanese, Chinese and Korean', () => {
  it('reads "状態：リリース済み" and "状态：已发布" as done', () => {
    const doc = parseRoadmap('# R\n## Version 2.2.0\n\n状態：リリース済み\n\n## v3\n\n状态：已发布\n\n## v4\n\n상태: 출시 완료\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['v2.2.0', 'done'], ['v3', 'done'], ['v4', 'done']]);
  });
});

describe('status: list lines marked done at their end', () => {
  it('reads "## Week 1" whose lines all end "(finished)" as done and "## Week 2" with one unmarked line as under way, in a document that marks its done work so', () => {
    const doc = parseRoadmap('# Roadmap\n## Week 1\n - Review old code. (1 day) (finished)\n - Update dependencies. (1 hour) (finished)\n## Week 2\n - Base template. (2 hours) (finished)\n - World map. (1,5 days) (finished)\n - Travelling. (1 day)\n## Week 3\n - Battles. (2 days)\n - Units. (1 day)\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['Week 1', 'done'], ['Week 2', 'in-progress'], ['Week 3', 'planned']]);
  });
});

describe('reading status: buckets read loosely', () => {
  it('files "## Next approved work" › "### Phase 7" and "### Future Enhancements (Post-GA)" › "#### v1.1 (Q2 2026)" as planned, without making lanes of them', () => {
    const doc = parseRoadmap('# R\n## Completed foundation\n### Phase 6 — Forecasting\n- a\n## Next approved work\n### Phase 7 — Intelligence\nImplement only:\n- b\n### Future Enhancements (Post-GA)\n#### v1.1 (Q2 2026)\n- c\n');
    const plan = doc.sections.filter((s) => s.kind !== 'section');
    assert.deepEqual(plan.map((s) => [s.id, s.status]), [['Phase 6', 'done'], ['Phase 7', 'planned'], ['v1.1', 'planned']]);
    const lanes = parseRoadmap('# R\n## Next approved work\n- a\n## Future Enhancements (Post-GA)\n- b\n');
    assert.deepEqual(lanes.sections.filter((s) => s.kind !== 'section'), []);
  });
});

describe('reading status: a status alone on the first line under a heading', () => {
  it('reads "## Milestone 2 — Workspace" › "Next" as planned and "Completed" as done, but not a status word inside a sentence or later in the section', () => {
    const doc = parseRoadmap('# R\n## Milestone 1 — A\n\nCompleted\n\n- a\n\n## Milestone 2 — B\n\nNext\n\n- b\n\n## Milestone 3 — C\n\nThe work is next.\n\n- c\n\n## Milestone 4 — D\n\n- d\n\nDone\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.status), ['done', 'planned', null, null]);
    assert.equal(doc.sections[1].provenance.status?.text, 'Completed');
  });
});

describe('reading status: a box ticked at the end of a heading', () => {
  it('reads "## Phase 1: Core Types `[x]`" as done over its open tasks, stated by the box; an open box leaves it to the tasks', () => {
    const doc = parseRoadmap('# Plan\n\n## Phase 1: Core Types `[x]`\n\n- [ ] types\n\n## Phase 2: Pipeline [ ]\n\n- [x] adapter\n- [ ] cache\n\n## Notes [x]\n');
    const phases = doc.sections.filter((s) => s.kind !== 'section');
    assert.deepEqual(phases.map((s) => [s.id, s.status, s.statusSource]), [['Phase 1', 'done', 'heading'], ['Phase 2', 'in-progress', 'tasks']]);
    assert.equal(phases[0].provenance.status?.text, '[x]');
    // A plain section's box is no plan item's state.
    assert.equal(doc.sections.find((s) => s.title.startsWith('Notes'))?.statusSource ?? null, null);
  });
});

describe('reading status: partly done and not started, in more languages', () => {
  it('reads "PARCIALMENTE CONCLUÍDO", "partiellement terminé", "teilweise erledigt", "частично выполнено" as under way and "NON COMMENCÉE", "nicht begonnen" as not started', () => {
    const text = [
      '# Plano', '', '## Fase 2: Recursos (🔄 PARCIALMENTE CONCLUÍDO)', '', '## Phase 3 : Tests - partiellement terminé', '',
      '## Phase 4 : Déploiement - NON COMMENCÉE', '', '## Phase 5: Betrieb — teilweise erledigt', '', '## Этап 6: Отчёты — частично выполнено', '',
      '## Phase 7: Doku — nicht begonnen', '',
    ].join('\n');
    const doc = parseRoadmap(text);
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.status), ['in-progress', 'in-progress', 'planned', 'in-progress', 'in-progress', 'planned']);
  });

  it('finds the status after a spaced hyphen when a colon comes first ("Phase 9 : Déploiement - TERMINÉE")', () => {
    const doc = parseRoadmap('# P\n\n## Phase 9 : Déploiement - TERMINÉE\n\n## Phase 10 : Suivi - la suite\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.status, s.provenance.status?.text ?? null]), [['done', 'TERMINÉE'], [null, null]]);
  });
});

describe('reading status: milestones reached and items mostly done', () => {
  it('reads "| M0 | … | REACHED |" as done and "## Milestone 4: Admin (mostly done)" as under way', () => {
    const doc = parseRoadmap('# Milestones\n\n| Milestone | Goal | Status |\n|---|---|---|\n| M0 | Rules | REACHED |\n| M1 | Discovery | pending |\n\n## Milestone 4: Admin and devices (mostly done)\n\n## Milestone 5: Sync (nearly complete)\n');
    const byId = new Map([...doc.sections, ...(doc.items ?? [])].filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]));
    assert.equal(byId.get('M0'), 'done');
    assert.equal(byId.get('M1'), 'planned');
    assert.equal(byId.get('M4'), 'in-progress');
    assert.equal(byId.get('M5'), 'in-progress');
  });
});

describe('reading status: a status with a note after a dash, in parentheses', () => {
  it('reads "(Current — estimated 4-6 weeks)" as under way, with "Current" as its words, and "(Weeks 1 - 3)" as nothing', () => {
    const doc = parseRoadmap('# P\n\n## Phase 0: Bootstrap (Current — estimated 4-6 weeks)\n\n## Phase 1: Polish (Weeks 1 - 3)\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.status, s.provenance.status?.text ?? null]), [['in-progress', 'Current'], [null, null]]);
  });
});

describe('reading status: a status field inside parentheses, in Dutch', () => {
  it('reads "(status: AFGEROND, onderhoudsmodus)", "(status: ACTIEF, dag 1)" and "(status: GEBLOKKEERD tot D-exit)"', () => {
    const doc = parseRoadmap('# Plan\n\n### FASE A — PLATFORM (status: AFGEROND, onderhoudsmodus)\n\n### FASE B — DATA (status: ACTIEF, dag 1 van ~28)\n\n### FASE E — LIVE (status: GEBLOKKEERD tot D-exit)\n\n### FASE F — PROD (status: TOEKOMST)\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status, s.provenance.status?.text ?? null]), [
      ['Fase A', 'done', 'AFGEROND'],
      ['Fase B', 'in-progress', 'ACTIEF'],
      ['Fase E', 'blocked', 'GEBLOKKEERD'],
      ['Fase F', 'planned', 'TOEKOMST'],
    ]);
  });
});

describe('status: a status after a dash with a note after a comma', () => {
  it('reads "## Phase 1 — Core and UI — done, then re-cut" as done, but not "## Phase 4 — Planning, research"', () => {
    const doc = parseRoadmap('# P\n\n## Phase 1 — Core and UI — done, then re-cut\n\ntext\n\n## Phase 4 — Planning, research\n\ntext\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind === 'phase').map((s) => [s.id, s.status]), [['Phase 1', 'done'], ['Phase 4', null]]);
  });
});

describe('status: a status cell whose weak icon and words disagree', () => {
  it('reads "| ⏳ Em andamento |" as in progress (the words), "| ⏳ |" alone and "| ✅ Concluído |" by their icons', () => {
    const doc = parseRoadmap('# R\n\n| Fase | Status |\n|---|---|\n| Fase 0 — Setup | ✅ Concluído |\n| Fase 1 — UI | ⏳ Em andamento |\n| Fase 2 — Dash | ⏳ |\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.status]), [['Fase 0', 'done'], ['Fase 1', 'in-progress'], ['Fase 2', 'planned']]);
  });
});

describe('status: what is done, then the word', () => {
  it('reads "**Status:** Documentation complete; prerequisite blocked." as done, and "Status: Documentation pending" as nothing', () => {
    const doc = parseRoadmap('# P\n\n## Step 01 — Assessment\n\n**Status:** Documentation complete; prerequisite blocked.\n\n## Step 02 — Map\n\n**Status:** Documentation pending review\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['Step 01', 'done'], ['Step 02', null]]);
  });
});

describe('status: a day before the status word', () => {
  it('reads "- 状態: 2026-08-28完了。" and "Status: 2026-08-28 done" as done; "## ✅ v0.2.0（2026-09，当前）" as released', () => {
    const doc = parseRoadmap('# R\n\n## マイルストーン1: データ\n\n- 状態: 2026-08-28完了。\n\n## Phase 2 — API\n\nStatus: 2026-08-28 done\n\n## ✅ v0.2.0（2026-09，当前）\n\n- a\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.status), ['done', 'done', 'done']);
  });
});

describe('status: a status cell with a note after a dash', () => {
  it('reads "| Done — the benchmark now discriminates |" as done and "| **PARTIAL** — implemented; … |" as under way', () => {
    const doc = parseRoadmap('# R\n\n| Phase | Title | Status |\n|---|---|---|\n| 8 | Hybrid compaction | **PARTIAL** — implemented and tested; unmet |\n| 8.5 | Adversarial evaluation | Done — the benchmark now discriminates |\n');
    assert.deepEqual((doc.items ?? []).map((s) => [s.id, s.status]), [['Phase 8', 'in-progress'], ['Phase 8.5', 'done']]);
  });

  it('reads Chinese "（下一阶段）" (next stage) as planned and "（主攻）" (main focus) as under way', () => {
    const doc = parseRoadmap('# 路线图\n\n## P0（主攻）：记忆 SDK\n\n- 写入\n\n## P1：学习教练（下一阶段）\n\n- 复习\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status]), [['P0', 'in-progress'], ['P1', 'planned']]);
  });
});
