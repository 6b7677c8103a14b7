// The webview script in real chromium, under the same CSP the panel sets, with a stand-in for acquireVsCodeApi:
// drawing, hostile text, keyboard and mouse reveal, tooltips, zoom kept across updates.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseRoadmap } from '../../src/core/parse/parse';
import { layoutTimeline } from '../../src/core/timeline/timelineLayout';
import type { HostMessage, WebviewMessage } from '../../src/shared/protocol';

const chromiumPath = '/usr/bin/chromium';
const repo = path.resolve(__dirname, '../..');

const hostile = [
  '# Plan',
  '',
  '## Phase 1: `<img src=x onerror=alert(1)>` (Weeks 1-2)',
  '',
  '- [x] done',
  '- [ ] open',
  '',
  '## Phase 2: Build `<script>alert(2)</script>` (Weeks 2-4)',
  '',
  'Dependencies: Phase 1',
  '',
  '## Phase 3: Ship',
  '',
].join('\n');

function layoutMessage(text: string, version: number): HostMessage {
  return { type: 'layout', layout: layoutTimeline(parseRoadmap(text)), fileName: 'ROADMAP.md', uri: 'file:///w/ROADMAP.md', version };
}

declare global {
  interface Window {
    posted: WebviewMessage[];
    violations: string[];
  }
}

