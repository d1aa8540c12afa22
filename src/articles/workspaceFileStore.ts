/**
 * Review files of articles that are not on the local disk (a virtual workspace such as Remote
 * Repositories, or any file system an extension registers): the FileStore over VS Code's
 * `workspace.fs`, addressed by URI strings. Writes are staged beside the file and renamed over it
 * (atomic where the provider's rename is); a lock file is created by renaming without overwrite.
 * There are no file handles here, so fencing a staged write is checked before writing and before
 * the rename rather than enforced by the handle, as NodeFileStore does.
 * No `vscode` import: extension.ts passes `vscode.workspace.fs` and `Uri.parse`; tests an in-memory one.
 */
import { decodeReviewFile, FileStoreError, writeThroughStage, MAX_SIDECAR_BYTES, tooLargeToWrite, type FileStore, type StagedWrite } from '../core/review/fileStore';
import { l10n } from '../l10n/l10n';

/** VS Code's FileType and FilePermission values that matter here. */
const FILE_TYPE_DIRECTORY = 2;
const FILE_TYPE_SYMBOLIC_LINK = 64;
const PERMISSION_READONLY = 1;

/** The part of `vscode.FileSystem` the store uses (`U`: vscode.Uri). */
export interface UriFileSystem<U> {
  stat(uri: U): PromiseLike<{ readonly type: number; readonly size: number; readonly mtime: number; readonly permissions?: number }>;
  readFile(uri: U): PromiseLike<Uint8Array>;
  writeFile(uri: U, content: Uint8Array): PromiseLike<void>;
  rename(source: U, target: U, options?: { overwrite?: boolean }): PromiseLike<void>;
  delete(uri: U, options?: { recursive?: boolean; useTrash?: boolean }): PromiseLike<void>;
  readDirectory(uri: U): PromiseLike<[string, number][]>;
}

/** A path that is a URI (`scheme:…`, a scheme of two letters or more, so never `C:\…`). */
export function isUriPath(path: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(path);
}

/** `vscode.FileSystemError.code` ('FileNotFound', 'NoPermissions', …), if the error has one. */
function fsCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function describe(error: unknown, path: string, action: 'read' | 'write'): FileStoreError {
  if (error instanceof FileStoreError) return error;
  const read = action === 'read';
  switch (fsCode(error)) {
    case 'NoPermissions':
      return new FileStoreError('permission', path, action === 'write'
        ? l10n.t('Cannot save reviews to {0}: the file system does not allow it (it may be read-only). Reviews are shown but not saved.', path)
        : l10n.t('Cannot read {0}: permission denied.', path));
    case 'FileIsADirectory':
      return new FileStoreError('is-directory', path, read ? l10n.t('Cannot read {0}: it is a folder, not a file.', path) : l10n.t('Cannot save {0}: it is a folder, not a file.', path));
    case 'FileNotADirectory':
      return new FileStoreError('not-directory', path, read ? l10n.t('Cannot read {0}: part of the path is a file, not a folder.', path) : l10n.t('Cannot save {0}: part of the path is a file, not a folder.', path));
    case 'FileNotFound':
      return new FileStoreError('missing-folder', path, read ? l10n.t('Cannot read {0}: its folder does not exist.', path) : l10n.t('Cannot save {0}: its folder does not exist.', path));
    default:
      return new FileStoreError('io', path, read ? l10n.t('Cannot read {0}: {1}', path, error instanceof Error ? error.message : String(error)) : l10n.t('Cannot save {0}: {1}', path, error instanceof Error ? error.message : String(error)));
  }
}

const notFound = (error: unknown) => fsCode(error) === 'FileNotFound' || fsCode(error) === 'FileNotADirectory';

/** `scheme:/folder/name` → [`scheme:/folder`, `name`]. */
function split(path: string): [string, string] {
  const slash = path.lastIndexOf('/');
  return [path.slice(0, slash), path.slice(slash + 1)];
}

export class WorkspaceFileStore<U> implements FileStore {
  constructor(
    private readonly fs: UriFileSystem<U>,
    private readonly toUri: (path: string) => U,
    readonly maxBytes = MAX_SIDECAR_BYTES,
  ) {}

  private stat(path: string) {
    return Promise.resolve(this.fs.stat(this.toUri(path))).catch((error: unknown) => {
      if (notFound(error)) return undefined;
      throw error;
    });
  }

  async read(path: string): Promise<string | undefined> {
    let bytes: Uint8Array;
    try {
      const stat = await this.stat(path);
      if (!stat) return undefined;
      if (stat.type & FILE_TYPE_DIRECTORY) throw describe({ code: 'FileIsADirectory' }, path, 'read');
      if (stat.size > this.maxBytes) {
        throw new FileStoreError('too-large', path, l10n.t('Not reading {0}: it is {1} MB, more than a review file can be ({2} MB).', path, (stat.size / 1048576).toFixed(1), (this.maxBytes / 1048576).toFixed(1)));
      }
      bytes = await this.fs.readFile(this.toUri(path));
    } catch (error) {
      if (notFound(error)) return undefined;
      throw describe(error, path, 'read');
    }
    return decodeReviewFile(path, bytes);
  }

