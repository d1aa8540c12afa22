import * as vscode from 'vscode';
import { createArticleService } from './articles/articleService';
import { registerReviewCommands } from './commands';
import { NodeFileStore } from './core/review/nodeFileStore';
import { DecorationController } from './decorations/decorations';
import { registerDiagnostics } from './diagnostics/diagnostics';
import { registerExportCommand } from './export/exportCommand';
import { registerHover } from './hover/hover';
import { registerOpenSeedCommand } from './seeds/openSeedCommand';
import { registerSidebar } from './sidebar';
import { ReviewStatusBar } from './statusBar/statusBar';
import { startAnalysisWorker } from './worker/startWorker';

/**
 * Wires the features; every registration goes into context.subscriptions (ARCHITECTURE.md).
 * Returns what the integration tests (and other features) build on.
 */
export function activate(context: vscode.ExtensionContext) {
  // The analysis runs in a worker thread; the ArticleService joins it with the sidecar reviews.
  const analysis = startAnalysisWorker(context);
  const articles = createArticleService(context, analysis, new NodeFileStore());
  // Editor: review commands, decorations, hover, status bar, Problems panel and quick fixes.
  const reviewCommands = registerReviewCommands(context, articles);
  context.subscriptions.push(new DecorationController(context.extensionUri, articles), new ReviewStatusBar(articles));
  registerHover(context, articles);
  registerDiagnostics(context, articles);
  // Sidebar: Review tree, Claim Details webview, Workspace view.
  const sidebar = registerSidebar(context, articles);
  // "Export Review…" (Markdown, CSV, ClaimReview, Web Annotation) and "Open Seed Article…".
  registerExportCommand(context, articles);
  registerOpenSeedCommand(context);
  return { articles, reviewCommands, sidebar };
}

export function deactivate(): void {
  // Nothing to release beyond context.subscriptions.
}
