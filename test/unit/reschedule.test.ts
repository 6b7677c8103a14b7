import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/edit/edits';
import { periodWords, reschedule, rewritePeriodWords, snapToUnit, writePeriod } from '../../src/core/edit/reschedule';
import { addDays, findPeriod } from '../../src/core/language/periods';
import { parseRoadmap } from '../../src/core/parse/parse';
import { corpusFiles, seedText } from './helpers/corpus';

function sectionIndex(text: string, title: string): number {
  const i = parseRoadmap(text).sections.findIndex((s) => s.title.startsWith(title));
  assert.ok(i >= 0, `no section ${title}`);
  return i;
}

describe('reschedule: period words rewritten in their own style', () => {
  const cases: [string, number, number, string | null][] = [
    ['Weeks 4-6', 1, 1, 'Weeks 5-7'],
    ['Week 5–7', -1, 0, 'Week 4–7'],
    ['Week 5', 0, 1, 'Weeks 5-6'],
    ['W1-W3', 2, 2, 'W3-W5'],
    ['Q2 2024', 1, 1, 'Q3 2024'],
    ['Q4 2024', 1, 1, 'Q1 2025'],
    ['2024 Q2', 1, 1, '2024 Q3'],
    ['Q1-Q2 2024', 1, 1, 'Q2-Q3 2024'],
    ['Q3-Q4 2024', 1, 1, 'Q4 2024 – Q1 2025'],
    ['Q2 2024', 0, 1, 'Q2-Q3 2024'],
    ['Q4 2024 – Q1 2025', 1, 1, 'Q1–Q2 2025'],
    ['H1 2025', 1, 1, 'H2 2025'],
    ['May 2024', 1, 1, 'June 2024'],
    ['Dec 2024', 1, 1, 'Jan 2025'],
    ['May–June 2024', 1, 1, 'June–July 2024'],
    ['2024-05-01 → 2024-06-30', 7, 7, '2024-05-08 → 2024-07-07'],
    ['2024-05-01', 3, 3, '2024-05-04'],
    ['2024-05-01', 0, 7, '2024-05-01 → 2024-05-08'],
    ['2024–2025', 1, 1, '2025–2026'],
    ['30/05/2026', 2, 2, '01/06/2026'],
    ['November 16, 2025', 1, 1, 'November 17, 2025'],
    ['Nov 16, 2025', 20, 20, 'Dec 6, 2025'],
    // Read, but not ours to rewrite: a month name in another language stays as the author wrote it.
    ['Maio 2025', 1, 1, null],
  ];
  for (const [words, start, end, expected] of cases) {
    it(`${words} moved ${start}/${end} → ${expected}`, () => {
      const found = findPeriod(words, 'line');
      assert.ok(found, words);
      assert.equal(rewritePeriodWords(words.slice(found.index, found.end), found.period, start, end), expected);
    });
  }

  it('snaps a drag in days to the words\' unit', () => {
    assert.equal(snapToUnit(8, 'week'), 1);
    assert.equal(snapToUnit(3, 'week'), 0);
    assert.equal(snapToUnit(80, 'quarter'), 1);
    assert.equal(snapToUnit(-40, 'month'), -1);
  });
});

