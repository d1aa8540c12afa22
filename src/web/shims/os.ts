/** `node:os` in the web build (esbuild alias): no OS to ask. Only what src/ uses. */
export function hostname(): string {
  return 'browser';
}

/** Throws, as Node's does for a user without a passwd entry: callers fall back (reviewer name: the setting, else "reviewer"). */
export function userInfo(): { username: string } {
  throw new Error('no OS user in a browser');
}

export function availableParallelism(): number {
  return 1;
}
