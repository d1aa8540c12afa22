/**
 * "Claim Details": a webview view for the selected claim or quote. The host posts plain data
 * (DetailsPayload); the webview posts requests which are validated (./detailsProtocol)
 * and checked against the item actually shown before anything is changed.
 */
import * as vscode from 'vscode';
import type { ReviewItem } from '../../core/review/types';
import { DEFAULT_VERDICT_SCALE, verdictById, type VerdictScale } from '../../core/review/verdictScale';
import type { ArticleService } from '../../articles/contracts';
import { detailsHtml, makeNonce } from './detailsHtml';
import { toDetailsPayload } from './detailsPayload';
import { detailsStrings } from './detailsStrings';
import { CHECKED_BEFORE_ROWS, type CheckedBeforeRow, type DetailsMessage, type HostMessage, parseDetailsMessage } from './detailsProtocol';
import type { SelectedItemRef } from '../review/reviewView';

export const DETAILS_VIEW_ID = 'claimlens.details';

/** Where Claim Details gets the earlier fact-checks of a claim, and how it applies one (src/matching/). */
export interface CheckedBeforeSource {
  rows(uri: vscode.Uri, item: ReviewItem): CheckedBeforeRow[] | undefined;
  apply(uri: vscode.Uri, key: string, index: number): Promise<boolean>;
  readonly onDidChange: vscode.Event<vscode.Uri>;
}

