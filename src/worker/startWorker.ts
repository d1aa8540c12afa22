/**
 * Starts the analysis worker thread (dist/worker.js) first thing at activation: compromise never
 * loads on the extension host's thread. Its warnings go to the ClaimLens log (Output → ClaimLens).
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DiskAnalysisCache } from './analysisCache';
import { WorkerAnalysisService } from './analysisClient';
import { compileCacheFolder, removeOtherCompileCaches } from './compileCacheDir';

export function startAnalysisWorker(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): WorkerAnalysisService {
  const workerScript = path.join(context.extensionPath, 'dist', 'worker.js');
  const stamp = buildStamp(workerScript);
  const compileCache = compileCacheDir(context, stamp);
  const analysis = new WorkerAnalysisService(workerScript, {
    log: (message) => log.warn(message),
    cache: analysisCache(context, stamp),
    compileCacheDir: compileCache,
  });
  context.subscriptions.push({ dispose: () => analysis.dispose() });
  // At once, before the rest of activate(): loading compromise (~0.3 s of CPU, off this thread)
  // then overlaps the rest of the activation and VS Code showing the article.
  analysis.start();
  // Earlier builds' compile caches: removed a while after the start, off the way of the first article.
  if (compileCache) {
    const later = setTimeout(() => void removeOtherCompileCaches(compileCache), 30_000);
    context.subscriptions.push({ dispose: () => clearTimeout(later) });
  }
  return analysis;
}

/** The worker bundle's build: its size and time (another build never reads this one's caches). */
function buildStamp(workerScript: string): string | undefined {
  try {
    const stat = statSync(workerScript);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** Earlier analyses by content hash, in the workspace's storage (the user's, without a folder). */
function analysisCache(context: vscode.ExtensionContext, stamp: string | undefined): DiskAnalysisCache | undefined {
  const storage = context.storageUri ?? context.globalStorageUri;
  if (storage.scheme !== 'file' || stamp === undefined) return undefined;
  return new DiskAnalysisCache(path.join(storage.fsPath, 'analysis-cache'), stamp);
}

/** Node's compile cache of this build of the worker bundle, in the extension's global storage (local disk only). */
function compileCacheDir(context: vscode.ExtensionContext, stamp: string | undefined): string | undefined {
  if (context.globalStorageUri.scheme !== 'file' || stamp === undefined) return undefined;
  return compileCacheFolder(context.globalStorageUri.fsPath, stamp);
}
