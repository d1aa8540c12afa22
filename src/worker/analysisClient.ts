/**
 * Host-side AnalysisService that proxies to the analysis worker (dist/worker.js), so compromise is
 * never loaded on the extension host's thread. Per keystroke only the edits are posted; the worker
 * answers with patches that are applied to a local copy of the analysis. Updates for revisions that
 * are no longer current are applied (to keep the copy in sync) but not emitted. A crashed worker is
 * restarted (with back-off, a bounded number of times) and every open document re-sent.
 *
 * This file must stay free of the engine: it only imports pure helpers and types.
 */
import type { ResourceLimits } from 'worker_threads';
import { applyAnalysisPatch } from '../core/incremental/analysisPatch';
import type { AnalysisService, AnalysisUpdate, Disposable, TextEdit } from '../core/incremental/service';
import { applyTextEdits } from '../core/incremental/textEdits';
import type { Analysis, Span } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import type { HostMessage, WorkerMessage } from './analysisProtocol';
import { nodeAnalysisThread, type AnalysisThread } from './analysisThread';
import { traceMark } from '../trace/timingTrace';

export interface WorkerAnalysisOptions {
  /** Restarts allowed within `restartWindowMs` before giving up. */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** Memory cap of the worker, so a runaway analysis cannot take the extension host down. */
  resourceLimits?: ResourceLimits;
  log?: (message: string) => void;
  /**
   * Let the worker share a large visible range with a second thread (workerAssistant.ts). Default:
   * with 4 or more cores. On 2 busy cores it did not pay (1 MB article, first update: median 571 ms
   * with it, 476 without): V8's background compiler threads already take ~100 ms of the second core
   * while the first screen is analysed, and a second thread adds its own.
   */
  assistant?: boolean;
  /**
   * Analyses of texts as opened, by content hash: an article analysed before is painted from it at
   * once, and the worker's full answer replaces it (./analysisCache.ts).
   */
  cache?: AnalysisCache;
  /**
   * A folder for Node's compile cache of the worker bundle (desktop; Node 22.1 or later, as VS Code's extension host
   * has): later starts skip compiling dist/worker.js (analysisThread.ts).
   */
  compileCacheDir?: string;
}

interface HostDoc {
  text: string;
  /** Revision of the latest open/update sent. */
  revision: number;
  /** Revision of the latest open: older worker messages belong to a previous life of the document. */
  openRevision: number;
  visible?: Span;
  /** Mirror of the worker's last sent analysis (patches apply to it), possibly for an older revision. */
  mirror?: Analysis;
  /** The last analysis emitted to listeners (always for the then-current revision). */
  emitted?: Analysis;
  /** The emitted analysis came from the cache for the text as opened; the worker's first screen is not shown. */
  fromCache?: boolean;
}

/** Starts one analysis thread (a Node worker thread on the desktop, a Web Worker on the web: ./analysisThread.ts). */
export type StartAnalysisThread = (options: WorkerAnalysisOptions) => AnalysisThread;

export class WorkerAnalysisService implements AnalysisService {
  private worker: AnalysisThread | undefined;
  private readonly docs = new Map<string, HostDoc>();
  private readonly listeners = new Set<(update: AnalysisUpdate) => void>();
  private revisions = 0;
  private restarts: number[] = [];
  private restartTimer: NodeJS.Timeout | undefined;
  private failed = false;
  private disposed = false;
  private readyPromise: Promise<void> | undefined;
  private readonly maxRestarts: number;
  private readonly restartWindowMs: number;

  private readonly startThread: StartAnalysisThread;

  /**
   * @param worker absolute path of the worker bundle (dist/worker.js next to the extension bundle), run in a
   * Node worker thread; or how to start the thread (the web build: a Web Worker).
   */
  constructor(
    worker: string | StartAnalysisThread,
    private readonly options: WorkerAnalysisOptions = {},
  ) {
    this.startThread = typeof worker === 'string' ? (o) => nodeAnalysisThread(worker, o) : worker;
    this.maxRestarts = options.maxRestarts ?? 5;
    this.restartWindowMs = options.restartWindowMs ?? 60_000;
  }

