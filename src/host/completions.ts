import * as vscode from 'vscode';
import { blockSnippet, type SnippetKind } from '../core/edit/templates';
import { localToday } from '../core/language/isoDay';
import { snippetDescription } from './coreWords';
import type { DocumentsIndex } from './documentsIndex';

/** What the user types to get each block; kept to plain words that start a line in a roadmap. */
const TRIGGERS: readonly { word: string; kind: SnippetKind }[] = [
  { word: 'phase', kind: 'phase' },
  { word: 'milestone', kind: 'milestone' },
  { word: 'quarter', kind: 'quarter' },
  { word: 'task', kind: 'task' },
  { word: 'criteria', kind: 'criteria' },
  { word: 'status', kind: 'status' },
  { word: 'milestone-row', kind: 'milestoneRow' },
];

/**
 * Numbered blocks in roadmap files: `phase` offers "Phase 6" after Phase 5. Only at the start of a line (after
 * indentation) so they never crowd completions inside prose. The plain, unnumbered versions are the
 * `roadmap-*` snippets in snippets/roadmap.code-snippets, for any markdown file.
 */
export class RoadmapCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly index: DocumentsIndex) {}

  static register(index: DocumentsIndex): vscode.Disposable {
    return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new RoadmapCompletions(index));
  }

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!this.index.isRoadmap(document.uri)) return [];
    const prefix = document.lineAt(position.line).text.slice(0, position.character);
    const match = /^(\s*)([\w-]*)$/.exec(prefix);
    if (!match) return [];
    const range = new vscode.Range(position.line, match[1]!.length, position.line, position.character);
    const model = this.index.get(document.uri)?.model;
    const today = localToday();
    return TRIGGERS.map(({ word, kind }, order) => {
      const snippet = blockSnippet(kind, model, today, model ? document.getText() : undefined);
      const item = new vscode.CompletionItem({ label: word, description: snippet.label }, vscode.CompletionItemKind.Snippet);
      item.insertText = new vscode.SnippetString(snippet.body);
      item.detail = snippetDescription(kind);
      item.documentation = new vscode.MarkdownString().appendCodeblock(snippet.text, 'markdown');
      item.range = range;
      item.filterText = word;
      item.sortText = `0${order}`;
      return item;
    });
  }
}
