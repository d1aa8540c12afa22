/**
 * The "Review" tree view: follows the active article, the title-bar grouping and filter
 * commands, item → editor reveal, and editor cursor → item selection (setting
 * claimlens.sidebar.followCursor).
 */
import * as vscode from 'vscode';
import type { ReviewItem } from '../../core/review/types';
import type { VerdictScale } from '../../core/review/verdictScale';
import { SIDEBAR_CMD } from '../../commands/ids';
import { claimThresholdLabel } from '../../l10n/countWords';
import { readSettings } from '../../settings/settings';
import type { ArticleService, ArticleState } from '../../articles/contracts';
import { DEFAULT_FILTER, GroupBy, KindFilter, QueueFilter, describeFilter, isFilterActive } from './queue';
import { ReviewNode, ReviewTreeProvider, ItemNode, GroupNode } from './reviewTreeProvider';
import { loadViewState, saveViewState, type StateMemento } from './viewState';

export const REVIEW_VIEW_ID = 'claimlens.review';

const REFRESH_MS = 80;
const FOLLOW_MS = 150;

export interface SelectedItemRef {
  uri: vscode.Uri;
  key: string;
}

export class ReviewView implements vscode.Disposable {
  readonly provider = new ReviewTreeProvider();
  readonly treeView: vscode.TreeView<ReviewNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly selectionEmitter = new vscode.EventEmitter<SelectedItemRef | undefined>();
  /** The tree selection or, when following the cursor, the item at the cursor. */
  readonly onDidSelectItem = this.selectionEmitter.event;
  /** Last article shown: kept while the focus is in a panel or a non-article editor. */
  private shownUri: vscode.Uri | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Tree nodes being selected by followCursor's reveals, with how many reveals of each are in
   * flight: their selection events are not user choices. A set, not just the latest id: on a busy
   * machine an older reveal's selection event can arrive after a newer reveal has started, and it
   * must not drag Claim Details back to the older item.
   */
  private readonly revealing = new Map<string, number>();
  private refreshed = Promise.resolve();
  private resolveRefreshed: (() => void) | undefined;

  /** `memento` (the workspace state) keeps the grouping, filters and collapsed groups across reloads. */
  constructor(private readonly articles: ArticleService, private readonly memento?: StateMemento) {
    const saved = loadViewState(memento);
    this.provider.groupBy = saved.groupBy;
    this.provider.filter = saved.filter;
    this.provider.collapsed = saved.collapsed;
    this.treeView = vscode.window.createTreeView(REVIEW_VIEW_ID, {
      treeDataProvider: this.provider,
      canSelectMany: true,
      showCollapseAll: true,
    });
    this.disposables.push(
      this.treeView,
      this.provider,
      this.selectionEmitter,
      articles.onDidChangeArticle((uri) => {
        if (this.shownUri?.toString() === uri.toString() || this.activeArticleUri()?.toString() === uri.toString()) this.scheduleRefresh();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleRefresh()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === this.shownUri?.toString()) this.scheduleRefresh();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onEditorSelection(e)),
      this.treeView.onDidChangeSelection((e) => {
        // An empty selection (the selected row moved to another group after a status change)
        // keeps Claim Details on its item.
        const first = e.selection.find((n): n is ItemNode => n.nodeType === 'item');
        // Selections made by followCursor's reveal were announced already; a late one must not
        // override a newer choice.
        if (first && this.revealing.has(first.id)) return;
        if (first) this.selectionEmitter.fire({ uri: first.uri, key: first.key });
      }),
      this.treeView.onDidCollapseElement((e) => this.rememberCollapsed(e.element, true)),
      this.treeView.onDidExpandElement((e) => this.rememberCollapsed(e.element, false)),
      vscode.commands.registerCommand(SIDEBAR_CMD.groupByPriority, () => this.setGroupBy('priority')),
      vscode.commands.registerCommand(SIDEBAR_CMD.groupByStatus, () => this.setGroupBy('status')),
      vscode.commands.registerCommand(SIDEBAR_CMD.groupByType, () => this.setGroupBy('type')),
      vscode.commands.registerCommand(SIDEBAR_CMD.groupBySpeaker, () => this.setGroupBy('speaker')),
      vscode.commands.registerCommand(SIDEBAR_CMD.groupByCheckedBefore, () => this.setGroupBy('checked')),
      vscode.commands.registerCommand(SIDEBAR_CMD.toggleUnreviewedOnly, () => this.setFilter({ unreviewedOnly: !this.provider.filter.unreviewedOnly })),
      vscode.commands.registerCommand(SIDEBAR_CMD.showAllStatuses, () => this.setFilter({ unreviewedOnly: false })),
      vscode.commands.registerCommand(SIDEBAR_CMD.showAllKinds, () => this.setFilter({ kind: 'all' })),
      vscode.commands.registerCommand(SIDEBAR_CMD.showClaimsOnly, () => this.setFilter({ kind: 'claim' })),
      vscode.commands.registerCommand(SIDEBAR_CMD.showQuotesOnly, () => this.setFilter({ kind: 'quote' })),
      vscode.commands.registerCommand(SIDEBAR_CMD.setMinScore, (value?: unknown) => this.promptMinScore(value)),
      vscode.commands.registerCommand(SIDEBAR_CMD.search, (value?: unknown) => this.promptSearch(value)),
      vscode.commands.registerCommand(SIDEBAR_CMD.clearFilters, () => this.setFilter({ ...DEFAULT_FILTER })),
      vscode.commands.registerCommand(SIDEBAR_CMD.revealItem, (node?: unknown) => this.revealItem(node)),
      vscode.commands.registerCommand(SIDEBAR_CMD.reattachOrphan, (node?: unknown) => this.reattachOrphan(node)),
    );
    this.updateContext();
    this.refreshNow();
  }

