import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gitVersions } from '../../src/cli/gitVersions';
import { nodeIo, type CliIo } from '../../src/cli/cliIo';
import { run } from '../../src/cli/main';
import { buildHistory, HistoryTracker, type RoadmapHistory } from '../../src/core/history/history';
import { TempRepo } from './helpers/gitRepo';
import { parseRoadmap } from '../../src/core/parse/parse';
import { historyVersions } from '../bench/historyBench';

const v1 = `# Plan

## Phase 1: Setup (2026-03-02 → 2026-03-13)
- [ ] Set up CI
- [ ] Write parser

## Phase 2: Features (2026-03-16 → 2026-03-27)
- [ ] Add login page
- [ ] Export reports
`;
const v2 = v1.replace('- [ ] Set up CI', '- [x] Set up CI');
// Ticks one task, rewords another and swaps the order of Phase 2.
const v3 = v2
  .replace('- [ ] Write parser', '- [x] Write parser')
  .replace('- [ ] Add login page\n- [ ] Export reports', '- [ ] Export reports\n- [ ] Add the login page (OAuth)');
// Reopens the parser and adds a task.
const v4 = v3.replace('- [x] Write parser', '- [ ] Write parser').replace('- [ ] Export reports\n', '- [ ] Export reports\n- [ ] Document the API\n');
const v6 = v4.replace('- [ ] Write parser', '- [x] Write parser').replace('- [ ] Add the login page (OAuth)', '- [x] Add the login page (OAuth)');
const v7 = v6.replace('- [ ] Export reports', '- [x] Export reports');

/** The scenario's repository: ROADMAP.md from 2 to 12 March, renamed to docs/ROADMAP.md on the 16th. */
function buildRepo(): { repo: TempRepo; commits: string[] } {
  const repo = new TempRepo();
  const commits = [
    repo.commit('ROADMAP.md', v1, '2026-03-02'),
    repo.commit('ROADMAP.md', v2, '2026-03-05T23:30:00+02:00', 'Bob'),
    repo.commit('ROADMAP.md', v3, '2026-03-10'),
    repo.commit('ROADMAP.md', v4, '2026-03-12'),
  ];
  repo.write('README.md', 'unrelated\n');
  repo.git(['add', 'README.md']);
  repo.commitStaged('2026-03-14');
  fs.mkdirSync(path.join(repo.dir, 'docs'));
  repo.git(['mv', 'ROADMAP.md', 'docs/ROADMAP.md']);
  commits.push(repo.commitStaged('2026-03-16'));
  commits.push(repo.commit('docs/ROADMAP.md', v6, '2026-03-18', 'Cy'));
  commits.push(repo.commit('docs/ROADMAP.md', v7, '2026-03-30'));
  return { repo, commits };
}

function task(h: RoadmapHistory, text: string) {
  const t = h.tasks.find((x) => x.text === text);
  assert.ok(t, `no task "${text}"`);
  return t;
}

function section(h: RoadmapHistory, title: string) {
  const s = h.sections.find((x) => x.title.startsWith(title));
  assert.ok(s, `no section "${title}"`);
  return s;
}

