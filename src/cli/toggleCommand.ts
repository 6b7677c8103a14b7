// `roadmap toggle FILE --line N [--line M…]`: flips those tasks' boxes in place and changes no other byte.
import { parseArgs } from 'node:util';
import { applyEdits, toggleTasks } from '../core/edit/edits';
import { parseRoadmap } from '../core/parse/parse';
import { CliError, EXIT_BAD_INPUT, EXIT_NO_TASK, EXIT_OK, readRoadmapFile, writeRoadmapFile, type CliIo } from './cliIo';

export const TOGGLE_USAGE = 'roadmap toggle FILE --line N [--line M...]   check or reopen the tasks on those lines';

export function toggleCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    options: { line: { type: 'string', multiple: true, short: 'l' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new CliError(`toggle takes exactly one FILE (got ${positionals.length}); usage: ${TOGGLE_USAGE}`, EXIT_BAD_INPUT);
  const lineArgs = values.line ?? [];
  if (lineArgs.length === 0) throw new CliError(`toggle needs at least one --line N; usage: ${TOGGLE_USAGE}`, EXIT_BAD_INPUT);
  const lines = lineArgs.map((raw) => {
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new CliError(`--line wants a line number from 1 up, not "${raw}"`, EXIT_BAD_INPUT);
    return Number(raw);
  });

  const roadmap = readRoadmapFile(io, positionals[0]);
  const doc = parseRoadmap(roadmap.text);
  const taskByLine = new Map(doc.tasks.map((t) => [t.line, t] as const));
  const missing = lines.filter((line) => !taskByLine.has(line));
  if (missing.length > 0) {
    const which = missing.length === 1 ? `line ${missing[0]} holds` : `lines ${missing.join(', ')} hold`;
    io.stderr.write(`roadmap: ${roadmap.file}: ${which} no task; nothing was changed\n`);
    return EXIT_NO_TASK;
  }
  const tasks = [...new Set(lines)].flatMap((line) => taskByLine.get(line) ?? []);
  writeRoadmapFile(io, roadmap, applyEdits(roadmap.text, toggleTasks(doc, tasks.map((t) => t.index), 'toggle')));
  for (const task of tasks) io.stdout.write(`${roadmap.file}:${task.line}: [${task.checked ? ' ' : 'x'}] ${task.text}\n`);
  return EXIT_OK;
}
