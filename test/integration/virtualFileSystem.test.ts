/**
 * Articles on a file system other than the local disk (as in a virtual workspace): the test registers
 * an in-memory FileSystemProvider; ClaimLens reads the article through VS Code, analyses and hovers
 * it, and reads and writes its review file through `workspace.fs` — merged with what another writer
 * saved meanwhile, and refused (read-only reviewing, nothing written) on a read-only file system.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation, Sidecar } from '../../src/core/review/types';
import { api, claims, closeAll, ready, run, HARBOR_REPORT as ARTICLE } from './editorSupport';


/** Files and folders in a Map, with the events VS Code needs; nothing touches the disk. */
class MemoryFs implements vscode.FileSystemProvider {
  readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  readonly folders = new Set<string>(['/', '/news']);
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    if (this.folders.has(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const f = this.files.get(uri.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: f.mtime, mtime: f.mtime, size: f.data.length };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    return [...this.files.keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map((p) => [p.slice(prefix.length), vscode.FileType.File]);
  }

  createDirectory(uri: vscode.Uri): void {
    this.folders.add(uri.path);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const f = this.files.get(uri.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(uri);
    return f.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const exists = this.files.has(uri.path);
    if (!exists && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (exists && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    if (!this.folders.has(uri.path.slice(0, uri.path.lastIndexOf('/')) || '/')) throw vscode.FileSystemError.FileNotFound(uri);
    this.files.set(uri.path, { data: content, mtime: Date.now() });
    this.emitter.fire([{ type: exists ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    if (!this.files.delete(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    this.emitter.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(oldUri: vscode.Uri, newUri: vscode.Uri, options: { overwrite: boolean }): void {
    const f = this.files.get(oldUri.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(oldUri);
    if (this.files.has(newUri.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(newUri);
    this.files.delete(oldUri.path);
    this.files.set(newUri.path, f);
    this.emitter.fire([{ type: vscode.FileChangeType.Deleted, uri: oldUri }, { type: vscode.FileChangeType.Created, uri: newUri }]);
  }

  put(path: string, text: string): void {
    this.files.set(path, { data: new TextEncoder().encode(text), mtime: Date.now() });
  }

  sidecar(path: string): Sidecar | undefined {
    const f = this.files.get(`${path}.claimlens.json`);
    return f && (JSON.parse(new TextDecoder().decode(f.data)) as Sidecar);
  }
}

describe('articles on another file system (workspace.fs)', function () {
  this.timeout(60_000);
  const fs = new MemoryFs();
  const readOnlyFs = new MemoryFs();
  let registrations: vscode.Disposable[] = [];

  before(() => {
    registrations = [
      vscode.workspace.registerFileSystemProvider('claimlens-mem', fs, { isCaseSensitive: true }),
      vscode.workspace.registerFileSystemProvider('claimlens-ro', readOnlyFs, { isCaseSensitive: true, isReadonly: true }),
    ];
  });
  after(async () => {
    await closeAll();
    for (const r of registrations) r.dispose();
  });

  async function open(uri: vscode.Uri) {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    return { editor, state: await ready(editor.document) };
  }

  it('analyses, hovers and reviews an article there, the review file written beside it', async () => {
    fs.put('/news/harbor.article', ARTICLE);
    const uri = vscode.Uri.from({ scheme: 'claimlens-mem', path: '/news/harbor.article' });
    const { editor, state } = await open(uri);
    const found = claims(state);
    assert.ok(found.length >= 2, `claims: ${found.length}`);
    assert.equal(state.readOnlyReason, undefined);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(found[0].range!.start + 2));
    assert.match(hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n'), /ClaimLens · Claim/);

    const r = await run('claimlens.markDisputed', { uri, keys: [found[0].key], note: 'Checked on a virtual file system' });
    assert.equal(r.ok, true, r.message);
    const saved = fs.sidecar('/news/harbor.article');
    assert.ok(saved, 'review file written through the provider');
    assert.equal(saved.annotations.length, 1);
    assert.equal(saved.annotations[0].status, 'disputed');
    assert.deepEqual([...fs.files.keys()].sort(), ['/news/harbor.article', '/news/harbor.article.claimlens.json'], 'no lock or temp file left');

    // Another window saves a review meanwhile; ours is merged with it, not written over it.
    const theirs: Annotation = { ...saved.annotations[0], id: 'a-000000000000000000000abc', note: 'From another window' };
    fs.put('/news/harbor.article.claimlens.json', JSON.stringify({ ...saved, annotations: [...saved.annotations, theirs] }));
    const r2 = await run('claimlens.markUnverified', { uri, keys: [found[1].key] });
    assert.equal(r2.ok, true, r2.message);
    const merged = fs.sidecar('/news/harbor.article')!;
    assert.ok(merged.annotations.some((a) => a.id === theirs.id), 'the other window\'s review is kept');
    assert.ok(merged.annotations.some((a) => a.status === 'unverified'));
    assert.ok(merged.annotations.some((a) => a.status === 'disputed' && a.note === 'Checked on a virtual file system'));
  });

  it('on a read-only file system: shows the claims, says reviews cannot be saved, writes nothing', async () => {
    readOnlyFs.put('/news/harbor.article', ARTICLE);
    const uri = vscode.Uri.from({ scheme: 'claimlens-ro', path: '/news/harbor.article' });
    const { state } = await open(uri);
    assert.ok(claims(state).length >= 2);
    assert.match(state.readOnlyReason ?? '', /read-only/);
    const r = await run('claimlens.markDisputed', { uri, keys: [claims(state)[0].key], note: 'x' });
    assert.equal(r.ok, false);
    assert.deepEqual([...readOnlyFs.files.keys()], ['/news/harbor.article']);
  });

  it('analyses untitled buffers read-only (no file system to keep their reviews in): nothing is written anywhere', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'news-article', content: ARTICLE });
    await vscode.window.showTextDocument(doc);
    const { articles } = await api();
    try {
      const state = await ready(doc);
      assert.match(state.readOnlyReason ?? '', /^Save the article to review it/);
      assert.equal(articles.sidecarPath(doc.uri), undefined);
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
