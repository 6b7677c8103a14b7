import * as vscode from 'vscode';
import { applyEdits as applyTextEdits } from '../core/edit/edits';
import type { TextEdit } from '../core/model';
import { decodeRoadmapBytes } from '../core/parse/textInput';

export type ApplyResult =
  | { ok: true; how: 'editor' | 'document' | 'disk' | 'none' }
  | { ok: false; reason: string };

export interface ApplyOptions {
  /** The text the edits' offsets were computed on; the edits are refused when the target no longer holds it. */
  expectedText: string;
  /** An editor showing the document: its edit is one undo step and keeps the cursors where they were. */
  editor?: vscode.TextEditor;
}

/**
 * Applies core TextEdits (UTF-16 offsets into `expectedText`) to a roadmap. An open document gets an undoable
 * edit and stays unsaved, as any edit the user makes. A file that is not open is rewritten through
 * `workspace.fs`, not opened and saved: a save would run the user's format-on-save, trim trailing whitespace and
 * normalise mixed line endings, and then more than the box character would change on disk.
 */
export async function applyRoadmapEdits(uri: vscode.Uri, edits: readonly TextEdit[], options: ApplyOptions): Promise<ApplyResult> {
  if (edits.length === 0) return { ok: true, how: 'none' };
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  if (doc) {
    if (doc.getText() !== options.expectedText) return { ok: false, reason: 'the document changed while the edit was computed' };
    const editor = options.editor && options.editor.document === doc ? options.editor : undefined;
    const changes = edits.map((e) => ({ range: new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), text: e.text }));
    if (editor) {
      const ok = await editor.edit((builder) => {
        for (const c of changes) builder.replace(c.range, c.text);
      }, { undoStopBefore: true, undoStopAfter: true });
      return ok ? { ok: true, how: 'editor' } : { ok: false, reason: 'the editor refused the edit' };
    }
    const edit = new vscode.WorkspaceEdit();
    for (const c of changes) edit.replace(uri, c.range, c.text);
    const ok = await vscode.workspace.applyEdit(edit);
    return ok ? { ok: true, how: 'document' } : { ok: false, reason: 'VS Code refused the edit' };
  }
  return applyToFile(uri, edits, options.expectedText);
}

async function applyToFile(uri: vscode.Uri, edits: readonly TextEdit[], expectedText: string): Promise<ApplyResult> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    return { ok: false, reason: `cannot read the file: ${String(err)}` };
  }
  const decoded = decodeRoadmapBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  if (decoded.text !== expectedText) return { ok: false, reason: 'the file changed on disk while the edit was computed' };
  const next = (decoded.bom ? '\uFEFF' : '') + applyTextEdits(decoded.text, edits);
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(next));
  } catch (err) {
    return { ok: false, reason: `cannot write the file: ${String(err)}` };
  }
  return { ok: true, how: 'disk' };
}
