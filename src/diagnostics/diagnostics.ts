/**
 * Optional Problems-panel entries (setting claimlens.diagnostics: off / information / warning):
 * unreviewed check-worthy claims and disputed claims or quotes, each message starting with the
 * claim's first words (./problems). Quick fixes at the cursor act on the claim or quote there,
 * whatever the setting.
 */
import * as vscode from 'vscode';
import type { ReviewItem } from '../core/review/types';
import type { ArticleService } from '../articles/contracts';
import { readSettings } from '../settings/settings';
import { firstWords } from '../core/review/firstWords';
import { CODE_DISPUTED, CODE_UNREVIEWED, fixesFor, problemOf } from './problems';
import { DEFAULT_VERDICT_SCALE } from '../core/review/verdictScale';
import type { VerdictScales } from '../verdicts/verdictScales';

export { CODE_DISPUTED, CODE_UNREVIEWED } from './problems';
export const DIAGNOSTIC_SOURCE = 'ClaimLens';

function diagnosticFor(item: ReviewItem, doc: vscode.TextDocument, severity: vscode.DiagnosticSeverity): vscode.Diagnostic | undefined {
  const problem = problemOf(item);
  if (!problem || !item.range) return undefined;
  const range = new vscode.Range(doc.positionAt(item.range.start), doc.positionAt(item.range.end));
  const d = new vscode.Diagnostic(range, problem.message, severity);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = problem.code;
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

/**
 * Quick fixes for the claims and quotes at the cursor (or in the selection), with or without
 * diagnostics; a fix is tied to the item's diagnostic when there is one. They run the same review
 * commands as everything else.
 */
export class ReviewCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly articles: ArticleService, private readonly scales?: VerdictScales) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.articles.get(document.uri);
    if (!state || state.readOnlyReason) return [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const items = this.articles.itemsAt(document.uri, start, end)
      .filter((i) => i.range && !i.orphaned)
      // Claims first, then quotes; the innermost first within a kind.
      .sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'claim' ? -1 : 1) || (x.range!.end - x.range!.start) - (y.range!.end - y.range!.start));
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const actions: vscode.CodeAction[] = [];
    const customScale = this.scales !== undefined && this.scales.scaleFor(document.uri) !== DEFAULT_VERDICT_SCALE;
    for (const item of items) {
      const diag = ours.find((d) => document.offsetAt(d.range.start) === item.range!.start && document.offsetAt(d.range.end) === item.range!.end
        && (d.code === CODE_DISPUTED ? item.status === 'disputed' : d.code === CODE_UNREVIEWED && item.status === 'unreviewed'));
      const arg = { uri: document.uri.toString(), keys: [item.key] };
      // The first item (the innermost claim) is the one at the cursor; any other item there is named.
      const which = item === items[0] ? '' : ` — ${item.kind === 'quote' ? vscode.l10n.t('quote') : vscode.l10n.t('claim')} “${firstWords(item.text, 40)}”`;
      for (const [title, command] of fixesFor(item, customScale)) {
        const action = new vscode.CodeAction(vscode.l10n.t('ClaimLens: {0}', `${title}${which}`), vscode.CodeActionKind.QuickFix);
        if (diag) action.diagnostics = [diag];
        action.command = { command, title, arguments: [arg] };
        actions.push(action);
      }
    }
    return actions;
  }
}

/** The Problems-panel entries and their quick fixes, on every file document and unsaved buffer the ArticleService tracks. */
export function registerDiagnostics(context: vscode.ExtensionContext, articles: ArticleService, scales?: VerdictScales): void {
  context.subscriptions.push(
    new ReviewDiagnostics(articles),
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new ReviewCodeActions(articles, scales), {
      providedCodeActionKinds: ReviewCodeActions.kinds,
    }),
  );
}