describe('history: a repository with dated commits', function () {
  this.timeout(60_000);
  let repo: TempRepo;
  let commits: string[];
  before(() => ({ repo, commits } = buildRepo()));
  after(() => repo.remove());

  it('reads every version through the rename, oldest first, with the author day', () => {
    const versions = gitVersions(path.join(repo.dir, 'docs/ROADMAP.md'));
    assert.deepEqual(
      versions.map((v) => v.commit),
      commits,
    );
    assert.equal(versions[0].text, v1);
    assert.equal(versions[1].date.slice(0, 10), '2026-03-05', 'the day in the author zone, not UTC');
    assert.equal(versions[1].author, 'Bob');
    assert.equal(versions[6].text, v7);
  });

  it('dates ticks, follows reorders and rewording, and keeps the last transition to done after a reopen', () => {
    const h = buildHistory(gitVersions(path.join(repo.dir, 'docs/ROADMAP.md')), { today: '2026-04-01' });
    assert.equal(h.commits, 7);
    assert.equal(h.since, '2026-03-02');
    const ci = task(h, 'Set up CI');
    assert.deepEqual([ci.addedAt, ci.doneAt, ci.commit, ci.author], ['2026-03-02', '2026-03-05', commits[1], 'Bob']);
    const parser = task(h, 'Write parser');
    assert.deepEqual([parser.doneAt, parser.commit, parser.reopenedAt, parser.reopened], ['2026-03-18', commits[5], '2026-03-12', 1]);
    const login = task(h, 'Add the login page (OAuth)');
    assert.deepEqual([login.addedAt, login.addedCommit, login.doneAt], ['2026-03-02', commits[0], '2026-03-18'], 'rewording and reordering followed');
    const exportTask = task(h, 'Export reports');
    assert.deepEqual([exportTask.addedAt, exportTask.doneAt, exportTask.commit], ['2026-03-02', '2026-03-30', commits[6]]);
    const docs = task(h, 'Document the API');
    assert.deepEqual([docs.addedAt, docs.addedCommit, docs.doneAt, docs.commit], ['2026-03-12', commits[3], null, null]);
  });

  it('gives each plan item its actual span, lateness, overdue state and projection', () => {
    const h = buildHistory(gitVersions(path.join(repo.dir, 'docs/ROADMAP.md')), { today: '2026-04-01' });
    const p1 = section(h, 'Phase 1');
    assert.deepEqual(p1.planned, { start: '2026-03-02', end: '2026-03-13' });
    assert.deepEqual(p1.actual, { start: '2026-03-05', end: '2026-03-18' });
    assert.equal(p1.lateDays, 5);
    assert.equal(p1.overdue, false);
    const p2 = section(h, 'Phase 2');
    assert.deepEqual(p2.actual, { start: '2026-03-18', end: null });
    assert.equal(p2.overdue, true);
    // Two ticks in the 15 days since the first: one open task takes 7.5 days → 9 April, 13 days after the plan.
    assert.equal(p2.projected, '2026-04-09');
    assert.equal(p2.lateDays, 13);
    const plan = section(h, 'Plan');
    assert.deepEqual(plan.actual, { start: '2026-03-05', end: null }, 'the H1 spans its subsections');
  });

  it('counts the burn-up per day, carrying days without commits', () => {
    const h = buildHistory(gitVersions(path.join(repo.dir, 'docs/ROADMAP.md')), { today: '2026-04-01' });
    const at = (date: string) => {
      const p = h.burnup.find((x) => x.date === date);
      assert.ok(p, date);
      return [p.done, p.total];
    };
    assert.equal(h.burnup[0].date, '2026-03-02');
    assert.equal(h.burnup[h.burnup.length - 1].date, '2026-04-01');
    assert.equal(h.burnup.length, 31);
    assert.deepEqual(at('2026-03-02'), [0, 4]);
    assert.deepEqual(at('2026-03-04'), [0, 4]);
    assert.deepEqual(at('2026-03-05'), [1, 4]);
    assert.deepEqual(at('2026-03-11'), [2, 4]);
    assert.deepEqual(at('2026-03-12'), [1, 5]);
    assert.deepEqual(at('2026-03-18'), [3, 5]);
    assert.deepEqual(at('2026-04-01'), [4, 5]);
    assert.ok(h.projected !== null && h.projected > '2026-04-01');
  });

  it('counts the working tree as now: a tick there is dated today, uncommitted', () => {
    const tracker = new HistoryTracker();
    for (const v of gitVersions(path.join(repo.dir, 'docs/ROADMAP.md'))) tracker.add(v);
    const nowText = v7.replace('- [ ] Document the API', '- [x] Document the API') + '- [ ] Brand new thing\n';
    const h = tracker.result({ now: { text: nowText, date: '2026-04-02' }, today: '2026-04-02' });
    const docs = task(h, 'Document the API');
    assert.deepEqual([docs.doneAt, docs.commit, docs.uncommitted], ['2026-04-02', null, 'ticked']);
    assert.equal(task(h, 'Brand new thing').uncommitted, 'added');
    assert.equal(task(h, 'Set up CI').uncommitted, null);
    // The tracker is unchanged: judging the committed text again shows no working-tree changes.
    const again = tracker.result({ now: { text: v7, date: '2026-04-02' }, today: '2026-04-02' });
    assert.equal(task(again, 'Document the API').doneAt, null);
  });

  it('roadmap history --json prints the issue\'s shape', async () => {
    const io = captureIo(repo.dir);
    const code = await run(['history', 'docs/ROADMAP.md', '--json', '--today', '2026-04-01'], io);
    assert.equal(code, 0, io.err);
    const json = JSON.parse(io.out);
    assert.equal(json.file, 'docs/ROADMAP.md');
    for (const t of json.tasks) for (const key of ['line', 'text', 'checked', 'addedAt', 'doneAt', 'commit']) assert.ok(key in t, key);
    for (const s of json.sections) for (const key of ['title', 'id', 'line', 'planned', 'actual']) assert.ok(key in s, key);
    const ci = json.tasks.find((t: { text: string }) => t.text === 'Set up CI');
    assert.deepEqual([ci.line, ci.checked, ci.doneAt, ci.commit], [4, true, '2026-03-05', commits[1]]);
    const p2 = json.sections.find((s: { title: string }) => s.title.startsWith('Phase 2'));
    assert.deepEqual([p2.id, p2.line, p2.planned, p2.actual], ['Phase 2', 7, { start: '2026-03-16', end: '2026-03-27' }, { start: '2026-03-18', end: null }]);
    assert.deepEqual(json.burnup.at(-1), { date: '2026-04-01', done: 4, total: 5 });
  });

  it('roadmap history --since keeps what changed from that day', async () => {
    const io = captureIo(repo.dir);
    assert.equal(await run(['history', 'docs/ROADMAP.md', '--json', '--since', '2026-03-18', '--today', '2026-04-01'], io), 0, io.err);
    const json = JSON.parse(io.out);
    assert.deepEqual(json.tasks.map((t: { text: string }) => t.text).sort(), ['Add the login page (OAuth)', 'Export reports', 'Write parser']);
    assert.equal(json.burnup[0].date, '2026-03-18');
  });

  it('roadmap history prints planned against actual and tick dates as text', async () => {
    const io = captureIo(repo.dir);
    assert.equal(await run(['history', 'docs/ROADMAP.md', '--today', '2026-04-01'], io), 0, io.err);
    assert.match(io.out, /^Plan \(docs\/ROADMAP\.md\)\n7 commits since 2026-03-02\n/);
    assert.match(io.out, /Phase 1: Setup .*2026-03-02 → 2026-03-13 +2026-03-05 → 2026-03-18 +finished 5 days late/);
    assert.match(io.out, /Phase 2: Features .*2026-03-16 → 2026-03-27 +2026-03-18 → … +overdue, projected 2026-04-09 \(13 days late\)/);
    assert.match(io.out, new RegExp(`\\[x\\] done 2026-03-05 ${commits[1].slice(0, 7)} +Set up CI`));
    assert.match(io.out, /\[x\] done 2026-03-18 \w{7} +Write parser {2}\(reopened 2026-03-12\)/);
    assert.match(io.out, /\[ \] open, added 2026-03-12 +Document the API/);
    assert.match(io.out, /Burn-up: 4\/5 done on 2026-04-01/);
  });
});

