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
});
