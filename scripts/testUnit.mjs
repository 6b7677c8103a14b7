// `npm run test:unit`: the unit suite (mocha, see .mocharc.json). Two of its suites draw the timeline in a real browser
// (Debian chromium through playwright-core: the SVG export and the webview), so a fresh machine gets that browser
// first, as `test:host` and `test:web` get theirs (ensureDebianPackages: apt-get as root, else one clear message).
// Arguments go to mocha: `npm run test:unit -- --grep reading`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureDebianPackages, repoRoot, TEST_BROWSER_PACKAGES } from './codeServer.mjs';

if (!process.env.ROADMAP_CHROMIUM) {
  ensureDebianPackages(TEST_BROWSER_PACKAGES, 'the browser the timeline SVG and webview unit tests render in');
}
const mocha = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');
const r = spawnSync(process.execPath, [mocha, ...process.argv.slice(2)], { stdio: 'inherit', cwd: repoRoot });
process.exit(r.status ?? 1);