  async writeAtomic(path: string, data: string): Promise<void> {
    await writeThroughStage(this, path, data, `w${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`);
  }


  async createExclusive(path: string, data: string): Promise<boolean> {
    const temp = this.stagedPath(path, `x${Math.random().toString(36).slice(2, 10)}`);
    try {
      await this.fs.writeFile(this.toUri(temp), new TextEncoder().encode(data));
      await this.fs.rename(this.toUri(temp), this.toUri(path), { overwrite: false });
      return true;
    } catch (error) {
      if (fsCode(error) === 'FileExists') return false;
      throw describe(error, path, 'write');
    } finally {
      await this.remove(temp).catch(() => undefined);
    }
  }

  async remove(path: string): Promise<void> {
    try {
      await this.fs.delete(this.toUri(path), { useTrash: false });
    } catch (error) {
      if (!notFound(error)) throw describe(error, path, 'write');
    }
  }

  private stagedPath(path: string, token: string): string {
    const [dir, name] = split(path);
    return `${dir}/.${name}.${token}.tmp`;
  }

  /** Refuses a folder or a read-only file, as NodeFileStore does. */
  private async replaceable(path: string): Promise<void> {
    const existing = await this.stat(path).catch((error: unknown) => {
      throw describe(error, path, 'write');
    });
    if (existing && existing.type & FILE_TYPE_DIRECTORY) throw describe({ code: 'FileIsADirectory' }, path, 'write');
    if (existing && (existing.permissions ?? 0) & PERMISSION_READONLY) {
      throw new FileStoreError('read-only-file', path, l10n.t('{0} is read-only; ClaimLens does not replace it.', path));
    }
  }

  async stage(path: string, token: string): Promise<StagedWrite> {
    await this.replaceable(path);
    const temp = this.stagedPath(path, token);
    try {
      await this.fs.writeFile(this.toUri(temp), new Uint8Array());
    } catch (error) {
      throw describe(error, path, 'write');
    }
    return {
      write: async (data) => {
        const bytes = new TextEncoder().encode(data);
        if (bytes.length > this.maxBytes) throw tooLargeToWrite(path, bytes.length, this.maxBytes);
        // Fenced (another writer deleted the staged file): write nothing, so the commit finds nothing.
        if (!(await this.stat(temp).catch(() => undefined))) return;
        try {
          await this.fs.writeFile(this.toUri(temp), bytes);
        } catch (error) {
          throw describe(error, path, 'write');
        }
      },
      commit: async () => {
        await this.replaceable(path);
        try {
          await this.fs.rename(this.toUri(temp), this.toUri(path), { overwrite: true });
          return true;
        } catch (error) {
          if (notFound(error)) return false;
          throw describe(error, path, 'write');
        }
      },
      discard: () => this.remove(temp).catch(() => undefined),
    };
  }

  async fence(path: string, token: string): Promise<void> {
    await this.remove(this.stagedPath(path, token));
  }

  async staged(path: string): Promise<{ token: string; ageMs: number }[]> {
    const [dir, name] = split(path);
    const prefix = `.${name}.`;
    const entries = await Promise.resolve(this.fs.readDirectory(this.toUri(dir))).catch(() => [] as [string, number][]);
    const out: { token: string; ageMs: number }[] = [];
    for (const [entry] of entries) {
      if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
      const stat = await this.stat(`${dir}/${entry}`).catch(() => undefined);
      if (stat) out.push({ token: entry.slice(prefix.length, -'.tmp'.length), ageMs: Date.now() - stat.mtime });
    }
    return out;
  }

  async isLink(path: string): Promise<boolean> {
    const stat = await this.stat(path).catch(() => undefined);
    return !!stat && (stat.type & FILE_TYPE_SYMBOLIC_LINK) !== 0;
  }
}

/** Local paths to one store (NodeFileStore), URI paths (`isUriPath`) to the other. */
export class RoutingFileStore implements FileStore {
  readonly maxBytes: number;

  constructor(private readonly local: FileStore, private readonly uris: FileStore) {
    this.maxBytes = Math.min(local.maxBytes, uris.maxBytes);
  }

  private of(path: string): FileStore {
    return isUriPath(path) ? this.uris : this.local;
  }

  read(path: string) { return this.of(path).read(path); }
  writeAtomic(path: string, data: string) { return this.of(path).writeAtomic(path, data); }
  createExclusive(path: string, data: string) { return this.of(path).createExclusive(path, data); }
  remove(path: string) { return this.of(path).remove(path); }
  stage(path: string, token: string) { return this.of(path).stage(path, token); }
  fence(path: string, token: string) { return this.of(path).fence(path, token); }
  staged(path: string) { return this.of(path).staged(path); }
  isLink(path: string) { return this.of(path).isLink(path); }
}
