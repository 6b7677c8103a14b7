// Every row of the lexicon, read back through the classifier built from it: adding a language is adding rows, and a
// row no classifier reads fails here.
import assert from 'node:assert/strict';
import { dependenciesIn, groupStatusAt, hasPriorityNote, horizonIn, namesPriorities, priorityTierIn, idColumnIn, isPlanTitle, planColumnIn, priorityIn, readHeading, weeksUnder, readListItem, statusIn, statusLineIn } from '../../src/core/language/classify';
import {
  ABOUT_PARENT_WORDS,
  ABOUT_WORDS,
  AHEAD_WORDS,
  AS_OF_WORDS,
  CJK_NUMERALS,
  DAYS_PER_UNIT,
  DEPENDENCY_KEYS,
  DURATION_KEYS,
  DURATION_UNITS,
  FILE_COLUMN_WORDS,
  GATE_WORDS,
  HORIZON_WORDS,
  ID_COLUMNS,
  isCjk,
  MONTH_NAMES,
  MONTH_WORDS,
  NONE_VALUES,
  NUMBER_WORDS,
  PERIOD_LABELS,
  PLAN_TITLE_WORDS,
  PLAN_WORDS,
  PRIORITY_LEVELS,
  PRIORITY_KEYS,
  NEGATION_WORDS,
  STATUS_EMOJI,
  STATUS_KEYS,
  STATUS_NOTE_WORDS,
  JOIN_WORDS,
  STATUS_WORDS,
  TASK_LIST_LABELS,
  WEEKDAY_NAMES,
  YEAR_WORDS,
} from '../../src/core/language/lexicon';
import { durationDaysIn, periodIn, periodLabelIn, timelineEntryIn, titleDurationDaysIn } from '../../src/core/language/periods';
import { parseRoadmap } from '../../src/core/parse/parse';

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

