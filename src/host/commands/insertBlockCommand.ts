import * as vscode from 'vscode';
import { blockSnippet, insertBlockEdit, milestoneTableRowEdit, type BlockKind } from '../../core/edit/templates';
import { commands } from '../constants';
import type { DocumentsIndex } from '../documentsIndex';
import type { Command } from './commandManager';
import { localToday } from '../../core/language/isoDay';

/**
 * Roadmap: Insert Phase / Milestone / Quarter — the next numbered block, after the last one of its kind, inserted as a
 * snippet so the name and tasks are tab stops.
 */
export class InsertBlockCommand implements Command {
  readonly id: string;

  constructor(private readonly index: DocumentsIndex, private readonly kind: BlockKind) {
    this.id = kind === 'phase' ? commands.insertPhase : kind === 'milestone' ? commands.insertMilestone : commands.insertQuarter;
  }

  async execute(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const entry = await this.index.refresh(editor.document.uri);
    if (!entry || entry.error) return false;
    const text = editor.document.getText();
    if (text !== entry.text) return false;
    const today = localToday();
    const snippet = blockSnippet(this.kind, entry.model, today, text);
    // The core places and pads the block; the host only turns the padded text into a snippet insertion.
    const edit = insertBlockEdit(text, entry.model, this.kind, snippet.body);
    // A milestone table gets the new milestone's row too, before the block (it is earlier in the document, so the
    // block's offset is shifted by the row's length).
    const row = this.kind === 'milestone' ? milestoneTableRowEdit(text, entry.model, today) : null;
    if (row && row.offset <= edit.offset) {
      const at = editor.document.positionAt(row.offset);
      if (!(await editor.edit((b) => b.insert(at, row.text), { undoStopBefore: true, undoStopAfter: false }))) return false;
      edit.offset += row.text.length;
    }
    const range = new vscode.Range(editor.document.positionAt(edit.offset), editor.document.positionAt(edit.offset + edit.length));
    const inserted = await editor.insertSnippet(new vscode.SnippetString(edit.text), range, { undoStopBefore: !row, undoStopAfter: true });
    if (inserted) editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return inserted;
  }
}
