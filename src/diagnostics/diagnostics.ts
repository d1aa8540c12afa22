/**
 * Optional Problems-panel entries (setting claimlens.diagnostics: off / information / warning):
 * unreviewed check-worthy claims and disputed claims or quotes, with quick fixes to mark them.
 */
import * as vscode from 'vscode';
import type { ReviewItem } from '../core/review/types';
import type { ArticleService } from '../articles/contracts';
import { readSettings } from '../settings/settings';
import { CMD } from '../commands/ids';

export const DIAGNOSTIC_SOURCE = 'ClaimLens';
export const CODE_UNREVIEWED = 'unreviewed-claim';
export const CODE_DISPUTED = 'disputed';

function diagnosticFor(item: ReviewItem, doc: vscode.TextDocument, severity: vscode.DiagnosticSeverity): vscode.Diagnostic | undefined {
  if (!item.range || item.orphaned) return undefined;
  let message: string;
  let code: string;
  if (item.status === 'disputed') {
    const note = item.annotation?.note ? `: ${item.annotation.note}` : '';
    message = `Disputed ${item.kind}${note}`;
    code = CODE_DISPUTED;
  } else if (item.status === 'unreviewed' && item.kind === 'claim') {
    const c = item.claim;
    message = c ? `Unreviewed claim (${c.type}, score ${c.score.toFixed(2)}): check it against a source.` : 'Unreviewed claim: check it against a source.';
    code = CODE_UNREVIEWED;
  } else {
    return undefined;
  }
  const range = new vscode.Range(doc.positionAt(item.range.start), doc.positionAt(item.range.end));
  const d = new vscode.Diagnostic(range, message, severity);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = code;
  return d;
}

export class ReviewDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('claimlens');
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly articles: ArticleService) {
    this.disposables.push(
      this.collection,
      articles.onDidChangeArticle((uri) => this.update(uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens.diagnostics')) this.updateAll();
      }),
    );
    this.updateAll();
  }

  private updateAll(): void {
    this.collection.clear();
    for (const doc of vscode.workspace.textDocuments) this.update(doc.uri);
  }

  private update(uri: vscode.Uri): void {
    const state = this.articles.get(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const mode = readSettings(uri).diagnostics;
    if (!state || !doc || mode === 'off') {
      this.collection.delete(uri);
      return;
    }
    const severity = mode === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
    this.collection.set(uri, state.items
      .map((i) => diagnosticFor(i, doc, severity))
      .filter((d): d is vscode.Diagnostic => d !== undefined));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Quick fixes for our diagnostics; they run the same review commands as everything else. */
export class ReviewCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly articles: ArticleService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.articles.get(document.uri);
    if (!state || state.readOnlyReason) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diag of context.diagnostics) {
      if (diag.source !== DIAGNOSTIC_SOURCE) continue;
      const start = document.offsetAt(diag.range.start);
      const end = document.offsetAt(diag.range.end);
      const item = state.items.find((i) => i.range && i.range.start === start && i.range.end === end
        && (diag.code === CODE_DISPUTED ? i.status === 'disputed' : i.status === 'unreviewed'));
      if (!item) continue;
      const arg = { uri: document.uri.toString(), keys: [item.key] };
      const fixes: Array<[string, string]> = diag.code === CODE_DISPUTED
        ? [['Mark as Sourced…', CMD.markSourced], ['Edit Note…', CMD.editNote], ['Clear Status', CMD.clearStatus]]
        : [['Mark as Sourced…', CMD.markSourced], ['Mark as Disputed…', CMD.markDisputed],
          ['Mark as Unverified', CMD.markUnverified], ['Dismiss (not a claim)', CMD.dismiss]];
      for (const [title, command] of fixes) {
        const action = new vscode.CodeAction(`ClaimLens: ${title}`, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diag];
        action.command = { command, title, arguments: [arg] };
        actions.push(action);
      }
    }
    return actions;
  }
}

/** The Problems-panel entries and their quick fixes, on every file document the ArticleService tracks. */
export function registerDiagnostics(context: vscode.ExtensionContext, articles: ArticleService): void {
  context.subscriptions.push(
    new ReviewDiagnostics(articles),
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new ReviewCodeActions(articles), {
      providedCodeActionKinds: ReviewCodeActions.kinds,
    }),
  );
}
