/**
 * Quote speakers inline, as inlay hints after the closing quotation mark (`— Sam Ortiz`, `— ?` when unresolved).
 * Inlay hints are text the editor lays out: with word wrap on (as for articles) a long name wraps with the line.
 * They used to be decorations' after-text, which the editor draws over the wrap column without making room, so
 * on a wrapped line the name ran over the next words.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { readSettings } from '../settings/settings';
import { speakerLabels } from './speakerLabels';
import { documentLength } from './documentLength';

export class SpeakerHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly articles: ArticleService) {
    this.disposables.push(
      articles.onDidChangeArticle(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens.decorations.enabled') || e.affectsConfiguration('claimlens.showSpeakers')) this.changed.fire();
      }),
    );
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    const state = this.articles.get(document.uri);
    const settings = readSettings(document.uri);
    if (!state || !settings.decorationsEnabled || !settings.showSpeakers) return [];
    const length = documentLength(document);
    const text = (start: number, end: number) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end)));
    const tooltip = vscode.l10n.t('Speaker found by ClaimLens (hover the quote for details; Correct Speaker… changes it)');
    return speakerLabels(state.items, text, length, document.offsetAt(range.start), document.offsetAt(range.end)).map(({ at, label }) => {
      const hint = new vscode.InlayHint(document.positionAt(at), label);
      hint.paddingLeft = true;
      hint.tooltip = tooltip;
      return hint;
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
