// `roadmap mcp [--root DIR]`: an MCP server over stdio serving the roadmaps under DIR, so coding agents read and tick
// them safely: one box character per change, written atomically, paths confined to the root.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { version } from '../../package.json';
import { nextReport, planSetTask, statusReport, statusSummary, type RoadmapReport } from '../core/agent/agentReports';
import { checkRoadmap } from '../core/health/checkRoadmap';
import { localToday } from '../core/language/isoDay';
import { parseRoadmap } from '../core/parse/parse';
import { CliError, EXIT_BAD_INPUT, nodeIo, readRoadmapFile, writeRoadmapFile, type CliIo } from './cliIo';
import { findRoadmaps } from './findRoadmaps';

export const MCP_USAGE = 'roadmap mcp [--root DIR]   an MCP server over stdio for the roadmaps under DIR (default: here)';

export async function mcpCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { root: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new CliError(`mcp takes no FILE; usage: ${MCP_USAGE}`, EXIT_BAD_INPUT);
  const root = path.resolve(io.cwd, values.root ?? '.');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch {
    throw new CliError(`${values.root ?? root}: no such directory`, EXIT_BAD_INPUT);
  }
  if (!stat.isDirectory()) throw new CliError(`${values.root ?? root}: is not a directory`, EXIT_BAD_INPUT);
  const server = createRoadmapMcpServer(fs.realpathSync(root), io);
  await server.connect(new StdioServerTransport());
  // The transport keeps the process alive until the client closes stdin.
  await new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
  });
  return 0;
}

/** A tool failure the client sees as one clear sentence (an MCP error result), never a crashed server. */
class ToolError extends Error {}

