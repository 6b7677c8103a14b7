import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import stringWidth from 'string-width';
import { FakeIo } from './helpers/fakeIo';
import { run } from '../../src/cli/main';
import { parseRoadmap } from '../../src/core/parse/parse';
import { DEFAULT_MAX_BYTES } from '../../src/core/parse/textInput';
import { seedText as seed } from './helpers/corpus';

const REPO = path.resolve(__dirname, '../..');

describe('roadmap CLI (in-process)', () => {
  describe('status', () => {
    it('reads ./ROADMAP.md by default and prints a tree with bars, counts, status and periods', async () => {
      const io = new FakeIo().put('ROADMAP.md', seed('001'));
      assert.equal(await run(['status'], io), 0);
      assert.equal(io.err, '');
      const lines = io.out.split('\n');
      assert.match(lines[0], /^Development Roadmap \(ROADMAP\.md\)$/);
      assert.equal(lines[1], '▰▱▱▱▱ 9/38 · 24%');
      assert.match(io.out, /^Phase 1: Foundation \(Completed\) +▰▰▰▰▰ 9\/9 · 100% {2}done$/m);
      assert.match(io.out, /^Phase 2: Core Features \(In Progress\) +▱▱▱▱▱ 0\/8 · 0% {2}in progress {2}Q2 2024$/m);
      assert.doesNotMatch(io.out, /\x1b\[/, 'no colours when stdout is not a terminal');
    });

    it('nests subsections and shows weeks, dependencies and priority', async () => {
      const io = new FakeIo().put('a.md', seed('003')).put('b.md', seed('002'));
      assert.equal(await run(['status', 'a.md', 'b.md'], io), 0);
      assert.match(io.out, /^ {2}Phase 3: Advanced UI\/UX & Mobile Responsiveness \(Weeks 5-7\) +Weeks 5–7 {2}priority Medium$/m);
      assert.match(io.out, /^M1: \[Title\] +▱▱▱▱▱ 0\/3 · 0% {2}planned {2}after M0$/m);
    });

    it('aligns the details column in terminal cells, emoji and CJK included', async () => {
      const io = new FakeIo().put('ROADMAP.md', '## 🎯 Goals\n- [ ] a\n## 計画\n- [ ] b\n## Plain title\n- [x] c\n');
      assert.equal(await run(['status'], io), 0);
      const rows = io.out.split('\n').filter((l) => l.includes('▱') || l.includes('▰')).slice(1);
      assert.equal(rows.length, 3);
      const columns = rows.map((r) => stringWidth(r.slice(0, r.search(/[▰▱]/))));
      assert.deepEqual(columns, [columns[0], columns[0], columns[0]], rows.join('\n'));
    });

    it('colours only on a terminal and without NO_COLOR', async () => {
      const tty = new FakeIo().put('ROADMAP.md', seed('001'));
      tty.stdout.isTTY = true;
      await run(['status'], tty);
      assert.match(tty.out, /\x1b\[32mdone\x1b\[0m/);
      const noColor = new FakeIo().put('ROADMAP.md', seed('001'));
      noColor.stdout.isTTY = true;
      noColor.env.NO_COLOR = '1';
      await run(['status'], noColor);
      assert.doesNotMatch(noColor.out, /\x1b\[/);
    });

    it('--json prints the documented shape for one file', async () => {
      const text = seed('001');
      const io = new FakeIo().put('ROADMAP.md', text);
      assert.equal(await run(['status', '--json'], io), 0);
      const json = JSON.parse(io.out);
      const doc = parseRoadmap(text);
      assert.deepEqual(Object.keys(json).sort(), ['file', 'items', 'progress', 'sections', 'tasks', 'title']);
      assert.equal(json.file, 'ROADMAP.md');
      assert.equal(json.title, 'Development Roadmap');
      assert.deepEqual(json.progress, { done: 9, total: 38 });
      const sectionKeys = ['children', 'dependencies', 'endLine', 'id', 'kind', 'level', 'line', 'period', 'priority', 'progress', 'status', 'title'];
      const walk = (sections: Record<string, unknown>[], count: { n: number }): void => {
        for (const s of sections) {
          for (const key of sectionKeys) assert.ok(key in s, `section field ${key}`);
          count.n++;
          walk(s.children as Record<string, unknown>[], count);
        }
      };
      const count = { n: 0 };
      walk(json.sections, count);
      assert.equal(count.n, doc.sections.length, 'every section once, nested under its parent');
      assert.equal(json.sections.length, 1, 'the H1 is the only root of seed 001');
      const phase2 = json.sections[0].children.find((s: { title: string }) => s.title.startsWith('Phase 2'));
      assert.deepEqual(
        { kind: phase2.kind, id: phase2.id, status: phase2.status, line: phase2.line, period: { start: phase2.period.start, end: phase2.period.end, unit: phase2.period.unit } },
        { kind: 'phase', id: 'Phase 2', status: 'in-progress', line: 14, period: { start: '2024-04-01', end: '2024-06-30', unit: 'date' } },
      );
      assert.equal(json.tasks.length, 38);
      assert.deepEqual(json.tasks[4], { line: 8, checked: true, text: 'Error classes and hierarchy', depth: 1, section: 'Phase 1: Foundation (Completed)' });
    });

    it('--json and the text say which period is an estimate: an item given only a length, after a dated one', async () => {
      const text = '# Plan\n\n## Phase 1 (2026-03-02 → 2026-03-13)\n\n## Phase 2\n\nDuration: 3 weeks\n';
      const io = new FakeIo().put('ROADMAP.md', text);
      assert.equal(await run(['status', '--json'], io), 0);
      const [phase1, phase2] = JSON.parse(io.out).sections[0].children;
      assert.equal(phase1.provenance.period.basis, 'stated');
      assert.deepEqual(
        { period: phase2.period, basis: phase2.provenance.period.basis, line: phase2.provenance.period.line, words: phase2.provenance.period.text },
        { period: { unit: 'date', start: '2026-03-14', end: '2026-04-03', precision: 'day', source: 'duration' }, basis: 'estimated', line: 7, words: 'Duration: 3 weeks' },
      );
      const plain = new FakeIo().put('ROADMAP.md', text);
      assert.equal(await run(['status'], plain), 0);
      assert.match(plain.out, /Phase 2.*≈ 2026-03-14 – 2026-04-03/u);
    });

    it('--json gives a null section to tasks before the first heading, and an array for several files', async () => {
      const io = new FakeIo().put('a.md', '- [ ] early\n# Title\n- [x] late\n').put('b.md', seed('002'));
      assert.equal(await run(['status', 'a.md', 'b.md', '--json'], io), 0);
      const json = JSON.parse(io.out);
      assert.ok(Array.isArray(json));
      assert.deepEqual(json.map((f: { file: string }) => f.file), ['a.md', 'b.md']);
      assert.deepEqual(json[0].tasks.map((t: { section: string | null }) => t.section), [null, 'Title']);
      const m1 = json[1].sections[0].children.find((s: { id: string }) => s.id === 'M1');
      assert.deepEqual(m1.dependencies, ['M0']);
      assert.equal(m1.period, null);
    });
  });

  it('status prints every roadmap of the corpus, text and JSON, without an error', async function () {
    this.timeout(120000);
    const publicDir = path.resolve(REPO, '../shared/roadmaps/public');
    const names = fs.readdirSync(publicDir).filter((n) => n !== 'SOURCES.tsv');
    assert.ok(names.length >= 40, `public roadmaps missing from ${publicDir}`);
    const io = new FakeIo();
    for (const name of names) io.put(name, fs.readFileSync(path.join(publicDir, name)));
    assert.equal(await run(['status', ...names], io), 0);
    assert.equal(io.err, '');
    io.out = '';
    assert.equal(await run(['status', '--json', ...names], io), 0);
    const json = JSON.parse(io.out);
    assert.deepEqual(json.map((f: { file: string }) => f.file), names);
    for (const [i, name] of names.entries()) {
      const doc = parseRoadmap(new TextDecoder().decode(io.files.get(path.join(io.cwd, name))));
      assert.equal(json[i].tasks.length, doc.tasks.length, name);
    }
  });

  describe('toggle', () => {
    it('several lines follow the editor’s rule: any open → all done; only the box characters change', async () => {
      const text = seed('001');
      const io = new FakeIo().put('ROADMAP.md', text);
      assert.equal(await run(['toggle', 'ROADMAP.md', '--line', '4', '--line', '15'], io), 0);
      const expected = text.split('\n');
      expected[14] = expected[14].replace('[ ]', '[x]');
      assert.equal(io.text('ROADMAP.md'), expected.join('\n'));
      assert.match(io.out, /^ROADMAP\.md:4: \[x\] Project setup and structure \(unchanged\)$/m);
      assert.match(io.out, /^ROADMAP\.md:15: \[x\] User authentication and authorization$/m);
      // Now both are done: the same call reopens both.
      assert.equal(await run(['toggle', 'ROADMAP.md', '--line', '4', '--line', '15'], io), 0);
      expected[3] = expected[3].replace('[x]', '[ ]');
      expected[14] = expected[14].replace('[x]', '[ ]');
      assert.equal(io.text('ROADMAP.md'), expected.join('\n'));
    });

    it('--task names a task by its text; --done and --open set a state and are idempotent', async () => {
      const text = seed('001');
      const io = new FakeIo().put('ROADMAP.md', text);
      assert.equal(await run(['toggle', 'ROADMAP.md', '--task', 'business management', '--done'], io), 0);
      const once = io.text('ROADMAP.md');
      assert.equal(once, text.replace('- [ ] Business management', '- [x] Business management'));
      assert.equal(await run(['toggle', 'ROADMAP.md', '--task', 'Business management', '--done'], io), 0);
      assert.equal(io.text('ROADMAP.md'), once, 'a second --done changes nothing');
      assert.match(io.out, /\(unchanged\)/);
      assert.equal(await run(['toggle', 'ROADMAP.md', '--line', '16', '--open'], io), 0);
      assert.equal(io.text('ROADMAP.md'), text);
    });

    it('an ambiguous or unknown --task changes nothing and exits 1', async () => {
      const text = seed('001');
      const io = new FakeIo().put('ROADMAP.md', text);
      assert.equal(await run(['toggle', 'ROADMAP.md', '--task', 'management'], io), 1);
      assert.match(io.err, /matches \d+ tasks \(line 16, line 17/);
      assert.equal(await run(['toggle', 'ROADMAP.md', '--task', 'Quantum kittens', '--line', '15'], io), 1);
      assert.match(io.err, /holds no task; nothing was changed/);
      assert.equal(io.text('ROADMAP.md'), text);
      assert.equal(await run(['toggle', 'ROADMAP.md', '--line', '15', '--done', '--open'], io), 2);
    });
  });

  describe('next', () => {
    it('lists the next open tasks in plan order, as text and as JSON', async () => {
      const io = new FakeIo().put('ROADMAP.md', seed('001'));
      assert.equal(await run(['next', '-n', '2'], io), 0);
      assert.equal(io.out, 'Phase 2: Core Features (In Progress)\n  ROADMAP.md:15: [ ] User authentication and authorization\n  ROADMAP.md:16: [ ] Business management\n');
      const json = new FakeIo().put('ROADMAP.md', seed('001'));
      assert.equal(await run(['next', 'ROADMAP.md', '--json'], json), 0);
      const parsed = JSON.parse(json.out);
      assert.equal(parsed.tasks.length, 5);
      assert.deepEqual(parsed.tasks[0], { line: 15, text: 'User authentication and authorization', section: 'Phase 2: Core Features (In Progress)', sectionId: 'Phase 2', sectionLine: 14, reason: 'in-progress' });
      assert.equal(await run(['next', '-n', '0'], new FakeIo().put('ROADMAP.md', seed('001'))), 2);
    });
  });

  describe('toggle (line errors)', () => {
    it('keeps CRLF line ends, a byte-order mark and an uppercase X elsewhere', async () => {
      const text = '\uFEFF# R\r\n- [X] upper\r\n- [ ] open\r\n';
      const io = new FakeIo().put('r.md', text);
      assert.equal(await run(['toggle', 'r.md', '-l', '3'], io), 0);
      assert.equal(io.text('r.md'), text.replace('- [ ] open', '- [x] open'));
    });

    it('exits 1 and writes nothing when a line holds no task', async () => {
      const io = new FakeIo().put('ROADMAP.md', seed('001'));
      assert.equal(await run(['toggle', 'ROADMAP.md', '--line', '4', '--line', '3'], io), 1);
      assert.deepEqual(io.writes, []);
      assert.equal(io.err, 'roadmap: ROADMAP.md: line 3 holds no task; nothing was changed\n');
    });

    for (const [args, pattern] of [
      [['toggle', 'ROADMAP.md'], /needs at least one --line/],
      [['toggle', '--line', '4'], /exactly one FILE/],
      [['toggle', 'ROADMAP.md', '--line', 'four'], /--line wants a line number/],
      [['toggle', 'ROADMAP.md', '--line', '0'], /--line wants a line number/],
      [['toggle', 'ROADMAP.md', '--line'], /argument missing|--line/],
    ] as const) {
      it(`rejects bad usage with exit 2: ${args.join(' ')}`, async () => {
        const io = new FakeIo().put('ROADMAP.md', seed('001'));
        assert.equal(await run([...args], io), 2);
        assert.match(io.err, pattern);
        assert.deepEqual(io.writes, []);
        assert.doesNotMatch(io.err, /\n\s+at /, 'no stack trace');
      });
    }
  });

  describe('trust: no lost data, no terminal control, one-line answers', () => {
    it('toggle refuses with exit 1 and writes nothing when the file changed after it was read', async () => {
      const io = new FakeIo().put('ROADMAP.md', '- [ ] alpha\n- [ ] beta\n');
      io.beforeReplace = (file) => io.files.set(file, new TextEncoder().encode('- [ ] alpha\n- [ ] beta\n- [ ] appended meanwhile\n'));
      assert.equal(await run(['toggle', 'ROADMAP.md', '--line', '2'], io), 1);
      assert.equal(io.text('ROADMAP.md'), '- [ ] alpha\n- [ ] beta\n- [ ] appended meanwhile\n');
      assert.deepEqual(io.writes, []);
      assert.equal(io.err, 'roadmap: ROADMAP.md: the file changed on disk since it was read; nothing was changed (run the command again)\n');
      assert.equal(io.out, '');
    });

    for (const [raw, message] of [
      ['-1', 'roadmap: --line wants a line number from 1 up, not "-1"\n'],
      ['-0', 'roadmap: --line wants a line number from 1 up, not "-0"\n'],
      ['1.5', 'roadmap: --line wants a line number from 1 up, not "1.5"\n'],
      ['000', 'roadmap: --line wants a line number from 1 up, not "000"\n'],
    ]) {
      it(`--line ${raw}: one line, exit 2`, async () => {
        for (const flag of ['--line', '-l']) {
          const io = new FakeIo().put('ROADMAP.md', seed('001'));
          assert.equal(await run(['toggle', 'ROADMAP.md', flag, raw], io), 2);
          assert.equal(io.err, message);
        }
      });
    }

    it('--line past the end of the file, however large, is reported as typed', async () => {
      const io = new FakeIo().put('ROADMAP.md', '# R\n- [ ] a\n');
      assert.equal(await run(['toggle', 'ROADMAP.md', '--line', '99999999999999999999999'], io), 1);
      assert.equal(io.err, 'roadmap: ROADMAP.md: line 99999999999999999999999 holds no task (the file has 2 lines); nothing was changed\n');
      io.err = '';
      assert.equal(await run(['toggle', 'ROADMAP.md', '--line', '0002'], io), 0, 'leading zeros name line 2');
      assert.equal(io.text('ROADMAP.md'), '# R\n- [x] a\n');
    });

    const hostile = [
      '# Plan \x1b]0;pwned title\x07here',
      '## Phase 1 \x1b[2J\x1b[31mred\x1b[0m',
      '- [ ] copy \x1b]52;c;ZXZpbA==\x07this \u009b2Jand \u009d0;t\u009c that\x08\x7f',
      '',
      'Priority: high\x1b[1;1H',
      '',
    ].join('\n');

    it('status prints no escape sequence or control character from the document', async () => {
      for (const tty of [false, true]) {
        const io = new FakeIo().put('ROADMAP.md', hostile);
        io.stdout.isTTY = tty;
        assert.equal(await run(['status'], io), 0);
        // Only our own SGR colour codes may remain on a terminal.
        const withoutOurColours = io.out.replace(/\x1b\[[0-9;]*m/g, '');
        assert.doesNotMatch(withoutOurColours, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/, JSON.stringify(io.out));
        assert.doesNotMatch(io.out, /\x1b\[2J|\x1b\]/);
        assert.match(withoutOurColours, /^Plan here \(ROADMAP\.md\)$/m);
        assert.match(withoutOurColours, /^Phase 1 red +/m);
      }
    });

    it('toggle prints the task text without escape sequences', async () => {
      const io = new FakeIo().put('ROADMAP.md', hostile);
      assert.equal(await run(['toggle', 'ROADMAP.md', '--line', '3'], io), 0);
      assert.equal(io.out, 'ROADMAP.md:3: [x] copy this and  that\n');
    });

    it('status --json keeps the text as written (JSON escapes it)', async () => {
      const io = new FakeIo().put('ROADMAP.md', hostile);
      assert.equal(await run(['status', '--json'], io), 0);
      assert.doesNotMatch(io.out, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      assert.match(JSON.parse(io.out).title, /\x1b\]0;pwned title\x07/);
    });

    it('file names from the command line are cleaned too', async () => {
      const io = new FakeIo();
      assert.equal(await run(['status', 'evil\x1b]0;x\x07.md'], io), 2);
      assert.equal(io.err, 'roadmap: evil.md: no such file\n');
    });
  });

  describe('bad input: one line on stderr, exit 2, nothing written', () => {
    const cases: [string, (io: FakeIo) => void, RegExp][] = [
      ['a missing file', () => undefined, /^roadmap: ROADMAP\.md: no such file\n$/],
      ['a directory', (io) => io.dirs.add('/work/ROADMAP.md'), /^roadmap: ROADMAP\.md: is a directory, not a roadmap file\n$/],
      ['binary content', (io) => io.put('ROADMAP.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x2d])), /^roadmap: ROADMAP\.md: file looks binary \(it contains NUL bytes\)\n$/],
      ['non-UTF-8 content', (io) => io.put('ROADMAP.md', new Uint8Array([0x2d, 0x20, 0x5b, 0x20, 0x5d, 0x20, 0xe9, 0x0a])), /^roadmap: ROADMAP\.md: file is not valid UTF-8\n$/],
      [
        'a file over the size limit',
        (io) => {
          io.put('ROADMAP.md', '- [ ] a\n');
          io.fakeSizes.set('/work/ROADMAP.md', DEFAULT_MAX_BYTES + 1);
        },
        /^roadmap: ROADMAP\.md: file is too large \(10485761 bytes; the limit is 10 MB\)\n$/,
      ],
    ];
    for (const [name, setup, message] of cases) {
      for (const args of [['status'], ['status', '--json'], ['toggle', 'ROADMAP.md', '--line', '1']]) {
        it(`${name}: ${args.join(' ')}`, async () => {
          const io = new FakeIo();
          setup(io);
          assert.equal(await run(args, io), 2);
          assert.match(io.err, message);
          assert.equal(io.out, '');
          assert.deepEqual(io.writes, []);
        });
      }
    }

    it('fails before printing anything when one of several files is bad', async () => {
      const io = new FakeIo().put('a.md', seed('001'));
      assert.equal(await run(['status', 'a.md', 'missing.md'], io), 2);
      assert.equal(io.out, '');
      assert.equal(io.err, 'roadmap: missing.md: no such file\n');
    });
  });

  describe('usage', () => {
    it('--help prints usage for every command and exits 0', async () => {
      const io = new FakeIo();
      assert.equal(await run(['--help'], io), 0);
      assert.match(io.out, /roadmap status \[FILE\|DIR\.\.\.\] \[--json \| --format text\|json\|markdown\]/);
      assert.match(io.out, /roadmap check \[FILE\.\.\.\|DIR\]/);
      assert.match(io.out, /roadmap toggle FILE \(--line N \| --task TEXT\)/);
      assert.match(io.out, /roadmap next \[FILE\]/);
      assert.match(io.out, /roadmap mcp \[--root DIR\]/);
      assert.match(io.out, /Exit codes:/);
    });

    it('--version prints the package version', async () => {
      const io = new FakeIo();
      assert.equal(await run(['--version'], io), 0);
      const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
      assert.equal(io.out, `${pkg.version}\n`);
    });

    for (const args of [[], ['frobnicate'], ['status', '--frob'], ['toString'], ['__proto__']]) {
      it(`prints usage and exits 2 for ${JSON.stringify(args)}`, async () => {
        const io = new FakeIo().put('ROADMAP.md', '# R\n');
        assert.equal(await run(args, io), 2);
        assert.match(io.err, /^roadmap: .*\nUsage:/);
        assert.equal(io.out, '');
      });
    }
  });
});

describe('roadmap CLI (spawned)', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    // Run from the repository so `--import tsx` resolves; files are passed by absolute path.
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'src/cli/main.ts'), ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('status --json exits 0 with the seed\'s numbers', () => {
    fs.writeFileSync(path.join(dir, 'ROADMAP.md'), seed('004'));
    const result = cli('status', '--json', path.join(dir, 'ROADMAP.md'));
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).progress, { done: 0, total: 96 });
  });

  it('toggle changes exactly one byte on disk, and exits 1 on a line without a task', () => {
    const file = path.join(dir, 'toggle.md');
    const before = Buffer.from(seed('001'), 'utf8');
    fs.writeFileSync(file, before);
    assert.equal(cli('toggle', file, '--line', '20').status, 0);
    const after = fs.readFileSync(file);
    assert.equal(after.length, before.length);
    assert.equal([...after].filter((b, i) => b !== before[i]).length, 1);
    const refused = cli('toggle', file, '--line', '2');
    assert.equal(refused.status, 1);
    assert.deepEqual(fs.readFileSync(file), after);
  });

  it('toggle under a file-size limit fails with one sentence and leaves the roadmap whole', () => {
    const file = path.join(dir, 'big.md');
    const text = `# Big\n${Array.from({ length: 800 }, (_, i) => `- [ ] task ${i} with enough words to make the file long\n`).join('')}`;
    fs.writeFileSync(file, text);
    assert.ok(text.length > 40_000);
    // ulimit -f counts 1024-byte blocks in bash: 16 KB, as in the report that lost 25 KB of a 41 KB roadmap.
    const result = spawnSync('bash', ['-c', `ulimit -f 16; exec "$0" --import tsx src/cli/main.ts toggle "$1" --line 2`, process.execPath, file], { cwd: REPO, encoding: 'utf8' });
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stderr, `roadmap: ${file}: cannot write: the file would exceed the file-size limit; the file was left as it was\n`);
    assert.equal(fs.readFileSync(file, 'utf8'), text);
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.includes('big.md')), ['big.md'], 'no temporary file left');
  });

  it('toggle keeps the file\'s permission bits', () => {
    const file = path.join(dir, 'mode.md');
    fs.writeFileSync(file, '- [ ] a\n');
    fs.chmodSync(file, 0o600);
    assert.equal(cli('toggle', file, '--line', '1').status, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), '- [x] a\n');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  });

  it('a FIFO, /dev/zero and a directory are refused at once with one line', () => {
    const fifo = path.join(dir, 'pipe.md');
    spawnSync('mkfifo', [fifo]);
    const bare = path.join(dir, 'no-roadmaps');
    fs.mkdirSync(bare, { recursive: true });
    for (const [target, words] of [[fifo, 'is a named pipe (FIFO), not a regular file'], ['/dev/zero', 'is a character device, not a regular file'], [bare, 'is a directory, not a roadmap file']]) {
      const started = Date.now();
      const result = cli('status', target);
      assert.equal(result.status, 2, target);
      // A directory is read as the roadmaps under it; one with none is refused like a file that is not one.
      assert.equal(result.stderr, target === bare ? `roadmap: status: ${bare}: no ROADMAP.md under this directory\n` : `roadmap: ${target}: ${words}\n`);
      assert.ok(Date.now() - started < 30_000, `${target} answered in ${Date.now() - started} ms`);
    }
  });

  it('timeline refuses an output that is the roadmap itself, through a link too', () => {
    const file = path.join(dir, 'self.md');
    fs.writeFileSync(file, seed('001'));
    fs.symlinkSync(file, path.join(dir, 'alias.md'));
    for (const output of [file, path.join(dir, 'alias.md'), path.join(dir, '.', 'self.md')]) {
      const result = cli('timeline', file, '-o', output);
      assert.equal(result.status, 2, output);
      assert.equal(result.stderr, `roadmap: timeline: ${output} is the roadmap itself; choose another output file\n`);
      assert.equal(fs.readFileSync(file, 'utf8'), seed('001'));
    }
    const svg = path.join(dir, 'plan.svg');
    assert.equal(cli('timeline', file, '-o', svg).status, 0);
    assert.match(fs.readFileSync(svg, 'utf8'), /^<svg/);
  });

  it('status and timeline read every roadmap under a directory (the editor\'s globs), never node_modules', () => {
    const mono = path.join(dir, 'mono');
    for (const [name, prefix] of [['web/ROADMAP.md', '001'], ['api/docs/roadmap.md', '003'], ['node_modules/dep/ROADMAP.md', '002']]) {
      fs.mkdirSync(path.dirname(path.join(mono, name)), { recursive: true });
      fs.writeFileSync(path.join(mono, name), seed(prefix));
    }
    const status = cli('status', '--json', mono);
    assert.equal(status.status, 0, status.stderr);
    assert.deepEqual(JSON.parse(status.stdout).map((f: { file: string }) => path.relative(mono, f.file)).sort(), ['api/docs/roadmap.md', 'web/ROADMAP.md']);
    const timeline = cli('timeline', mono, '--format', 'json', '--today', 'none');
    assert.equal(timeline.status, 0, timeline.stderr);
    const groups = JSON.parse(timeline.stdout) as { file: string; layout: { rows: unknown[] } }[];
    assert.deepEqual(groups.map((g) => path.relative(mono, g.file)).sort(), ['api/docs/roadmap.md', 'web/ROADMAP.md']);
    const svg = cli('timeline', mono, '--today', 'none');
    assert.equal(svg.stdout.match(/<text class="group"/g)?.length, 2);
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    assert.equal(cli('status', empty).status, 2);
  });

  it('a missing file exits 2 with one line and no stack trace', () => {
    const missing = path.join(dir, 'nope.md');
    const result = cli('status', missing);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `roadmap: ${missing}: no such file\n`);
    assert.equal(result.stdout, '');
  });
});
