/**
 * Loading and saving one article's reviews. Every update is a locked read-modify-write:
 * stage a temp file, take the sidecar's lock (sidecarLock.ts), re-read the file on disk
 * (another window or a git pull may have changed it), apply the change, write the temp, and
 * rename it over the sidecar only while the file still holds what was read and the lock is
 * still ours; otherwise read, merge and write again. A sidecar we cannot understand, a
 * read-only one, or a write that would grow it past what its reader accepts is never written.
 */
import { FileStoreError, type FileStore } from './fileStore';
import { emptySidecar, serializeSidecar, SIDECAR_VERSION } from './format';
import { mergeAnnotations } from './merge';
import { parseSidecar } from './parse';
import { LockError, SidecarLock, type HeldLock } from './sidecarLock';
import { sidecarPathFor } from './sidecarPath';
import type { Annotation, Sidecar } from './types';

export type SidecarState = 'ok' | 'missing' | 'malformed' | 'invalid' | 'newer' | 'unreadable';

export interface LoadResult {
  state: SidecarState;
  /** Annotations to show; for malformed/invalid/unreadable an empty sidecar, for newer the readable part (read-only). */
  sidecar: Sidecar;
  /** What went wrong, for the user. */
  message?: string;
  /** Set when the file was written in an older format and upgraded in memory. */
  migratedFrom?: number;
  sidecarPath: string;
}

export class ReviewStoreError extends Error {
  constructor(
    readonly state: SidecarState | 'locked' | 'write-failed',
    readonly sidecarPath: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReviewStoreError';
  }
}

export interface ReviewStoreOptions {
  /** How long a lock file may stay unchanged before it is considered left behind (ms). */
  staleLockMs?: number;
  /** How long to wait for the lock (ms); longer than staleLockMs, so a lock nobody releases is waited out. */
  lockTimeoutMs?: number;
  /** Whether a process of this host is running (tests simulate crashed writers). */
  isAlive?: (pid: number) => boolean;
}

/** Reads, merges and writes again at most this often when other writers keep changing the file. */
const MAX_ROUNDS = 8;

export class ReviewStore {
  private readonly options: Required<Omit<ReviewStoreOptions, 'isAlive'>> & Pick<ReviewStoreOptions, 'isAlive'>;
  private readonly locks = new Map<string, SidecarLock>();

  constructor(
    private readonly files: FileStore,
    options: ReviewStoreOptions = {},
  ) {
    this.options = { staleLockMs: options.staleLockMs ?? 10_000, lockTimeoutMs: options.lockTimeoutMs ?? 15_000, isAlive: options.isAlive };
  }

  async load(articlePath: string): Promise<LoadResult> {
    return (await this.read(sidecarPathFor(articlePath))).result;
  }

  /** The file's text as read (to detect a change before replacing it) and what it holds. */
  private async read(sidecarPath: string): Promise<{ raw: string | undefined; result: LoadResult }> {
    let raw: string | undefined;
    try {
      raw = await this.files.read(sidecarPath);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { raw: undefined, result: { state: 'unreadable', sidecar: emptySidecar(), message, sidecarPath } };
    }
    if (raw === undefined) return { raw, result: { state: 'missing', sidecar: emptySidecar(), sidecarPath } };
    const parsed = parseSidecar(raw);
    if (parsed.ok) {
      const migrated = parsed.migratedFrom === undefined ? {} : { migratedFrom: parsed.migratedFrom };
      return { raw, result: { state: 'ok', sidecar: parsed.sidecar, ...migrated, sidecarPath } };
    }
    // A link to some other file: say so, without quoting that file.
    const message = (await this.files.isLink(sidecarPath).catch(() => false))
      ? `${sidecarPath} is a symbolic link to a file that is not a ClaimLens review file; its content is not shown.`
      : `${parsed.message} (${sidecarPath})`;
    return { raw, result: { state: parsed.problem, sidecar: parsed.sidecar ?? emptySidecar(), message, sidecarPath } };
  }

