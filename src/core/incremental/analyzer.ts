/**
 * In-thread incremental analysis (used by the analysis worker, the benchmark and unit tests).
 *
 * Per document it keeps the text and its paragraphs; an edit re-splits only the region around it
 * (paragraphIndex.ts), and a long document is split lazily (lazySplit.ts). Paragraph analyses (all
 * the compromise work) are cached by content, so unchanged paragraphs are never analysed twice. Work runs in small time slices that yield to the
 * event loop (setImmediate): the worker keeps reading messages, and a new edit simply re-plans the
 * remaining work, so stale work is never finished. Visible paragraphs go first and produce a
 * partial update (complete: false); the rest follows, then the cheap cross-paragraph link gives
 * the complete update.
 */
import type { ParagraphAnalysis, ParagraphError } from '../paragraph/types';
import { AnalysisStepError } from '../paragraph/stepErrors';
import type { AnalysisService, AnalysisUpdate, Disposable, TextEdit } from './service';
import type { Analysis, Span } from '../types';
import { ParagraphCache, DEFAULT_CACHE_LIMITS } from './paragraphCache';
import { applyEditToParagraphs, splitAll, type Paragraph } from './paragraphIndex';
import { defaultEngine, type AnalysisEngine, type IncrementalLinker, type IncrementalOptions, type PatchHint } from './engine';
import { splitAround, splitRest, splitThrough } from './lazySplit';

export type { AnalysisEngine, IncrementalLinker, IncrementalOptions, ParagraphAssistant, PatchHint } from './engine';

interface DocState<R> {
  id: string;
  text: string;
  /** Paragraphs of text[0, splitEnd); the rest is split after the visible range's update. */
  paragraphs: Paragraph<R>[];
  splitEnd: number;
  revision: number;
  visible?: Span;
  /** Paragraphs still to analyse, visible ones first; rebuilt on every change. */
  queue: Paragraph<R>[];
  next: number;
  /** Index in `queue` after which all visible paragraphs are done (0 = none queued). */
  priorityEnd: number;
  /** Paragraphs of this document the assistant is analysing: the document waits for them. */
  awaiting: number;
  /** A partial update is owed once the visible paragraphs are done. */
  partialDue: boolean;
  scheduled: boolean;
  closed: boolean;
  analysis?: Analysis;
  /** Revision of the last emitted update, and whether it was complete. */
  emittedRevision: number;
  emittedComplete: boolean;
  /** An update went out since the document was opened (its first paint is done). */
  painted: boolean;
  lastEmitAt: number;
  /** Duration of the last link step, to keep progress updates a small share of the work. */
  lastLinkMs: number;
  linker?: IncrementalLinker<R>;
  hint?: PatchHint;
}

const now = (): number => performance.now();

export class IncrementalAnalyzer<R = ParagraphAnalysis> implements AnalysisService {
  private readonly engine: AnalysisEngine<R>;
  private readonly cache: ParagraphCache<R>;
  private readonly docs = new Map<string, DocState<R>>();
  private readonly listeners = new Set<(update: AnalysisUpdate) => void>();
  private readonly sliceMs: number;
  private readonly progressMs: number;
  private readonly defaultVisibleChars: number;
  /** Number of paragraphs handed to the engine (cache misses), for tests and the benchmark. */
  analyzedParagraphs = 0;
  /** Number of paragraphs handed to the assistant. */
  assistedParagraphs = 0;
  /** Texts of paragraphs the assistant is analysing. */
  private readonly inFlight = new Set<string>();
  private disposed = false;
  private readonly split = (text: string): Span[] => this.engine.splitParagraphs(text);
  private readonly lazySplitChars: number;

  constructor(private readonly options: IncrementalOptions<R> = {}) {
    this.engine = options.engine ?? (defaultEngine as unknown as AnalysisEngine<R>);
    this.cache = new ParagraphCache<R>({ ...DEFAULT_CACHE_LIMITS, ...options.cache });
    this.sliceMs = options.sliceMs ?? 8;
    this.progressMs = options.progressMs ?? 1000;
    this.defaultVisibleChars = options.defaultVisibleChars ?? 4000;
    this.lazySplitChars = options.lazySplitChars ?? 64_000;
  }

