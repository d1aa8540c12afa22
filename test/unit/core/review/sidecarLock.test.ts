/**
 * The sidecar lock in one process, over in-memory files: a writer stalled inside the lock, a
 * lock dated in the future, left-behind locks and temp files. The multi-process versions are in
 * storeProcesses.test.ts.
 */
import * as assert from 'node:assert/strict';
import { MemoryFileStore, type FileStore, type StagedWrite } from '../../../../src/core/review/fileStore';
import { ReviewStore } from '../../../../src/core/review/reviewStore';
import { sidecarPathFor } from '../../../../src/core/review/sidecarPath';
import { annotate, ARTICLE } from './helpers';

const ARTICLE_PATH = '/news/jobs.txt';
const SIDECAR = sidecarPathFor(ARTICLE_PATH);
const LOCK = `${SIDECAR}.lock`;

/** A second window's view of the same files, whose writer stops at `pauseAt` until `resume()`. */
class StallingFiles implements FileStore {
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;
  /** Resolves once the writer has stopped. */
  readonly stalled: Promise<void>;
  private markStalled!: () => void;

  constructor(
    private readonly files: MemoryFileStore,
    private readonly pauseAt: 'write' | 'commit',
  ) {
    this.stalled = new Promise((resolve) => (this.markStalled = resolve));
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  get maxBytes(): number {
    return this.files.maxBytes;
  }

  resume(): void {
    this.open?.();
  }

  private async pause(at: 'write' | 'commit'): Promise<void> {
    if (at !== this.pauseAt || !this.gate) return;
    const gate = this.gate;
    this.gate = undefined;
    this.markStalled();
    await gate;
  }

  read = (path: string) => this.files.read(path);
  writeAtomic = (path: string, data: string) => this.files.writeAtomic(path, data);
  createExclusive = (path: string, data: string) => this.files.createExclusive(path, data);
  remove = (path: string) => this.files.remove(path);
  fence = (path: string, token: string) => this.files.fence(path, token);
  staged = (path: string) => this.files.staged(path);
  isLink = () => this.files.isLink();

  async stage(path: string, token: string): Promise<StagedWrite> {
    const inner = await this.files.stage(path, token);
    return {
      write: async (data) => {
        await this.pause('write');
        await inner.write(data);
      },
      commit: async () => {
        await this.pause('commit');
        return inner.commit();
      },
      discard: () => inner.discard(),
    };
  }
}

const ids = async (files: MemoryFileStore) => new Set((await new ReviewStore(files).load(ARTICLE_PATH)).sidecar.annotations.map((a) => a.id));

describe('sidecar lock', () => {
  for (const pauseAt of ['write', 'commit'] as const) {
    it(`a writer stalled inside the lock (before its ${pauseAt}) past the stale period never writes its old snapshot over newer saves`, async () => {
      const files = new MemoryFileStore();
      const first = annotate(ARTICLE, 'Unemployment fell');
      await new ReviewStore(files).update(ARTICLE_PATH, () => [first]);
      const stalling = new StallingFiles(files, pauseAt);
      const slow = annotate(ARTICLE, 'Wages rose');
      const slowSave = new ReviewStore(stalling, { staleLockMs: 40 }).update(ARTICLE_PATH, (list) => [...list, slow]);
      await stalling.stalled;
      // Meanwhile other windows take the lock over as stale and save.
      const others = [annotate(ARTICLE, '164,000 jobs'), annotate(ARTICLE, 'Labor Department')];
      for (const a of others) await new ReviewStore(files, { staleLockMs: 40 }).update(ARTICLE_PATH, (list) => [...list, a]);
      stalling.resume();
      await slowSave;
      assert.deepEqual(await ids(files), new Set([first.id, slow.id, ...others.map((a) => a.id)]));
      assert.deepEqual([...files.files.keys()], [SIDECAR], 'no lock or temp file left');
    });
  }

  it('a lock dated in the future (clock skew) is waited out, not obeyed forever', async () => {
    const skewed = JSON.stringify({ token: 'skewed-1', pid: 4242, host: 'another-host', at: Date.now() + 3_600_000 });
    const files = new MemoryFileStore({ [LOCK]: skewed });
    const a = annotate(ARTICLE, 'Wages rose');
    await new ReviewStore(files, { staleLockMs: 60, lockTimeoutMs: 2_000 }).update(ARTICLE_PATH, (list) => [...list, a]);
    assert.deepEqual(await ids(files), new Set([a.id]));
    assert.equal(files.files.has(LOCK), false);
  });

  it('a lock whose writer ended on this host is taken over at once, fencing its temp file', async () => {
    const files = new MemoryFileStore({ [LOCK]: JSON.stringify({ token: '4242-x-y', pid: 4242, host: (await import('node:os')).hostname(), at: Date.now() }) });
    const crashed = await files.stage(SIDECAR, '4242-x-y');
    await crashed.write('{"half": ');
    const started = Date.now();
    await new ReviewStore(files, { staleLockMs: 60_000, lockTimeoutMs: 100, isAlive: (pid) => pid !== 4242 }).update(ARTICLE_PATH, (list) => [...list, annotate(ARTICLE, 'Wages rose')]);
    assert.ok(Date.now() - started < 1_000);
    assert.equal(await crashed.commit(), false, 'the crashed writer can no longer commit');
    assert.deepEqual([...files.files.keys()], [SIDECAR]);
  });

  it('removes temp files that crashed writers left without a lock, and keeps live ones', async () => {
    const files = new MemoryFileStore();
    await files.stage(SIDECAR, '4242-old-one');
    const live = await files.stage(SIDECAR, `${process.pid}-live-one`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await new ReviewStore(files, { staleLockMs: 20, isAlive: (pid) => pid === process.pid }).update(ARTICLE_PATH, (list) => [...list, annotate(ARTICLE, 'Wages rose')]);
    assert.deepEqual([...files.files.keys()].sort(), [SIDECAR, `${SIDECAR}.${process.pid}-live-one.tmp`].sort());
    await live.discard();
  });

  it('gives up with a clear message while other writers keep the lock, and writes nothing', async () => {
    const files = new MemoryFileStore({ [LOCK]: JSON.stringify({ token: 'busy-1', pid: process.pid, host: 'h', at: Date.now() }) });
    await assert.rejects(new ReviewStore(files, { lockTimeoutMs: 30 }).update(ARTICLE_PATH, (list) => list), /another window is still writing/);
    assert.equal(files.writes, 0);
  });
});
