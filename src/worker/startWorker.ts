/**
 * Starts the analysis worker thread (dist/worker.js) for the extension: compromise never loads on
 * the extension host's thread. Its warnings go to the "ClaimLens Analysis" output channel.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { WorkerAnalysisService } from './analysisClient';

export function startAnalysisWorker(context: vscode.ExtensionContext): WorkerAnalysisService {
  const log = vscode.window.createOutputChannel('ClaimLens Analysis', { log: true });
  const analysis = new WorkerAnalysisService(path.join(context.extensionPath, 'dist', 'worker.js'), {
    log: (message) => log.warn(message),
  });
  context.subscriptions.push(log, { dispose: () => analysis.dispose() });
  return analysis;
}
