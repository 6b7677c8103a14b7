import type { DocumentsIndex } from '../documentsIndex';
import { CommandManager } from './commandManager';
import { InsertBlockCommand } from './insertBlockCommand';
import { NewRoadmapCommand } from './newRoadmapCommand';
import { RevealLineCommand } from './revealLineCommand';
import { MarkSectionDoneCommand, ReopenSectionCommand } from './sectionCommands';
import { ToggleTaskCommand } from './toggleTaskCommand';
import { ContinueTaskCommand } from './continueTaskCommand';

/** Every editor-experience command, registered through one manager. */
export function registerEditorCommands(index: DocumentsIndex): CommandManager {
  const manager = new CommandManager();
  manager.register(new ToggleTaskCommand(index));
  manager.register(new ContinueTaskCommand());
  manager.register(new MarkSectionDoneCommand(index));
  manager.register(new ReopenSectionCommand(index));
  manager.register(new NewRoadmapCommand());
  manager.register(new InsertBlockCommand(index, 'phase'));
  manager.register(new InsertBlockCommand(index, 'milestone'));
  manager.register(new InsertBlockCommand(index, 'quarter'));
  manager.register(new RevealLineCommand());
  return manager;
}
