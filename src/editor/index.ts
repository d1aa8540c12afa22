/**
 * Wires the editor review features: decorations, hover, commands, status bar, diagnostics and
 * quick fixes, and the `claimlens.atItem` context key that shows the context-menu entries only
 * on a claim or quote.
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
    trackCursorContext(articles),
  );
  return commands;
}

function trackCursorContext(articles: ArticleService): vscode.Disposable {
  let last: boolean | undefined;
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    let at = false;
    if (editor && articles.get(editor.document.uri)) {
      const sel = editor.selection;
      const start = editor.document.offsetAt(sel.start);
      at = articles.itemsAt(editor.document.uri, start, editor.document.offsetAt(sel.end)).length > 0;
    }
    if (at !== last) {
      last = at;
      void vscode.commands.executeCommand('setContext', 'claimlens.atItem', at);
    }
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    articles.onDidChangeArticle(update),
  );
}
