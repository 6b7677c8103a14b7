import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { run } from '../../src/cli/main';
import { parseRoadmap } from '../../src/core/parse/parse';
import { escapeXml, fitText, fitZoom, timelineGeometry, timelineSvg } from '../../src/core/timeline/svg';
import { layoutTimeline, type TimelineLayout } from '../../src/core/timeline/timelineLayout';
import { FakeIo } from './helpers/fakeIo';
import { seedText as seed } from './helpers/corpus';

const roadmaps = path.resolve(__dirname, '../../../shared/roadmaps');
if (!existsSync(roadmaps)) throw new Error(`The shared roadmap documents are missing: expected them at ${roadmaps}`);
const chromiumPath = '/usr/bin/chromium';

/** A heading whose code span keeps markup as literal text all the way into the model's plain title. */
const hostileRoadmap = [
  '# Plan `<script>alert("title")</script>`',
  '',
  '## Phase 1: `<img src=x onerror=alert(1)>` (Weeks 1-2)',
  '',
  '- [x] done',
  '- [ ] open',
  '',
  '## Phase 2: "quotes" & \'apostrophes\' `]]> <!-- --> <svg onload=alert(2)>` (Weeks 2-4)',
  '',
  'Dependencies: Phase 1',
  '',
].join('\n');

function itemCount(layout: TimelineLayout): number {
  return layout.rows.reduce((n, r) => n + r.items.length, 0) + layout.lane.length;
}

