// The `roadmap` command line. `run` takes its I/O as a parameter so tests drive it in-process;
// the bundle (dist/cli.js) calls it with the real process.
import { version } from '../../package.json';
import { CliError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, nodeIo, type CliIo } from './cliIo';
import { terminalLine } from './terminalText';
import { STATUS_USAGE, statusCommand } from './statusCommand';
import { TOGGLE_USAGE, toggleCommand } from './toggleCommand';
import { TIMELINE_USAGE, timelineCommand } from './timelineCommand';
import { NEXT_USAGE, nextCommand } from './nextCommand';
import { MCP_USAGE, mcpCommand } from './mcpCommand';
import { CHECK_USAGE, checkCommand } from './checkCommand';
import { HISTORY_USAGE, historyCommand } from './historyCommand';

export type CliCommand = (args: string[], io: CliIo) => number | Promise<number>;

const commands: Record<string, CliCommand> = {
  status: statusCommand,
  toggle: toggleCommand,
  timeline: timelineCommand,
  next: nextCommand,
  mcp: mcpCommand,
  check: checkCommand,
  history: (args, io) => historyCommand(args, io),
};

const usageLines = [STATUS_USAGE, NEXT_USAGE, TOGGLE_USAGE, TIMELINE_USAGE, CHECK_USAGE, HISTORY_USAGE, MCP_USAGE];

export function usage(): string {
  // Each usage line is "syntax   description"; syntaxes are long, so each description goes on its own line below.
  const rows = [...usageLines, 'roadmap --help | --version   this help, or the version'].map((line) => line.split(/\s{3,}/, 2));
  return [
    'Usage:',
    ...rows.flatMap(([syntax, description]) => (description ? [`  ${syntax}`, `      ${description}`] : [`  ${syntax}`])),
    '',
    'Exit codes: 0 success; 1 nothing was changed: a --line or --task names no task (or several), or the file',
    'changed on disk since it was read; 1 also when check found problems at --fail-on; 2 bad usage, unreadable input',
    '(missing, not a regular file, binary, not UTF-8, over 10 MB) or an output that cannot be written (the file is left',
    'as it was); 3 internal error. Colours only on a terminal and without NO_COLOR.',
    '',
  ].join('\n');
}

/** Runs one invocation and returns its exit code; never throws. */
export async function run(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(usage());
      return EXIT_OK;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${version}\n`);
      return EXIT_OK;
    }
    const command = first === undefined ? undefined : Object.hasOwn(commands, first) ? commands[first] : undefined;
    if (!command) {
      io.stderr.write(`roadmap: ${first === undefined ? 'missing command' : `unknown command "${first}"`}\n${usage()}`);
      return EXIT_BAD_INPUT;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(usage());
      return EXIT_OK;
    }
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`roadmap: ${terminalLine(error.message)}\n`);
      return error.exitCode;
    }
    // node:util parseArgs reports unknown options and missing values with these codes.
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      // Keep parseArgs' first sentence; its advice about `--` is noise for this command line.
      io.stderr.write(`roadmap: ${(error as Error).message.split(/(?<=\.) /)[0]}\n${usage()}`);
      return EXIT_BAD_INPUT;
    }
    io.stderr.write(`roadmap: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INTERNAL;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_INTERNAL;
    },
  );
}
