import * as vscode from 'vscode';
import { commands } from '../constants';
import type { Command } from './commandManager';

/** Opens a roadmap at a 1-based line with the cursor at its start: what clicking a tree node does. */
export class RevealLineCommand implements Command {
  readonly id = commands.revealLine;

  async execute(uriString?: unknown, line?: unknown): Promise<void> {
    if (typeof uriString !== 'string' || typeof line !== 'number') return;
    const uri = vscode.Uri.parse(uriString);
    const document = await vscode.workspace.openTextDocument(uri);
    const target = Math.min(Math.max(0, line - 1), document.lineCount - 1);
    const position = new vscode.Position(target, 0);
    await vscode.window.showTextDocument(document, {
      selection: new vscode.Range(position, position),
      preserveFocus: false,
      preview: true,
    });
    vscode.window.activeTextEditor?.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
