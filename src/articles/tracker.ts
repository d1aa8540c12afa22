/**
 * The document tracker: which open documents are articles, and for each the latest analysis (from
 * the AnalysisService, i.e. the worker thread) and the annotations moved along with every edit.
 * Edits are sent to the analysis at once; the review items are rebuilt as soon as the analysis
 * matches the text, or after a fallback delay if it never answers. No debounce: while the user types
 * faster than the worker answers, the worker's answers for text already edited again are not emitted
 * (analysisClient.ts) and its unfinished work for them is dropped (core/incremental/analyzer.ts), so
 * at most one rebuild runs per answer that matches the text. No vscode: the editor comes in through
 * ./documents.ts.
 */
import * as path from 'node:path';
import { l10n } from '../l10n/l10n';
import type { AnalysisService } from '../core/incremental/service';
import type { Analysis } from '../core/types';
import { anchorAnnotations, retargetAnnotations, shiftAnnotations } from '../core/review';
import { isSidecarPath } from '../core/review/sidecarPath';
import type { ArticleDocument, ArticleHost, Disposable, DocumentChange, DocumentUri } from './documents';
import { isFileDocument, isUntitledDocument } from './documents';
import { refreshItems } from './refreshItems';
import { type ArticleEntry, type ArticleStateOf, newEntry } from './state';
import { traceMark } from '../trace/timingTrace';

/** Larger files (logs, data dumps opened as plain text) are not analysed: say so once. */
export const MAX_ARTICLE_CHARS = 5_000_000;

export interface TrackerTiming {
  /** If the analysis never answers for the latest text, show what we have rather than nothing. */
  staleFallbackMs: number;
  /** How long whenReady() and the review actions wait for the analysis of the current text. */
  readyTimeoutMs: number;
}

export const DEFAULT_TIMING: TrackerTiming = { staleFallbackMs: 3000, readyTimeoutMs: 10_000 };

/** What the tracker asks of the rest of the hub. */
export interface TrackerHooks<U extends DocumentUri> {
  /** (Re)reads the article's sidecar. */
  load(entry: ArticleEntry<U>): Promise<void>;
  /** Writes positions moved by edits, if any (after a save, after a change from disk). */
  persist(entry: ArticleEntry<U>): Promise<void>;
  /** The article's items changed, or it is no longer tracked. */
  changed(uri: U): void;
  /** An article started or stopped being tracked (the editor's context keys follow). */
  trackingChanged(): void;
}

export class DocumentTracker<U extends DocumentUri> implements Disposable {
  private readonly entries = new Map<string, ArticleEntry<U>>();
  private readonly tooLarge = new Set<string>();
  private readonly disposables: Disposable[] = [];

  constructor(
    private readonly host: ArticleHost<U>,
    private readonly analysis: AnalysisService,
    private readonly hooks: TrackerHooks<U>,
    private readonly timing: TrackerTiming = DEFAULT_TIMING,
  ) {
    const docs = host.documents;
    this.disposables.push(
      docs.onDidOpen((d) => this.track(d)),
      docs.onDidClose((d) => this.untrack(d.uri)),
      docs.onDidChange((c) => this.onEdit(c)),
      docs.onDidSave((d) => {
        const entry = this.entry(d.uri);
        if (entry) void hooks.persist(entry);
      }),
      docs.onDidScroll((d, visible) => {
        const entry = this.entry(d.uri);
        if (entry) analysis.setVisible(entry.docId, visible);
      }),
      host.settings.onDidChange((changed) => {
        if (changed.languages) this.retrackAll();
        if (changed.scoreThreshold) for (const entry of this.entries.values()) this.refresh(entry);
      }),
      analysis.onDidUpdate((u) => this.onAnalysis(u.docId, u.revision, u.analysis, u.complete)),
    );
  }

  /** Tracks the documents already open (once the rest of the hub is wired). */
  start(): void {
    for (const d of this.host.documents.all()) this.track(d);
  }

  /**
   * Whether ClaimLens works on this document: a file (local or of a registered file system, not a
   * sidecar) or an unsaved new buffer, in one of the configured languages.
   */
  isArticle(document: ArticleDocument<U>): boolean {
    if (isUntitledDocument(document)) return this.host.settings.languages(document.uri).includes(document.languageId);
    if (!isFileDocument(document, this.host)) return false;
    // The sidecar itself is JSON, never an article; guard anyway against odd language mappings.
    if (isSidecarPath(document.uri.fsPath)) return false;
    return this.host.settings.languages(document.uri).includes(document.languageId);
  }

