/**
 * Wires the sidebar: the Review tree, the Claim Details webview and the Workspace view.
 * Returns the pieces so activate() can expose them to the integration tests.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { DETAILS_VIEW_ID, DetailsViewProvider } from './details/detailsView';
import { ReviewView } from './review/reviewView';
import { WorkspaceViewProvider } from './workspace/workspaceView';

export interface SidebarApi {
  review: ReviewView;
  details: DetailsViewProvider;
  workspace: WorkspaceViewProvider;
}

export function registerSidebar(context: vscode.ExtensionContext, articles: ArticleService, log: vscode.LogOutputChannel): SidebarApi {
  const review = new ReviewView(articles, context.workspaceState);
  const details = new DetailsViewProvider(context.extensionUri, articles, (ref) => review.revealItem(ref), log);
  const workspace = new WorkspaceViewProvider(articles);
  context.subscriptions.push(
    review,
    details,
    workspace,
    vscode.window.registerWebviewViewProvider(DETAILS_VIEW_ID, details, { webviewOptions: { retainContextWhenHidden: false } }),
    review.onDidSelectItem((ref) => details.show(ref)),
  );
  return { review, details, workspace };
}
