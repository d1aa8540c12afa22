import * as vscode from 'vscode';
import { activateReviewing } from './workspace/reviewing';
import { registerSidebar } from './views';
import { registerExportCommand } from './export/exportCommand';
import { registerOpenSeedCommand } from './workspace/openSeedCommand';

export function activate(context: vscode.ExtensionContext) {
  // Features are wired here, each registration pushed to context.subscriptions.
  // Editor reviewing (H5): analysis worker + review store + ArticleService + decorations/hover/commands.
  const reviewing = activateReviewing(context);
  // Exported API: the ArticleService for other features and the integration tests.
  // Sidebar (H6): Review tree, Claim Details webview, Workspace view.
  const sidebar = registerSidebar(context, reviewing.articles);
  // Exports (H7): "Export Review…" (Markdown, CSV, ClaimReview, Web Annotation).
  registerExportCommand(context, reviewing.articles);
  // Foundation: "Open Seed Article…" (bundled seeds are copied somewhere writable first).
  registerOpenSeedCommand(context);
  return { articles: reviewing.articles, reviewCommands: reviewing.reviewCommands, sidebar };
}

export function deactivate(): void {
  // Nothing to release beyond context.subscriptions.
}