  /** Starts the worker now (it loads compromise, ~0.3 s, off this thread). Idempotent. */
  start(): void {
    if (this.worker || this.disposed || this.failed || this.restartTimer) return;
    const worker = this.startThread(this.options);
    this.worker = worker;
    let resolveReady: () => void = () => undefined;
    this.readyPromise = new Promise((resolve) => (resolveReady = resolve));
    worker.on('message', (m: WorkerMessage) => {
      if (this.worker !== worker) return;
      if (m.type === 'ready') resolveReady();
      else this.onMessage(m);
    });
    worker.on('messageerror', (e: unknown) => this.log(`analysis worker: message error: ${String(e)}`));
    worker.on('error', (e: Error | undefined) => this.log(`analysis worker crashed: ${e?.stack ?? String(e)}`));
    worker.on('exit', (code: number) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      resolveReady();
      if (!this.disposed) {
        this.log(`analysis worker exited (code ${code})`);
        this.scheduleRestart();
      }
    });
  }

  /** Resolves once the worker has loaded the engine and warmed it up (or has died trying). */
  ready(): Promise<void> {
    this.start();
    return this.readyPromise ?? Promise.resolve();
  }

  /** Whether a worker thread is currently up. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Whether the worker failed too often and analysis is off. */
  get stopped(): boolean {
    return this.failed;
  }

  open(docId: string, text: string, visible?: Span): void {
    if (this.disposed) return;
    this.start();
    const revision = ++this.revisions;
    this.docs.set(docId, { text, revision, openRevision: revision, visible });
    this.post({ type: 'open', docId, revision, text, visible });
    this.paintFromCache(docId, text, revision);
  }

  private paintFromCache(docId: string, text: string, revision: number): void {
    this.options.cache?.read(text).then((analysis) => {
      traceMark(analysis ? 'host.cache.hit' : 'host.cache.miss', revision);
      const doc = this.docs.get(docId);
      // Only for the text as opened, and only if the worker has not answered first.
      if (!analysis || !doc || doc.revision !== revision || doc.emitted || this.disposed) return;
      doc.emitted = analysis;
      doc.fromCache = true;
      this.emit({ docId, revision, analysis, complete: true });
    }, (error) => this.log(`analysis cache: ${String(error)}`));
  }

  update(docId: string, edits: TextEdit[], visible?: Span): void {
    if (this.disposed) return;
    const doc = this.docs.get(docId);
    if (!doc) throw new Error(`document ${docId} is not open`);
    doc.text = applyTextEdits(doc.text, edits); // throws on a bad edit, before anything is sent
    doc.revision = ++this.revisions;
    doc.fromCache = false;
    if (visible) doc.visible = visible;
    this.post({ type: 'update', docId, revision: doc.revision, edits, visible });
  }

  setVisible(docId: string, visible: Span): void {
    const doc = this.docs.get(docId);
    if (!doc) return;
    doc.visible = visible;
    this.post({ type: 'visible', docId, visible });
  }

  onDidUpdate(listener: (update: AnalysisUpdate) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get(docId: string): Analysis | undefined {
    return this.docs.get(docId)?.emitted;
  }

  close(docId: string): void {
    if (!this.docs.delete(docId)) return;
    this.post({ type: 'close', docId });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.docs.clear();
    this.listeners.clear();
  }

  private post(message: HostMessage): void {
    // Without a worker (restart pending) nothing is lost: the restart re-opens every document.
    traceMark(`host.post.${message.type}`, 'revision' in message ? message.revision : undefined);
    this.worker?.postMessage(message);
  }

  private onMessage(m: Exclude<WorkerMessage, { type: 'ready' }>): void {
    if (m.type === 'error') {
      this.log(`analysis worker error${m.docId ? ` (${m.docId})` : ''}: ${m.message}`);
      return;
    }
    traceMark(m.type === 'update' && m.complete ? 'host.recv.complete' : `host.recv.${m.type}`, 'revision' in m ? m.revision : undefined);
    const doc = this.docs.get(m.docId);
    if (!doc || m.revision < doc.openRevision) return;
    if (m.type === 'resync') {
      this.log(`analysis worker out of sync for ${m.docId}: ${m.reason}; re-sending the text`);
      this.reopen(m.docId, doc);
      return;
    }
    try {
      doc.mirror = applyAnalysisPatch(doc.mirror, m.patch);
    } catch (error) {
      this.log(`analysis patch failed for ${m.docId}: ${String(error)}; re-sending the text`);
      this.reopen(m.docId, doc);
      return;
    }
    if (m.revision !== doc.revision) return; // stale: a newer edit is already on its way
    const asOpened = m.revision === doc.openRevision;
    // The cache already shows the whole text: the worker's first (visible-range) answer would show less.
    if (doc.fromCache && asOpened && !m.complete) return;
    if (asOpened && m.complete && !doc.fromCache && this.options.cache) {
      this.options.cache.write(doc.text, doc.mirror).catch((error) => this.log(`analysis cache: ${String(error)}`));
    }
    doc.fromCache = false;
    doc.emitted = doc.mirror;
    this.emit({ docId: m.docId, revision: m.revision, analysis: doc.mirror, complete: m.complete });
  }

  private emit(update: AnalysisUpdate): void {
    traceMark('host.emit', update.revision);
    for (const listener of [...this.listeners]) listener(update);
  }

  private reopen(docId: string, doc: HostDoc): void {
    doc.revision = doc.openRevision = ++this.revisions;
    doc.mirror = undefined;
    doc.fromCache = false;
    this.post({ type: 'open', docId, revision: doc.revision, text: doc.text, visible: doc.visible });
  }

  private scheduleRestart(): void {
    const t = Date.now();
    this.restarts = this.restarts.filter((r) => t - r < this.restartWindowMs);
    if (this.restarts.length >= this.maxRestarts) {
      this.failed = true;
      this.log(`analysis worker failed ${this.restarts.length} times within ${this.restartWindowMs} ms: analysis stopped`);
      return;
    }
    this.restarts.push(t);
    const delay = 100 * 2 ** (this.restarts.length - 1);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.start();
      for (const [docId, doc] of this.docs) this.reopen(docId, doc);
    }, delay);
  }

  private log(message: string): void {
    this.options.log?.(message);
  }
}
