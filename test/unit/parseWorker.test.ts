import assert from 'node:assert/strict';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import type { RoadmapDocument } from '../../src/core/model';
import { applyModelDelta, deltaSize, modelDelta, shiftBetween } from '../../src/core/parse/delta';
import { parseRoadmap, RoadmapParser } from '../../src/core/parse/parse';
import { inProcessParserWorker } from '../../src/host/parse/inProcessParserWorker';
import { lineReadDocument } from '../../src/core/parse/lineRead';
import { ParseClient, type ParseResult, type ParserWorker } from '../../src/host/parse/parseClient';
import type { ParseReply, TextChange } from '../../src/host/parse/parseProtocol';
import { corpusFiles, seedText } from './helpers/corpus';
import { applyEdit, documentText, edit, generateRoadmap } from './helpers/generate';

/** Key order aside (a delta rebuilds objects with their fields in another order), the same model. */
const json = (doc: RoadmapDocument): string => JSON.stringify(sortKeys(doc));

function sortKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (x === null || typeof x !== 'object') return x;
  return Object.fromEntries(Object.keys(x).sort().map((k) => [k, sortKeys((x as Record<string, unknown>)[k])]));
}

/** The parser worker as the extension starts it, but from the TypeScript source (tsx), so no build is needed. */
function threadWorker(): ParserWorker {
  // Node 20 workers ignore `--import tsx` for their entry: register tsx's CommonJS hook inside the worker instead.
  const entry = path.resolve(__dirname, '../../src/host/parse/parseWorkerNode.ts');
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true });
  return {
    postMessage: (r) => worker.postMessage(r),
    onMessage: (l) => worker.on('message', (m: ParseReply) => l(m)),
    onFailure: (l) => worker.on('error', l),
    terminate: () => void worker.terminate(),
  };
}

