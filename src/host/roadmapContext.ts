import * as vscode from 'vscode';
import { contextKeys } from './constants';
import type { DocumentsIndex } from './documentsIndex';

/**
 * Keeps `roadmap.isRoadmapEditor` true while the active editor shows a roadmap, for `when` clauses of menus and
 * keybindings. Re-checked on index changes too: a document can become a roadmap after it is shown (a save-as, a
 * language switch, a `roadmap.files` change).
 */
export function registerRoadmapContext(index: DocumentsIndex): vscode.Disposable {
  let last: boolean | undefined;
  const update = () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const value = uri ? index.isRoadmap(uri) : false;
    if (value === last) return;
    last = value;
    void vscode.commands.executeCommand('setContext', contextKeys.isRoadmap, value);
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    index.onDidChange(update),
    vscode.workspace.onDidOpenTextDocument(update),
  );
}
