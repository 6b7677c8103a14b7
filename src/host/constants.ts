// Every command, view, setting and context-key id in one place, so package.json, the code and the tests agree.
// Keep each id equal to the string in package.json's `contributes`.

export const extensionId = 'roadmap-tools.roadmap';

export const commands = {
  showLog: 'roadmap.showLog',
} as const;

export const views = {
  container: 'roadmap',
  outline: 'roadmap.view.outline',
} as const;

/** Setting ids as `workspace.getConfiguration(settings.section).get(...)` keys and as full ids. */
export const settings = {
  section: 'roadmap',
  files: 'roadmap.files',
} as const;

export const defaultRoadmapGlobs: readonly string[] = ['**/ROADMAP.md', '**/roadmap.md'];

/** Never index dependencies' roadmaps: node_modules is full of them and none are the user's. */
export const alwaysExcludedGlob = '**/node_modules/**';

export const contextKeys = {
  isRoadmap: 'roadmap.isRoadmapEditor',
} as const;

export const outputChannelName = 'Roadmap';
