/**
 * "Next / Previous Unreviewed Claim": moves the cursor, wrapping around. Quotes are not stops: most
 * sit inside a claim's sentence, and the cursor commands act on that claim. The order is the
 * setting `claimlens.navigation.order`: `document` (from the cursor, in reading order) or
 * `priority` (the Review view's triage queue, core/review/priority).
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { articleEditor } from './articleEditor';
import { stepInQueue, unreviewedClaimQueue } from '../core/review/priority';
import type { ReviewItem } from '../core/review/types';
import { nothing, type ReviewCommand, succeeded } from './results';

export type NavigationOrder = 'document' | 'priority';

export function navigationOrder(scope?: vscode.ConfigurationScope): NavigationOrder {
  return vscode.workspace.getConfiguration('claimlens', scope).get<string>('navigation.order', 'document') === 'priority' ? 'priority' : 'document';
}

/** The claim of the queue under the cursor, if any (the innermost one). */
function claimAt(queue: readonly ReviewItem[], at: number): ReviewItem | undefined {
  const hits = queue.filter((i) => i.range!.start <= at && at < i.range!.end);
  return hits.sort((a, b) => a.range!.end - a.range!.start - (b.range!.end - b.range!.start))[0];
}

function inDocumentOrder(queue: readonly ReviewItem[], at: number, direction: 1 | -1): { target: ReviewItem; wrapped: boolean } {
  const sorted = [...queue].sort((a, b) => a.range!.start - b.range!.start || a.range!.end - b.range!.end);
  const target = direction === 1 ? sorted.find((i) => i.range!.start > at) : [...sorted].reverse().find((i) => i.range!.start < at);
  if (target) return { target, wrapped: false };
  return { target: direction === 1 ? sorted[0] : sorted[sorted.length - 1], wrapped: true };
}

export function navigateCommand(articles: ArticleService, direction: 1 | -1): ReviewCommand {
  return async () => {
    const editor = articleEditor(articles);
    const state = editor && articles.get(editor.document.uri);
    if (!editor || !state) return nothing(vscode.l10n.t('Open an article first.'));
    const queue = unreviewedClaimQueue(state.items);
    if (queue.length === 0) return nothing(vscode.l10n.t('No unreviewed claims left in this article.'));
    const at = editor.document.offsetAt(editor.selection.start);
    const order = navigationOrder(editor.document.uri);
    // A bare cursor at a claim's start (an article just opened on its headline claim) has not visited that claim
    // yet: "next" goes to it. The claim a step lands on is selected, so the step after moves on.
    const from = editor.selection.isEmpty && direction === 1 ? at - 1 : at;
    const step = order === 'priority' ? stepInQueue(queue, claimAt(queue, at)?.key, direction)! : inDocumentOrder(queue, from, direction);
    const { target, wrapped } = step;
    const pos = editor.document.positionAt(target.range!.start);
    // Anchored at the claim's end, the cursor at its start: the review keys then act on exactly this claim.
    editor.selection = new vscode.Selection(editor.document.positionAt(target.range!.end), pos);
    // Run from beside the article (a walkthrough button): the article takes the focus, ready for the review keys.
    if (editor !== vscode.window.activeTextEditor) await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    editor.revealRange(new vscode.Range(pos, editor.document.positionAt(target.range!.end)),
      vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const message = wrapped
      ? (order === 'priority' ? vscode.l10n.t('Wrapped around to the other end of the priority queue.') : vscode.l10n.t('Wrapped around to the other end of the article.'))
      : movedMessage(direction, order);
    if (wrapped) void vscode.window.setStatusBarMessage(vscode.l10n.t('ClaimLens: {0}', message), 3000);
    return succeeded(message, [target.key]);
  };
}

/** Whole sentences per direction and order: word order differs between languages. */
function movedMessage(direction: 1 | -1, order: NavigationOrder): string {
  if (order === 'priority') {
    return direction === 1 ? vscode.l10n.t('Moved to the next unreviewed claim in priority order.') : vscode.l10n.t('Moved to the previous unreviewed claim in priority order.');
  }
  return direction === 1 ? vscode.l10n.t('Moved to the next unreviewed claim in the article.') : vscode.l10n.t('Moved to the previous unreviewed claim in the article.');
}
