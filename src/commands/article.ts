/** The article commands: "Re-analyze Article" and "Open Review File (Sidecar)". */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { locationUri } from '../articles/vscodeHost';
import { nothing, type ReviewCommand, succeeded } from './results';
import { normalizeArg, toUri } from './targets';

/** The article named in the argument, else the active editor's document. */
function articleUri(raw: unknown): vscode.Uri | undefined {
  const arg = normalizeArg(raw);
  return arg.uri ? toUri(arg.uri) : vscode.window.activeTextEditor?.document.uri;
}

export function reanalyzeCommand(articles: ArticleService): ReviewCommand {
  return async (raw) => {
    const uri = articleUri(raw);
    if (!uri || !articles.get(uri)) return nothing('Open an article first.');
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'ClaimLens: re-analysing' },
      () => articles.reanalyze(uri),
    );
    const n = articles.get(uri)?.items.length ?? 0;
    return succeeded(`Re-analysed: ${n} claims and quotes.`, []);
  };
}

export function openSidecarCommand(articles: ArticleService): ReviewCommand {
  return async (raw) => {
    const uri = articleUri(raw);
    const sidecar = uri && articles.sidecarPath(uri);
    if (!sidecar) return nothing('Open an article first.');
    try {
      await vscode.window.showTextDocument(locationUri(sidecar));
    } catch {
      return nothing('This article has no review file yet.');
    }
    return succeeded('Opened the review file.', []);
  };
}