export class DetailsViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private checkedBefore: CheckedBeforeSource | undefined;
  private view: vscode.WebviewView | undefined;
  private current: SelectedItemRef | undefined;
  /** The shown item as last found, to follow it when its key changes. */
  private lastSeen: ReviewItem | undefined;
  /** Earlier keys of the shown item (a message may be in flight with one). */
  private readonly aliases = new Set<string>();
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];

  /** The verdict scale of an article's workspace folder (set by the extension). */
  scaleFor: (uri: vscode.Uri) => VerdictScale = () => DEFAULT_VERDICT_SCALE;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly articles: ArticleService,
    private readonly reveal: (ref: SelectedItemRef) => Promise<unknown>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      articles.onDidChangeArticle((uri) => {
        if (this.current && this.current.uri.toString() === uri.toString()) this.post();
      }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    // The stylesheet ships in media/, the script is bundled from ./webview/ into dist/webview/.
    const mediaRoot = vscode.Uri.joinPath(this.extensionUri, 'media', 'details');
    const scriptRoot = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [mediaRoot, scriptRoot] };
    const nonce = makeNonce();
    view.webview.html = detailsHtml({
      cspSource: view.webview.cspSource,
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'details.css')).toString(),
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(scriptRoot, 'details.js')).toString(),
      nonce,
      strings: detailsStrings(),
      lang: vscode.env.language,
    });
    // Listeners live as long as this webview: VS Code may dispose and resolve the view again.
    const own: vscode.Disposable[] = [
      view.webview.onDidReceiveMessage((raw) => void this.onMessage(raw)),
      view.onDidChangeVisibility(() => {
        if (view.visible) this.post();
      }),
    ];
    own.push(view.onDidDispose(() => {
      if (this.view === view) {
        this.view = undefined;
        this.ready = false;
      }
      for (const d of own) d.dispose();
    }));
  }

  /** Lists earlier fact-checks under each claim, with Apply this verdict. */
  setCheckedBefore(source: CheckedBeforeSource): void {
    this.checkedBefore = source;
    this.disposables.push(source.onDidChange((uri) => {
      if (this.current && this.current.uri.toString() === uri.toString()) this.post();
    }));
    this.post();
  }

  /** Shows an item (or nothing). */
  show(ref: SelectedItemRef | undefined): void {
    if (ref && this.current && ref.key === this.current.key && ref.uri.toString() === this.current.uri.toString()) return;
    this.current = ref;
    this.lastSeen = undefined;
    this.aliases.clear();
    this.post();
  }

  get shown(): SelectedItemRef | undefined {
    return this.current;
  }

  private currentItem(): ReviewItem | undefined {
    if (!this.current) return undefined;
    const items = this.articles.get(this.current.uri)?.items ?? [];
    const byKey = items.find((i) => i.key === this.current!.key);
    if (byKey) {
      this.lastSeen = byKey;
      return byKey;
    }
    // Reviewing a detection gives it an annotation id as key: follow it by kind and position.
    const last = this.lastSeen;
    if (last?.range && last.key === this.current.key) {
      const moved = items.find((i) => i.kind === last.kind && i.range && i.range.start === last.range!.start && i.range.end === last.range!.end);
      if (moved) {
        this.aliases.add(this.current.key);
        this.current = { uri: this.current.uri, key: moved.key };
        this.lastSeen = moved;
        return moved;
      }
    }
    return undefined;
  }

  /** Shows the current item again (its verdict buttons and label follow a changed verdict scale). */
  refresh(): void {
    this.post();
  }

  private post(): void {
    const msg = this.currentMessage();
    if (this.view && this.ready) void this.view.webview.postMessage(msg);
  }

  /** What the webview shows now: the selected item's payload, or why there is none. */
  currentMessage(): HostMessage {
    if (!this.current) return { type: 'empty', reason: vscode.l10n.t('Select a claim or quote in the Review view, or put the cursor on one in the article.') };
    const state = this.articles.get(this.current.uri);
    const item = this.currentItem();
    if (!state || !item) return { type: 'empty', reason: vscode.l10n.t('That claim is no longer in the article.') };
    const name = this.current.uri.path.slice(this.current.uri.path.lastIndexOf('/') + 1);
    const payload = toDetailsPayload(item, name, state.readOnlyReason, this.aliases, this.scaleFor(this.current.uri));
    const rows = item.kind === 'claim' ? this.checkedBefore?.rows(this.current.uri, item)?.slice(0, CHECKED_BEFORE_ROWS) : undefined;
    return { type: 'show', item: rows ? { ...payload, checkedBefore: rows } : payload };
  }

  /** Entry point for every webview message; public so tests can feed hostile input. */
  async onMessage(raw: unknown): Promise<boolean> {
    const parsed = parseDetailsMessage(raw);
    if (!parsed.ok) return this.reject(parsed.error);
    const msg = parsed.message;
    if (msg.type === 'ready') {
      this.ready = true;
      this.post();
      return true;
    }
    const item = this.currentItem();
    // The webview can only act on the item it is showing, never on an arbitrary key.
    if (!this.current || !item || (item.key !== msg.key && !this.aliases.has(msg.key))) return this.reject('message for an item that is not shown');
    try {
      return await this.apply(this.current, item, msg);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(vscode.l10n.t('ClaimLens: {0}', message));
      this.postError(message);
      this.post();
      return false;
    }
  }

  private async apply(ref: SelectedItemRef, item: ReviewItem, msg: Exclude<DetailsMessage, { type: 'ready' }>): Promise<boolean> {
    const sources = item.annotation?.sources ?? [];
    switch (msg.type) {
      case 'setStatus':
        if (msg.status !== 'unreviewed' && msg.status !== 'dismissed' && !verdictById(this.scaleFor(ref.uri), msg.status)) return this.reject('not a verdict of the scale');
        await this.articles.review(ref.uri, [item.key], { status: msg.status });
        return true;
      case 'saveNote':
        await this.articles.review(ref.uri, [item.key], { note: msg.note });
        return true;
      case 'addSource':
        if (sources.some((s) => s.url === msg.url)) return this.reject('source already listed');
        await this.articles.review(ref.uri, [item.key], { addSource: msg.title ? { url: msg.url, title: msg.title } : { url: msg.url } });
        return true;
      case 'removeSource':
        if (!sources.some((s) => s.url === msg.url)) return this.reject('no such source');
        await this.articles.review(ref.uri, [item.key], { removeSourceUrl: msg.url });
        return true;
      case 'openSource':
        // Only a URL stored on this item (and already checked to be http/https) is opened.
        if (!sources.some((s) => s.url === msg.url)) return this.reject('no such source');
        await vscode.env.openExternal(vscode.Uri.parse(msg.url, true));
        return true;
      case 'setSpeaker':
        if (item.kind !== 'quote') return this.reject('speaker applies to quotes only');
        await this.articles.review(ref.uri, [item.key], { speaker: msg.speaker });
        return true;
      case 'reveal':
        await this.reveal(ref);
        return true;
      case 'applyMatch':
        if (!this.checkedBefore || item.kind !== 'claim') return this.reject('no earlier fact-checks here');
        return this.checkedBefore.apply(ref.uri, item.key, msg.index);
    }
  }

  private reject(reason: string): false {
    this.log.warn(`Claim Details: ignored a message from the webview (${reason}).`);
    return false;
  }

  private postError(message: string): void {
    if (this.view && this.ready) void this.view.webview.postMessage({ type: 'error', message } satisfies HostMessage);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
