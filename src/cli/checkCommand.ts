// `roadmap check [FILE...|DIR] [--format text|json|github] [--today DAY] [--fail-on LEVEL] [--severity CODE=LEVEL] [--fix]`:
// roadmap health for terminals and CI. Exit 0 when nothing reaches --fail-on, 1 when something does, 2 on bad input.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { checkRoadmap } from '../core/health/checkRoadmap';
import { combineFixes } from '../core/health/combineFixes';
import { HEALTH_CODES, isHealthCode, SEVERITY_ORDER, type HealthCode, type HealthDiagnostic, type Severity, type SeveritySetting } from '../core/health/diagnostic';
import { applyEdits } from '../core/edit/edits';
import { parseRoadmap } from '../core/parse/parse';
import { CliError, EXIT_BAD_INPUT, EXIT_OK, expandRoadmapArguments, readRoadmapFile, writeRoadmapFile, type CliIo, type RoadmapFile } from './cliIo';
import { isIsoDay, localToday } from '../core/language/isoDay';

export const CHECK_USAGE =
  'roadmap check [FILE...|DIR] [--format text|json|github] [--today DAY] [--fail-on error|warning|never] [--severity CODE=LEVEL] [--fix]   diagnostics: status vs tasks, tables, dependencies, dates, boxes (default ./ROADMAP.md)';

export const EXIT_PROBLEMS = 1;

type Format = 'text' | 'json' | 'github';
type FailOn = 'error' | 'warning' | 'never';

export interface CheckJsonDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: HealthCode;
  severity: Severity;
  message: string;
  /** `--fix` could repair it without losing anything. */
  fixable: boolean;
}

export interface CheckJson {
  file: string;
  diagnostics: CheckJsonDiagnostic[];
  /** With `--fix`: what was changed, one line per fix. */
  fixed?: string[];
}

interface Checked {
  roadmap: RoadmapFile;
  diagnostics: HealthDiagnostic[];
  fixed: string[];
}

export function checkCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      today: { type: 'string' },
      'fail-on': { type: 'string' },
      severity: { type: 'string', multiple: true },
      fix: { type: 'boolean' },
    },
  });
  const format = (values.format ?? 'text') as Format;
  if (!['text', 'json', 'github'].includes(format)) throw new CliError(`check: unknown format "${format}" (text, json or github)`, EXIT_BAD_INPUT);
  const failOn = (values['fail-on'] ?? 'warning') as FailOn;
  if (!['error', 'warning', 'never'].includes(failOn)) throw new CliError(`check: --fail-on expects error, warning or never, not "${failOn}"`, EXIT_BAD_INPUT);
  const today = values.today ?? localToday();
  if (!isIsoDay(today)) {
    throw new CliError(`check: --today expects YYYY-MM-DD, got "${today}"`, EXIT_BAD_INPUT);
  }
  const severity = severities(values.severity ?? []);

  const files = expandRoadmapArguments(io, 'check', positionals.length > 0 ? positionals : ['ROADMAP.md']);
  // Read everything first: a bad file fails the command before anything is printed or written.
  const roadmaps = files.map((file) => readRoadmapFile(io, file));
  const results: Checked[] = roadmaps.map((roadmap) => {
    let diagnostics = checkRoadmap(roadmap.text, parseRoadmap(roadmap.text), { today, severity });
    const fixed: string[] = [];
    if (values.fix) {
      const safe = diagnostics.filter((d) => d.fixes.some((f) => f.safe));
      const { edits, applied } = combineFixes(safe.map((d) => d.fixes.find((f) => f.safe)!));
      if (edits.length > 0) {
        const text = applyEdits(roadmap.text, edits);
        writeRoadmapFile(io, roadmap, text);
        for (const d of safe) {
          const fix = d.fixes.find((f) => f.safe)!;
          if (applied.includes(fix)) fixed.push(`${roadmap.file}:${d.line}:${d.column}: ${d.code}: "${roadmap.text.slice(d.start, d.end)}" → ${describeFix(roadmap.text, fix.edits)}`);
        }
        diagnostics = checkRoadmap(text, parseRoadmap(text), { today, severity });
      }
    }
    return { roadmap, diagnostics, fixed };
  });

  if (format === 'json') {
    const json = results.map(checkJson);
    io.stdout.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  } else if (format === 'github') {
    for (const r of results) for (const d of r.diagnostics) io.stdout.write(`${githubCommand(r.roadmap.file, d)}\n`);
    for (const line of results.flatMap((r) => r.fixed)) io.stdout.write(`fixed ${line}\n`);
  } else {
    io.stdout.write(checkText(results));
  }
  const failing = failOn === 'never' ? [] : results.flatMap((r) => r.diagnostics).filter((d) => SEVERITY_ORDER.indexOf(d.severity) <= SEVERITY_ORDER.indexOf(failOn));
  return failing.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

function severities(args: string[]): Partial<Record<HealthCode, SeveritySetting>> {
  const out: Partial<Record<HealthCode, SeveritySetting>> = {};
  for (const arg of args.flatMap((a) => a.split(','))) {
    const m = /^([a-z-]+)=(off|hint|information|warning|error)$/.exec(arg.trim());
    if (!m || (m[1] !== 'all' && !isHealthCode(m[1]))) {
      throw new CliError(`check: --severity expects CODE=off|hint|information|warning|error with CODE one of all, ${HEALTH_CODES.join(', ')}; got "${arg}"`, EXIT_BAD_INPUT);
    }
    for (const code of m[1] === 'all' ? HEALTH_CODES : [m[1] as HealthCode]) out[code] = m[2] as SeveritySetting;
  }
  return out;
}

function describeFix(text: string, edits: { offset: number; length: number; text: string }[]): string {
  if (edits.length === 1 && edits[0].length > 0) return `"${edits[0].text}"`;
  return edits.map((e) => (e.length === 0 ? `inserted "${e.text}"` : `"${text.slice(e.offset, e.offset + e.length)}" → "${e.text}"`)).join(', ');
}

export function checkJson(r: Checked): CheckJson {
  const json: CheckJson = {
    file: r.roadmap.file,
    diagnostics: r.diagnostics.map((d) => ({
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      code: d.code,
      severity: d.severity,
      message: d.message,
      fixable: d.fixes.some((f) => f.safe),
    })),
  };
  if (r.fixed.length > 0) json.fixed = r.fixed;
  return json;
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions: data escapes %, CR and LF;
// properties also escape ":" and ",".
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubCommand(file: string, d: HealthDiagnostic): string {
  const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const where = `file=${escapeProperty(file.split(path.sep).join('/'))},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn}`;
  return `::${level} ${where},title=${escapeProperty(`roadmap/${d.code}`)}::${escapeData(d.message)}`;
}

function checkText(results: Checked[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) lines.push(`${r.roadmap.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
  }
  for (const r of results) for (const f of r.fixed) lines.push(`fixed ${f}`);
  const all = results.flatMap((r) => r.diagnostics);
  const count = (s: Severity) => all.filter((d) => d.severity === s).length;
  const parts = SEVERITY_ORDER.filter((s) => count(s) > 0).map((s) => `${count(s)} ${s === 'information' ? 'information' : s + (count(s) === 1 ? '' : 's')}`);
  const files = results.length === 1 ? results[0].roadmap.file : `${results.length} roadmaps`;
  lines.push(all.length === 0 ? `${files}: no problems` : `${files}: ${all.length} problem${all.length === 1 ? '' : 's'} (${parts.join(', ')})`);
  return `${lines.join('\n')}\n`;
}
