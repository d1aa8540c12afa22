/**
 * The lock that serialises writers of one sidecar across windows and processes: a file beside
 * it holding the owner's token, process id, host and time.
 *
 * A lock left behind is taken over when its owner is gone (same host, process ended), when it
 * says it is older than the stale period, or — whatever its clock says, so a lock dated in the
 * future by clock skew cannot block writes forever — when it has stayed unchanged for the stale
 * period as this process measures it. A writer stalled that long (a paused window, a frozen
 * disk) may wake up still believing it owns the lock; what keeps it from writing its old
 * snapshot over newer data is the fence: each writer stages its temp file, named by its token,
 * *before* taking the lock, and whoever takes a lock over deletes that temp first. The stalled
 * writer's rename then fails, and it reads, merges and writes again (reviewStore.ts).
 */
import { hostname } from 'node:os';
import { FileStoreError, type FileStore, type StagedWrite } from './fileStore';

export interface LockOwner {
  token: string;
  pid: number;
  host: string;
  /** Date.now() of the writer when it took the lock. */
  at: number;
}

export interface LockOptions {
  /** A lock unchanged for this long (ms) is considered left behind and taken over. */
  staleLockMs: number;
  /** How long to wait (ms) for the lock; longer than staleLockMs waits out a lock nobody releases. */
  lockTimeoutMs: number;
  /** Whether a process of this host is running (tests simulate crashed writers). */
  isAlive?: (pid: number) => boolean;
}

/** Why a lock could not be taken, in words for the user. */
export class LockError extends Error {
  constructor(
    readonly kind: 'busy' | 'not-a-file' | 'io',
    message: string,
  ) {
    super(message);
    this.name = 'LockError';
  }
}

export interface HeldLock {
  owner: LockOwner;
  staged: StagedWrite;
  /** Whether the lock file still names this owner (checked again just before the commit). */
  stillOwned(): Promise<boolean>;
  release(): Promise<void>;
}

const HOST = hostname();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Letters, digits and dashes only: the token names a temp file. */
export function newLockToken(): string {
  return `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** What a lock file says about its holder; an older ClaimLens wrote only `at`. */
function parseOwner(raw: string): Partial<LockOwner> | undefined {
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (!v || typeof v !== 'object') return undefined;
    const holder: Partial<LockOwner> = {};
    if (typeof v.token === 'string' && /^[A-Za-z0-9-]+$/.test(v.token)) holder.token = v.token;
    if (typeof v.pid === 'number' && Number.isInteger(v.pid)) holder.pid = v.pid;
    if (typeof v.host === 'string') holder.host = v.host;
    if (typeof v.at === 'number') holder.at = v.at;
    return holder;
  } catch {
    // Being written this instant (empty), or damaged.
    return undefined;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SidecarLock {
  readonly lockPath: string;

  constructor(
    private readonly files: FileStore,
    private readonly sidecarPath: string,
    private readonly options: LockOptions,
  ) {
    this.lockPath = `${sidecarPath}.lock`;
  }

  private isAlive(pid: number): boolean {
    return (this.options.isAlive ?? processAlive)(pid);
  }

  /** A temp file of another writer that can no longer commit: its process ended, or it is very old. */
  isOrphanedStage(token: string, ageMs: number): boolean {
    const pid = Number(/^(\d+)-/.exec(token)?.[1]);
    if (ageMs > 10 * Math.max(this.options.staleLockMs, this.options.lockTimeoutMs)) return true;
    // Tokens carry no host; a temp file is only judged by its process when its lock said this host.
    return Number.isInteger(pid) && pid !== process.pid && !this.isAlive(pid) && ageMs > this.options.staleLockMs;
  }

  /** Stages the write, then takes the lock (see the file comment for why in this order). */
  async acquire(): Promise<HeldLock> {
    const owner: LockOwner = { token: newLockToken(), pid: process.pid, host: HOST, at: Date.now() };
    const staged = await this.files.stage(this.sidecarPath, owner.token);
    try {
      await this.wait(owner);
    } catch (error) {
      await staged.discard();
      throw error;
    }
    return {
      owner,
      staged,
      stillOwned: async () => parseOwner((await this.readLock()) ?? '')?.token === owner.token,
      release: () => this.release(owner),
    };
  }

  /** The lock content last seen, and since when (performance.now()): kept across updates. */
  private seen: string | undefined;
  private seenSince = 0;

  private async wait(owner: LockOwner): Promise<void> {
    const started = performance.now();
    for (let attempt = 0; ; attempt++) {
      owner.at = Date.now();
      if (await this.files.createExclusive(this.lockPath, JSON.stringify(owner))) return;
      const raw = await this.readLock();
      if (raw === undefined) continue;
      const now = performance.now();
      if (raw !== this.seen) {
        this.seen = raw;
        this.seenSince = now;
      }
      const holder = parseOwner(raw);
      const gone = holder?.pid !== undefined && holder.host === HOST && holder.pid !== process.pid && !this.isAlive(holder.pid);
      const old = holder?.at !== undefined && Date.now() - holder.at > this.options.staleLockMs;
      if (gone || old || now - this.seenSince > this.options.staleLockMs) {
        await this.takeOver(raw, holder);
        continue;
      }
      if (now - started > this.options.lockTimeoutMs) {
        throw new LockError('busy', `another window is still writing ${this.sidecarPath} (lock file ${this.lockPath}). Try again.`);
      }
      await sleep(Math.min(50, 2 + attempt * 2) + Math.random() * 5);
    }
  }

  /** The lock file's content; undefined when there is none. Throws LockError when it is not a file. */
  private async readLock(): Promise<string | undefined> {
    try {
      return await this.files.read(this.lockPath);
    } catch (error) {
      if (error instanceof FileStoreError && (error.code === 'is-directory' || error.code === 'not-a-file')) {
        throw new LockError('not-a-file', `${this.lockPath} is not a lock file but a ${error.code === 'is-directory' ? 'folder' : 'special file'}; ClaimLens uses that name to keep writers apart. Remove or rename it, then try again.`);
      }
      // Damaged (binary, not UTF-8): judged by how long it stays unchanged.
      return error instanceof FileStoreError ? `unreadable:${error.code}` : undefined;
    }
  }

  /** Fences the holder's staged write, then removes its lock if it is still the same one. */
  private async takeOver(raw: string, holder: Partial<LockOwner> | undefined): Promise<void> {
    if (holder?.token) await this.files.fence(this.sidecarPath, holder.token);
    if ((await this.readLock()) === raw) await this.files.remove(this.lockPath);
    await this.removeOrphanedStages();
  }

  private async release(owner: LockOwner): Promise<void> {
    // Only our own lock: after a takeover it belongs to another writer.
    const raw = await this.readLock().catch(() => undefined);
    if (raw !== undefined && parseOwner(raw)?.token === owner.token) await this.files.remove(this.lockPath).catch(() => undefined);
  }

  /** Temp files that crashed writers left beside the sidecar. */
  async removeOrphanedStages(): Promise<void> {
    for (const { token, ageMs } of await this.files.staged(this.sidecarPath).catch(() => [])) {
      if (this.isOrphanedStage(token, ageMs)) await this.files.fence(this.sidecarPath, token).catch(() => undefined);
    }
  }
}
