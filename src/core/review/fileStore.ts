/**
 * The small file interface the review store needs. NodeFileStore is the real one (also used
 * by the CLI); MemoryFileStore serves unit tests and the editor's untitled documents.
 *
 * A write is staged before the writer takes the sidecar's lock: a temp file named by the
 * writer's token, which another writer deletes ("fences") when it takes the lock over. A
 * fenced writer's commit then fails instead of replacing newer data (sidecarLock.ts).
 */

export type FileStoreErrorCode =
  | 'permission'
  | 'read-only'
  | 'read-only-file'
  | 'is-directory'
  | 'not-a-file'
  | 'not-directory'
  | 'missing-folder'
  | 'too-large'
  | 'binary'
  | 'not-text'
  | 'disk-full'
  | 'io';

export class FileStoreError extends Error {
  constructor(
    readonly code: FileStoreErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileStoreError';
  }
}

/** Sidecars are small; anything bigger is not ours (or is damaged). Reader and writer share it. */
export const MAX_SIDECAR_BYTES = 10 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The message of a write that would make the file bigger than its reader accepts. */
/** A review file's bytes as text: a clear error for a binary file or one that is not UTF-8 (one rule for every store). */
export function decodeReviewFile(path: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new FileStoreError('binary', path, `Not reading ${path}: it is a binary file, not a review file.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileStoreError('not-text', path, `Not reading ${path}: it is not UTF-8 text.`);
  }
}

/** Writes `data` over `path` through a staged temp file named by `token` (the one atomic-write path of every store). */
export async function writeThroughStage(store: Pick<FileStore, 'stage'>, path: string, data: string, token: string): Promise<void> {
  const staged = await store.stage(path, token);
  try {
    await staged.write(data);
    // Nobody else knows this token: only a crash of the folder can make the commit fail.
    if (!(await staged.commit())) throw new FileStoreError('io', path, `Cannot save ${path}: its temporary file disappeared.`);
  } finally {
    await staged.discard();
  }
}

export function tooLargeToWrite(path: string, bytes: number, maxBytes: number): FileStoreError {
  return new FileStoreError(
    'too-large',
    path,
    `${path} would grow to ${megabytes(bytes)}, more than a review file can be (${megabytes(maxBytes)}); nothing was written. Shorten long notes or remove reviews, then try again.`,
  );
}

/** A replacement of one file, staged beside it. */
export interface StagedWrite {
  /** Fills the staged file with `data` (durably). Throws FileStoreError (too large, disk full…). */
  write(data: string): Promise<void>;
  /**
   * Replaces the file with the staged one in one step. False when the staged file is gone:
   * another writer fenced this one off, and nothing was replaced.
   */
  commit(): Promise<boolean>;
  /** Deletes the staged file; nothing is replaced. */
  discard(): Promise<void>;
}

export interface FileStore {
  /** The largest file `read` accepts and a staged write may produce, in bytes. */
  readonly maxBytes: number;
  /** The file's text, or undefined when it does not exist. Throws FileStoreError otherwise. */
  read(path: string): Promise<string | undefined>;
  /** Replaces the file in one step: readers see the old or the new content, never a mix. */
  writeAtomic(path: string, data: string): Promise<void>;
  /** Creates the file only if it does not exist (for lock files); false when it exists. */
  createExclusive(path: string, data: string): Promise<boolean>;
  /** Deletes the file; no error when it is already gone. */
  remove(path: string): Promise<void>;
  /** Stages a replacement of `path` under `token` (refused for a read-only file). */
  stage(path: string, token: string): Promise<StagedWrite>;
  /** Deletes the write staged for `path` under `token`, so that it can no longer be committed. */
  fence(path: string, token: string): Promise<void>;
  /** Tokens of the writes staged beside `path`, with their age in ms (crashed writers leave them). */
  staged(path: string): Promise<{ token: string; ageMs: number }[]>;
  /** Whether `path` is a symbolic link (its content belongs to another file). */
  isLink(path: string): Promise<boolean>;
}

/** Keeps files in a Map. `readOnly` makes every write fail like a read-only folder. */
export class MemoryFileStore implements FileStore {
  readonly files = new Map<string, string>();
  readOnly = false;
  /** Number of committed writes (tests check that nothing was written). */
  writes = 0;
  /** Paths that are read-only files (as chmod 0444). */
  readonly readOnlyFiles = new Set<string>();
  /** When each staged file was created (Date.now()). */
  private readonly stagedAt = new Map<string, number>();

  constructor(
    initial: Record<string, string> = {},
    readonly maxBytes = MAX_SIDECAR_BYTES,
  ) {
    for (const [path, data] of Object.entries(initial)) this.files.set(path, data);
  }

  private checkWritable(path: string): void {
    if (this.readOnly) throw new FileStoreError('read-only', path, `Cannot write ${path}: the folder is read-only.`);
    if (this.readOnlyFiles.has(path)) throw new FileStoreError('read-only-file', path, `${path} is read-only; ClaimLens does not replace it.`);
  }

  private static tempOf(path: string, token: string): string {
    return `${path}.${token}.tmp`;
  }

  async read(path: string): Promise<string | undefined> {
    await Promise.resolve();
    return this.files.get(path);
  }

  async writeAtomic(path: string, data: string): Promise<void> {
    const staged = await this.stage(path, `w${this.writes}${Math.random().toString(36).slice(2, 8)}`);
    await staged.write(data);
    await staged.commit();
  }

  async createExclusive(path: string, data: string): Promise<boolean> {
    await Promise.resolve();
    this.checkWritable(path);
    if (this.files.has(path)) return false;
    this.files.set(path, data);
    return true;
  }

  async remove(path: string): Promise<void> {
    await Promise.resolve();
    this.files.delete(path);
  }

  async stage(path: string, token: string): Promise<StagedWrite> {
    await Promise.resolve();
    this.checkWritable(path);
    const temp = MemoryFileStore.tempOf(path, token);
    this.files.set(temp, '');
    this.stagedAt.set(temp, Date.now());
    return {
      write: async (data) => {
        await Promise.resolve();
        if (Buffer.byteLength(data, 'utf8') > this.maxBytes) throw tooLargeToWrite(path, Buffer.byteLength(data, 'utf8'), this.maxBytes);
        if (this.files.has(temp)) this.files.set(temp, data);
      },
      commit: async () => {
        await Promise.resolve();
        this.checkWritable(path);
        const data = this.files.get(temp);
        if (data === undefined) return false;
        this.files.delete(temp);
        this.files.set(path, data);
        this.writes++;
        return true;
      },
      discard: () => this.remove(temp),
    };
  }

  fence(path: string, token: string): Promise<void> {
    return this.remove(MemoryFileStore.tempOf(path, token));
  }

  async staged(path: string): Promise<{ token: string; ageMs: number }[]> {
    await Promise.resolve();
    const out: { token: string; ageMs: number }[] = [];
    for (const name of this.files.keys()) {
      if (name.startsWith(`${path}.`) && name.endsWith('.tmp')) out.push({ token: name.slice(path.length + 1, -4), ageMs: Date.now() - (this.stagedAt.get(name) ?? 0) });
    }
    return out;
  }

  async isLink(): Promise<boolean> {
    await Promise.resolve();
    return false;
  }
}
