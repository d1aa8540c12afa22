// Starts helper processes (code-server, installers) in their own process group and guarantees the
// whole group dies with us: code-server forks extension hosts and pty hosts, and killing only its
// main PID leaves those running. Three layers of cleanup:
//   1. stop() / stopAll() kill the group (TERM, then KILL after a grace period);
//   2. an 'exit' hook and SIGINT/SIGTERM/SIGHUP handlers kill every group still alive;
//   3. a tiny watchdog process holds a pipe from us and kills the group when that pipe closes,
//      which also covers our own death by SIGKILL or an OOM kill.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import * as fs from 'node:fs';

const liveGroups = new Set<number>();

export interface GroupProcess {
  readonly pid: number;
  readonly child: ChildProcess;
  /** Resolves with the main process's exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Kills the whole process group; resolves once the group is gone. Safe to call twice. */
  stop(): Promise<void>;
}

export interface GroupSpawnOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Every line of stdout/stderr is appended here (the file is created). */
  logFile?: string;
  /** Called with each chunk of output, e.g. to wait for a "listening" line. */
  onOutput?: (text: string) => void;
}

export function spawnGroup(command: string, args: readonly string[], options: GroupSpawnOptions = {}): GroupProcess {
  installExitHooks();
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true, // setsid(): the child leads a new process group we can kill as a whole.
    stdio: ['ignore', 'pipe', 'pipe'],
  };
  const child = spawn(command, args, spawnOptions);
  if (child.pid === undefined) throw new Error(`Could not start ${command}`);
  const pid = child.pid;
  liveGroups.add(pid);
  const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  const onData = (chunk: Buffer): void => {
    log?.write(chunk);
    options.onOutput?.(chunk.toString('utf8'));
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(-1));
    child.on('exit', (code) => resolve(code));
  });
  const watchdog = startWatchdog(pid);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await killGroup(pid);
      liveGroups.delete(pid);
      watchdog?.stdin?.end();
      await new Promise<void>((resolve) => (log ? log.end(resolve) : resolve()));
    })();
    return stopping;
  };
  return { pid, child, exited, stop };
}

/** Kills every group this process started and has not stopped yet. */
export async function stopAllGroups(): Promise<void> {
  await Promise.all([...liveGroups].map(async (pid) => {
    await killGroup(pid);
    liveGroups.delete(pid);
  }));
}

/** Synchronous last resort for 'exit' hooks: SIGKILL every group still alive. */
export function killAllGroupsNow(): void {
  for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL');
  liveGroups.clear();
}

export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function killGroup(pgid: number, graceMs = 4000): Promise<void> {
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
  const hardDeadline = Date.now() + 2000;
  while (groupAlive(pgid) && Date.now() < hardDeadline) await sleep(50);
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

// Ignores signals (so a Ctrl-C in the terminal cannot kill it before it acts) and kills the
// group as soon as its stdin closes, i.e. when the parent exits for whatever reason.
const WATCHDOG_SOURCE = `
const pgid = Number(process.argv[1]);
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => {});
const alive = () => { try { process.kill(-pgid, 0); return true; } catch { return false; } };
let fired = false;
const fire = () => {
  if (fired) return; fired = true;
  if (!alive()) process.exit(0);
  try { process.kill(-pgid, 'SIGTERM'); } catch {}
  setTimeout(() => { try { process.kill(-pgid, 'SIGKILL'); } catch {} process.exit(0); }, 3000);
};
process.stdin.on('data', () => {});
process.stdin.on('end', fire);
process.stdin.on('close', fire);
process.stdin.on('error', fire);
`;

function startWatchdog(pgid: number): ChildProcess | undefined {
  try {
    const watchdog = spawn(process.execPath, ['-e', WATCHDOG_SOURCE, String(pgid)], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    watchdog.unref();
    // The pipe must not keep our event loop alive; it only has to exist until we die.
    (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    watchdog.on('error', () => undefined);
    watchdog.stdin?.on('error', () => undefined);
    return watchdog;
  } catch {
    return undefined;
  }
}

let hooksInstalled = false;

/** Exit hook + signal handlers that kill our groups (and let 'exit' hooks such as temp-dir removal run). */
export function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  // 'exit' handlers must be synchronous: SIGKILL straight away.
  process.on('exit', killAllGroupsNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const handler = (): void => {
      killAllGroupsNow();
      // When nobody else (mocha, playwright) handles the signal, behave like the default: exit.
      if (process.listenerCount(signal) <= 1) process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.on(signal, handler);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs a command to completion in its own group; rejects on a non-zero exit or after timeoutMs. */
export async function runGroup(
  command: string,
  args: readonly string[],
  options: GroupSpawnOptions & { timeoutMs?: number; label?: string } = {},
): Promise<void> {
  let output = '';
  const proc = spawnGroup(command, args, {
    ...options,
    onOutput: (text) => {
      output = (output + text).slice(-20000);
      options.onOutput?.(text);
    },
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? 30 * 60_000);
  });
  const result = await Promise.race([proc.exited, timedOut]);
  clearTimeout(timer);
  await proc.stop();
  const label = options.label ?? `${command} ${args.join(' ')}`;
  if (result === 'timeout') throw new Error(`${label}: timed out\n${output.slice(-4000)}`);
  if (result !== 0) throw new Error(`${label}: exit code ${result}\n${output.slice(-4000)}`);
}
