import assert from 'node:assert/strict';
import { dependenciesIn, priorityIn, sectionKind, statusIn, statusLineIn } from '../../src/core/classify';

describe('classify', () => {
  it('names phases, milestones and quarters', () => {
    assert.deepEqual(sectionKind('Phase 2: Core Features'), { kind: 'phase', id: 'Phase 2' });
    assert.deepEqual(sectionKind('M0: Foundations'), { kind: 'milestone', id: 'M0' });
    assert.deepEqual(sectionKind('Q3 2024: Integration'), { kind: 'quarter', id: 'Q3 2024' });
    assert.deepEqual(sectionKind('4. Development Phases'), { kind: 'section', id: null });
  });

  it('reads status markers but not words in titles', () => {
    assert.equal(statusIn('Phase 1: Foundation (Completed)'), 'done');
    assert.equal(statusIn('Phase 2: Core Features (In Progress)'), 'in-progress');
    assert.equal(statusIn('Done criteria'), null);
    assert.equal(statusIn('Planning'), null);
    assert.equal(statusLineIn('**Status**: In progress'), 'in-progress');
  });

  it('reads dependencies and priority', () => {
    assert.deepEqual(dependenciesIn('**Dependencies:** None (first milestone)'), []);
    assert.deepEqual(dependenciesIn('**Dependencies:** M1, M2'), ['M1', 'M2']);
    assert.deepEqual(dependenciesIn('Depends on Phase 1 and Phase 2'), ['Phase 1', 'Phase 2']);
    assert.equal(dependenciesIn('- Core dependencies installation'), null);
    assert.equal(priorityIn('**Priority**: High'), 'High');
  });
});
