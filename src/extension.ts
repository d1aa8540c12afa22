import * as vscode from 'vscode';
import { activateReviewing } from './workspace/reviewing';

export function activate(context: vscode.ExtensionContext) {
  // Features are wired here, each registration pushed to context.subscriptions.
  // Editor reviewing (H5): analysis worker + review store + ArticleService + decorations/hover/commands.
  const reviewing = activateReviewing(context);
  // Exported API: the ArticleService for other features and the integration tests.
  return { articles: reviewing.articles, reviewCommands: reviewing.reviewCommands };
}

export function deactivate(): void {
  // Nothing to release beyond context.subscriptions.
}
