// `roadmap next [FILE] [-n N] [--json]`: the open tasks to work on next, in plan order.
import { parseArgs } from 'node:util';
import { nextTasks, type NextTask } from '../core/agent/nextTasks';
import { parseRoadmap } from '../core/parse/parse';
import { terminalLine } from './terminalText';
import { CliError, EXIT_BAD_INPUT, EXIT_OK, readRoadmapFile, type CliIo } from './cliIo';

export const NEXT_USAGE = 'roadmap next [FILE] [-n N] [--json]   the next open tasks, in plan order (default 5)';

export interface NextJsonTask {
  line: number;
  text: string;
  /** The plan item (or section) the task belongs to; null before the first heading. */
  section: string | null;
  sectionId: string | null;
  sectionLine: number | null;
  reason: NextTask['reason'];
}

export function nextCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, n: { type: 'string', short: 'n' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 1) throw new CliError(`next takes at most one FILE (got ${positionals.length}); usage: ${NEXT_USAGE}`, EXIT_BAD_INPUT);
  const limit = values.n === undefined ? 5 : Number(values.n);
  if (!/^\d{1,6}$/.test(values.n ?? '5') || limit < 1) throw new CliError(`-n wants a number from 1 up, not "${values.n}"`, EXIT_BAD_INPUT);
  const roadmap = readRoadmapFile(io, positionals[0] ?? 'ROADMAP.md');
  const next = nextTasks(parseRoadmap(roadmap.text), limit).map(nextJson);
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ file: roadmap.file, tasks: next }, null, 2)}\n`);
    return EXIT_OK;
  }
  if (next.length === 0) {
    io.stdout.write(`${roadmap.file}: nothing to do next: every task of the started and ready items is done\n`);
    return EXIT_OK;
  }
  let lastSection: string | null | undefined;
  for (const t of next) {
    if (t.section !== lastSection) io.stdout.write(`${t.section ?? '(before the first heading)'}\n`);
    lastSection = t.section;
    io.stdout.write(`  ${roadmap.file}:${t.line}: [ ] ${terminalLine(t.text)}\n`);
  }
  return EXIT_OK;
}

export function nextJson({ task, item, reason }: NextTask): NextJsonTask {
  return { line: task.line, text: task.text, section: item?.title ?? null, sectionId: item?.id ?? null, sectionLine: item?.line ?? null, reason };
}
