// Wiring only: create the shared services, register every feature, hand each Disposable to VS Code.
import * as vscode from 'vscode';
import { commands, outputChannelName } from './host/constants';
import { DocumentsIndex } from './host/documentsIndex';
import { perfMark } from './host/perfTrace';
import { ModelCache } from './host/modelCache';
import { platform } from './host/platform/node';
import { createLogger } from './host/logger';
import { registerRoadmapContext } from './host/roadmapContext';
import { CommandManager } from './host/commands/commandManager';
import { registerEditorCommands } from './host/commands/editorCommands';
import { RoadmapCompletions } from './host/completions';
import { RoadmapDecorations } from './host/decorations';
import { RoadmapStatusBar } from './host/statusBar';
import { RoadmapTreeView } from './host/tree/roadmapTreeView';
import { TimelineManager } from './host/timeline/timelineManager';
import { registerRoadmapTools, RoadmapTools } from './host/agents/roadmapTools';
import { registerMcpServerProvider } from './host/agents/mcpServerProvider';
import { RecentTicks } from './host/agents/recentTicks';
import { HealthCodeActions } from './host/health/healthCodeActions';
import { HealthHover } from './host/health/healthHover';
import { showHealthInTree } from './host/health/healthTree';
import { RoadmapHealth } from './host/health/roadmapHealth';
import { RoadmapHistoryService } from './host/history/roadmapHistory';
import { HistoryMarks } from './host/history/historyMarks';
import { TimelineHistory } from './host/history/timelineHistory';
import { registerCopyMermaid } from './host/history/copyMermaidCommand';

/** What `activate` returns: tests and other extensions reach the index through `extension.exports`. */
export interface RoadmapApi {
  readonly index: DocumentsIndex;
  readonly tree: RoadmapTreeView;
  readonly decorations: RoadmapDecorations;
  readonly timeline: TimelineManager;
  /** The language-model tools' logic (also registered with `vscode.lm` where the editor has it). */
  readonly agentTools: RoadmapTools;
  readonly recentTicks: RecentTicks;
  readonly health: RoadmapHealth;
  /** Plan against reality: tick dates and burn-up from the Git extension's history. */
  readonly history: RoadmapHistoryService;
  readonly timelineHistory: TimelineHistory;
}

export function activate(context: vscode.ExtensionContext): RoadmapApi {
  const activated = performance.now();
  const logger = createLogger(outputChannelName);
  // Parsing runs in a worker thread, so the extension host (shared with every other extension) is never held by it.
  const startWorker = platform.startParserWorker;
  const cache = new ModelCache(context.storageUri ?? context.globalStorageUri);
  const index = new DocumentsIndex(logger, { cache, ...(startWorker ? { createWorker: () => startWorker(context.extensionUri) } : {}) });
  const logCommands = new CommandManager();
  logCommands.register({ id: commands.showLog, execute: () => logger.show() });
  context.subscriptions.push(logger, cache, index, registerRoadmapContext(index), logCommands);
  // Before the tree: its items read the diagnostics computed for the same index change.
  const health = new RoadmapHealth(index, context.extensionUri);
  context.subscriptions.push(health, HealthCodeActions.register(health), HealthHover.register(index, health));
  // The heading counts first: index changes reach listeners in this order, and the editor is where the user types.
  const decorations = new RoadmapDecorations(index);
  const tree = new RoadmapTreeView(index, context.workspaceState);
  perfMark('tree.registered', '', 0, performance.now() - activated);
  context.subscriptions.push(showHealthInTree(tree, health));
  context.subscriptions.push(tree, decorations, new RoadmapStatusBar(index), RoadmapCompletions.register(index), registerEditorCommands(index));
  const agentTools = new RoadmapTools(index);
  const timeline = new TimelineManager(index, context.extensionUri, logger);
  const recentTicks = new RecentTicks(index);
  context.subscriptions.push(
    timeline,
    registerRoadmapTools(agentTools),
    registerMcpServerProvider(context.extension),
    recentTicks,
    tree.addTaskNote((node) => {
      const entry = index.get(vscode.Uri.parse(node.key));
      const task = entry?.model.tasks[node.taskIndex];
      return entry && task ? recentTicks.noteFor(entry.uri, entry.model, task) : undefined;
    }, recentTicks.onDidChange),
  );
  const history = new RoadmapHistoryService(index, logger);
  const historyMarks = new HistoryMarks(index, history);
  const timelineHistory = new TimelineHistory(index, history, logger);
  context.subscriptions.push(
    history,
    historyMarks,
    timelineHistory,
    registerCopyMermaid(index, history),
    tree.addTaskNote((node) => {
      const entry = index.get(vscode.Uri.parse(node.key));
      const task = entry?.model.tasks[node.taskIndex];
      return entry && task ? historyMarks.noteFor(entry.uri, task) : undefined;
    }, history.onDidChange),
  );
  logger.info(`Roadmap ${String(context.extension.packageJSON.version)} activated`);
  return { index, tree, decorations, timeline, agentTools, recentTicks, health, history, timelineHistory };
}

export function deactivate(): void {
  // Everything is in context.subscriptions; VS Code disposes it.
}
