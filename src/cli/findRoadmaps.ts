// The roadmaps under a directory, found with the same globs as the extension's `roadmap.files` default (read from
// package.json, so the CLI, the MCP server and the editor agree on what a roadmap is).
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import manifest from '../../package.json';

/** Never descended into: dependencies and version-control internals hold other people's roadmaps or none. */
const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);
/** A walk stops here: a home directory or a monorepo with a vendored world must still answer at once. */
const MAX_ENTRIES = 100_000;
const MAX_DEPTH = 24;

export function defaultRoadmapGlobs(): string[] {
  const general = manifest.contributes.configuration.find((c) => 'roadmap.files' in c.properties);
  const files = (general?.properties as Record<string, { default?: unknown }> | undefined)?.['roadmap.files']?.default;
  return Array.isArray(files) ? files.filter((g): g is string => typeof g === 'string') : ['**/ROADMAP.md', '**/roadmap.md', '**/.planning/ROADMAP.md', '**/specs/*/tasks.md', '**/.kiro/specs/*/tasks.md', '**/*.plan.md', '**/backlog/tasks/*.md', '**/PLAN.md'];
}

/**
 * Roadmap files under `root` (paths relative to it, `/`-separated, sorted). Symbolic links are not followed, so
 * nothing outside the root is ever reached through one.
 */
export function findRoadmaps(root: string, globs: readonly string[] = defaultRoadmapGlobs()): string[] {
  const matches = picomatch(globs as string[], { dot: true });
  const found: string[] = [];
  let seen = 0;
  const stack: Array<{ dir: string; depth: number }> = [{ dir: '', depth: 0 }];
  while (stack.length > 0 && seen < MAX_ENTRIES) {
    const { dir, depth } = stack.pop() as { dir: string; depth: number };
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      continue; // unreadable folders are skipped, as a search would
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) break;
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && depth < MAX_DEPTH) stack.push({ dir: relative, depth: depth + 1 });
      } else if (entry.isFile() && matches(relative)) {
        found.push(relative);
      }
    }
  }
  return found.sort();
}