  entry(uri: U): ArticleEntry<U> | undefined {
    return this.entries.get(uri.toString());
  }

  all(): IterableIterator<ArticleEntry<U>> {
    return this.entries.values();
  }

  get(uri: U): ArticleStateOf<U> | undefined {
    return this.entry(uri)?.state;
  }

  document(uri: U): ArticleDocument<U> | undefined {
    const key = uri.toString();
    return this.host.documents.all().find((d) => d.uri.toString() === key);
  }

  documentFor(uri: U): ArticleDocument<U> {
    const document = this.document(uri);
    if (!document) throw new Error(l10n.t('The article is not open.'));
    return document;
  }

  /** Closes and re-opens the article in the analysis and reloads its sidecar; resolves when current. */
  async reanalyze(uri: U): Promise<void> {
    const entry = this.entry(uri);
    if (!entry) throw new Error(l10n.t('This file is not a ClaimLens article.'));
    const document = this.documentFor(uri);
    this.analysis.close(entry.docId);
    entry.pending = true;
    entry.receivedRevision = 0;
    this.analysis.open(entry.docId, document.getText(), this.host.documents.visibleSpan(document));
    entry.loaded = this.hooks.load(entry);
    await entry.loaded;
    await this.whenCurrent(entry, document);
  }

  /** Resolves when the article's items reflect its current text (and the sidecar is loaded). */
  async whenReady(uri: U): Promise<ArticleStateOf<U> | undefined> {
    const entry = this.entry(uri);
    if (!entry) return undefined;
    await entry.loaded;
    await this.whenCurrent(entry, this.documentFor(uri));
    return entry.state;
  }

