/**
 * Status-bar summary for the active article: reviewed / total claims and quotes, counted apart,
 * and the disputed count; the tooltip says what a claim is (core/review/counts). Clicking it opens
 * the review view.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { REVIEW_VIEW_FOCUS } from '../commands/ids';
import { countReviews } from '../core/review/counts';
import { claimDefinition } from '../l10n/countWords';
import { readSettings } from '../settings/settings';
import type { VerdictScales } from '../verdicts/verdictScales';
import { verdictTally } from './verdictTally';

export class ReviewStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly articles: ArticleService, private readonly scales: VerdictScales) {
    this.item.name = vscode.l10n.t('ClaimLens review progress');
    this.item.command = { command: REVIEW_VIEW_FOCUS, title: vscode.l10n.t('Open the ClaimLens review view') };
    this.disposables.push(
      this.item,
      articles.onDidChangeArticle(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      scales.onDidChange(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const state = this.articles.active();
    if (!state) {
      this.item.hide();
      return;
    }
    const c = countReviews(state.items);
    const tally = verdictTally(state.items, this.scales.scaleFor(state.uri));
    const lock = state.readOnlyReason ? '$(lock) ' : '';
    const busy = state.complete ? '' : ' $(sync~spin)';
    // The default scale: "… · 1 disputed"; a workspace scale: its most urgent verdicts given.
    this.item.text = tally.inText
      ? `${lock}$(checklist) ${vscode.l10n.t('{0}/{1} claims reviewed · {2}/{3} quotes', c.reviewed, c.total, c.quotesReviewed, c.quotes)} · ${tally.inText}${busy}`
      : `${lock}$(checklist) ${vscode.l10n.t('{0}/{1} claims reviewed · {2}/{3} quotes · {4} disputed', c.reviewed, c.total, c.quotesReviewed, c.quotes, c.disputed)}${busy}`;
    // A review holding a verdict the scale lacks colours the item as a warning.
    this.item.color = tally.colour === undefined ? undefined : new vscode.ThemeColor(tally.colour);
    const tip = new vscode.MarkdownString('', true);
    tip.supportHtml = true;
    tip.appendMarkdown(`**ClaimLens**  \n${vscode.l10n.t('Claims: {0} of {1} reviewed', c.reviewed, c.total)}  \n`);
    tip.appendMarkdown(vscode.l10n.t('Quotes: {0} of {1} reviewed', c.quotesReviewed, c.quotes));
    tip.appendMarkdown(`  \n${tally.lines.length ? tally.lines.join('  \n') : vscode.l10n.t('Disputed: {0}', c.disputed)}`);
    tip.appendText(`\n\n${claimDefinition(readSettings(state.uri).scoreThreshold, 'claimlens.scoreThreshold')}`);
    if (c.orphaned) tip.appendMarkdown(`  \n$(warning) ${vscode.l10n.t('{0} review(s) lost their text (see the review view)', c.orphaned)}`);
    if (state.readOnlyReason) tip.appendText(`\n\n${vscode.l10n.t('Reviewing disabled: {0}', state.readOnlyReason)}`);
    tip.appendMarkdown(`\n\n${vscode.l10n.t('Click to open the review view.')}`);
    this.item.tooltip = tip;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
