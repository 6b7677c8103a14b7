import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RoadmapParser } from '../../src/core/parse/parse';
import type { DocumentsIndex, RoadmapEntry } from '../../src/host/documentsIndex';
import { ModelCache } from '../../src/host/modelCache';
import { activatedWithoutAsking, roadmapApi, until, workspaceFolder } from './helpers';

// The workspace is a fresh copy of test/fixtures/workspace made by the launcher, so these tests may write to it.



/** Resolves with the entry once a change event names `uri` and `accept` holds for its entry (or its absence). */
function changeOf(
  index: DocumentsIndex,
  uri: vscode.Uri,
  accept: (entry: RoadmapEntry | undefined) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<RoadmapEntry | undefined> {
  const change = new Promise<RoadmapEntry | undefined>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no index change within ${timeoutMs} ms: ${what}`));
    }, timeoutMs);
    const sub = index.onDidChange(({ uris }) => {
      if (!uris.some((u) => u.toString() === uri.toString())) return;
      const entry = index.get(uri);
      if (!accept(entry)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(entry);
    });
  });
  // A test that fails before awaiting this should report its own failure, not a stray unhandled rejection later.
  change.catch(() => undefined);
  return change;
}

function taskBoxes(text: string): number {
  // Independent of the parser: count task-list boxes outside fenced code blocks, line by line.
  let inFence = false;
  let count = 0;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && /^\s*[-*+] \[[ xX]\] /.test(line)) count++;
  }
  return count;
}

describe('documents index in the extension host', () => {
  let index: DocumentsIndex;
  let roadmapUri: vscode.Uri;

  before(async () => {
    roadmapUri = vscode.Uri.joinPath(workspaceFolder(), 'ROADMAP.md');
    index = (await roadmapApi()).index;
    await index.whenReady();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates on a workspace that contains a ROADMAP.md, without being asked', async () => {
    // Watched from before any suite called activate() (see helpers.ts), so this can fail.
    assert.equal(await activatedWithoutAsking, true);
  });

  it('yields the model of the workspace ROADMAP.md, equal to a fresh parse of the file on disk', async () => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(roadmapUri));
    const entry = index.get(roadmapUri);
    assert.ok(entry, 'ROADMAP.md is in the index');
    assert.equal(entry.error, undefined);
    assert.equal(entry.text, text);
    assert.deepEqual(entry.model, new RoadmapParser().parse(text));
    assert.equal(entry.model.tasks.length, taskBoxes(text));
    assert.ok(index.isRoadmap(roadmapUri));
    assert.ok(index.all().some((e) => e.uri.toString() === roadmapUri.toString()));
  });

  it('leaves out markdown files that roadmap.files does not match and anything under node_modules', () => {
    const paths = index.all().map((e) => e.uri.path);
    assert.ok(!paths.some((p) => p.endsWith('/docs/notes.md')), `indexed: ${paths.join(', ')}`);
    assert.ok(!paths.some((p) => p.includes('/node_modules/')), `indexed: ${paths.join(', ')}`);
    assert.equal(index.isRoadmap(vscode.Uri.joinPath(workspaceFolder(), 'docs', 'notes.md')), false);
  });

  it('follows edits to the open document: a new task, then a checkbox toggle', async () => {
    const doc = await vscode.workspace.openTextDocument(roadmapUri);
    await vscode.window.showTextDocument(doc);
    const before = index.get(roadmapUri);
    assert.ok(before);

    const lastTask = before.model.tasks[before.model.tasks.length - 1];
    assert.ok(lastTask, 'the fixture has tasks');
    const insertAt = new vscode.Position(lastTask.line, 0); // line after the last task (lines are 1-based in the model)
    const added = changeOf(index, roadmapUri, (e) => e?.text.includes('- [ ] Added by the integration test\n') === true, 'adding a task');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(roadmapUri, insertAt, '- [ ] Added by the integration test\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const afterAdd = await added;
    assert.ok(afterAdd);
    assert.equal(afterAdd.text, doc.getText());
    assert.equal(afterAdd.model.tasks.length, before.model.tasks.length + 1);
    assert.ok(afterAdd.model.tasks.some((t) => t.text === 'Added by the integration test' && !t.checked));

    const target = afterAdd.model.tasks.find((t) => !t.checked);
    assert.ok(target);
    const toggled = changeOf(index, roadmapUri, (e) => e?.version === doc.version, 'toggling a task');
    const toggle = new vscode.WorkspaceEdit();
    const box = doc.positionAt(target.offset);
    toggle.replace(roadmapUri, new vscode.Range(box, box.translate(0, 1)), 'x');
    assert.ok(await vscode.workspace.applyEdit(toggle));
    const afterToggle = await toggled;
    assert.ok(afterToggle);
    assert.equal(afterToggle.model.tasks[target.index]?.checked, true);
    assert.equal(afterToggle.model.progress.done, afterAdd.model.progress.done + 1);
    assert.deepEqual(afterToggle.model, new RoadmapParser().parse(doc.getText()), 'patched model equals a full parse');

    // Discard the edits: the disk is the truth again once the document closes.
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('keeps the open document text when the file changes on disk underneath it', async () => {
    const doc = await vscode.workspace.openTextDocument(roadmapUri);
    await vscode.window.showTextDocument(doc);
    // By its text, not its version: the previous test's revert may still be on its way, and it names the version the
    // document has until this edit lands.
    const edited = changeOf(index, roadmapUri, (e) => e?.text.startsWith('<!-- unsaved -->\n') === true, 'an unsaved edit');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(roadmapUri, new vscode.Position(0, 0), '<!-- unsaved -->\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await edited;

    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(roadmapUri));
    await vscode.workspace.fs.writeFile(roadmapUri, new TextEncoder().encode(`${onDisk}\n- [ ] Written behind the editor's back\n`));
    // Watcher events arrive in order: once a later file's creation is seen, the change above has been handled.
    const sentinel = vscode.Uri.joinPath(workspaceFolder(), 'sentinel', 'ROADMAP.md');
    const seen = changeOf(index, sentinel, (e) => e !== undefined, 'the sentinel file');
    await vscode.workspace.fs.writeFile(sentinel, new TextEncoder().encode('# Sentinel\n'));
    await seen;
    const entry = index.get(roadmapUri);
    assert.ok(entry);
    assert.equal(entry.text, doc.getText());
    assert.ok(!entry.text.includes('Written behind'), 'the disk text did not replace the editor text');

    await vscode.workspace.fs.delete(sentinel);
    // Revert first, so the document is clean (and follows the disk) when the original text goes back.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.workspace.fs.writeFile(roadmapUri, new TextEncoder().encode(onDisk));
  });

  it('picks up a roadmap created on disk, then drops it when deleted', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'packages', 'beacon', 'ROADMAP.md');
    const text = '# Beacon\n\n## Milestone 1: First light\n\n- [x] Strike the match\n- [ ] Keep it lit\n';
    const created = changeOf(index, uri, (e) => e !== undefined, 'creating packages/beacon/ROADMAP.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const entry = await created;
    assert.ok(entry);
    assert.equal(entry.text, text);
    assert.deepEqual(entry.model, new RoadmapParser().parse(text));
    assert.ok(index.isRoadmap(uri));

    const changedText = text.replace('- [ ] Keep', '- [x] Keep');
    const changed = changeOf(index, uri, (e) => e?.text === changedText, 'changing it on disk');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(changedText));
    assert.equal((await changed)?.model.progress.done, 2);

    const deleted = changeOf(index, uri, (e) => e === undefined, 'deleting it');
    await vscode.workspace.fs.delete(uri);
    await deleted;
    assert.equal(index.get(uri), undefined);
    assert.equal(index.isRoadmap(uri), false);
  });

  it('parses a file read from disk once: opening it unchanged keeps its model under the editor\'s version', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'packages', 'once', 'ROADMAP.md');
    const text = '# Once\n\n## Phase 1: Read\n\n- [ ] from disk\n- [ ] then opened\n';
    const read = changeOf(index, uri, (e) => e?.text === text && e.stats?.how === 'parse', 'reading packages/once/ROADMAP.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const fromDisk = await read;
    assert.ok(fromDisk);
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const opened = await until('the entry of the opened document', () => (index.get(uri)?.version === doc.version ? index.get(uri) : undefined));
      assert.equal(opened.model, fromDisk.model, 'the same model object: the text was not parsed again');
      assert.equal(opened.stats, undefined);
      // The renamed model is the base of what follows: a toggle patches it.
      const task = opened.model.tasks[0]!;
      const toggled = changeOf(index, uri, (e) => e?.version === doc.version && e.model.tasks[0]?.checked === true, 'toggling the first task');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(doc.positionAt(task.offset), doc.positionAt(task.offset + 1)), 'x');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const after = await toggled;
      assert.deepEqual(after?.model, new RoadmapParser().parse(doc.getText()));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    }
  });

  it('keeps models in the start-up cache by the hash of their text', async () => {
    const storage = vscode.Uri.joinPath(workspaceFolder(), '..', `model-cache-${Date.now()}`);
    const cache = new ModelCache(storage, 0);
    try {
      const text = '# Cached\n\n## Phase 1: Kept\n\n- [x] stored\n- [ ] read back\n';
      const model = new RoadmapParser().parse(text);
      assert.equal(await cache.read('file:///cached.md', text), undefined, 'nothing before a write');
      cache.write('file:///cached.md', text, model);
      const back = await until('the cached model', () => cache.read('file:///cached.md', text));
      assert.deepEqual(back, model);
      assert.equal(await cache.read('file:///cached.md', text.replace('[ ] read', '[x] read')), undefined, 'another text gets nothing');
      assert.equal(await cache.read('file:///other.md', text), undefined, 'another file gets nothing');
    } finally {
      cache.dispose();
      await vscode.workspace.fs.delete(storage, { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('drops the roadmaps of a folder deleted as a whole', async () => {
    const folder = vscode.Uri.joinPath(workspaceFolder(), 'packages', 'lantern');
    const uris = ['a', 'b'].map((name) => vscode.Uri.joinPath(folder, name, 'ROADMAP.md'));
    const created = uris.map((uri) => changeOf(index, uri, (e) => e !== undefined, `creating ${uri.path}`));
    for (const uri of uris) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Lantern\n\n- [ ] Trim the wick\n'));
    await Promise.all(created);
    assert.ok(uris.every((uri) => index.isRoadmap(uri)));

    // One delete of the folder: the file system reports the folder, not the two roadmaps in it.
    const deleted = uris.map((uri) => changeOf(index, uri, (e) => e === undefined, `deleting the folder of ${uri.path}`));
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    await Promise.all(deleted);
    assert.ok(uris.every((uri) => !index.isRoadmap(uri) && index.get(uri) === undefined));
  });

  it('gives a binary ROADMAP.md an error and an empty model instead of failing', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'binary', 'ROADMAP.md');
    const created = changeOf(index, uri, (e) => e !== undefined, 'creating a binary roadmap');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array([0x23, 0x20, 0x00, 0x01, 0x02, 0xff]));
    const entry = await created;
    assert.ok(entry?.error, 'the entry says why it is empty');
    assert.equal(entry.model.tasks.length, 0);
    assert.equal(entry.model.sections.length, 0);
    await vscode.workspace.fs.delete(uri, { recursive: false });
  });

  it('re-reads the workspace when roadmap.files changes', async () => {
    const notes = vscode.Uri.joinPath(workspaceFolder(), 'docs', 'notes.md');
    const config = vscode.workspace.getConfiguration('roadmap');
    const added = changeOf(index, notes, (e) => e !== undefined, 'adding docs/*.md to roadmap.files');
    await config.update('files', ['**/ROADMAP.md', 'docs/*.md'], vscode.ConfigurationTarget.Workspace);
    try {
      const entry = await added;
      assert.ok(entry);
      assert.equal(entry.model.tasks.length, 1);
      assert.ok(index.get(roadmapUri), 'the other glob still matches ROADMAP.md');
      // A glob relative to the folder matches the open document too, not only the file on disk.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
      assert.equal(index.isRoadmap(notes), true);
    } finally {
      const removed = changeOf(index, notes, (e) => e === undefined, 'restoring roadmap.files');
      await config.update('files', undefined, vscode.ConfigurationTarget.Workspace);
      await removed;
    }
    assert.equal(index.get(notes), undefined);
  });

  it('honours the user\'s files.exclude (the search used to replace it) and still never reads node_modules', async () => {
    const files = vscode.workspace.getConfiguration('files');
    const roadmap = vscode.workspace.getConfiguration('roadmap');
    const hidden = vscode.Uri.joinPath(workspaceFolder(), 'excluded-by-user', 'ROADMAP.md');
    const shown = vscode.Uri.joinPath(workspaceFolder(), 'not-excluded', 'ROADMAP.md');
    await files.update('exclude', { '**/excluded-by-user': true }, vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.workspace.fs.writeFile(hidden, new TextEncoder().encode('# Hidden\n- [ ] a\n'));
      await vscode.workspace.fs.writeFile(shown, new TextEncoder().encode('# Shown\n- [ ] a\n'));
      // A new scan, as after any change of roadmap.files.
      await roadmap.update('files', ['**/ROADMAP.md', '**/roadmap.md'], vscode.ConfigurationTarget.Workspace);
      await until('the rescan to find not-excluded/ROADMAP.md', () => index.get(shown));
      await index.whenReady();
      assert.equal(index.get(hidden), undefined, 'a folder the user excluded is not indexed');
      assert.equal(await index.refresh(hidden), undefined, 'nor matched on demand');
      assert.ok(!index.all().some((e) => e.uri.path.includes('/node_modules/')));
      // refresh() of a file the index has not read yet matches it by glob on its path, without a workspace search.
      const later = vscode.Uri.joinPath(workspaceFolder(), 'deep', 'er', 'ROADMAP.md');
      await vscode.workspace.fs.writeFile(later, new TextEncoder().encode('# Later\n- [x] b\n'));
      assert.equal((await index.refresh(later))?.model.progress.done, 1);
      assert.equal(await index.refresh(vscode.Uri.joinPath(workspaceFolder(), 'docs', 'notes.md')), undefined);
      await vscode.workspace.fs.delete(later);
    } finally {
      await roadmap.update('files', undefined, vscode.ConfigurationTarget.Workspace);
      await files.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(hidden, '..'), { recursive: true });
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(shown, '..'), { recursive: true });
      await index.whenReady();
    }
  });

  it('indexes at most 500 files however many roadmap.files matches, nearest the root first, reading a few at a time', async function () {
    this.timeout(180_000);
    const roadmap = vscode.workspace.getConfiguration('roadmap');
    const many = vscode.Uri.joinPath(workspaceFolder(), 'many');
    const count = 600;
    const encoder = new TextEncoder();
    await Promise.all(Array.from({ length: count }, (_, i) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(many, `n${String(i).padStart(3, '0')}.md`), encoder.encode(`# Note ${i}\n- [ ] t\n`))));
    try {
      const started = Date.now();
      await roadmap.update('files', ['**/*.md'], vscode.ConfigurationTarget.Workspace);
      await until('the capped scan', () => index.capped || undefined, 60_000);
      await index.whenReady();
      const entries = index.all();
      console.log(`index: ${count + 1}+ matching files → ${entries.length} indexed in ${Date.now() - started} ms`);
      // An open roadmap is always read (it is what the user looks at), even past the cap; files from disk stop at it.
      const open = entries.filter((e) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === e.uri.toString())).length;
      assert.ok(entries.length >= 500 && entries.length <= 500 + open, `${entries.length} indexed, ${open} of them open in editors`);
      assert.ok(index.get(roadmapUri), 'the workspace root ROADMAP.md is among those kept');
    } finally {
      await roadmap.update('files', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(many, { recursive: true });
      await until('the rescan after restoring roadmap.files', () => !index.capped || undefined, 60_000);
      await index.whenReady();
    }
    assert.equal(index.capped, false);
    assert.ok(index.all().length < 20);
  });
});
