import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Period } from '../../src/core/model';
import {
  addDays,
  anchorWeeks,
  compareIso,
  dateSpanOf,
  durationWeeksIn,
  findPeriod,
  isoWeekMonday,
  periodIn,
  quarterRange,
  monthOnlyIn,
  timelineEntryIn,
  weekAnchorWithin,
  weeksOfMonth,
} from '../../src/core/language/periods';
import { parseRoadmap } from '../../src/core/parse/parse';
import { publicFiles, seedText as readSeed } from './helpers/corpus';

function lineAt(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1];
}

/** "w1-3", "2024-04-01..2024-06-30 quarter" or "-": one comparable string per period. */
function brief(p: Period | null): string {
  if (!p) return '-';
  return p.unit === 'week' ? `w${p.start}-${p.end}` : `${p.start}..${p.end} ${p.precision}`;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function assertWellFormed(p: Period | null, context: string): void {
  if (!p) return;
  if (p.unit === 'week') {
    assert.ok(Number.isInteger(p.start) && p.start >= 1 && p.start <= p.end, `${context}: ${brief(p)}`);
  } else {
    assert.match(p.start, ISO, context);
    assert.match(p.end, ISO, context);
    assert.equal(addDays(p.start, 0), p.start, `${context}: a real calendar day`);
    assert.equal(addDays(p.end, 0), p.end, `${context}: a real calendar day`);
    assert.ok(compareIso(p.start, p.end) <= 0, `${context}: ${brief(p)}`);
  }
}

describe('periods: periodIn', () => {
  const table: [string, string][] = [
    // Relative weeks.
    ['(Weeks 1-3)', 'w1-3'],
    ['Week 5–7', 'w5-7'],
    ['Week 5—7', 'w5-7'],
    ['Week 4', 'w4-4'],
    ['Weeks 1 - 3', 'w1-3'],
    ['Weeks 1 to 3', 'w1-3'],
    ['Week 2 to Week 4', 'w2-4'],
    ['Semanas 2 a 4', 'w2-4'],
    ['Hafta 3', 'w3-3'],
    ['第1-3周', 'w1-3'],
    ['W1-W3', 'w1-3'],
    // Quarters and halves.
    ['Q2 2024', '2024-04-01..2024-06-30 quarter'],
    ['Q2/2024', '2024-04-01..2024-06-30 quarter'],
    ['Q2-2024', '2024-04-01..2024-06-30 quarter'],
    ['2024 Q2', '2024-04-01..2024-06-30 quarter'],
    ['2024-Q4', '2024-10-01..2024-12-31 quarter'],
    ['q1 2025', '2025-01-01..2025-03-31 quarter'],
    ['Q1-Q2 2024', '2024-01-01..2024-06-30 quarter'],
    ['2024 Q3-Q4', '2024-07-01..2024-12-31 quarter'],
    ['Q4 2024 – Q1 2025', '2024-10-01..2025-03-31 quarter'],
    ['H1 2025', '2025-01-01..2025-06-30 half'],
    ['H2 2025', '2025-07-01..2025-12-31 half'],
    ['2025 H2', '2025-07-01..2025-12-31 half'],
    // ISO days and ranges.
    ['2024-05-01 → 2024-06-30', '2024-05-01..2024-06-30 day'],
    ['2024-05-01 - 2024-06-30', '2024-05-01..2024-06-30 day'],
    ['2024-05-01 to 2024-06-30', '2024-05-01..2024-06-30 day'],
    ['2024-05-01..2024-06-30', '2024-05-01..2024-06-30 day'],
    ['shipped 2026-04-02', '2026-04-02..2026-04-02 day'],
    ['2024-02-29', '2024-02-29..2024-02-29 day'],
    // Months, in English and the corpus' other languages.
    ['May 2024', '2024-05-01..2024-05-31 month'],
    ['February 2024', '2024-02-01..2024-02-29 month'],
    ['Feb 2023', '2023-02-01..2023-02-28 month'],
    ['May–June 2024', '2024-05-01..2024-06-30 month'],
    ['Jan 2025 - Mar 2025', '2025-01-01..2025-03-31 month'],
    ['January-March 2025', '2025-01-01..2025-03-31 month'],
    ['May 2024 – Q3 2024', '2024-05-01..2024-09-30 quarter'],
    ['Dec 2024 – Feb 2025', '2024-12-01..2025-02-28 month'],
    ['Dec 2024-Jan 2025', '2024-12-01..2025-01-31 month'],
    ['Q1 2024-Q2 2024', '2024-01-01..2024-06-30 quarter'],
    ['Sprint 3 (2024-05-06 – 2024-05-17)', '2024-05-06..2024-05-17 day'],
    ['Fase 2: Melhorias (Maio 2025)', '2025-05-01..2025-05-31 month'],
    ['Junho de 2025', '2025-06-01..2025-06-30 month'],
    ['marzo 2025', '2025-03-01..2025-03-31 month'],
    ['Mayıs 2025', '2025-05-01..2025-05-31 month'],
    ['декабрь 2024', '2024-12-01..2024-12-31 month'],
    ['2025年5月', '2025-05-01..2025-05-31 month'],
    ['2024年4月1日更新', '2024-04-01..2024-04-01 day'],
    // Days written with month names.
    ['Goal: Sep 1, 2012', '2012-09-01..2012-09-01 day'],
    ['1 May 2024', '2024-05-01..2024-05-01 day'],
    ['May 3rd, 2024', '2024-05-03..2024-05-03 day'],
    // A bare year only when it is the whole text.
    ['2025', '2025-01-01..2025-12-31 year'],
    ['2024–2025', '2024-01-01..2025-12-31 year'],
    // The earliest period wins.
    ['Q1 2024 (Weeks 1-6)', '2024-01-01..2024-03-31 quarter'],
    ['Weeks 1-6 of Q1 2024', 'w1-6'],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} → ${expected}`, () => assert.equal(brief(periodIn(text, 'line')), expected));
  }

  it('keeps the source it is given', () => {
    for (const source of ['heading', 'line', 'timeline', 'duration'] as const) {
      assert.equal(periodIn('Q2 2024', source)?.source, source);
      assert.equal(periodIn('Week 3', source)?.source, source);
    }
  });

  it('ignores versions, times, percentages, durations and other numbers', () => {
    for (const text of [
      'v1.2', 'v2024.05', '<200ms', '95%', 'Week 95%', 'Python 3.8+', 'Q&A', 'Q1', 'Q5 2024', 'Q2 24', '3 weeks', '2-3 weeks',
      'Node 20.19', 'Developer Roadmap 2024-2025', 'Year 3000', 'In 2025 we ship', 'Next 30 Days', 'Short-term (60-90 Days)',
      'Weeks 7+', 'Week 0', 'Weeks 5-3', '2024-13-01', '2023-02-29', '2024-05-1', '12024-05-01', 'v2.0.0-2024-05-01x',
      'Longo Prazo: 2027+', 'Mai', 'May', 'may be 2024', 'H3 2025', 'Gün 1-7', '0-3 Ay', 'Q2 2024x', 'AQ2 2024', '1.2024-05-01',
      'Phase 1: Core', 'W3C support', 'W3', "Q1 '25", '',
    ]) {
      assert.equal(periodIn(text, 'line'), null, text);
    }
  });

  it('reports where the period was found', () => {
    const text = 'Phase 2: Core (Weeks 4-6) next';
    const found = findPeriod(text, 'heading');
    assert.ok(found);
    assert.equal(text.slice(found.index, found.end), 'Weeks 4-6');
    const q = 'Horizon: Q4 2025 - Q1 2026';
    const fq = findPeriod(q, 'heading');
    assert.equal(fq && q.slice(fq.index, fq.end), 'Q4 2025 - Q1 2026');
  });

  it('reads the period of every seed heading', () => {
    const expected: Record<string, Record<number, string>> = {
      '003': { 14: 'w1-3', 38: 'w4-6', 62: 'w5-7', 86: 'w7-9', 110: 'w8-10', 134: 'w10-12' },
      '004': {
        7: '2024-01-01..2024-03-31 quarter', 9: 'w1-6', 29: 'w7-13',
        49: '2024-04-01..2024-06-30 quarter', 51: 'w14-19', 71: 'w20-26',
        85: '2024-07-01..2024-09-30 quarter', 87: 'w27-32', 107: 'w33-39',
        121: '2024-10-01..2024-12-31 quarter', 123: 'w40-45', 137: 'w46-52',
        151: '2025-01-01..2025-03-31 quarter', 153: 'w1-6', 167: 'w7-13',
      },
    };
    let headings = 0;
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const lines = readSeed(prefix).split(/\r?\n/);
      lines.forEach((line, i) => {
        const m = /^#{1,6}\s+(.*)$/.exec(line);
        if (!m) return;
        headings++;
        assert.equal(brief(periodIn(m[1], 'heading')), expected[prefix]?.[i + 1] ?? '-', `seed ${prefix} line ${i + 1}`);
      });
    }
    assert.ok(headings > 100, `read ${headings} seed headings`);
  });

  it('reads hand-checked periods of the public corpus', () => {
    const byName = (prefix: string): string => {
      const f = publicFiles().find((x) => x.name.startsWith(prefix));
      if (!f) throw new Error(`public roadmap ${prefix} missing`);
      return f.text;
    };
    const checks: [string, number, string][] = [
      // "Estado Atual (Abril 2025)": an as-of date, not a plan period (issue 9 §4).
      ['Eduardo-Ricardo', 3, '-'],
      ['Eduardo-Ricardo', 12, '2025-05-01..2025-05-31 month'],
      ['Eduardo-Ricardo', 29, '2025-07-01..2025-09-30 quarter'],
      ['Gerson-Santiago', 20, '2025-10-01..2026-03-31 quarter'],
      ['Gerson-Santiago', 37, '2026-04-01..2026-09-30 quarter'],
      ['Gerson-Santiago', 65, '-'],
      ['Gerson-Santiago', 106, '2025-12-29..2025-12-29 day'],
      ['Gerson-Santiago', 132, '-'],
      ['yigityalim', 5, '2024-01-01..2024-03-31 quarter'],
      ['yigityalim', 37, '2024-07-01..2024-12-31 quarter'],
      ['neuroglyph', 3, '2025-04-01..2025-06-30 quarter'],
      ['cdron9', 7, 'w1-3'],
      ['cdron9', 45, '-'],
      ['Terminyus', 3, '-'],
      ['Iouzy', 75, '-'],
    ];
    for (const [file, line, expected] of checks) assert.equal(brief(periodIn(lineAt(byName(file), line), 'line')), expected, `${file}:${line}`);
  });

  it('never throws and returns well-formed periods on every line of the public corpus', () => {
    let lines = 0;
    let found = 0;
    for (const { name, text } of publicFiles()) {
      text.split(/\r?\n/).forEach((line, i) => {
        lines++;
        const p = periodIn(line, 'line');
        assertWellFormed(p, `${name}:${i + 1}`);
        if (p) found++;
      });
    }
    assert.ok(lines > 3000, `read ${lines} lines`);
    // A share, not a count: the corpus grows. Periods are a minority of lines, but real roadmaps state some.
    assert.ok(found > 20 && found / lines < 0.1, `${found} of ${lines} lines carry a period`);
  });

  it('property: never throws on arbitrary text; dates are real days with start ≤ end', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => assertWellFormed(periodIn(s, 'line'), JSON.stringify(s))),
      { numRuns: 3000 },
    );
  });

  it('property: the other readers are total on arbitrary text too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        const d = durationWeeksIn(s);
        assert.ok(d === null || (Number.isFinite(d) && d > 0), JSON.stringify(s));
        const entry = timelineEntryIn(s);
        if (entry) {
          assert.ok(entry.label.length > 0);
          assertWellFormed(entry.period, JSON.stringify(s));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('property: well-formed on text made of period-like fragments', () => {
    const fragment = fc.oneof(
      fc.constantFrom('Q', 'H', 'Week', 'Weeks', 'W', 'May', 'Jan', 'de', 'to', '→', '-', '–', ' ', '/', '.', ':', '(', ')', '+', '%', 'v', '年', '月', '日'),
      fc.integer({ min: 0, max: 2300 }).map(String),
      fc.integer({ min: 0, max: 13 }).map((n) => String(n).padStart(2, '0')),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        assertWellFormed(periodIn(text, 'heading'), JSON.stringify(text));
        assertWellFormed(timelineEntryIn(text)?.period ?? null, JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('property: any valid ISO range reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 2_000 }), fc.constantFrom(' → ', ' - ', ' to ', '..', ' – '), (offset, length, sep) => {
        const start = addDays('1990-01-01', offset);
        const end = addDays(start, length);
        const p = periodIn(`Release window: ${start}${sep}${end}`, 'line');
        assert.deepEqual(p, { unit: 'date', start, end, precision: 'day', source: 'line' });
      }),
    );
  });

  it('property: every quarter reads as its calendar span', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3, 4), fc.integer({ min: 1990, max: 2199 }), fc.constantFrom('Q{q} {y}', '{y} Q{q}', 'Q{q}/{y}', '({y}-Q{q})'), (q, y, form) => {
        const text = form.replace('{q}', String(q)).replace('{y}', String(y));
        const r = quarterRange(q as 1 | 2 | 3 | 4, y);
        assert.deepEqual(periodIn(text, 'heading'), { unit: 'date', start: r.start, end: r.end, precision: 'quarter', source: 'heading' });
      }),
    );
  });
});

describe('periods: as-of dates', () => {
  it('a date an as-of word introduces is no plan period', () => {
    assert.equal(periodIn('🚧 v1.3 Hardening — Phases 14-16 planned on 2026-04-03', 'line'), null);
    assert.equal(periodIn('Current Status (March 3, 2026)', 'heading'), null);
    assert.equal(periodIn('Stand: 2025-05-01', 'line'), null);
    assert.equal(brief(periodIn('Phase 2 (2026-04-03) — last updated 2026-01-02', 'heading')), '2026-04-03..2026-04-03 day');
    assert.equal(brief(periodIn('Planned: Q2 2026', 'line')), '2026-04-01..2026-06-30 quarter');
  });
});

describe('periods: days written without a year', () => {
  const at = (text: string, doc: string): string => {
    const span = dateSpanOf(doc);
    return brief(findPeriod(text, 'line', { order: span?.order ?? null, span })?.period ?? null);
  };

  it('take the year of the document\'s dates, day first where its dates are', () => {
    const doc = '## Giai đoạn: 01/03/2026 - 30/05/2026\n| 1 | 01/03 - 07/03 | ✅ |\n';
    assert.equal(at('01/03 - 07/03', doc), '2026-03-01..2026-03-07 day');
    assert.equal(at('22/03 - 31/03', doc), '2026-03-22..2026-03-31 day');
    assert.equal(at('02-03/03', doc), '2026-03-02..2026-03-03 day');
    // A lone date is a date only as the whole cell.
    assert.equal(at('**29/04**', doc), '2026-04-29..2026-04-29 day');
  });

  it('read month first when only that reading falls among the document\'s dates', () => {
    const doc = 'gantt\n  Core :done, p0, 2026-02-11, 8d\n  Ship :p6, 2026-04-26, 28d\n';
    assert.equal(at('Phase 0: 環境構築（2/11-2/12、2日間）', doc), '2026-02-11..2026-02-12 day');
    assert.equal(at('Phase 1 (2/13-2/19)', doc), '2026-02-13..2026-02-19 day');
  });

  it('cross into the next year where the document\'s dates do', () => {
    const doc = '| 0 | 06/11/2024 | 20/11/2024 |\n| 10 | 12/02/2025 | 19/02/2025 |\n';
    assert.equal(at('12/11', doc), '2024-11-12..2024-11-12 day');
    assert.equal(at('21/01', doc), '2025-01-21..2025-01-21 day');
    assert.equal(at('22/12 - 05/01', doc), '2024-12-22..2025-01-05 day');
  });

  it('in a range, take the year of the range\'s last day', () => {
    assert.equal(brief(findPeriod('Срок: 14.04–14.05.2026', 'line')?.period ?? null), '2026-04-14..2026-05-14 day');
    assert.equal(brief(findPeriod('20.12 - 05.01.2026', 'line')?.period ?? null), '2025-12-20..2026-01-05 day');
    assert.equal(brief(findPeriod('01/03 - 07/03/2026', 'line', 'dmy')?.period ?? null), '2026-03-01..2026-03-07 day');
    assert.equal(findPeriod('01/03 - 07/03/2026', 'line'), null);
  });

  it('are no date without full dates to take the year from, inside a title, or far from the plan', () => {
    assert.equal(at('01/03 - 07/03', 'No dates here.'), '-');
    const doc = 'Start: 2026-03-02, end 2026-03-30.';
    assert.equal(at('Phase 2 (3/8)', doc), '-');
    assert.equal(at('Progress 3/8 tasks', doc), '-');
    assert.equal(at('01/09 - 07/09', doc), '-');
    // Both readings fall in the plan and the document does not say which it writes.
    assert.equal(at('03/04 - 05/04', 'From 2026-03-01 to 2026-05-30.'), '-');
  });
});

describe('periods: calendar arithmetic', () => {
  it('adds days across month, leap and year boundaries', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2025-01-01', -1), '2024-12-31');
    assert.equal(addDays('2000-02-28', 1), '2000-02-29');
    assert.equal(addDays('1900-02-28', 1), '1900-03-01');
    assert.equal(addDays('2024-03-31', 0), '2024-03-31');
    assert.equal(addDays('0050-01-01', 365), '0051-01-01');
  });

  it('rejects malformed dates', () => {
    for (const bad of ['2024-02-30', '2024-13-01', '24-01-01', '2024-1-01', '']) assert.throws(() => addDays(bad, 1), RangeError, bad);
  });

  it('compares ISO days', () => {
    assert.equal(compareIso('2024-01-02', '2024-01-10'), -1);
    assert.equal(compareIso('2024-01-10', '2024-01-02'), 1);
    assert.equal(compareIso('2024-01-10', '2024-01-10'), 0);
  });

  it('knows each quarter', () => {
    assert.deepEqual(quarterRange(1, 2024), { start: '2024-01-01', end: '2024-03-31' });
    assert.deepEqual(quarterRange(2, 2024), { start: '2024-04-01', end: '2024-06-30' });
    assert.deepEqual(quarterRange(3, 2023), { start: '2023-07-01', end: '2023-09-30' });
    assert.deepEqual(quarterRange(4, 2023), { start: '2023-10-01', end: '2023-12-31' });
  });

  it('property: adding and subtracting days round-trips and keeps order, in any time zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000 }), fc.integer({ min: -5_000, max: 5_000 }), (offset, n) => {
        const day = addDays('1970-01-01', offset);
        const moved = addDays(day, n);
        assert.equal(addDays(moved, -n), day);
        assert.equal(Math.sign(compareIso(day, moved)), -Math.sign(n) || 0);
        assert.equal(addDays(day, 1) > day, true);
      }),
    );
  });

  it('property: quarters tile the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2199 }), (y) => {
        assert.equal(quarterRange(1, y).start, `${y}-01-01`);
        for (const q of [1, 2, 3] as const) assert.equal(addDays(quarterRange(q, y).end, 1), quarterRange((q + 1) as 2 | 3 | 4, y).start);
        assert.equal(quarterRange(4, y).end, `${y}-12-31`);
      }),
    );
  });
});

describe('periods: durationWeeksIn', () => {
  const table: [string, number | null][] = [
    ['**Estimated Duration**: 3 weeks', 3],
    ['Estimated Duration: 3 weeks', 3],
    ['- Duration: 1 week', 1],
    ['Duration: 2-3 weeks', 3],
    ['Duration: ~6 weeks', 6],
    ['Duration: 2 months', 8.7],
    ['Duration: 1 month', 4.3],
    ['Duration: 10 days', 2],
    ['Duration: 3 days', 0.6],
    ['Duration: 1.5 weeks', 1.5],
    ['Timeframe: 6 weeks', 6],
    ['Timeline: 3 weeks', 3],
    ['Estimated Time: 2 weeks', 2],
    ['Duration: 3w', 3],
    ['Timeline: Q2 2024', null],
    ['Duration: 1 sprint', null],
    ['Duração estimada: 4 semanas', 4],
    ['Süre: 2 hafta', 2],
    ['Dauer: 3 Wochen', 3],
    ['Durée : 2 semaines', 2],
    ['Длительность: 2 недели', 2],
    ['**Duration**: TBD', null],
    ['Duration: 0 weeks', null],
    ['Duration: 0.1 days', null],
    ['Session duration and feature usage', null],
    ['- **User Engagement**: Session duration and feature usage', null],
    ['3 weeks', null],
    ['Weeks: 3', null],
    ['', null],
  ];
  for (const [line, weeks] of table) {
    it(`${JSON.stringify(line)} → ${weeks}`, () => assert.equal(durationWeeksIn(line), weeks));
  }

  it('reads every estimate line of the seeds', () => {
    const found = readSeed('003').split(/\r?\n/).map((l) => durationWeeksIn(l)).filter((w) => w !== null);
    assert.deepEqual(found, [3, 3, 3, 3, 3, 3]);
    for (const prefix of ['000', '001', '002', '004']) {
      assert.deepEqual(readSeed(prefix).split(/\r?\n/).filter((l) => durationWeeksIn(l) !== null), [], `seed ${prefix}`);
    }
  });
});

describe('periods: anchorWeeks and weekAnchorWithin', () => {
  const weeks = (start: number, end: number): Extract<Period, { unit: 'week' }> => ({ unit: 'week', start, end, source: 'heading' });
  const quarter = (q: 1 | 2 | 3 | 4, y: number): Extract<Period, { unit: 'date' }> => ({ unit: 'date', ...quarterRange(q, y), precision: 'quarter', source: 'heading' });

  it('starts week 1 on the anchor day and ends week n 7n-1 days later', () => {
    assert.deepEqual(anchorWeeks(weeks(1, 3), '2024-01-01'), { unit: 'date', start: '2024-01-01', end: '2024-01-21', precision: 'day', source: 'heading' });
    assert.deepEqual(anchorWeeks(weeks(4, 4), '2024-02-26'), { unit: 'date', start: '2024-03-18', end: '2024-03-24', precision: 'day', source: 'heading' });
    assert.equal(anchorWeeks(weeks(1, 1), '2024-05-01', 'quarter').precision, 'quarter');
  });

  it('property: consecutive week ranges tile the calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 10 }), (offset, a, len) => {
        const anchor = addDays('1990-01-01', offset);
        const first = anchorWeeks(weeks(a, a + len), anchor);
        const next = anchorWeeks(weeks(a + len + 1, a + len + 1), anchor);
        assert.equal(addDays(first.end, 1), next.start);
        assert.equal(addDays(first.start, (len + 1) * 7 - 1), first.end);
      }),
    );
  });

  it('counts weeks from the year when they are year weeks, from the period otherwise (seed 004)', () => {
    assert.equal(weekAnchorWithin(quarter(1, 2024), weeks(1, 6)), '2024-01-01');
    assert.equal(weekAnchorWithin(quarter(2, 2024), weeks(14, 19)), '2024-01-01');
    assert.equal(weekAnchorWithin(quarter(4, 2024), weeks(46, 52)), '2024-01-01');
    assert.equal(weekAnchorWithin(quarter(2, 2024), weeks(1, 3)), '2024-04-01');
    assert.equal(weekAnchorWithin(quarter(1, 2025), weeks(7, 13)), '2025-01-01');
    assert.equal(weekAnchorWithin(quarter(1, 2024), weeks(30, 32)), null);
  });

  it('weeksOfMonth: week n is days 7n-6 to 7n, and the fourth runs to the month\'s end', () => {
    const month = (start: string, end: string): Extract<Period, { unit: 'date' }> => ({ unit: 'date', start, end, precision: 'month', source: 'heading' });
    const w = weeks;
    const march = month('2026-03-01', '2026-03-31');
    assert.equal(brief(weeksOfMonth(w(1, 1), march)), '2026-03-01..2026-03-07 day');
    assert.equal(brief(weeksOfMonth(w(3, 4), month('2025-11-01', '2025-11-30'))), '2025-11-15..2025-11-30 day');
    assert.equal(brief(weeksOfMonth(w(4, 4), month('2026-02-01', '2026-02-28'))), '2026-02-22..2026-02-28 day');
    assert.equal(brief(weeksOfMonth(w(5, 5), march)), '2026-03-29..2026-03-31 day');
    assert.equal(weeksOfMonth(w(6, 6), march), null);
    assert.equal(weeksOfMonth(w(1, 2), quarter(1, 2026)), null);
  });

  it('monthOnlyIn: a line that is one month and nothing else', () => {
    assert.equal(brief(monthOnlyIn('Noviembre 2025')), '2025-11-01..2025-11-30 month');
    assert.equal(brief(monthOnlyIn('**Tháng 3/2026**')), '2026-03-01..2026-03-31 month');
    assert.equal(monthOnlyIn('├── Semana 1-2: Fase 2 (Foundation)'), null);
    assert.equal(monthOnlyIn('Release in May 2025'), null);
    assert.equal(monthOnlyIn('May-June 2025'), null);
  });
});

describe('periods: timelineEntryIn', () => {
  const table: [string, string | null, string][] = [
    ['- Phase 2: Q2 2024', 'Phase 2', '2024-04-01..2024-06-30 quarter'],
    ['* **Phase 3**: Q3 2024', 'Phase 3', '2024-07-01..2024-09-30 quarter'],
    ['Week 1-3:   Enhancement & Advanced Features', 'Enhancement & Advanced Features', 'w1-3'],
    ['Week 5-7:   Advanced UI/UX & Mobile Responsiveness (Parallel)', 'Advanced UI/UX & Mobile Responsiveness', 'w5-7'],
    ['- Phase 1 (Weeks 1-3): Foundation', 'Phase 1', 'w1-3'],
    ['- M1 — 2024-05-01 → 2024-06-30', 'M1', '2024-05-01..2024-06-30 day'],
    ['2024-05-01 - 2024-06-30: Beta', 'Beta', '2024-05-01..2024-06-30 day'],
    ['- Q4 2024 – Q1 2025: Scale', 'Scale', '2024-10-01..2025-03-31 quarter'],
    ['| Phase 1 | Weeks 1-3 | Done |', 'Phase 1', 'w1-3'],
    ['| Q1 2025 | Launch |', 'Launch', '2025-01-01..2025-03-31 quarter'],
    ['| 3 | Beta | Q2 2025 |', 'Beta', '2025-04-01..2025-06-30 quarter'],
    ['- [ ] Beta: May 2024', 'Beta', '2024-05-01..2024-05-31 month'],
    // Mermaid gantt tasks.
    ['    Design :done, des1, 2024-01-06, 2024-01-08', 'Design', '2024-01-06..2024-01-08 day'],
    ['    Parser :a1, 2024-01-01, 30d', 'Parser', '2024-01-01..2024-01-30 day'],
    ['    Launch :crit, 2024-02-01, 2w', 'Launch', '2024-02-01..2024-02-14 day'],
  ];
  for (const [line, label, period] of table) {
    it(`${JSON.stringify(line)} → ${label} ${period}`, () => {
      const entry = timelineEntryIn(line);
      assert.ok(entry);
      assert.equal(entry.label, label);
      assert.equal(brief(entry.period), period);
      assert.equal(entry.period.source, 'timeline');
    });
  }

  it('returns null without a period or a label', () => {
    for (const line of ['- Phase 1: Completed', '    Tests :after a1, 20d', '    Beta :b1, 2024-02-30, 3d', 'gantt', '    section Phase 1', 'Week 1-3:', '- Q2 2024', '| Q2 2024 |', 'Last Updated: 2025-05-12', '*Last Updated: 2025-12-10*', '', '---']) {
      assert.equal(timelineEntryIn(line), null, line);
    }
  });

  it('reads the Timeline sections of the seeds', () => {
    const seed001 = readSeed('001').split(/\r?\n/);
    const start = seed001.findIndex((l) => /^## Timeline/.test(l));
    const entries001 = seed001.slice(start + 1, start + 6).map((l) => timelineEntryIn(l)).filter((e) => e !== null);
    assert.deepEqual(entries001.map((e) => `${e.label} ${brief(e.period)}`), [
      'Phase 2 2024-04-01..2024-06-30 quarter',
      'Phase 3 2024-07-01..2024-09-30 quarter',
      'Phase 4 2024-10-01..2024-12-31 quarter',
      'Phase 5 2025-01-01..2025-03-31 quarter',
    ]);
    const seed003 = readSeed('003').split(/\r?\n/);
    const overview = seed003.findIndex((l) => /^## Timeline/.test(l));
    const block = seed003.slice(overview + 1, overview + 12).map((l) => timelineEntryIn(l)).filter((e) => e !== null);
    assert.deepEqual(block.map((e) => brief(e.period)), ['w1-3', 'w4-6', 'w5-7', 'w7-9', 'w8-10', 'w10-12']);
    assert.ok(block.every((e) => !/Parallel|\(/.test(e.label)), 'notes in parentheses are not part of the label');
    // Each label is the title of the phase heading with the same weeks.
    const headings = seed003.filter((l) => /^### Phase/.test(l));
    for (const e of block) {
      const heading = headings.find((h) => brief(periodIn(h, 'heading')) === brief(e.period));
      assert.ok(heading?.includes(e.label), `${e.label} names a phase heading`);
    }
  });
});

describe('periods: long lines', () => {
  const adversarial = [
    `Week 1${' '.repeat(1990)}x`, `Duration: 3${' '.repeat(1985)}x`, `Q1${'-'.repeat(1995)}`, `2024${' -'.repeat(995)}x`,
    `${'May '.repeat(499)}2024x`, `${'2024-05-01 '.repeat(180)}`, `${'Weeks 1-3 '.repeat(199)}`, `- ${' '.repeat(1990)}x`,
    `x${' '.repeat(1990)}(Parallel)`, '1.2.3'.repeat(399), `${'Q1 '.repeat(660)}2024`, 'H'.repeat(1999),
  ];
  const fns: [string, (s: string) => unknown][] = [
    ['periodIn', (s) => periodIn(s, 'line')], ['durationWeeksIn', durationWeeksIn], ['timelineEntryIn', timelineEntryIn],
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

describe('periods: days named by month without a year', () => {
  const at = (text: string, doc: string): string => {
    const span = dateSpanOf(doc);
    return brief(findPeriod(text, 'heading', { order: span?.order ?? null, span })?.period ?? null);
  };
  const doc = '# Plan\n\nUpdated 2025-12-20\n';

  it('take the one year of the document\'s dates they fall among, across a year end too', () => {
    assert.equal(at('Sprint 1 (Jan 6-17)', doc), '2026-01-06..2026-01-17 day');
    assert.equal(at('Sprint 2 (20 – 31 janvier)', doc), '2026-01-20..2026-01-31 day');
    assert.equal(at('Sprint 0 (Dec 29 – Jan 9)', doc), '2025-12-29..2026-01-09 day');
  });

  it('need dates in the document, and a lone day only as the whole text', () => {
    assert.equal(at('Sprint 1 (Jan 6-17)', '# Plan\n'), '-');
    assert.equal(at('Release party (March 3)', doc), '-');
    assert.equal(at('Sprint 1 (Jan 6 – Jan 17, 2027)', doc), '2027-01-06..2027-01-17 day');
    assert.equal(at('Sprint 0 (Dec 29 – Jan 9, 2026)', '# Plan\n'), '2025-12-29..2026-01-09 day');
  });
});

describe('periods: labelled lines as agents and students write them', () => {
  it('reads a spelled-out duration and a label joined to another by a slash', () => {
    const doc = parseRoadmap('# R\n\n## Sprint 1: Pesquisa\n- **Duração:** uma semana  \n- **Início:** 15/09/2025  \n\n## Sprint 2: Modelagem\n- **Início:** 22/09/2025\n- **Término/Entrega:** 06/10/2025\n');
    const period = (line: number) => {
      const p = doc.sections.find((s) => s.line === line)?.period;
      return p?.unit === 'date' ? `${p.start}..${p.end}` : null;
    };
    assert.equal(period(3), '2025-09-15..2025-09-21');
    assert.equal(period(7), '2025-09-22..2025-10-06');
  });
});

describe('periods: calendar weeks', () => {
  const at = (text: string, doc = ''): string => {
    const span = dateSpanOf(doc);
    return brief(findPeriod(text, 'heading', { order: span?.order ?? null, span })?.period ?? null);
  };

  it('numbers weeks as ISO 8601 does (week 1 holds January 4th), Monday to Sunday', () => {
    assert.equal(isoWeekMonday(2026, 1), '2025-12-29');
    assert.equal(isoWeekMonday(2026, 8), '2026-02-16');
    assert.equal(isoWeekMonday(2021, 1), '2021-01-04');
    assert.equal(isoWeekMonday(2020, 53), '2020-12-28');
    assert.equal(isoWeekMonday(2021, 53), null, '2021 has 52 weeks');
    assert.equal(isoWeekMonday(2026, 0), null);
  });

  it('places "KW 8-9" and "CW 14 2025" on calendar days, the year written or taken from the document\'s dates', () => {
    const doc = '# Roadmap\n\nStand: 2026-02-17\n';
    assert.equal(at('KW 8-9 (Abschluss Hardening)', doc), '2026-02-16..2026-03-01 day');
    assert.equal(at('KW 12 (Auswertung + Priorisierung)', doc), '2026-03-16..2026-03-22 day');
    assert.equal(at('Sprint 3 (KW 10 - KW 11)', doc), '2026-03-02..2026-03-15 day');
    assert.equal(at('CW 14 2025'), '2025-03-31..2025-04-06 day');
    assert.equal(at('KW 8/2026'), '2026-02-16..2026-02-22 day');
    assert.equal(at('Release 2026-W20'), '2026-05-11..2026-05-17 day');
  });

  it('gives no period to a calendar week whose year nothing tells, nor to a week the year does not have', () => {
    assert.equal(at('KW 8-9'), '-');
    assert.equal(at('CW 53 2021'), '-');
    assert.equal(at('5 kW heater'), '-');
  });

  it('makes a calendar-week heading a plan item with the abbreviation as written', () => {
    const doc = parseRoadmap('# Roadmap\n\nStand: 2026-02-17\n\n### KW 8-9 (Hardening)\n- a\n\n### KW 12\n- b\n');
    const weeks = doc.sections.filter((s) => s.kind === 'phase');
    assert.deepEqual(weeks.map((s) => [s.id, s.word, s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null]), [
      ['KW 8-9', 'week', '2026-02-16..2026-03-01'],
      ['KW 12', 'week', '2026-03-16..2026-03-22'],
    ]);
  });
});

describe('periods: completion stamps', () => {
  it('takes a day right after ✅ or a done word for when the item finished, not for its plan period', () => {
    const doc = parseRoadmap('## Phase 1 — Audit ✅ (2026-04-24)\n## Phase 2 ✅ 2026-05-01\n## Phase 3 — Completed 2026-05-20\n## Phase 4 (2026-06-01)\n');
    assert.deepEqual(
      doc.sections.map((s) => [s.id, s.status, s.finished ?? null, s.period?.unit === 'date' ? s.period.start : null]),
      [['Phase 1', 'done', '2026-04-24', null], ['Phase 2', 'done', '2026-05-01', null], ['Phase 3', 'done', '2026-05-20', null], ['Phase 4', null, null, '2026-06-01']],
    );
  });

  it('keeps a done word that is part of a milestone\'s name ("Feature Complete") out of its status: the day is its target', () => {
    const doc = parseRoadmap('## Milestone 1: Parallel Execution Complete (2026-02-16)\n## Phase 4: 最終調整（完了: 2026-02-12）\n');
    assert.deepEqual(
      doc.sections.map((s) => [s.id, s.status, s.finished ?? null, s.period?.unit === 'date' ? s.period.start : null]),
      [['M1', null, null, '2026-02-16'], ['Phase 4', 'done', '2026-02-12', null]],
    );
  });
});

describe('periods: target lines', () => {
  it('reads a target month as that month, a target day as that day, a target quarter as that quarter; Korean and Japanese labels too', () => {
    const doc = parseRoadmap(
      ['## v0.2.0', '**목표 일자**: 2026년 1월', '## v0.3.0', '目標日: 2026年2月15日', '## v0.4.0', 'Target: March 2026', '## v0.5.0', 'Due: Q2 2026'].join('\n'),
    );
    assert.deepEqual(
      doc.sections.map((s) => (s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null)),
      ['2026-01-01..2026-01-31', '2026-02-15..2026-02-15', '2026-03-01..2026-03-31', '2026-04-01..2026-06-30'],
    );
  });
});

describe('periods: days written under a heading in weeks', () => {
  it('takes the days a Dates or Status line spells out over the weeks in the heading, and reads "50% Complete" as under way', () => {
    const doc = parseRoadmap('## Week 1-2: Foundation ✅ 50% Complete\n\n**Status**: Partially Done (2025-01-01 to 2025-01-14)\n\n## Phase 2 (Weeks 3-4)\n**Dates:** 2025-01-15 → 2025-01-28\n\n## Phase 3 (Weeks 5-6)\n- [ ] a\n');
    assert.deepEqual(
      doc.sections.map((s) => [s.status, s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : s.period ? `w${s.period.start}-${s.period.end}` : null]),
      [['in-progress', '2025-01-01..2025-01-14'], [null, '2025-01-15..2025-01-28'], ['planned', 'w5-6']],
    );
    assert.equal(doc.sections[0].provenance.period?.line, 3);
  });
});

describe('periods: day ranges with their months, and days a Duration line names', () => {
  it('reads "dom 12 oct → sáb 18 oct 2025" as those seven days, across a year end too', () => {
    const doc = parseRoadmap('# Planes\n### **Sprint #0**: dom 12 oct → sáb 18 oct 2025\n### **Sprint #11**: dom 28 dic → sáb 3 ene 2026\n');
    assert.deepEqual(doc.sections.slice(1).map((s) => (s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null)), ['2025-10-12..2025-10-18', '2025-12-28..2026-01-03']);
  });

  it('reads "🕐 Süre: Gün 1 – 14" under a sprint as its days of the plan, with the line as provenance', () => {
    const doc = parseRoadmap('## 🚀 **Sprint 1: Temel Planlama**\n\n🕐 Süre: Gün 1 – 14\n\n## Sprint 2\n\n**Duration:** Days 15-28\n');
    assert.deepEqual(doc.sections.map((s) => s.days), [{ start: 1, end: 14 }, { start: 15, end: 28 }]);
    assert.equal(doc.sections[0].provenance.period?.line, 3);
  });
});

describe('periods: a milestone\'s day without a year', () => {
  it('reads "Jalon 1: … (21 Jan - Sem 3)" as 21 January of the year the document\'s spelled-out dates are in', () => {
    const doc = parseRoadmap('# Avancement\n**Dernière mise à jour:** 8 Janvier 2026\n## Jalons\n### ✅ Jalon 0: Pilote (8 Jan)\n### Jalon 1: Production (21 Jan - Sem 3)\n### Jalon 2: Clients (4 Fév - Sem 6)\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind === 'milestone').map((s) => (s.period?.unit === 'date' ? s.period.start : null)), ['2026-01-08', '2026-01-21', '2026-02-04']);
  });

  it('leaves a lone day in a phase\'s title alone (a mention as often as a date)', () => {
    const doc = parseRoadmap('# Plan\nUpdated 8 January 2026\n## Phase 1: Setup (since 8 Jan)\n');
    assert.equal(doc.sections[1].period, null);
  });
});

describe('periods: lent by the plan around an item, or spanned by its items', () => {
  it('gives a phase filed under a quarter that quarter, as derived', () => {
    const doc = parseRoadmap('# Roadmap\n## Q1 2025 (January - March)\n### Phase 2: Discovery\n- [ ] a\n## Q2 2025\n### Phase 5: Payments (Weeks 3-4)\n');
    const p2 = doc.sections.find((s) => s.id === 'Phase 2')!;
    assert.deepEqual(p2.period?.unit === 'date' ? [p2.period.start, p2.period.end] : null, ['2025-01-01', '2025-03-31']);
    assert.equal(p2.provenance.period?.basis, 'derived');
    // Weeks of its own are its own.
    assert.equal(doc.sections.find((s) => s.id === 'Phase 5')!.period?.unit === 'date', true);
  });

  it('spans a phase over its weeks when it states only a length ("FASE 1 (3 semanas)" › "Semana 1" … "Semana 3")', () => {
    const doc = parseRoadmap('# Plan\n## FASE 1: FUNDACIÓN (3 semanas)\n### Semana 1: Setup\n### Semana 2: Auth\n### Semana 3: UI\n## FASE 2 (2 semanas)\n### Semana 4\n### Semana 5\n');
    assert.deepEqual(doc.sections.filter((s) => s.word === 'phase').map((s) => (s.period?.unit === 'week' ? [s.period.start, s.period.end] : null)), [[1, 3], [4, 5]]);
  });

  it('reads Vietnamese "Thời hạn" as the period of the section it stands in', () => {
    const doc = parseRoadmap('## Phase 1: MVP Foundation\n\n**Thời hạn**: 25/01/2026 - 15/02/2026\n');
    assert.deepEqual(doc.sections[0].period?.unit === 'date' ? [doc.sections[0].period.start, doc.sections[0].period.end] : null, ['2026-01-25', '2026-02-15']);
  });
});

describe('periods: a phase laid out in parts that name their weeks', () => {
  it('spans "### Faza 2" over "#### … (Tydzień 3)" and "#### … (Tydzień 4)"', () => {
    const doc = parseRoadmap('# R\n### Faza 2: Audit\n#### Needs Analysis (Tydzień 3)\n- [x] a\n#### Interface Design (Tydzień 4)\n- [ ] b\n');
    const p = doc.sections.find((s) => s.id === 'Faza 2')!;
    assert.deepEqual(p.period?.unit === 'week' ? [p.period.start, p.period.end] : null, [3, 4]);
    assert.equal(p.provenance.period?.basis, 'derived');
  });
});

describe('periods: months without a year, days beside weeks, shares of a whole', () => {
  it('reads "Phase 1: Foundation (Januar - Februar)" in the year of the document\'s dates', () => {
    const doc = parseRoadmap('# Timeline\n| **Projektstart** | 06.01.2026 |\n|---|---|\n\n## Phase 1: Foundation (Januar - Februar)\n## Phase 2: Development (Februar - Mai)\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind === 'phase').map((s) => (s.period?.unit === 'date' ? [s.period.start, s.period.end] : null)), [['2026-01-01', '2026-02-28'], ['2026-02-01', '2026-05-31']]);
  });

  it('takes the days over the week number in "### Week 1: Feb 10-14, 2026"', () => {
    const doc = parseRoadmap('## Upcoming\n### Week 1: Feb 10-14, 2026 (This Week)\n');
    const p = doc.sections[1].period;
    assert.deepEqual(p?.unit === 'date' ? [p.start, p.end] : null, ['2026-02-10', '2026-02-14']);
  });

  it('reads no status from a bare share of a whole in a table without a status column ("| Phase 1 | 49 | 18% |")', () => {
    const doc = parseRoadmap('# T\n## Phase 1: Foundation\n- a\n## Ressourcen\n| Phase | PT | % Gesamt |\n|---|---|---|\n| Phase 1: Foundation | 49 | 18% |\n');
    assert.equal(doc.sections.find((s) => s.id === 'Phase 1')!.status, null);
  });
});

describe('periods: months of a quarter', () => {
  it('places "### Month 2" in "## Q1 2026 (Jan - Mar)" in February 2026', () => {
    const doc = parseRoadmap('# Roadmap 2026\n## Q1 2026 (Jan - Mar)\n### Month 1: Setup\n### Month 2: Build\n### Month 4: Beyond\n');
    assert.deepEqual(doc.sections.filter((s) => s.word === 'month').map((s) => (s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null)), ['2026-01-01..2026-01-31', '2026-02-01..2026-02-28', '2026-01-01..2026-03-31']);
  });
});

describe('periods: yearless days placed by the item around them', () => {
  it('reads "#### Sprint 1-2 (Mar 11 - Apr 7)" in a phase of March–June 2026 as 2026, in a plan over 2026 and 2027', () => {
    const doc = parseRoadmap('# Plan\nKickoff 10 Mar 2026, release 20 Dec 2027.\n## FASE 1: Modelo (Marzo 2026 - Junio 2026)\n### Sprint Breakdown\n#### Sprint 1-2 (Mar 11 - Apr 7): Data Model\n## FASE 4 (Marzo 2027 - Mayo 2027)\n#### Sprint 20 (Mar 11 - Mar 24): ML\n');
    const sprints = doc.sections.filter((s) => s.word === 'sprint');
    assert.deepEqual(sprints.map((s) => (s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null)), ['2026-03-11..2026-04-07', '2027-03-11..2027-03-24']);
    assert.equal(sprints[0].provenance.period?.basis, 'derived');
  });
});

describe('periods: quarters named by a line', () => {
  it('reads "- ✅ Q2/2025: Handbuch" and a plain-text "🚀 Q4 2024 – Beta" as planned in their quarters, as headings are', () => {
    const list = parseRoadmap('# R\n## Meilensteine\n- ✅ Q2/2025: Handbuchsystem abgeschlossen\n- ⏳ Q4/2025: Energieplattform\n');
    assert.deepEqual(list.items?.map((s) => [s.id, s.status, s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null]), [
      ['Q2 2025', 'done', '2025-04-01..2025-06-30'],
      ['Q4 2025', 'planned', '2025-10-01..2025-12-31'],
    ]);
    assert.equal(list.items?.[0].provenance.period?.text, 'Q2/2025');
    const plain = parseRoadmap('Titan Roadmap\n\n🚀 Q4 2024 – Beta Completion (Current Phase)\n\nwork\n\n🚀 Q1 2025 – Insights\n\nmore\n');
    assert.deepEqual(plain.items?.map((s) => [s.id, s.period?.unit === 'date' ? s.period.start : null]), [['Q4 2024', '2024-10-01'], ['Q1 2025', '2025-01-01']]);
  });
});

describe('periods: from a table of the items the headings describe', () => {
  it('gives "## Phase 1" the weeks of "| Phase 1: Security | ~3 weeks | Weeks 1-3 |", and a progress table\'s day none', () => {
    const doc = parseRoadmap('# R\n## Phase 1: Security Hardening\ntext\n## Phase 2: Obs\ntext\n## Sizing\n| Phase | Effort | Timeline |\n|---|---|---|\n| Phase 1: Security | ~3 weeks | Weeks 1-3 |\n| Phase 2: Observability | ~3 weeks | Weeks 4-6 |\n');
    const phases = doc.sections.filter((s) => s.kind === 'phase');
    assert.deepEqual(phases.map((s) => s.period), [{ unit: 'week', start: 1, end: 3, source: 'line' }, { unit: 'week', start: 4, end: 6, source: 'line' }]);
    assert.equal(phases[0].provenance.period?.line, 9);
    const gsd = parseRoadmap('# Roadmap\n## Phase 1: Foundation\n- [x] a\n## Progress\n| Phase | Plans | Status | Completed |\n|---|---|---|---|\n| 1. Foundation | 3/3 | Complete | 2026-01-25 |\n');
    assert.equal(gsd.sections.find((s) => s.kind === 'phase')?.period, null);
  });

  it('reads "### Target: March 2026" under a release as no month of the plan', () => {
    const doc = parseRoadmap('# R\n## 🚀 v0.2.0 - Performance (Q1 2026)\n### Target: March 2026\n### 1. Prefetching\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => s.id), ['v0.2.0']);
  });
});

describe('periods: months under a dated item', () => {
  it('reads "### Q1 2025" › "#### January" as January 2025, an item of the plan, and "## Notes" › "### May" as no item', () => {
    const doc = parseRoadmap('# R\n## Release Schedule\n### Q1 2025\n#### January\n- a\n#### February - March\n- b\n## Notes\n### May\n');
    const months = doc.sections.filter((s) => s.word === 'month');
    assert.deepEqual(months.map((s) => [s.kind, s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null]), [
      ['quarter', '2025-01-01..2025-01-31'], ['quarter', '2025-02-01..2025-03-31'],
    ]);
    assert.equal(months[0].provenance.period?.basis, 'derived');
  });
});

describe('periods: day-first ranges across months, placed by the document\'s own span', () => {
  it('reads "## SEMANA 0 (25 Nov - 30 Nov)" in a document of "**Período:** 25 Nov 2024 - 15 Ene 2025" as 2024-11-25..30, and "28 Dec - 3 Jan 2025" across the year end', () => {
    const doc = parseRoadmap('# Cronograma\n**Período:** 25 Nov 2024 - 15 Ene 2025 (7 semanas)\n## SEMANA 0: PRE-PILOTO (25 Nov - 30 Nov)\n- a\n## SEMANA 1 (1-7 Dic)\n- b\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind === 'phase').map((s) => (s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null)), ['2024-11-25..2024-11-30', '2024-12-01..2024-12-07']);
    const p = findPeriod('28 Dec - 3 Jan 2025', 'heading')?.period;
    assert.deepEqual(p?.unit === 'date' ? [p.start, p.end] : null, ['2024-12-28', '2025-01-03']);
  });
});

describe('periods: quarters spelled out, and named months under them', () => {
  it('reads "## 📅 QUARTER 1: 2026 (Jan - Mar)" as Q1 2026 and "#### ✅ January: Foundation" under it as January 2026, done', () => {
    const doc = parseRoadmap('# R\n## 📅 QUARTER 1: 2026 (Jan - Mar)\n### Q1 Milestones\n#### ✅ January: Foundation\n- a\n#### March: Messaging\n- b\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status, s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null]), [
      ['Q1 2026', 'in-progress', '2026-01-01..2026-03-31'], [null, 'done', '2026-01-01..2026-01-31'], [null, null, '2026-03-01..2026-03-31'],
    ]);
  });
});

describe('periods: the day on a ticked line', () => {
  it('reads "- [x] Phase 1: Foundation — 2026-02-19" as finished that day with no planned period, and an open line\'s day as its target', () => {
    const doc = parseRoadmap('# Roadmap\n## Phases\n- [x] Phase 1: Foundation — 2026-02-19\n- [ ] Phase 2: Auth — 2026-03-01\n');
    assert.deepEqual(doc.items?.map((s) => [s.id, s.finished ?? null, s.period?.unit === 'date' ? s.period.start : null]), [['Phase 1', '2026-02-19', null], ['Phase 2', null, '2026-03-01']]);
  });
});

describe('periods: the span a section opens with', () => {
  it('reads "**Woche 1-2 | Alle Teams Setup**" first under "### Sprint 1-2" as weeks 1-2, but not "**Week 1-2: …**" when "**Week 3-4: …**" follows in the same section', () => {
    const doc = parseRoadmap('# Plan\n### Sprint 1-2: Kickoff\n\n**Woche 1-2 | Alle Teams Setup**\n\n- [ ] a\n### Sprint 3-4: Core\n\n**Weeks 3-4**\n\n- [ ] b\n### Month 2: Security\n\n**Week 5-6: Identity**\n\n- [ ] c\n\n**Week 7-8: Audit**\n\n- [ ] d\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.period?.unit === 'week' ? `${s.period.start}-${s.period.end}` : null]), [
      ['Sprint 1-2', '1-2'], ['Sprint 3-4', '3-4'], ['Month 2', null],
    ]);
    const sprint = doc.sections.find((s) => s.id === 'Sprint 1-2');
    assert.equal(sprint?.provenance.period?.line, 4);
  });

  it('does not read a single day that opens a section ("2025-03-02: kickoff held") as the section\'s period', () => {
    const doc = parseRoadmap('# Plan\n## Phase 1: Setup\n\n2025-03-02: kickoff held\n\n- [ ] a\n');
    assert.equal(doc.sections.find((s) => s.id === 'Phase 1')?.period, null);
  });
});

describe('periods: weeks counted afresh in each item', () => {
  it('gives "## Phase 4" › "### 4.1 … (Week 1-2)" and "## Phase 5" › "### 5.1 … (Week 1-2)" no plan weeks from their parts, but keeps "## Phase 1" › weeks 1-2, 3-4 beside "## Phase 2" › weeks 5-6, 7-8', () => {
    const fresh = parseRoadmap('# Plan\n## Phase 4: Memory\n### 4.1 Graph (Week 1-2)\n- a\n### 4.2 Emotion (Week 3-4)\n- b\n## Phase 5: Style\n### 5.1 Tone (Week 1-2)\n- c\n### 5.2 Reflect (Week 3-4)\n- d\n');
    assert.deepEqual(fresh.sections.filter((s) => s.level === 2).map((s) => s.period), [null, null]);
    const running = parseRoadmap('# Plan\n## Phase 1: Base\n### 1.1 A (Week 1-2)\n- a\n### 1.2 B (Week 3-4)\n- b\n## Phase 2: Next\n### 2.1 C (Week 5-6)\n- c\n### 2.2 D (Week 7-8)\n- d\n');
    assert.deepEqual(running.sections.filter((s) => s.level === 2).map((s) => (s.period?.unit === 'week' ? [s.period.start, s.period.end] : null)), [[1, 4], [5, 8]]);
  });
});

describe('periods: year-first days with slashes', () => {
  it('reads "2025/9/1" as 2025-09-01 and "2025/9/1 - 2025/10/30" as a range, and no impossible "2025/2/30"', () => {
    assert.equal(brief(findPeriod('2025/9/1', 'line')?.period ?? null), brief({ unit: 'date', start: '2025-09-01', end: '2025-09-01', precision: 'day', source: 'line' }));
    const range = findPeriod('2025/9/1 - 2025/10/30', 'line')?.period;
    assert.deepEqual(range?.unit === 'date' ? [range.start, range.end] : null, ['2025-09-01', '2025-10-30']);
    assert.equal(findPeriod('2025/2/30', 'line'), null);
  });
});

describe('periods: months written with "de"', () => {
  it('reads "## Abril de 2025" as the month of April 2025, a plan item named as written', () => {
    const doc = parseRoadmap('# Cronograma\n## Abril de 2025\n- [x] a\n## Maio de 2025\n- [ ] b\n');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'section').map((s) => [s.id, s.status, s.period?.unit === 'date' ? `${s.period.start}..${s.period.end}` : null]), [
      ['Abril de 2025', 'done', '2025-04-01..2025-04-30'], ['Maio de 2025', 'planned', '2025-05-01..2025-05-31'],
    ]);
  });
});

describe('periods: a release calendar whose title names its year', () => {
  it('reads "| **Carbide 1.0.0** | Jan 5 – Jan 16 |" under "| Release | Sprint Window |" in "# Release Calendar — 2026" as v1.0.0, 2026-01-05 to 2026-01-16, and a range across the year end into the next year', () => {
    const doc = parseRoadmap('# Release Calendar — 2026\n| Release | Sprint Window | Publish |\n|---|---|---|\n| **Carbide 1.0.0** | Jan 5 – Jan 16 | Jan 16 |\n| **Carbide 1.1.0** | Dec 28 – Jan 8 | Jan 8, 2027 |\n');
    assert.deepEqual(doc.items?.map((s) => [s.id, s.period?.unit === 'date' ? [s.period.start, s.period.end] : null]), [['v1.0.0', ['2026-01-05', '2026-01-16']], ['v1.1.0', ['2026-12-28', '2027-01-08']]]);
    const untitled = parseRoadmap('# Release Calendar\n| Release | Sprint Window | Publish |\n|---|---|---|\n| **Carbide 1.0.0** | Jan 5 – Jan 16 | Jan 16 |\n');
    assert.equal(untitled.items?.[0]?.period ?? null, null);
  });
});

describe('periods: lengths from a table of the items', () => {
  it('gives "## Phase 0" the length its row in "| Phase | Estimated Time |" states, a range its upper end, "~8+ weeks" none', () => {
    const doc = parseRoadmap('# P\n\n## Phase 0: Setup\n\n- [ ] a\n\n## Phase 1: Models (3 weeks)\n\n- [ ] b\n\n## Phase 2: Later\n\n## Summary\n\n| Phase | Estimated Time | Dependencies |\n|---|---|---|\n| Phase 0: Setup | 1-2 days | None |\n| Phase 1: Models | 3 days | Phase 0 |\n| Phase 2: Later | ~8+ weeks | Phase 1 |\n');
    const phases = doc.sections.filter((s) => s.kind === 'phase');
    // Phase 1 states its own length in its heading: the table does not override it.
    assert.deepEqual(phases.map((s) => [s.id, s.durationDays ?? null]), [['Phase 0', 2], ['Phase 1', 21], ['Phase 2', null]]);
  });
});

describe('periods: bare numbers under a week column', () => {
  it('reads "| Fase 3 — UI | 3 e 4 |" under "| Fase | Semana(s) |" as weeks 3-4 when the weeks count up the rows, as lengths never', () => {
    const weeks = parseRoadmap('# R\n\n| Fase | Semana(s) | Status |\n|---|---|---|\n| Fase 0 — Setup | 1 | ✅ |\n| Fase 1 — UI | 2 | ✅ |\n| Fase 2 — Dash | 3 e 4 | 🔜 |\n');
    assert.deepEqual((weeks.items ?? []).map((s) => [s.id, s.period]), [
      ['Fase 0', { unit: 'week', start: 1, end: 1, source: 'line' }],
      ['Fase 1', { unit: 'week', start: 2, end: 2, source: 'line' }],
      ['Fase 2', { unit: 'week', start: 3, end: 4, source: 'line' }],
    ]);
    // "| 1. Fundamentos | 2-3 |", "| 2. POO | 4-6 |", "| 3. Core | 3-4 |": how many weeks each takes, not which.
    const lengths = parseRoadmap('# R\n\n| Fase | Semanas |\n|---|---|\n| Fase 1 | 2-3 |\n| Fase 2 | 4-6 |\n| Fase 3 | 3-4 |\n');
    assert.deepEqual((lengths.items ?? []).map((s) => s.period), [null, null, null]);
  });
});
