import * as assert from 'assert';
import { createHash } from 'node:crypto';
import { analyze } from '../../../src/core/analysis';
import { sha256Hex, UriAnalysisCache, type CacheFileSystem } from '../../../src/web/uriAnalysisCache';

const TEXT = 'The council said on Monday that 40 homes were flooded. Rain is expected to continue.';

/** workspace.fs in memory: paths as URIs, a clock for modification times. */
class MemoryFs implements CacheFileSystem<string> {
  readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  readonly dirs = new Set<string>();
  clock = 1;
  async stat(uri: string) {
    const f = this.files.get(uri);
    if (!f) throw Object.assign(new Error('missing'), { code: 'FileNotFound' });
    return { mtime: f.mtime };
  }
  async readFile(uri: string) {
    const f = this.files.get(uri);
    if (!f) throw Object.assign(new Error('missing'), { code: 'FileNotFound' });
    return f.bytes;
  }
  async writeFile(uri: string, bytes: Uint8Array) {
    if (!this.dirs.has(uri.slice(0, uri.lastIndexOf('/')))) throw Object.assign(new Error('no folder'), { code: 'FileNotFound' });
    this.files.set(uri, { bytes, mtime: this.clock++ });
  }
  async delete(uri: string) {
    this.files.delete(uri);
  }
  async readDirectory(uri: string): Promise<[string, number][]> {
    return [...this.files.keys()].filter((k) => k.startsWith(`${uri}/`)).map((k) => [k.slice(uri.length + 1), 1]);
  }
  async createDirectory(uri: string) {
    this.dirs.add(uri);
  }
  names(): string[] {
    return [...this.files.keys()].map((k) => k.slice(k.lastIndexOf('/') + 1));
  }
}

const DIR = 'vscode-userdata:/storage/analysis-cache';
const join = (dir: string, name: string) => `${dir}/${name}`;

describe('UriAnalysisCache (web build)', () => {
  it('hashes with Web Crypto exactly as the desktop cache hashes with node:crypto', async () => {
    const text = `build-1\0${TEXT} “quoted” — ünïcode`;
    assert.strictEqual(await sha256Hex(text), createHash('sha256').update(text).digest('hex'));
  });

  it('gives back what was written for the same text through the file system, nothing for another text or build', async () => {
    const fs = new MemoryFs();
    const cache = new UriAnalysisCache(fs, DIR, join, 'build-1');
    const analysis = analyze(TEXT);
    await cache.write(TEXT, analysis);
    assert.deepStrictEqual(fs.names(), [`${(await sha256Hex(`build-1\0${TEXT}`)).slice(0, 40)}.json`]);
    assert.deepStrictEqual(await cache.read(TEXT), analysis);
    assert.strictEqual(await cache.read(`${TEXT} `), undefined);
    assert.strictEqual(await new UriAnalysisCache(fs, DIR, join, 'build-2').read(TEXT), undefined);
  });

  it('ignores and removes a damaged entry', async () => {
    const fs = new MemoryFs();
    const cache = new UriAnalysisCache(fs, DIR, join, 'b');
    await cache.write(TEXT, analyze(TEXT));
    const [uri] = fs.files.keys();
    fs.files.set(uri, { bytes: new TextEncoder().encode('{"format":1,"length":'), mtime: 0 });
    assert.strictEqual(await cache.read(TEXT), undefined);
    assert.deepStrictEqual(fs.names(), []);
  });

  it('keeps at most its number of entries, the oldest written removed first', async () => {
    const fs = new MemoryFs();
    const cache = new UriAnalysisCache(fs, DIR, join, 'b', 2);
    const texts = ['First text.', 'Second text.', 'Third text.'];
    for (const t of texts) await cache.write(t, analyze(t));
    assert.strictEqual(fs.names().length, 2);
    assert.strictEqual(await cache.read(texts[0]), undefined);
    assert.ok(await cache.read(texts[1]));
    assert.ok(await cache.read(texts[2]));
  });
});
