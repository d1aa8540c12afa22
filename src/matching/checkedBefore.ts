/**
 * The editor side of "checked before": a marker (an inlay hint) after each claim with a strong match, a hover
 * naming the earlier fact-checks (verdict, rating and publisher, date, link, similarity) with
 * *Apply this verdict*, and the commands *Find Similar Fact-Checks* and *Apply this verdict*.
 * Fact-check text is user data: escaped; links only for http(s); command links trusted for
 * these two commands only.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import type { Match } from '../core/matching/matchIndex';
import { POSSIBLE_SIMILARITY } from '../core/matching/similarity';
import { escapeMarkdown } from '../core/export/escapeMarkdown';
import type { ReviewItem } from '../core/review/types';
import { MATCH_CMD } from '../commands/ids';
import { commandLink, sourceLink } from '../hover/hoverMarkdown';
import { firstWords } from '../core/review/firstWords';
import { documentLength } from '../decorations/documentLength';
import type { MatchService } from './matchService';
import { applyVerdictChange, disagreements, percent, verdictWords } from './matchWords';

const line = (s: string): string => escapeMarkdown(s, 'line');
/** Matches a hover lists. */
const HOVER_MATCHES = 3;

export function matchLines(m: Match, uri: vscode.Uri, key: string, index: number, canApply: boolean): string {
  const f = m.fact;
  const warn = disagreements(m);
  const link = f.url ? ` · ${sourceLink(f.url, vscode.l10n.t('open'))}` : '';
  const apply = canApply ? ` · ${commandLink(`$(check) ${vscode.l10n.t('Apply this verdict')}`, MATCH_CMD.applyVerdict, { uri: uri.toString(), key, index }, vscode.l10n.t('Copy this verdict and its source into the review'))}` : '';
  return `${m.strong ? '$(history) ' : ''}**${percent(m.similarity)}** “${line(firstWords(f.claim, 140))}” — ${line(verdictWords(m))}${f.date ? `, ${line(f.date.slice(0, 10))}` : ''}${link}${warn.length ? ` · $(warning) ${warn.join(', ')}` : ''}${apply}`;
}

export class CheckedBeforeHover implements vscode.HoverProvider {
  constructor(private readonly articles: ArticleService, private readonly matches: MatchService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.articles.get(document.uri);
    if (!state) return undefined;
    const offset = document.offsetAt(position);
    const claim = this.articles.itemsAt(document.uri, offset, offset).find((i) => i.kind === 'claim' && i.status !== 'dismissed');
    const shown = claim ? (this.matches.matchesOf(document.uri, claim) ?? []).filter((m) => m.similarity >= POSSIBLE_SIMILARITY).slice(0, HOVER_MATCHES) : [];
    if (!claim || shown.length === 0) return undefined;
    const md = new vscode.MarkdownString('', true);
    md.isTrusted = { enabledCommands: [MATCH_CMD.applyVerdict, MATCH_CMD.findSimilar] };
    md.supportHtml = false;
    const title = shown[0].strong ? vscode.l10n.t('**ClaimLens · Checked before**') : vscode.l10n.t('**ClaimLens · Similar fact-checks** (none strong)');
    const lines = [title, ...shown.map((m, i) => matchLines(m, document.uri, claim.key, i, !state.readOnlyReason))];
    md.appendMarkdown(lines.join('  \n'));
    return new vscode.Hover(md, new vscode.Range(document.positionAt(claim.range!.start), document.positionAt(claim.range!.end)));
  }
}

/**
 * A subtle `⟲ checked before` after each claim whose best match is strong: an inlay hint, laid out with the line, so a
 * wrapped paragraph makes room for it (decoration after-text ran over the next words).
 */
export class CheckedBeforeMarkers implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly articles: ArticleService, private readonly matches: MatchService) {
    this.disposables = [
      this.changed,
      matches.onDidChangeMatches(() => this.changed.fire()),
      articles.onDidChangeArticle(() => this.changed.fire()),
    ];
  }

  /** Claims of the article whose best match is strong. */
  checkedBefore(uri: vscode.Uri): ReviewItem[] {
    return (this.articles.get(uri)?.items ?? []).filter((i) => i.kind === 'claim' && i.range && this.matches.matchesOf(uri, i)?.[0]?.strong);
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (!this.articles.get(document.uri)) return [];
    const length = documentLength(document);
    const label = `\u27f2 ${vscode.l10n.t('checked before')}`;
    const tooltip = vscode.l10n.t('An earlier fact-check matches this claim closely: hover the claim for its verdict and source');
    const hints: vscode.InlayHint[] = [];
    for (const item of this.checkedBefore(document.uri)) {
      if (item.range!.end > length) continue;
      const at = document.positionAt(item.range!.end);
      if (!range.contains(at)) continue;
      const hint = new vscode.InlayHint(at, label);
      hint.paddingLeft = true;
      hint.tooltip = tooltip;
      hints.push(hint);
    }
    return hints;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

interface ApplyArgs {
  uri: string;
  key: string;
  index: number;
}

export async function applyMatchVerdict(articles: ArticleService, matches: MatchService, args: ApplyArgs): Promise<boolean> {
  const uri = vscode.Uri.parse(args.uri);
  const item = articles.get(uri)?.items.find((i) => i.key === args.key);
  const match = item ? matches.matchesOf(uri, item)?.[args.index] : undefined;
  if (!item || !match) {
    void vscode.window.showWarningMessage(vscode.l10n.t('ClaimLens: that fact-check is no longer listed for this claim; hover the claim again.'));
    return false;
  }
  await articles.review(uri, [item.key], applyVerdictChange(match, item.annotation?.note ?? ''));
  return true;
}
