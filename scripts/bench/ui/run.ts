/**
 * `npm run bench:ui`: how long a person waits for ClaimLens in the real workbench (code-server +
 * headless chromium, the packaged VSIX installed, as in the UI tests). Prints ONE JSON object on
 * stdout (progress on stderr): medians with min/max over the windows of each figure, the same
 * open-to-text waits with VS Code alone (`ui_baseline_*`), and the load average at start and end.
 * A benchmark, not a test: nothing fails on a slow figure. Windows with and without ClaimLens
 * alternate, so a change in the machine's load touches both alike.
 *
 *   npm run bench:ui [-- --runs N] [--typing N] [--settle MS] [--only ext|baseline] [--vsix FILE] [--before FILE] [--trace] [--chrome-trace DIR]
 * --vsix (or $CLAIMLENS_VSIX) measures a given package; default: `npm run package` of this checkout.
 * --before FILE adds windows with another package (e.g. main's) in the same rotation, so a change is
 * measured against it under the same load; its figures are under `before`.
 * --chrome-trace DIR: Chromium's performance trace of every open (DIR/<kind>-<run>/<step>-<time>.json; slows the page).
 * --trace: where each wait's milliseconds go (the extension's timing marks, ./trace.ts), under `trace`
 * (and `before.trace` for --before's package, if it was built with the marks).
 */
import * as fs from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, repoRoot } from '../../test-host/config';
import { ensureTestHost } from '../../test-host/hostInstall';
import { makeStateDir, removeStateDir } from '../../test-host/tempDirs';
import { packageVsix } from '../../test-host/vsix';
import { median, percentile, round } from '../stats';
import { writeBenchWorkspace } from './articles';
import { runWindow, type OpenTiming, type WindowResult } from './session';
import { activatedBeforeColdOpen, readTrace, stepTraces, summariseTraces, typingToHostPaint, type StepTrace } from './trace';
import { TRACE_FILE_ENV } from '../../../src/trace/traceFile';

interface Options {
  runs: number;
  typing: number;
  settleMs: number;
  only?: 'ext' | 'baseline';
  vsix?: string;
  before?: string;
  trace: boolean;
  /** Chromium's trace of every open, written to this folder. */
  chromeTrace?: string;
}

/** Which package a window runs: this checkout's (or --vsix), --before's, or none. */
type Kind = 'ext' | 'before' | 'base';
type Measured = WindowResult & { kind: Kind };

const log = (line: string): void => void process.stderr.write(`${line}\n`);

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value('--only');
  if (only !== undefined && only !== 'ext' && only !== 'baseline') throw new Error('--only takes ext or baseline');
  return {
    runs: Number(value('--runs') ?? 5),
    typing: Number(value('--typing') ?? 8),
    settleMs: Number(value('--settle') ?? 3000),
    only,
    vsix: value('--vsix') ?? process.env.CLAIMLENS_VSIX,
    before: value('--before'),
    trace: argv.includes('--trace'),
    chromeTrace: value('--chrome-trace'),
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const loadStart = loadavg();
  const started = Date.now();
  await ensureTestHost(log);
  const stateDir = makeStateDir('bench-ui');
  try {
    const workspace = writeBenchWorkspace(path.join(stateDir, 'workspace'), repoRoot);
    const vsix = options.only === 'baseline' ? undefined : options.vsix ?? packageVsix(stateDir, log);
    log(`bench:ui — ${cpus().length} cores, load average ${loadStart.map((l) => l.toFixed(2)).join(' ')}; ${options.runs} runs; long articles: ${workspace.source}`);
    const packages: Record<Kind, string | undefined> = { ext: vsix, before: options.before, base: undefined };
    const kinds = (['ext', 'before', 'base'] as const).filter((k) => (k === 'base' ? options.only !== 'ext' : options.only !== 'baseline' && (k === 'ext' || options.before)));
    const windows: Measured[] = [];
    const traces: Record<Kind, StepTrace[]> = { ext: [], before: [], base: [] };
    /** Windows whose cold open found ClaimLens active already (--trace). */
    const preActivated: Record<Kind, number> = { ext: 0, before: 0, base: 0 };
    for (let run = 1; run <= options.runs; run++) {
      for (const kind of kinds) {
        // The server and its extension host inherit this process's environment (scripts/test-host/codeServer.ts).
        const traceFile = options.trace && kind !== 'base' ? path.join(stateDir, `trace-${kind}-${run}.jsonl`) : undefined;
        if (traceFile) process.env[TRACE_FILE_ENV] = traceFile;
        try {
          const chromeTraceDir = options.chromeTrace && path.join(path.resolve(options.chromeTrace), `${kind}-${run}`);
          if (chromeTraceDir) fs.mkdirSync(chromeTraceDir, { recursive: true });
          const result = await runWindow({ workspace, vsix: packages[kind], typingSamples: options.typing, settleMs: options.settleMs, log, chromeTraceDir });
          log(describe(run, kind, result));
          windows.push({ ...result, kind });
          if (traceFile) {
            const marks = readTrace(traceFile);
            traces[kind].push(...stepTraces(result.pageMarks, marks));
            if (activatedBeforeColdOpen(result.pageMarks, marks)) preActivated[kind]++;
            keepTrace(traceFile, result);
          }
        } finally {
          delete process.env[TRACE_FILE_ENV];
        }
      }
    }
    const of = (kind: Kind): WindowResult[] => windows.filter((w) => w.kind === kind);
    const figures = summarise(of('ext'), of('base'));
    const before = options.before
      ? {
        ...summarise(of('before'), []),
        vsix: path.basename(options.before),
        trace: options.trace ? summariseTraces(traces.before) : undefined,
        cold_windows_activated_before_enter: options.trace ? preActivated.before : undefined,
      }
      : undefined;
    const vsixKb = vsix ? round(fs.statSync(vsix).size / 1024) : undefined;
    console.log(JSON.stringify({
      ...figures,
      runs: options.runs,
      typing_samples: windows.reduce((n, w) => n + w.typingMs.length, 0),
      typing_echo_seen: windows.reduce((n, w) => n + w.echoMs.length, 0),
      load_avg_start: loadStart.map((l) => round(l, 2)),
      load_avg_end: loadavg().map((l) => round(l, 2)),
      load_avg_per_window: windows.map((w) => `${w.kind} ${round(w.loadAvg, 2)}`),
      cores: cpus().length,
      code_server: CODE_SERVER_VERSION,
      vsix: vsix ? path.basename(vsix) : undefined,
      vsix_kb: vsixKb,
      articles: { seed: workspace.seed.chars, kb30: workspace.kb30.chars, mb1: workspace.mb1.chars, source: workspace.source },
      wall_s: round((Date.now() - started) / 1000),
      before,
      ui_typing_to_host_paint_ms: options.trace ? typingToHostPaint(traces.ext) : undefined,
      trace: options.trace ? summariseTraces(traces.ext) : undefined,
      // Those cold opens found the worker loaded (the workbench activated ClaimLens before the Enter): read their figures apart.
      cold_windows_activated_before_enter: options.trace ? preActivated.ext : undefined,
    }, null, 1));
  } finally {
    removeStateDir(stateDir);
  }
}

