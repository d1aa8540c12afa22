/**
 * The editor of the article a command acts on: the active text editor, or — while the active
 * editor is not a text editor (the Get Started walkthrough, a preview, the settings) — the one
 * visible editor that shows an article, as when a walkthrough button runs a command for the
 * article open beside it. Several visible articles and none active: undefined (which one is meant
 * is not known).
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';

export function articleEditor(articles: Pick<ArticleService, 'get'>): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return active;
  const shown = vscode.window.visibleTextEditors.filter((e) => articles.get(e.document.uri) !== undefined);
  return shown.length === 1 ? shown[0] : undefined;
}
