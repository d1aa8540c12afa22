// Private temp folders per run, so concurrent runs on one machine never share state.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixtureWorkspace } from './config';

export function makeStateDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `claimlens-${label}-`));
}

/** Copies a fixture workspace into the state folder (tests may write there) and returns the copy. */
export function copyWorkspace(stateDir: string, source: string = fixtureWorkspace): string {
  const target = path.join(stateDir, 'workspace');
  fs.cpSync(source, target, { recursive: true });
  return target;
}

/** Removes a state folder unless CLAIMLENS_KEEP_TEMP is set (then says where it is). */
export function removeStateDir(stateDir: string): void {
  if (process.env.CLAIMLENS_KEEP_TEMP) {
    console.log(`(kept ${stateDir})`);
    return;
  }
  fs.rmSync(stateDir, { recursive: true, force: true, maxRetries: 3 });
}
