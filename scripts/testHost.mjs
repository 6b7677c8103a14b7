// `npm run test:host`: the extension-host suite (test/integration) and the E2E specs (test/e2e), both in a real
// VS Code (code-server, see ../shared/HOST.md) driven by Debian chromium through playwright-core.
//   node scripts/testHost.mjs [--only integration|e2e] [--grep TEXT] [--timeout SECONDS] [--keep] [--no-build]
// --grep runs only the tests (integration) or specs (E2E) whose full title contains TEXT.
// --keep leaves the scratch workspaces and profiles in the temp folder; --no-build uses dist/ as it is.
// Exit code: 0 when every layer passed. Everything started here is stopped on the way out.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { format, parseArgs } from 'node:util';
import { bundleIntegrationTests } from './integrationBundle.mjs';
import {
  createProfile,
  ensureCodeServer,
  ensureDebianPackages,
  TEST_BROWSER_PACKAGES,
  firstFreePort,
  installVsix,
  log,
  repoRoot,
  startCodeServer,
  testSession,
} from './codeServer.mjs';

const { values: options } = parseArgs({
  options: {
    only: { type: 'string' },
    timeout: { type: 'string', default: '600' },
    keep: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    grep: { type: 'string' },
  },
});
const layers = options.only ? [options.only] : ['integration', 'e2e'];
for (const layer of layers) if (!['integration', 'e2e'].includes(layer)) throw new Error(`--only takes integration or e2e, not ${layer}`);

const { scratch, cleanups, cleanup, armTimeout } = testSession({ prefix: 'roadmap-test-host-', keep: options.keep, what: 'the host tests' });

function run(command, args, what) {
  const r = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

function freshWorkspace(name) {
  const dir = join(scratch, name);
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), dir, { recursive: true });
  return dir;
}

async function launchBrowser() {
  ensureDebianPackages(TEST_BROWSER_PACKAGES, 'the browser that drives VS Code in the tests, and emoji for its screenshots');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.ROADMAP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => browser.close());
  return browser;
}

function relayServerOutput(prefix) {
  // Only failures are worth a line; code-server is chatty and some noise is expected offline (HOST.md).
  return (text) => {
    if (process.env.ROADMAP_VERBOSE) process.stderr.write(text.replace(/^/gm, `${prefix} `));
  };
}

// The workbench's own chatter, and what HOST.md lists as harmless offline noise: hidden unless ROADMAP_VERBOSE is set.
const noise = /ENOTFOUND open-vsx\.org|authentication provider 'github'|Long running operations during shutdown|^(Resolving|Resolved) connection token|^Creating a socket|reconnection-grace-time|^Updating additional builtin|^\[Service Worker\]|^\[AgentHost|^\[AccountPolicyGate\]/;

async function runIntegration(browser) {
  const testsIndex = await bundleIntegrationTests();
  const workspace = freshWorkspace('integration-workspace');
  const profile = createProfile(join(scratch, 'integration-profile'));
  const port = await firstFreePort(9300);
  const server = await startCodeServer({
    port,
    folder: workspace,
    profile,
    smokeTestDriver: true,
    // The extension host inherits the server's environment: that is how --grep reaches mocha inside it.
    env: options.grep ? { ROADMAP_TEST_GREP: options.grep } : {},
    onOutput: relayServerOutput('[code-server]'),
  });
  cleanups.push(() => server.stop());
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(repoRoot)],
    ['extensionTestsPath', remote(testsIndex)],
  ];
  const url = `${server.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const page = await browser.newPage();
  let summary = '';
  const exitCode = new Promise((resolve) => {
    // The smoke-test driver reports the suite's console and its end through these two functions.
    void page.exposeFunction('codeAutomationLog', (type, args) => {
      // Console arguments as the extension host's console.log got them: printf-style, as mocha's reporter writes.
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (/^integration: \d+ passed, \d+ failed$/m.test(line)) summary = line.match(/^integration: .*$/m)[0];
      if (noise.test(line) && !process.env.ROADMAP_VERBOSE) return;
      process.stdout.write(`${type === 'error' ? '[host:error] ' : ''}${line}\n`);
    });
    void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  const t0 = Date.now();
  await page.goto(url);
  const code = await exitCode;
  log(`integration finished in ${((Date.now() - t0) / 1000).toFixed(1)} s with exit code ${code}`);
  if (!summary) log('integration: the suite printed no summary line (did it load at all? see the log above)');
  await page.close();
  server.stop();
  return code === 0 && summary !== '';
}

async function runE2e(browser) {
  // What we ship is what we test: the packaged .vsix, installed the way a user installs it.
  run('npm', ['run', '--silent', 'package'], 'npm run package');
  const vsix = join(repoRoot, 'roadmap.vsix');
  const profile = createProfile(join(scratch, 'e2e-profile'));
  installVsix(profile, vsix);
  log('installed roadmap.vsix into the E2E profile');
  const workspace = join(scratch, 'e2e-workspace');
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspaceSample'), workspace, { recursive: true });
  const port = await firstFreePort(9400);
  const server = await startCodeServer({ port, folder: workspace, profile, onOutput: relayServerOutput('[code-server]') });
  cleanups.push(() => server.stop());
  const endpoint = browser.wsEndpoint?.();
  const env = {
    ...process.env,
    ROADMAP_E2E_URL: `${server.url}?folder=${encodeURIComponent(workspace)}`,
    ROADMAP_E2E_WORKSPACE: workspace,
    ...(endpoint ? { ROADMAP_E2E_BROWSER: endpoint } : {}),
  };
  const mochaBin = join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const code = await new Promise((resolve) => {
    const args = [mochaBin, '--config', join(repoRoot, 'test', 'e2e', '.mocharc.json'), ...(options.grep ? ['--grep', options.grep] : [])];
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: 'inherit', env });
    cleanups.push(() => child.exitCode === null && child.kill('SIGTERM'));
    child.on('exit', (c) => resolve(c ?? 1));
  });
  server.stop();
  return code === 0;
}

let ok = true;
try {
  const t0 = Date.now();
  if (!options['no-build']) run(process.execPath, ['scripts/build.mjs'], 'the extension build');
  await ensureCodeServer();
  // Armed once code-server is installed: a cold install (3.5 min idle, 10 on a busy machine) is not a hang.
  armTimeout(Number(options.timeout));
  mkdirSync(join(repoRoot, 'out'), { recursive: true });
  const results = {};
  if (layers.includes('integration')) {
    const browser = await launchBrowser();
    results.integration = await runIntegration(browser);
    await browser.close();
  }
  if (layers.includes('e2e')) {
    // A browser server the specs connect to: one browser for every spec, stopped here whatever they do.
    ensureDebianPackages(TEST_BROWSER_PACKAGES, 'the browser that drives VS Code in the tests, and emoji for its screenshots');
    const { chromium } = await import('playwright-core');
    const server = await chromium.launchServer({
      executablePath: process.env.ROADMAP_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    cleanups.push(() => server.close());
    results.e2e = await runE2e(server);
  }
  for (const [layer, passed] of Object.entries(results)) {
    log(`${layer}: ${passed ? 'PASSED' : 'FAILED'}`);
    ok &&= passed;
  }
  log(`host tests took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
} catch (err) {
  ok = false;
  log(`ERROR: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await cleanup();
}
process.exit(ok ? 0 : 1);
