/**
 * The desktop entry (`main`: dist/extension.js, Node extension host): the analysis in a Node worker thread,
 * local review files through node:fs. The web entry is src/web/extension.ts; both wire src/activate.ts.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateWith } from './activate';
import { RoutingFileStore, WorkspaceFileStore } from './articles/workspaceFileStore';
import { NodeFileStore } from './core/review/nodeFileStore';
import { startAnalysisWorker } from './worker/startWorker';

export function activate(context: vscode.ExtensionContext) {
  return activateWith(context, {
    startAnalysis: startAnalysisWorker,
    // Review files: local ones through node:fs (atomic rename, file handles), others through workspace.fs.
    files: new RoutingFileStore(new NodeFileStore(), new WorkspaceFileStore(vscode.workspace.fs, (p) => vscode.Uri.parse(p, true))),
    matchWorker: (context) => path.join(context.extensionPath, 'dist', 'matchWorker.js'),
  });
}

export function deactivate(): void {
  // Nothing to release beyond context.subscriptions.
}
