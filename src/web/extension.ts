/**
 * The web entry (`browser`: dist/web/extension.js, VS Code's web worker extension host: vscode.dev, github.dev,
 * code-server): the analysis in a Web Worker (webThread.ts), its cache keyed by Web Crypto (uriAnalysisCache.ts),
 * every review file through `workspace.fs` (WorkspaceFileStore). "Checked before" has no index here (its worker
 * reads archives from the local disk). The desktop entry is src/extension.ts; both wire src/activate.ts.
 */
import * as vscode from 'vscode';
import { activateWith } from '../activate';
import { isUriPath, WorkspaceFileStore } from '../articles/workspaceFileStore';
import { WorkerAnalysisService } from '../worker/analysisClient';
import type { AnalysisCache } from '../worker/analysisCacheEntry';
import { UriAnalysisCache } from './uriAnalysisCache';
import { WebAnalysisThread } from './webThread';

export function activate(context: vscode.ExtensionContext) {
  return activateWith(context, {
    startAnalysis: startWebAnalysis,
    // Paths that are not URIs (a `file:` document, e.g. a local folder opened in vscode.dev) become file: URIs.
    files: new WorkspaceFileStore(vscode.workspace.fs, (p) => (isUriPath(p) ? vscode.Uri.parse(p, true) : vscode.Uri.file(p))),
    matchWorker: () => undefined,
  });
}

export function deactivate(): void {
  // Nothing to release beyond context.subscriptions.
}

function startWebAnalysis(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): WorkerAnalysisService {
  // The desktop's worker bundle: in a Web Worker it talks to its global scope (src/worker/analysisWorker.ts).
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js');
  // Read through workspace.fs (code-server: a vscode-remote: URI no Worker may load); if that cannot read it and the
  // extension is served over https: (vscode.dev), the Worker loads it from there itself.
  const source = (): PromiseLike<Uint8Array | string> => vscode.workspace.fs.readFile(script).then(
    (bytes) => bytes,
    (error: unknown) => (/^https?$/.test(script.scheme) ? script.toString(true) : Promise.reject(error)),
  );
  const analysis = new WorkerAnalysisService(() => new WebAnalysisThread(source()), {
    log: (message) => log.warn(message),
    cache: webAnalysisCache(context, script),
  });
  context.subscriptions.push({ dispose: () => analysis.dispose() });
  analysis.start();
  return analysis;
}

/** Earlier analyses by content hash in the extension's storage; the stamp (the bundle's size and time) is read lazily. */
function webAnalysisCache(context: vscode.ExtensionContext, script: vscode.Uri): AnalysisCache {
  const storage = context.storageUri ?? context.globalStorageUri;
  let cache: Promise<UriAnalysisCache<vscode.Uri> | undefined> | undefined;
  const open = () => (cache ??= Promise.resolve(vscode.workspace.fs.stat(script)).then(
    (stat) => new UriAnalysisCache(vscode.workspace.fs, vscode.Uri.joinPath(storage, 'analysis-cache'), vscode.Uri.joinPath, `${stat.size}:${stat.mtime}`),
    () => undefined,
  ));
  return {
    read: async (text) => (await open())?.read(text),
    write: async (text, analysis) => (await open())?.write(text, analysis),
  };
}
