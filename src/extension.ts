/**
 * The desktop entry (`main`: dist/extension.js, Node extension host): the analysis in a Node worker thread,
 * local review files through node:fs. The web entry is src/web/extension.ts; both wire src/activate.ts.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import { activateWith } from './activate';
import { RoutingFileStore, WorkspaceFileStore } from './articles/workspaceFileStore';
import { NodeFileStore } from './core/review/nodeFileStore';
import type { MatchPlatform } from './matching';
import { startAnalysisWorker } from './worker/startWorker';
import { traceToFileFromEnv } from './trace/traceFile';
import { traceMark } from './trace/timingTrace';
import { markSocketWrites } from './trace/wireMarks';

export function activate(context: vscode.ExtensionContext) {
  traceToFileFromEnv('host');
  traceMark('host.activate');
  markSocketWrites();
  return activateWith(context, {
    startAnalysis: startAnalysisWorker,
    // Review files: local ones through node:fs (atomic rename, file handles), others through workspace.fs.
    files: new RoutingFileStore(new NodeFileStore(), new WorkspaceFileStore(vscode.workspace.fs, (p) => vscode.Uri.parse(p, true))),
    matchWorker: (context) => nodeMatching(path.join(context.extensionPath, 'dist', 'matchWorker.js')),
  });
}

/** "Checked before" on the desktop: a Node worker thread that reads local archive and review files itself. */
function nodeMatching(script: string): MatchPlatform {
  return {
    start: () => new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 1024 } }),
    // The worker reads with node:fs: local files only (not a virtual workspace's).
    pathOf: (uri) => (uri.scheme === 'file' ? uri.fsPath : undefined),
    mtime: (uri) => vscode.workspace.fs.stat(uri).then((s) => s.mtime),
    cachePath: (storage) => (storage.scheme === 'file' ? path.join(storage.fsPath, 'match-index.bin') : undefined),
  };
}

export function deactivate(): void {
  // Nothing to release beyond context.subscriptions.
}
