// Launcher B: the same integration suite in desktop VS Code via @vscode/test-electron, for machines
// that can download VS Code (contributors' laptops, public CI). It cannot run offline.
//   npm run test:electron [-- --grep <pattern>]      VSCODE_VERSION=1.96.0 to test the oldest supported
// On a headless Linux box run it under a display, e.g. `xvfb-run -a npm run test:electron`.
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { cacheDir, repoRoot } from './config';
import { reportLayerResult } from './results';
import { copyWorkspace, makeStateDir, removeStateDir } from './tempDirs';

const LAYER = 'integration';

async function main(): Promise<number> {
  const grepIndex = process.argv.indexOf('--grep');
  const grep = grepIndex >= 0 ? process.argv[grepIndex + 1] : process.env.CLAIMLENS_TEST_GREP;
  const stateDir = makeStateDir('electron');
  try {
    const workspace = copyWorkspace(stateDir);
    return await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      cachePath: cacheDir,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index'),
      extensionTestsEnv: grep ? { CLAIMLENS_TEST_GREP: grep } : {},
      launchArgs: [
        workspace,
        '--disable-extensions', // Other installed extensions stay out; the development copy still loads.
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(stateDir, 'user-data'),
        '--extensions-dir', path.join(stateDir, 'extensions'),
      ],
    });
  } finally {
    removeStateDir(stateDir);
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`${LAYER} (test-electron): ${error.message}`);
    reportLayerResult({ layer: LAYER, passed: 0, failed: 1 });
    process.exitCode = 1;
  },
);
