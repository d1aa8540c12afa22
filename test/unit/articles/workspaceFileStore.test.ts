/**
 * WorkspaceFileStore: review files over a VS Code file system (here an in-memory one that fails like
 * VS Code's: errors carry FileSystemError codes), addressed by URI strings; and the routing of local
 * paths and URIs. The review store runs on it as on NodeFileStore: save, load, merge-on-save, lock.
 */
import * as assert from 'node:assert/strict';
import { isUriPath, RoutingFileStore, type UriFileSystem, WorkspaceFileStore } from '../../../src/articles/workspaceFileStore';
import { FileStoreError, MemoryFileStore } from '../../../src/core/review/fileStore';
import { ReviewStore } from '../../../src/core/review/reviewStore';
import { annotate, ARTICLE } from '../core/review/helpers';

const fsError = (code: string) => Object.assign(new Error(code), { code });

/** Files and folders by URI string; `readOnly` refuses writes like a read-only provider. */
class MemoryUriFs implements UriFileSystem<string> {
  readonly files = new Map<string, { data: Uint8Array; mtime: number; readonly?: boolean }>();
  readonly folders = new Set<string>(['mem:/news']);
  readOnly = false;

  private parent(uri: string): string {
    return uri.slice(0, uri.lastIndexOf('/'));
  }

  private writable(uri: string): void {
    if (this.readOnly) throw fsError('NoPermissions');
    if (!this.folders.has(this.parent(uri))) throw fsError('FileNotFound');
  }

  async stat(uri: string) {
    await Promise.resolve();
    if (this.folders.has(uri)) return { type: 2, size: 0, mtime: 0 };
    const f = this.files.get(uri);
    if (!f) throw fsError('FileNotFound');
    return { type: 1, size: f.data.length, mtime: f.mtime, permissions: f.readonly ? 1 : undefined };
  }

  async readFile(uri: string) {
    await Promise.resolve();
    const f = this.files.get(uri);
    if (!f) throw fsError('FileNotFound');
    return f.data;
  }

  async writeFile(uri: string, data: Uint8Array) {
    await Promise.resolve();
    this.writable(uri);
    this.files.set(uri, { data, mtime: Date.now() });
  }

  async rename(source: string, target: string, options?: { overwrite?: boolean }) {
    await Promise.resolve();
    this.writable(target);
    const f = this.files.get(source);
    if (!f) throw fsError('FileNotFound');
    if (this.files.has(target) && !options?.overwrite) throw fsError('FileExists');
    this.files.delete(source);
    this.files.set(target, f);
  }

  async delete(uri: string) {
    await Promise.resolve();
    if (this.readOnly) throw fsError('NoPermissions');
    if (!this.files.delete(uri)) throw fsError('FileNotFound');
  }

  async readDirectory(uri: string): Promise<[string, number][]> {
    await Promise.resolve();
    return [...this.files.keys()].filter((k) => this.parent(k) === uri).map((k) => [k.slice(uri.length + 1), 1]);
  }

  text(uri: string): string | undefined {
    const f = this.files.get(uri);
    return f && new TextDecoder().decode(f.data);
  }
}

const ARTICLE_URI = 'mem:/news/jobs.txt';
const SIDECAR = `${ARTICLE_URI}.claimlens.json`;

function setup() {
  const fs = new MemoryUriFs();
  return { fs, store: new WorkspaceFileStore(fs, (p) => p) };
}

