/**
 * Writers in separate processes on one sidecar, counting annotations at the end: eight at once,
 * one stopped (SIGSTOP) while it holds the lock, writers killed with -9 over and over, and a
 * lock dated in the future. Every annotation a writer reported as saved must be in the file.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileStore } from '../../../../src/core/review/nodeFileStore';
import { ReviewStore } from '../../../../src/core/review/reviewStore';
import { sidecarPathFor } from '../../../../src/core/review/sidecarPath';
import { annotate, ARTICLE } from './helpers';
import { startWriter, type Writer } from './writerProcesses';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('review store: writers in separate processes (0 lost)', function () {
  // Spawning Node processes is slow on a loaded machine; not a speed assertion.
  this.timeout(180_000);
  let dir: string;
  let articlePath: string;
  let sharedId: string;
  const writers: Writer[] = [];

  beforeEach(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), 'claimlens-writers-'));
    articlePath = join(dir, 'article.txt');
    const shared = annotate(ARTICLE, 'Wages rose');
    sharedId = shared.id;
    await new ReviewStore(new NodeFileStore()).update(articlePath, () => [shared]);
  });
  afterEach(async () => {
    for (const w of writers.splice(0)) {
      w.child.kill('SIGCONT');
      w.child.kill('SIGKILL');
    }
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function spawn(n: number): Promise<Writer[]> {
    const started = await Promise.all(Array.from({ length: n }, () => startWriter()));
    writers.push(...started);
    return started;
  }

  /** The ids in the sidecar now, and the files beside it. */
  async function onDisk(): Promise<{ ids: Set<string>; files: string[] }> {
    const loaded = await new ReviewStore(new NodeFileStore()).load(articlePath);
    assert.equal(loaded.state, 'ok', loaded.message);
    return { ids: new Set(loaded.sidecar.annotations.map((a) => a.id)), files: (await fs.readdir(dir)).sort() };
  }

  function assertNoneLost(saved: string[], ids: Set<string>): void {
    const lost = saved.filter((id) => !ids.has(id));
    assert.deepEqual(lost, [], `${lost.length} of ${saved.length} annotations reported as saved were lost`);
  }

  it('eight writers at once', async () => {
    const count = 10;
    const eight = await spawn(8);
    const reports = await Promise.all(eight.map((w, i) => w.go({ articlePath, articleText: ARTICLE, name: `w${i}`, count, sharedId })));
    const { ids, files } = await onDisk();
    const saved = reports.flatMap((r) => r.added);
    assert.equal(saved.length, 8 * count);
    assertNoneLost(saved, ids);
    assert.equal(ids.size, 8 * count + 1);
    assert.deepEqual(files, ['article.txt.claimlens.json'], 'no temp or lock file left');
  });

  it('a writer stopped while it holds the lock, past the stale period, while others save, then resumed', async () => {
    const staleLockMs = 400;
    const [stalled, ...others] = await spawn(4);
    const args = (name: string, count: number) => ({ articlePath, articleText: ARTICLE, name, count, sharedId, staleLockMs, lockTimeoutMs: 30_000, pauseMs: 15 });
    const stalledDone = stalled.go(args('stalled', 80));
    const lockPath = `${sidecarPathFor(articlePath)}.lock`;
    const reports = [];
    // While it writes alone, a lock file is its own: stop it there, let another writer save, resume it.
    let stops = 0;
    for (const other of others) {
      for (let tries = 0; !(await fs.stat(lockPath).then(() => true, () => false)) && tries < 5000; tries++) await sleep(1);
      if (stalled.child.kill('SIGSTOP')) stops++;
      reports.push(await other.go(args(`other${reports.length}`, 5)));
      await sleep(staleLockMs);
      stalled.child.kill('SIGCONT');
      await sleep(30);
    }
    reports.push(await stalledDone);
    assert.equal(stops, 3);
    const { ids, files } = await onDisk();
    assertNoneLost(reports.flatMap((r) => r.added), ids);
    assert.equal(ids.size, 80 + 3 * 5 + 1);
    assert.deepEqual(files, ['article.txt.claimlens.json'], 'no temp or lock file left');
  });

  it('writers killed with -9 in a loop: every save they reported is kept, their temp and lock files are cleaned up', async () => {
    const staleLockMs = 300;
    const saved: string[] = [];
    for (let round = 0; round < 8; round++) {
      const [victim, bystander] = await spawn(2);
      const args = (name: string) => ({ articlePath, articleText: ARTICLE, name, count: 1000, sharedId, staleLockMs, lockTimeoutMs: 30_000 });
      void victim.go(args(`victim${round}`));
      void bystander.go(args(`bystander${round}`));
      await sleep(150 + ((round * 37) % 250));
      victim.child.kill('SIGKILL');
      await sleep(20 + ((round * 53) % 80));
      bystander.child.kill('SIGKILL');
      await Promise.all([victim.exited, bystander.exited]);
      saved.push(...victim.saved, ...bystander.saved);
    }
    // A killed writer's lock is taken over at once (its process is gone); its temp file once it is stale.
    await sleep(staleLockMs * 2);
    const [last] = await spawn(1);
    const report = await last.go({ articlePath, articleText: ARTICLE, name: 'last', count: 1, sharedId, staleLockMs, lockTimeoutMs: 30_000 });
    const { ids, files } = await onDisk();
    assert.ok(saved.length >= 8, `only ${saved.length} saves before the kills`);
    assertNoneLost([...saved, ...report.added], ids);
    assert.deepEqual(files, ['article.txt.claimlens.json'], 'no temp or lock file left');
  });

  it('a lock dated in the future (clock skew on another machine) does not block the writers', async () => {
    const lock = { token: 'skewed-1', pid: 4_194_301, host: 'another-host', at: Date.now() + 3_600_000 };
    await fs.writeFile(`${sidecarPathFor(articlePath)}.lock`, JSON.stringify(lock));
    const four = await spawn(4);
    const reports = await Promise.all(four.map((w, i) => w.go({ articlePath, articleText: ARTICLE, name: `w${i}`, count: 5, sharedId, staleLockMs: 500, lockTimeoutMs: 30_000 })));
    const { ids, files } = await onDisk();
    assertNoneLost(reports.flatMap((r) => r.added), ids);
    assert.equal(ids.size, 4 * 5 + 1);
    assert.deepEqual(files, ['article.txt.claimlens.json']);
  });
});
