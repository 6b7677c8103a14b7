import * as vscode from 'vscode';
import { applyEdits as applyTextEdits } from '../core/edit/edits';
import type { TextEdit } from '../core/model';
import { decodeRoadmapBytes } from '../core/parse/textInput';
import { platform } from './platform/node';

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
    if (doc.getText() !== options.expectedText) return { ok: false, reason: vscode.l10n.t('the document changed while the edit was computed; nothing was changed') };
    const editor = options.editor && options.editor.document === doc ? options.editor : undefined;
    const changes = edits.map((e) => ({ range: new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), text: e.text }));
    if (editor) {
      const ok = await editor.edit((builder) => {
        for (const c of changes) builder.replace(c.range, c.text);
      }, { undoStopBefore: true, undoStopAfter: true });
      return ok ? { ok: true, how: 'editor' } : { ok: false, reason: vscode.l10n.t('the editor refused the edit') };
    }
    const edit = new vscode.WorkspaceEdit();
    for (const c of changes) edit.replace(uri, c.range, c.text);
    const ok = await vscode.workspace.applyEdit(edit);
    return ok ? { ok: true, how: 'document' } : { ok: false, reason: vscode.l10n.t('VS Code refused the edit') };
  }
  return applyToFile(uri, edits, options.expectedText);
}

/**
 * Rewrites a closed file without ever leaving it truncated or half-written, and without losing a change someone
 * else made meanwhile: the new bytes go to a temporary file beside it (same folder, so the same file system), the
 * file is read again and must still hold exactly the bytes the edit was computed on, and the temporary file is
 * renamed over it (keeping its permission bits where the platform has them).
 */
async function applyToFile(uri: vscode.Uri, edits: readonly TextEdit[], expectedText: string): Promise<ApplyResult> {
  const fs = vscode.workspace.fs;
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(uri);
  } catch (err) {
    return { ok: false, reason: vscode.l10n.t('cannot read the file: {0}', String(err)) };
  }
  const decoded = decodeRoadmapBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  if (decoded.text !== expectedText) return { ok: false, reason: vscode.l10n.t('the file changed on disk while the edit was computed; nothing was changed') };
  const next = new TextEncoder().encode((decoded.bom ? '\uFEFF' : '') + applyTextEdits(decoded.text, edits));
  const temp = vscode.Uri.joinPath(uri, '..', `.${uri.path.slice(uri.path.lastIndexOf('/') + 1)}.roadmap-${Math.random().toString(36).slice(2, 10)}.tmp`);
  const discard = () => Promise.resolve(fs.delete(temp, { useTrash: false })).catch(() => undefined);
  try {
    await fs.writeFile(temp, next);
    if (uri.scheme === 'file') await platform.copyFileMode(uri.fsPath, temp.fsPath);
  } catch (err) {
    await discard();
    return { ok: false, reason: vscode.l10n.t('cannot write the file: {0}; it was left as it was', String(err)) };
  }
  let now: Uint8Array | undefined;
  try {
    now = await fs.readFile(uri);
  } catch {
    now = undefined;
  }
  if (!now || !sameBytes(now, bytes)) {
    await discard();
    return { ok: false, reason: vscode.l10n.t('the file changed on disk while the edit was written; nothing was changed') };
  }
  try {
    await fs.rename(temp, uri, { overwrite: true });
  } catch (err) {
    // Some providers delete the target before renaming: if that happened, the temporary file is the only copy left.
    const targetGone = await Promise.resolve(fs.stat(uri)).then(() => false, () => true);
    if (!targetGone) {
      await discard();
      return { ok: false, reason: vscode.l10n.t('cannot write the file: {0}; it was left as it was', String(err)) };
    }
    return { ok: false, reason: vscode.l10n.t('cannot replace the file: {0}; its new contents are in {1}', String(err), temp.fsPath || temp.toString()) };
  }
  return { ok: true, how: 'disk' };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
