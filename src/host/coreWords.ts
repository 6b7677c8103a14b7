import * as vscode from 'vscode';
import type { RoadmapTemplate, SnippetKind } from '../core/edit/templates';

// The core names its templates and snippets in English (the CLI prints them as they are); what VS Code shows of
// them goes through vscode.l10n here, by id, so the core stays free of vscode.

/** A template's name and one-line description in the user's language. */
export function templateWords(template: RoadmapTemplate): { label: string; description: string } {
  switch (template.id) {
    case 'phased-checklist':
      return { label: vscode.l10n.t('Phased checklist'), description: vscode.l10n.t('Numbered phases, each a task list, and a timeline list giving each phase a quarter.') };
    case 'milestones':
      return { label: vscode.l10n.t('Milestones with acceptance criteria'), description: vscode.l10n.t('A milestone status table, then per milestone a goal, acceptance criteria as tasks and dependencies.') };
    case 'weekly-phases':
      return { label: vscode.l10n.t('Phases in weeks'), description: vscode.l10n.t('Phases with week ranges, objectives, deliverables, success criteria, duration and priority.') };
    case 'quarterly':
      return { label: vscode.l10n.t('Quarterly with streams'), description: vscode.l10n.t('Four quarters from the current one, each with work streams scheduled in weeks and grouped tasks.') };
    case 'sectioned-plan':
      return { label: vscode.l10n.t('Sectioned project plan'), description: vscode.l10n.t('Numbered sections (overview, requirements, architecture, phases, quality, release, risks).') };
    case 'now-next-later':
      return { label: vscode.l10n.t('Now / Next / Later'), description: vscode.l10n.t('Three horizons without dates: what is being built, what comes next, and ideas for later.') };
    default:
      // A template added to the core without words here: its English words rather than nothing.
      return { label: template.label, description: template.description };
  }
}

/** What a completion inserts, in the user's language. */
export function snippetDescription(kind: SnippetKind): string {
  switch (kind) {
    case 'phase':
      return vscode.l10n.t('A new phase after the last one, with a goal and tasks');
    case 'milestone':
      return vscode.l10n.t('A new milestone with a goal, acceptance criteria and dependencies');
    case 'quarter':
      return vscode.l10n.t('The next quarter with its first objectives');
    case 'task':
      return vscode.l10n.t('An open task list item');
    case 'criteria':
      return vscode.l10n.t('A list of acceptance criteria as open tasks');
    case 'status':
      return vscode.l10n.t('A status line the roadmap reads');
    case 'milestoneRow':
      return vscode.l10n.t('A row for the milestone status table');
  }
}
