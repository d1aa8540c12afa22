// UI layer: packages ClaimLens once, then runs the mocha files out/test/ui/**/*.test.js (those whose
// .ts source exists) in plain Node; each suite drives its own code-server workbench through test/ui/workbench.ts.
//   npm run test:ui [-- --grep <pattern>] [-- --web] [-- out/test/ui/some.test.js …]
// --web: ClaimLens's web build (the `browser` entry) runs in the workbench's web worker extension host
// instead of the server's Node host (CLAIMLENS_UI_WEB=1, read by test/ui/workbench.ts).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './config';
import { ensureTestHost } from './hostInstall';
import { reportLayerResult } from './results';
import { makeStateDir, removeStateDir } from './tempDirs';
import { packageVsix } from './vsix';

const LAYER = 'ui';

/** UI suites of features the web build does not have (README, Installing): not run with --web. None at present. */
const NOT_ON_THE_WEB: Readonly<Record<string, string>> = {};

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const grepIndex = args.indexOf('--grep');
  const grep = grepIndex >= 0 ? args.splice(grepIndex, 2)[1] : undefined;
  const webIndex = args.indexOf('--web');
  const web = webIndex >= 0 && args.splice(webIndex, 1).length > 0;
  const files = (args.length > 0 ? args : compiledUiTests()).filter((file) => {
    const why = web ? NOT_ON_THE_WEB[path.basename(file)] : undefined;
    if (why) console.log(`${LAYER} --web: not running ${path.basename(file)}: ${why}`);
    return !why;
  });

  // Before mocha: a first-run install takes minutes and must not count against a test's timeout.
  await ensureTestHost();
  const stateDir = makeStateDir('ui-run');
  try {
    const vsix = process.env.CLAIMLENS_VSIX ?? packageVsix(stateDir);
    const mochaArgs = [
      path.join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js'),
      '--no-config', '--no-package', // The root .mocharc.cjs is the unit layer's.
      '--ui', 'bdd',
      '--timeout', process.env.CLAIMLENS_UI_TIMEOUT_MS ?? '180000',
      '--reporter', path.join(__dirname, 'countingReporter.js'),
      '--reporter-option', `layer=${LAYER}`,
      ...(grep ? ['--grep', grep] : []),
      ...files,
    ];
    const child = spawn(process.execPath, mochaArgs, {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, CLAIMLENS_VSIX: vsix, ...(web ? { CLAIMLENS_UI_WEB: '1' } : {}) },
    });
    // Ctrl-C reaches mocha directly (same terminal group); its workbenches clean up on exit.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    return await new Promise<number>((resolve) => {
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
      child.on('error', () => resolve(1));
    });
  } finally {
    removeStateDir(stateDir);
  }
}

// The compiled UI tests (*.test.js under out/test/ui) whose source under test/ui still exists:
// tsc never deletes the output of a removed or renamed test, and a stale one must not run here.
function compiledUiTests(): string[] {
  const outDir = path.join(repoRoot, 'out', 'test', 'ui');
  if (!fs.existsSync(outDir)) return ['out/test/ui/**/*.test.js']; // Let mocha say there is nothing.
  const files = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .filter((name) => fs.existsSync(path.join(repoRoot, 'test', 'ui', name.replace(/\.js$/, '.ts'))))
    .sort()
    .map((name) => path.join('out', 'test', 'ui', name));
  return files.length > 0 ? files : ['out/test/ui/**/*.test.js'];
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`${LAYER}: ${error.message}`);
    reportLayerResult({ layer: LAYER, passed: 0, failed: 1 });
    process.exitCode = 1;
  },
);
