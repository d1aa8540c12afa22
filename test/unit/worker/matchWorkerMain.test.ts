import * as assert from 'node:assert/strict';
import type { ArchiveFiles } from '../../../src/core/matching/archiveSet';
import { decodeCache, encodeCache } from '../../../src/core/matching/cacheFile';
import type { MatchHostMessage, MatchWorkerMessage } from '../../../src/worker/matchProtocol';
import { MatchWorkerState, type IndexCache } from '../../../src/worker/matchWorkerMain';

const CSV = 'claim,rating,url\n"The island ferry carried 412,000 passengers in 2023, a record.",False,https://example.org/fc1\n';
const QUERY = 'Officials said the island ferry carried 412,000 passengers in 2023.';

/** A worker state on an in-memory port: send a message, read what it posted. */
function worker(disk?: ArchiveFiles, cache?: IndexCache) {
  const posted: MatchWorkerMessage[] = [];
  let listener: (m: MatchHostMessage) => void = () => undefined;
  new MatchWorkerState(disk, cache).serve({ on: (_e, l) => (listener = l), postMessage: (m) => posted.push(m) });
  return {
    posted,
    send: (m: MatchHostMessage) => listener(m),
    synced: () => posted.filter((m): m is Extract<MatchWorkerMessage, { type: 'synced' }> => m.type === 'synced').at(-1)!,
    best: (id: number) => {
      listener({ type: 'match', id, texts: [QUERY], top: 1 });
      const m = posted.find((p): p is Extract<MatchWorkerMessage, { type: 'matched' }> => p.type === 'matched' && p.id === id)!;
      return m.results[0]?.[0]?.fact.claim;
    },
  };
}

describe('match worker loop (web build: files sent as text)', () => {
  it('indexes a file from the text sent with it, byte-order mark dropped, with no disk', () => {
    const w = worker();
    w.send({ type: 'sync', files: [{ path: 'vscode-remote://h/a.csv', mtime: 1, text: `\ufeff${CSV}` }] });
    assert.deepEqual([w.synced().entries, w.synced().problems], [1, []]);
    assert.equal(w.best(1), 'The island ferry carried 412,000 passengers in 2023, a record.');
  });

  it('reports a file sent without text when it has no disk, and indexes the others', () => {
    const w = worker();
    w.send({ type: 'sync', files: [{ path: 'vscode-remote://h/a.csv', mtime: 1, text: CSV }, { path: 'vscode-remote://h/b.csv', mtime: 1 }] });
    assert.equal(w.synced().entries, 1);
    assert.deepEqual(w.synced().problems.map((p) => p.file), ['vscode-remote://h/b.csv']);
    assert.match(w.synced().problems[0].message, /not sent/);
  });

  it('takes a changed file\'s new text and forgets the old one', () => {
    const w = worker();
    w.send({ type: 'sync', files: [{ path: 'a.csv', mtime: 1, text: CSV }] });
    w.send({ type: 'changed', file: { path: 'a.csv', mtime: 2, text: 'claim,rating\n"Parking fees tripled in the old town.",False\n' } });
    assert.notEqual(w.best(1), 'The island ferry carried 412,000 passengers in 2023, a record.');
    w.send({ type: 'removed', path: 'a.csv' });
    assert.equal(w.synced().entries, 0);
  });
});

describe('match worker loop (desktop: disk and cache)', () => {
  it('reads files without text from its disk and saves the index to its cache, which a new worker loads', () => {
    const reads: string[] = [];
    const disk: ArchiveFiles = { read: (p) => (reads.push(p), p === '/a.csv' ? CSV : { error: 'no such file' }) };
    const saved = new Map<string, unknown>();
    const cache: IndexCache = { load: (p) => saved.get(p), save: (p, d) => saved.set(p, decodeCache(encodeCache(d))) };
    const first = worker(disk, cache);
    first.send({ type: 'sync', files: [{ path: '/a.csv', mtime: 1 }], cachePath: '/storage/match-index.bin' });
    assert.deepEqual(reads, ['/a.csv']);
    assert.ok(saved.has('/storage/match-index.bin'));

    reads.length = 0;
    const second = worker(disk, cache);
    second.send({ type: 'sync', files: [{ path: '/a.csv', mtime: 1 }], cachePath: '/storage/match-index.bin' });
    assert.deepEqual([reads, second.synced().fromCache, second.synced().read], [[], true, 0]);
    assert.equal(second.best(1), 'The island ferry carried 412,000 passengers in 2023, a record.');
  });

  it('rebuilds from the files, and says why in the log, when the saved index is cut short, damaged or of an older format', () => {
    const disk: ArchiveFiles = { read: () => CSV };
    const files: Extract<MatchHostMessage, { type: 'sync' }> & { cachePath: string } = { type: 'sync', files: [{ path: '/a.csv', mtime: 1 }], cachePath: '/storage/match-index.bin' };
    const onDisk = new Map<string, Uint8Array>();
    // The desktop's cache: bytes on a disk, decoded when loaded (matchWorker.ts).
    const cache: IndexCache = { load: (p) => (onDisk.has(p) ? decodeCache(onDisk.get(p)!) : undefined), save: (p, d) => onDisk.set(p, encodeCache(d)) };
    worker(disk, cache).send(files);
    const good = onDisk.get(files.cachePath)!;
    const flipped = Uint8Array.from(good);
    flipped[good.length - 9] ^= 1;
    const damaged: [string, Uint8Array, RegExp][] = [
      ['cut short', good.subarray(0, good.length >> 1), /truncated/],
      ['one byte changed', flipped, /damaged/],
      ['index format 5 (JSON)', Buffer.from('{"format":"claimlens-archive-set","mtimes":{},"index":{"format":"claimlens-match-index","version":5}}'), /not a ClaimLens cache file/],
      ['another index version', encodeCache({ ...(decodeCache(good) as object), index: { ...((decodeCache(good) as { index: object }).index), version: 99 } }), /another version/],
    ];
    for (const [what, bytes, why] of damaged) {
      onDisk.set(files.cachePath, bytes);
      const w = worker(disk, cache);
      w.send(files);
      const log = w.posted.filter((m) => m.type === 'error').map((m) => m.message);
      assert.equal(log.length, 1, what);
      assert.match(log[0], why, what);
      assert.match(log[0], /match index cache \/storage\/match-index\.bin not used .*: rebuilding it from the files/, what);
      assert.deepEqual([w.synced().fromCache, w.synced().read, w.synced().entries], [false, 1, 1], what);
      assert.equal(w.best(1), 'The island ferry carried 412,000 passengers in 2023, a record.', what);
      assert.deepEqual(decodeCache(onDisk.get(files.cachePath)!), decodeCache(good), `${what}: saved again, whole`);
    }
  });

  it('says nothing when there is no saved index yet', () => {
    const w = worker({ read: () => CSV }, { load: () => undefined, save: () => undefined });
    w.send({ type: 'sync', files: [{ path: '/a.csv', mtime: 1 }], cachePath: '/storage/match-index.bin' });
    assert.deepEqual(w.posted.filter((m) => m.type === 'error'), []);
  });
});
