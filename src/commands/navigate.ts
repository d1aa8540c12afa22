/**
 * "Next / Previous Unreviewed Claim": moves the cursor, wrapping around. Quotes are not stops: most
 * sit inside a claim's sentence, and the cursor commands act on that claim.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { nothing, type ReviewCommand, succeeded } from './results';

export function navigateCommand(articles: ArticleService, direction: 1 | -1): ReviewCommand {
  return async () => {
    const editor = vscode.window.activeTextEditor;
    const state = editor && articles.get(editor.document.uri);
    if (!editor || !state) return nothing('Open an article first.');
    const queue = state.items
      .filter((i) => i.kind === 'claim' && i.status === 'unreviewed' && i.range && !i.orphaned)
      .sort((a, b) => a.range!.start - b.range!.start || a.range!.end - b.range!.end);
    if (queue.length === 0) return nothing('No unreviewed claims left in this article.');
    const at = editor.document.offsetAt(editor.selection.start);
    let target = direction === 1
      ? queue.find((i) => i.range!.start > at)
      : [...queue].reverse().find((i) => i.range!.start < at);
    let wrapped = false;
    if (!target) {
      target = direction === 1 ? queue[0] : queue[queue.length - 1];
      wrapped = true;
    }
    const pos = editor.document.positionAt(target.range!.start);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, editor.document.positionAt(target.range!.end)),
      vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const message = wrapped ? 'Wrapped around to the other end of the article.' : 'Moved to the next unreviewed claim.';
    if (wrapped) void vscode.window.setStatusBarMessage(`ClaimLens: ${message}`, 3000);
    return succeeded(message, [target.key]);
  };
}
