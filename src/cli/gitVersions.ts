// The committed versions of a file, read with the git executable: `git log --follow` lists the commits that
// touched it (through renames, with the path it had in each) and one `git cat-file --batch` reads every blob —
// the same bytes `git show COMMIT:PATH` prints, without spawning a process per commit (500 spawns take seconds).
// No git, not a repository, or an untracked file: no versions, and no error.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Version } from '../core/history/history';
import { decodeRoadmapBytes } from '../core/parse/textInput';

const MAX_BUFFER = 2 ** 31 - 1;

function git(cwd: string, args: string[], input?: string): Buffer | null {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: MAX_BUFFER, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' }, windowsHide: true });
  if (result.error || result.status !== 0) return null;
  return result.stdout;
}

/** The commits that changed `absolutePath`, oldest first, with its text in each. */
export function gitVersions(absolutePath: string): Version[] {
  const dir = path.dirname(absolutePath);
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  if (!top) return [];
  const root = top.toString('utf8').trim();
  const relative = path.relative(root, absolutePath).split(path.sep).join('/');
  const log = git(root, ['log', '--follow', '--format=%x1e%H%x1f%aI%x1f%an', '--name-only', '--', relative]);
  if (!log) return [];
  const revisions: { commit: string; date: string; author: string; path: string }[] = [];
  for (const record of log.toString('utf8').split('\x1e').slice(1)) {
    const [header, ...names] = record.split('\n');
    const [commit, date, author] = header.split('\x1f');
    const name = names.find((n) => n.trim() !== '');
    // A merge lists no names; the file kept the name it had in the next (older) commit listed.
    revisions.push({ commit, date, author, path: name ?? '' });
  }
  for (let i = revisions.length - 1; i >= 0; i--) {
    if (revisions[i].path === '') revisions[i].path = i + 1 < revisions.length ? revisions[i + 1].path : relative;
  }
  if (revisions.length === 0) return [];
  const blobs = git(root, ['cat-file', '--batch'], revisions.map((r) => `${r.commit}:${r.path}\n`).join(''));
  if (!blobs) return [];
  const versions: Version[] = [];
  let at = 0;
  for (const r of revisions) {
    const eol = blobs.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = blobs.toString('utf8', at, eol);
    at = eol + 1;
    const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!m) continue; // "missing": the commit deleted the file
    const size = Number(m[1]);
    const bytes = blobs.subarray(at, at + size);
    at += size + 1;
    const decoded = decodeRoadmapBytes(bytes);
    if (decoded.ok) versions.push({ commit: r.commit, date: r.date, author: r.author, text: decoded.text });
  }
  return versions.reverse();
}
