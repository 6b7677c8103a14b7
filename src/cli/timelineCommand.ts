// `roadmap timeline FILE [--format svg|json] [-o OUT] [--today YYYY-MM-DD|none]`: the panel's picture for
// READMEs and CI artifacts, computed from the same layout the webview draws.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDay, localToday } from '../core/language/isoDay';
import { parseRoadmap } from '../core/parse/parse';
import { timelineSvg } from '../core/timeline/svg';
import { layoutTimeline, type TimelineOptions } from '../core/timeline/timelineLayout';
import { CliError, EXIT_BAD_INPUT, EXIT_OK, readRoadmapFile, writeOutputFile, type CliIo } from './cliIo';

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
    if (!isIsoDay(today)) throw new CliError(`timeline: --today expects a calendar day YYYY-MM-DD or none, got "${today}"`, EXIT_BAD_INPUT);
    options.today = today;
  }

  const roadmap = readRoadmapFile(io, positionals[0]);
  if (output !== undefined && output !== '-') {
    // Same inode, not same name: `-o ./ROADMAP.md`, a hard link or a symbolic link to the roadmap would otherwise
    // replace the roadmap with its own picture.
    const target = io.fs.stat(path.resolve(io.cwd, output));
    if (target && target.dev === roadmap.read.stamp.dev && target.ino === roadmap.read.stamp.ino) {
      throw new CliError(`timeline: ${output} is the roadmap itself; choose another output file`, EXIT_BAD_INPUT);
    }
  }
  const layout = layoutTimeline(parseRoadmap(roadmap.text), options);
  const text = format === 'json' ? `${JSON.stringify(layout, null, 2)}\n` : timelineSvg(layout);
  if (output === undefined || output === '-') {
    io.stdout.write(text);
  } else {
    writeOutputFile(io, output, text);
  }
  return EXIT_OK;
}
