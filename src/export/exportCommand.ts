/**
 * "ClaimLens: Export Review…": pick a format, pick where to save, write the export of the
 * active article's current review items (the same core exporters the CLI uses).
 */
import * as vscode from 'vscode';
import { exportFiles, headlineOf, type ExportInput } from '../core/export';
import { ClaimReviewValidationError, claimReviewClaims } from '../core/export/claimReview';
import { localIsoDate } from '../core/export/localDate';
import { articleEditor } from '../commands/articleEditor';
import { EXPORT_COMMAND } from '../commands/ids';
import type { ArticleService, ArticleState } from '../articles/contracts';
import type { VerdictScale } from '../core/review/verdictScale';
import type { VerdictScales } from '../verdicts/verdictScales';
import { exportChoices, exportArticlePath, nothingToPublish, type ExportChoice, type ExportSettings } from './exportChoices';

export function readExportSettings(scope?: vscode.ConfigurationScope): ExportSettings {
  const c = vscode.workspace.getConfiguration('claimlens.export', scope);
  const text = (key: string) => String(c.get<string>(key, '') ?? '').trim();
  const claimReview = vscode.workspace.getConfiguration('claimlens.claimReview', scope);
  return {
    organization: text('organization'),
    organizationUrl: text('organizationUrl'),
    articleUrl: text('articleUrl'),
    claimReviewUrlTemplate: String(claimReview.get<string>('urlTemplate', '') ?? '').trim(),
    includeUnverified: claimReview.get<boolean>('includeUnverified', false) === true,
  };
}

function exportInput(state: ArticleState, text: string, settings: ExportSettings, scale: VerdictScale): ExportInput {
  return {
    scale,
    articlePath: exportArticlePath(state.uri.fsPath, vscode.workspace.asRelativePath(state.uri, false)),
    text,
    headline: headlineOf(text),
    date: localIsoDate(new Date()),
    items: state.items,
    ...(settings.claimReviewUrlTemplate ? { claimReviewUrlTemplate: settings.claimReviewUrlTemplate } : {}),
    ...(settings.includeUnverified ? { includeUnverified: true } : {}),
    ...(settings.articleUrl ? { url: settings.articleUrl } : {}),
    ...(settings.organization ? { organization: settings.organization } : {}),
    ...(settings.organizationUrl ? { organizationUrl: settings.organizationUrl } : {}),
  };
}

/** The state to export, or undefined after telling the user why not. */
async function currentState(articles: ArticleService): Promise<{ state: ArticleState; text: string } | undefined> {
  const editor = articleEditor(articles);
  const state = editor && articles.get(editor.document.uri);
  if (!state) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: open an article to export its review.'));
    return undefined;
  }
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.uri.toString());
  if (!document || !state.complete || document.version !== state.version) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: the article is still being analysed; try the export again in a moment.'));
    return undefined;
  }
  if (state.readOnlyReason) {
    const exportAnyway = vscode.l10n.t('Export Anyway');
    const go = await vscode.window.showWarningMessage(
      vscode.l10n.t('ClaimLens: {0} The export may not contain every review.', state.readOnlyReason),
      { modal: true },
      exportAnyway,
    );
    if (go !== exportAnyway) return undefined;
  }
  return { state, text: document.getText() };
}

async function chooseTarget(choice: ExportChoice, articleUri: vscode.Uri, suffix: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.Uri.joinPath(articleUri, '..');
  if (choice.split) {
    const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder, openLabel: vscode.l10n.t('Export Here') });
    return picked?.[0];
  }
  return vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, articleUri.path.split('/').pop()! + suffix), filters: choice.filter, saveLabel: vscode.l10n.t('Export') });
}

export async function runExport(articles: ArticleService, scales: VerdictScales): Promise<void> {
  const current = await currentState(articles);
  if (!current) return;
  const choice = await vscode.window.showQuickPick(
    exportChoices().map((c) => ({ ...c, choice: c })),
    { title: vscode.l10n.t('ClaimLens: Export Review'), placeHolder: vscode.l10n.t('Export format') },
  );
  if (!choice) return;
  const scale = scales.scaleFor(current.state.uri);
  const input = exportInput(current.state, current.text, readExportSettings(current.state.uri), scale);
  let files;
  try {
    files = exportFiles(choice.format, input, { split: choice.split === true });
  } catch (error) {
    if (!(error instanceof ClaimReviewValidationError)) throw error;
    const openSettings = vscode.l10n.t('Open Settings');
    const action = await vscode.window.showErrorMessage(vscode.l10n.t('ClaimLens: {0}', error.message), openSettings);
    if (action === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', error.setting ?? 'claimlens.export');
    return;
  }
  if (files.length === 0 || (choice.format === 'claimreview' && claimReviewClaims(input.items, input.includeUnverified, scale).length === 0)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: {0}', nothingToPublish(scale, input.includeUnverified === true)));
    return;
  }
  const target = await chooseTarget(choice, current.state.uri, files[0].suffix);
  if (!target) return;
  const base = current.state.uri.path.split('/').pop()!;
  const written: vscode.Uri[] = [];
  try {
    for (const f of files) {
      const uri = choice.split ? vscode.Uri.joinPath(target, base + f.suffix) : target;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(f.content));
      written.push(uri);
    }
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('ClaimLens: could not write the export: {0}', error instanceof Error ? error.message : String(error)));
    return;
  }
  const openFile = vscode.l10n.t('Open');
  const revealFolder = vscode.l10n.t('Reveal Folder');
  const open = await vscode.window.showInformationMessage(
    written.length === 1
      ? vscode.l10n.t('ClaimLens: exported {0}.', vscode.workspace.asRelativePath(written[0]))
      : vscode.l10n.t('ClaimLens: exported {0} files.', written.length),
    written.length === 1 ? openFile : revealFolder,
  );
  if (open === openFile) await vscode.window.showTextDocument(written[0]);
  if (open === revealFolder) void vscode.commands.executeCommand('revealFileInOS', written[0]);
}

export function registerExportCommand(context: vscode.ExtensionContext, articles: ArticleService, scales: VerdictScales): void {
  context.subscriptions.push(vscode.commands.registerCommand(EXPORT_COMMAND, () => runExport(articles, scales)));
}
