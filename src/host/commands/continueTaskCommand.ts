import * as vscode from 'vscode';
import { continueTask } from '../../core/edit/continueTask';
import { commands } from '../constants';
import type { Command } from './commandManager';

/**
 * Enter in a roadmap: on a task line the next line starts with an open task (`- [ ] `), on an empty task the list
 * ends; everywhere else, and whenever a cursor is not on a task, Enter types a line break as usual. Bound only while
 * `roadmap.editor.continueTasks` is on and Markdown All in One's own list editing is not.
 */
export class ContinueTaskCommand implements Command {
  readonly id = commands.continueTask;

  async execute(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const document = editor.document;
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const plans = editor.selections.map((s) => (s.isEmpty ? continueTask(document.lineAt(s.active.line).text, s.active.character, eol) : null));
    if (plans.some((p) => p === null)) {
      await vscode.commands.executeCommand('type', { text: '\n' });
      return;
    }
    await editor.edit((b) => {
      editor.selections.forEach((s, i) => {
        const plan = plans[i]!;
        if (plan.type === 'insert') b.insert(s.active, plan.text);
        else b.delete(new vscode.Range(s.active.line, 0, s.active.line, plan.length));
      });
    });
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.Default);
  }
}
