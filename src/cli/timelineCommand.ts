// `roadmap timeline FILE [--format svg|json] [-o OUT] [--today YYYY-MM-DD|none]`: the panel's picture for
// READMEs and CI artifacts, computed from the same layout the webview draws.
import * as path from 'node:path';
import { isIsoDay, localToday } from '../core/language/isoDay';
import { parseRoadmap } from '../core/parse/parse';
import { timelineSvg, timelineSvgGroups } from '../core/timeline/svg';
import { timelineMermaid } from '../core/timeline/mermaid';
import { layoutTimeline, type TimelineOptions } from '../core/timeline/timelineLayout';
import { layoutWorkspaceTimeline } from '../core/timeline/workspaceTimeline';
import { CliError, commandArgs, defaultRoadmapArguments, EXIT_BAD_INPUT, EXIT_OK, expandRoadmapArguments, readRoadmapFile, writeOutputFile, type CliIo } from './cliIo';

/** One line for `roadmap --help`. */
export const TIMELINE_USAGE = 'roadmap timeline [FILE|DIR] [--format svg|json|mermaid] [--start YYYY-MM-DD] [-o OUT] [--today YYYY-MM-DD|none]   the plan in time, as SVG, JSON or a Mermaid gantt block';

export const timelineUsage = `Usage: roadmap timeline [FILE|DIR] [--format svg|json|mermaid] [--start YYYY-MM-DD] [-o OUT] [--today YYYY-MM-DD|none]

Draws the roadmap's phases, milestones or quarters in time. A directory (default: ./ROADMAP.md, else .) draws every
roadmap under it, one group per file (SVG or JSON: an array of {file, layout}).
  --format svg|json|mermaid   svg (default, or from OUT's extension), the layout as JSON, or a Mermaid gantt block
  --start DAY         the day Week 1 starts, for Mermaid output of a plan in relative weeks
  -o, --output OUT    write to OUT instead of standard output
  --today DAY|none    the day the "today" marker shows (default: the local date); none for reproducible output
`;

export function timelineCommand(args: string[], io: CliIo): number {
  const { values, positionals } = commandArgs('timeline', args, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    today: { type: 'string' },
    start: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(timelineUsage);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new CliError(`timeline: expected one FILE or DIR, got ${positionals.length}. Try roadmap timeline --help`, EXIT_BAD_INPUT);

  const output = values.output;
  const extension = output ? path.extname(output).toLowerCase() : '';
  const format = values.format ?? (extension === '.json' ? 'json' : extension === '.mmd' ? 'mermaid' : 'svg');
  if (format !== 'svg' && format !== 'json' && format !== 'mermaid') throw new CliError(`timeline: unknown format "${format}" (svg, json or mermaid)`, EXIT_BAD_INPUT);
  if (values.start !== undefined && !isIsoDay(values.start)) {
    throw new CliError(`timeline: --start expects YYYY-MM-DD, got "${values.start}"`, EXIT_BAD_INPUT);
  }

  const options: TimelineOptions = {};
  const today = values.today ?? localToday();
  if (today !== 'none') {
    if (!isIsoDay(today)) throw new CliError(`timeline: --today expects a calendar day YYYY-MM-DD or none, got "${today}"`, EXIT_BAD_INPUT);
    options.today = today;
  }

  const files = positionals.length > 0 ? expandRoadmapArguments(io, 'timeline', positionals) : defaultRoadmapArguments(io);
  const roadmaps = files.map((file) => readRoadmapFile(io, file));
  if (output !== undefined && output !== '-') {
    // Same inode, not same name: `-o ./ROADMAP.md`, a hard link or a symbolic link to the roadmap would otherwise
    // replace the roadmap with its own picture.
    const target = io.fs.stat(path.resolve(io.cwd, output));
    if (target && roadmaps.some((roadmap) => target.dev === roadmap.read.stamp.dev && target.ino === roadmap.read.stamp.ino)) {
      throw new CliError(`timeline: ${output} is the roadmap itself; choose another output file`, EXIT_BAD_INPUT);
    }
  }
  const single = files.length === 1 && files[0] === (positionals[0] ?? 'ROADMAP.md');
  let text: string;
  if (format === 'mermaid') {
    if (roadmaps.length !== 1) throw new CliError('timeline: --format mermaid draws one roadmap; give its FILE', EXIT_BAD_INPUT);
    const roadmap = roadmaps[0];
    const doc = parseRoadmap(roadmap.text);
    const mermaid = timelineMermaid(doc, layoutTimeline(doc, options), { weekStart: values.start });
    if (!mermaid.ok) {
      throw new CliError(
        mermaid.reason === 'needs-start' ? 'timeline: the plan is in relative weeks; give the day Week 1 starts with --start YYYY-MM-DD' : `timeline: ${roadmap.file} gives no item a period to draw`,
        EXIT_BAD_INPUT,
      );
    }
    text = mermaid.text;
  } else {
    // The editor's workspace chart: dated files share one calendar axis, files in relative weeks keep their own.
    const groups = layoutWorkspaceTimeline(roadmaps.map((roadmap) => ({ name: roadmap.file, doc: parseRoadmap(roadmap.text) })), options);
    if (single) text = format === 'json' ? `${JSON.stringify(groups[0].layout, null, 2)}\n` : timelineSvg(groups[0].layout);
    else text = format === 'json' ? `${JSON.stringify(groups.map((g) => ({ file: g.name, layout: g.layout })), null, 2)}\n` : timelineSvgGroups(groups);
  }
  if (output === undefined || output === '-') {
    io.stdout.write(text);
  } else {
    writeOutputFile(io, output, text);
  }
  return EXIT_OK;
}
