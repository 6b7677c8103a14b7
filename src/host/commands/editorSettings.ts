import * as vscode from 'vscode';
import type { CascadeMode, LineEditOptions } from '../../core/edit/edits';

const CASCADES: readonly CascadeMode[] = ['none', 'down', 'up', 'both'];

/** Today as the user's calendar reads it (local time), ISO `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `roadmap.toggle.*` for a document, as options for the core's `editsForLines`. */
export function toggleOptions(scope?: vscode.ConfigurationScope): LineEditOptions {
  const config = vscode.workspace.getConfiguration('roadmap.toggle', scope);
  const cascade = config.get<string>('cascade', 'none');
  const options: LineEditOptions = { cascade: CASCADES.includes(cascade as CascadeMode) ? (cascade as CascadeMode) : 'none' };
  if (config.get<boolean>('completionDate', false)) options.completionDate = todayIso();
  return options;
}
