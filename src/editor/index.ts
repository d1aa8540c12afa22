/**
 * Wires the editor review features: decorations, hover, commands, status bar, diagnostics and
 * quick fixes. (No cursor-based context key for the menus: it would reach the workbench after a
 * right-click had already opened the context menu; commands say so when no claim is there.)
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../workspace/contracts';
import { DecorationController } from './decorations';
import { ClaimHoverProvider } from './hover';
import { createReviewCommands, registerReviewCommands, type ReviewCommand } from './reviewCommands';
import { ReviewStatusBar } from './statusBar';
import { ReviewCodeActions, ReviewDiagnostics } from './diagnostics';

export type { CommandResult, ReviewCommand } from './reviewCommands';
export { CMD } from './commandIds';

/** Selector for every file document; the providers themselves ask the ArticleService. */
const FILES: vscode.DocumentSelector = { scheme: 'file' };

export function registerEditorFeatures(
  context: vscode.ExtensionContext, articles: ArticleService,
): Record<string, ReviewCommand> {
  const commands = createReviewCommands(articles);
  registerReviewCommands(context, commands);
  context.subscriptions.push(
    new DecorationController(context.extensionUri, articles),
    new ReviewStatusBar(articles),
    new ReviewDiagnostics(articles),
    vscode.languages.registerHoverProvider(FILES, new ClaimHoverProvider(articles)),
    vscode.languages.registerCodeActionsProvider(FILES, new ReviewCodeActions(articles), {
      providedCodeActionKinds: ReviewCodeActions.kinds,
    }),
  );
  return commands;
}
