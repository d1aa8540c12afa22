/**
 * The editor-side hub (contract: ./contracts.ts). Per open article it keeps the latest analysis
 * (from the AnalysisService, i.e. the worker thread), the sidecar annotations (from the review
 * store) moved along with every edit, and the joined ReviewItems. Every review action is saved
 * through the store at once; nothing lives only in memory except positions shifted by unsaved
 * edits, which are written when the article is saved.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis, Span } from '../core/types';
import type { AnalysisService, TextEdit } from '../core/incremental/service';
import type { Annotation, AnchorResult, ReviewChange, ReviewItem, Sidecar } from '../core/review/types';
import type { LoadResult } from '../core/review/reviewStore';
import {
  anchorAnnotations, applyChange, createAnnotation, defaultReviewer, retargetAnnotations,
  isSidecarPath, ReviewStore, serializeSidecar, shiftAnnotations, sidecarPathFor,
} from '../core/review';
import type { ArticleService, ArticleState } from './contracts';
import { readSettings } from './config';
import { refreshItems } from './refreshItems';
import { unwritableReason } from './writable';
import { watchSidecars } from './sidecarWatcher';

const EMPTY_ANALYSIS: Analysis = { sentences: [], claims: [], quotes: [] };
/** Coalesces re-anchoring while the user types; decorations move with the text meanwhile. */
const EDIT_REFRESH_MS = 120;
/** Larger files (logs, data dumps opened as plain text) are not analysed: say so once. */
export const MAX_ARTICLE_CHARS = 5_000_000;
/** If the analysis never answers for the latest text, show what we have rather than nothing. */
const STALE_FALLBACK_MS = 3000;

interface Entry {
  uri: vscode.Uri;
  docId: string;
  articlePath: string;
  sidecarPath: string;
  /** Annotations with positions in the *current* document text. */
  annotations: Annotation[];
  anchors: AnchorResult[];
  /** An open/update was sent and no analysis for it has arrived yet. The worker service only
   *  emits updates for a document's current revision, so any update clears this. */
  pending: boolean;
  receivedRevision: number;
  analysis: Analysis;
  complete: boolean;
  state?: ArticleState;
  readOnlyReason?: string;
  /** Positions moved by edits since the sidecar was last written. */
  positionsDirty: boolean;
  /** Orphans are searched for again on the next refresh (after an undo/redo; fuzzy search is costly). */
  retryOrphans: boolean;
  loaded: Promise<void>;
  timer?: ReturnType<typeof setTimeout>;
  staleTimer?: ReturnType<typeof setTimeout>;
  /** Serialized sidecar we last wrote, so our own write is not mistaken for an external change. */
  lastWritten?: string;
  waiters: Array<() => void>;
}

export interface ArticleServiceOptions {
  /** Reports a problem to the user (default: a warning notification with an "Open Sidecar" action). */
  report?: (message: string, sidecarPath?: string) => void;
}

export class ArticleServiceImpl implements ArticleService {
  private readonly entries = new Map<string, Entry>();
  private readonly tooLarge = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChangeArticle = this.emitter.event;

