import * as vscode from 'vscode';
import { createArticleService } from './articles/articleService';
import { useVscodeL10n } from './l10n/vscodeL10n';
import { registerReviewCommands } from './commands';
import { registerWalkthroughCommand } from './commands/walkthrough';
import type { AnalysisService } from './core/incremental/service';
import type { FileStore } from './core/review/fileStore';
import { DecorationController } from './decorations/decorations';
import { SpeakerHints } from './decorations/speakerHints';
import { registerDiagnostics } from './diagnostics/diagnostics';
import { registerExportCommand } from './export/exportCommand';
import { registerHover } from './hover/hover';
import { checkedBeforeSource, registerMatching, type MatchPlatform } from './matching';
import { registerOpenSeedCommand } from './seeds/openSeedCommand';
import { registerSidebar } from './sidebar';
import { ReviewStatusBar } from './statusBar/statusBar';
import { WorkspaceVerdictScales } from './verdicts/verdictScales';

/** What differs between the desktop (Node) and the web (browser) builds: src/extension.ts and src/web/extension.ts. */
export interface Platform {
  /** Starts the analysis thread (disposed with the context). */
  startAnalysis(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): AnalysisService;
  /** Where review files are read and written. */
  readonly files: FileStore;
  /** How "checked before" runs its match worker and reads the files it indexes. */
  matchWorker(context: vscode.ExtensionContext): MatchPlatform | undefined;
}

/**
 * Wires the features; every registration goes into context.subscriptions (ARCHITECTURE.md).
 * Returns what the integration tests (and other features) build on.
 */
export function activateWith(context: vscode.ExtensionContext, platform: Platform) {
  // Modules without a vscode import localise through src/l10n/l10n.ts: from here on with VS Code's bundles.
  useVscodeL10n();
  // One log for the whole extension (Output → ClaimLens); nothing in src/ writes to the console (ESLint).
  const log = vscode.window.createOutputChannel('ClaimLens', { log: true });
  context.subscriptions.push(log);
  // The analysis runs in a worker thread; the ArticleService joins it with the sidecar reviews.
  const analysis = platform.startAnalysis(context, log);
  const articles = createArticleService(context, analysis, platform.files);
  // The workspace's verdict scale (.claimlens/verdicts.json, watched; the default without it).
  const verdicts = new WorkspaceVerdictScales(log);
  context.subscriptions.push(verdicts);
  // Editor: review commands, decorations, hover, status bar, Problems panel and quick fixes.
  const reviewCommands = registerReviewCommands(context, articles, verdicts);
  const speakerHints = new SpeakerHints(articles);
  context.subscriptions.push(new DecorationController(context.extensionUri, articles, verdicts), new ReviewStatusBar(articles, verdicts),
    speakerHints, vscode.languages.registerInlayHintsProvider({ scheme: '*' }, speakerHints));
  registerHover(context, articles, verdicts);
  registerDiagnostics(context, articles, verdicts);
  // Sidebar: Review tree, Claim Details webview, Workspace view.
  const sidebar = registerSidebar(context, articles, log);
  context.subscriptions.push(sidebar.review.setVerdictScales((uri) => verdicts.scaleFor(uri), verdicts.onDidChange));
  sidebar.details.scaleFor = (uri) => verdicts.scaleFor(uri);
  context.subscriptions.push(verdicts.onDidChange(() => sidebar.details.refresh()));
  // "Export Review…" (Markdown, CSV, ClaimReview, Web Annotation), "Open Seed Article…" and "Get Started".
  registerExportCommand(context, articles, verdicts);
  registerOpenSeedCommand(context);
  registerWalkthroughCommand(context);
  // "Checked before": earlier fact-checks of each claim, indexed in their own worker.
  const { matches, markers } = registerMatching(context, articles, log, platform.matchWorker(context));
  sidebar.details.setCheckedBefore(checkedBeforeSource(articles, matches));
  context.subscriptions.push(sidebar.review.setCheckedBefore((uri, item) => !!matches.matchesOf(uri, item)?.[0]?.strong, matches.onDidChangeMatches));
  return { articles, reviewCommands, sidebar, matches, markers, verdicts };
}
