/**
 * What the workbench page did while a person waited (issue 20): reads one Chromium trace written by
 * `npm run bench:ui -- --chrome-trace DIR` (DIR/<kind>-<run>/<step>-<time>.json) and, optionally, the
 * extension's timing trace of the same window (test-results/bench-ui-trace/trace-<kind>-<run>.jsonl), and
 * prints one timeline in ms from the step's Enter: the page's long tasks (what they mostly ran), when
 * messages from the extension host reached the page (the websocket's listener, then the FileReader that
 * reads each message's Blob), and the extension's marks with their thread CPU.
 *
 *   npx tsc -p . && node out/scripts/bench/ui/exp/pageTrace.js <chrome.json> [<trace.jsonl> <step>] [--min-task MS]
 *
 * Seen on the loaded 2-core machine (load 10-17): the host sent the first highlights 10-20 ms after the
 * worker's answer, but the page read them 0.3-2 s later, in one burst with the later updates, and drew
 * them in one frame, in both the build of afa0dc5 and main's.
 */
import * as fs from 'node:fs';

interface ChromeEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string; functionName?: string; url?: string; identifier?: number; dataLength?: number } };
}
interface Mark {
  t: number;
  at: string;
  event: string;
  detail?: string | number;
  cpu?: number | null;
}

const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** The workbench's handlers of extension host messages (code-server's web client). */
const MESSAGE_HANDLERS = new Set(['_socketMessageListener', '_fileReader.onload']);

function main(argv: string[]): void {
  const minAt = argv.indexOf('--min-task');
  const minTaskMs = minAt >= 0 ? Number(argv[minAt + 1]) : 50;
  const [chromeFile, markFile, step] = argv.filter((a, i) => !a.startsWith('--') && (minAt < 0 || i !== minAt + 1));
  if (!chromeFile) throw new Error('usage: pageTrace <chrome.json> [<trace.jsonl> <step>] [--min-task MS]');
  const raw = JSON.parse(fs.readFileSync(chromeFile, 'utf8')) as { traceEvents: ChromeEvent[] } | ChromeEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const key = keydowns[keydowns.length - 1];
  if (!key) throw new Error(`${chromeFile}: no keydown in the trace`);
  // The page's main thread is the one that dispatched the key.
  const main = events.filter((e) => e.pid === key.pid && e.tid === key.tid && e.ph === 'X' && e.ts >= key.ts);
  const rows: [number, string][] = [];
  const at = (ts: number): number => (ts - key.ts) / 1000;
  let taskEnd = -Infinity;
  for (const task of main.filter((e) => TASK.has(e.name) && (e.dur ?? 0) >= minTaskMs * 1000).sort((a, b) => a.ts - b.ts)) {
    // A task runs another inside it (RunTask within ThreadControllerImpl::RunTask): the outer one only.
    if (task.ts < taskEnd) continue;
    taskEnd = task.ts + (task.dur ?? 0);
    rows.push([at(task.ts), `  page task ${((task.dur ?? 0) / 1000).toFixed(0)} ms: ${mostly(task, main)}`]);
  }
  let lastMessage = -Infinity;
  for (const call of main.filter((e) => e.name === 'FunctionCall' && MESSAGE_HANDLERS.has(e.args?.data?.functionName ?? ''))) {
    // One line per burst: handlers closer than 20 ms apart are one arrival.
    if (at(call.ts) - lastMessage > 20) rows.push([at(call.ts), `  page reads extension host messages (${call.args!.data!.functionName})`]);
    lastMessage = at(call.ts);
  }
  // Websocket frames as the page's main thread took them from the network (one line per burst, per connection).
  const bursts = new Map<number, { at: number; frames: number; bytes: number }>();
  const flush = (id: number): void => {
    const b = bursts.get(id);
    if (b) rows.push([b.at, `  page receives ${b.frames} websocket frame(s), ${b.bytes} bytes (connection ${id})`]);
    bursts.delete(id);
  };
  for (const frame of events.filter((e) => e.name === 'WebSocketReceive' && e.ts >= key.ts).sort((a, b) => a.ts - b.ts)) {
    const id = frame.args?.data?.identifier ?? 0;
    const b = bursts.get(id);
    if (b && at(frame.ts) - b.at > 5) flush(id);
    const cur = bursts.get(id) ?? { at: at(frame.ts), frames: 0, bytes: 0 };
    cur.frames++;
    cur.bytes += frame.args?.data?.dataLength ?? 0;
    bursts.set(id, cur);
  }
  for (const id of [...bursts.keys()]) flush(id);
  if (markFile && step) rows.push(...marksOf(markFile, step, main.length ? Math.max(...main.map((e) => at(e.ts))) : 0));
  for (const [t, line] of rows.sort((a, b) => a[0] - b[0])) console.log(`${t.toFixed(0).padStart(7)} ${line}`);
}

/** The extension's marks of `step` (its page.key is the trace's keydown), at ms from it. */
function marksOf(file: string, step: string, spanMs: number): [number, string][] {
  const marks = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Mark);
  const key = marks.find((m) => m.at === 'page' && m.event === 'page.key' && m.detail === step);
  if (!key) throw new Error(`${file}: no page.key of ${step}`);
  return marks
    .filter((m) => m.t >= key.t && m.t - key.t <= spanMs && (m.at !== 'page' || m.detail === step))
    .map((m) => [m.t - key.t, `${m.event}${m.at === 'page' ? '' : ` ${m.detail ?? ''}`}${typeof m.cpu === 'number' ? ` (${m.at} cpu ${m.cpu.toFixed(0)} ms)` : ''}`]);
}

/** What a task mostly ran: its three largest kinds of event inside, with the function name of script calls. */
function mostly(task: ChromeEvent, main: readonly ChromeEvent[]): string {
  const end = task.ts + (task.dur ?? 0);
  const byKind = new Map<string, number>();
  for (const e of main) {
    if (e === task || TASK.has(e.name) || e.ts < task.ts || e.ts + (e.dur ?? 0) > end) continue;
    const kind = e.name === 'FunctionCall' ? `script ${e.args?.data?.functionName || '(anonymous)'}` : e.name;
    byKind.set(kind, (byKind.get(kind) ?? 0) + (e.dur ?? 0));
  }
  return [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`).join(', ') || '(no trace events inside)';
}

main(process.argv.slice(2));