  // ── state ───────────────────────────────────────────────────────────────────

  private activeArticleUri(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor && this.articles.isArticle(editor.document) ? editor.document.uri : undefined;
  }

  private currentState(): ArticleState | undefined {
    const active = this.activeArticleUri();
    if (active) {
      this.shownUri = active;
      return this.articles.get(active);
    }
    // Focus moved to a panel, the output, a webview…: keep the article that is still open.
    if (this.shownUri) {
      const stillOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === this.shownUri!.toString());
      if (stillOpen && vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === this.shownUri!.toString())) {
        return this.articles.get(this.shownUri);
      }
      this.shownUri = undefined;
    }
    return undefined;
  }

  private scheduleRefresh(): void {
    if (!this.resolveRefreshed) this.refreshed = new Promise((r) => (this.resolveRefreshed = r));
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    // Coalesce the bursts of change events an edit or an analysis produces.
    this.refreshTimer = setTimeout(() => this.refreshNow(), REFRESH_MS);
  }

  /** Resolves after pending refreshes have been applied (for tests and commands). */
  whenRefreshed(): Promise<void> {
    return this.refreshed;
  }

  refreshNow(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    const state = this.currentState();
    this.provider.setState(state);
    this.updateChrome(state);
    const done = this.resolveRefreshed;
    this.resolveRefreshed = undefined;
    done?.();
  }

  private updateChrome(state: ArticleState | undefined): void {
    const p = this.provider;
    const grouping = groupingLabel(p.groupBy);
    const filters = describeFilter(p.filter);
    // The one definition of a claim: the threshold the counts use, as the status bar and the CLI show it.
    const threshold = state ? claimThresholdLabel(readSettings(state.uri).scoreThreshold) : '';
    this.treeView.description = state ? [grouping, threshold, filters].filter(Boolean).join(' · ') : undefined;
    if (!state) {
      // No message: the view is empty, so VS Code shows the welcome content (Open Seed Article).
      const uri = this.activeArticleUri() ?? this.shownUri;
      this.treeView.message = uri ? vscode.l10n.t('Analysing the article…') : undefined;
      return;
    }
    // No badge: it would rename the activity-bar item ("ClaimLens - 20 unreviewed…"); the status bar has the counts.
    const notes: string[] = [];
    if (state.readOnlyReason) notes.push(vscode.l10n.t('Read-only: {0}', state.readOnlyReason));
    if (!state.complete) notes.push(vscode.l10n.t('Analysing the rest of the article…'));
    if (state.items.length === 0) notes.push(vscode.l10n.t('No claims or quotes found in this article.'));
    else if (p.visibleCount === 0) notes.push(vscode.l10n.t('Nothing matches the filters ({0}).', filters));
    this.treeView.message = notes.length ? notes.join(' ') : undefined;
  }

  private updateContext(): void {
    const p = this.provider;
    void vscode.commands.executeCommand('setContext', 'claimlens.review.groupBy', p.groupBy);
    void vscode.commands.executeCommand('setContext', 'claimlens.review.filterActive', isFilterActive(p.filter));
    void vscode.commands.executeCommand('setContext', 'claimlens.review.unreviewedOnly', p.filter.unreviewedOnly);
    void vscode.commands.executeCommand('setContext', 'claimlens.review.kind', p.filter.kind);
  }

  /** Lets the view group claims by "checked before"; redraws when the matches of the shown article change. */
  setCheckedBefore(isChecked: (uri: vscode.Uri, item: ReviewItem) => boolean, onDidChange: vscode.Event<vscode.Uri>): vscode.Disposable {
    this.provider.checkedBefore = isChecked;
    return onDidChange((uri) => {
      if (this.provider.groupBy === 'checked' && this.provider.article?.uri.toString() === uri.toString()) this.refreshNow();
    });
  }

  /** Labels, icons and the verdict groups' order follow the workspace's verdict scale; redraws when it changes. */
  setVerdictScales(scaleFor: (uri: vscode.Uri) => VerdictScale, onDidChange: vscode.Event<void>): vscode.Disposable {
    this.provider.scaleFor = scaleFor;
    this.refreshNow();
    return onDidChange(() => this.refreshNow());
  }

  setGroupBy(by: GroupBy): void {
    this.provider.groupBy = by;
    this.updateContext();
    this.refreshNow();
    this.saveState();
  }

  private rememberCollapsed(node: ReviewNode, collapsed: boolean): void {
    if (node.nodeType !== 'group') return;
    this.provider.collapsed[(node as GroupNode).groupId] = collapsed;
    this.saveState();
  }

  private saveState(): void {
    const p = this.provider;
    void saveViewState(this.memento, { groupBy: p.groupBy, filter: p.filter, collapsed: p.collapsed })?.then(undefined, () => {
      // The workspace state could not be written: the view works on, it only forgets on reload.
    });
  }

  setFilter(change: Partial<QueueFilter>): void {
    const f = { ...this.provider.filter, ...change };
    f.minScore = Number.isFinite(f.minScore) ? Math.min(1, Math.max(0, f.minScore)) : 0;
    f.kind = (['all', 'claim', 'quote'] as KindFilter[]).includes(f.kind) ? f.kind : 'all';
    f.search = String(f.search ?? '').slice(0, 200);
    this.provider.filter = f;
    this.updateContext();
    this.refreshNow();
    this.saveState();
  }

  private async promptMinScore(value?: unknown): Promise<void> {
    let text: string | undefined = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
    if (text === undefined) {
      text = await vscode.window.showInputBox({
        title: vscode.l10n.t('ClaimLens: Minimum Claim Score'),
        prompt: vscode.l10n.t('Hide claims scoring below this check-worthiness (0–1). 0 shows all.'),
        value: String(this.provider.filter.minScore),
        validateInput: (v) => (parseScore(v) === undefined ? vscode.l10n.t('Enter a number from 0 to 1, e.g. 0.5') : undefined),
      });
      if (text === undefined) return;
    }
    const score = parseScore(text);
    if (score === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('ClaimLens: "{0}" is not a score from 0 to 1.', text));
      return;
    }
    this.setFilter({ minScore: score });
  }

  private async promptSearch(value?: unknown): Promise<void> {
    let text = typeof value === 'string' ? value : undefined;
    if (text === undefined) {
      text = await vscode.window.showInputBox({
        title: vscode.l10n.t('ClaimLens: Search Claims and Quotes'),
        prompt: vscode.l10n.t('Text to find in claims, quotes, speakers, notes and sources (empty clears the search).'),
        value: this.provider.filter.search,
      });
      if (text === undefined) return;
    }
    this.setFilter({ search: text.trim() });
  }

  // ── item ↔ editor ───────────────────────────────────────────────────────────

  /** Opens the article and selects the item's text (tree click, details view, tests). */
  async revealItem(arg: unknown): Promise<vscode.TextEditor | undefined> {
    const ref = toRef(arg);
    if (!ref) return undefined;
    const state = this.articles.get(ref.uri);
    const item = state?.items.find((i) => i.key === ref.key);
    if (!item) {
      void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: that claim is no longer in the article.'));
      return undefined;
    }
    if (!item.range) {
      void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: this review is orphaned — {0}.', item.anchor?.reason ?? vscode.l10n.t('its text is no longer in the article')));
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(ref.uri);
    const range = new vscode.Range(doc.positionAt(item.range.start), doc.positionAt(item.range.end));
    const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: true, preview: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  /** Re-attaches an orphaned review to the text selected in the article's editor. */
  async reattachOrphan(arg: unknown): Promise<boolean> {
    const ref = toRef(arg);
    const item = ref && this.articles.get(ref.uri)?.items.find((i) => i.key === ref.key);
    if (!ref || !item?.orphaned) {
      void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: choose an orphaned review in the Review view.'));
      return false;
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === ref.uri.toString());
    if (!editor || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('ClaimLens: select the text this review belongs to in the article, then run Re-attach again.'));
      return false;
    }
    const start = editor.document.offsetAt(editor.selection.start);
    const end = editor.document.offsetAt(editor.selection.end);
    try {
      await this.articles.reattach(ref.uri, item.key, start, end);
      return true;
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('ClaimLens: {0}', err instanceof Error ? err.message : String(err)));
      return false;
    }
  }

  private onEditorSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    if (!this.articles.isArticle(e.textEditor.document)) return;
    if (!vscode.workspace.getConfiguration('claimlens.sidebar').get<boolean>('followCursor', true)) return;
    if (this.followTimer) clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => void this.followCursor(e.textEditor), FOLLOW_MS);
  }

  /** Selects the innermost item under the editor's cursor in the tree. */
  async followCursor(editor: vscode.TextEditor): Promise<ItemNode | undefined> {
    const uri = editor.document.uri;
    // The debounced event may outlive its editor (closed, or another article shown meanwhile):
    // a cursor no one sees is nobody's choice.
    if (editor.document.isClosed || !vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString())) return undefined;
    const sel = editor.selection;
    const start = editor.document.offsetAt(sel.start);
    const end = editor.document.offsetAt(sel.end);
    const hits = this.articles.itemsAt(uri, start, start === end ? start : end).filter((i) => i.range);
    if (hits.length === 0) return undefined;
    // A selection made by revealing an item is exactly that item; otherwise the innermost one.
    const exact = start !== end ? hits.find((i) => i.range!.start === start && i.range!.end === end) : undefined;
    const inner = exact ?? hits.reduce((a, b) => (b.range!.end - b.range!.start < a.range!.end - a.range!.start ? b : a));
    if (this.provider.article?.uri.toString() !== uri.toString()) this.refreshNow();
    // Keys are content hashes: the tree may show another article with the same text, whose
    // node must not be selected for this one.
    const node = this.provider.article?.uri.toString() === uri.toString() ? this.provider.nodeFor(inner.key) : undefined;
    // Announce first (the cursor is the truth now), then mirror it in the tree.
    this.selectionEmitter.fire({ uri, key: inner.key });
    if (!node) return undefined;
    const already = this.treeView.selection.length === 1 && this.treeView.selection[0].id === node.id;
    if (!already && this.treeView.visible) {
      this.revealing.set(node.id, (this.revealing.get(node.id) ?? 0) + 1);
      try {
        await this.treeView.reveal(node, { select: true, focus: false, expand: true });
      } catch {
        // The node went away meanwhile (a refresh): nothing to mirror.
      } finally {
        // The main thread sends the selection event before it answers the reveal; a turn later
        // it has been handled.
        setTimeout(() => {
          const n = (this.revealing.get(node.id) ?? 1) - 1;
          if (n > 0) this.revealing.set(node.id, n);
          else this.revealing.delete(node.id);
        }, 0);
      }
    }
    return node;
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (this.followTimer) clearTimeout(this.followTimer);
    for (const d of this.disposables) d.dispose();
  }
}

