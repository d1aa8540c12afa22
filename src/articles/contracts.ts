/**
 * The editor-side hub every feature talks to. One implementation (./articleService.ts, over the
 * vscode-free ./hub.ts) keeps, per open article: the latest analysis (from the worker), the
 * sidecar annotations (from the review store) and the joined ReviewItems; it saves every review
 * action at once.
 */
import type * as vscode from 'vscode';
import type { ReviewChange, ReviewItem } from '../core/review/types';
import type { ArticleStateOf } from './state';

/** What the hub knows of an open article (see ./state.ts), addressed by its vscode.Uri. */
export type ArticleState = ArticleStateOf<vscode.Uri>;

export type { ReviewChange } from '../core/review/types';

export interface ArticleService extends vscode.Disposable {
  /**
   * The article's items changed (or it is no longer tracked). Fired a timer turn after the change, once per
   * article however often it changed meanwhile, so the highlights reach the window first (./changeRelay.ts).
   */
  readonly onDidChangeArticle: vscode.Event<vscode.Uri>;
  /** The same, fired at once: only for what paints the editor (the decorations). */
  readonly onDidChangeArticleForPaint: vscode.Event<vscode.Uri>;
  /** Whether ClaimLens works on this document (language id in claimlens.languages; a local file or one of a registered file system). */
  isArticle(document: vscode.TextDocument): boolean;
  get(uri: vscode.Uri): ArticleState | undefined;
  /** State of the active text editor's document, if it is an article. */
  active(): ArticleState | undefined;
  /** Items whose range contains or intersects the given offsets. */
  itemsAt(uri: vscode.Uri, start: number, end: number): ReviewItem[];
  /** Apply a change to the items (by key) and save the sidecar at once. */
  review(uri: vscode.Uri, keys: string[], change: ReviewChange): Promise<void>;
  /** Add a hand-made claim for a range. Returns its key. */
  addClaim(uri: vscode.Uri, start: number, end: number): Promise<string>;
  /** Re-attach an orphan to a range chosen by the user. */
  reattach(uri: vscode.Uri, key: string, start: number, end: number): Promise<void>;
  reanalyze(uri: vscode.Uri): Promise<void>;
  /** Where the article's reviews are saved (for "Open Review File"); undefined for a non-article. */
  sidecarPath(uri: vscode.Uri): string | undefined;
}
