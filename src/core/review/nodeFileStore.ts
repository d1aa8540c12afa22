/**
 * FileStore over the local file system. Writes go to a temp file in the same folder, are
 * flushed, then renamed over the target (atomic on POSIX and NTFS), so a crash never leaves a
 * half-written sidecar. Errors become FileStoreErrors with messages a reviewer can act on.
 */
import { promises as nodeFs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { decodeReviewFile, FileStoreError, writeThroughStage, MAX_SIDECAR_BYTES, tooLargeToWrite, type FileStore, type StagedWrite } from './fileStore';

function errno(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

export function describeFsError(error: unknown, path: string, action: 'read' | 'write'): FileStoreError {
  const code = errno(error);
  const verb = action === 'read' ? 'read' : 'save';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new FileStoreError(
        'permission',
        path,
        action === 'write'
          ? `Cannot save reviews to ${path}: permission denied (the folder may be read-only). Reviews are shown but not saved.`
          : `Cannot read ${path}: permission denied.`,
      );
    case 'EROFS':
      return new FileStoreError('read-only', path, `Cannot ${verb} ${path}: the file system is read-only.`);
    case 'EISDIR':
      return new FileStoreError('is-directory', path, `Cannot ${verb} ${path}: it is a folder, not a file.`);
    case 'ENOTDIR':
      return new FileStoreError('not-directory', path, `Cannot ${verb} ${path}: part of the path is a file, not a folder.`);
    case 'ENOENT':
      return new FileStoreError('missing-folder', path, `Cannot ${verb} ${path}: its folder does not exist.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileStoreError('disk-full', path, `Cannot save ${path}: the disk is full.`);
    default:
      return new FileStoreError('io', path, `Cannot ${verb} ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The file-system calls NodeFileStore makes (tests pass one that fails like a read-only disk). */
export type FsPromises = Pick<typeof nodeFs, 'stat' | 'lstat' | 'readFile' | 'readdir' | 'open' | 'rename' | 'unlink' | 'writeFile'>;

/** Sidecars are small; anything bigger is not ours (or is damaged). */
export const DEFAULT_MAX_BYTES = MAX_SIDECAR_BYTES;

const isEnoent = (error: unknown) => errno(error) === 'ENOENT';

export class NodeFileStore implements FileStore {
  constructor(
    readonly maxBytes = DEFAULT_MAX_BYTES,
    private readonly fs: FsPromises = nodeFs,
  ) {}

  async read(path: string): Promise<string | undefined> {
    let bytes: Buffer;
    try {
      const stat = await this.fs.stat(path);
      if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      // A FIFO or device would block or stream forever.
      if (!stat.isFile()) throw new FileStoreError('not-a-file', path, `Not reading ${path}: it is not a regular file.`);
      if (stat.size > this.maxBytes) {
        throw new FileStoreError('too-large', path, `Not reading ${path}: it is ${(stat.size / 1048576).toFixed(1)} MB, more than a review file can be (${(this.maxBytes / 1048576).toFixed(1)} MB).`);
      }
      bytes = await this.fs.readFile(path);
    } catch (error) {
      if (error instanceof FileStoreError) throw error;
      // ENOTDIR: part of the path is a file, so this file cannot exist either.
      if (isEnoent(error) || errno(error) === 'ENOTDIR') return undefined;
      throw describeFsError(error, path, 'read');
    }
    return decodeReviewFile(path, bytes);
  }

  async writeAtomic(path: string, data: string): Promise<void> {
    await writeThroughStage(this, path, data, `${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  }


  async createExclusive(path: string, data: string): Promise<boolean> {
    try {
      await this.fs.writeFile(path, data, { flag: 'wx' });
      return true;
    } catch (error) {
      if (errno(error) === 'EEXIST') return false;
      throw describeFsError(error, path, 'write');
    }
  }

  async remove(path: string): Promise<void> {
    try {
      await this.fs.unlink(path);
    } catch (error) {
      if (!isEnoent(error)) throw describeFsError(error, path, 'write');
    }
  }

  private stagedPath(path: string, token: string): string {
    return join(dirname(path), `.${basename(path)}.${token}.tmp`);
  }

  /** The file as it is now, refusing a folder or a read-only file (a 0444 sidecar is the user's "do not touch"). */
  private async replaceable(path: string): Promise<{ mode: number } | undefined> {
    const existing = await this.fs.stat(path).catch((error: unknown) => {
      if (isEnoent(error) || errno(error) === 'ENOTDIR') return undefined;
      throw describeFsError(error, path, 'write');
    });
    if (existing?.isDirectory()) throw describeFsError(Object.assign(new Error('is a directory'), { code: 'EISDIR' }), path, 'write');
    if (existing && (existing.mode & 0o222) === 0) {
      throw new FileStoreError('read-only-file', path, `${path} is read-only (mode ${(existing.mode & 0o777).toString(8).padStart(4, '0')}); ClaimLens does not replace it. Make it writable (chmod u+w) to save reviews.`);
    }
    return existing ? { mode: existing.mode & 0o777 } : undefined;
  }

  async stage(path: string, token: string): Promise<StagedWrite> {
    const existing = await this.replaceable(path);
    const temp = this.stagedPath(path, token);
    let handle: FileHandle | undefined;
    try {
      handle = await this.fs.open(temp, 'wx', existing ? existing.mode : 0o666);
    } catch (error) {
      throw describeFsError(error, path, 'write');
    }
    const close = async () => {
      const h = handle;
      handle = undefined;
      await h?.close().catch(() => undefined);
    };
    return {
      write: async (data) => {
        const bytes = Buffer.byteLength(data, 'utf8');
        if (bytes > this.maxBytes) throw tooLargeToWrite(path, bytes, this.maxBytes);
        try {
          // Through the handle opened before the lock: if another writer fenced this one (deleted
          // the temp's name), the bytes go nowhere and the commit below finds nothing to rename.
          await handle!.truncate(0);
          await handle!.write(data, 0, 'utf8');
          await handle!.sync();
        } catch (error) {
          throw describeFsError(error, path, 'write');
        }
      },
      commit: async () => {
        await close();
        await this.replaceable(path);
        try {
          await this.fs.rename(temp, path);
          return true;
        } catch (error) {
          if (isEnoent(error)) return false;
          throw describeFsError(error, path, 'write');
        }
      },
      discard: async () => {
        await close();
        await this.fs.unlink(temp).catch(() => undefined);
      },
    };
  }

  async fence(path: string, token: string): Promise<void> {
    await this.remove(this.stagedPath(path, token));
  }

  async staged(path: string): Promise<{ token: string; ageMs: number }[]> {
    const dir = dirname(path);
    const prefix = `.${basename(path)}.`;
    const names = await this.fs.readdir(dir).catch(() => [] as string[]);
    const out: { token: string; ageMs: number }[] = [];
    for (const name of names) {
      if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
      const stat = await this.fs.stat(join(dir, name)).catch(() => undefined);
      if (stat) out.push({ token: name.slice(prefix.length, -'.tmp'.length), ageMs: Date.now() - stat.mtimeMs });
    }
    return out;
  }

  async isLink(path: string): Promise<boolean> {
    const stat = await this.fs.lstat(path).catch(() => undefined);
    return stat?.isSymbolicLink() ?? false;
  }
}