/** A client over `createWorker` whose results a test can await, and whose documents' texts it can edit. */
function harness(createWorker: () => ParserWorker, budgetMs?: (n: number) => number) {
  const texts = new Map<string, { version: number; text: string }>();
  const results: ParseResult[] = [];
  let waiting: Array<{ test: (r: ParseResult) => boolean; resolve: (r: ParseResult) => void }> = [];
  const replies: string[] = [];
  const client = new ParseClient({
    createWorker: () => {
      const w = createWorker();
      return { ...w, onMessage: (l) => w.onMessage((m) => (replies.push(m.type), l(m))) };
    },
    onResult: (r) => {
      results.push(r);
      const hit = waiting.filter((w) => w.test(r));
      waiting = waiting.filter((w) => !w.test(r));
      for (const w of hit) w.resolve(r);
    },
    currentText: (id) => texts.get(id),
    ...(budgetMs ? { budgetMs } : {}),
  });
  const result = (test: (r: ParseResult) => boolean, ms = 30_000): Promise<ParseResult> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no parse result in time')), ms);
      waiting.push({ test, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  /** Opens `id` with `text` as version 1. */
  const open = (id: string, text: string) => {
    texts.set(id, { version: 1, text });
    client.setText(id, 1, text, true);
  };
  /** One keystroke-like change, as VS Code reports it; `parse` asks for a model at once. */
  const type = (id: string, change: TextChange, parse = false) => {
    const cur = texts.get(id)!;
    const text = cur.text.slice(0, change.offset) + change.text + cur.text.slice(change.offset + change.length);
    texts.set(id, { version: cur.version + 1, text });
    client.change(id, cur.version + 1, cur.version, [change], text.length, parse);
    return cur.version + 1;
  };
  const textOf = (id: string) => texts.get(id)!.text;
  return { client, results, replies, result, open, type, textOf, texts };
}

describe('model deltas', function () {
  this.timeout(120_000);

  it('rebuild the new model from the old one after random edits of generated documents', () => {
    fc.assert(
      fc.property(documentText, fc.array(edit, { minLength: 1, maxLength: 4 }), (start, edits) => {
        let text = start;
        let model = parseRoadmap(text);
        for (const e of edits) {
          const next = applyEdit(text, e);
          const nextModel = parseRoadmap(next);
          const delta = modelDelta(model, nextModel, shiftBetween(text, next));
          assert.equal(json(applyModelDelta(structuredClone(model), structuredClone(delta))), json(nextModel));
          text = next;
          model = nextModel;
        }
      }),
      { numRuns: Number(process.env.GENERATED_RUNS ?? 150) },
    );
  });

  it('rebuild the new model after random edits of every corpus roadmap', () => {
    const files = corpusFiles();
    fc.assert(
      fc.property(fc.constantFrom(...files), edit, (file, e) => {
        const before = parseRoadmap(file.text);
        const text = applyEdit(file.text, e);
        const after = parseRoadmap(text);
        const delta = modelDelta(before, after, shiftBetween(file.text, text));
        assert.equal(json(applyModelDelta(before, delta)), json(after), file.name);
      }),
      { numRuns: Math.max(60, files.length) },
    );
  });

  it('carry only the edited task and what rolls it up after a keystroke in a 10k-task roadmap', () => {
    const text = generateRoadmap(10_000);
    const before = parseRoadmap(text);
    const task = before.tasks[5000];
    const at = text.indexOf('\n', task.offset);
    const next = text.slice(0, at) + ' more' + text.slice(at);
    const after = parseRoadmap(next);
    const delta = modelDelta(before, after, shiftBetween(text, next));
    assert.equal(json(applyModelDelta(before, delta)), json(after));
    // The task itself (its text changed), its parents, its section and the sections above it: a handful, not 10k.
    assert.ok(deltaSize(delta) <= 10, `delta carries ${deltaSize(delta)} elements`);
    const rebuilt = applyModelDelta(before, delta);
    assert.equal(rebuilt.tasks[0], before.tasks[0], 'elements before the edit keep their identity');
  });

  it('shift the positions after an inserted line instead of resending them', () => {
    const text = generateRoadmap(2_000);
    const before = parseRoadmap(text);
    // A sibling of a task without subtasks, indented as it is, so no one's parent changes.
    const task = before.tasks.find((t) => t.index >= 100 && t.children.length === 0)!;
    const lineStart = text.lastIndexOf('\n', task.offset) + 1;
    const at = text.indexOf('\n', task.offset) + 1;
    const next = text.slice(0, at) + text.slice(lineStart, task.offset) + ' ] inserted\n' + text.slice(at);
    const after = parseRoadmap(next);
    const delta = modelDelta(before, after, shiftBetween(text, next));
    assert.equal(json(applyModelDelta(before, delta)), json(after));
    assert.ok(deltaSize(delta) < 20, `delta carries ${deltaSize(delta)} of ${after.tasks.length + after.sections.length} elements`);
  });
});

describe('line scan model', () => {
  it('finds the sections and tasks of the seeds as the parser does', () => {
    for (const prefix of ['000', '001', '003']) {
      const text = seedText(prefix);
      const scanned = lineReadDocument(text);
      const parsed = parseRoadmap(text);
      assert.deepEqual(scanned.sections.map((s) => [s.line, s.title]), parsed.sections.map((s) => [s.line, s.title]), prefix);
      assert.deepEqual(scanned.tasks.map((t) => [t.line, t.offset, t.checked]), parsed.tasks.map((t) => [t.line, t.offset, t.checked]), prefix);
      assert.deepEqual(scanned.progress, parsed.progress);
      assert.deepEqual(scanned.partial?.ranges.map((r) => r.cause), ['time'], 'the whole document, marked read by the line reader');
      assert.equal(scanned.partial?.ranges[0].line, 1);
    }
  });
});

for (const [name, createWorker] of [['a worker thread', threadWorker], ['in process', inProcessParserWorker]] as const) {
  describe(`parser worker protocol (${name})`, function () {
    this.timeout(60_000);
    let h: ReturnType<typeof harness>;
    afterEach(() => h.client.dispose());

    it('answers a text with its model, then keystrokes with deltas that rebuild the same model', async () => {
      h = harness(createWorker);
      const text = seedText('001');
      h.open('a', text);
      const first = await h.result((r) => r.id === 'a' && r.version === 1);
      assert.equal(json(first.model), json(parseRoadmap(text)));
      assert.equal(first.delta, undefined, 'the first model comes whole');

      // Type a new task at the end of a section, one character at a time, parsing after the last.
      const model = first.model;
      const at = text.indexOf('\n', model.tasks[3].offset) + 1;
      const typed = '- [ ] typed in the worker test\n';
      let version = 1;
      for (let i = 0; i < typed.length; i++) version = h.type('a', { offset: at + i, length: 0, text: typed[i] });
      h.client.parse('a', version, h.textOf('a').length);
      const after = await h.result((r) => r.id === 'a' && r.version === version);
      assert.equal(json(after.model), json(parseRoadmap(h.textOf('a'))));
      assert.ok(after.delta, 'a keystroke is answered with a delta');
      assert.equal(after.model.tasks.length, model.tasks.length + 1);
      assert.ok((after.stats?.sent ?? Infinity) < 10, `sent ${after.stats?.sent} elements`);
    });

    it('patches a checkbox toggle without parsing', async () => {
      h = harness(createWorker);
      const text = seedText('001');
      h.open('t', text);
      const first = await h.result((r) => r.version === 1);
      const task = first.model.tasks.find((t) => !t.checked)!;
      const v = h.type('t', { offset: task.offset, length: 1, text: 'x' }, true);
      const toggled = await h.result((r) => r.version === v);
      assert.equal(toggled.stats?.how, 'toggle');
      assert.equal(toggled.model.tasks[task.index].checked, true);
      assert.equal(json(toggled.model), json(parseRoadmap(h.textOf('t'))));
    });

    it('renames the model of a text it already parsed instead of parsing it again (read from disk, then opened)', async () => {
      h = harness(createWorker);
      const text = seedText('001');
      h.open('d', text);
      const first = await h.result((r) => r.id === 'd' && r.version === 1);
      // The editor's version 7 of the same text: no reply, no parse; the next keystroke builds on version 7.
      assert.equal(h.client.relabel('d', 1, 7), true);
      assert.equal(h.client.relabel('d', 1, 8), false, 'only the version the worker holds can be renamed');
      h.texts.set('d', { version: 7, text });
      const task = first.model.tasks.find((t) => !t.checked)!;
      const v = h.type('d', { offset: task.offset, length: 1, text: 'x' }, true);
      const toggled = await h.result((r) => r.id === 'd' && r.version === v);
      assert.equal(v, 8);
      assert.equal(toggled.stats?.how, 'toggle', 'the renamed model is the base of the patch: nothing was parsed again');
      assert.equal(json(toggled.model), json(parseRoadmap(h.textOf('d'))));
      assert.equal(h.results.filter((r) => r.id === 'd').length, 2);
    });

    it('answers a text back to the one of the model it sent (an undo, a revert) with that model, unparsed', async () => {
      h = harness(createWorker);
      const text = seedText('001');
      h.open('u', text);
      const first = await h.result((r) => r.id === 'u' && r.version === 1);
      h.type('u', { offset: 10, length: 0, text: 'z' });
      const back = h.type('u', { offset: 10, length: 1, text: '' });
      h.client.parse('u', back, h.textOf('u').length);
      const same = await h.result((r) => r.id === 'u' && r.version === back);
      assert.equal(same.stats?.how, 'same');
      assert.equal(json(same.model), json(first.model));
      // A real change after it is parsed again, from the same base.
      const v = h.type('u', { offset: h.textOf('u').length, length: 0, text: '\n- [ ] after the undo\n' });
      h.client.parse('u', v, h.textOf('u').length);
      const after = await h.result((r) => r.id === 'u' && r.version === v);
      assert.equal(after.stats?.how, 'parse');
      assert.equal(json(after.model), json(parseRoadmap(h.textOf('u'))));
    });

    it('sends the whole text again when the worker lacks the base of a change', async () => {
      h = harness(createWorker);
      h.open('r', '# R\n\n- [ ] one\n');
      await h.result((r) => r.version === 1);
      // Changes from a version the worker never had (a missed event): the client sends the document's text instead.
      h.texts.set('r', { version: 8, text: '# R\n\n- [ ] one\n- [x] two\n' });
      h.client.change('r', 8, 5, [{ offset: 0, length: 0, text: 'junk that does not match' }], 30, true);
      const r = await h.result((x) => x.version === 8);
      assert.equal(r.model.tasks.length, 2, 'the model is of the text the host holds');
    });

    it('keeps a parse that overruns its budget from holding anything: a fresh worker line-scans, marked partial', async () => {
      // Budget 0 ms for big texts: any parse of this one overruns.
      h = harness(createWorker, (n) => (n > 100_000 ? 0 : 60_000));
      const big = generateRoadmap(5_000);
      h.open('big', big);
      const r = await h.result((x) => x.id === 'big' && x.version === 1);
      assert.equal(r.partial, true);
      assert.equal(r.model.tasks.length, parseRoadmap(big).tasks.length, 'the line scan finds the tasks');
      assert.ok(h.client.restarts >= 2, 'the worker was stopped and started again');
      // Other documents still parse in the new worker.
      h.open('small', seedText('001'));
      const small = await h.result((x) => x.id === 'small');
      assert.equal(small.partial, false);
      assert.equal(json(small.model), json(parseRoadmap(seedText('001'))));
    });
  });
}

describe('RoadmapParser used by the worker', () => {
  it('keeps its cache when a sliced parse is abandoned', () => {
    const parser = new RoadmapParser();
    const text = generateRoadmap(1_000);
    parser.parse(text);
    const run = parser.parseInSlices(text + '\n- [ ] more\n', 0);
    run.next();
    run.return(parseRoadmap(''));
    parser.parse(text);
    assert.equal(parser.stats.parsed, 0, 'no section parsed again');
  });
});
