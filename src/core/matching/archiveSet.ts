/**
 * The archives an editor indexes, kept in step with the files: given the current list of
 * archive and review files with their modification times, re-read only those that changed,
 * drop those that are gone, and save the index with the times it was built from. Pure: file
 * access is the caller's (the match worker reads the disk; tests use a Map).
 */
import { MatchIndex, type SerializedMatchIndex } from './matchIndex';
import { readArchive } from './readers';
import type { ArchiveProblem } from './types';

export interface SourceFile {
  path: string;
  /** Modification time (ms); a different one means the file changed. */
  mtime: number;
}

export interface ArchiveFiles {
  /** The file's text, or an error message (missing, unreadable, too large). */
  read(path: string): string | { error: string };
}

export interface SyncResult {
  /** Sources (re)read from their files this time. */
  read: number;
  removed: number;
  entries: number;
  problems: ArchiveProblem[];
}

export interface SavedArchiveSet {
  format: 'claimlens-archive-set';
  mtimes: Record<string, number>;
  index: SerializedMatchIndex;
}

/** Files per progress report. */
const PROGRESS_EVERY = 1;

export class ArchiveSet {
  private mtimes = new Map<string, number>();

  constructor(
    private readonly files: ArchiveFiles,
    public index = new MatchIndex(),
  ) {}

  /** Re-reads changed files, drops missing ones; `progress(done, total)` after each file read. */
  sync(current: readonly SourceFile[], progress?: (done: number, total: number) => void): SyncResult {
    const wanted = new Map(current.map((f) => [f.path, f.mtime]));
    let removed = 0;
    for (const source of this.index.sources()) {
      if (wanted.has(source)) continue;
      this.index.removeSource(source);
      this.mtimes.delete(source);
      removed++;
    }
    for (const path of [...this.mtimes.keys()]) if (!wanted.has(path)) this.mtimes.delete(path);
    const stale = current.filter((f) => this.mtimes.get(f.path) !== f.mtime);
    const problems: ArchiveProblem[] = [];
    stale.forEach((f, i) => {
      problems.push(...this.readOne(f));
      if ((i + 1) % PROGRESS_EVERY === 0) progress?.(i + 1, stale.length);
    });
    return { read: stale.length, removed, entries: this.index.size, problems };
  }

  /** One file added or changed. */
  update(file: SourceFile): ArchiveProblem[] {
    return this.readOne(file);
  }

  remove(path: string): boolean {
    this.mtimes.delete(path);
    return this.index.removeSource(path);
  }

  private readOne(file: SourceFile): ArchiveProblem[] {
    const text = this.files.read(file.path);
    this.mtimes.set(file.path, file.mtime);
    if (typeof text !== 'string') {
      this.index.removeSource(file.path);
      return [{ file: file.path, message: text.error }];
    }
    const { entries, problems } = readArchive(file.path, text);
    this.index.setSource(file.path, entries);
    return problems;
  }

  toJSON(): SavedArchiveSet {
    return { format: 'claimlens-archive-set', mtimes: Object.fromEntries(this.mtimes), index: this.index.toJSON() };
  }

  /** A saved set, or undefined when it is damaged or from another version (rebuild then). */
  static fromJSON(data: unknown, files: ArchiveFiles): ArchiveSet | undefined {
    const d = data as Partial<SavedArchiveSet> | undefined;
    if (!d || d.format !== 'claimlens-archive-set' || typeof d.mtimes !== 'object' || d.mtimes === null) return undefined;
    const index = MatchIndex.fromJSON(d.index);
    if (!index) return undefined;
    const set = new ArchiveSet(files, index);
    for (const source of index.sources()) {
      const mtime = d.mtimes[source];
      if (typeof mtime === 'number') set.mtimes.set(source, mtime);
    }
    return set;
  }
}
