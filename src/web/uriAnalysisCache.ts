/**
 * The web build's analysis cache: the desktop's DiskAnalysisCache (src/worker/analysisCache.ts) over
 * `vscode.workspace.fs` in the extension's storage, keyed by a SHA-256 from Web Crypto (`crypto.subtle`, async).
 * Entries are checked before they are trusted (analysisCacheEntry.ts); a damaged one is removed. File systems
 * reached through workspace.fs cannot set a file's time, so the oldest *written* entries go first.
 * No `vscode` import: web/extension.ts passes workspace.fs and Uri.joinPath; tests an in-memory one.
 */
import type { Analysis } from '../core/types';
import { FORMAT, MAX_CACHED_CHARS, MAX_ENTRIES, parseEntry, type AnalysisCache, type Entry } from '../worker/analysisCacheEntry';

/** The part of `vscode.FileSystem` the cache uses (`U`: vscode.Uri). */
export interface CacheFileSystem<U> {
  stat(uri: U): PromiseLike<{ readonly mtime: number }>;
  readFile(uri: U): PromiseLike<Uint8Array>;
  writeFile(uri: U, content: Uint8Array): PromiseLike<void>;
  delete(uri: U): PromiseLike<void>;
  readDirectory(uri: U): PromiseLike<[string, number][]>;
  createDirectory(uri: U): PromiseLike<void>;
}

interface SubtleDigest {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

/** SHA-256 of the text, hex, by Web Crypto (in browsers, Web Workers and Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = (globalThis as unknown as { crypto?: { subtle?: SubtleDigest } }).crypto?.subtle;
  if (!subtle) throw new Error('Web Crypto is not available');
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class UriAnalysisCache<U> implements AnalysisCache {
  /**
   * @param dir folder of the cache (created on first write); `join(dir, name)` a file in it.
   * @param stamp what identifies the engine build (the worker bundle's size and time).
   */
  constructor(
    private readonly fs: CacheFileSystem<U>,
    private readonly dir: U,
    private readonly join: (dir: U, name: string) => U,
    private readonly stamp: string,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  async read(text: string): Promise<Analysis | undefined> {
    if (text.length > MAX_CACHED_CHARS) return undefined;
    const file = await this.fileFor(text);
    let raw: string;
    try {
      raw = new TextDecoder().decode(await this.fs.readFile(file));
    } catch {
      return undefined; // not cached (or unreadable): the worker answers as usual
    }
    const entry = parseEntry(raw, text.length);
    if (!entry) await Promise.resolve(this.fs.delete(file)).catch(() => undefined);
    return entry?.analysis;
  }

  async write(text: string, analysis: Analysis): Promise<void> {
    if (text.length > MAX_CACHED_CHARS || analysis.errors?.length) return;
    const entry: Entry = { format: FORMAT, length: text.length, analysis };
    await this.fs.createDirectory(this.dir);
    // Whole-file writes: a reader that meets a half-written entry (if the provider allows one) rejects it.
    await this.fs.writeFile(await this.fileFor(text), new TextEncoder().encode(JSON.stringify(entry)));
    await this.evict();
  }

  private async fileFor(text: string): Promise<U> {
    return this.join(this.dir, `${(await sha256Hex(`${this.stamp}\0${text}`)).slice(0, 40)}.json`);
  }

  private async evict(): Promise<void> {
    const names = (await this.fs.readDirectory(this.dir)).map(([name]) => name).filter((n) => n.endsWith('.json'));
    if (names.length <= this.maxEntries) return;
    const dated = await Promise.all(names.map(async (name) => {
      const file = this.join(this.dir, name);
      const mtime = await Promise.resolve(this.fs.stat(file)).then((s) => s.mtime, () => 0);
      return { file, mtime };
    }));
    dated.sort((a, b) => a.mtime - b.mtime);
    const excess = dated.slice(0, dated.length - this.maxEntries);
    await Promise.all(excess.map((d) => Promise.resolve(this.fs.delete(d.file)).catch(() => undefined)));
  }
}
