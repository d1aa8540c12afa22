/**
 * FileStore over the local file system. Writes go to a temp file in the same folder, are
 * flushed, then renamed over the target (atomic on POSIX and NTFS), so a crash never leaves a
 * half-written sidecar. Errors become FileStoreErrors with messages a reviewer can act on.
 */
import { promises as nodeFs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileStoreError, type FileStore } from './fileStore';

/** Sidecars are small; anything bigger is not ours (or is damaged). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

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
export type FsPromises = Pick<typeof nodeFs, 'stat' | 'readFile' | 'open' | 'rename' | 'unlink' | 'writeFile'>;

export class NodeFileStore implements FileStore {
  constructor(
    private readonly maxBytes = DEFAULT_MAX_BYTES,
    private readonly fs: FsPromises = nodeFs,
  ) {}

  async read(path: string): Promise<string | undefined> {
    let bytes: Buffer;
    try {
      const stat = await this.fs.stat(path);
      if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (stat.size > this.maxBytes) {
        throw new FileStoreError('too-large', path, `Not reading ${path}: it is ${(stat.size / 1048576).toFixed(1)} MB, more than a review file can be (${(this.maxBytes / 1048576).toFixed(0)} MB).`);
      }
      bytes = await this.fs.readFile(path);
    } catch (error) {
      if (error instanceof FileStoreError) throw error;
      // ENOTDIR: part of the path is a file, so this file cannot exist either.
      if (errno(error) === 'ENOENT' || errno(error) === 'ENOTDIR') return undefined;
      throw describeFsError(error, path, 'read');
    }
    if (bytes.includes(0)) throw new FileStoreError('binary', path, `Not reading ${path}: it is a binary file, not a review file.`);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new FileStoreError('not-text', path, `Not reading ${path}: it is not UTF-8 text.`);
    }
  }

  async writeAtomic(path: string, data: string): Promise<void> {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    try {
      const existing = await this.fs.stat(path).catch(() => undefined);
      if (existing?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      const handle = await this.fs.open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
      try {
        await handle.writeFile(data, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.fs.rename(temp, path);
    } catch (error) {
      await this.fs.unlink(temp).catch(() => undefined);
      throw describeFsError(error, path, 'write');
    }
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
      if (errno(error) !== 'ENOENT') throw describeFsError(error, path, 'write');
    }
  }
}
