// `npm run test:electron`: the same extension-host suite as `npm run test:host`, in desktop VS Code downloaded by
// @vscode/test-electron. For machines that can reach update.code.visualstudio.com (a laptop, a public CI);
// where they cannot (these offline machines), it says so within seconds instead of hanging on the download.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { log, repoRoot } from './codeServer.mjs';
import { bundleIntegrationTests } from './integrationBundle.mjs';

const DOWNLOAD_HOST = 'update.code.visualstudio.com';

async function reachable(host, timeoutMs) {
  const timeout = new Promise((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([lookup(host).then(() => true, () => false), timeout]);
}

if (!(await reachable(DOWNLOAD_HOST, 5000))) {
  log(`test:electron needs to download VS Code from ${DOWNLOAD_HOST}, which this machine cannot reach.`);
  log('Run `npm run test:host` instead: the same suite inside code-server, installed from npm.');
  process.exit(2);
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const extensionTestsPath = await bundleIntegrationTests();
const scratch = mkdtempSync(join(tmpdir(), 'roadmap-test-electron-'));
const workspace = join(scratch, 'workspace');
cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });

const { runTests } = await import('@vscode/test-electron');
let code = 0;
try {
  await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(scratch, 'ud')],
  });
} catch (err) {
  log(`test:electron failed: ${err instanceof Error ? err.message : String(err)}`);
  code = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
