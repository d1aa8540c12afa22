/**
 * What the article hub needs from an editor, as small interfaces of our own (no vscode): the open
 * documents and their events, the visible range, the settings it reads, and a few host services.
 * VS Code's TextDocument and Uri fit ArticleDocument and DocumentUri as they are
 * (./vscodeDocuments.ts adapts the events); the unit tests use in-memory implementations.
 */
import type { Disposable, TextEdit } from '../core/incremental/service';
import type { Span } from '../core/types';
import { l10n } from '../l10n/l10n';

export type { Disposable, TextEdit } from '../core/incremental/service';

/** A document's address: `toString()` is its identity, `fsPath` its file when `scheme` is `file`. */
export interface DocumentUri {
  readonly scheme: string;
  readonly fsPath: string;
  toString(): string;
}

export interface ArticleDocument<U extends DocumentUri = DocumentUri> {
  readonly uri: U;
  readonly languageId: string;
  /** Goes up with every change. */
  readonly version: number;
  /** Has unsaved changes. */
  readonly isDirty: boolean;
  getText(): string;
}

export interface DocumentChange<U extends DocumentUri = DocumentUri> {
  /** The document after the change. */
  readonly document: ArticleDocument<U>;
  /** Each against the text before the whole change (as VS Code reports them), in any order. */
  readonly edits: readonly TextEdit[];
  /** Set for an undo or a redo. */
  readonly reason?: 'undo' | 'redo';
}

export interface Documents<U extends DocumentUri = DocumentUri> {
  /** Every open document. */
  all(): readonly ArticleDocument<U>[];
  onDidOpen(listener: (document: ArticleDocument<U>) => void): Disposable;
  onDidChange(listener: (change: DocumentChange<U>) => void): Disposable;
  onDidClose(listener: (document: ArticleDocument<U>) => void): Disposable;
  onDidSave(listener: (document: ArticleDocument<U>) => void): Disposable;
  /** The range an editor shows of the document, if one does. */
  visibleSpan(document: ArticleDocument<U>): Span | undefined;
  /** An editor showing the document scrolled. */
  onDidScroll(listener: (document: ArticleDocument<U>, visible: Span) => void): Disposable;
}

/** The settings the hub reads (`claimlens.languages`, `scoreThreshold`, `reviewerName`), per document. */
export interface ArticleSettings<U extends DocumentUri = DocumentUri> {
  languages(uri: U): readonly string[];
  scoreThreshold(uri: U): number;
  /** Empty: the OS user name. */
  reviewerName(uri: U): string;
  onDidChange(listener: (changed: { languages: boolean; scoreThreshold: boolean }) => void): Disposable;
}

/** What else the hub needs from its host. */
export interface ArticleHost<U extends DocumentUri = DocumentUri> {
  readonly documents: Documents<U>;
  readonly settings: ArticleSettings<U>;
  /** A sidecar file changed outside this window (git pull, another window, a text editor). */
  onDidChangeSidecar(listener: (sidecarPath: string) => void): Disposable;
  /** Tells the user about a problem; with `sidecarPath`, offers to open that file. */
  report(message: string, sidecarPath?: string): void;
  /** Why reviews cannot be saved at this sidecar path (read-only folder or file), or undefined. */
  unwritableReason(sidecarPath: string): string | undefined;
  /**
   * Whether a document with this URI is a file whose reviews can be kept beside it: a local file,
   * or a file of a registered file system (a virtual workspace). Default: local files only.
   */
  isFile?(uri: U): boolean;
}

export function isFileDocument<U extends DocumentUri>(document: ArticleDocument<U>, host?: Pick<ArticleHost<U>, 'isFile'>): boolean {
  return host?.isFile ? host.isFile(document.uri) : document.uri.scheme === 'file';
}

/** An unsaved new buffer (Untitled-1): analysed like an article, reviewed once saved (a review file needs a file). */
export function isUntitledDocument(document: { readonly uri: { readonly scheme: string } }): boolean {
  return document.uri.scheme === 'untitled';
}

/** Why an article that is not a file cannot be reviewed yet. */
export function unsavedReason(): string {
  return l10n.t('Save the article to review it: reviews are saved in a file beside it.');
}
