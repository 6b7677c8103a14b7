import * as vscode from 'vscode';
import { editsForLines } from '../../core/edit/edits';
import type { RoadmapDocument } from '../../core/model';
import { RoadmapParser } from '../../core/parse/parse';
import { selectionLines } from '../../core/edit/selectionLines';
import { applyRoadmapEdits } from '../applyEdits';
import { commands } from '../constants';
import type { DocumentsIndex } from '../documentsIndex';
import type { Command } from './commandManager';
import { toggleOptions } from './editorSettings';

/**
 * Toggles the task on every cursor line and every line of every selection in one edit, so one undo puts all back.
 * Works in any markdown editor: a roadmap's model comes from the index, another file's from a one-off parse
 * (the index only follows files that match `roadmap.files`).
 */
export class ToggleTaskCommand implements Command {
  readonly id = commands.toggleTask;

  constructor(private readonly index: DocumentsIndex) {}

  async execute(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') return false;
    const document = editor.document;
    const text = document.getText();
    const model = await this.modelFor(document, text);
    const lines = selectionLines(editor.selections.map((s) => ({
      startLine: s.start.line,
      startCharacter: s.start.character,
      endLine: s.end.line,
      endCharacter: s.end.character,
    })));
    const { edits } = editsForLines(text, model, lines, toggleOptions(document.uri));
    if (edits.length === 0) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('No task or list item on the selected lines'), 3000);
      return false;
    }
    const result = await applyRoadmapEdits(document.uri, edits, { expectedText: text, editor });
    if (!result.ok) void vscode.window.showWarningMessage(vscode.l10n.t('Could not toggle the task: {0}', result.reason));
    return result.ok;
  }

  private async modelFor(document: vscode.TextDocument, text: string): Promise<RoadmapDocument> {
    if (this.index.isRoadmap(document.uri)) {
      const entry = await this.index.refresh(document.uri);
      if (entry && !entry.error && entry.text === text) return entry.model;
    }
    return new RoadmapParser().parse(text);
  }
}