  /**
   * Applies `mutate` to the annotations currently on disk and saves the result. `mutate` may be
   * called again with a newer list when another writer saved in between. Throws a
   * ReviewStoreError (never overwriting anything) when the file on disk is malformed, invalid,
   * newer, unreadable or read-only, when the folder is not writable, when the result would be too
   * large, or when another writer holds the lock for too long. Returns the saved sidecar.
   */
  async update(articlePath: string, mutate: (annotations: Annotation[]) => Annotation[]): Promise<Sidecar> {
    const sidecarPath = sidecarPathFor(articlePath);
    for (let round = 1; ; round++) {
      const held = await this.lock(sidecarPath);
      try {
        const saved = await this.saveUnderLock(sidecarPath, held, mutate);
        if (saved) return saved;
      } catch (error) {
        throw error instanceof FileStoreError ? new ReviewStoreError('write-failed', sidecarPath, `Reviews were not saved: ${error.message}`) : error;
      } finally {
        await held.staged.discard();
        await held.release();
      }
      if (round >= MAX_ROUNDS) {
        throw new ReviewStoreError('locked', sidecarPath, `Reviews were not saved: ${sidecarPath} kept changing while saving (other windows writing). Try again.`);
      }
    }
  }

  /** One read-modify-write; undefined when the file changed or the lock was taken over (do it again). */
  private async saveUnderLock(sidecarPath: string, held: HeldLock, mutate: (annotations: Annotation[]) => Annotation[]): Promise<Sidecar | undefined> {
    const { raw, result: current } = await this.read(sidecarPath);
    if (current.state !== 'ok' && current.state !== 'missing') {
      throw new ReviewStoreError(current.state, sidecarPath, `Reviews were not saved: ${current.message ?? 'the review file cannot be read'} Fix or move the file, then try again.`);
    }
    const next: Sidecar = { version: SIDECAR_VERSION, annotations: mutate(current.sidecar.annotations.slice()) };
    // A "$schema" line someone added stays (nothing in the file is lost on save).
    if (current.sidecar.$schema !== undefined) next.$schema = current.sidecar.$schema;
    const data = serializeSidecar(next);
    // Never write something we could not read back.
    const check = parseSidecar(data);
    if (!check.ok) throw new ReviewStoreError('invalid', sidecarPath, `Reviews were not saved: ${check.message}`);
    const unchanged = current.state === 'ok' && data === serializeSidecar(current.sidecar) && current.migratedFrom === undefined;
    // No empty sidecar files beside articles nobody reviewed.
    const nothingToCreate = current.state === 'missing' && next.annotations.length === 0;
    if (unchanged || nothingToCreate) return check.sidecar;
    await held.staged.write(data);
    // Compare and swap: replace only the snapshot this write was merged with, under our own lock.
    if ((await this.files.read(sidecarPath)) !== raw || !(await held.stillOwned())) return undefined;
    return (await held.staged.commit()) ? check.sidecar : undefined;
  }

  /** Merges `annotations` into the file by id (newer `updated.at` wins); for re-saving after an external change. */
  async merge(articlePath: string, annotations: readonly Annotation[]): Promise<Sidecar> {
    return this.update(articlePath, (onDisk) => mergeAnnotations(onDisk, annotations));
  }

  /** The sidecar's lock, held; the first time per sidecar, temp files of crashed writers are cleaned up too. */
  private async lock(sidecarPath: string): Promise<HeldLock> {
    let lock = this.locks.get(sidecarPath);
    const first = !lock;
    if (!lock) this.locks.set(sidecarPath, (lock = new SidecarLock(this.files, sidecarPath, this.options)));
    let held: HeldLock;
    try {
      held = await lock.acquire();
    } catch (error) {
      if (error instanceof LockError) throw new ReviewStoreError(error.kind === 'busy' ? 'locked' : 'write-failed', sidecarPath, `Reviews were not saved: ${error.message}`);
      const message = error instanceof Error ? error.message : String(error);
      throw new ReviewStoreError('write-failed', sidecarPath, `Reviews were not saved: ${message.split(lock.lockPath).join(sidecarPath)}`);
    }
    if (first) await lock.removeOrphanedStages();
    return held;
  }
}
