/**
 * Starts reviewing in the editor: the analysis worker (compromise never loads on the extension
 * host thread), the review store, the ArticleService hub and the editor features on top of it.
 * Returns what other features (sidebar, exports) and the integration tests build on.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { NodeFileStore, ReviewStore } from '../core/review';
import { registerEditorFeatures, type ReviewCommand } from '../editor';
import { WorkerAnalysisService } from './analysisClient';
import { type ArticleServiceImpl, createArticleService } from './articleService';

export interface Reviewing {
  articles: ArticleServiceImpl;
  analysis: WorkerAnalysisService;
  store: ReviewStore;
  /** The review commands by id, for views that want to call them directly. */
  reviewCommands: Record<string, ReviewCommand>;
}

export function activateReviewing(context: vscode.ExtensionContext): Reviewing {
  const log = vscode.window.createOutputChannel('ClaimLens Analysis', { log: true });
  const analysis = new WorkerAnalysisService(path.join(context.extensionPath, 'dist', 'worker.js'), {
    log: (message) => log.warn(message),
  });
  const store = new ReviewStore(new NodeFileStore());
  context.subscriptions.push(log, { dispose: () => analysis.dispose() });
  const articles = createArticleService(context, analysis, store);
  const reviewCommands = registerEditorFeatures(context, articles);
  return { articles, analysis, store, reviewCommands };
}
