// Bundles the extension twice — for the Node extension host (`main`: node/cjs) and for the web worker extension host
// of vscode.dev and github.dev (`browser`: browser/cjs, src/host/platform/web.ts in place of node.ts) — the CLI (node)
// and the webview script (browser, into media/). `vscode` stays external in both extension bundles.
// The remark family is ESM-only; esbuild folds it into CommonJS bundles so VS Code and plain Node can load them.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

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

/** The web build's half of src/host/platform: every import of platform/node becomes platform/web. */
const webPlatform = {
  name: 'web-platform',
  setup(build) {
    build.onResolve({ filter: /[\\/]platform[\\/]node(\.ts)?$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/node(\.ts)?$/, 'web.ts')) }));
  },
};

/**
 * What a web worker does not have. esbuild already refuses Node's modules on the browser platform; these are the
 * Node globals it lets through, and the DOM a worker lacks, which would only fail when the code runs in vscode.dev.
 */
const nodeGlobals = /\b(setImmediate|clearImmediate|__dirname|__filename|Buffer\.|process\.(env|platform|cwd|nextTick|hrtime|memoryUsage|cpuUsage)|document\.|window\.)/;

const webGuard = {
  name: 'web-guard',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const text = readFileSync(build.initialOptions.outfile, 'utf8');
      const hit = nodeGlobals.exec(text);
      if (hit) {
        const line = text.slice(0, hit.index).split('\n').length;
        result.errors.push({ text: `the web extension bundle uses \`${hit[0]}\` (${build.initialOptions.outfile}:${line}); neither exists in a web worker: use src/host/platform` });
      }
      const requires = [...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]).filter((m) => m !== 'vscode');
      if (requires.length > 0) result.errors.push({ text: `the web extension bundle requires ${[...new Set(requires)].join(', ')} at run time; only vscode is there` });
    });
  },
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // `worker`: packages that read HTML entities through the DOM (decode-named-character-reference) have a version
  // for hosts without one, and the web extension host is a worker.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', conditions: ['worker'], format: 'cjs', external: ['vscode'], plugins: [webPlatform, webGuard] },
  // The parser worker: its own bundle, started by the Node extension host with worker_threads (src/host/parse).
  { ...common, entryPoints: ['src/host/parse/parseWorkerNode.ts'], outfile: 'dist/parseWorker.js', platform: 'node', format: 'cjs' },
  // Its web twin: a Web Worker the web extension host starts (a classic script: VS Code loads nested workers by importScripts).
  { ...common, entryPoints: ['src/host/parse/parseWorkerWeb.ts'], outfile: 'dist/web/parseWorker.js', platform: 'browser', conditions: ['worker'], format: 'iife', plugins: [webPlatform, webGuard] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/webview/timeline.ts'], outfile: 'media/timeline.js', platform: 'browser', format: 'iife' },
].filter((b) => existsSync(b.entryPoints[0]));

/** The Marketplace icon: media/icon.svg drawn at 128×128 (the size the Marketplace and the Extensions view ask for). */
async function renderIcon() {
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(readFileSync('media/icon.svg'), { fitTo: { mode: 'width', value: 128 } }).render().asPng();
  writeFileSync('media/icon.png', png);
}

/**
 * The walkthrough's pictures: the README's screenshots from the E2E run (docs/images, refreshed by `npm run
 * screenshots`) drawn at 560 px wide, a quarter of the bytes, about what a walkthrough pane shows anyway.
 */
const walkthroughPictures = ['tree', 'toggle', 'timeline'];

async function renderWalkthroughPictures() {
  const { Resvg } = await import('@resvg/resvg-js');
  mkdirSync('media/walkthrough', { recursive: true });
  for (const name of walkthroughPictures) {
    const png = readFileSync(`docs/images/${name}.png`);
    // PNG header: width and height as big-endian integers at bytes 16 and 20.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    writeFileSync(`media/walkthrough/${name}.png`, new Resvg(svg, { fitTo: { mode: 'width', value: 560 } }).render().asPng());
  }
}

if (watch) {
  await Promise.all([renderIcon(), renderWalkthroughPictures()]);
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all([...builds.map((b) => esbuild.build(b)), renderIcon(), renderWalkthroughPictures()]);
}
