// `roadmap timeline FILE [--format svg|json] [-o OUT] [--today YYYY-MM-DD|none]`: the panel's picture for
// READMEs and CI artifacts, computed from the same layout the webview draws.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { parseRoadmap } from '../core/parse/parse';
import { timelineSvg } from '../core/timeline/svg';
import { layoutTimeline, type TimelineOptions } from '../core/timeline/timelineLayout';
import { CliError, EXIT_BAD_INPUT, EXIT_OK, readRoadmapFile, type CliIo } from './cliIo';

/** One line for `roadmap --help`. */
export const TIMELINE_USAGE = 'roadmap timeline FILE [--format svg|json] [-o OUT] [--today YYYY-MM-DD|none]   the plan in time, as SVG or JSON';

export const timelineUsage = `Usage: roadmap timeline FILE [--format svg|json] [-o OUT] [--today YYYY-MM-DD|none]

Draws the roadmap's phases, milestones or quarters in time.
  --format svg|json   svg (default, or from OUT's extension) or the layout as JSON
  -o, --output OUT    write to OUT instead of standard output
  --today DAY|none    the day the "today" marker shows (default: the local date); none for reproducible output
`;

export function timelineCommand(args: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError(`timeline: ${error instanceof Error ? error.message : String(error)}`, EXIT_BAD_INPUT);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(timelineUsage);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new CliError(`timeline: expected one FILE, got ${positionals.length}. Try roadmap timeline --help`, EXIT_BAD_INPUT);

  const output = values.output;
  const format = values.format ?? (output && path.extname(output).toLowerCase() === '.json' ? 'json' : 'svg');
  if (format !== 'svg' && format !== 'json') throw new CliError(`timeline: unknown format "${format}" (svg or json)`, EXIT_BAD_INPUT);

  const options: TimelineOptions = {};
  const today = values.today ?? localToday();
  if (today !== 'none') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) {
      throw new CliError(`timeline: --today expects YYYY-MM-DD or none, got "${today}"`, EXIT_BAD_INPUT);
    }
    options.today = today;
  }

  const roadmap = readRoadmapFile(io, positionals[0]);
  const layout = layoutTimeline(parseRoadmap(roadmap.text), options);
  const text = format === 'json' ? `${JSON.stringify(layout, null, 2)}\n` : timelineSvg(layout);
  if (output === undefined || output === '-') {
    io.stdout.write(text);
  } else {
    try {
      io.fs.writeFile(path.resolve(io.cwd, output), new TextEncoder().encode(text));
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      throw new CliError(`timeline: cannot write ${output}: ${typeof code === 'string' ? code : String(error)}`, EXIT_BAD_INPUT);
    }
  }
  return EXIT_OK;
}

/** The calendar day where the user is: the local date, not the UTC one. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