  /** Whether some open document's latest revision has not had its complete update yet. */
  get busy(): boolean {
    for (const doc of this.docs.values()) if (!(doc.emittedComplete && doc.emittedRevision === doc.revision)) return true;
    return false;
  }

  get cacheSize(): number {
    return this.cache.size;
  }

  /** `revision` lets a proxy (the worker) keep its own numbering; by default open starts at 1. */
  open(docId: string, text: string, visible?: Span, revision = 1): void {
    const doc: DocState<R> = {
      id: docId,
      text,
      ...splitAround<R>(text, visible ?? { start: 0, end: this.defaultVisibleChars }, this.split, this.lazySplitChars),
      revision,
      visible,
      queue: [],
      next: 0,
      priorityEnd: 0,
      awaiting: 0,
      partialDue: false,
      scheduled: false,
      closed: false,
      emittedRevision: -Infinity,
      emittedComplete: false,
      painted: false,
      lastEmitAt: now(),
      lastLinkMs: 0,
    };
    const old = this.docs.get(docId);
    if (old) old.closed = true;
    this.docs.set(docId, doc);
    this.plan(doc);
  }

  /** Throws a RangeError (and changes nothing) when an edit does not fit the text. */
  update(docId: string, edits: TextEdit[], visible?: Span, revision?: number): void {
    const doc = this.doc(docId);
    splitRest(doc, this.split);
    let text = doc.text;
    let paragraphs = doc.paragraphs;
    try {
      for (const edit of edits) {
        const r = applyEditToParagraphs(text, paragraphs, edit, this.split);
        text = r.text;
        paragraphs = r.paragraphs;
      }
    } catch (error) {
      // A bad edit is rejected before anything moves, but earlier edits of the same batch have
      // already shifted shared paragraph objects: rebuild the old state (results come back from the cache).
      if (edits.length > 1) {
        doc.paragraphs = splitAll<R>(doc.text, this.split).map((p) => this.withCached(p));
        this.plan(doc);
      }
      throw error;
    }
    doc.text = text;
    doc.paragraphs = paragraphs;
    doc.splitEnd = text.length;
    doc.revision = revision ?? doc.revision + 1;
    if (visible) doc.visible = visible;
    this.plan(doc);
  }

  setVisible(docId: string, visible: Span): void {
    const doc = this.doc(docId);
    splitThrough(doc, visible.end, this.split, this.lazySplitChars);
    doc.visible = visible;
    this.plan(doc);
  }

