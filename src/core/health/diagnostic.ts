// What a health rule reports: a stable code, a severity, a message in the document's terms, the range of the words
// concerned (UTF-16 offsets and 1-based line/column), and the fixes that would make the document agree with itself.
import type { TextEdit } from '../model';

export const HEALTH_CODES = [
  'status-contradicts-tasks',
  'summary-disagrees',
  'table-disagrees',
  'unknown-dependency',
  'dependency-cycle',
  'dependency-order',
  'overdue',
  'malformed-box',
  'duplicate-id',
  'period-inverted',
] as const;

export type HealthCode = (typeof HEALTH_CODES)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export const DEFAULT_SEVERITY: Record<HealthCode, Severity> = {
  'status-contradicts-tasks': 'warning',
  'summary-disagrees': 'warning',
  'table-disagrees': 'warning',
  'unknown-dependency': 'error',
  'dependency-cycle': 'error',
  'dependency-order': 'warning',
  overdue: 'warning',
  'malformed-box': 'warning',
  'duplicate-id': 'warning',
  'period-inverted': 'error',
};

/** Most severe first: `--fail-on warning` fails on anything at or before `warning` here. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export function isHealthCode(value: string): value is HealthCode {
  return (HEALTH_CODES as readonly string[]).includes(value);
}

/**
 * What a fix does, so the editor can title it in the user's language and `--fix` can pick the ones that cannot lose
 * information. `to` is the new text (a status phrase, a cell, an id) when the title should name it.
 */
export type HealthFixKind = 'set-status' | 'tick-tasks' | 'toggle-summary' | 'table-cell' | 'repair-box' | 'replace-dependency';

export interface HealthFix {
  kind: HealthFixKind;
  /** The words the fix writes (new status, cell, id); for tick-tasks the number of boxes ticked. */
  to: string;
  edits: TextEdit[];
  /** Follows the tasks or repairs syntax only: nothing the author wrote is lost (what `roadmap check --fix` applies). */
  safe: boolean;
}

export interface HealthDiagnostic {
  code: HealthCode;
  severity: Severity;
  message: string;
  /** UTF-16 offsets of the words concerned, `[start, end)`. */
  start: number;
  end: number;
  /** 1-based, columns in UTF-16 units (as editors and GitHub count them). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The section the words belong to (the plan item concerned), null before the first heading. */
  section: number | null;
  /** Whether the range is the words themselves (`stated`) or a stand-in (the heading line) while provenance is missing. */
  exact: boolean;
  fixes: HealthFix[];
}
