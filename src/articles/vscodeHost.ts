/**
 * The ArticleHost over VS Code: its open documents and their events, the visible ranges, the
 * `claimlens.*` settings, the sidecar file watcher and warning notifications. Thin on purpose:
 * the logic it feeds is in the tracker, the sidecar sync and the review actions.
 */
import * as vscode from 'vscode';
import type { Span } from '../core/types';
import { readSettings } from '../settings/settings';
import type { ArticleDocument, ArticleHost, ArticleSettings, Documents } from './documents';
import { watchSidecars } from './sidecarWatcher';
import { isUriPath } from './workspaceFileStore';
import { unwritableReason } from './writable';

type Doc = ArticleDocument<vscode.Uri>;

function visibleSpanOf(document: vscode.TextDocument, editor: vscode.TextEditor | undefined): Span | undefined {
  const range = editor?.visibleRanges[0];
  if (!range) return undefined;
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** VS Code's TextDocument is an ArticleDocument as it is; the events are mapped, nothing more. */
export const vscodeDocuments: Documents<vscode.Uri> = {
  all: () => vscode.workspace.textDocuments,
  onDidOpen: (listener) => vscode.workspace.onDidOpenTextDocument(listener),
  onDidClose: (listener) => vscode.workspace.onDidCloseTextDocument(listener),
  onDidSave: (listener) => vscode.workspace.onDidSaveTextDocument(listener),
  onDidChange: (listener) => vscode.workspace.onDidChangeTextDocument((e) => listener({
    document: e.document,
    edits: e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text })),
    reason: e.reason === vscode.TextDocumentChangeReason.Undo ? 'undo' : e.reason === vscode.TextDocumentChangeReason.Redo ? 'redo' : undefined,
  })),
  visibleSpan: (document: Doc) => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    return editor && visibleSpanOf(editor.document, editor);
  },
  onDidScroll: (listener) => vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
    const visible = visibleSpanOf(e.textEditor.document, e.textEditor);
    if (visible) listener(e.textEditor.document, visible);
  }),
};

export const vscodeArticleSettings: ArticleSettings<vscode.Uri> = {
  languages: (uri) => readSettings(uri).languages,
  scoreThreshold: (uri) => readSettings(uri).scoreThreshold,
  reviewerName: (uri) => readSettings(uri).reviewerName,
  onDidChange: (listener) => vscode.workspace.onDidChangeConfiguration((e) => {
    const changed = { languages: e.affectsConfiguration('claimlens.languages'), scoreThreshold: e.affectsConfiguration('claimlens.scoreThreshold') };
    if (changed.languages || changed.scoreThreshold) listener(changed);
  }),
};

/** The URI of a path as the review store names it: a local path, or the URI of another file system. */
export function locationUri(path: string): vscode.Uri {
  return isUriPath(path) ? vscode.Uri.parse(path, true) : vscode.Uri.file(path);
}

/**
 * A local file, or a file of a registered file system (a virtual workspace's, or one another
 * extension provides) whose URI the review file's name can be appended to. Not untitled buffers,
 * git versions, output channels: their schemes have no file system.
 */
export function isStorableFile(uri: vscode.Uri): boolean {
  if (uri.scheme === 'file') return true;
  return vscode.workspace.fs.isWritableFileSystem(uri.scheme) !== undefined && !uri.query && !uri.fragment;
}

function unwritable(sidecarPath: string): string | undefined {
  if (!isUriPath(sidecarPath)) return unwritableReason(sidecarPath);
  const uri = vscode.Uri.parse(sidecarPath, true);
  return vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false
    ? vscode.l10n.t('The file system of {0} is read-only: ClaimLens can show claims but cannot save reviews there.', uri.path.slice(uri.path.lastIndexOf('/') + 1))
    : undefined;
}

/** A warning notification; with a sidecar path, an "Open Sidecar" action. */
function reportProblem(message: string, sidecarPath?: string): void {
  const openSidecar = vscode.l10n.t('Open Sidecar');
  const actions = sidecarPath ? [openSidecar] : [];
  void vscode.window.showWarningMessage(vscode.l10n.t('ClaimLens: {0}', message), ...actions).then((choice) => {
    if (choice === openSidecar && sidecarPath) void vscode.window.showTextDocument(locationUri(sidecarPath));
  });
}

export function vscodeArticleHost(report: (message: string, sidecarPath?: string) => void = reportProblem): ArticleHost<vscode.Uri> {
  return {
    documents: vscodeDocuments,
    settings: vscodeArticleSettings,
    onDidChangeSidecar: watchSidecars,
    report,
    unwritableReason: unwritable,
    isFile: isStorableFile,
  };
}