describe('articles/WorkspaceFileStore', () => {
  it('reads a missing file as undefined, and text it wrote atomically (no temp file left)', async () => {
    const { fs, store } = setup();
    assert.equal(await store.read(SIDECAR), undefined);
    assert.equal(await store.read('mem:/nowhere/x.json'), undefined);
    await store.writeAtomic(SIDECAR, '{"version":1}');
    assert.equal(await store.read(SIDECAR), '{"version":1}');
    assert.deepEqual([...fs.files.keys()], [SIDECAR]);
  });

  it('creates a lock file only if there is none', async () => {
    const { fs, store } = setup();
    assert.equal(await store.createExclusive(`${SIDECAR}.lock`, 'a'), true);
    assert.equal(await store.createExclusive(`${SIDECAR}.lock`, 'b'), false);
    assert.equal(fs.text(`${SIDECAR}.lock`), 'a');
    assert.deepEqual([...fs.files.keys()], [`${SIDECAR}.lock`], 'no temp file left');
    await store.remove(`${SIDECAR}.lock`);
    await store.remove(`${SIDECAR}.lock`);
    assert.equal(fs.files.size, 0);
  });

  it('stages a write beside the file, lists it, and a fenced write commits nothing', async () => {
    const { fs, store } = setup();
    const staged = await store.stage(SIDECAR, 'tok1');
    assert.deepEqual((await store.staged(SIDECAR)).map((s) => s.token), ['tok1']);
    await store.fence(SIDECAR, 'tok1');
    await staged.write('late');
    assert.equal(await staged.commit(), false);
    assert.equal(fs.files.has(SIDECAR), false);
    const ok = await store.stage(SIDECAR, 'tok2');
    await ok.write('fresh');
    assert.equal(await ok.commit(), true);
    assert.equal(fs.text(SIDECAR), 'fresh');
  });

  it('refuses, with a message, a read-only file system, a read-only file, a folder, binary and oversized files', async () => {
    const { fs, store } = setup();
    fs.readOnly = true;
    await assert.rejects(store.writeAtomic(SIDECAR, '{}'), (e: FileStoreError) => e.code === 'permission' && /Cannot save reviews to mem:\/news\/jobs\.txt\.claimlens\.json/.test(e.message));
    fs.readOnly = false;
    fs.files.set(SIDECAR, { data: new TextEncoder().encode('{}'), mtime: 0, readonly: true });
    await assert.rejects(store.writeAtomic(SIDECAR, '{"x":1}'), (e: FileStoreError) => e.code === 'read-only-file');
    assert.equal(fs.text(SIDECAR), '{}');
    await assert.rejects(store.read('mem:/news'), (e: FileStoreError) => e.code === 'is-directory');
    fs.files.set(SIDECAR, { data: new Uint8Array([123, 0, 125]), mtime: 0 });
    await assert.rejects(store.read(SIDECAR), (e: FileStoreError) => e.code === 'binary');
    const small = new WorkspaceFileStore(fs, (p) => p, 4);
    fs.files.set(SIDECAR, { data: new TextEncoder().encode('{"a":1}'), mtime: 0 });
    await assert.rejects(small.read(SIDECAR), (e: FileStoreError) => e.code === 'too-large');
    await assert.rejects(store.writeAtomic('mem:/gone/a.json', '{}'), (e: FileStoreError) => e.code === 'missing-folder');
  });

  it('carries the review store: save, load back, and merge with what another window saved meanwhile', async () => {
    const { fs, store: files } = setup();
    const store = new ReviewStore(files);
    const mine = annotate(ARTICLE, 'Wages rose');
    await store.update(ARTICLE_URI, (list) => [...list, mine]);
    const theirs = annotate(ARTICLE, 'Unemployment fell');
    const other = new ReviewStore(new WorkspaceFileStore(fs, (p) => p));
    await other.update(ARTICLE_URI, (list) => [...list, theirs]);
    const loaded = await store.load(ARTICLE_URI);
    assert.equal(loaded.state, 'ok');
    assert.deepEqual(loaded.sidecar.annotations.map((a) => a.id).sort(), [mine.id, theirs.id].sort());
    assert.deepEqual([...fs.files.keys()], [SIDECAR], 'lock and temp files gone');
  });
});

describe('articles/RoutingFileStore', () => {
  it('sends URIs to the workspace store and local paths (POSIX and Windows) to the other', async () => {
    for (const [path, uri] of [['mem:/a.json', true], ['vscode-vfs://github/o/r/a.json', true], ['/home/a.json', false], ['C:\\news\\a.json', false], ['c:/news/a.json', false]] as const) {
      assert.equal(isUriPath(path), uri, path);
    }
    const local = new MemoryFileStore();
    const { fs, store } = setup();
    const routed = new RoutingFileStore(local, store);
    await routed.writeAtomic(SIDECAR, 'remote');
    await routed.writeAtomic('/news/jobs.txt.claimlens.json', 'local');
    assert.equal(fs.text(SIDECAR), 'remote');
    assert.equal(local.files.get('/news/jobs.txt.claimlens.json'), 'local');
    assert.equal(await routed.read(SIDECAR), 'remote');
  });
});
