/**
 * `node:fs` in the web build (esbuild alias). The web build reads and writes through `vscode.workspace.fs`
 * only; these are reached, if at all, by desktop code paths it does not take. `accessSync` answers "allowed":
 * the write itself (through workspace.fs) reports a read-only file system.
 */
const unavailable = (name: string) => (): never => {
  throw new Error(`${name} is not available in the web build`);
};

export const constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 };

export function accessSync(): void {
  // Allowed: see above.
}

export const statSync = unavailable('fs.statSync');
export const readFileSync = unavailable('fs.readFileSync');
export const writeFileSync = unavailable('fs.writeFileSync');
export const promises = new Proxy({}, { get: (_target, name) => unavailable(`fs.promises.${String(name)}`) });
export const appendFileSync = unavailable('fs.appendFileSync');
