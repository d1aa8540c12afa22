/**
 * Host side of the match worker (dist/matchWorker.js), free of vscode: sends the file list and
 * changes, asks for matches, and reports progress and sync results. A crashed worker is
 * restarted once per minute at most, re-sent the last file list, and pending requests fail
 * with an empty answer rather than hang. The thread is the platform's: a Node worker thread on
 * the desktop (src/extension.ts), a Web Worker on the web (src/web/webThread.ts).
 */
import type { Match } from '../core/matching/matchIndex';
import type { AnalysisThread } from '../worker/analysisThread';
import type { MatchHostMessage, MatchSourceFile, MatchWorkerMessage } from '../worker/matchProtocol';

/** The match worker's thread: the same shape as the analysis thread's. */
export type MatchThread = AnalysisThread;

export interface MatchClientEvents {
  progress?: (done: number, total: number) => void;
  synced?: (m: Extract<MatchWorkerMessage, { type: 'synced' }>) => void;
  log?: (message: string) => void;
  /** The worker stopped and was not restarted (it failed again within a minute): no sync answer is coming. */
  stopped?: () => void;
}

export class MatchClient {
  private worker: MatchThread | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (results: Match[][]) => void>();
  private lastSync: MatchHostMessage | undefined;
  private lastRestart = 0;
  private disposed = false;

  constructor(
    /** Starts the worker; without it nothing is indexed and every match is empty. */
    private readonly start: (() => MatchThread) | undefined,
    private readonly events: MatchClientEvents = {},
  ) {}

  private ensure(): MatchThread | undefined {
    if (this.disposed || !this.start) return undefined;
    if (this.worker) return this.worker;
    const worker = this.start();
    this.worker = worker;
    worker.on('message', (m: MatchWorkerMessage) => this.onMessage(m));
    worker.on('error', (error: Error) => this.events.log?.(`match worker failed: ${error.message}`));
    worker.on('exit', (code: number) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const resolve of this.pending.values()) resolve([]);
      this.pending.clear();
      if (this.disposed) return;
      if (Date.now() - this.lastRestart < 60_000) return this.events.stopped?.();
      this.lastRestart = Date.now();
      this.events.log?.(`match worker stopped (${code}); restarting`);
      if (this.lastSync) this.ensure()?.postMessage(this.lastSync);
    });
    return worker;
  }

  private onMessage(m: MatchWorkerMessage): void {
    switch (m.type) {
      case 'progress':
        this.events.progress?.(m.done, m.total);
        break;
      case 'synced':
        this.events.synced?.(m);
        break;
      case 'matched':
        this.pending.get(m.id)?.(m.results);
        this.pending.delete(m.id);
        break;
      case 'error':
        this.events.log?.(m.message);
        if (m.id !== undefined) {
          this.pending.get(m.id)?.([]);
          this.pending.delete(m.id);
        }
        break;
    }
  }

  sync(files: MatchSourceFile[], cachePath?: string): void {
    this.lastSync = { type: 'sync', files, ...(cachePath ? { cachePath } : {}) };
    this.ensure()?.postMessage(this.lastSync);
  }

  changed(file: MatchSourceFile): void {
    if (this.lastSync?.type === 'sync') this.lastSync.files = [...this.lastSync.files.filter((f) => f.path !== file.path), file];
    this.ensure()?.postMessage({ type: 'changed', file });
  }

  removed(path: string): void {
    if (this.lastSync?.type === 'sync') this.lastSync.files = this.lastSync.files.filter((f) => f.path !== path);
    this.ensure()?.postMessage({ type: 'removed', path });
  }

  /** The best `top` matches of each text (its article's own reviews left out). */
  match(texts: string[], article: string | undefined, top = 5): Promise<Match[][]> {
    const worker = this.ensure();
    if (!worker || texts.length === 0) return Promise.resolve(texts.map(() => []));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ type: 'match', id, texts, top, ...(article ? { article } : {}) } satisfies MatchHostMessage);
    });
  }

  dispose(): void {
    this.disposed = true;
    for (const resolve of this.pending.values()) resolve([]);
    this.pending.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
