import * as vscode from 'vscode';
import { setSectionTasks } from '../../core/edit/edits';
import type { RoadmapDocument } from '../../core/model';
import { applyRoadmapEdits } from '../applyEdits';
import { commands } from '../constants';
import type { DocumentsIndex } from '../documentsIndex';
import type { SectionNode } from '../tree/treeModel';
import type { Command } from './commandManager';
import { toggleOptions } from './editorSettings';

/** Ticks (or reopens) every task of a section and its subsections; run from the Progress view's context menu. */
abstract class SectionTasksCommand implements Command {
  abstract readonly id: string;
  protected abstract readonly done: boolean;

  constructor(private readonly index: DocumentsIndex) {}

  async execute(node?: unknown): Promise<boolean> {
    if (!isSectionNode(node)) return false;
    const uri = vscode.Uri.parse(node.key);
    const entry = await this.index.refresh(uri);
    if (!entry || entry.error) return false;
    const sectionIndex = findSection(entry.model, node);
    if (sectionIndex === undefined) return false;
    // The same completion-date setting as Toggle Task: a section ticked at once is stamped like one ticked task by task.
    const { completionDate } = toggleOptions(uri);
    const edits = setSectionTasks(entry.model, sectionIndex, this.done, completionDate ? { text: entry.text, completionDate } : {});
    const result = await applyRoadmapEdits(uri, edits, { expectedText: entry.text });
    if (!result.ok) void vscode.window.showWarningMessage(vscode.l10n.t('Could not change the section: {0}', result.reason));
    return result.ok;
  }
}

export class MarkSectionDoneCommand extends SectionTasksCommand {
  readonly id = commands.markSectionDone;
  protected readonly done = true;
}

export class ReopenSectionCommand extends SectionTasksCommand {
  readonly id = commands.reopenSection;
  protected readonly done = false;
}

function isSectionNode(node: unknown): node is SectionNode {
  return typeof node === 'object' && node !== null && (node as SectionNode).type === 'section' && typeof (node as SectionNode).key === 'string';
}

/** The node's section in a possibly newer model: same index and title if it still matches, else the same title nearest its old line. */
function findSection(model: RoadmapDocument, node: SectionNode): number | undefined {
  const same = model.sections[node.sectionIndex];
  if (same && same.title === node.label) return same.index;
  let best: number | undefined;
  for (const s of model.sections) {
    if (s.title !== node.label) continue;
    if (best === undefined || Math.abs(s.line - node.line) < Math.abs(model.sections[best]!.line - node.line)) best = s.index;
  }
  return best;
}
