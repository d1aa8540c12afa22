/**
 * Status-bar summary for the active article: reviewed / total claims and quotes, counted apart,
 * and the disputed count; the tooltip says what a claim is (core/review/counts). Clicking it opens
 * the review view.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import { REVIEW_VIEW_FOCUS } from '../commands/ids';
import { claimDefinition, countReviews } from '../core/review/counts';
import { readSettings } from '../settings/settings';
import type { VerdictScales } from '../verdicts/verdictScales';
import { verdictTally } from './verdictTally';

export class ReviewStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly articles: ArticleService, private readonly scales: VerdictScales) {
    this.item.name = 'ClaimLens review progress';
    this.item.command = { command: REVIEW_VIEW_FOCUS, title: 'Open the ClaimLens review view' };
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
    const verdicts = tally.inText ? ` · ${tally.inText}` : ` · ${c.disputed} disputed`;
    this.item.text = `${lock}$(checklist) ${c.reviewed}/${c.total} claims reviewed · ${c.quotesReviewed}/${c.quotes} quotes${verdicts}${busy}`;
    // The colour of the most urgent verdict given (a hex colour or a theme colour id); none when there is none.
    this.item.color = tally.colour === undefined ? undefined : tally.colour.startsWith('#') ? tally.colour : new vscode.ThemeColor(tally.colour);
    const tip = new vscode.MarkdownString('', true);
    tip.supportHtml = true;
    tip.appendMarkdown(`**ClaimLens**  \nClaims: ${c.reviewed} of ${c.total} reviewed  \n`);
    tip.appendMarkdown(`Quotes: ${c.quotesReviewed} of ${c.quotes} reviewed`);
    if (tally.lines.length) tip.appendMarkdown(`  \n${tally.lines.join('  \n')}`);
    tip.appendText(`\n\n${claimDefinition(readSettings(state.uri).scoreThreshold, 'claimlens.scoreThreshold')}`);
    if (c.orphaned) tip.appendMarkdown(`  \n$(warning) ${c.orphaned} review(s) lost their text (see the review view)`);
    if (state.readOnlyReason) tip.appendText(`\n\nReviewing disabled: ${state.readOnlyReason}`);
    tip.appendMarkdown('\n\nClick to open the review view.');
    this.item.tooltip = tip;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
