/**
 * The ArticleService (contract: ./contracts.ts) every editor feature talks to: the vscode-free
 * ArticleHub (tracker, sidecar sync, review actions) over VS Code's documents and settings
 * (./vscodeHost.ts), plus what only VS Code has: the change event, the active editor and the
 * `claimlens.hasArticle` / `claimlens.canReview` context keys of the menus.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from '../core/incremental/service';
import type { FileStore } from '../core/review/fileStore';
import type { ReviewChange, ReviewItem } from '../core/review/types';
import type { ArticleService, ArticleState } from './contracts';
import { ChangeRelay } from './changeRelay';
import { ArticleHub } from './hub';
import { vscodeArticleHost } from './vscodeHost';

export { MAX_ARTICLE_CHARS } from './tracker';

export interface ArticleServiceOptions {
  /** Reports a problem to the user (default: a warning notification with an "Open Sidecar" action). */
  report?: (message: string, sidecarPath?: string) => void;
}

export class ArticleServiceImpl implements ArticleService {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly paintEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly relay = new ChangeRelay<vscode.Uri>((uri) => this.paintEmitter.fire(uri), (uri) => this.emitter.fire(uri), (uri) => uri.toString());
  private readonly hub: ArticleHub<vscode.Uri>;
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChangeArticle = this.emitter.event;
  readonly onDidChangeArticleForPaint = this.paintEmitter.event;

  constructor(analysis: AnalysisService, files: FileStore, options: ArticleServiceOptions = {}) {
    this.disposables.push(this.emitter, this.paintEmitter, this.relay);
    this.hub = new ArticleHub(vscodeArticleHost(options.report), analysis, files, {
      onDidChange: (uri) => this.relay.changed(uri),
      onDidChangeTracking: () => this.updateContextKeys(),
    });
    this.disposables.push(this.hub, vscode.window.onDidChangeActiveTextEditor(() => this.updateContextKeys()));
    this.hub.start();
    this.updateContextKeys();
  }

  isArticle(document: vscode.TextDocument): boolean {
    return this.hub.tracker.isArticle(document);
  }

  get(uri: vscode.Uri): ArticleState | undefined {
    return this.hub.get(uri);
  }

  active(): ArticleState | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor ? this.get(editor.document.uri) : undefined;
  }

  itemsAt(uri: vscode.Uri, start: number, end: number): ReviewItem[] {
    return this.hub.itemsAt(uri, start, end);
  }

  review(uri: vscode.Uri, keys: string[], change: ReviewChange): Promise<void> {
    return this.hub.actions.review(uri, keys, change);
  }

  addClaim(uri: vscode.Uri, start: number, end: number): Promise<string> {
    return this.hub.actions.addClaim(uri, start, end);
  }

  reattach(uri: vscode.Uri, key: string, start: number, end: number): Promise<void> {
    return this.hub.actions.reattach(uri, key, start, end);
  }

  reanalyze(uri: vscode.Uri): Promise<void> {
    return this.hub.tracker.reanalyze(uri);
  }

  /** Resolves when the article's items reflect its current text (and the sidecar is loaded) and every listener was told. */
  async whenReady(uri: vscode.Uri): Promise<ArticleState | undefined> {
    const state = await this.hub.tracker.whenReady(uri);
    await this.relay.settled();
    return state;
  }

  sidecarPath(uri: vscode.Uri): string | undefined {
    return this.hub.sidecarPath(uri);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }

  private updateContextKeys(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const entry = doc ? this.hub.tracker.entry(doc.uri) : undefined;
    void vscode.commands.executeCommand('setContext', 'claimlens.hasArticle', entry !== undefined);
    void vscode.commands.executeCommand('setContext', 'claimlens.canReview', entry !== undefined && !entry.readOnlyReason);
  }
}

export function createArticleService(
  context: vscode.ExtensionContext, analysis: AnalysisService, files: FileStore, options?: ArticleServiceOptions,
): ArticleServiceImpl {
  const service = new ArticleServiceImpl(analysis, files, options);
  context.subscriptions.push(service);
  return service;
}
