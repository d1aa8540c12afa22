/** The article commands: "Re-analyze Article" and "Open Review File (Sidecar)". */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { articleEditor } from './articleEditor';
import { locationUri } from '../articles/vscodeHost';
import { nothing, type ReviewCommand, succeeded } from './results';
import { normalizeArg, toUri } from './targets';

/** The article named in the argument, else the active editor's (or the one beside: articleEditor.ts). */
function articleUri(articles: ArticleService, raw: unknown): vscode.Uri | undefined {
  const arg = normalizeArg(raw);
  return arg.uri ? toUri(arg.uri) : articleEditor(articles)?.document.uri;
}

export function reanalyzeCommand(articles: ArticleService): ReviewCommand {
  return async (raw) => {
    const uri = articleUri(articles, raw);
    if (!uri || !articles.get(uri)) return nothing(vscode.l10n.t('Open an article first.'));
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('ClaimLens: re-analysing') },
      () => articles.reanalyze(uri),
    );
    const n = articles.get(uri)?.items.length ?? 0;
    return succeeded(vscode.l10n.t('Re-analysed: {0} claims and quotes.', n), []);
  };
}

export function openSidecarCommand(articles: ArticleService): ReviewCommand {
  return async (raw) => {
    const uri = articleUri(articles, raw);
    const sidecar = uri && articles.sidecarPath(uri);
    if (!sidecar) return nothing(vscode.l10n.t('Open an article first.'));
    // Beside the walkthrough (no text editor active): in the article's group, not over the walkthrough.
    const column = vscode.window.activeTextEditor ? undefined : articleEditor(articles)?.viewColumn;
    try {
      await vscode.window.showTextDocument(locationUri(sidecar), { viewColumn: column });
    } catch {
      return nothing(vscode.l10n.t('This article has no review file yet.'));
    }
    return succeeded(vscode.l10n.t('Opened the review file.'), []);
  };
}
