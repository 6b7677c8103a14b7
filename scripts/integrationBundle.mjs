// The extension-host suite as one CommonJS file: test/integration/index.ts plus every test/integration/**/*.test.ts,
// so both launchers (testHost.mjs for code-server, testElectron.mjs for desktop VS Code) load the same tests.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { log, repoRoot } from './codeServer.mjs';

function findFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(suffix))
    .map((d) => join(d.parentPath ?? d.path, d.name))
    .sort();
}

/** Bundles test/integration/index.ts with every *.test.ts into one CommonJS file the extension host can load. */
export async function bundleIntegrationTests() {
  const tests = findFiles(join(repoRoot, 'test', 'integration'), '.test.ts');
  const outfile = join(repoRoot, 'out', 'integration', 'index.js');
  await esbuild.build({
    entryPoints: [join(repoRoot, 'test', 'integration', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'warning',
    // vscode is the host's; mocha loads its reporters from disk, so it stays a plain require of node_modules.
    external: ['vscode', 'mocha'],
    plugins: [
      {
        name: 'all-integration-tests',
        setup(build) {
          build.onResolve({ filter: /^\.\/allTests(\.js)?$/ }, () => ({ path: 'allTests', namespace: 'roadmap-tests' }));
          build.onLoad({ filter: /.*/, namespace: 'roadmap-tests' }, () => ({
            contents: tests.map((file) => `import ${JSON.stringify(file)};`).join('\n'),
            resolveDir: repoRoot,
            loader: 'ts',
          }));
        },
      },
    ],
  });
  log(`bundled ${tests.length} integration suite(s): ${tests.map((t) => relative(repoRoot, t)).join(', ')}`);
  return outfile;
}