  onDidUpdate(listener: (update: AnalysisUpdate) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get(docId: string): Analysis | undefined {
    return this.docs.get(docId)?.analysis;
  }

  /** How the latest analysis relates to the one before it (undefined when unknown). */
  patchHint(docId: string): PatchHint | undefined {
    return this.docs.get(docId)?.hint;
  }

  /** The document's current text (what the latest revision's offsets refer to). */
  text(docId: string): string | undefined {
    return this.docs.get(docId)?.text;
  }

  revision(docId: string): number | undefined {
    return this.docs.get(docId)?.revision;
  }

  /** Resolves with the complete update of the document's current revision. */
  whenComplete(docId: string): Promise<AnalysisUpdate> {
    const doc = this.doc(docId);
    if (doc.emittedComplete && doc.emittedRevision === doc.revision && doc.analysis) {
      return Promise.resolve({ docId, revision: doc.revision, analysis: doc.analysis, complete: true });
    }
    return new Promise((resolve, reject) => {
      const sub = this.onDidUpdate((u) => {
        const current = this.docs.get(docId);
        if (current !== doc) {
          sub.dispose();
          reject(new Error(`document ${docId} was closed or re-opened`));
        } else if (u.docId === docId && u.complete && u.revision === doc.revision) {
          sub.dispose();
          resolve(u);
        }
      });
    });
  }

  close(docId: string): void {
    const doc = this.docs.get(docId);
    if (!doc) return;
    doc.closed = true;
    doc.queue = [];
    this.docs.delete(docId);
  }

  dispose(): void {
    this.disposed = true;
    for (const id of [...this.docs.keys()]) this.close(id);
    this.listeners.clear();
    this.cache.clear();
  }

  private doc(docId: string): DocState<R> {
    const doc = this.docs.get(docId);
    if (!doc) throw new Error(`document ${docId} is not open`);
    return doc;
  }

  private withCached(p: Paragraph<R>): Paragraph<R> {
    if (p.result === undefined) p.result = this.cache.get(p.text);
    return p;
  }

  /** Rebuilds the work queue for the current state: cached paragraphs are filled in at once. */
  private plan(doc: DocState<R>): void {
    const visible = doc.visible ?? { start: 0, end: this.defaultVisibleChars };
    const first: Paragraph<R>[] = [];
    const rest: Paragraph<R>[] = [];
    doc.awaiting = 0;
    for (const p of doc.paragraphs) {
      if (p.result !== undefined || p.failed) continue;
      if (this.withCached(p).result !== undefined) continue;
      if (this.inFlight.has(p.text)) doc.awaiting++;
      else (p.end >= visible.start && p.start <= visible.end ? first : rest).push(p);
    }
    if (first.length > 0 || doc.awaiting > 0) doc.partialDue = true;
    const local = this.assist(first);
    doc.awaiting += first.length - local.length;
    doc.queue = local.concat(rest);
    doc.next = 0;
    doc.priorityEnd = local.length;
    this.schedule(doc);
  }

  /**
   * Hands the later half (by characters) of many visible paragraphs to the assistant and returns
   * the ones to analyse here. Its results land in the cache; the documents are then re-planned.
   */
  private assist(visible: Paragraph<R>[]): Paragraph<R>[] {
    const assistant = this.options.assistant;
    if (!assistant || visible.length < 2) return visible;
    const total = visible.reduce((n, p) => n + p.text.length, 0);
    if (total < (this.options.assistMinChars ?? 2000)) return visible;
    let split = visible.length - 1;
    for (let chars = visible[split].text.length; split > 1 && chars + visible[split - 1].text.length <= total / 2; ) chars += visible[--split].text.length;
    const texts = [...new Set(visible.slice(split).map((p) => p.text))];
    for (const t of texts) this.inFlight.add(t);
    this.assistedParagraphs += texts.length;
    const settle = (results: readonly (R | undefined)[]): void => {
      if (this.disposed) return;
      texts.forEach((t, i) => {
        this.inFlight.delete(t);
        if (results[i] !== undefined) this.cache.set(t, results[i] as R);
      });
      this.reportAssisted(texts, results);
      // Paragraphs without a result (the assistant failed) are queued here again by the re-plan.
      for (const doc of this.docs.values()) if (doc.awaiting > 0) this.plan(doc);
    };
    assistant.analyze(texts).then(settle, () => settle([]));
    return visible.slice(0, split);
  }

  /** A paragraph result whose steps failed (ParagraphAnalysis.errors) is reported, once, as the engine's exceptions are. */
  private reportFailedSteps(docId: string, start: number, result: R): void {
    const errors = (result as { errors?: ParagraphError[] } | null)?.errors;
    if (!errors) return;
    for (const e of errors) this.options.onError?.(new AnalysisStepError({ offset: start, ...e }), docId);
  }

  /** The same for the assistant's results, placed at the paragraphs waiting for them. */
  private reportAssisted(texts: string[], results: readonly (R | undefined)[]): void {
    texts.forEach((t, i) => {
      const r = results[i];
      if (r === undefined || !(r as { errors?: unknown } | null)?.errors) return;
      for (const doc of this.docs.values()) {
        const p = doc.paragraphs.find((q) => q.text === t && q.result === undefined);
        if (p) this.reportFailedSteps(doc.id, p.start, r);
      }
    });
  }

  private schedule(doc: DocState<R>): void {
    if (doc.scheduled || doc.closed) return;
    doc.scheduled = true;
    setImmediate(() => {
      doc.scheduled = false;
      if (!doc.closed) this.work(doc);
    });
  }

  /** One time slice of work; re-schedules itself until the complete update is out. */
  private work(doc: DocState<R>): void {
    const sliceStart = now();
    let worked = false;
    for (;;) {
      if (doc.next >= doc.priorityEnd) {
        // Visible paragraphs done here: wait for the assistant's share (its answer re-plans), then the partial update.
        if (doc.awaiting > 0) return;
        if (doc.partialDue) {
          doc.partialDue = false;
          if (doc.next < doc.queue.length || doc.splitEnd < doc.text.length) this.emit(doc, false);
        }
      }
      if (doc.next >= doc.queue.length) {
        if (doc.splitEnd >= doc.text.length) break;
        splitRest(doc, this.split);
        this.plan(doc);
        return;
      }
      if (worked && now() - sliceStart >= this.sliceMs) {
        // First paint of a newly opened document: the claims of the visible paragraphs done so far, rather than none
        // until all are (tried after each slice until one has a claim). A claim is a sentence scored within its
        // paragraph, so these stay as painted; quotes wait for the visible range's update, as a speaker may be named
        // in a paragraph not yet analysed.
        if (!doc.painted && doc.next < doc.priorityEnd && this.options.firstPaint !== false) this.emit(doc, false, true);
        this.schedule(doc);
        return;
      }
      worked = true;
      const p = doc.queue[doc.next++];
      if (p.result === undefined && !p.failed) this.analyse(doc, p);
      // Progress updates re-link the whole document: space them so linking stays under ~5% of the work.
      const progressDue = now() - doc.lastEmitAt >= Math.max(this.progressMs, 20 * doc.lastLinkMs);
      if (doc.next < doc.queue.length && doc.next > doc.priorityEnd && progressDue) this.emit(doc, false);
    }
    if (!(doc.emittedComplete && doc.emittedRevision === doc.revision)) this.emit(doc, true);
  }

  private analyse(doc: DocState<R>, p: Paragraph<R>): void {
    const cached = this.cache.get(p.text);
    if (cached !== undefined) {
      p.result = cached;
      return;
    }
    try {
      this.analyzedParagraphs++;
      p.result = this.engine.analyzeParagraph(p.text);
      this.cache.set(p.text, p.result);
      this.reportFailedSteps(doc.id, p.start, p.result);
    } catch (error) {
      p.failed = true;
      this.options.onError?.(error, doc.id);
    }
  }

  private emit(doc: DocState<R>, complete: boolean, claimsOnly = false): void {
    // The paragraph objects themselves: an incremental linker recognises the unchanged ones.
    const parts = doc.paragraphs.filter((p): p is Paragraph<R> & { result: R } => p.result !== undefined);
    let analysis: Analysis;
    const linkStart = now();
    const previous = doc.analysis;
    doc.hint = undefined;
    try {
      if (this.engine.createLinker) {
        doc.linker ??= this.engine.createLinker();
        analysis = doc.linker.link(doc.text, parts);
        const tails = doc.linker.tails?.();
        if (previous && tails) doc.hint = { from: previous, tails };
      } else {
        analysis = this.engine.linkParagraphs(doc.text, parts);
      }
    } catch (error) {
      this.options.onError?.(error, doc.id);
      analysis = { sentences: [], claims: [], quotes: [] };
      doc.linker = undefined; // its state may be half-updated: start afresh next time
    }
    doc.lastLinkMs = now() - linkStart;
    doc.analysis = analysis;
    doc.emittedRevision = doc.revision;
    doc.emittedComplete = complete;
    if (complete) doc.partialDue = false;
    doc.lastEmitAt = now();
    // Nothing to paint yet: the link is kept (the next link's patch hint refers to it), no update goes out.
    if (claimsOnly && analysis.claims.length === 0) return;
    doc.painted = true;
    // Only the update leaves quotes out; the document keeps the whole link, as above.
    const update: AnalysisUpdate = { docId: doc.id, revision: doc.revision, analysis: claimsOnly ? { ...analysis, quotes: [] } : analysis, complete };
    for (const listener of [...this.listeners]) listener(update);
  }
}
