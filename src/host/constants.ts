// Every command, view, setting and context-key id in one place, so package.json, the code and the tests agree.
// Keep each id equal to the string in package.json's `contributes`.

export const extensionId = 'roadmap-tools.roadmap';

export const commands = {
  showLog: 'roadmap.showLog',
  toggleTask: 'roadmap.toggleTask',
  continueTask: 'roadmap.continueTask',
  markSectionDone: 'roadmap.markSectionDone',
  reopenSection: 'roadmap.reopenSection',
  newRoadmap: 'roadmap.newRoadmap',
  insertPhase: 'roadmap.insertPhase',
  insertMilestone: 'roadmap.insertMilestone',
  insertQuarter: 'roadmap.insertQuarter',
  hideDone: 'roadmap.tree.hideDone',
  showDone: 'roadmap.tree.showDone',
  treeToggleTask: 'roadmap.tree.toggleTask',
  treeCopyTaskText: 'roadmap.tree.copyTaskText',
  treeRevealTask: 'roadmap.tree.revealTask',
  revealLine: 'roadmap.revealLine',
  /** Registered by VS Code for every view: focuses the Progress tree. */
  focusOutline: 'roadmap.view.outline.focus',
  openTimeline: 'roadmap.openTimeline',
  openWorkspaceTimeline: 'roadmap.openWorkspaceTimeline',
  exportTimelineSvg: 'roadmap.exportTimelineSvg',
  copyTimelineMermaid: 'roadmap.copyTimelineMermaid',
} as const;

export const views = {
  container: 'roadmap',
  outline: 'roadmap.view.outline',
  /** The timeline webview panel's viewType (also what its serializer is registered for). */
  timeline: 'roadmap.timeline',
} as const;

/** Setting ids as `workspace.getConfiguration(settings.section).get(...)` keys and as full ids. */
export const settings = {
  section: 'roadmap',
  files: 'roadmap.files',
  toggleCascade: 'roadmap.toggle.cascade',
  toggleCompletionDate: 'roadmap.toggle.completionDate',
  decorationsEnabled: 'roadmap.decorations.enabled',
  decorationsDoneStyle: 'roadmap.decorations.doneStyle',
  treeHideDone: 'roadmap.tree.hideDone',
  treeFollowCursor: 'roadmap.tree.followCursor',
  editorContinueTasks: 'roadmap.editor.continueTasks',
  treeShowEmptySections: 'roadmap.tree.showEmptySections',
  statusBarEnabled: 'roadmap.statusBar.enabled',
  recentMinutes: 'roadmap.recent.minutes',
  notifySectionDone: 'roadmap.notify.sectionDone',
  diagnosticsEnabled: 'roadmap.diagnostics.enabled',
  diagnosticsSeverity: 'roadmap.diagnostics.severity',
} as const;

export const defaultRoadmapGlobs: readonly string[] = ['**/ROADMAP.md', '**/roadmap.md', '**/.planning/ROADMAP.md', '**/specs/*/tasks.md', '**/.kiro/specs/*/tasks.md', '**/*.plan.md', '**/backlog/tasks/*.md', '**/PLAN.md'];

export const contextKeys = {
  isRoadmap: 'roadmap.isRoadmapEditor',
  treeHidingDone: 'roadmap.tree.hidingDone',
  /** Set once the first workspace scan is done, so the welcome text never flashes while roadmaps are still being found. */
  treeReady: 'roadmap.tree.ready',
} as const;

export const outputChannelName = 'Roadmap';

/** Keys in the extension's workspaceState: choices that belong to one workspace, not to the user's settings. */
export const stateKeys = {
  treeHideDone: 'roadmap.tree.hideDone',
} as const;
