// `roadmap toggle FILE (--line N | --task TEXT)... [--done | --open]`: sets or flips those tasks' boxes in place and
// changes no other byte. Several tasks at once follow the editor's rule: if any is open they all become done, else
// they all reopen; --done / --open set a state instead (idempotent: a task already so is left as it is).
import { parseArgs } from 'node:util';
import { findTask, type FindTaskResult } from '../core/agent/findTask';
import { applyEdits, toggleTasks } from '../core/edit/edits';
import type { Task } from '../core/model';
import { parseRoadmap } from '../core/parse/parse';
import { CliError, EXIT_BAD_INPUT, EXIT_NO_TASK, EXIT_OK, readRoadmapFile, writeRoadmapFile, type CliIo } from './cliIo';

export const TOGGLE_USAGE =
  'roadmap toggle FILE (--line N | --task TEXT)... [--done | --open]   tick or reopen those tasks (all done if any is open)';

export function toggleCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    options: {
      line: { type: 'string', multiple: true, short: 'l' },
      task: { type: 'string', multiple: true, short: 't' },
      done: { type: 'boolean' },
      open: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new CliError(`toggle takes exactly one FILE (got ${positionals.length}); usage: ${TOGGLE_USAGE}`, EXIT_BAD_INPUT);
  if (values.done && values.open) throw new CliError('toggle takes --done or --open, not both', EXIT_BAD_INPUT);
  const lineArgs = values.line ?? [];
  const taskArgs = values.task ?? [];
  if (lineArgs.length + taskArgs.length === 0) throw new CliError(`toggle needs at least one --line N or --task TEXT; usage: ${TOGGLE_USAGE}`, EXIT_BAD_INPUT);
  const lines = lineArgs.map((raw) => {
    if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) throw new CliError(`--line wants a line number from 1 up, not "${raw}"`, EXIT_BAD_INPUT);
    return Number(raw);
  });

  const roadmap = readRoadmapFile(io, positionals[0]);
  const doc = parseRoadmap(roadmap.text);
  const problems: string[] = [];
  const chosen: Task[] = [];
  const take = (what: string, result: FindTaskResult) => {
    if (result.kind === 'found') chosen.push(result.task);
    else if (result.kind === 'ambiguous') problems.push(`${what} matches ${result.candidates.length} tasks (${result.candidates.map((t) => `line ${t.line}`).join(', ')}); name one by --line`);
    else problems.push(`${what} holds no task`);
  };
  for (const line of lines) take(`line ${line}`, findTask(doc, { line }));
  for (const text of taskArgs) take(`--task "${text}"`, findTask(doc, { text }));
  if (problems.length > 0) {
    io.stderr.write(`roadmap: ${roadmap.file}: ${problems.join('; ')}; nothing was changed\n`);
    return EXIT_NO_TASK;
  }
  const tasks = [...new Map(chosen.map((t) => [t.index, t])).values()].sort((a, b) => a.index - b.index);
  const done = values.done ? true : values.open ? false : tasks.some((t) => !t.checked);
  const edits = toggleTasks(doc, tasks.map((t) => t.index), done ? 'check' : 'uncheck');
  if (edits.length > 0) writeRoadmapFile(io, roadmap, applyEdits(roadmap.text, edits));
  for (const task of tasks) {
    const note = task.checked === done ? ' (unchanged)' : '';
    io.stdout.write(`${roadmap.file}:${task.line}: [${done ? 'x' : ' '}] ${oneLine(task.text)}${note}\n`);
  }
  return EXIT_OK;
}

/** Document text never reaches the terminal as control sequences. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
