/**
 * NodeFileStore against a real temp folder. Note: these tests may run as root, for whom
 * permission bits do not stop writes; the read-only cases therefore use conditions that hold
 * for every user (a path under a file → ENOTDIR, a folder where the sidecar should be →
 * EISDIR), and the chmod case only runs its real check for a non-root user (it says so).
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeSidecar } from '../../../../src/core/review/format';
import { FileStoreError } from '../../../../src/core/review/fileStore';
import { describeFsError, type FsPromises, NodeFileStore } from '../../../../src/core/review/nodeFileStore';
import { ReviewStore, ReviewStoreError } from '../../../../src/core/review/reviewStore';
import { sidecarPathFor } from '../../../../src/core/review/sidecarPath';
import { annotate, ARTICLE } from './helpers';
import { startWriter } from './writerProcesses';

describe('NodeFileStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), 'claimlens-review-'));
  });
  afterEach(async () => {
    await fs.chmod(dir, 0o755).catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads a missing file as undefined', async () => {
    assert.equal(await new NodeFileStore().read(join(dir, 'nope.json')), undefined);
  });

  it('replaces a file atomically, leaving no temp files and keeping its mode', async () => {
    const store = new NodeFileStore();
    const path = join(dir, 'a.txt.claimlens.json');
    await store.writeAtomic(path, 'one\n');
    await fs.chmod(path, 0o640);
    await store.writeAtomic(path, 'two\n');
    assert.equal(await store.read(path), 'two\n');
    assert.deepEqual(await fs.readdir(dir), ['a.txt.claimlens.json']);
    assert.equal((await fs.stat(path)).mode & 0o777, 0o640);
  });

  it('refuses huge, binary and non-UTF-8 files with clear messages', async () => {
    const store = new NodeFileStore(1024);
    const huge = join(dir, 'huge.json');
    await fs.writeFile(huge, 'x'.repeat(2048));
    await assert.rejects(store.read(huge), (e: unknown) => e instanceof FileStoreError && e.code === 'too-large' && /more than a review file can be/.test(e.message));
    const binary = join(dir, 'bin.json');
    await fs.writeFile(binary, Buffer.from([0x7b, 0x00, 0x7d]));
    await assert.rejects(store.read(binary), (e: unknown) => e instanceof FileStoreError && e.code === 'binary');
    const latin1 = join(dir, 'latin1.json');
    await fs.writeFile(latin1, Buffer.from([0x22, 0xe9, 0x22]));
    await assert.rejects(store.read(latin1), (e: unknown) => e instanceof FileStoreError && e.code === 'not-text');
  });

  it('reports a folder where a file should be (EISDIR)', async () => {
    const store = new NodeFileStore();
    const path = join(dir, 'x.claimlens.json');
    await fs.mkdir(path);
    await assert.rejects(store.read(path), (e: unknown) => e instanceof FileStoreError && e.code === 'is-directory');
    await assert.rejects(store.writeAtomic(path, '{}'), (e: unknown) => e instanceof FileStoreError && e.code === 'is-directory' && /it is a folder/.test(e.message));
  });

  it('reports an unwritable location (a path under a file: ENOTDIR) and the review store turns it into a clear error', async () => {
    const file = join(dir, 'not-a-folder');
    await fs.writeFile(file, '');
    const articlePath = join(file, 'article.txt');
    const store = new ReviewStore(new NodeFileStore());
    const loaded = await store.load(articlePath);
    assert.equal(loaded.state, 'missing');
    await assert.rejects(store.update(articlePath, (list) => [...list, annotate(ARTICLE, 'Wages rose')]), (e: unknown) => {
      assert.ok(e instanceof ReviewStoreError);
      assert.equal(e.state, 'write-failed');
      assert.match(e.message, /Reviews were not saved: Cannot save .*article\.txt\.claimlens\.json: part of the path is a file/);
      return true;
    });
  });

  it('maps permission and read-only file system errors to messages a reviewer understands', () => {
    const path = '/articles/a.txt.claimlens.json';
    const eacces = describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }), path, 'write');
    assert.equal(eacces.code, 'permission');
    assert.match(eacces.message, /permission denied \(the folder may be read-only\)/);
    const erofs = describeFsError(Object.assign(new Error('x'), { code: 'EROFS' }), path, 'write');
    assert.equal(erofs.code, 'read-only');
    assert.match(erofs.message, /file system is read-only/);
  });

  for (const code of ['EROFS', 'EACCES'] as const) {
    it(`a folder that refuses writes (${code}): clear message, the existing sidecar still loads and stays unchanged`, async () => {
      // The real file system for reading; every write fails as on a read-only mount (EROFS) or
      // a folder without write permission (EACCES), which root cannot reproduce with chmod.
      const refuse = () => Promise.reject(Object.assign(new Error(`${code}: refused`), { code }));
      const readOnlyFs: FsPromises = { ...fs, open: refuse, writeFile: refuse, rename: refuse, unlink: refuse } as FsPromises;
      const articlePath = join(dir, 'article.txt');
      const saved = serializeSidecar({ version: 1, annotations: [annotate(ARTICLE, 'Wages rose')] });
      await fs.writeFile(sidecarPathFor(articlePath), saved);
      const store = new ReviewStore(new NodeFileStore(undefined, readOnlyFs));
      const loaded = await store.load(articlePath);
      assert.equal(loaded.state, 'ok');
      assert.equal(loaded.sidecar.annotations.length, 1);
      await assert.rejects(store.update(articlePath, (list) => [...list, annotate(ARTICLE, 'Unemployment fell')]), (e: unknown) => {
        assert.ok(e instanceof ReviewStoreError, String(e));
        assert.equal(e.state, 'write-failed');
        const expected = code === 'EROFS' ? /file system is read-only/ : /permission denied \(the folder may be read-only\)/;
        assert.match(e.message, expected);
        assert.ok(e.message.includes(sidecarPathFor(articlePath)), e.message);
        assert.ok(!e.message.includes('.lock'), 'the message names the sidecar, not the lock file');
        return true;
      });
      assert.equal(await fs.readFile(sidecarPathFor(articlePath), 'utf8'), saved);
    });
  }

  it('a chmod read-only folder: clear error for non-root users (root ignores permission bits)', async () => {
    const articlePath = join(dir, 'article.txt');
    await fs.chmod(dir, 0o555);
    const probe = join(dir, 'probe');
    const permissionsEnforced = await fs.writeFile(probe, '').then(
      () => false,
      () => true,
    );
    const store = new ReviewStore(new NodeFileStore());
    const attempt = store.update(articlePath, (list) => [...list, annotate(ARTICLE, 'Wages rose')]);
    if (permissionsEnforced) {
      await assert.rejects(attempt, (e: unknown) => e instanceof ReviewStoreError && /permission denied/.test(e.message));
    } else {
      // Running as root: the write succeeds, which is correct behaviour for root.
      assert.equal(process.getuid?.(), 0);
      await attempt;
    }
  });

  it('two stores writing the same sidecar concurrently lose nothing', async () => {
    const articlePath = join(dir, 'article.txt');
    const a = new ReviewStore(new NodeFileStore());
    const b = new ReviewStore(new NodeFileStore());
    const phrases = ARTICLE.match(/[A-Za-z]{4,}/g)!.slice(0, 20);
    const made = phrases.map((p) => annotate(ARTICLE, p));
    await Promise.all(made.map((annotation, i) => (i % 2 ? a : b).update(articlePath, (list) => [...list, annotation])));
    const loaded = await a.load(articlePath);
    assert.equal(loaded.state, 'ok');
    assert.deepEqual(new Set(loaded.sidecar.annotations.map((x) => x.id)), new Set(made.map((x) => x.id)));
    assert.deepEqual((await fs.readdir(dir)).sort(), ['article.txt.claimlens.json']);
  });

  it('two processes writing the same sidecar at once lose nothing; the last change of a shared annotation wins', async function () {
    this.timeout(120_000);
    const articlePath = join(dir, 'article.txt');
    const shared = annotate(ARTICLE, 'Wages rose');
    await new ReviewStore(new NodeFileStore()).update(articlePath, () => [shared]);
    // Both children are started and ready before either gets its work, so their writes overlap.
    const writers = await Promise.all([startWriter(), startWriter()]);
    const count = 25;
    const reports = await Promise.all(
      writers.map((w, i) => w.go({ articlePath, articleText: ARTICLE, name: `window-${i}`, count, sharedId: shared.id })),
    );
    const loaded = await new ReviewStore(new NodeFileStore()).load(articlePath);
    assert.equal(loaded.state, 'ok', loaded.message);
    const ids = new Set(loaded.sidecar.annotations.map((a) => a.id));
    const added = reports.flatMap((r) => r.added);
    assert.equal(added.length, 2 * count);
    assert.deepEqual(added.filter((id) => !ids.has(id)), [], 'annotations lost');
    assert.equal(ids.size, 2 * count + 1);
    const finalShared = loaded.sidecar.annotations.find((a) => a.id === shared.id)!;
    assert.ok(reports.some((r) => r.lastSharedNote?.note === finalShared.note), `shared note ${finalShared.note}`);
    assert.deepEqual(await fs.readdir(dir), ['article.txt.claimlens.json'], 'no temp or lock files left');
  });

  it('leaves a malformed sidecar byte-for-byte untouched', async () => {
    const articlePath = join(dir, 'article.txt');
    const broken = '{ "version": 1, "annotations": [ ,, ] }';
    await fs.writeFile(sidecarPathFor(articlePath), broken);
    const store = new ReviewStore(new NodeFileStore());
    assert.equal((await store.load(articlePath)).state, 'malformed');
    await assert.rejects(store.update(articlePath, (list) => [...list, annotate(ARTICLE, 'Wages rose')]), ReviewStoreError);
    assert.equal(await fs.readFile(sidecarPathFor(articlePath), 'utf8'), broken);
  });

  it('reports a binary sidecar as unreadable', async () => {
    const articlePath = join(dir, 'article.txt');
    await fs.writeFile(sidecarPathFor(articlePath), Buffer.from([1, 0, 2]));
    const loaded = await new ReviewStore(new NodeFileStore()).load(articlePath);
    assert.equal(loaded.state, 'unreadable');
    assert.match(loaded.message!, /binary/);
    assert.equal(serializeSidecar(loaded.sidecar), '{\n  "version": 1,\n  "annotations": []\n}\n');
  });

  it('refuses to replace a read-only (0444) sidecar in a writable folder, with a clear message (also as root)', async () => {
    const articlePath = join(dir, 'article.txt');
    const saved = serializeSidecar({ version: 1, annotations: [annotate(ARTICLE, 'Wages rose')] });
    await fs.writeFile(sidecarPathFor(articlePath), saved);
    await fs.chmod(sidecarPathFor(articlePath), 0o444);
    const store = new ReviewStore(new NodeFileStore());
    await assert.rejects(store.update(articlePath, (list) => [...list, annotate(ARTICLE, 'Unemployment fell')]), (e: unknown) => {
      assert.ok(e instanceof ReviewStoreError, String(e));
      assert.match(e.message, /Reviews were not saved: .*article\.txt\.claimlens\.json is read-only \(mode 0444\); ClaimLens does not replace it/);
      return true;
    });
    assert.equal(await fs.readFile(sidecarPathFor(articlePath), 'utf8'), saved);
    assert.equal((await fs.stat(sidecarPathFor(articlePath))).mode & 0o777, 0o444);
    assert.deepEqual(await fs.readdir(dir), ['article.txt.claimlens.json'], 'no temp or lock file left');
  });

  it('says so when the lock path is a folder, instead of "another window is still writing"', async () => {
    const articlePath = join(dir, 'article.txt');
    await fs.mkdir(`${sidecarPathFor(articlePath)}.lock`);
    const store = new ReviewStore(new NodeFileStore(), { lockTimeoutMs: 200 });
    await assert.rejects(store.update(articlePath, (list) => [...list, annotate(ARTICLE, 'Wages rose')]), /article\.txt\.claimlens\.json\.lock is not a lock file but a folder; .*Remove or rename it/);
    assert.deepEqual((await fs.readdir(dir)).sort(), ['article.txt.claimlens.json.lock']);
  });

  it('one size limit for reader and writer: a write that would cross it is refused before anything is written, and the file still loads', async () => {
    const articlePath = join(dir, 'article.txt');
    const files = new NodeFileStore(4096);
    const store = new ReviewStore(files);
    const first = annotate(ARTICLE, 'Wages rose');
    await store.update(articlePath, () => [first]);
    const before = await fs.readFile(sidecarPathFor(articlePath), 'utf8');
    const long = { ...annotate(ARTICLE, 'Unemployment fell'), note: 'x'.repeat(4000) };
    await assert.rejects(store.update(articlePath, (list) => [...list, long]), (e: unknown) => {
      assert.ok(e instanceof ReviewStoreError);
      assert.match(e.message, /Reviews were not saved: .*article\.txt\.claimlens\.json would grow to 0\.0 MB, more than a review file can be \(0\.0 MB\); nothing was written/);
      return true;
    });
    assert.equal(await fs.readFile(sidecarPathFor(articlePath), 'utf8'), before);
    assert.equal((await store.load(articlePath)).state, 'ok');
    // Up to the limit, what the writer writes the reader reads.
    const fits = { ...long, note: 'x'.repeat(4096 - before.length - 800) };
    await store.update(articlePath, (list) => [...list, fits]);
    assert.ok((await fs.stat(sidecarPathFor(articlePath))).size <= 4096);
    assert.equal((await store.load(articlePath)).state, 'ok');
  });

  it('cleans up temp files that killed writers left beside the sidecar', async () => {
    const articlePath = join(dir, 'article.txt');
    const temp = (token: string) => join(dir, `.article.txt.claimlens.json.${token}.tmp`);
    await fs.writeFile(temp('4194301-k1-dead'), '{"half":');
    await fs.writeFile(temp('12345.abcdef12'), '{"older format":');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(temp('12345.abcdef12'), hourAgo, hourAgo);
    await fs.utimes(temp('4194301-k1-dead'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    await new ReviewStore(new NodeFileStore(), { isAlive: (pid) => pid === process.pid }).update(articlePath, (list) => [...list, annotate(ARTICLE, 'Wages rose')]);
    assert.deepEqual(await fs.readdir(dir), ['article.txt.claimlens.json']);
  });

  it('never shows the content of another file a sidecar links to', async () => {
    const articlePath = join(dir, 'article.txt');
    const secret = join(dir, 'credentials.txt');
    await fs.writeFile(secret, 'root:SECRET-TOKEN-4711:0:0\n');
    await fs.symlink(secret, sidecarPathFor(articlePath));
    const loaded = await new ReviewStore(new NodeFileStore()).load(articlePath);
    assert.equal(loaded.state, 'malformed');
    assert.match(loaded.message!, /is a symbolic link to a file that is not a ClaimLens review file; its content is not shown/);
    assert.doesNotMatch(loaded.message!, /SECRET|root:/);
    const json = join(dir, 'settings.json');
    await fs.writeFile(json, '{"password": "hunter2", "version": "SECRET-1"}');
    await fs.rm(sidecarPathFor(articlePath));
    await fs.symlink(json, sidecarPathFor(articlePath));
    const invalid = await new ReviewStore(new NodeFileStore()).load(articlePath);
    assert.equal(invalid.state, 'invalid');
    assert.doesNotMatch(invalid.message!, /hunter2|SECRET|password/);
  });

  it('a malformed sidecar\'s message says where the JSON breaks, never quoting the file', async () => {
    const articlePath = join(dir, 'article.txt');
    await fs.writeFile(sidecarPathFor(articlePath), 'token SECRET-4711 not json');
    const loaded = await new ReviewStore(new NodeFileStore()).load(articlePath);
    assert.equal(loaded.state, 'malformed');
    assert.match(loaded.message!, /not valid JSON: Unexpected token/);
    assert.doesNotMatch(loaded.message!, /SECRET/);
  });
});
