/**
 * Integration suite entry: VS Code's extension host loads this file and calls run().
 *
 * HOW TO ADD TESTS
 *   Put mocha BDD files named `*.test.ts` anywhere under test/integration/ (e.g.
 *   test/integration/editor/decorations.test.ts). They run inside a real extension host with the
 *   real `vscode` API (`import * as vscode from 'vscode'`), ClaimLens loaded from this checkout
 *   (package.json + dist/extension.js, so build first). The workspace folder is a temp copy of
 *   test/fixtures/workspace/ (seeds/000_f9e8f79b6daea75d.txt, articles/city-budget.md,
 *   articles/harbor-report.article): tests may write files there. Default timeout per test: 60 s.
 *   Leave the editor state as you found it (close editors you open) — all files share one window.
 *
 *   Files under test/integration/restricted/ run in a second extension host of their own, with
 *   workspace trust on and the folder untrusted (Restricted Mode); files under test/integration/locale/
 *   in a third, with the workbench in German (--locale de and a stand-in language pack); the others
 *   never run there.
 *
 * HOW TO RUN
 *   npm run test:integration                      compile + build + run (offline, code-server 1.139)
 *   npm run test:integration -- --grep "seed"     only matching tests
 *   node out/scripts/test-host/runIntegration.js  skip compile/build (e.g. after `npx tsc -p .`)
 *   npm run test:electron                         same suite via @vscode/test-electron (needs internet)
 *
 * Prints `integration: running N test file(s)`, the spec reporter's per-test lines, then
 * `integration: N passed, N failed` (launchers parse both lines; keep them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false, // The output goes through the workbench to a log, not to a terminal.
    timeout: 60_000,
    grep: process.env.CLAIMLENS_TEST_GREP || undefined,
  });
  const pass = process.env.CLAIMLENS_TEST_RESTRICTED === '1' ? 'restricted' : process.env.CLAIMLENS_TEST_LOCALE ? 'locale' : undefined;
  const files = findTestFiles(__dirname).filter((file) => passOf(file) === pass);
  for (const file of files) mocha.addFile(file);
  // Launchers echo the extension host's output from this line on (the workbench's own log before it is noise).
  console.log(`integration: running ${files.length} test file(s)`);
  const { passed, failed } = await new Promise<{ passed: number; failed: number }>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
    } catch (error) {
      reject(error);
    }
  });
  console.log(`integration: ${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
}

/** Tests of Restricted Mode live in restricted/, of the German workbench in locale/: each runs only in its own host. */
function passOf(file: string): 'restricted' | 'locale' | undefined {
  const folder = path.relative(__dirname, file).split(path.sep)[0];
  return folder === 'restricted' || folder === 'locale' ? folder : undefined;
}

// out/test/integration → the repository's test/integration, where each compiled test's source lives.
const SOURCE_DIR = path.resolve(__dirname, '../../../test/integration');

function findTestFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    // tsc never deletes outputs: skip compiled tests whose source was removed or renamed.
    .filter((name) => fs.existsSync(path.join(SOURCE_DIR, name.replace(/\.js$/, '.ts'))))
    .sort()
    .map((name) => path.join(dir, name));
}
