// Offers `roadmap mcp` to VS Code's own MCP clients (VS Code 1.101 brought `lm.registerMcpServerDefinitionProvider`).
// Guarded so older versions, forks and the web (no local process to run) still activate: there it does nothing.
import * as vscode from 'vscode';
import { platform } from '../platform/node';
import { optional } from './roadmapTools';

type McpStdioServerDefinitionCtor = new (label: string, command: string, args?: string[], env?: Record<string, string | number | null>, version?: string) => unknown;

interface McpApi {
  registerMcpServerDefinitionProvider?(id: string, provider: { onDidChangeMcpServerDefinitions?: vscode.Event<void>; provideMcpServerDefinitions(token: vscode.CancellationToken): Promise<unknown[]> }): vscode.Disposable;
}

export const MCP_PROVIDER_ID = 'roadmap.mcp';

export function registerMcpServerProvider(extension: vscode.Extension<unknown>): vscode.Disposable {
  if (!platform.canSpawnProcesses) return new vscode.Disposable(() => undefined);
  // Either may be missing (before 1.101) or a proposal that throws when read; then there is nothing to offer.
  const register = optional(() => (vscode.lm as unknown as McpApi).registerMcpServerDefinitionProvider?.bind(vscode.lm));
  const Definition = optional(() => (vscode as unknown as { McpStdioServerDefinition?: McpStdioServerDefinitionCtor }).McpStdioServerDefinition);
  if (!register || !Definition) return new vscode.Disposable(() => undefined);
  const changed = new vscode.EventEmitter<void>();
  const version = String((extension.packageJSON as { version?: unknown }).version ?? '0');
  const registration = register(MCP_PROVIDER_ID, {
    onDidChangeMcpServerDefinitions: changed.event,
    provideMcpServerDefinitions: async () => {
      const cli = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'cli.js');
      try {
        await vscode.workspace.fs.stat(cli);
      } catch {
        return []; // a build without the CLI (the web package) has no server to offer
      }
      const cliPath = cli.fsPath;
      return (vscode.workspace.workspaceFolders ?? [])
        .filter((folder) => folder.uri.scheme === 'file')
        .map((folder) => {
          const label = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `Roadmap (${folder.name})` : 'Roadmap';
          // The editor's own runtime runs the bundled CLI as plain Node.
          return new Definition(label, process.execPath, [cliPath, 'mcp', '--root', folder.uri.fsPath], { ELECTRON_RUN_AS_NODE: '1' }, version);
        });
    },
  });
  return vscode.Disposable.from(registration, changed, vscode.workspace.onDidChangeWorkspaceFolders(() => changed.fire()));
}