describe('timeline SVG', () => {
  it('draws one bar per item and one label per row for every seed', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const layout = layoutTimeline(parseRoadmap(seed(prefix)), { today: '2024-05-10' });
      const svg = timelineSvg(layout);
      assert.equal(svg.match(/<g class="item"/g)?.length ?? 0, itemCount(layout), prefix);
      assert.equal(svg.match(/<text class="label/g)?.length ?? 0, layout.rows.length + layout.lane.length, prefix);
      assert.equal(svg.includes('class="tick"'), layout.axis.mode !== 'none', `${prefix}: ticks only where the document states time`);
      const onAxis = new Set(layout.rows.flatMap((r) => r.items.map((i) => i.section)));
      assert.equal(svg.match(/<path class="arrow/g)?.length ?? 0, layout.arrows.filter((a) => onAxis.has(a.from) && onAxis.has(a.to)).length, `${prefix}: arrows join items in time only`);
      assert.equal(svg.includes('class="today"'), layout.today !== undefined, prefix);
    }
  });

  it('escapes every piece of document text', () => {
    const layout = layoutTimeline(parseRoadmap(hostileRoadmap));
    assert.ok(layout.rows[0].items[0].title.includes('<img src=x onerror=alert(1)>'), 'the title really carries markup as text');
    const svg = timelineSvg(layout);
    assert.ok(!/<img|<script|<svg onload|<!--/i.test(svg), 'no markup from the document survives unescaped');
    assert.ok(svg.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(svg.includes('&quot;quotes&quot; &amp; &apos;apostrophes&apos;'));
    assert.equal(escapeXml('a\u0000b\u001fc<'), 'abc&lt;', 'characters XML forbids are dropped');
  });

  it('places bars by day: geometry follows offsets and zoom', () => {
    const layout = layoutTimeline(parseRoadmap(seed('003')));
    const g1 = timelineGeometry(layout);
    const g2 = timelineGeometry(layout, { zoom: 2 });
    const bars1 = g1.rows.flatMap((r) => r.bars);
    const bars2 = g2.rows.flatMap((r) => r.bars);
    assert.equal(bars1.length, 6);
    for (let i = 0; i < bars1.length; i++) {
      assert.equal(bars1[i].x, g1.labelWidth + bars1[i].item.offset * g1.dayWidth);
      assert.equal(bars1[i].width, bars1[i].item.length * g1.dayWidth);
      assert.equal(bars2[i].width, bars1[i].width * 2);
      assert.ok(bars1[i].x + bars1[i].width <= g1.width);
    }
    // Phases 2 and 3 overlap in time and sit on different rows.
    assert.ok(bars1[2].x < bars1[1].x + bars1[1].width && bars1[2].y > bars1[1].y);
    const fit = fitZoom(layout, 800);
    assert.ok(Math.abs(timelineGeometry(layout, { zoom: fit }).width - 800) <= 1);
  });

  it('fills each bar by its progress', () => {
    const layout = layoutTimeline(parseRoadmap(seed('001')));
    const bars = timelineGeometry(layout).rows.flatMap((r) => r.bars);
    const phase1 = bars.find((b) => b.item.id === 'Phase 1');
    assert.ok(phase1);
    assert.equal(phase1.fill, phase1.width, 'Phase 1 is 9/9 done');
    assert.equal(phase1.lane, true, 'Phase 1 states no period: it is listed in the lane');
    assert.equal(phase1.text, '9/9 · 100%');
    assert.ok(bars.filter((b) => b.item.id !== 'Phase 1').every((b) => b.fill < b.width));
  });

  it('draws milestones without dates as diamonds in the lane, estimates hatched, soft periods faded', () => {
    const milestones = timelineSvg(layoutTimeline(parseRoadmap(seed('002'))));
    assert.equal(milestones.match(/<path class="bar [^"]*lane[^"]*"/g)?.length, 4, 'M0–M3 are diamonds');
    assert.ok(!milestones.includes('class="tick"'));
    assert.ok(milestones.includes('no time axis'));
    const quarters = timelineGeometry(layoutTimeline(parseRoadmap(seed('001'))));
    assert.ok(quarters.rows.filter((r) => !r.lane).every((r) => r.bars.every((b) => b.soft)), 'quarters have soft edges');
    const estimate = timelineSvg(layoutTimeline(parseRoadmap('# P\n## Phase 1 (Weeks 1-2)\n## Phase 2\nEstimated Duration: 3 weeks\n')));
    assert.equal(estimate.match(/class="bar [^"]*estimated/g)?.length, 1);
    assert.ok(estimate.includes('fill="url(#hatch)"'));
  });

  it('cuts long text with an ellipsis without splitting surrogate pairs', () => {
    assert.equal(fitText('short', 200), 'short');
    const cut = fitText('🚀'.repeat(40), 70);
    assert.ok(cut.endsWith('…'));
    assert.ok(![...cut].some((c) => c.length === 1 && /[\ud800-\udfff]/.test(c)));
  });
});

describe('roadmap timeline (CLI)', () => {
  it('prints the layout as JSON: seed 003\'s phases on its own week numbers', async () => {
    const io = new FakeIo().put('ROADMAP.md', seed('003'));
    assert.equal(await run(['timeline', 'ROADMAP.md', '--format', 'json', '--today', 'none'], io), 0);
    const json = JSON.parse(io.out);
    assert.equal(json.axis.mode, 'week');
    // The seed's headings say "(Weeks 1-3)", "(Weeks 4-6)", "(Weeks 5-7)", "(Weeks 7-9)", "(Weeks 8-10)", "(Weeks 10-12)".
    const items = json.rows.flatMap((row: { items: { id: string; start: string; end: string; line: number }[] }) => row.items.map((i) => [i.id, i.start, i.end, i.line]));
    assert.deepEqual(items, [
      ['Phase 1', 'W1', 'W3', 14],
      ['Phase 2', 'W4', 'W6', 38],
      ['Phase 3', 'W5', 'W7', 62],
      ['Phase 4', 'W7', 'W9', 86],
      ['Phase 5', 'W8', 'W10', 110],
      ['Phase 6', 'W10', 'W12', 134],
    ]);
    assert.equal(json.today, undefined, '--today none draws no marker');
  });

  it('writes the SVG to -o, choosing the format from the extension', async () => {
    const io = new FakeIo().put('ROADMAP.md', seed('001'));
    assert.equal(await run(['timeline', 'ROADMAP.md', '-o', 'plan.svg', '--today', '2024-05-10'], io), 0);
    const svg = io.text('plan.svg');
    assert.match(svg, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Seed 001 has five phases, and 2024-05-10 falls inside its Q1 2024 – Q1 2025 axis.
    assert.equal(svg.match(/<g class="item"/g)?.length, 5);
    assert.match(svg, /<text class="today-label"[^>]*>today 2024-05-10<\/text>/);
    assert.equal(await run(['timeline', 'ROADMAP.md', '-o', 'plan.json', '--today', 'none'], io), 0);
    // Phase 1 states no period: it waits in the lane for undated items, not on the axis.
    const json = JSON.parse(io.text('plan.json'));
    assert.deepEqual(json.rows.map((r: { items: { id: string }[] }) => r.items[0].id), ['Phase 2', 'Phase 3', 'Phase 4', 'Phase 5']);
    assert.deepEqual(json.lane.map((i: { id: string }) => i.id), ['Phase 1']);
    assert.equal(io.out, '', 'nothing on stdout when writing to a file');
  });

  it('rejects bad usage with exit code 2 and one line on stderr', async () => {
    const plain = new FakeIo().put('ROADMAP.md', '# R\n');
    assert.equal(await run(['timeline', '--today', 'none'], plain), 0, 'no FILE reads ./ROADMAP.md');
    assert.ok(plain.out.startsWith('<svg'));
    for (const args of [
      ['timeline', 'a.md', 'b.md'],
      ['timeline', 'ROADMAP.md', '--format', 'png'],
      ['timeline', 'ROADMAP.md', '--today', '2024-13-45'],
      ['timeline', 'ROADMAP.md', '--today', '2024-02-30'],
      ['timeline', 'ROADMAP.md', '--today', '2023-02-29'],
      ['timeline', 'missing.md'],
    ]) {
      const io = new FakeIo().put('ROADMAP.md', '# R\n');
      assert.equal(await run(args, io), 2, args.join(' '));
      assert.match(io.err, /^roadmap: [^\n]*\n$/, args.join(' '));
      assert.equal(io.out, '');
    }
  });

  it('accepts a leap day', async () => {
    const io = new FakeIo().put('ROADMAP.md', '# P\n## Phase 1 (Q1 2024)\n- [ ] a\n');
    assert.equal(await run(['timeline', 'ROADMAP.md', '--format', 'json', '--today', '2024-02-29'], io), 0);
    assert.equal(JSON.parse(io.out).today, '2024-02-29');
  });

  it('refuses to write the picture over the roadmap itself, under any name', async () => {
    const io = new FakeIo().put('ROADMAP.md', seed('001'));
    for (const output of ['ROADMAP.md', './ROADMAP.md', '/work/ROADMAP.md']) {
      assert.equal(await run(['timeline', 'ROADMAP.md', '-o', output], io), 2, output);
      assert.match(io.err, /is the roadmap itself/);
      assert.deepEqual(io.writes, []);
      assert.equal(io.text('ROADMAP.md'), seed('001'));
      io.err = '';
    }
  });
});

describe('timeline SVG in a browser', function () {
  this.timeout(60_000);
  let browser: Browser;
  let dir: string;

  before(async () => {
    if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: install Debian's chromium (apt-get install chromium)`);
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
    dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-svg-'));
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(svg: string, name: string) {
    const file = path.join(dir, name);
    writeFileSync(file, svg);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`file://${file}`);
    await page.waitForTimeout(100);
    return { page, dialogs };
  }

  it('renders every seed as a well-formed SVG with its bars', async () => {
    for (const prefix of ['001', '002', '003', '004']) {
      const layout = layoutTimeline(parseRoadmap(seed(prefix)), { today: '2024-05-10' });
      const { page } = await open(timelineSvg(layout), `${prefix}.svg`);
      const result = await page.evaluate(() => ({
        root: document.documentElement.localName,
        errors: document.getElementsByTagName('parsererror').length,
        items: document.querySelectorAll('g.item').length,
        width: document.documentElement.getBoundingClientRect().width,
      }));
      assert.deepEqual({ root: result.root, errors: result.errors, items: result.items }, { root: 'svg', errors: 0, items: itemCount(layout) }, prefix);
      // The page lays the picture out at the width the file declares (the browser's box, not our number echoed).
      const declared = Number(/^<svg[^>]*\swidth="([\d.]+)"/.exec(timelineSvg(layout))?.[1]);
      assert.ok(declared > 300, prefix);
      assert.equal(Math.round(result.width), Math.round(declared), prefix);
      await page.close();
    }
  });

  it('shows hostile headings as text and runs no script', async () => {
    const layout = layoutTimeline(parseRoadmap(hostileRoadmap));
    const { page, dialogs } = await open(timelineSvg(layout), 'hostile.svg');
    const result = await page.evaluate(() => ({
      errors: document.getElementsByTagName('parsererror').length,
      elements: [...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => ['img', 'script', 'foreignObject', 'iframe'].includes(n)),
      labels: [...document.querySelectorAll('text.label')].map((t) => t.textContent),
      tips: [...document.querySelectorAll('g.item > title')].map((t) => t.textContent),
      title: document.querySelector('title')?.textContent,
    }));
    assert.equal(result.errors, 0);
    assert.deepEqual(result.elements, []);
    assert.ok(result.labels[0]?.startsWith('Phase 1: <img src=x'), String(result.labels[0]));
    assert.ok(result.tips[0]?.includes('<img src=x onerror=alert(1)>'), String(result.tips[0]));
    assert.ok(result.tips[1]?.includes('"quotes" & \'apostrophes\' ]]> <!-- --> <svg onload=alert(2)>'), String(result.tips[1]));
    assert.ok(result.title?.includes('<script>alert("title")</script>'));
    assert.deepEqual(dialogs, []);
    await page.close();
  });
});
