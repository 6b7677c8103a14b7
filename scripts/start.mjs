// `npm start`: the extension running in a real VS Code (code-server in the browser), on a sample roadmap.
//   npm start [-- --port N] [-- --folder DIR]
// Builds the extension, installs Node 24 + code-server into a cache outside the clone on first use (~3.5 min),
// links this checkout into a profile of its own, starts code-server on 127.0.0.1 and prints the URL.
// Ctrl-C (or SIGTERM) stops everything it started.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheRoot, createProfile, ensureCodeServer, firstFreePort, isAlive, isPortFree, readFileOr, repoRoot, startCodeServer } from './codeServer.mjs';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string' },
    folder: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  process.stdout.write('usage: npm start [-- --port N] [-- --folder DIR]\n  --port N     port on 127.0.0.1 (default: 8080 or the first free one above it)\n  --folder DIR open DIR instead of a fresh sample workspace\n');
  process.exit(0);
}

function fail(message) {
  process.stderr.write(`roadmap: ${message}\n`);
  process.exit(1);
}

// One `npm start` per checkout: a second one would fight over the profile and confuse whoever reads the URL.
const lockFile = join(repoRoot, '.roadmap-start.lock');
if (existsSync(lockFile)) {
  let held = {};
  try {
    held = JSON.parse(readFileOr(lockFile, '{}'));
  } catch {
    /* a torn write: treat as stale */
  }
  if (held.pid && isAlive(held.pid)) {
    fail(`npm start is already running (pid ${held.pid}) at ${held.url}\n  Open that URL, or stop it with Ctrl-C in its terminal (or: kill ${held.pid}).`);
  }
  rmSync(lockFile, { force: true });
}

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
let port;
if (options.port !== undefined) {
  port = Number(options.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port wants a port number, not "${options.port}"`);
  if (!(await isPortFree(port))) fail(`port ${port} on 127.0.0.1 is in use; pick another with --port, or leave it out to take the first free one from 8080`);
} else {
  port = await firstFreePort(8080);
}

let folder;
let sampleDir;
if (options.folder !== undefined) {
  folder = resolve(options.folder);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`--folder ${options.folder}: no such directory`);
} else {
  // A fresh copy every time: ticking boxes in the sample never dirties the checkout.
  sampleDir = mkdtempSync(join(tmpdir(), 'roadmap-sample-'));
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspaceSample'), sampleDir, { recursive: true });
  folder = sampleDir;
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) fail('the extension build failed; see the errors above');

try {
  await ensureCodeServer();
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}

// The profile lives in the cache (one per checkout), so window layout and settings survive between runs.
const checkoutKey = createHash('sha256').update(repoRoot).digest('hex').slice(0, 12);
const profile = createProfile(join(cacheRoot, 'profiles', `start-${checkoutKey}`));
// Load this checkout as an installed extension through a link, so a rebuild plus "Developer: Reload Window" picks up changes.
const extensionFolder = `${pkg.publisher}.${pkg.name}-`;
for (const name of readdirSync(profile.extensions)) {
  if (name.startsWith(extensionFolder)) rmSync(join(profile.extensions, name), { recursive: true, force: true });
}
symlinkSync(repoRoot, join(profile.extensions, `${extensionFolder}${pkg.version}`), 'dir');

let server;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (server) process.stderr.write('\nroadmap: stopping code-server…\n');
  server?.stop();
  rmSync(lockFile, { force: true });
  if (sampleDir) rmSync(sampleDir, { recursive: true, force: true });
  // Give the process group a moment to take the SIGTERM before we go.
  await new Promise((r) => setTimeout(r, 300));
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));

let output = '';
try {
  server = await startCodeServer({ port, folder, profile, onOutput: (text) => (output = (output + text).slice(-20_000)) });
} catch (err) {
  rmSync(lockFile, { force: true });
  fail(err instanceof Error ? err.message : String(err));
}
const url = `${server.url}?folder=${encodeURIComponent(folder)}`;
writeFileSync(lockFile, JSON.stringify({ pid: process.pid, port, url, folder }));
server.child.on('exit', (code) => {
  if (stopping) return;
  process.stderr.write(`roadmap: code-server stopped unexpectedly (exit ${code}). Its last output:\n${output}\n`);
  void stop(code ?? 1);
});

process.stdout.write(`\nRoadmap ${pkg.version} is running in VS Code (code-server) at:\n\n  ${url}\n\n`);
process.stdout.write(`Workspace: ${folder}${sampleDir ? ' (a fresh sample; deleted on exit)' : ''}\n`);
process.stdout.write('Rebuild with `npm run build` (or `npm run watch`), then run "Developer: Reload Window" in VS Code.\nPress Ctrl-C to stop.\n');
