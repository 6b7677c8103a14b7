import * as vscode from 'vscode';

/** What host code logs through; a LogOutputChannel named "Roadmap" in the product, a stub in tests. */
export interface Logger {
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string | Error, ...args: unknown[]): void;
  show(): void;
}

export function createLogger(name: string): Logger & vscode.Disposable {
  // A log channel gives timestamps and levels, and users can raise its level from the Output view.
  const channel = vscode.window.createOutputChannel(name, { log: true });
  return {
    info: (message, ...args) => channel.info(message, ...args),
    warn: (message, ...args) => channel.warn(message, ...args),
    error: (message, ...args) => channel.error(message, ...args),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}
