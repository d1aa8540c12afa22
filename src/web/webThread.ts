/**
 * The analysis thread of the web build: a Web Worker started from the worker bundle (dist/worker.js, the same as
 * the desktop's).
 * VS Code's web worker extension host refuses `new Worker(<extension URL>)` when the extension is served by a
 * server ("Creating workers from remote extensions is currently not supported"), so the bundle is read through
 * `workspace.fs` and started from a Blob URL. Messages posted before it is up are queued; if it cannot be
 * started the thread exits (code 1) and WorkerAnalysisService restarts it, then gives up and says so in the log.
 */
import type { AnalysisThread } from '../worker/analysisThread';

/** The browser APIs used here (the project compiles without the DOM library). */
interface WebWorker {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: { data?: unknown; message?: string; preventDefault?(): void }) => void): void;
  terminate(): void;
}
interface BrowserGlobals {
  Worker?: new (url: string, options?: { name?: string }) => WebWorker;
  Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string; revokeObjectURL(url: string): void };
}

type Listener = (value: never) => void;

export class WebAnalysisThread implements AnalysisThread {
  private worker: WebWorker | undefined;
  private queue: unknown[] | undefined = [];
  private terminated = false;
  private readonly listeners = new Map<string, Listener[]>();

  /**
   * @param script the worker bundle's bytes (read through workspace.fs), started from a Blob URL; or an `https:` URL
   * to start it from directly (an extension served from a web server, as vscode.dev serves them).
   * @param name the worker's name (browser dev tools); the match worker's thread is one of these too.
   */
  constructor(script: PromiseLike<Uint8Array | string>, private readonly name = 'ClaimLens analysis') {
    script.then((source) => this.startFrom(source)).then(undefined, (error: unknown) => this.fail(error));
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as AnalysisThread: each event has its own argument.
  on(event: 'message' | 'messageerror' | 'error' | 'exit', listener: (value: any) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  postMessage(message: unknown): void {
    if (this.queue) this.queue.push(message);
    else this.worker?.postMessage(message);
  }

  terminate(): void {
    this.terminated = true;
    this.worker?.terminate();
    this.worker = undefined;
    this.queue = undefined;
  }

  private startFrom(source: Uint8Array | string): void {
    if (this.terminated) return;
    const g = globalThis as unknown as BrowserGlobals;
    if (!g.Worker) throw new Error('this browser cannot start a Web Worker from the extension host');
    const url = typeof source === 'string' ? source : g.URL.createObjectURL(new g.Blob([source], { type: 'text/javascript' }));
    const worker = new g.Worker(url, { name: this.name });
    this.worker = worker;
    worker.addEventListener('message', (e) => this.emit('message', e.data));
    worker.addEventListener('messageerror', (e) => this.emit('messageerror', e.data));
    // An uncaught exception in the worker: reported, and the worker is replaced (as a crashed Node thread is).
    worker.addEventListener('error', (e) => {
      e.preventDefault?.();
      this.fail(new Error(e.message ?? `error in the worker ${this.name}`));
    });
    for (const message of this.queue ?? []) worker.postMessage(message);
    this.queue = undefined;
    // The worker has loaded the script by the time it answers; the URL is only needed to start it.
    if (typeof source !== 'string') setTimeout(() => g.URL.revokeObjectURL(url), 60_000);
  }

  private fail(error: unknown): void {
    if (this.terminated) return;
    this.emit('error', error instanceof Error ? error : new Error(String(error)));
    this.terminate();
    this.emit('exit', 1);
  }

  private emit(event: string, value: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (v: unknown) => void)(value);
  }
}
