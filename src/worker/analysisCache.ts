/**
 * Analyses of articles as they were opened, kept on disk by content hash (in the workspace's storage),
 * so reopening an article paints its highlights from the cache before the worker has loaded the NLP
 * engine and answered. The worker still analyses the text; its answer replaces the cached one.
 *
 * The key hashes the engine's stamp with the text: a new build (another worker bundle) never reads
 * an older build's results. Entries are plain JSON files; a damaged or foreign file is ignored and
 * removed, never trusted. Only texts up to MAX_CACHED_CHARS are kept (serialising the analysis runs on
 * the extension host's thread), and at most MAX_ENTRIES files, the least recently used removed first.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NodeFileStore } from '../core/review/nodeFileStore';
import type { Analysis } from '../core/types';
import { FORMAT, MAX_CACHED_CHARS, MAX_ENTRIES, parseEntry, type AnalysisCache, type Entry } from './analysisCacheEntry';

export { MAX_CACHED_CHARS, MAX_ENTRIES, type AnalysisCache } from './analysisCacheEntry';

export class DiskAnalysisCache implements AnalysisCache {
  /** Staged, synced and renamed into place, the temporary file removed on failure: a reader never sees half a file. */
  private readonly files = new NodeFileStore();
  /** The touches of entries read, which eviction waits for (it goes by their times). */
  private touched: Promise<unknown> = Promise.resolve();

  /**
   * @param dir folder of the cache (created on first write).
   * @param stamp what identifies the engine build, e.g. the worker bundle's size and modification time.
   */
  constructor(
    private readonly dir: string,
    private readonly stamp: string,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  async read(text: string): Promise<Analysis | undefined> {
    if (text.length > MAX_CACHED_CHARS) return undefined;
    const file = this.fileFor(text);
    let raw: string;
    try {
      raw = await fs.readFile(file, 'utf8');
    } catch {
      return undefined; // not cached (or unreadable): the worker answers as usual
    }
    const entry = parseEntry(raw, text.length);
    if (!entry) {
      await fs.rm(file, { force: true }).catch(() => undefined);
      return undefined;
    }
    // Touch it (eviction removes the least recently used entries), without waiting: the paint waits for this answer.
    const now = new Date();
    this.touched = Promise.all([this.touched, fs.utimes(file, now, now).catch(() => undefined)]);
    return entry.analysis;
  }

  async write(text: string, analysis: Analysis): Promise<void> {
    if (text.length > MAX_CACHED_CHARS || analysis.errors?.length) return;
    const entry: Entry = { format: FORMAT, length: text.length, analysis };
    const file = this.fileFor(text);
    await fs.mkdir(this.dir, { recursive: true });
    await this.files.writeAtomic(file, JSON.stringify(entry));
    await this.evict();
  }

  private fileFor(text: string): string {
    const hash = createHash('sha256').update(this.stamp).update('\0').update(text).digest('hex');
    return path.join(this.dir, `${hash.slice(0, 40)}.json`);
  }

  private async evict(): Promise<void> {
    await this.touched;
    const names = (await fs.readdir(this.dir)).filter((n) => n.endsWith('.json'));
    if (names.length <= this.maxEntries) return;
    const dated = await Promise.all(names.map(async (name) => {
      const file = path.join(this.dir, name);
      const stat = await fs.stat(file).catch(() => undefined);
      return { file, mtime: stat?.mtimeMs ?? 0 };
    }));
    dated.sort((a, b) => a.mtime - b.mtime);
    const excess = dated.slice(0, dated.length - this.maxEntries);
    await Promise.all(excess.map((d) => fs.rm(d.file, { force: true }).catch(() => undefined)));
  }
}
