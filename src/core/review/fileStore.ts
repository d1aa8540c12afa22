/**
 * The small file interface the review store needs. NodeFileStore is the real one (also used
 * by the CLI); MemoryFileStore serves unit tests and the editor's untitled documents.
 */

export type FileStoreErrorCode =
  | 'permission'
  | 'read-only'
  | 'is-directory'
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

export interface FileStore {
  /** The file's text, or undefined when it does not exist. Throws FileStoreError otherwise. */
  read(path: string): Promise<string | undefined>;
  /** Replaces the file in one step: readers see the old or the new content, never a mix. */
  writeAtomic(path: string, data: string): Promise<void>;
  /** Creates the file only if it does not exist (for lock files); false when it exists. */
  createExclusive(path: string, data: string): Promise<boolean>;
  /** Deletes the file; no error when it is already gone. */
  remove(path: string): Promise<void>;
}

/** Keeps files in a Map. `readOnly` makes every write fail like a read-only folder. */
export class MemoryFileStore implements FileStore {
  readonly files = new Map<string, string>();
  readOnly = false;
  /** Number of successful writeAtomic calls (tests check that nothing was written). */
  writes = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [path, data] of Object.entries(initial)) this.files.set(path, data);
  }

  private checkWritable(path: string): void {
    if (this.readOnly) throw new FileStoreError('read-only', path, `Cannot write ${path}: the folder is read-only.`);
  }

  async read(path: string): Promise<string | undefined> {
    await Promise.resolve();
    return this.files.get(path);
  }

  async writeAtomic(path: string, data: string): Promise<void> {
    await Promise.resolve();
    this.checkWritable(path);
    this.files.set(path, data);
    this.writes++;
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
}