  constructor(
    private readonly analysisService: AnalysisService,
    private readonly store: ReviewStore,
    private readonly options: ArticleServiceOptions = {},
  ) {
    const ws = vscode.workspace;
    this.disposables.push(
      this.emitter,
      ws.onDidOpenTextDocument((d) => this.track(d)),
      ws.onDidCloseTextDocument((d) => this.untrack(d.uri)),
      ws.onDidChangeTextDocument((e) => this.onEdit(e)),
      ws.onDidSaveTextDocument((d) => void this.persistPositions(d.uri)),
      ws.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens.languages')) this.retrackAll();
        if (e.affectsConfiguration('claimlens.scoreThreshold')) for (const entry of this.entries.values()) this.refresh(entry);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContextKeys()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor)),
      watchSidecars((sidecarPath) => void this.onSidecarChanged(sidecarPath)),
      this.analysisService.onDidUpdate((u) => this.onAnalysis(u.docId, u.revision, u.analysis, u.complete)),
    );
    for (const d of ws.textDocuments) this.track(d);
    this.updateContextKeys();
  }

  // ── contract ────────────────────────────────────────────────────────────────

  isArticle(document: vscode.TextDocument): boolean {
    if (document.uri.scheme !== 'file') return false;
    // The sidecar itself is JSON, never an article; guard anyway against odd language mappings.
    if (isSidecarPath(document.uri.fsPath)) return false;
    return readSettings(document.uri).languages.includes(document.languageId);
  }

  get(uri: vscode.Uri): ArticleState | undefined {
    return this.entries.get(uri.toString())?.state;
  }

  active(): ArticleState | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor ? this.get(editor.document.uri) : undefined;
  }

  itemsAt(uri: vscode.Uri, start: number, end: number): ReviewItem[] {
    const items = this.get(uri)?.items ?? [];
    return items.filter((i) => i.range && (start === end
      ? i.range.start <= start && start <= i.range.end
      : i.range.start < end && start < i.range.end));
  }

  async review(uri: vscode.Uri, keys: string[], change: ReviewChange): Promise<void> {
    const entry = await this.writableEntry(uri);
    const document = this.documentFor(uri);
    await this.whenCurrent(entry, document);
    const state = entry.state;
    if (!state) throw new Error('ClaimLens has not analysed this article yet.');
    const text = document.getText();
    const by = this.reviewer(uri);
    const now = new Date().toISOString();
    const changed: Annotation[] = [];
    for (const key of keys) {
      const item = state.items.find((i) => i.key === key);
      if (!item) throw new Error(`No claim or quote with key ${key} in ${path.basename(entry.articlePath)}.`);
      let annotation = item.annotation;
      if (!annotation) {
        if (!item.range) throw new Error('This item has no position in the text.');
        // Never attach a review to text that moved under a stale analysis.
        if (text.slice(item.range.start, item.range.end) !== item.text) {
          throw new Error('The article changed while it was being analysed; please try again.');
        }
        annotation = createAnnotation({
          kind: item.kind, text, start: item.range.start, end: item.range.end, origin: 'detected', by, now,
        });
      }
      changed.push(applyChange(annotation, change, by, now));
    }
    await this.save(entry, changed);
  }

  async addClaim(uri: vscode.Uri, start: number, end: number): Promise<string> {
    const entry = await this.writableEntry(uri);
    const text = this.documentFor(uri).getText();
    const span = trimSpan(text, start, end);
    if (span.end <= span.start) throw new Error('Select the text of the claim first.');
    const annotation = createAnnotation({
      kind: 'claim', text, start: span.start, end: span.end, origin: 'manual', by: this.reviewer(uri), now: new Date().toISOString(),
    });
    await this.save(entry, [annotation]);
    return annotation.id;
  }

  async reattach(uri: vscode.Uri, key: string, start: number, end: number): Promise<void> {
    const entry = await this.writableEntry(uri);
    const annotation = entry.annotations.find((a) => a.id === key);
    if (!annotation) throw new Error(`No saved review with key ${key}.`);
    const text = this.documentFor(uri).getText();
    const span = trimSpan(text, start, end);
    if (span.end <= span.start) throw new Error('Select the text to attach the review to.');
    const by = this.reviewer(uri);
    const now = new Date().toISOString();
    // createAnnotation builds the W3C selectors for the new range; keep everything else.
    const fresh = createAnnotation({ kind: annotation.kind, text, start: span.start, end: span.end, origin: annotation.origin, by, now });
    // The reviewer chose this text: any "changed since review" flag no longer applies.
    const reattached: Annotation = { ...annotation, target: fresh.target, updated: { by, at: now } };
    delete reattached.changedSinceReview;
    await this.save(entry, [reattached]);
  }

  async reanalyze(uri: vscode.Uri): Promise<void> {
    const entry = this.entries.get(uri.toString());
    if (!entry) throw new Error('This file is not a ClaimLens article.');
    const document = this.documentFor(uri);
    this.analysisService.close(entry.docId);
    entry.pending = true;
    entry.receivedRevision = 0;
    this.analysisService.open(entry.docId, document.getText(), this.visibleSpan(document));
    entry.loaded = this.load(entry);
    await entry.loaded;
    await this.whenCurrent(entry, document);
  }

  dispose(): void {
    for (const entry of this.entries.values()) this.dropEntry(entry);
    this.entries.clear();
    for (const d of this.disposables) d.dispose();
  }

  // ── extras used by the editor features and the tests ───────────────────────

  /** Resolves when the article's items reflect its current text (and the sidecar is loaded). */
  async whenReady(uri: vscode.Uri): Promise<ArticleState | undefined> {
    const entry = this.entries.get(uri.toString());
    if (!entry) return undefined;
    await entry.loaded;
    await this.whenCurrent(entry, this.documentFor(uri));
    return entry.state;
  }

  sidecarPath(uri: vscode.Uri): string | undefined {
    return this.entries.get(uri.toString())?.sidecarPath;
  }

  // ── tracking ───────────────────────────────────────────────────────────────

  private track(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.entries.has(key) || !this.isArticle(document)) return;
    const size = document.getText().length;
    if (size > MAX_ARTICLE_CHARS) {
      if (!this.tooLarge.has(key)) {
        this.tooLarge.add(key);
        this.report(`${path.basename(document.uri.fsPath)} is too large to analyse (${(size / 1e6).toFixed(1)} million characters; the limit is ${MAX_ARTICLE_CHARS / 1e6} million).`);
      }
      return;
    }
    const articlePath = document.uri.fsPath;
    const entry: Entry = {
      uri: document.uri,
      docId: key,
      articlePath,
      sidecarPath: sidecarPathFor(articlePath),
      annotations: [],
      anchors: [],
      pending: true,
      receivedRevision: 0,
      analysis: EMPTY_ANALYSIS,
      complete: false,
      positionsDirty: false,
      retryOrphans: false,
      loaded: Promise.resolve(),
      waiters: [],
    };
    this.entries.set(key, entry);
    this.analysisService.open(entry.docId, document.getText(), this.visibleSpan(document));
    entry.loaded = this.load(entry);
    this.armStaleFallback(entry);
    this.updateContextKeys();
  }

  private untrack(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (!entry) return;
    this.dropEntry(entry);
    this.entries.delete(uri.toString());
    this.emitter.fire(uri);
    this.updateContextKeys();
  }

  private dropEntry(entry: Entry): void {
    clearTimeout(entry.timer);
    clearTimeout(entry.staleTimer);
    this.analysisService.close(entry.docId);
    for (const w of entry.waiters.splice(0)) w();
  }

  private retrackAll(): void {
    for (const entry of [...this.entries.values()]) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.docId);
      if (!doc || !this.isArticle(doc)) this.untrack(entry.uri);
    }
    for (const d of vscode.workspace.textDocuments) this.track(d);
  }

  /** (Re)reads the sidecar; reports malformed / newer / unreadable files and read-only folders once. */
  private async load(entry: Entry): Promise<void> {
    let result: LoadResult;
    try {
      result = await this.store.load(entry.articlePath);
    } catch (e) {
      result = { state: 'unreadable', sidecar: { version: 1, annotations: [] }, message: errorMessage(e), sidecarPath: entry.sidecarPath };
    }
    const previousReason = entry.readOnlyReason;
    entry.readOnlyReason = undefined;
    if (result.state === 'ok' || result.state === 'missing') {
      entry.annotations = result.sidecar.annotations;
      entry.readOnlyReason = unwritableReason(entry.sidecarPath);
    } else {
      // Malformed or newer: show what can be shown, never overwrite the file.
      entry.annotations = result.sidecar.annotations;
      entry.readOnlyReason = result.message || `The review file ${path.basename(entry.sidecarPath)} cannot be used.`;
    }
    if (entry.readOnlyReason && entry.readOnlyReason !== previousReason) {
      const showOpen = result.state !== 'ok' && result.state !== 'missing';
      this.report(entry.readOnlyReason, showOpen ? entry.sidecarPath : undefined);
    }
    this.reanchor(entry);
    this.refresh(entry);
    this.updateContextKeys();
  }

  private report(message: string, sidecarPath?: string): void {
    if (this.options.report) return this.options.report(message, sidecarPath);
    const actions = sidecarPath ? ['Open Sidecar'] : [];
    void vscode.window.showWarningMessage(`ClaimLens: ${message}`, ...actions).then((choice) => {
      if (choice === 'Open Sidecar' && sidecarPath) void vscode.window.showTextDocument(vscode.Uri.file(sidecarPath));
    });
  }

  // ── edits, analysis updates, scrolling ─────────────────────────────────────

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry || e.contentChanges.length === 0) return;
    // VS Code reports changes against the text before the whole event, sorted last-to-first
    // in practice; the service contract applies edits sequentially, so send them in order of
    // descending offset, where each one leaves the offsets of the next unaffected.
    const edits: TextEdit[] = [...e.contentChanges]
      .sort((a, b) => b.rangeOffset - a.rangeOffset)
      .map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const text = e.document.getText();
    // A change that leaves the document clean and was not an undo/redo came from disk (git
    // checkout, another tool, revert): re-anchor by the quote selectors instead of shifting.
    const fromDisk = !e.document.isDirty && e.reason === undefined;
    // An undo may bring back the text of an orphaned review.
    if (e.reason !== undefined) entry.retryOrphans = true;
    if (!fromDisk) {
      // Current orphans stay where they are: they have no text to follow.
      const orphans = new Set(entry.anchors.filter((a) => a.range === null).map((a) => a.annotationId));
      const shifted = shiftAnnotations(entry.annotations, edits, text, orphans);
      entry.annotations = shifted.annotations;
      if (shifted.changed.length > 0) entry.positionsDirty = true;
    }
    entry.pending = true;
    this.analysisService.update(entry.docId, edits, this.visibleSpan(e.document));
    if (fromDisk) {
      this.reanchor(entry);
      void this.persistPositions(entry.uri);
    }
    this.schedule(entry, EDIT_REFRESH_MS);
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
    this.schedule(entry, 0);
  }

  private onScroll(editor: vscode.TextEditor): void {
    const entry = this.entries.get(editor.document.uri.toString());
    const visible = entry && this.visibleSpan(editor.document, editor);
    if (entry && visible) this.analysisService.setVisible(entry.docId, visible);
  }

  private armStaleFallback(entry: Entry): void {
    clearTimeout(entry.staleTimer);
    entry.staleTimer = setTimeout(() => this.refresh(entry, true), STALE_FALLBACK_MS);
  }

  private schedule(entry: Entry, ms: number): void {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.refresh(entry), ms);
  }

  /** Finds each annotation in the current text; positions follow the anchors (orphans keep theirs). */
  private reanchor(entry: Entry): void {
    const document = this.maybeDocument(entry.uri);
    if (!document) return;
    const text = document.getText();
    entry.anchors = anchorAnnotations(text, entry.annotations);
    const retargeted = retargetAnnotations(text, entry.annotations, entry.anchors);
    entry.annotations = retargeted.annotations;
    if (retargeted.changed.length > 0) entry.positionsDirty = true;
  }

  /** Rebuilds the items once the analysis matches the current text (or when forced by the fallback). */
  private refresh(entry: Entry, force = false): void {
    clearTimeout(entry.timer);
    const document = this.maybeDocument(entry.uri);
    if (!document || !this.entries.has(entry.docId)) return;
    const current = !entry.pending;
    if (!current && !force) return;
    const text = document.getText();
    const threshold = readSettings(entry.uri).scoreThreshold;
    const { anchors, annotations, retargeted, items } = refreshItems({
      text, analysis: entry.analysis, annotations: entry.annotations, previousAnchors: entry.anchors, retryOrphans: entry.retryOrphans, threshold,
    });
    entry.retryOrphans = false;
    entry.anchors = anchors;
    if (retargeted) {
      entry.annotations = annotations;
      entry.positionsDirty = true;
    }
    entry.state = {
      uri: entry.uri,
      version: document.version,
      analysis: entry.analysis,
      items,
      readOnlyReason: entry.readOnlyReason,
      complete: entry.complete && current,
    };
    if (current) for (const w of entry.waiters.splice(0)) w();
    this.emitter.fire(entry.uri);
  }

  private whenCurrent(entry: Entry, document: vscode.TextDocument): Promise<void> {
    const fresh = () => entry.state !== undefined && entry.state.version === document.version && !entry.pending;
    if (fresh()) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timeout = setTimeout(done, 10_000);
      function done() { clearTimeout(timeout); resolve(); }
      entry.waiters.push(done);
    });
  }

  // ── saving ────────────────────────────────────────────────────────────────

  /** Writes changed annotations (and the current positions of all others) through the store. */
  private async save(entry: Entry, changed: Annotation[]): Promise<void> {
    const changedIds = new Set(changed.map((a) => a.id));
    const livePositions = new Map(entry.annotations.map((a) => [a.id, a.target]));
    let written: Sidecar;
    try {
      written = await this.store.update(entry.articlePath, (onDisk) => [
        ...onDisk
          .filter((a) => !changedIds.has(a.id))
          .map((a) => (livePositions.has(a.id) ? { ...a, target: livePositions.get(a.id)! } : a)),
        ...changed,
      ]);
    } catch (e) {
      throw new Error(`Could not save the review: ${errorMessage(e)}`, { cause: e });
    }
    entry.lastWritten = serializeSidecar(written);
    entry.positionsDirty = false;
    // Annotations another window added meanwhile arrive with their saved positions: re-anchor.
    entry.annotations = written.annotations;
    this.reanchor(entry);
    this.refresh(entry, true);
  }

  private async persistPositions(uri: vscode.Uri): Promise<void> {
    const entry = this.entries.get(uri.toString());
    if (!entry || !entry.positionsDirty || entry.readOnlyReason) return;
    try {
      await this.save(entry, []);
    } catch (e) {
      this.report(errorMessage(e));
    }
  }

  private async onSidecarChanged(sidecarPath: string): Promise<void> {
    for (const entry of this.entries.values()) {
      if (path.resolve(entry.sidecarPath) !== path.resolve(sidecarPath)) continue;
      if (entry.lastWritten !== undefined && (await readOrUndefined(sidecarPath)) === entry.lastWritten) continue;
      entry.loaded = this.load(entry);
      await entry.loaded;
    }
  }

  // ── helpers ───────────────────────────────────────────────────────────────

  private async writableEntry(uri: vscode.Uri): Promise<Entry> {
    const entry = this.entries.get(uri.toString());
    if (!entry) throw new Error('This file is not a ClaimLens article (see the claimlens.languages setting).');
    await entry.loaded;
    if (entry.readOnlyReason) throw new Error(entry.readOnlyReason);
    return entry;
  }

  private reviewer(uri: vscode.Uri): string {
    return readSettings(uri).reviewerName || defaultReviewer();
  }

  private maybeDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  private documentFor(uri: vscode.Uri): vscode.TextDocument {
    const document = this.maybeDocument(uri);
    if (!document) throw new Error('The article is not open.');
    return document;
  }

  private visibleSpan(document: vscode.TextDocument, editor?: vscode.TextEditor): Span | undefined {
    const ed = editor ?? vscode.window.visibleTextEditors.find((e) => e.document === document);
    const range = ed?.visibleRanges[0];
    if (!range) return undefined;
    return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
  }

  private updateContextKeys(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const entry = doc ? this.entries.get(doc.uri.toString()) : undefined;
    void vscode.commands.executeCommand('setContext', 'claimlens.hasArticle', entry !== undefined);
    void vscode.commands.executeCommand('setContext', 'claimlens.canReview', entry !== undefined && !entry.readOnlyReason);
  }
}

export function createArticleService(
  context: vscode.ExtensionContext, analysis: AnalysisService, store: ReviewStore, options?: ArticleServiceOptions,
): ArticleServiceImpl {
  const service = new ArticleServiceImpl(analysis, store, options);
  context.subscriptions.push(service);
  return service;
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function readOrUndefined(file: string): Promise<string | undefined> {
  try {
    return await (await import('node:fs/promises')).readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