  whenCurrent(entry: ArticleEntry<U>, document: ArticleDocument<U>): Promise<void> {
    const fresh = () => entry.state !== undefined && entry.state.version === document.version && !entry.pending;
    if (fresh()) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timeout = setTimeout(done, this.timing.readyTimeoutMs);
      function done() { clearTimeout(timeout); resolve(); }
      entry.waiters.push(done);
    });
  }

  /** Finds each annotation in the current text; positions follow the anchors (orphans keep theirs). */
  reanchor(entry: ArticleEntry<U>): void {
    const document = this.document(entry.uri);
    if (!document) return;
    const text = document.getText();
    entry.anchors = anchorAnnotations(text, entry.annotations);
    const retargeted = retargetAnnotations(text, entry.annotations, entry.anchors);
    entry.annotations = retargeted.annotations;
    if (retargeted.changed.length > 0) entry.positionsDirty = true;
  }

  /** Rebuilds the items once the analysis matches the current text (or when forced by the fallback). */
  refresh(entry: ArticleEntry<U>, force = false): void {
    this.cancelRefresh(entry);
    const document = this.document(entry.uri);
    if (!document || !this.entries.has(entry.docId)) return;
    const current = !entry.pending;
    if (!current && !force) return;
    traceMark('host.refresh', force ? 'forced' : undefined);
    const text = document.getText();
    const { anchors, annotations, retargeted, items } = refreshItems({
      text, analysis: entry.analysis, annotations: entry.annotations, previousAnchors: entry.anchors,
      retryOrphans: entry.retryOrphans, threshold: this.host.settings.scoreThreshold(entry.uri),
    });
    entry.retryOrphans = false;
    entry.anchors = anchors;
    if (retargeted) {
      entry.annotations = annotations;
      entry.positionsDirty = true;
    }
    entry.state = {
      uri: entry.uri, version: document.version, analysis: entry.analysis, items,
      readOnlyReason: entry.readOnlyReason, complete: entry.complete && current,
    };
    if (current) for (const w of entry.waiters.splice(0)) w();
    traceMark('host.changed', items.length);
    this.hooks.changed(entry.uri);
    traceMark('host.changed.done');
  }

  dispose(): void {
    for (const entry of this.entries.values()) this.dropEntry(entry);
    this.entries.clear();
    for (const d of this.disposables) d.dispose();
  }

  // ── tracking ───────────────────────────────────────────────────────────────

  private track(document: ArticleDocument<U>): void {
    const key = document.uri.toString();
    if (this.entries.has(key) || !this.isArticle(document)) return;
    const text = document.getText();
    if (text.length > MAX_ARTICLE_CHARS) {
      this.reportTooLarge(document, text.length);
      return;
    }
    traceMark('host.track', text.length);
    const entry = newEntry(document.uri);
    this.entries.set(key, entry);
    this.analysis.open(entry.docId, text, this.host.documents.visibleSpan(document));
    entry.loaded = this.hooks.load(entry);
    this.armStaleFallback(entry);
    this.hooks.trackingChanged();
  }

  private reportTooLarge(document: ArticleDocument<U>, size: number): void {
    const key = document.uri.toString();
    if (this.tooLarge.has(key)) return;
    this.tooLarge.add(key);
    this.host.report(l10n.t('{0} is too large to analyse ({1} million characters; the limit is {2} million).', path.basename(document.uri.fsPath), (size / 1e6).toFixed(1), MAX_ARTICLE_CHARS / 1e6));
  }

  private untrack(uri: U): void {
    const entry = this.entry(uri);
    if (!entry) return;
    this.dropEntry(entry);
    this.entries.delete(entry.docId);
    this.hooks.changed(uri);
    this.hooks.trackingChanged();
  }

  private dropEntry(entry: ArticleEntry<U>): void {
    this.cancelRefresh(entry);
    clearTimeout(entry.staleTimer);
    this.analysis.close(entry.docId);
    for (const w of entry.waiters.splice(0)) w();
  }

  private retrackAll(): void {
    const open = this.host.documents.all();
    for (const entry of [...this.entries.values()]) {
      const doc = open.find((d) => d.uri.toString() === entry.docId);
      if (!doc || !this.isArticle(doc)) this.untrack(entry.uri);
    }
    for (const d of open) this.track(d);
  }

  // ── edits and analysis updates ─────────────────────────────────────────────

  private onEdit(change: DocumentChange<U>): void {
    const entry = this.entry(change.document.uri);
    if (!entry || change.edits.length === 0) return;
    traceMark('host.edit', change.document.version);
    // The edits all refer to the text before the change; the analysis service applies them one
    // after another, so send them by descending offset: each leaves the offsets of the next intact.
    const edits = [...change.edits].sort((a, b) => b.start - a.start);
    const text = change.document.getText();
    // A change that leaves the document clean and was not an undo/redo came from disk (git
    // checkout, another tool, revert): re-anchor by the quote selectors instead of shifting.
    const fromDisk = !change.document.isDirty && change.reason === undefined;
    // An undo may bring back the text of an orphaned review.
    if (change.reason !== undefined) entry.retryOrphans = true;
    if (!fromDisk) {
      // Current orphans stay where they are: they have no text to follow.
      const orphans = new Set(entry.anchors.filter((a) => a.range === null).map((a) => a.annotationId));
      const shifted = shiftAnnotations(entry.annotations, edits, text, orphans);
      entry.annotations = shifted.annotations;
      if (shifted.changed.length > 0) entry.positionsDirty = true;
    }
    entry.pending = true;
    this.analysis.update(entry.docId, edits, this.host.documents.visibleSpan(change.document));
    if (fromDisk) {
      this.reanchor(entry);
      void this.hooks.persist(entry);
    }
    // A rebuild still due was for the text before this edit: the next answer brings its own.
    this.cancelRefresh(entry);
    this.armStaleFallback(entry);
  }

  private onAnalysis(docId: string, revision: number, analysis: Analysis, complete: boolean): void {
    const entry = this.entries.get(docId);
    if (!entry || revision < entry.receivedRevision) return;
    entry.receivedRevision = revision;
    entry.analysis = analysis;
    entry.complete = complete;
    entry.pending = false;
    clearTimeout(entry.staleTimer);
    this.scheduleRefresh(entry);
  }

  private armStaleFallback(entry: ArticleEntry<U>): void {
    clearTimeout(entry.staleTimer);
    entry.staleTimer = setTimeout(() => this.refresh(entry, true), this.timing.staleFallbackMs);
  }

  /**
   * Right after the messages already received (setImmediate, not a timer's 1 ms and later): the
   * worker's answers that arrive together (its first screen and the whole text) make one rebuild.
   * Cancelled by counting, not clearImmediate, which the web build's setImmediate (a MessageChannel
   * turn, src/worker/nodeGlobals.ts) does not have.
   */
  private scheduleRefresh(entry: ArticleEntry<U>): void {
    const due = this.cancelRefresh(entry);
    setImmediate(() => {
      if (entry.refreshDue === due) this.refresh(entry);
    });
  }

  /** Makes any rebuild scheduled so far stale; returns the number a new one is scheduled under. */
  private cancelRefresh(entry: ArticleEntry<U>): number {
    entry.refreshDue = (entry.refreshDue ?? 0) + 1;
    return entry.refreshDue;
  }
}
