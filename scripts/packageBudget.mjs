// `npm run test:package`: builds roadmap.vsix as `npm run package` does and fails when it outgrows its budget, listing
// what takes the room, so growth is a decision rather than an accident.
//   node scripts/packageBudget.mjs [--no-package]   (--no-package: check the roadmap.vsix that is there)
// The budget, with its reasons: at 17:15 on 2026-11-30 the package was ~950 KB — two extension bundles (Node and web,
// ~130 KB each compressed), two parser workers (worker thread and Web Worker, ~65 KB each), the CLI that VS Code's MCP
// clients start (`roadmap mcp`, ~205 KB with the MCP SDK), three walkthrough pictures (~250 KB) and strings in three
// languages; it was 97 KB that morning, before the web build, agents, health and history. 1.5 MB leaves half again
// for growth; past it, look first at the pictures and at what the CLI bundles.
import { execFileSync, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { log, repoRoot } from './codeServer.mjs';

const BUDGET_BYTES = 1.5 * 1024 * 1024;
const vsix = join(repoRoot, 'roadmap.vsix');

if (!process.argv.includes('--no-package')) {
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    log('npm run package failed');
    process.exit(1);
  }
}

const size = statSync(vsix).size;
// `unzip -v`: length, method, compressed size, ratio, date, time, crc, name.
const entries = execFileSync('unzip', ['-v', vsix], { encoding: 'utf8' })
  .split('\n')
  .map((line) => line.trim().split(/\s+/))
  .filter((f) => f.length >= 8 && /^\d+$/.test(f[0]) && /^\d+$/.test(f[2]))
  .map((f) => ({ name: f.slice(7).join(' '), length: Number(f[0]), compressed: Number(f[2]) }))
  .sort((a, b) => b.compressed - a.compressed);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const largest = entries.slice(0, 6).map((e) => `${e.name} ${kb(e.compressed)} (${kb(e.length)} unpacked)`).join(', ');
if (size > BUDGET_BYTES) {
  log(`roadmap.vsix is ${kb(size)}, over its budget of ${kb(BUDGET_BYTES)}. Largest: ${largest}`);
  process.exit(1);
}
log(`roadmap.vsix: ${kb(size)} of a ${kb(BUDGET_BYTES)} budget (${entries.length} files; largest: ${largest})`);
