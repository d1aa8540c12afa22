// Private temp folders per run, so concurrent runs on one machine never share state.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixtureWorkspace } from './config';
import { installExitHooks, killAllGroupsNow } from './processes';

const liveDirs = new Set<string>();
let exitHookInstalled = false;

export function makeStateDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `claimlens-${label}-`));
  installExitHooks(); // Without a signal handler, Ctrl-C kills Node before any 'exit' hook runs.
  if (!exitHookInstalled) process.once('exit', removeLeftovers);
  exitHookInstalled = true;
  liveDirs.add(dir);
  return dir;
}

// On Ctrl-C, playwright's or our own signal handler exits without unwinding `finally` blocks:
// kill the servers still writing there, then remove what is left.
function removeLeftovers(): void {
  killAllGroupsNow();
  for (const dir of liveDirs) removeStateDir(dir);
}

/** Copies a fixture workspace into the state folder (tests may write there) and returns the copy. */
export function copyWorkspace(stateDir: string, source: string = fixtureWorkspace): string {
  const target = path.join(stateDir, 'workspace');
  fs.cpSync(source, target, { recursive: true });
  return target;
}

/** Removes a state folder unless CLAIMLENS_KEEP_TEMP is set (then says where it is). */
export function removeStateDir(stateDir: string): void {
  liveDirs.delete(stateDir);
  if (process.env.CLAIMLENS_KEEP_TEMP) {
    console.log(`(kept ${stateDir})`);
    return;
  }
  fs.rmSync(stateDir, { recursive: true, force: true, maxRetries: 3 });
}
