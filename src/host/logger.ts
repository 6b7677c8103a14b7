import * as vscode from 'vscode';

/** What host code logs through; a LogOutputChannel named "Roadmap" in the product, a stub in tests. */
export interface Logger {
  /** Figures for whoever raises the channel's level to Debug (timings of every redraw); hidden by default. */
  debug(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string | Error, ...args: unknown[]): void;
  show(): void;
}

export function createLogger(name: string): Logger & vscode.Disposable {
  // A log channel gives timestamps and levels, and users can raise its level from the Output view.
  const channel = vscode.window.createOutputChannel(name, { log: true });
  return {
    debug: (message, ...args) => channel.debug(message, ...args),
    info: (message, ...args) => channel.info(message, ...args),
    warn: (message, ...args) => channel.warn(message, ...args),
    error: (message, ...args) => channel.error(message, ...args),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}