describe('reschedule: one edit over the period\'s words only', () => {
  it('seed 003: Phase 2 moved one week changes "(Weeks 4-6)" to "(Weeks 5-7)" and nothing else', () => {
    const text = seedText('003');
    const doc = parseRoadmap(text);
    const index = sectionIndex(text, 'Phase 2');
    const result = reschedule(text, doc, index, snapToUnit(7, 'week'), snapToUnit(7, 'week'));
    assert.ok(result.ok);
    const after = applyEdits(text, [result.edit]);
    assert.equal(result.edit.length, 'Weeks 4-6'.length);
    assert.equal(after, text.replace('(Weeks 4-6)', '(Weeks 5-7)'));
    assert.equal(parseRoadmap(after).sections[index].period?.start, 5);
  });

  it('moves a quarter heading, a period line and a Timeline list entry', () => {
    const text = [
      '# Plan',
      '## Phase 1: Core (Q2 2024)',
      '- [ ] a',
      '## Phase 2: Polish',
      '**Timeline:** 2024-07-01 → 2024-08-15',
      '- [ ] b',
      '## Phase 3: Launch',
      '- [ ] c',
      '## Timeline',
      '- Phase 3: Q4 2024',
      '',
    ].join('\n');
    const doc = parseRoadmap(text);
    const moved = (title: string, s: number, e: number) => {
      const r = reschedule(text, doc, sectionIndex(text, title), s, e);
      assert.ok(r.ok, title);
      return applyEdits(text, [r.edit]);
    };
    assert.equal(moved('Phase 1', 1, 1), text.replace('(Q2 2024)', '(Q3 2024)'));
    assert.equal(moved('Phase 2', 14, 14), text.replace('2024-07-01 → 2024-08-15', '2024-07-15 → 2024-08-29'));
    assert.equal(moved('Phase 3', 0, 1), text.replace('- Phase 3: Q4 2024', '- Phase 3: Q4 2024 – Q1 2025'));
  });

  it('a section with no period, or only an estimate, has no words to move', () => {
    const text = '# Plan\n## Phase 1: Core\nEstimated Duration: 3 weeks\n- [ ] a\n## Phase 2\n- [ ] b\n';
    const doc = parseRoadmap(text);
    assert.deepEqual(reschedule(text, doc, sectionIndex(text, 'Phase 1'), 1, 1), { ok: false, reason: 'no-period' });
    assert.equal(periodWords(text, doc, doc.sections[sectionIndex(text, 'Phase 2')]), null);
  });

  it('writes a missing period in the style most headings use', () => {
    const text = '# Plan\n## Phase 1: Core (Weeks 1-2)\n## Phase 2: API (Weeks 3-4)\n## Phase 3: Docs ##\n## Q3 2024\n';
    const doc = parseRoadmap(text);
    const edit = writePeriod(text, doc, sectionIndex(text, 'Phase 3'), { weeks: [5, 6] });
    assert.equal(applyEdits(text, [edit]), text.replace('## Phase 3: Docs ##', '## Phase 3: Docs (Weeks 5-6) ##'));
    const quarterly = '# Plan\n## Q1 2025: Core\n## Q2 2025: API\n## Launch\n';
    const e2 = writePeriod(quarterly, parseRoadmap(quarterly), sectionIndex(quarterly, 'Launch'), { days: ['2025-07-01', '2025-09-30'] });
    assert.equal(applyEdits(quarterly, [e2]), quarterly.replace('## Launch', '## Launch (Q3 2025)'));
  });

  it('corpus: every stated period moved one unit reads back as that period moved one unit, and only its words change', () => {
    const months: Record<string, number> = { month: 1, quarter: 3, half: 6, year: 12 };
    const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
    let moved = 0;
    for (const { name, text } of corpusFiles()) {
      const doc = parseRoadmap(text);
      for (const s of doc.sections) {
        const words = periodWords(text, doc, s);
        if (!words) continue;
        const result = reschedule(text, doc, s.index, 1, 1);
        if (!result.ok) continue;
        const label = `${name}: ${s.title}`;
        assert.equal(result.edit.offset, words.start, label);
        assert.equal(result.edit.length, words.end - words.start, label);
        const again = findPeriod(result.text, words.period.source);
        if (!again && words.unit === 'day' && s.period?.unit === 'date') {
          // "01/04/2026" alone is ambiguous; the document's other days settle the order, as they did for the original.
          const reread = parseRoadmap(applyEdits(text, [result.edit])).sections[s.index].period;
          assert.deepEqual([reread?.start, reread?.end], [addDays(s.period.start, 1), addDays(s.period.end, 1)], label);
          moved++;
          continue;
        }
        assert.ok(again, label);
        const before = words.period;
        const after = again.period;
        if (before.unit === 'week' || after.unit === 'week') {
          assert.deepEqual([after.start, after.end], [Number(before.start) + 1, Number(before.end) + 1], label);
        } else if (words.unit === 'day') {
          assert.deepEqual([after.start, after.end], [addDays(before.start, 1), addDays(before.end, 1)], label);
        } else {
          const step = months[words.unit];
          assert.deepEqual([monthIndex(after.start) - monthIndex(before.start), monthIndex(after.end) - monthIndex(before.end)], [step, step], label);
        }
        moved++;
      }
    }
    assert.ok(moved > 0);
  });
});