describe('timeline webview in a browser', function () {
  this.timeout(60_000);
  let browser: Browser;
  let script: string;
  let page: Page;
  let dialogs: string[];
  let dir: string;
  let pageFile: string;

  before(async () => {
    if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: install Debian's chromium (apt-get install chromium)`);
    const built = await esbuild.build({ entryPoints: [path.join(repo, 'src/webview/timeline.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022' });
    script = built.outputFiles[0].text;
    dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-webview-'));
    pageFile = path.join(dir, 'timeline.html');
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 900, height: 500 } });
    dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // A string, not a function: the test runner's transpiler would add helpers the page does not have.
    await page.addInitScript(`
      window.posted = [];
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
      let state;
      window.acquireVsCodeApi = () => ({
        postMessage: (m) => window.posted.push(m),
        getState: () => state,
        setState: (s) => { state = s; },
      });
    `);
    // The panel's CSP: our stylesheet (file: stands in for the webview's cspSource) and the one nonce'd script.
    const css = `file://${path.join(repo, 'media/timeline.css')}`;
    const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src file:; script-src 'nonce-abc'">`
      + `<link rel="stylesheet" href="${css}"></head>`
      + `<body><div id="root"></div><script nonce="abc">${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
    writeFileSync(pageFile, html);
    await page.goto(`file://${pageFile}`);
  });

  afterEach(async () => {
    await page?.close();
  });

  async function send(message: HostMessage): Promise<void> {
    await page.evaluate((m) => window.postMessage(m, '*'), message);
  }

  async function posted(): Promise<WebviewMessage[]> {
    return page.evaluate(() => window.posted);
  }

  it('says ready, draws a bar per item, and reports what it drew', async () => {
    assert.deepEqual(await posted(), [{ type: 'ready' }]);
    await send(layoutMessage(hostile, 7));
    await page.waitForFunction(() => window.posted.some((m) => m.type === 'rendered'));
    assert.equal(await page.locator('g.item').count(), 3);
    const rendered = (await posted()).at(-1) as Extract<WebviewMessage, { type: 'rendered' }>;
    // The answer comes after the frame that painted the draw, with the page's clock then.
    assert.ok(typeof rendered.paintedAt === 'number' && Math.abs(Date.now() - rendered.paintedAt) < 60_000, JSON.stringify(rendered));
    assert.deepEqual({ ...rendered, paintedAt: undefined }, { type: 'rendered', version: 7, rows: 3, paintedAt: undefined });
    assert.equal(await page.locator('path.arrow').count(), 1);
    assert.equal(await page.locator('.file').textContent(), 'ROADMAP.md');
    assert.match((await page.locator('.hint').textContent()) ?? '', /1 of 3 sections state no period/);
    assert.equal(await page.locator('g.item[data-placement="lane"]').count(), 1);
  });

  it('inserts hostile headings as text: no element, no script, no CSP violation', async () => {
    await send(layoutMessage(hostile, 1));
    await page.waitForSelector('g.item');
    const result = await page.evaluate(() => ({
      forbidden: [...document.querySelectorAll('img, script:not([nonce]), foreignObject, iframe')].length,
      labels: [...document.querySelectorAll('text.label')].map((t) => t.textContent ?? ''),
      aria: [...document.querySelectorAll('g.item')].map((g) => g.getAttribute('aria-label') ?? ''),
    }));
    assert.equal(result.forbidden, 0);
    assert.ok(result.labels[0].startsWith('Phase 1: <img src=x'), result.labels[0]);
    assert.ok(result.aria[0].includes('<img src=x onerror=alert(1)>'));
    assert.ok(result.aria[1].includes('<script>alert(2)</script>'));
    await page.locator('g.item').first().focus();
    assert.ok(((await page.locator('.tooltip').textContent()) ?? '').includes('<img src=x onerror=alert(1)>'));
    assert.deepEqual(dialogs, []);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
  });

  it('reveals a heading on click and on Enter, and shows done/total, period and dependencies on focus', async () => {
    await send(layoutMessage(hostile, 1));
    await page.waitForSelector('g.item');
    await page.locator('g.item').nth(1).click();
    await page.locator('g.item').first().focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    const tip = (await page.locator('.tooltip').textContent()) ?? '';
    assert.match(tip, /Weeks 2–4/);
    assert.match(tip, /Depends on: Phase 1/);
    await page.locator('g.item').first().focus();
    assert.match((await page.locator('.tooltip').textContent()) ?? '', /Tasks: 1\/2 done \(50%\)/);
    const reveals = (await posted()).filter((m) => m.type === 'reveal');
    assert.deepEqual(reveals, [{ type: 'reveal', line: 8 }, { type: 'reveal', line: 3 }]);
  });

  it('keeps zoom and scroll when a new layout arrives, and moves the changed bar', async () => {
    await send(layoutMessage(hostile, 1));
    await page.waitForSelector('g.item');
    const width = async () => Number(await page.locator('svg.chart').getAttribute('width'));
    const before = await width();
    await page.locator('#zoomIn').click();
    await page.locator('#zoomIn').click();
    const zoomed = await width();
    assert.ok(zoomed > before * 1.5, `${zoomed} > 1.5 × ${before}`);
    await page.evaluate(() => {
      document.getElementById('scroller')!.scrollLeft = 200;
    });
    const x = async () => Number(await page.locator('g.item').nth(1).locator('rect.bar').getAttribute('x'));
    const x0 = await x();
    await send(layoutMessage(hostile.replace('(Weeks 2-4)', '(Weeks 3-4)'), 2));
    await page.waitForFunction(() => window.posted.filter((m) => m.type === 'rendered').length === 2);
    assert.equal(await width(), zoomed);
    assert.equal(await page.evaluate(() => document.getElementById('scroller')!.scrollLeft), 200);
    assert.ok((await x()) > x0, 'Phase 2 moved right by a week');
    await page.locator('#fit').click();
    assert.ok(Math.abs((await width()) - 900) <= 2, `fit gives ${await width()}`);
  });

  it('ignores messages that are not host messages', async () => {
    await send(layoutMessage(hostile, 1));
    await page.waitForSelector('g.item');
    await page.evaluate(() => window.postMessage({ type: 'layout', layout: '<img src=x onerror=alert(1)>' }, '*'));
    await page.evaluate(() => window.postMessage('<img src=x onerror=alert(1)>', '*'));
    await page.waitForTimeout(50);
    assert.equal(await page.locator('g.item').count(), 3);
    assert.deepEqual(dialogs, []);
  });
});
