import * as vscode from 'vscode';
import type { CascadeMode, LineEditOptions } from '../../core/edit/edits';
import { localToday } from '../../core/language/isoDay';

const CASCADES: readonly CascadeMode[] = ['none', 'down', 'up', 'both'];

/** `roadmap.toggle.*` for a document, as options for the core's `editsForLines`. */
export function toggleOptions(scope?: vscode.ConfigurationScope): LineEditOptions {
  const config = vscode.workspace.getConfiguration('roadmap.toggle', scope);
  const cascade = config.get<string>('cascade', 'none');
  const options: LineEditOptions = { cascade: CASCADES.includes(cascade as CascadeMode) ? (cascade as CascadeMode) : 'none' };
  if (config.get<boolean>('completionDate', false)) options.completionDate = localToday();
  return options;
}
