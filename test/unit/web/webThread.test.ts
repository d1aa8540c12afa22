import * as assert from 'node:assert/strict';
import { WebAnalysisThread } from '../../../src/web/webThread';

/** A stand-in for the browser's Worker, Blob and URL (plain Node has no Web Worker). */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly posted: unknown[] = [];
  readonly listeners = new Map<string, ((e: { data?: unknown; message?: string; preventDefault?(): void }) => void)[]>();
  terminated = false;
  constructor(readonly url: string) {
    FakeWorker.started.push(this);
  }
  postMessage(m: unknown): void {
    this.posted.push(m);
  }
  addEventListener(type: string, l: (e: { data?: unknown }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
  }
  fire(type: string, e: { data?: unknown; message?: string; preventDefault?(): void }): void {
    for (const l of this.listeners.get(type) ?? []) l(e);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const g = globalThis as unknown as Record<string, unknown>;
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('WebAnalysisThread (web build)', () => {
  const saved = { Worker: g.Worker, URL: g.URL };
  beforeEach(() => {
    FakeWorker.started = [];
    g.Worker = FakeWorker;
    g.URL = { createObjectURL: () => 'blob:worker', revokeObjectURL: () => undefined };
  });
  afterEach(() => {
    g.Worker = saved.Worker;
    g.URL = saved.URL;
  });

  it('starts the read bundle from a Blob URL and sends it what was posted before it was up, in order', async () => {
    const thread = new WebAnalysisThread(Promise.resolve(new TextEncoder().encode('/* worker */')));
    const received: unknown[] = [];
    thread.on('message', (m) => received.push(m));
    thread.postMessage({ n: 1 });
    thread.postMessage({ n: 2 });
    await tick();
    const [worker] = FakeWorker.started;
    assert.equal(worker.url, 'blob:worker');
    assert.deepEqual(worker.posted, [{ n: 1 }, { n: 2 }]);
    thread.postMessage({ n: 3 });
    assert.deepEqual(worker.posted.at(-1), { n: 3 });
    worker.fire('message', { data: { type: 'ready' } });
    assert.deepEqual(received, [{ type: 'ready' }]);
  });

  it('starts from an https: URL directly when given one', async () => {
    new WebAnalysisThread(Promise.resolve('https://cdn.example/ext/dist/worker.js'));
    await tick();
    assert.equal(FakeWorker.started[0].url, 'https://cdn.example/ext/dist/worker.js');
  });

  it('reports a bundle it cannot read as an error and an exit (the client restarts it)', async () => {
    const thread = new WebAnalysisThread(Promise.reject(new Error('FileNotFound')));
    const events: string[] = [];
    thread.on('error', (e: Error) => events.push(`error: ${e.message}`));
    thread.on('exit', (code: number) => events.push(`exit ${code}`));
    await tick();
    assert.deepEqual(events, ['error: FileNotFound', 'exit 1']);
    assert.equal(FakeWorker.started.length, 0);
  });

  it('an uncaught error in the worker ends it: error, exit, terminated', async () => {
    const thread = new WebAnalysisThread(Promise.resolve(new Uint8Array()));
    const events: string[] = [];
    thread.on('error', (e: Error) => events.push(`error: ${e.message}`));
    thread.on('exit', (code: number) => events.push(`exit ${code}`));
    await tick();
    const [worker] = FakeWorker.started;
    worker.fire('error', { message: 'boom', preventDefault: () => undefined });
    assert.deepEqual(events, ['error: boom', 'exit 1']);
    assert.ok(worker.terminated);
  });
});
