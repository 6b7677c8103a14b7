import * as vscode from 'vscode';
import { commands, settings } from '../constants';
import type { Command } from './commandManager';

/** The Progress view's eye buttons. The choice is a user setting, so it survives reloads and shows in Settings. */
abstract class SetHideDoneCommand implements Command {
  abstract readonly id: string;
  protected abstract readonly hide: boolean;

  async execute(): Promise<void> {
    await vscode.workspace.getConfiguration().update(settings.treeHideDone, this.hide, vscode.ConfigurationTarget.Global);
  }
}

export class HideDoneCommand extends SetHideDoneCommand {
  readonly id = commands.hideDone;
  protected readonly hide = true;
}

export class ShowDoneCommand extends SetHideDoneCommand {
  readonly id = commands.showDone;
  protected readonly hide = false;
}
