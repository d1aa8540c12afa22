// Launcher A (offline, the default of `npm test`): runs the integration suite inside a real VS Code
// extension host — code-server's — driven by headless chromium.
//   npm run test:integration [-- --grep <pattern>]
// The suite (out/test/integration/index.js) is loaded by the workbench's smoke-test driver; its
// console output reaches us through codeAutomationLog and its exit code through codeAutomationExit.
// Three passes, each in its own server: the suite with workspace trust off, then the files under
// test/integration/restricted/ in Restricted Mode (trust on, folder untrusted), then those under
// test/integration/locale/ with the workbench in German (a stand-in language pack, languagePack.ts); one count for all.
// Every server and browser is stopped on success, failure, timeout and Ctrl-C.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { repoRoot, resultsDir, screenshotsDir } from './config';
import { ensureTestHost, type TestHost } from './hostInstall';
import { registerLanguagePack, stubLanguagePackVsix } from './languagePack';
import { codeServerDirs, installVsix, startCodeServer, type CodeServer } from './codeServer';
import { countLine, type LayerResult, parseCountLine, reportLayerResult } from './results';
import { copyWorkspace, makeStateDir, removeStateDir } from './tempDirs';

const LAYER = 'integration';
/** Harmless offline noise of the workbench (marketplace lookups, auth providers, vsda). */
const KNOWN_NOISE = /ENOTFOUND open-vsx\.org|github.*auth.*time|vsda|Failed to fetch/i;

async function main(): Promise<number> {
  const grep = argValue('--grep') ?? process.env.CLAIMLENS_TEST_GREP;
  const timeoutMs = Number(process.env.CLAIMLENS_INTEGRATION_TIMEOUT_S ?? 900) * 1000;
  const testsDir = path.join(repoRoot, 'out', 'test', 'integration');
  if (!fs.existsSync(path.join(testsDir, 'index.js'))) throw new Error(`${testsDir}/index.js missing: run \`npm run compile\` first`);
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js missing: run `npm run build` first');

  const host = await ensureTestHost();
  const passes: LayerResult[] = [];
  for (const pass of PASSES) {
    if (pass.announce) console.log(`${LAYER}: ${pass.announce}`);
    passes.push(await runPass(host, { grep, timeoutMs, testsDir, ...pass }));
  }
  const result = { layer: LAYER, passed: passes.reduce((n, p) => n + p.passed, 0), failed: passes.reduce((n, p) => n + p.failed, 0) };
  reportLayerResult(result);
  console.log(countLine(result));
  return result.failed > 0 ? 1 : 0;
}

interface Pass {
  /** Its state folder, failure log and screenshots are named after it. */
  readonly name: string;
  readonly announce?: string;
  readonly restrictedMode: boolean;
  /** The workbench's display language (a stand-in language pack is installed for it). */
  readonly locale?: { readonly id: string; readonly name: string };
  /** The suite's environment: which files of test/integration/ run (index.ts). */
  readonly env: NodeJS.ProcessEnv;
}

const PASSES: readonly Pass[] = [
  { name: LAYER, restrictedMode: false, env: {} },
  { name: `${LAYER}-restricted`, announce: 'Restricted Mode (workspace trust on, folder untrusted): test/integration/restricted/', restrictedMode: true, env: { CLAIMLENS_TEST_RESTRICTED: '1' } },
  { name: `${LAYER}-locale`, announce: 'the workbench in German (--locale de): test/integration/locale/', restrictedMode: false, locale: { id: 'de', name: 'Deutsch' }, env: { CLAIMLENS_TEST_LOCALE: 'de' } },
];

interface PassOptions extends Pass {
  readonly grep: string | undefined;
  readonly timeoutMs: number;
  readonly testsDir: string;
}

/** One server, one browser, one run of the suite (the Restricted Mode files or all the others). */
async function runPass(host: TestHost, { grep, timeoutMs, testsDir, restrictedMode, name, locale, env }: PassOptions): Promise<LayerResult> {
  const stateDir = makeStateDir(name);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let transcript = '';
  try {
    const workspace = copyWorkspace(stateDir);
    if (locale) {
      await installVsix(host, stateDir, stubLanguagePackVsix(stateDir, locale.id, locale.name));
      const dirs = codeServerDirs(stateDir);
      registerLanguagePack(dirs.userDataDir, dirs.extensionsDir, locale.id, locale.name);
    }
    // The extension host inherits the server's environment: that is how the grep reaches the suite.
    server = await startCodeServer(host, {
      stateDir,
      smokeTestDriver: true,
      restrictedMode,
      locale: locale?.id,
      env: {
        ...(grep ? { CLAIMLENS_TEST_GREP: grep } : {}),
        ...env,
        // Where the extension's storage is, for the tests that check what it keeps there.
        CLAIMLENS_TEST_USER_DATA_DIR: codeServerDirs(stateDir).userDataDir,
      },
    });
    browser = await launchBrowser(stateDir);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let resolveExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (resolveExit = resolve));
    // Everything the workbench and the extension host log arrives here; echo only the suite's part
    // (from its start line to its count line) and keep the rest for failure reports.
    let echoing = false;
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      transcript += `${line}\n`;
      if (/^integration: running \d+ test file/.test(line)) echoing = true;
      if (echoing && !KNOWN_NOISE.test(line)) (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
      if (parseCountLine(LAYER, line)) echoing = false;
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(Number(code)));
    page.on('crash', () => resolveExit(70));
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(testsDir)],
      ['skipWelcome', 'true'],
    ];
    console.log(`${LAYER}: real VS Code extension host via code-server on port ${server.port}`);
    await page.goto(server.workbenchUrl(workspace, payload));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      fs.mkdirSync(screenshotsDir, { recursive: true });
      const shot = path.join(screenshotsDir, `${name}-timeout.png`);
      await page.screenshot({ path: shot }).catch(() => undefined);
      console.error(`${LAYER}: no result after ${timeoutMs / 1000} s (screenshot ${shot}). Server log:\n${server.logTail()}`);
    } else if (outcome !== 0 && !parseCountLine(LAYER, transcript)) {
      console.error(`${LAYER}: the suite exited with ${outcome} before reporting. Server log:\n${server.logTail()}`);
    }
    const counted = parseCountLine(LAYER, transcript);
    if (outcome !== 0) saveFailureLog(transcript, server, name);
    // A run that never reported (crash, timeout, activation error) counts as one failure.
    return counted && outcome !== 'timeout'
      ? { ...counted, failed: outcome !== 0 && counted.failed === 0 ? 1 : counted.failed }
      : { layer: LAYER, passed: counted?.passed ?? 0, failed: Math.max(1, counted?.failed ?? 0) };
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    removeStateDir(stateDir);
  }
}

/** Keeps the whole workbench transcript and server log of a failed run (the temp folder is removed). */
function saveFailureLog(transcript: string, server: CodeServer, name: string): void {
  const file = path.join(resultsDir, 'logs', `${name}-${process.pid}.log`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const serverLog = fs.existsSync(server.logFile) ? fs.readFileSync(server.logFile, 'utf8') : '';
  fs.writeFileSync(file, `== workbench and extension host ==\n${transcript}\n== code-server ==\n${serverLog}`);
  console.error(`${LAYER}: full log in ${path.relative(repoRoot, file)}`);
}

function argValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`${LAYER}: ${error.message}`);
    reportLayerResult({ layer: LAYER, passed: 0, failed: 1 });
    process.exitCode = 1;
  },
);
