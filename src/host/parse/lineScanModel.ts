// What a line scan alone can read of a roadmap: top-level headings (from the split, which already skips fences and
// HTML blocks) and task lines by their look. Used when a real parse ran over its budget (a pathological document):
// the views then show this, marked partial, instead of nothing. Linear in the text, no remark.
import { readHeading, statusIn } from '../../core/language/classify';
import { periodIn } from '../../core/language/periods';
import { buildModel, type ChunkData, type ChunkTask, type ParsedChunk } from '../../core/parse/buildModel';
import type { RoadmapDocument } from '../../core/model';
import { scanDocument } from '../../core/parse/split';

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const TASK = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?=[ \t]|$)/;
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function lineScanModel(text: string): RoadmapDocument {
  const scan = scanDocument(text);
  const parts: ParsedChunk[] = scan.chunks.map((chunk) => ({ chunk, data: chunkData(chunk.text) }));
  return buildModel(parts, scan);
}

function chunkData(text: string): ChunkData {
  const data: ChunkData = { headings: [], tasks: [], tables: [], timeline: [] };
  // Open tasks by indentation, so nesting (and rolled-up progress) follows the indentation as lists usually do.
  const open: Array<{ indent: number; index: number }> = [];
  let line = 0;
  let fence = '';
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m && m[0] !== ''; m = LINE.exec(text), line++) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const start = m.index;
    // Nothing inside a fenced code block is a task (a fence closes with the same character, at least as long).
    const f = FENCE.exec(raw);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && raw.trim() === f[1]) fence = '';
      continue;
    }
    if (f && !(f[1][0] === '`' && raw.slice(f[0].length).includes('`'))) {
      fence = f[1];
      continue;
    }
    if (line === 0) {
      const h = HEADING.exec(raw);
      if (h) {
        const title = (h[2] ?? '').trim();
        const reading = readHeading(title);
        data.headings.push({
          line: 0,
          level: h[1].length,
          title,
          rawTitle: title,
          kind: reading.kind,
          id: reading.id,
          word: reading.word,
          about: reading.about,
          status: statusIn(title),
          period: periodIn(title, 'heading'),
          facts: {
            status: null,
            period: null,
            dependencies: null,
            priority: null,
            durationWeeks: null,
            spans: { status: null, period: null, dependencies: null, priority: null, duration: null },
          },
          // The scan reads no words' places: the model's provenance stays empty rather than guessed.
          spans: { kind: null, status: null, period: null },
        });
        continue;
      }
    }
    const t = TASK.exec(raw);
    if (!t) continue;
    const indent = t[1].replace(/\t/g, '    ').length;
    while (open.length > 0 && open[open.length - 1].indent >= indent) open.pop();
    const parent = open.length > 0 ? open[open.length - 1].index : -1;
    const box = start + t[0].length - 2;
    const task: ChunkTask = {
      line,
      offset: box,
      boxLength: 1,
      checked: t[2] !== ' ',
      text: raw.slice(t[0].length).trim(),
      raw: raw.slice(t[0].length).trim(),
      depth: open.length,
      parent,
      endLine: line,
      heading: data.headings.length - 1,
    };
    data.tasks.push(task);
    open.push({ indent, index: data.tasks.length - 1 });
  }
  return data;
}
