import * as assert from 'node:assert/strict';
import { MatchClient, type MatchThread } from '../../../src/matching/matchClient';
import type { MatchHostMessage } from '../../../src/worker/matchProtocol';
import { MatchWorkerState } from '../../../src/worker/matchWorkerMain';

/** The web build's path without a browser: the client talks to the worker loop through an in-memory thread. */
class InMemoryThread implements MatchThread {
  static started = 0;
  private readonly listeners = new Map<string, ((v: unknown) => void)[]>();
  private toWorker: (m: MatchHostMessage) => void = () => undefined;
  constructor() {
    InMemoryThread.started++;
    new MatchWorkerState(undefined, undefined).serve({
      on: (_e, l) => (this.toWorker = l),
      postMessage: (m) => setTimeout(() => this.emit('message', m), 0),
    });
  }
  on(event: string, listener: (v: unknown) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  postMessage(m: unknown): void {
    setTimeout(() => this.toWorker(m as MatchHostMessage), 0);
  }
  terminate(): void {
    // Nothing to stop.
  }
  private emit(event: string, value: unknown): void {
    for (const l of this.listeners.get(event) ?? []) l(value);
  }
}

const REVIEW = JSON.stringify({
  version: 1,
  annotations: [],
});

describe('MatchClient over a thread factory', () => {
  it('starts the thread on first use, sends file texts, and answers matches from them', async () => {
    InMemoryThread.started = 0;
    let synced = 0;
    const client = new MatchClient(() => new InMemoryThread(), { synced: () => synced++ });
    assert.equal(InMemoryThread.started, 0);
    client.sync([
      { path: 'mem:/fc.jsonl', mtime: 1, text: JSON.stringify({ claim: 'The island ferry carried 412,000 passengers in 2023, a record.', rating: 'False' }) },
      { path: 'mem:/a.article.claimlens.json', mtime: 1, text: REVIEW },
    ]);
    const [[best]] = await client.match(['Officials said the island ferry carried 412,000 passengers in 2023.'], 'mem:/b.article');
    assert.equal(InMemoryThread.started, 1);
    assert.equal(synced, 1);
    assert.equal(best?.fact.claim, 'The island ferry carried 412,000 passengers in 2023, a record.');
    assert.equal(best?.fact.verdict, 'false');
    client.dispose();
  });

  it('without a thread factory nothing is indexed and every match is empty', async () => {
    const client = new MatchClient(undefined);
    client.sync([{ path: 'mem:/fc.jsonl', mtime: 1, text: '{"claim":"x"}' }]);
    assert.deepEqual(await client.match(['x', 'y'], undefined), [[], []]);
  });
});

describe('MatchClient when its worker cannot run', () => {
  it('restarts it once, then says it stopped, and answers matches empty instead of hanging', async () => {
    let started = 0;
    let stopped = 0;
    const failing = (): MatchThread => {
      started++;
      const listeners = new Map<string, ((v: unknown) => void)[]>();
      const thread: MatchThread = {
        on: (event, l) => listeners.set(event, [...(listeners.get(event) ?? []), l]),
        postMessage: () => setTimeout(() => {
          for (const l of listeners.get('error') ?? []) l(new Error('require is not defined'));
          for (const l of listeners.get('exit') ?? []) l(1);
        }, 0),
        terminate: () => undefined,
      };
      return thread;
    };
    const logged: string[] = [];
    const client = new MatchClient(failing, { stopped: () => stopped++, log: (m) => logged.push(m) });
    client.sync([{ path: 'mem:/fc.jsonl', mtime: 1, text: '{"claim":"x"}' }]);
    await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual([started, stopped], [2, 1]);
    assert.ok(logged.some((m) => /require is not defined/.test(m)));
    client.dispose();
  });
});