describe('lexicon: every row is read', () => {
  it('plan words name plan items of their kind and word', () => {
    for (const row of PLAN_WORDS) {
      const title = isCjk(row.text) ? `${row.text}2：设计` : row.kind === 'milestone' && row.word !== 'milestone' ? `${cap(row.text)} 1.2: Sync` : `${cap(row.text)} 2: Design`;
      const r = readHeading(title);
      assert.equal(r.kind, row.kind, `${row.lang} ${row.text}`);
      assert.equal(r.word, row.word, `${row.lang} ${row.text}`);
      assert.ok(r.id, `${row.lang} ${row.text} has an id`);
    }
  });

  it('gate words name milestones by their code or number', () => {
    for (const row of GATE_WORDS) {
      assert.deepEqual([readHeading(`${cap(row.text)} G0 — Day-0`).kind, readHeading(`${cap(row.text)} G0 — Day-0`).id], ['milestone', 'G0'], row.text);
      assert.equal(readHeading(`${cap(row.text)} 2: Full launch`).id, 'Gate 2', row.text);
    }
    assert.equal(readHeading('Gate humano (fim F1)').kind, 'section');
  });

  it('horizon words make horizons: the plan\'s items, side by side, without ids', () => {
    for (const row of HORIZON_WORDS) {
      const title = cap(row.text);
      assert.ok(horizonIn(title), `${row.lang} ${row.text}`);
      const doc = parseRoadmap(`# R\n\n## ${title}\n\n- a\n\n## ${title} (2)\n\n- b\n`);
      assert.deepEqual(doc.sections.slice(1).map((s) => [s.kind, s.id]), [['phase', null], ['phase', null]], `${row.lang} ${row.text}`);
    }
  });

  it('year words name numbered years', () => {
    for (const row of YEAR_WORDS) assert.deepEqual([readHeading(`${cap(row.text)} 3 (2027)`).kind, readHeading(`${cap(row.text)} 3`).word], ['quarter', 'year'], row.text);
  });

  it('month words name numbered calendar months', () => {
    for (const row of MONTH_WORDS) {
      const r = readHeading(`📅 ${row.text.toUpperCase()} 3/2026 - Phát Triển`);
      assert.deepEqual([r.kind, r.word, r.id], ['quarter', 'month', `${cap(row.text)} 3/2026`], `${row.lang} ${row.text}`);
    }
  });

  it('spelled-out numbers count durations; English ones number phases; CJK numerals number stages', () => {
    for (const row of NUMBER_WORDS) {
      assert.equal(titleDurationDaysIn(`Setup (${row.text} weeks)`), row.value * 7 || null, `${row.lang} ${row.text}`);
      if (row.lang === 'en' && row.text.length > 2) assert.equal(readHeading(`Phase ${row.text}`).id, `Phase ${row.value}`, row.text);
    }
    for (const row of CJK_NUMERALS) assert.equal(readHeading(`第${row.text}阶段`).id, `阶段 ${row.value}`, row.text);
  });

  it('join words join ids: in a list of dependencies (not as alternatives), and in a sentence about items', () => {
    for (const row of JOIN_WORDS) {
      const both = dependenciesIn(`Dependencies: Phases 1 ${row.text} 2`);
      if (row.either) assert.notDeepEqual(both, ['Phase 1', 'Phase 2'], `${row.lang} ${row.text}`);
      else assert.deepEqual(both, ['Phase 1', 'Phase 2'], `${row.lang} ${row.text}`);
      assert.equal(readListItem(`**M12 ${row.text} M13 can run in parallel** once M9 is done`), null, `${row.lang} ${row.text}`);
      const weeks = weeksUnder('Semana(s)', `3 ${row.text} 4`);
      if (row.either) assert.equal(weeks, null, `${row.lang} ${row.text}`);
      else assert.deepEqual(weeks, { unit: 'week', start: 3, end: 4, source: 'line' }, `${row.lang} ${row.text}`);
    }
  });

  it('status note words end the status on a "Status:" line, whatever follows', () => {
    for (const row of STATUS_NOTE_WORDS) assert.equal(statusLineIn(`Status: implemented ${row.text} v0.1.0 of the app`), 'done', `${row.lang} ${row.text}`);
    // An emoji alone before the note is no status word: "⏸️ En attente Sprint 4" is not "⏸️".
    assert.notEqual(statusLineIn('**Statut:** ⏸️ En attente Sprint 4'), 'blocked');
  });

  it('status words state their status, in brackets, after a dash and as a cell', () => {
    for (const row of STATUS_WORDS) {
      assert.equal(statusIn(`(${row.text})`), row.status, `${row.lang} (${row.text})`);
      assert.equal(statusIn(row.text), row.status, `${row.lang} ${row.text}`);
    }
  });

  it('status emoji state their status on their own; strong ones anywhere', () => {
    for (const row of STATUS_EMOJI) {
      assert.equal(statusIn(row.emoji), row.status, row.emoji);
      if (row.strong) assert.equal(statusIn(`${row.emoji} Parser`), row.status, `${row.emoji} Parser`);
      else assert.equal(statusIn(`${row.emoji} Parser`), null, `${row.emoji} is decoration before a title`);
    }
  });

  it('status keys make status lines', () => {
    for (const row of STATUS_KEYS) assert.equal(statusLineIn(`**${cap(row.text)}:** Done`), 'done', row.text);
  });

  it('period labels have their role', () => {
    for (const row of PERIOD_LABELS) assert.equal(periodLabelIn(`**${cap(row.text)}:** 2026-03-02`), row.role, `${row.lang} ${row.text}`);
  });

  it('as-of words never label a timeline entry', () => {
    for (const row of AS_OF_WORDS) assert.equal(timelineEntryIn(`- ${cap(row.text)}: 2025-06-01`), null, row.text);
  });

  it('duration units count calendar days; hours are effort, not a span', () => {
    for (const row of DURATION_UNITS) {
      const expected = row.unit === 'hour' ? null : 2 * DAYS_PER_UNIT[row.unit];
      assert.equal(durationDaysIn(`Duration: 2 ${row.text}`), expected, `${row.lang} ${row.text}`);
    }
  });

  it('duration keys make estimate lines', () => {
    for (const row of DURATION_KEYS) assert.equal(durationDaysIn(`**${cap(row.text)}:** 2 weeks`), 14, `${row.lang} ${row.text}`);
  });

  it('month names read as their month', () => {
    MONTH_NAMES.forEach((names, i) => {
      for (const name of names) {
        const p = periodIn(`${cap(name)} 2025`, 'line');
        assert.ok(p?.unit === 'date' && p.start === `2025-${String(i + 1).padStart(2, '0')}-01`, `${name} 2025`);
      }
    });
  });

  it('dependency keys, none values and priority keys are read', () => {
    for (const row of DEPENDENCY_KEYS) assert.deepEqual(dependenciesIn(`**${cap(row.text)}:** Phase 1`), ['Phase 1'], row.text);
    for (const value of NONE_VALUES) assert.deepEqual(dependenciesIn(`Dependencies: ${value}`), [], value);
    for (const row of PRIORITY_KEYS) assert.equal(priorityIn(`${cap(row.text)}: High`), 'High', row.text);
  });

  it('task-list labels and weekdays before an id make a heading about the item ("Tasks: Phase I", "Friday: Week 1 Review")', () => {
    for (const row of [...TASK_LIST_LABELS, ...WEEKDAY_NAMES]) {
      const r = readHeading(`${cap(row.text)}: Phase 3 – Setup`);
      assert.deepEqual([r.kind, r.about], ['section', 'Phase 3'], `${row.lang} ${row.text}`);
    }
  });

  it('ID column headers find the column of row codes; plan-title words call a heading a plan', () => {
    for (const row of ID_COLUMNS) assert.equal(idColumnIn(['Milestone', `**${cap(row.text)}**`, 'Date']), 1, `${row.lang} ${row.text}`);
    for (const row of PLAN_TITLE_WORDS) assert.ok(isPlanTitle(`Release ${cap(row.text)} 2026`), `${row.lang} ${row.text}`);
    assert.equal(isPlanTitle('Explanation'), false);
  });

  it('about words make a heading about an item, not the item', () => {
    for (const row of ABOUT_WORDS) {
      const r = readHeading(`Phase 2 ${cap(row.text)}`);
      assert.deepEqual([r.kind, r.about], ['section', 'Phase 2'], `${row.lang} ${row.text}`);
    }
  });

  it('about-parent titles make the items under them references', () => {
    for (const title of ABOUT_PARENT_WORDS) {
      const doc = parseRoadmap(`# Plan\n\n## Phase 1: Build\n\n## ${cap(title)}\n\n### Phase 1\n\nText.\n`);
      const under = doc.sections.find((s) => s.level === 3)!;
      assert.deepEqual([under.kind, under.about], ['section', 'Phase 1'], title);
    }
  });

  it('file-column headers make a table of files by item no table of the items', () => {
    assert.notEqual(planColumnIn(['#', 'Phase']), null);
    for (const row of FILE_COLUMN_WORDS) assert.equal(planColumnIn([cap(row.text), 'Phase']), null, row.text);
  });

  it('ahead words make horizons side by side under a section plan horizons', () => {
    for (const row of AHEAD_WORDS) {
      const doc = parseRoadmap(`# R\n## Phase 1\n- [x] a\n## ${cap(row.text)}\n### Short Term\n- b\n### Long Term\n- c\n`);
      assert.deepEqual(doc.sections.filter((s) => s.level === 3).map((s) => s.word), ['horizon', 'horizon'], row.text);
    }
    const strategy = parseRoadmap('# R\n## Phase 1\n- [x] a\n## Strategy\n### Short Term\n- b\n### Long Term\n- c\n');
    assert.deepEqual(strategy.sections.filter((s) => s.level === 3).map((s) => s.word), [null, null]);
  });

  it('hour units make horizons the next hours of a task list', () => {
    for (const row of DURATION_UNITS.filter((r) => r.unit === 'hour')) {
      const doc = parseRoadmap(`# R\n## Phase 1\n- [x] a\n## Next Steps\n### Short Term (2 ${row.text})\n- b\n### Long Term\n- c\n`);
      assert.deepEqual(doc.sections.filter((s) => s.level === 3).map((s) => s.word), [null, null], row.text);
    }
  });
});