function parseScore(v: string): number | undefined {
  const t = v.trim();
  if (t === '') return 0;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : undefined;
}

/** Accepts an ItemNode, `{uri, key}` (uri as Uri or string) or `[uri, key]`. */
export function toRef(arg: unknown): SelectedItemRef | undefined {
  if (Array.isArray(arg) && arg.length === 2) return toRef({ uri: arg[0], key: arg[1] });
  if (typeof arg !== 'object' || arg === null) return undefined;
  const a = arg as { uri?: unknown; key?: unknown };
  if (typeof a.key !== 'string') return undefined;
  const uri = a.uri instanceof vscode.Uri ? a.uri : typeof a.uri === 'string' ? vscode.Uri.parse(a.uri) : undefined;
  return uri ? { uri, key: a.key } : undefined;
}

/** The view's description names the grouping: "by priority", "by claim type"… */
function groupingLabel(groupBy: string): string {
  switch (groupBy) {
    case 'priority': return vscode.l10n.t('by priority');
    case 'status': return vscode.l10n.t('by status');
    case 'type': return vscode.l10n.t('by claim type');
    case 'speaker': return vscode.l10n.t('by speaker');
    case 'checked': return vscode.l10n.t('by checked before');
    default: return vscode.l10n.t('by {0}', groupBy);
  }
}
