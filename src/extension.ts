// Wiring only: create the shared services, register every feature, hand each Disposable to VS Code.
import * as vscode from 'vscode';
import { commands, outputChannelName } from './host/constants';
import { DocumentsIndex } from './host/documentsIndex';
import { createLogger } from './host/logger';
import { registerRoadmapContext } from './host/roadmapContext';

/** What `activate` returns: tests and other extensions reach the index through `extension.exports`. */
export interface RoadmapApi {
  readonly index: DocumentsIndex;
}

export function activate(context: vscode.ExtensionContext): RoadmapApi {
  const logger = createLogger(outputChannelName);
  const index = new DocumentsIndex(logger);
  context.subscriptions.push(
    logger,
    index,
    registerRoadmapContext(index),
    vscode.commands.registerCommand(commands.showLog, () => logger.show()),
  );
  logger.info(`Roadmap ${String(context.extension.packageJSON.version)} activated`);
  return { index };
}

export function deactivate(): void {
  // Everything is in context.subscriptions; VS Code disposes it.
}
