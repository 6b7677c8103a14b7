// `npm start` on a fresh clone: install the locked dependencies first, so one command is enough.
// Uses only Node built-ins, since nothing else is installed yet.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('roadmap: installing dependencies (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('roadmap: `npm ci` failed; see the output above.');
    process.exit(result.status ?? 1);
  }
}
