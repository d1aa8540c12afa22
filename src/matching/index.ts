/**
 * "Checked before" (issue 18): the match worker's index of earlier fact-checks, the marker and
 * hover on claims, and the commands Find Similar Fact-Checks and Apply this verdict.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import type { Match } from '../core/matching/matchIndex';
import { POSSIBLE_SIMILARITY } from '../core/matching/similarity';
import type { CheckedBeforeSource } from '../sidebar/details/detailsView';
import { MATCH_CMD } from '../commands/ids';
import { applyMatchVerdict, CheckedBeforeHover, CheckedBeforeMarkers } from './checkedBefore';
import { MatchService, type MatchPlatform } from './matchService';
import { applyVerdictChange, disagreements, percent, placeOf, verdictWords } from './matchWords';

export { MatchService, type MatchPlatform } from './matchService';

/** Claim Details rows: the best five matches worth showing. */
export function checkedBeforeSource(articles: ArticleService, matches: MatchService): CheckedBeforeSource {
  return {
    rows: (uri, item) => matches.matchesOf(uri, item)?.filter((m) => m.similarity >= POSSIBLE_SIMILARITY).map((m) => ({
      similarity: percent(m.similarity),
      strong: m.strong,
      claim: m.fact.claim,
      verdict: verdictWords(m),
      ...(m.fact.date ? { date: m.fact.date.slice(0, 10) } : {}),
      place: placeOf(m),
      warnings: disagreements(m),
    })),
    apply: (uri, key, index) => applyMatchVerdict(articles, matches, { uri: uri.toString(), key, index }),
    onDidChange: matches.onDidChangeMatches,
  };
}

/** @param platform how this build runs the match worker (undefined: nothing is indexed). */
export function registerMatching(context: vscode.ExtensionContext, articles: ArticleService, log: vscode.LogOutputChannel, platform: MatchPlatform | undefined): { matches: MatchService; markers: CheckedBeforeMarkers } {
  const matches = new MatchService(context, articles, log, platform);
  const markers = new CheckedBeforeMarkers(articles, matches);
  context.subscriptions.push(
    matches,
    markers,
    vscode.languages.registerInlayHintsProvider({ scheme: '*' }, markers),
    vscode.languages.registerHoverProvider({ scheme: '*' }, new CheckedBeforeHover(articles, matches)),
    vscode.commands.registerCommand(MATCH_CMD.applyVerdict, (args: { uri: string; key: string; index: number }) => applyMatchVerdict(articles, matches, args)),
    vscode.commands.registerCommand(MATCH_CMD.findSimilar, () => findSimilar(articles, matches)),
  );
  return { matches, markers };
}

/** The claim at the cursor, or the selection: its earlier fact-checks in a quick pick. */
async function findSimilar(articles: ArticleService, matches: MatchService): Promise<Match[] | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const doc = editor.document;
  const sel = editor.selection;
  const claim = articles.itemsAt(doc.uri, doc.offsetAt(sel.start), doc.offsetAt(sel.end)).find((i) => i.kind === 'claim');
  const text = !sel.isEmpty ? doc.getText(sel) : claim?.text ?? doc.lineAt(sel.active.line).text;
  if (!text.trim()) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: put the cursor on a claim or select some text first.'));
    return undefined;
  }
  const found = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('ClaimLens: finding similar fact-checks') }, () => matches.find(text, doc.uri, 10));
  if (found.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: no earlier fact-check is similar (archives: setting claimlens.archives; reviews: *.claimlens.json).'));
    return found;
  }
  const picked = await vscode.window.showQuickPick(
    found.map((m) => ({ label: `${m.strong ? '$(history) ' : ''}${percent(m.similarity)} ${verdictWords(m)}`, description: m.fact.date?.slice(0, 10), detail: `${m.fact.claim} — ${placeOf(m)}`, match: m })),
    { title: vscode.l10n.t('Similar fact-checks: {0}', text.length > 60 ? `${text.slice(0, 59)}…` : text), matchOnDetail: true },
  );
  if (!picked) return found;
  const canApply = claim && !articles.get(doc.uri)?.readOnlyReason && (sel.isEmpty || claim.text === text);
  const applyThis = vscode.l10n.t('Apply this verdict');
  const openFactCheck = vscode.l10n.t('Open fact-check');
  const actions = [...(canApply ? [applyThis] : []), ...(picked.match.fact.url ? [openFactCheck] : [])];
  const action = actions.length ? await vscode.window.showQuickPick(actions, { title: picked.match.fact.claim }) : undefined;
  if (action === applyThis && claim) await articles.review(doc.uri, [claim.key], applyVerdictChange(picked.match, claim.annotation?.note ?? ''));
  if (action === openFactCheck && picked.match.fact.url) await vscode.env.openExternal(vscode.Uri.parse(picked.match.fact.url));
  return found;
}
