/**
 * Starts the analysis worker thread (dist/worker.js) first thing at activation: compromise never
 * loads on the extension host's thread. Its warnings go to the ClaimLens log (Output → ClaimLens).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { WorkerAnalysisService } from './analysisClient';

export function startAnalysisWorker(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): WorkerAnalysisService {
  const analysis = new WorkerAnalysisService(path.join(context.extensionPath, 'dist', 'worker.js'), {
    log: (message) => log.warn(message),
  });
  context.subscriptions.push({ dispose: () => analysis.dispose() });
  // At once, before the rest of activate(): loading compromise (~0.3 s of CPU, off this thread)
  // then overlaps the rest of the activation and VS Code showing the article.
  analysis.start();
  return analysis;
}
