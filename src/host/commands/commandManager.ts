import * as vscode from 'vscode';
import { disposeAll } from '../disposable';

/** One command: its id and what it does. Registered through `CommandManager`, one small class per command. */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

export class CommandManager implements vscode.Disposable {
  private readonly registrations = new Map<string, vscode.Disposable>();

  register<T extends Command>(command: T): T {
    this.registrations.get(command.id)?.dispose();
    this.registrations.set(command.id, vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.execute(...args)));
    return command;
  }

  dispose(): void {
    const registrations = [...this.registrations.values()];
    this.registrations.clear();
    disposeAll(registrations);
  }
}
