import * as vscode from 'vscode';
import { checkRoadmap } from '../../core/health/checkRoadmap';
import { isHealthCode, type HealthCode, type HealthDiagnostic, type Severity, type SeveritySetting } from '../../core/health/diagnostic';
import { settings } from '../constants';
import type { DocumentsIndex, RoadmapEntry } from '../documentsIndex';
import { localToday } from '../../core/language/isoDay';
import { Disposable } from '../disposable';

export interface HealthResult {
  /** The index entry the diagnostics were computed on: offsets in `diagnostics` point into `entry.text`. */
  entry: RoadmapEntry;
  diagnostics: HealthDiagnostic[];
}

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The README section that explains a rule: its heading is the code, so GitHub and VS Code give it that anchor. */
export function ruleHelpUri(extensionUri: vscode.Uri, code: HealthCode): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'README.md').with({ fragment: code });
}

/**
 * Roadmap health in the editor: every roadmap the documents index holds (open or not) is checked whenever its model
 * changes, and the results go to one DiagnosticCollection, so the Problems panel lists the whole workspace. The
 * code actions, the hover and the tree read the same results through `get`.
 */
export class RoadmapHealth extends Disposable {
  readonly collection = this.register(vscode.languages.createDiagnosticCollection('roadmap'));
  private readonly results = new Map<string, HealthResult>();
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.emitter.event;
  private today = localToday();

  constructor(
    private readonly index: DocumentsIndex,
    private readonly extensionUri: vscode.Uri,
  ) {
    super();
    this.registerAll(
      index.onDidChange((e) => this.schedule(e.uris)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(settings.diagnosticsEnabled) || e.affectsConfiguration(settings.diagnosticsSeverity)) this.updateAll();
      }),
    );
    // "Overdue" moves with the calendar: look again when the day changes under a long-running window.
    const timer = setInterval(() => {
      if (localToday() !== this.today) this.updateAll();
    }, 60 * 60 * 1000);
    this.register({ dispose: () => clearInterval(timer) });
    this.updateAll();
    void index.whenReady().then(() => this.updateAll());
  }

  get(uri: vscode.Uri): HealthResult | undefined {
    return this.results.get(uri.toString());
  }

  /** Every roadmap's diagnostics, by URI string in a stable order. */
  all(): [string, HealthDiagnostic[]][] {
    return [...this.results.entries()].map(([key, r]) => [key, r.diagnostics] as [string, HealthDiagnostic[]]).sort((a, b) => a[0].localeCompare(b[0]));
  }

  /**
   * The core diagnostic a Problems entry shows, when it is one of ours. Code action contexts carry copies of the
   * diagnostics, so they are matched by code, range and message.
   */
  origin(uri: vscode.Uri, diagnostic: vscode.Diagnostic): HealthDiagnostic | undefined {
    if (diagnostic.source !== 'roadmap') return undefined;
    const code = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
    const { start, end } = diagnostic.range;
    return this.get(uri)?.diagnostics.find(
      (d) => d.code === code && d.message === diagnostic.message && d.line === start.line + 1 && d.column === start.character + 1 && d.endLine === end.line + 1 && d.endColumn === end.character + 1,
    );
  }

  /** Diagnostics on a section (by its heading line) or on a task line, for the tree. */
  at(uri: vscode.Uri, line: number): HealthDiagnostic[] {
    const result = this.get(uri);
    if (!result) return [];
    const section = result.entry.model.sections.find((s) => s.line === line);
    // A summary box's diagnostic belongs to its task row; everything else to the plan item it is about.
    if (section) return result.diagnostics.filter((d) => d.section === section.index && d.code !== 'summary-disagrees');
    return result.diagnostics.filter((d) => d.line === line);
  }

  updateAll(): void {
    this.today = localToday();
    this.pending.clear();
    const live = new Set(this.index.all().map((e) => e.uri.toString()));
    for (const key of [...this.results.keys()]) if (!live.has(key)) this.drop(vscode.Uri.parse(key));
    this.update(this.index.all().map((e) => e.uri));
  }

  private pending = new Map<string, vscode.Uri>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** How long the last check took: a 10k-task roadmap takes a few hundred ms, so checks are spaced by twice that. */
  private lastCheckMs = 0;

  private schedule(uris: vscode.Uri[]): void {
    for (const uri of uris) this.pending.set(uri.toString(), uri);
    // At most one check per wait, however often the index changes (a debounce would starve under a stream of changes).
    if (this.timer) return;
    const wait = Math.min(1000, Math.max(100, 2 * this.lastCheckMs));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const due = [...this.pending.values()];
      this.pending.clear();
      this.update(due);
    }, wait);
  }

  private update(uris: vscode.Uri[]): void {
    const started = Date.now();
    const config = vscode.workspace.getConfiguration(settings.section);
    const enabled = config.get<boolean>('diagnostics.enabled', true);
    const severity = severitySetting(config.get<unknown>('diagnostics.severity'));
    for (const uri of uris) {
      const entry = this.index.get(uri);
      if (!enabled || !entry || entry.error) {
        this.drop(uri);
        continue;
      }
      const diagnostics = checkRoadmap(entry.text, entry.model, { today: this.today, severity });
      const previous = this.results.get(uri.toString());
      this.results.set(uri.toString(), { entry, diagnostics });
      // Unchanged problems are not set again: every set makes the workbench re-ask for code actions and redraw.
      if (previous && this.collection.has(uri) && sameDiagnostics(previous.diagnostics, diagnostics)) continue;
      this.collection.set(uri, diagnostics.map((d) => this.toVscode(d)));
    }
    this.lastCheckMs = uris.length > 0 ? (Date.now() - started) / uris.length : this.lastCheckMs;
    this.emitter.fire();
  }

  private drop(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
    this.collection.delete(uri);
  }

  private toVscode(d: HealthDiagnostic): vscode.Diagnostic {
    const range = new vscode.Range(d.line - 1, d.column - 1, d.endLine - 1, d.endColumn - 1);
    const diagnostic = new vscode.Diagnostic(range, d.message, SEVERITIES[d.severity]);
    diagnostic.source = 'roadmap';
    diagnostic.code = { value: d.code, target: ruleHelpUri(this.extensionUri, d.code) };
    return diagnostic;
  }
}

function sameDiagnostics(a: HealthDiagnostic[], b: HealthDiagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => d.code === b[i].code && d.severity === b[i].severity && d.message === b[i].message && d.start === b[i].start && d.end === b[i].end);
}

/** The `roadmap.diagnostics.severity` object, keeping only known codes and levels (a typo in settings.json is ignored). */
export function severitySetting(value: unknown): Partial<Record<HealthCode, SeveritySetting>> {
  const out: Partial<Record<HealthCode, SeveritySetting>> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [code, level] of Object.entries(value)) {
    if (isHealthCode(code) && typeof level === 'string' && ['off', 'hint', 'information', 'warning', 'error'].includes(level)) out[code] = level as SeveritySetting;
  }
  return out;
}
