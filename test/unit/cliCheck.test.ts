import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeIo, type CliIo } from '../../src/cli/cliIo';
import { run } from '../../src/cli/main';
import { seedText } from './helpers/corpus';

const BROKEN = [
  '# Plan',
  '',
  '## Phases',
  '',
  '- [x] **Phase 1: Core**',
  '',
  '## Progress',
  '',
  '| Phase | Plans | Status |',
  '|---|---|---|',
  '| 1. Core | 2/2 | Complete |',
  '',
  '## Phase 1: Core',
  '',
  '- [x] parser',
  '- [ ] printer',
  '- [] docs',
  '',
  '## Phase 2: Release (Completed)',
  '',
  'Dependencies: Phase 7',
  '',
  '- [ ] publish',
  '',
].join('\n');

describe('roadmap check', () => {
  let dir: string;
  let out: string;
  let err: string;
  let io: CliIo;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-check-'));
    out = '';
    err = '';
    io = { ...nodeIo(), cwd: dir, env: {}, stdout: { write: (s: string) => void (out += s), isTTY: false }, stderr: { write: (s: string) => void (err += s) } };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };

  it('prints file:line:column, severity, code and message, and exits 1 on warnings by default', async () => {
    write('ROADMAP.md', BROKEN);
    assert.equal(await run(['check', '--today', '2024-01-01'], io), 1);
    const lines = out.trim().split('\n');
    assert.ok(lines.includes('ROADMAP.md:17:1: warning malformed-box: "- []" is not a task box: GFM reads no task here. Write "- [ ]".'), out);
    assert.ok(lines.some((l) => l.startsWith('ROADMAP.md:21:15: error unknown-dependency: "Phase 2: Release (Completed)" depends on "Phase 7"')), out);
    assert.ok(lines.some((l) => l.startsWith('ROADMAP.md:5:3: warning summary-disagrees:')), out);
    assert.ok(lines.some((l) => l.startsWith('ROADMAP.md:11:13: warning table-disagrees:')), out);
    assert.ok(lines.some((l) => l.startsWith('ROADMAP.md:19:22: warning status-contradicts-tasks:')), out);
    assert.match(lines[lines.length - 1], /^ROADMAP\.md: 6 problems \(1 error, 5 warnings\)$/);
    assert.equal(err, '');
  });

  it('exits 0 below --fail-on, with never, and on a clean roadmap', async () => {
    write('ROADMAP.md', BROKEN);
    assert.equal(await run(['check', '--fail-on', 'never', '--today', '2024-01-01'], io), 0);
    assert.equal(await run(['check', '--fail-on', 'error', '--severity', 'unknown-dependency=warning', '--today', '2024-01-01'], io), 0);
    assert.equal(await run(['check', '--fail-on', 'error', '--today', '2024-01-01'], io), 1);
    write('clean.md', seedText('000'));
    out = '';
    assert.equal(await run(['check', 'clean.md', '--today', '2024-01-01'], io), 0);
    assert.equal(out, 'clean.md: no problems\n');
  });

  it('turns rules off and changes severities with --severity', async () => {
    write('ROADMAP.md', BROKEN);
    assert.equal(await run(['check', '--format', 'json', '--severity', 'all=off,unknown-dependency=hint', '--today', '2024-01-01'], io), 0);
    const json = JSON.parse(out);
    assert.deepEqual(json.diagnostics.map((d: { code: string; severity: string }) => [d.code, d.severity]), [['unknown-dependency', 'hint']]);
  });

  it('prints the JSON shape the issue fixes, per file, an array for several', async () => {
    write('ROADMAP.md', BROKEN);
    write('docs/roadmap.md', '## M1\n\n-[ ] a\n');
    assert.equal(await run(['check', '--format', 'json', '--today', '2024-01-01', 'docs/roadmap.md'], io), 1);
    const one = JSON.parse(out);
    assert.deepEqual(one, {
      file: 'docs/roadmap.md',
      diagnostics: [{ line: 3, column: 1, endLine: 3, endColumn: 5, code: 'malformed-box', severity: 'warning', message: '"-[ ]" needs a space after "-": GFM reads no task here. Write "- [ ]".', fixable: true }],
    });
    out = '';
    assert.equal(await run(['check', '--format', 'json', '--today', '2024-01-01', '.'], io), 1);
    const several = JSON.parse(out);
    assert.deepEqual(several.map((f: { file: string }) => f.file), ['ROADMAP.md', 'docs/roadmap.md']);
    assert.equal(several[0].diagnostics.length, 6);
  });

  it('prints GitHub workflow commands with escaped properties and data', async () => {
    write('ROADMAP.md', BROKEN);
    assert.equal(await run(['check', '--format', 'github', '--today', '2024-01-01'], io), 1);
    const lines = out.trim().split('\n');
    assert.ok(lines.includes('::warning file=ROADMAP.md,line=17,col=1,endLine=17,endColumn=5,title=roadmap/malformed-box::"- []" is not a task box: GFM reads no task here. Write "- [ ]".'), out);
    assert.ok(lines.some((l) => l.startsWith('::error file=ROADMAP.md,line=21,col=15,endLine=21,endColumn=22,title=roadmap/unknown-dependency::')), out);
    assert.equal(lines.length, 6);
  });

  it('--fix repairs boxes, summary boxes and table cells that follow the tasks, and nothing else', async () => {
    write('ROADMAP.md', BROKEN);
    assert.equal(await run(['check', '--fix', '--today', '2024-01-01'], io), 1);
    const after = fs.readFileSync(path.join(dir, 'ROADMAP.md'), 'utf8');
    const expected = BROKEN.replace('- [x] **Phase 1: Core**', '- [ ] **Phase 1: Core**').replace('| 1. Core | 2/2 | Complete |', '| 1. Core | 1/2 | In Progress |').replace('- [] docs', '- [ ] docs');
    // The stated "(Completed)" and the unknown dependency are the author's words: --fix leaves them.
    assert.equal(after, expected);
    assert.match(out, /fixed ROADMAP\.md:17:1: malformed-box: "- \[\]" → inserted|fixed ROADMAP\.md:17:1: malformed-box: "- \[\]" → "\[ \]"/);
    assert.match(out, /fixed ROADMAP\.md:5:3: summary-disagrees/);
    const remaining = out.split('\n').filter((l) => /^ROADMAP\.md:\d+:\d+: /.test(l));
    assert.deepEqual(remaining.map((l) => l.split(' ')[2].replace(':', '')).sort(), ['status-contradicts-tasks', 'unknown-dependency']);
  });

  it('exits 2 on bad input', async () => {
    write('ROADMAP.md', BROKEN);
    assert.equal(await run(['check', 'missing.md'], io), 2);
    assert.match(err, /missing\.md: no such file/);
    assert.equal(await run(['check', '--today', '2024-02-30'], io), 2);
    assert.equal(await run(['check', '--fail-on', 'sometimes'], io), 2);
    assert.equal(await run(['check', '--format', 'xml'], io), 2);
    assert.equal(await run(['check', '--severity', 'overdue=loud'], io), 2);
    fs.mkdirSync(path.join(dir, 'empty'));
    assert.equal(await run(['check', 'empty'], io), 2);
  });
});

describe('roadmap status --format markdown', () => {
  it('prints one table row per plan item with status, progress and period', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-status-'));
    try {
      fs.writeFileSync(path.join(dir, 'ROADMAP.md'), '# Plan\n\n## Overview\n\nText.\n\n## Phase 1: Core | parser (Weeks 1-2)\n\n- [x] a\n- [ ] b\n\n## Phase 2 ✅\n');
      let out = '';
      const io: CliIo = { ...nodeIo(), cwd: dir, env: {}, stdout: { write: (s: string) => void (out += s) }, stderr: { write: () => undefined } };
      assert.equal(await run(['status', '--format', 'markdown'], io), 0);
      assert.equal(
        out,
        '### Plan (`ROADMAP.md`)\n\n**Progress:** 1/2 · 50%\n\n| Item | Status | Progress | Period |\n|---|---|---:|---|\n| Phase 1: Core \\| parser (Weeks 1-2) | 🚧 in progress | 1/2 | Weeks 1–2 |\n| Phase 2 ✅ | ✅ done |  |  |\n',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