describe('lexicon: priority notes', () => {
  it('reads a note of how urgent work is from every priority level row, with the key before or after', () => {
    for (const { text } of PRIORITY_LEVELS) {
      assert.ok(hasPriorityNote(`## 1. Work (${text} priority)`), text);
      assert.ok(hasPriorityNote(`## 1. Work (Priority: ${text})`), text);
    }
    assert.ok(hasPriorityNote('## 2. Erros (Prioridade alta)'));
    assert.ok(!hasPriorityNote('## 1. High Priority Items'));
  });

  it('reads a lane negated by any negation row as no lane: "Not planned", "No planeado"', () => {
    for (const { text } of NEGATION_WORDS) assert.equal(groupStatusAt(`${cap(text)} planned`), null, text);
    assert.equal(groupStatusAt('Planned')?.status, 'planned');
  });

  it('reads a tier titled by any priority level row as ranked, and a heading with any priority key as about priorities', () => {
    for (const { text } of PRIORITY_LEVELS) assert.deepEqual(priorityTierIn(`🔴 P0 - ${cap(text)} work`), { tier: 0, urgent: true }, text);
    assert.deepEqual(priorityTierIn('P2：企业知识引擎'), { tier: 2, urgent: false });
    for (const { text } of PRIORITY_KEYS) assert.ok(namesPriorities(`Sprint 1 ${cap(text)}`), text);
    assert.ok(!namesPriorities('Backlog'));
  });
});
