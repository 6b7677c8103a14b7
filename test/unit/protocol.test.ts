import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isHostMessage, isTimelineWebviewState, isWebviewMessage } from '../../src/shared/protocol';

describe('protocol guards', () => {
  it('accepts a pin message only with a boolean', () => {
    assert.equal(isWebviewMessage({ type: 'pin', pinned: true }), true);
    assert.equal(isWebviewMessage({ type: 'pin', pinned: 'yes' }), false);
  });

  it('accepts every well-formed webview message', () => {
    for (const m of [{ type: 'ready' }, { type: 'reveal', line: 1 }, { type: 'reveal', line: 9000 }, { type: 'exportSvg' }, { type: 'rendered', version: 3, rows: 6 }, { type: 'rendered', version: 3, rows: 6, paintedAt: 1_796_000_000_000 }]) {
      assert.equal(isWebviewMessage(m), true, JSON.stringify(m));
    }
  });

  it('rejects unknown types, wrong shapes and impossible lines', () => {
    const bad: unknown[] = [
      null, undefined, 0, 'ready', [], [{ type: 'ready' }], {}, { type: 'READY' }, { type: 'toggle', line: 3 }, { type: '__proto__' },
      { type: 'reveal' }, { type: 'reveal', line: 0 }, { type: 'reveal', line: -4 }, { type: 'reveal', line: 1.5 },
      { type: 'reveal', line: '7' }, { type: 'reveal', line: Number.NaN }, { type: 'reveal', line: Infinity }, { type: 'reveal', line: 2 ** 60 },
      { type: 'rendered', version: 1 }, { type: 'rendered', version: -1, rows: 2 }, { type: 'rendered', version: 1, rows: 2, paintedAt: 'now' }, { type: 'rendered', version: 1, rows: 2, paintedAt: Number.NaN },
    ];
    for (const m of bad) assert.equal(isWebviewMessage(m), false, String(JSON.stringify(m)));
  });

  it('property: a message that passes the guard has a known type and, for reveal, a positive integer line', () => {
    fc.assert(fc.property(fc.anything(), fc.record({ type: fc.constantFrom('ready', 'reveal', 'exportSvg', 'rendered', 'other'), line: fc.anything(), version: fc.anything(), rows: fc.anything() }), (a, b) => {
      for (const m of [a, b]) {
        if (!isWebviewMessage(m)) continue;
        assert.ok(['ready', 'reveal', 'exportSvg', 'rendered'].includes(m.type));
        if (m.type === 'reveal') assert.ok(Number.isSafeInteger(m.line) && m.line >= 1);
      }
    }));
  });

  it('accepts a mode switch only with a boolean, and a reveal in a workspace chart only with a whole file index', () => {
    assert.equal(isWebviewMessage({ type: 'mode', workspace: true }), true);
    assert.equal(isWebviewMessage({ type: 'mode', workspace: 'on' }), false);
    assert.equal(isWebviewMessage({ type: 'mode' }), false);
    assert.equal(isWebviewMessage({ type: 'reveal', line: 3, file: 0 }), true);
    for (const file of [-1, 0.5, '1', null, Number.NaN, 2 ** 60]) assert.equal(isWebviewMessage({ type: 'reveal', line: 3, file }), false, String(file));
  });

  it('checks a workspace chart before the webview draws it', () => {
    const layout = { title: '', axis: { mode: 'none', unit: 'week', start: '', end: '', days: 0, ticks: [] }, rows: [], lane: [], arrows: [], unscheduled: 0 };
    const group = { fileName: 'web/ROADMAP.md', uri: 'file:///r/web/ROADMAP.md', layout };
    assert.equal(isHostMessage({ type: 'workspace', uri: 'file:///r/web/ROADMAP.md', groups: [group, group], version: 2, words: { lane: 'Lane' } }), true);
    assert.equal(isHostMessage({ type: 'workspace', uri: 'file:///r/web/ROADMAP.md', groups: [], version: 0 }), true);
    assert.equal(isHostMessage({ type: 'workspace', uri: 'file:///r/web/ROADMAP.md', groups: [{ ...group, layout: { ...layout, rows: 'x' } }], version: 1 }), false);
    assert.equal(isHostMessage({ type: 'workspace', uri: 'file:///r/web/ROADMAP.md', groups: [{ ...group, fileName: 3 }], version: 1 }), false);
    assert.equal(isHostMessage({ type: 'workspace', uri: 'file:///r/web/ROADMAP.md', groups: [group], version: -1 }), false);
    assert.equal(isHostMessage({ type: 'workspace', uri: 'file:///r/web/ROADMAP.md', groups: {}, version: 1 }), false);
    assert.equal(isHostMessage({ type: 'workspace', groups: [group], version: 1 }), false);
    assert.equal(isHostMessage({ type: 'workspace', uri: 'file:///r/web/ROADMAP.md', groups: [group], version: 1, words: { lane: 1 } }), false);
  });

  it('checks host messages before the webview draws them', () => {
    const layout = { title: '', axis: { mode: 'week', unit: 'week', start: 'W1', end: 'W1', days: 7, ticks: [] }, rows: [], lane: [], arrows: [], unscheduled: 0 };
    assert.equal(isHostMessage({ type: 'layout', layout, fileName: 'ROADMAP.md', uri: 'file:///r/ROADMAP.md', version: 1 }), true);
    assert.equal(isHostMessage({ type: 'layout', layout: { ...layout, rows: 'x' }, fileName: 'a', uri: 'b', version: 1 }), false);
    assert.equal(isHostMessage({ type: 'layout', layout, fileName: 'a', uri: 'b' }), false);
    assert.equal(isHostMessage({ type: 'layout', layout: { ...layout, lane: undefined }, fileName: 'a', uri: 'b', version: 1 }), false);
    assert.equal(isHostMessage({ type: 'layout', layout, fileName: 'a', uri: 'b', version: 1, words: { lane: 'Lane' }, follows: false }), true);
    assert.equal(isHostMessage({ type: 'layout', layout, fileName: 'a', uri: 'b', version: 1, words: { lane: 3 } }), false);
    assert.equal(isHostMessage({ type: 'empty', reason: 'no-roadmap' }), true);
    assert.equal(isHostMessage({ type: 'empty', reason: 'whatever' }), false);
    assert.equal(isHostMessage({ type: 'script', code: 'alert(1)' }), false);
  });

  it('accepts only complete saved webview states', () => {
    assert.equal(isTimelineWebviewState({ uri: 'file:///a', zoom: 1.5, scrollLeft: 0, scrollTop: 20 }), true);
    assert.equal(isTimelineWebviewState({ uri: 'file:///a', zoom: 0, scrollLeft: 0, scrollTop: 0 }), false);
    assert.equal(isTimelineWebviewState({ zoom: 1, scrollLeft: 0, scrollTop: 0 }), false);
    assert.equal(isTimelineWebviewState(undefined), false);
  });
});
