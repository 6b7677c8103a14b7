// Roadmap health: every rule run over one document, severities applied. Pure: the model, its text and today in,
// diagnostics out; the editor, the CLI and the MCP server all call this one function.
import { assertIsoDay } from '../language/isoDay';
import type { RoadmapDocument } from '../model';
import { DEFAULT_SEVERITY, HEALTH_CODES, type HealthCode, type HealthDiagnostic, type SeveritySetting } from './diagnostic';
import { dependencyCycle, dependencyOrder, unknownDependency } from './dependencyRules';
import { overdue, periodInverted } from './dateRules';
import { HealthContext } from './healthContext';
import { statusContradictsTasks, summaryDisagrees, tableDisagrees } from './statusRules';
import { duplicateId, malformedBox } from './syntaxRules';

type Rule = (ctx: HealthContext) => HealthDiagnostic[];

export const RULES: Record<HealthCode, Rule> = {
  'status-contradicts-tasks': statusContradictsTasks,
  'summary-disagrees': summaryDisagrees,
  'table-disagrees': tableDisagrees,
  'unknown-dependency': unknownDependency,
  'dependency-cycle': dependencyCycle,
  'dependency-order': dependencyOrder,
  overdue,
  'malformed-box': malformedBox,
  'duplicate-id': duplicateId,
  'period-inverted': periodInverted,
};

export interface CheckOptions {
  /** The calendar day `overdue` compares with, `YYYY-MM-DD` (the caller's local date; `--today` in the CLI). */
  today: string;
  /** Per code: a severity, or `off` to skip the rule. Codes left out keep their default. */
  severity?: Partial<Record<HealthCode, SeveritySetting>>;
}

/** The document's diagnostics, in document order (then by code). `doc` must be the model of `text`. */
export function checkRoadmap(text: string, doc: RoadmapDocument, options: CheckOptions): HealthDiagnostic[] {
  assertIsoDay(options.today, 'today');
  const ctx = new HealthContext(doc, text, options.today);
  const out: HealthDiagnostic[] = [];
  for (const code of HEALTH_CODES) {
    const severity = options.severity?.[code] ?? DEFAULT_SEVERITY[code];
    if (severity === 'off') continue;
    for (const d of RULES[code](ctx)) out.push({ ...d, severity });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || HEALTH_CODES.indexOf(a.code) - HEALTH_CODES.indexOf(b.code));
}