type Step = 'cold' | 'kb30' | 'reopen' | 'mb1' | 'restart';
const STEP_KEYS: Record<Step, string> = { cold: 'cold', kb30: 'warm_30kb', reopen: 'reopen_seed', mb1: 'warm_1mb', restart: 'restart_seed' };

/** Flat keys: `ui_<step>_<what>_ms` (median) with `_min` / `_max`; `ui_baseline_<step>_open_to_text_ms` without ClaimLens. */
function summarise(ext: WindowResult[], base: WindowResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  const put = (key: string, xs: number[]): void => {
    if (xs.length === 0) return;
    out[key] = round(median(xs));
    out[`${key}_min`] = round(Math.min(...xs));
    out[`${key}_max`] = round(Math.max(...xs));
  };
  for (const step of Object.keys(STEP_KEYS) as Step[]) {
    const timings: OpenTiming[] = ext.map((w) => w[step]);
    const name = STEP_KEYS[step];
    put(`ui_${name}_open_to_highlight_ms`, timings.map((t) => t.highlightMs!));
    put(`ui_${name}_open_to_text_ms`, timings.map((t) => t.textMs));
    put(`ui_${name}_text_to_highlight_ms`, timings.map((t) => t.highlightMs! - t.textMs));
    put(`ui_baseline_${name}_open_to_text_ms`, base.map((w) => w[step].textMs));
  }
  const typing = ext.flatMap((w) => w.typingMs);
  if (typing.length > 0) {
    out.ui_typing_to_highlight_ms_p50 = round(percentile(typing, 50));
    out.ui_typing_to_highlight_ms_p95 = round(percentile(typing, 95));
    out.ui_typing_to_highlight_ms_max = round(Math.max(...typing));
    // Each window types the same letter at the same place: only its first keystroke makes text the
    // analysis has not seen; the later ones find the edited paragraph in its content cache.
    put('ui_typing_first_to_highlight_ms', ext.filter((w) => w.typingMs.length > 0).map((w) => w.typingMs[0]));
  }
  // VS Code's own echo of the same keystrokes (the caret moved): the floor of the figure above.
  const echo = ext.flatMap((w) => w.echoMs);
  if (echo.length > 0) {
    out.ui_typing_vscode_echo_ms_p50 = round(percentile(echo, 50));
    out.ui_typing_vscode_echo_ms_p95 = round(percentile(echo, 95));
  }
  return out;
}

/** The raw marks of a traced window, the page's included, in test-results/bench-ui-trace/ (git-ignored). */
function keepTrace(traceFile: string, result: WindowResult): void {
  const dir = path.join(repoRoot, 'test-results', 'bench-ui-trace');
  fs.mkdirSync(dir, { recursive: true });
  const page = result.pageMarks.map((m) => JSON.stringify({ t: m.t, at: 'page', event: m.event, detail: m.step })).join('\n');
  fs.writeFileSync(path.join(dir, path.basename(traceFile)), `${fs.existsSync(traceFile) ? fs.readFileSync(traceFile, 'utf8') : ''}${page}\n`);
}

function describe(run: number, kind: Kind, w: WindowResult): string {
  const t = (o: OpenTiming): string => `${Math.round(o.textMs)}${o.highlightMs === undefined ? '' : `/${Math.round(o.highlightMs)}`}`;
  const typing = w.typingMs.length ? ` typing ${w.typingMs.map(Math.round).join(',')} (VS Code echo ${w.echoMs.map(Math.round).join(',')})` : '';
  const label = { ext: 'ClaimLens', before: 'ClaimLens before', base: 'VS Code alone' }[kind];
  return `  run ${run} ${label} (load ${w.loadAvg.toFixed(2)}), ms text${w.withExtension ? '/highlight' : ''}: `
    + `cold ${t(w.cold)} · 30kb ${t(w.kb30)} · reopen ${t(w.reopen)} · 1mb ${t(w.mb1)} · restart ${t(w.restart)}${typing}`;
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    log(`bench:ui failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
