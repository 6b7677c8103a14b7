// History: 500 versions of a ~50 KB roadmap, each a commit's worth of change (ticks, a new task, a rewording, a
// reorder now and then), judged by the core with one incremental parser; then the same versions read back from a
// real git repository (built with fast-import, so building it takes no minutes) by the CLI's reader.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gitVersions } from '../../src/cli/gitVersions';
import { buildHistory, type Version } from '../../src/core/history/history';
import { addDays } from '../../src/core/language/periods';
import { generateRoadmap } from '../unit/helpers/generate';

/** `count` versions of a generated roadmap, one or two days apart, oldest first. */
export function historyVersions(count: number, tasks = 2300): Version[] {
  let text = generateRoadmap(tasks).replace(/- \[x\]/g, '- [ ]');
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const versions: Version[] = [];
  let day = '2025-01-06';
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      const lines = text.split('\n');
      const taskLines = lines.map((l, n) => (/^\s*- \[[ x]\] /.test(l) ? n : -1)).filter((n) => n >= 0);
      const pick = () => taskLines[rand(taskLines.length)];
      for (let k = 0; k < 3; k++) {
        const n = pick();
        lines[n] = lines[n].replace('- [ ]', '- [x]');
      }
      if (i % 5 === 0) lines.splice(pick() + 1, 0, `- [ ] Follow-up ${i} found in review`);
      if (i % 7 === 0) {
        const n = pick();
        lines[n] = lines[n].replace(/Task (\d+)/, 'Task $1 (revised scope)');
      }
      if (i % 11 === 0) {
        const n = pick();
        if (/^- /.test(lines[n]) && /^- /.test(lines[n + 1] ?? '')) [lines[n], lines[n + 1]] = [lines[n + 1], lines[n]];
      }
      text = lines.join('\n');
      day = addDays(day, 1 + (i % 2));
    }
    versions.push({ commit: (i + 1).toString(16).padStart(40, '0'), date: `${day}T10:00:00+00:00`, author: 'Bench', text });
  }
  return versions;
}

function fastImport(dir: string, versions: readonly Version[]): void {
  const parts: string[] = [];
  versions.forEach((v, i) => {
    const seconds = Math.floor(Date.parse(v.date) / 1000);
    const data = Buffer.from(v.text, 'utf8');
    const message = `version ${i + 1}`;
    parts.push(
      `commit refs/heads/main\ncommitter Bench <bench@example.com> ${seconds} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`,
      `M 100644 inline ROADMAP.md\ndata ${data.length}\n${v.text}\n`,
    );
  });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: parts.join('') });
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
}

const busy = (): boolean => loadavg()[0] >= cpus().length;

export function benchHistory(count = 500): void {
  const versions = historyVersions(count);
  const kb = versions[versions.length - 1].text.length / 1024;
  console.log(`\nhistory: ${count} versions of a ${kb.toFixed(0)} KB roadmap (${(versions.length * kb / 1024).toFixed(0)} MB of text)`);
  let start = performance.now();
  const cpu = process.cpuUsage();
  const h = buildHistory(versions);
  const core = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const coreCpu = (used.user + used.system) / 1000;
  const done = h.tasks.filter((t) => t.doneAt).length;
  // On a busy machine the wall clock stretches with everyone else's work; CPU time (GC threads included) does not.
  const judged = busy() ? coreCpu : core;
  console.log(
    `  buildHistory (one incremental parser, matching, burn-up)   ${(core / 1000).toFixed(2)} s wall, ${(coreCpu / 1000).toFixed(2)} s CPU   ${(judged / count).toFixed(1)} ms/version, ${done} tick dates   [≤ 10 s: ${judged <= 10_000 ? 'ok' : 'MISSED'}]`,
  );

  const dir = mkdtempSync(path.join(tmpdir(), 'roadmap-history-bench-'));
  try {
    fastImport(dir, versions);
    start = performance.now();
    const read = gitVersions(path.join(dir, 'ROADMAP.md'));
    const git = performance.now() - start;
    // Versions equal to the one before (a tick of a box already ticked) are no change to git.
    const distinct = versions.filter((v, i) => i === 0 || v.text !== versions[i - 1].text).length;
    if (read.length !== distinct) throw new Error(`git gave ${read.length} versions, expected ${distinct}`);
    console.log(`  gitVersions (git log --follow + one cat-file --batch)       ${(git / 1000).toFixed(2)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
