import * as vscode from 'vscode';
import { roadmapTemplates, type RoadmapTemplate } from '../../core/edit/templates';
import { commands } from '../constants';
import { templateWords } from '../coreWords';
import type { Command } from './commandManager';
import { localToday } from '../../core/language/isoDay';

const FILE_NAME = 'ROADMAP.md';
/** Either spelling counts as "already has a roadmap", whatever the file system's case rules. */
const EXISTING_NAMES = ['ROADMAP.md', 'roadmap.md', 'Roadmap.md'];

export type NewRoadmapTarget = { folder: vscode.Uri; name: string } | 'untitled';

/** The questions New Roadmap asks; tests answer them without dialogs. */
export interface NewRoadmapUi {
  pickTemplate(templates: readonly RoadmapTemplate[]): Promise<RoadmapTemplate | undefined>;
  pickTarget(folders: readonly vscode.WorkspaceFolder[]): Promise<NewRoadmapTarget | undefined>;
  /** Asked before an existing file would be replaced; only `'replace'` replaces it. */
  confirmReplace(existing: vscode.Uri): Promise<'replace' | 'open' | undefined>;
}

export type NewRoadmapResult =
  | { created: vscode.Uri | 'untitled' }
  | { opened: vscode.Uri }
  | { cancelled: true };

/** Roadmap: New Roadmap… — a template from the core, into ROADMAP.md of a workspace folder or an untitled editor. */
export class NewRoadmapCommand implements Command {
  readonly id = commands.newRoadmap;

  constructor(private readonly ui: NewRoadmapUi = dialogUi) {}

  async execute(): Promise<NewRoadmapResult> {
    const template = await this.ui.pickTemplate(roadmapTemplates);
    if (!template) return { cancelled: true };
    const target = await this.ui.pickTarget(vscode.workspace.workspaceFolders ?? []);
    if (!target) return { cancelled: true };
    const title = target === 'untitled' ? vscode.l10n.t('Roadmap') : `${target.name} ${vscode.l10n.t('Roadmap')}`;
    const text = template.render({ title, today: localToday() });
    if (target === 'untitled') {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
      await vscode.window.showTextDocument(document);
      return { created: 'untitled' };
    }
    const existing = await findExisting(target.folder);
    const file = existing ?? vscode.Uri.joinPath(target.folder, FILE_NAME);
    if (existing) {
      const answer = await this.ui.confirmReplace(existing);
      if (answer === 'open') {
        await vscode.window.showTextDocument(existing);
        return { opened: existing };
      }
      if (answer !== 'replace') return { cancelled: true };
    }
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(file);
    return { created: file };
  }
}

async function findExisting(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  for (const name of EXISTING_NAMES) {
    const uri = vscode.Uri.joinPath(folder, name);
    try {
      await vscode.workspace.fs.stat(uri);
      return uri;
    } catch {
      // Not there: try the next spelling.
    }
  }
  return undefined;
}

const dialogUi: NewRoadmapUi = {
  async pickTemplate(templates) {
    const picked = await vscode.window.showQuickPick(
      templates.map((template) => {
        const words = templateWords(template);
        return { label: words.label, detail: words.description, template };
      }),
      { title: vscode.l10n.t('New Roadmap'), placeHolder: vscode.l10n.t('Choose the shape of your roadmap'), matchOnDetail: true },
    );
    return picked?.template;
  },
  async pickTarget(folders) {
    type Item = vscode.QuickPickItem & { target: NewRoadmapTarget };
    const items: Item[] = folders.map((folder) => ({
      label: `$(folder) ${folder.name}`,
      description: vscode.workspace.asRelativePath(vscode.Uri.joinPath(folder.uri, FILE_NAME), folders.length > 1),
      target: { folder: folder.uri, name: folder.name },
    }));
    items.push({ label: `$(new-file) ${vscode.l10n.t('Untitled editor')}`, description: vscode.l10n.t('save it where you like'), target: 'untitled' });
    // No folder: nothing to choose. One folder still asks, so an untitled draft stays one keypress away.
    if (folders.length === 0) return 'untitled';
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Roadmap'), placeHolder: vscode.l10n.t('Where should the roadmap go?') });
    return picked?.target;
  },
  async confirmReplace(existing) {
    const replace = vscode.l10n.t('Replace');
    const open = vscode.l10n.t('Open Existing');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Replace it with the new roadmap?', vscode.workspace.asRelativePath(existing)),
      { modal: true },
      replace,
      open,
    );
    return answer === replace ? 'replace' : answer === open ? 'open' : undefined;
  },
};
