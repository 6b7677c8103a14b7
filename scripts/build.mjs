// Bundles the extension (node/cjs, `vscode` external), the CLI (node) and the webview script (browser, into media/).
// The remark family is ESM-only; esbuild folds it into CommonJS bundles so VS Code and plain Node can load them.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/webview/timeline.ts'], outfile: 'media/timeline.js', platform: 'browser', format: 'iife' },
].filter((b) => existsSync(b.entryPoints[0]));

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
