/**
 * The match worker's loop, free of Node and browser APIs (matchWorker.ts gives it a port, the disk and the cache on
 * the desktop; on the web only a port): keeps the "checked before" index in step with the file list, answers match
 * requests. A file's text sent with the message (the web build reads files through `workspace.fs`) is used instead
 * of reading it; without a disk, a file sent without text is reported, not read.
 */
import { ArchiveSet, type ArchiveFiles } from '../core/matching/archiveSet';
import type { ArchiveProblem } from '../core/matching/types';
import type { MatchHostMessage, MatchSourceFile, MatchWorkerMessage } from './matchProtocol';

export interface MatchPort {
  on(event: 'message', listener: (m: MatchHostMessage) => void): unknown;
  postMessage(m: MatchWorkerMessage): void;
}

/** Where the index is saved between sessions (desktop: a file in the workspace storage, core/matching/cacheFile.ts). */
export interface IndexCache {
  /** The saved data, undefined when nothing was saved there; throws when the file cannot be read or decoded. */
  load(path: string): unknown;
  save(path: string, data: unknown): void;
}

const PROBLEMS_SENT = 50;

export class MatchWorkerState {
  /** Texts sent with the last message, read once by the index and then dropped. */
  private readonly sent = new Map<string, string>();
  private readonly files: ArchiveFiles = {
    read: (path) => {
      const text = this.sent.get(path) ?? this.disk?.read(path) ?? { error: 'its text was not sent to the match worker' };
      this.sent.delete(path);
      return typeof text === 'string' && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
  };
  private set = new ArchiveSet(this.files);
  private cachePath: string | undefined;
  private loadedCache = false;
  private post: (m: MatchWorkerMessage) => void = () => undefined;

  constructor(
    private readonly disk: ArchiveFiles | undefined,
    private readonly cache: IndexCache | undefined,
  ) {}

  serve(port: MatchPort): void {
    this.post = (m) => port.postMessage(m);
    port.on('message', (m) => this.receive(m));
  }

  receive(m: MatchHostMessage): void {
    try {
      this.handle(m);
    } catch (error) {
      this.post({ type: 'error', message: String((error as Error)?.stack ?? error), ...(m.type === 'match' ? { id: m.id } : {}) });
    } finally {
      this.sent.clear();
    }
  }

  private keep(files: readonly MatchSourceFile[]): { path: string; mtime: number }[] {
    for (const f of files) if (f.text !== undefined) this.sent.set(f.path, f.text);
    return files.map((f) => ({ path: f.path, mtime: f.mtime }));
  }

  private handle(m: MatchHostMessage): void {
    switch (m.type) {
      case 'sync': {
        const fromCache = m.cachePath !== undefined && this.loadCache(m.cachePath);
        const r = this.set.sync(this.keep(m.files), (done, total) => this.post({ type: 'progress', done, total }));
        this.synced(r.read, fromCache, r.problems);
        if (r.read > 0 || r.removed > 0) this.saveCache();
        break;
      }
      case 'changed': {
        const [file] = this.keep([m.file]);
        this.synced(1, false, this.set.update(file!));
        this.saveCache();
        break;
      }
      case 'removed':
        if (this.set.remove(m.path)) this.saveCache();
        this.synced(0, false, []);
        break;
      case 'match':
        this.post({ type: 'matched', id: m.id, results: m.texts.map((t) => this.set.index.match(t, { top: m.top, ...(m.article ? { excludeArticle: m.article } : {}) })) });
        break;
    }
  }

  private synced(read: number, fromCache: boolean, problems: ArchiveProblem[]): void {
    this.post({ type: 'synced', entries: this.set.index.size, sources: this.set.index.sources().length, read, fromCache, problems: problems.slice(0, PROBLEMS_SENT) });
  }

  /** The first sync with a cache path loads the saved index (missing, damaged or older: rebuilt from the files, and said so). */
  private loadCache(path: string): boolean {
    if (this.loadedCache || !this.cache) return false;
    this.cachePath = path;
    this.loadedCache = true;
    let why: string;
    try {
      const data = this.cache.load(path);
      if (data === undefined) return false;
      const loaded = ArchiveSet.fromJSON(data, this.files);
      if (loaded) {
        this.set = loaded;
        return true;
      }
      why = 'another version, or damaged';
    } catch (error) {
      why = (error as Error).message;
    }
    this.post({ type: 'error', message: `match index cache ${path} not used (${why}): rebuilding it from the files` });
    return false;
  }

  private saveCache(): void {
    if (!this.cachePath || !this.cache) return;
    try {
      this.cache.save(this.cachePath, this.set.toJSON());
    } catch (error) {
      this.post({ type: 'error', message: `could not save the match index cache: ${(error as Error).message}` });
    }
  }
}