describe('history: no git', () => {
  it('outside a repository there are no versions and no error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-nogit-'));
    try {
      fs.writeFileSync(path.join(dir, 'ROADMAP.md'), v2);
      assert.deepEqual(gitVersions(path.join(dir, 'ROADMAP.md')), []);
      const io = captureIo(dir);
      assert.equal(await run(['history', 'ROADMAP.md', '--json', '--today', '2026-04-01'], io), 0, io.err);
      const json = JSON.parse(io.out);
      assert.equal(json.tasks.length, 4);
      assert.deepEqual(json.tasks[0], { ...json.tasks[0], checked: true, addedAt: null, doneAt: null, commit: null });
      assert.deepEqual(json.burnup, []);
      assert.equal(io.err, '');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

function captureIo(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    ...nodeIo(),
    cwd,
    out: '',
    err: '',
    stdout: { write: (s: string) => void (io.out += s), isTTY: false },
    stderr: { write: (s: string) => void (io.err += s) },
  };
  return io;
}

describe('history: commits that only tick boxes', () => {
  it('patching the last model gives the same facts as parsing every version afresh', () => {
    const versions = historyVersions(40, 400);
    const patched = buildHistory(versions);
    const fresh = new HistoryTracker();
    for (const v of versions) fresh.add(v, parseRoadmap(v.text));
    assert.deepEqual(patched, fresh.result());
    assert.ok(patched.tasks.filter((t) => t.doneAt).length > 20);
  });
});
