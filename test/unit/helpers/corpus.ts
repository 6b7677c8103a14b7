// The real roadmaps under ../shared/roadmaps (next to the repository), read as test input, never copied.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROADMAPS_DIR = path.resolve(__dirname, '../../../../shared/roadmaps');

export interface CorpusFile {
  name: string;
  text: string;
}

function requireDir(dir: string): string {
  if (!existsSync(dir)) throw new Error(`Test roadmaps not found at ${dir}: the shared corpus must sit next to the repository.`);
  return dir;
}

export function seedText(prefix: string): string {
  const dir = requireDir(path.join(ROADMAPS_DIR, 'seeds'));
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`No seed ${prefix}* in ${dir}`);
  return readFileSync(path.join(dir, name), 'utf8');
}

/** The public roadmaps alone, by their file names (SOURCES.tsv is an index, not a roadmap). */
export function publicFiles(): CorpusFile[] {
  const dir = requireDir(path.join(ROADMAPS_DIR, 'public'));
  return readdirSync(dir)
    .sort()
    .filter((name) => name !== 'SOURCES.tsv')
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

/** Every seed and public roadmap (SOURCES.tsv is an index, not a roadmap). */
export function corpusFiles(): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const sub of ['seeds', 'public']) {
    const dir = requireDir(path.join(ROADMAPS_DIR, sub));
    for (const name of readdirSync(dir).sort()) {
      if (name === 'SOURCES.tsv') continue;
      out.push({ name: `${sub}/${name}`, text: readFileSync(path.join(dir, name), 'utf8') });
    }
  }
  if (out.length < 45) throw new Error(`Expected the 5 seeds and 44 public roadmaps in ${ROADMAPS_DIR}, found ${out.length}`);
  return out;
}
