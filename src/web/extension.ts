/**
 * The web entry (`browser`: dist/web/extension.js, VS Code's web worker extension host: vscode.dev, github.dev,
 * code-server): the analysis in a Web Worker (webThread.ts), its cache keyed by Web Crypto (uriAnalysisCache.ts),
 * every review file through `workspace.fs` (WorkspaceFileStore), "checked before" in a second Web Worker
 * (dist/matchWorker.js) sent the archives' and review files' text. The desktop entry is src/extension.ts; both wire
 * src/activate.ts.
 */
import * as vscode from 'vscode';
import { activateWith } from '../activate';
import { isUriPath, WorkspaceFileStore } from '../articles/workspaceFileStore';
import type { MatchPlatform } from '../matching';
import { WorkerAnalysisService } from '../worker/analysisClient';
import type { AnalysisCache } from '../worker/analysisCacheEntry';
import { UriAnalysisCache } from './uriAnalysisCache';
import { WebAnalysisThread } from './webThread';

export function activate(context: vscode.ExtensionContext) {
  return activateWith(context, {
    startAnalysis: startWebAnalysis,
    // Paths that are not URIs (a `file:` document, e.g. a local folder opened in vscode.dev) become file: URIs.
    files: new WorkspaceFileStore(vscode.workspace.fs, (p) => (isUriPath(p) ? vscode.Uri.parse(p, true) : vscode.Uri.file(p))),
    matchWorker: webMatching,
  });
}

/** Archives above this size are not sent to the match worker (the desktop worker's limit is 300 MB; here the text is copied once more). */
const MAX_WEB_ARCHIVE_BYTES = 100_000_000;

/**
 * "Checked before" on the web: the match worker bundle in a Web Worker (started as the analysis one is), each file
 * read here through workspace.fs and sent as text (a Web Worker has no file system). The index is not cached
 * between sessions (the worker rebuilds it from the texts at each start).
 */
function webMatching(context: vscode.ExtensionContext): MatchPlatform {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'matchWorker.js');
  const decoder = new TextDecoder('utf-8');
  return {
    start: () => new WebAnalysisThread(workerSource(script), 'ClaimLens checked before'),
    pathOf: (uri) => uri.toString(),
    mtime: (uri) => vscode.workspace.fs.stat(uri).then((s) => s.mtime),
    readText: async (uri) => {
      const { size } = await vscode.workspace.fs.stat(uri);
      if (size > MAX_WEB_ARCHIVE_BYTES) throw new Error(`${(size / 1e6).toFixed(0)} MB: archives above ${MAX_WEB_ARCHIVE_BYTES / 1e6} MB are not indexed on the web`);
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    },
    cachePath: () => undefined,
  };
}

/**
 * A worker bundle's source, read through workspace.fs (code-server: a vscode-remote: URI no Worker may load); if that
 * cannot read it and the extension is served over https: (vscode.dev), the Worker loads it from there itself.
 */
function workerSource(script: vscode.Uri): PromiseLike<Uint8Array | string> {
  return vscode.workspace.fs.readFile(script).then(
    (bytes) => bytes,
    (error: unknown) => (/^https?$/.test(script.scheme) ? script.toString(true) : Promise.reject(error)),
  );
}

export function deactivate(): void {
  // Nothing to release beyond context.subscriptions.
}

function startWebAnalysis(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): WorkerAnalysisService {
  // The desktop's worker bundle: in a Web Worker it talks to its global scope (src/worker/analysisWorker.ts).
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js');
  const analysis = new WorkerAnalysisService(() => new WebAnalysisThread(workerSource(script)), {
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
