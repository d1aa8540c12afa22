// `npm test`: compile, build, lint, then the three test layers — unit (plain Node), integration (inside
// a real VS Code extension host) and UI (Playwright through the workbench). Each layer prints its
// own `<layer>: N passed, N failed`; the very last line sums them all: `N passed, N failed`.
// Plain JavaScript on purpose: it must run before (and even if) the TypeScript compile fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const hostScripts = join(root, 'out', 'scripts', 'test-host');
const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');

/**
 * Steps before the layers; a failure counts as one failure. Setup steps (`stops`) end the run when
 * they fail: later steps would test stale code. Lint does not: it is a check of its own (it also
 * enforces the architecture, no `vscode` import under src/core/).
 */
const steps = [
  { name: 'compile', stops: true, args: [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'] },
  { name: 'build', stops: true, args: ['scripts/build.mjs'] },
  { name: 'lint', stops: false, args: [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), 'src', 'test', 'scripts'] },
];
const layers = [
  { name: 'unit', args: [mocha, '--config', '.mocharc.cjs', '--reporter', join(hostScripts, 'countingReporter.js'), '--reporter-option', 'layer=unit'] },
  { name: 'integration', args: [join(hostScripts, 'runIntegration.js')] },
  { name: 'ui', args: [join(hostScripts, 'runUi.js')] },
];

const resultsDir = mkdtempSync(join(tmpdir(), 'claimlens-test-'));
const resultsFile = join(resultsDir, 'results.jsonl');
let current;
// Ctrl-C also reaches the child (same terminal group): let it clean up its servers, then stop.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal);
  });
}

function run(args) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    current = spawn(process.execPath, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, CLAIMLENS_RESULTS_FILE: resultsFile, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    current.on('error', () => resolvePromise({ code: 1, seconds: 0 }));
    current.on('exit', (code, signal) => resolvePromise({ code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 }));
  });
}

function layerResult(name) {
  if (!existsSync(resultsFile)) return undefined;
  const lines = readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  return lines.filter((r) => r.layer === name).at(-1);
}

const summary = [];
let setupFailed = false;
try {
  for (const step of steps) {
    console.log(`\n=== ${step.name} ===`);
    const { code, seconds } = await run(step.args);
    summary.push({ name: step.name, passed: 0, failed: code === 0 ? 0 : 1, seconds, note: code === 0 ? 'ok' : `FAILED (exit ${code})` });
    if ((code !== 0 && step.stops) || interrupted) {
      setupFailed = true;
      break;
    }
  }
  for (const layer of setupFailed ? [] : layers) {
    console.log(`\n=== ${layer.name} tests ===`);
    const { code, seconds } = await run(layer.args);
    const reported = layerResult(layer.name);
    // A layer that crashed before reporting (or exited non-zero with 0 failures) counts as one failure.
    const passed = reported?.passed ?? 0;
    const failed = code !== 0 ? Math.max(1, reported?.failed ?? 0) : (reported?.failed ?? 0);
    summary.push({ name: layer.name, passed, failed, seconds, note: reported ? '' : 'no result reported' });
    if (interrupted) break;
  }
} finally {
  rmSync(resultsDir, { recursive: true, force: true });
}

const passed = summary.reduce((sum, s) => sum + s.passed, 0);
const failed = summary.reduce((sum, s) => sum + s.failed, 0);
console.log('\n=== summary ===');
for (const s of summary) {
  const counts = steps.some((step) => step.name === s.name) ? s.note : `${s.passed} passed, ${s.failed} failed${s.note ? ` (${s.note})` : ''}`;
  console.log(`${s.name.padEnd(12)} ${counts.padEnd(40)} ${s.seconds.toFixed(1)} s`);
}
if (interrupted) console.log('interrupted');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || interrupted ? 1 : 0;
