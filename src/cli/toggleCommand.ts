// `roadmap toggle FILE (--line N | --task TEXT)... [--done | --open]`: sets or flips those tasks' boxes in place and
// changes no other byte. Several tasks at once follow the editor's rule: if any is open they all become done, else
// they all reopen; --done / --open set a state instead (idempotent: a task already so is left as it is).
import { parseArgs } from 'node:util';
import { findTask, type FindTaskResult } from '../core/agent/findTask';
import { applyEdits, toggleTasks } from '../core/edit/edits';
import type { Task } from '../core/model';
import { parseRoadmap } from '../core/parse/parse';
import { CliError, EXIT_BAD_INPUT, EXIT_NO_TASK, EXIT_OK, readRoadmapFile, writeRoadmapFile, type CliIo } from './cliIo';
import { terminalLine } from './terminalText';

export const TOGGLE_USAGE =
  'roadmap toggle FILE (--line N | --task TEXT)... [--done | --open]   tick or reopen those tasks (all done if any is open)';

export function toggleCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: joinOptionValues(args),
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
  for (const raw of lineArgs) {
    if (!/^\d+$/.test(raw) || /^0+$/.test(raw)) throw new CliError(`--line wants a line number from 1 up, not "${raw}"`, EXIT_BAD_INPUT);
  }
  // Reported as typed without leading zeros, not as 1e+23; a number past the end of the file holds no task.
  const lines = [...new Set(lineArgs.map((raw) => raw.replace(/^0+/, '')))];

  const roadmap = readRoadmapFile(io, positionals[0]);
  const doc = parseRoadmap(roadmap.text);
  const problems: string[] = [];
  const chosen: Task[] = [];
  const take = (what: string, result: FindTaskResult) => {
    if (result.kind === 'found') chosen.push(result.task);
    else if (result.kind === 'ambiguous') problems.push(`${what} matches ${result.candidates.length} tasks (${result.candidates.map((t) => `line ${t.line}`).join(', ')}); name one by --line`);
    else problems.push(`${what} holds no task`);
  };
  for (const line of lines) {
    if (line.length > 15 || Number(line) > doc.lineCount) problems.push(`line ${line} holds no task (the file has ${doc.lineCount} lines)`);
    else take(`line ${line}`, findTask(doc, { line: Number(line) }));
  }
  for (const text of taskArgs) take(`--task "${text}"`, findTask(doc, { text }));
  if (problems.length > 0) {
    io.stderr.write(`roadmap: ${terminalLine(roadmap.file)}: ${terminalLine(problems.join('; '))}; nothing was changed\n`);
    return EXIT_NO_TASK;
  }
  const tasks = [...new Map(chosen.map((t) => [t.index, t])).values()].sort((a, b) => a.index - b.index);
  const done = values.done ? true : values.open ? false : tasks.some((t) => !t.checked);
  const edits = toggleTasks(doc, tasks.map((t) => t.index), done ? 'check' : 'uncheck');
  if (edits.length > 0) writeRoadmapFile(io, roadmap, applyEdits(roadmap.text, edits));
  for (const task of tasks) {
    const note = task.checked === done ? ' (unchanged)' : '';
    io.stdout.write(`${terminalLine(roadmap.file)}:${task.line}: [${done ? 'x' : ' '}] ${terminalLine(task.text)}${note}\n`);
  }
  return EXIT_OK;
}

/**
 * `--line -1` reads to parseArgs as a missing value followed by an unknown option, reported in three lines plus the
 * usage; `--task "-x"` likewise. Joining the value to its option (`--line=-1`) lets our own checks answer in one line.
 */
function joinOptionValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    const name = VALUE_OPTIONS.get(arg);
    if (name && i + 1 < args.length) {
      out.push(`--${name}=${args[++i]}`);
      continue;
    }
    out.push(arg);
  }
  return out;
}

const VALUE_OPTIONS = new Map([
  ['--line', 'line'],
  ['-l', 'line'],
  ['--task', 'task'],
  ['-t', 'task'],
]);
