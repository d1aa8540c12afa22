/**
 * Starts the analysis worker thread (dist/worker.js) first thing at activation: compromise never
 * loads on the extension host's thread. Its warnings go to the ClaimLens log (Output → ClaimLens).
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DiskAnalysisCache } from './analysisCache';
import { WorkerAnalysisService } from './analysisClient';

export function startAnalysisWorker(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): WorkerAnalysisService {
  const workerScript = path.join(context.extensionPath, 'dist', 'worker.js');
  const analysis = new WorkerAnalysisService(workerScript, {
    log: (message) => log.warn(message),
    cache: analysisCache(context, workerScript),
    compileCacheDir: compileCacheDir(context),
  });
  context.subscriptions.push({ dispose: () => analysis.dispose() });
  // At once, before the rest of activate(): loading compromise (~0.3 s of CPU, off this thread)
  // then overlaps the rest of the activation and VS Code showing the article.
  analysis.start();
  return analysis;
}

/**
 * Earlier analyses by content hash, in the workspace's storage (the user's, without a folder). The
 * stamp is the worker bundle's size and time: another build never reads this one's results.
 */
function analysisCache(context: vscode.ExtensionContext, workerScript: string): DiskAnalysisCache | undefined {
  const storage = context.storageUri ?? context.globalStorageUri;
  if (storage.scheme !== 'file') return undefined;
  try {
    const stat = statSync(workerScript);
    return new DiskAnalysisCache(path.join(storage.fsPath, 'analysis-cache'), `${stat.size}:${stat.mtimeMs}`);
  } catch {
    return undefined;
  }
}

/** Node's compile cache of the worker bundle, in the extension's global storage (local disk only). */
function compileCacheDir(context: vscode.ExtensionContext): string | undefined {
  return context.globalStorageUri.scheme === 'file' ? path.join(context.globalStorageUri.fsPath, 'compile-cache') : undefined;
}
