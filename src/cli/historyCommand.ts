// `roadmap history FILE [--json] [--since DATE] [--today DATE]`: per plan item planned against actual, per task
// the day it was ticked, and the burn-up — read from the file's git history, the working tree counting as now.
import { buildHistory, type RoadmapHistory, type Version } from '../core/history/history';
import { isIsoDay, localToday } from '../core/language/isoDay';
import { compareIso } from '../core/language/periods';
import { parseRoadmap } from '../core/parse/parse';
import { latenessText } from '../core/present/lateness';
import { CliError, commandArgs, EXIT_BAD_INPUT, EXIT_OK, readRoadmapFile, type CliIo } from './cliIo';
import { gitVersions } from './gitVersions';

export const HISTORY_USAGE = 'roadmap history FILE [--json] [--since YYYY-MM-DD] [--today YYYY-MM-DD]   planned against actual from git: tick dates, burn-up';

export const historyUsage = `Usage: roadmap history FILE [--json] [--since YYYY-MM-DD] [--today YYYY-MM-DD]

Reads FILE's git history (following renames; uncommitted changes count as today) and prints, per plan item, its
planned and actual span, and per task the day it was ticked.
  --json             {file, tasks, sections, burnup, ...} as JSON
  --since DAY        only tasks added, ticked or reopened on or after DAY, and the burn-up from DAY
  --today DAY        the day to judge at (default: the local date)
Outside a git repository, or for an untracked file, there is no history: nothing is dated, and that is no error.
`;

export type VersionSource = (absolutePath: string) => Version[];

export function historyCommand(args: string[], io: CliIo, versionsOf: VersionSource = gitVersions): number {
  const { values, positionals } = commandArgs('history', args, { json: { type: 'boolean' }, since: { type: 'string' }, today: { type: 'string' } });
  if (values.help) {
    io.stdout.write(historyUsage);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new CliError(`history: expected one FILE, got ${positionals.length}. Try roadmap history --help`, EXIT_BAD_INPUT);
  const since = values.since === undefined ? null : isoDay(values.since, '--since');
  const today = values.today === undefined ? localToday() : isoDay(values.today, '--today');

  const roadmap = readRoadmapFile(io, positionals[0]);
  const versions = versionsOf(roadmap.absolutePath);
  const history = buildHistory([...versions, { commit: null, date: today, author: '', text: roadmap.text }], { today });
  const shown = since === null ? history : sinceDay(history, since);
  if (values.json) {
    const json = {
      file: roadmap.file,
      tasks: shown.tasks.map((t) => ({
        line: t.line,
        text: t.text,
        checked: t.checked,
        addedAt: t.addedAt,
        doneAt: t.doneAt,
        commit: t.commit,
        author: t.author,
        addedCommit: t.addedCommit,
        reopenedAt: t.reopenedAt,
        reopened: t.reopened,
        uncommitted: t.uncommitted,
      })),
      sections: shown.sections.map((s) => ({
        title: s.title,
        id: s.id,
        line: s.line,
        planned: s.planned,
        actual: s.actual,
        progress: s.progress,
        lateDays: s.lateDays,
        overdue: s.overdue,
        projected: s.projected,
      })),
      burnup: shown.burnup,
      projected: shown.projected,
      commits: shown.commits,
      since: shown.since,
      today: shown.today,
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT_OK;
  }
  io.stdout.write(historyText(roadmap.file, parseRoadmap(roadmap.text).title, shown));
  return EXIT_OK;
}

function sinceDay(h: RoadmapHistory, since: string): RoadmapHistory {
  const after = (d: string | null) => d !== null && compareIso(d, since) >= 0;
  return {
    ...h,
    tasks: h.tasks.filter((t) => after(t.addedAt) || after(t.doneAt) || after(t.reopenedAt)),
    burnup: h.burnup.filter((p) => after(p.date)),
  };
}

function historyText(file: string, title: string, h: RoadmapHistory): string {
  const out: string[] = [];
  out.push(`${title ? `${title} (${file})` : file}`);
  if (h.commits === 0) {
    out.push('No git history for this file: nothing to date.', '');
    return out.join('\n');
  }
  out.push(`${h.commits} commit${h.commits === 1 ? '' : 's'} since ${h.since}`, '');
  const planned = h.sections.filter((s) => s.planned || s.actual);
  if (planned.length > 0) {
    const width = Math.min(48, Math.max(...planned.map((s) => s.title.length)));
    out.push(`${'Plan item'.padEnd(width)}  ${'planned'.padEnd(23)}  ${'actual'.padEnd(23)}  `);
    for (const s of planned) {
      const plan = s.planned ? `${s.planned.start} → ${s.planned.end}` : '—';
      const actual = s.actual ? `${s.actual.start} → ${s.actual.end ?? '…'}` : '—';
      let note = '';
      if (s.actual?.end && s.lateDays !== null) note = s.lateDays === 0 ? 'finished on time' : `finished ${latenessText(s.lateDays)}`;
      else if (s.projected) note = `projected ${s.projected}${s.lateDays !== null ? ` (${latenessText(s.lateDays)})` : ''}`;
      if (s.overdue) note = note ? `overdue, ${note}` : 'overdue';
      out.push(`${truncate(s.title, width).padEnd(width)}  ${plan.padEnd(23)}  ${actual.padEnd(23)}  ${note}`.trimEnd());
    }
    out.push('');
  }
  out.push('Tasks');
  for (const t of h.tasks) {
    const when = t.doneAt ? `done ${t.doneAt}${t.commit ? ` ${t.commit.slice(0, 7)}` : ' (uncommitted)'}` : `open, added ${t.addedAt}`;
    out.push(`  ${t.checked ? '[x]' : '[ ]'} ${when.padEnd(26)} ${t.text}${t.reopened > 0 ? `  (reopened ${t.reopenedAt})` : ''}`);
  }
  const last = h.burnup[h.burnup.length - 1];
  if (last) {
    out.push('', `Burn-up: ${last.done}/${last.total} done on ${last.date}${h.projected ? `; all done by ${h.projected} at the rate of the last four weeks` : ''}`);
  }
  out.push('');
  return out.join('\n');
}

function truncate(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}

function isoDay(value: string, option: string): string {
  if (!isIsoDay(value)) throw new CliError(`history: ${option} expects a calendar day YYYY-MM-DD, got "${value}"`, EXIT_BAD_INPUT);
  return value;
}
