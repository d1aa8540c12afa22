/**
 * Loading and saving one article's reviews. Every update is a locked read-modify-write:
 * take the sidecar's lock file, re-read the file on disk (another window or a git pull may
 * have changed it), merge in what this store last saw, apply the change, write atomically,
 * release the lock. A sidecar we cannot understand is never overwritten.
 */
import { emptySidecar, serializeSidecar, SIDECAR_VERSION } from './format';
import type { FileStore } from './fileStore';
import { mergeAnnotations } from './merge';
import { parseSidecar } from './parse';
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
  /** How long a lock file may live before it is considered left behind by a crash (ms). */
  staleLockMs?: number;
  /** How long to wait for another writer's lock (ms). */
  lockTimeoutMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ReviewStore {
  private readonly staleLockMs: number;
  private readonly lockTimeoutMs: number;

  constructor(
    private readonly files: FileStore,
    options: ReviewStoreOptions = {},
  ) {
    this.staleLockMs = options.staleLockMs ?? 10_000;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 5_000;
  }

  async load(articlePath: string): Promise<LoadResult> {
    const sidecarPath = sidecarPathFor(articlePath);
    let raw: string | undefined;
    try {
      raw = await this.files.read(sidecarPath);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { state: 'unreadable', sidecar: emptySidecar(), message, sidecarPath };
    }
    if (raw === undefined) return { state: 'missing', sidecar: emptySidecar(), sidecarPath };
    const parsed = parseSidecar(raw);
    if (parsed.ok) {
      return parsed.migratedFrom === undefined
        ? { state: 'ok', sidecar: parsed.sidecar, sidecarPath }
        : { state: 'ok', sidecar: parsed.sidecar, migratedFrom: parsed.migratedFrom, sidecarPath };
    }
    return {
      state: parsed.problem,
      sidecar: parsed.sidecar ?? emptySidecar(),
      message: `${parsed.message} (${sidecarPath})`,
      sidecarPath,
    };
  }

  /**
   * Applies `mutate` to the annotations currently on disk and saves the result. Throws a
   * ReviewStoreError (never overwriting anything) when the file on disk is malformed, invalid,
   * newer or unreadable, when the folder is not writable, or when another writer holds the lock
   * for too long. Returns the saved sidecar.
   */
  async update(articlePath: string, mutate: (annotations: Annotation[]) => Annotation[]): Promise<Sidecar> {
    const sidecarPath = sidecarPathFor(articlePath);
    const release = await this.lock(sidecarPath);
    try {
      const current = await this.load(articlePath);
      if (current.state !== 'ok' && current.state !== 'missing') {
        throw new ReviewStoreError(
          current.state,
          sidecarPath,
          `Reviews were not saved: ${current.message ?? 'the review file cannot be read'} Fix or move the file, then try again.`,
        );
      }
      const next: Sidecar = { version: SIDECAR_VERSION, annotations: mutate(current.sidecar.annotations.slice()) };
      // A "$schema" line someone added stays (nothing in the file is lost on save).
      if (current.sidecar.$schema !== undefined) next.$schema = current.sidecar.$schema;
      const data = serializeSidecar(next);
      // Never write something we could not read back.
      const check = parseSidecar(data);
      if (!check.ok) throw new ReviewStoreError('invalid', sidecarPath, `Reviews were not saved: ${check.message}`);
      const before = current.state === 'ok' ? serializeSidecar(current.sidecar) : undefined;
      // No empty sidecar files beside articles nobody reviewed.
      const nothingToCreate = current.state === 'missing' && next.annotations.length === 0;
      if (!nothingToCreate && (data !== before || current.migratedFrom !== undefined)) await this.write(sidecarPath, data);
      return check.sidecar;
    } finally {
      await release();
    }
  }

  /** Merges `annotations` into the file by id (newer `updated.at` wins); for re-saving after an external change. */
  async merge(articlePath: string, annotations: readonly Annotation[]): Promise<Sidecar> {
    return this.update(articlePath, (onDisk) => mergeAnnotations(onDisk, annotations));
  }

  private async write(sidecarPath: string, data: string): Promise<void> {
    try {
      await this.files.writeAtomic(sidecarPath, data);
    } catch (error) {
      throw new ReviewStoreError('write-failed', sidecarPath, error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * A lock file beside the sidecar serializes writers across windows and processes. A lock
   * older than staleLockMs (a crashed window) is taken over; so is an unreadable one that
   * outlives the wait.
   */
  private async lock(sidecarPath: string): Promise<() => Promise<void>> {
    const lockPath = `${sidecarPath}.lock`;
    let deadline = Date.now() + this.lockTimeoutMs;
    let tookOverDamaged = false;
    for (let attempt = 0; ; attempt++) {
      let created: boolean;
      try {
        created = await this.files.createExclusive(lockPath, JSON.stringify({ at: Date.now() }));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new ReviewStoreError('write-failed', sidecarPath, `Reviews were not saved: ${message.split(lockPath).join(sidecarPath)}`);
      }
      if (created) return () => this.files.remove(lockPath).catch(() => undefined);
      const age = await this.lockAge(lockPath);
      if (age === 'gone') continue;
      if (typeof age === 'number' && age > this.staleLockMs) {
        await this.files.remove(lockPath).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) {
        if (age === 'unreadable' && !tookOverDamaged) {
          tookOverDamaged = true;
          await this.files.remove(lockPath).catch(() => undefined);
          deadline = Date.now() + this.lockTimeoutMs;
          continue;
        }
        throw new ReviewStoreError('locked', sidecarPath, `Reviews were not saved: another window is still writing ${sidecarPath} (lock file ${lockPath}). Try again.`);
      }
      await sleep(Math.min(50, 2 + attempt * 2) + Math.random() * 5);
    }
  }

  private async lockAge(lockPath: string): Promise<number | 'gone' | 'unreadable'> {
    try {
      const content = await this.files.read(lockPath);
      if (content === undefined) return 'gone';
      const at = (JSON.parse(content) as { at?: unknown }).at;
      return typeof at === 'number' ? Date.now() - at : 'unreadable';
    } catch {
      // Being written this instant (empty) or damaged.
      return 'unreadable';
    }
  }
}
