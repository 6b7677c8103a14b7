// `roadmap mcp` driven through the MCP SDK's own client over stdio, as Claude Code, Codex or VS Code would.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { seedText } from './helpers/corpus';

const repo = path.resolve(__dirname, '../..');

interface ToolResult {
  content: Array<{ type: string; text?: string }>;
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

describe('roadmap mcp (stdio, through the SDK client)', function () {
  this.timeout(60_000);
  let root: string;
  let outside: string;
  let client: Client;
  const roadmapPath = () => path.join(root, 'ROADMAP.md');

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'roadmap-mcp-'));
    outside = mkdtempSync(path.join(tmpdir(), 'roadmap-mcp-outside-'));
    writeFileSync(roadmapPath(), seedText('001'));
    mkdirSync(path.join(root, 'docs', '.planning'), { recursive: true });
    writeFileSync(path.join(root, 'docs', '.planning', 'ROADMAP.md'), seedText('003'));
    mkdirSync(path.join(root, 'node_modules', 'dep'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', 'dep', 'ROADMAP.md'), '- [ ] not ours\n');
    writeFileSync(path.join(outside, 'ROADMAP.md'), '- [ ] secret\n');
    symlinkSync(path.join(outside, 'ROADMAP.md'), path.join(root, 'escape.md'));
    writeFileSync(path.join(root, 'binary.md'), Buffer.from([0x2d, 0x20, 0, 1, 2, 3]));
    client = new Client({ name: 'roadmap-test', version: '0.0.0' });
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: ['--import', 'tsx', path.join(repo, 'src/cli/main.ts'), 'mcp', '--root', root], cwd: repo, stderr: 'pipe' }),
    );
  });

  after(async () => {
    await client?.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as ToolResult;
  const text = (r: ToolResult) => r.content.map((c) => c.text ?? '').join('\n');

  it('lists its tools with input schemas', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['roadmap_check', 'roadmap_next', 'roadmap_set_task', 'roadmap_status']);
    const set = tools.find((t) => t.name === 'roadmap_set_task');
    assert.deepEqual((set?.inputSchema.required ?? []).sort(), ['done', 'file']);
  });

  it('roadmap_status: every roadmap under the root (not node_modules), with progress, status basis and provenance', async () => {
    const result = await call('roadmap_status', {});
    assert.ok(!result.isError, text(result));
    const roadmaps = result.structuredContent?.roadmaps as Array<{ file: string; progress: { done: number; total: number }; sections: Array<Record<string, unknown>> }>;
    assert.deepEqual(roadmaps.map((r) => r.file), ['ROADMAP.md', 'docs/.planning/ROADMAP.md']);
    const phase1 = roadmaps[0].sections.find((s) => s.id === 'Phase 1');
    assert.deepEqual(phase1?.progress, { done: 9, total: 9 });
    assert.equal(phase1?.status, 'done');
    assert.ok('provenance' in (phase1 ?? {}));
    assert.match(text(result), /Phase 1: Foundation \(Completed\) \(line 3\): done \(stated\), 9\/9/);
    const one = await call('roadmap_status', { file: 'ROADMAP.md', section: 'Phase 2' });
    assert.deepEqual((one.structuredContent?.roadmaps as Array<{ sections: Array<{ id: string }> }>)[0].sections.map((s) => s.id), ['Phase 2']);
  });

  it('roadmap_next: the next open tasks with file, line and section', async () => {
    const result = await call('roadmap_next', { file: 'ROADMAP.md', limit: 2 });
    assert.deepEqual(result.structuredContent?.tasks, [
      { file: 'ROADMAP.md', line: 15, text: 'User authentication and authorization', section: 'Phase 2: Core Features (In Progress)', sectionId: 'Phase 2', reason: 'in-progress' },
      { file: 'ROADMAP.md', line: 16, text: 'Business management', section: 'Phase 2: Core Features (In Progress)', sectionId: 'Phase 2', reason: 'in-progress' },
    ]);
  });

  it('roadmap_set_task changes exactly one byte; the same call again changes nothing', async () => {
    const before = readFileSync(roadmapPath());
    const first = await call('roadmap_set_task', { file: 'ROADMAP.md', text: 'Business management', done: true });
    assert.ok(!first.isError, text(first));
    const after = readFileSync(roadmapPath());
    assert.equal(after.length, before.length);
    const differing = [...after.keys()].filter((i) => after[i] !== before[i]);
    assert.equal(differing.length, 1);
    assert.equal(String.fromCharCode(after[differing[0]]), 'x');
    assert.deepEqual(first.structuredContent?.section, { title: 'Phase 2: Core Features (In Progress)', line: 14, progress: { done: 1, total: 8 } });
    const second = await call('roadmap_set_task', { file: 'ROADMAP.md', line: 16, done: true, expectedText: 'Business management' });
    assert.ok(!second.isError);
    assert.equal(second.structuredContent?.changed, false);
    assert.deepEqual(readFileSync(roadmapPath()), after);
  });

  it('roadmap_check: the health diagnostics of a roadmap, with line, column, code and message', async () => {
    writeFileSync(path.join(root, 'drift.md'), '# Plan\n\n## Phase 1: Base (Completed)\n- [x] a\n- [ ] b\n\n## Phase 2: Next\nDepends on Phase 9\n- []  c\n');
    const result = await call('roadmap_check', { file: 'drift.md', today: '2024-01-01' });
    assert.ok(!result.isError, text(result));
    const files = result.structuredContent?.files as Array<{ file: string; diagnostics: Array<{ code: string; line: number }> }>;
    const codes = files[0].diagnostics.map((d) => `${d.code}@${d.line}`);
    assert.ok(codes.includes('status-contradicts-tasks@3'), codes.join());
    assert.ok(codes.includes('unknown-dependency@8'), codes.join());
    assert.ok(codes.includes('malformed-box@9'), codes.join());
    const bad = await call('roadmap_check', { file: 'drift.md', today: 'yesterday' });
    assert.equal(bad.isError, true);
  });

  it('refuses paths out of the root, ambiguity, stale expectedText and bad arguments with error results, and keeps serving', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ file: '../x/ROADMAP.md', line: 1, done: true }, /leads out of the roadmap root/],
      [{ file: path.join(outside, 'ROADMAP.md'), line: 1, done: true }, /absolute path/],
      [{ file: 'escape.md', line: 1, done: true }, /link that leads out/],
      [{ file: 'missing.md', line: 1, done: true }, /no such file/],
      [{ file: 'binary.md', line: 1, done: true }, /binary|not a text/i],
      [{ file: 'ROADMAP.md', text: 'management', done: true }, /matches \d+ tasks.*Candidates: line 1[67]/],
      [{ file: 'ROADMAP.md', line: 15, done: true, expectedText: 'Something else' }, /changed since it was read/],
      [{ file: 'ROADMAP.md', line: 1, done: true }, /Line 1 holds no task/],
      [{ file: 'ROADMAP.md', done: true }, /exactly one of `line` or `text`/],
    ];
    const before = readFileSync(roadmapPath());
    for (const [args, message] of cases) {
      const result = await call('roadmap_set_task', args);
      assert.equal(result.isError, true, JSON.stringify(args));
      assert.match(text(result), message, JSON.stringify(args));
    }
    const invalid = await call('roadmap_set_task', { file: 'ROADMAP.md', line: 'fifteen', done: 'yes' });
    assert.equal(invalid.isError, true);
    assert.deepEqual(readFileSync(roadmapPath()), before, 'nothing was written');
    assert.equal(readFileSync(path.join(outside, 'ROADMAP.md'), 'utf8'), '- [ ] secret\n');
    const still = await call('roadmap_status', { file: 'ROADMAP.md' });
    assert.ok(!still.isError, 'the server still answers');
  });
});