/** The server, on any root and I/O; tests connect the SDK's own client to it. */
export function createRoadmapMcpServer(root: string, io: CliIo = nodeIo()): McpServer {
  const server = new McpServer({ name: 'roadmap', version });

  const read = (file: string) => {
    const absolute = confine(root, file);
    try {
      const roadmap = readRoadmapFile({ ...io, cwd: root }, absolute);
      return { roadmap: { ...roadmap, file: path.relative(root, absolute).split(path.sep).join('/') }, doc: parseRoadmap(roadmap.text) };
    } catch (error) {
      if (error instanceof CliError) throw new ToolError(error.message.replace(absolute, path.relative(root, absolute)));
      throw error;
    }
  };
  const filesFor = (file: string | undefined): string[] => {
    if (file !== undefined) return [file];
    const found = findRoadmaps(root);
    if (found.length === 0) throw new ToolError('No roadmap files under the root (looked for ROADMAP.md, roadmap.md and the planning files agents write).');
    return found;
  };

  server.registerTool(
    'roadmap_status',
    {
      title: 'Roadmap status',
      description:
        'Progress of each roadmap under the workspace root, per section: status (stated by the document or derived from its tasks), period, dependencies and where each came from (line and words). Give `file` for one roadmap and `section` (an id such as "Phase 2" or words of a title) for one item.',
      inputSchema: {
        file: z.string().optional().describe('Roadmap path relative to the root; default: every roadmap found.'),
        section: z.string().optional().describe('Only sections whose id or title matches this.'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ file, section }) =>
      answer(() => {
        const reports: RoadmapReport[] = filesFor(file).map((f) => {
          const { roadmap, doc } = read(f);
          return statusReport(roadmap.file, doc, section);
        });
        return { structured: { roadmaps: reports }, text: reports.map(statusSummary).join('\n\n') };
      }),
  );

  server.registerTool(
    'roadmap_next',
    {
      title: 'Next roadmap tasks',
      description:
        'The open tasks to work on next, in plan order: open tasks of items in progress first, then those of the next items whose dependencies are done. Each with its file, line, section and text.',
      inputSchema: {
        file: z.string().optional().describe('Roadmap path relative to the root; default: every roadmap found.'),
        limit: z.number().int().min(1).max(100).optional().describe('How many tasks (default 5).'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ file, limit }) =>
      answer(() => {
        const wanted = limit ?? 5;
        const tasks = filesFor(file).flatMap((f) => {
          const { roadmap, doc } = read(f);
          return nextReport(roadmap.file, doc, wanted);
        }).slice(0, wanted);
        const text = tasks.length === 0 ? 'Nothing to do next: every task of the started and ready items is done.' : tasks.map((t) => `${t.file}:${t.line} [ ] ${t.text}${t.section ? ` — ${t.section}` : ''}`).join('\n');
        return { structured: { tasks }, text };
      }),
  );

  server.registerTool(
    'roadmap_set_task',
    {
      title: 'Set a roadmap task',
      description:
        'Marks one task done or open by changing the one character inside its box ([ ] / [x]), written atomically; nothing else in the file changes. Name the task by `line` or by `text` (exact, or a close match; an ambiguous match is an error listing the candidates). Setting a task to the state it already has changes nothing. Give `expectedText` (the task text you read) to refuse when the file changed since.',
      inputSchema: {
        file: z.string().describe('Roadmap path relative to the root.'),
        line: z.number().int().min(1).optional().describe('1-based line of the task.'),
        text: z.string().min(1).optional().describe('The task text (exact or close).'),
        done: z.boolean().describe('true to tick, false to reopen.'),
        expectedText: z.string().optional().describe('The task text as you last read it.'),
      },
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    async ({ file, line, text, done, expectedText }) =>
      answer(() => {
        if ((line === undefined) === (text === undefined)) throw new ToolError('Give exactly one of `line` or `text` to name the task.');
        const { roadmap, doc } = read(file);
        const outcome = planSetTask(roadmap.text, doc, line !== undefined ? { line } : { text: text as string }, done, expectedText);
        if (!outcome.ok) {
          const list = outcome.candidates?.length ? ` Candidates: ${outcome.candidates.map((c) => `line ${c.line} "${c.text}"`).join('; ')}.` : '';
          throw new ToolError(`${outcome.message}${list}`);
        }
        if (outcome.changed) {
          try {
            writeRoadmapFile(io, roadmap, outcome.text);
          } catch (error) {
            throw new ToolError(error instanceof Error ? error.message : String(error));
          }
        }
        const { task, section } = outcome;
        const progress = section ? ` ${section.title}: ${section.progress.done}/${section.progress.total}.` : '';
        const what = outcome.changed ? `Marked line ${task.line} ${done ? 'done' : 'open'}` : `Line ${task.line} was already ${done ? 'done' : 'open'}; nothing changed`;
        return { structured: { file: roadmap.file, changed: outcome.changed, task, section }, text: `${what}: "${task.text}".${progress}` };
      }),
  );

  server.registerTool(
    'roadmap_check',
    {
      title: 'Roadmap health',
      description:
        'Where a roadmap has stopped being true: stated statuses that contradict the tasks, summary boxes and progress tables that disagree with their sections, unknown or cyclic dependencies, overdue items, malformed task boxes, duplicate ids, inverted periods. Each with its line, column, code, severity and message.',
      inputSchema: {
        file: z.string().optional().describe('Roadmap path relative to the root; default: every roadmap found.'),
        today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('The day "overdue" compares with (YYYY-MM-DD); default: today.'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ file, today }) =>
      answer(() => {
        const day = today ?? localToday();
        const files = filesFor(file).map((f) => {
          const { roadmap, doc } = read(f);
          const diagnostics = checkRoadmap(roadmap.text, doc, { today: day }).map(({ line, column, endLine, endColumn, code, severity, message }) => ({ line, column, endLine, endColumn, code, severity, message }));
          return { file: roadmap.file, diagnostics };
        });
        const lines = files.flatMap((f) => f.diagnostics.map((d) => `${f.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`));
        return { structured: { today: day, files }, text: lines.length === 0 ? `No problems found (today is ${day}).` : lines.join('\n') };
      }),
  );

  return server;
}

type ToolAnswer = { content: Array<{ type: 'text'; text: string }>; structuredContent?: Record<string, unknown>; isError?: boolean };

function answer(body: () => { structured: Record<string, unknown>; text: string }): ToolAnswer {
  try {
    const { structured, text } = body();
    return { content: [{ type: 'text', text }], structuredContent: structured };
  } catch (error) {
    const message = error instanceof ToolError ? error.message : `Internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { content: [{ type: 'text', text: message }], isError: true };
  }
}

/**
 * The absolute path of `file` inside `root`, or a ToolError: absolute paths, `..` and symbolic links that lead out
 * of the root are refused (the real path is checked, so a link inside the root pointing outside is caught too).
 */
export function confine(root: string, file: string): string {
  if (path.isAbsolute(file) || /^[a-zA-Z]:/.test(file)) throw new ToolError(`"${file}" is an absolute path; give a path relative to the roadmap root.`);
  if (file.split(/[\\/]/).includes('..')) throw new ToolError(`"${file}" leads out of the roadmap root ("..").`);
  const absolute = path.resolve(root, file);
  let real: string;
  try {
    real = fs.realpathSync(absolute);
  } catch {
    throw new ToolError(`${file}: no such file under the roadmap root.`);
  }
  const inside = path.relative(root, real);
  if (inside.startsWith('..') || path.isAbsolute(inside)) throw new ToolError(`"${file}" is a link that leads out of the roadmap root.`);
  return real;
}
