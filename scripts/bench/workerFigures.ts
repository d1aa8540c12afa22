/** The analysis worker as the extension uses it: cold and warm first updates, keystrokes, extension-host stalls, heap. */
import * as path from 'node:path';
import { serialize } from 'node:v8';
import type { AnalysisUpdate } from '../../src/core/analysis';
import { WorkerAnalysisService } from '../../src/worker/analysisClient';
import { nextComplete } from './decorations';
import { BlockMonitor, cpuMs, median, percentile, prng, round } from './stats';

export async function workerFigures(root: string, quick: boolean, text: string, visibleEnd: number) {
  const script = path.join(root, 'dist', 'worker.js');
  // Cold: the worker is started by the first open (it loads compromise first).
  const cold = new WorkerAnalysisService(script);
  let t = performance.now();
  const coldFirst = await new Promise<number>((resolve) => {
    cold.onDidUpdate(() => resolve(performance.now() - t));
    t = performance.now();
    cold.open('cold', text, { start: 0, end: visibleEnd });
  });
  cold.dispose();

  // Warm: the worker was started ahead (as the extension does at activation) and has loaded the engine.
  const service = new WorkerAnalysisService(script);
  await service.ready();
  // Host-side work per worker message (applying the patch, listeners): the share of blocking that is
  // ours; the rest is deserialising the message (sizes noted) and, on a busy machine, waiting for a core.
  const handled: { ms: number; message: unknown }[] = [];
  const host = service as unknown as { onMessage(m: unknown): void };
  const onMessage = host.onMessage.bind(service);
  host.onMessage = (m: unknown) => {
    const t0 = performance.now();
    onMessage(m);
    handled.push({ ms: performance.now() - t0, message: m });
  };
  const monitor = new BlockMonitor();
  let first = 0;
  let firstCpu = 0;
  let partialItems = 0;
  monitor.start();
  const cpu0 = cpuMs();
  t = performance.now();
  const done = new Promise<number>((resolve) => {
    service.onDidUpdate((u: AnalysisUpdate) => {
      if (!first) {
        first = performance.now() - t;
        firstCpu = cpuMs() - cpu0;
        partialItems = u.analysis.sentences.length;
      }
      if (u.complete) resolve(performance.now() - t);
    });
  });
  service.open('warm', text, { start: 0, end: visibleEnd });
  const full = await done;
  const maxBlock = monitor.stop();
  const openMessages = handled.splice(0);
  const hostHandlerMaxMs = Math.max(0, ...openMessages.map((h) => h.ms));
  const largestMessageKb = Math.max(0, ...openMessages.map((h) => serialize(h.message).length / 1024));

  // Keystrokes end to end: post the edit, get the complete update back on this thread.
  const times: number[] = [];
  const hostBlock = new BlockMonitor();
  hostBlock.start();
  const rand = prng(11);
  let current = text;
  for (let i = 0; i < (quick ? 10 : 30); i++) {
    const at = Math.max(current.lastIndexOf(' ', Math.floor(rand() * current.length)), 0);
    const got = nextComplete(service);
    const t0 = performance.now();
    service.update('warm', [{ start: at, end: at, text: 'x' }]);
    current = current.slice(0, at) + 'x' + current.slice(at);
    await got;
    times.push(performance.now() - t0);
  }
  const keystrokeBlock = hostBlock.stop();
  const keystrokeHandled = handled.splice(0).map((h) => h.ms);
  service.dispose();
  return {
    first_decorations_cold_ms: round(coldFirst),
    first_decorations_ms: round(first),
    // CPU of the whole process (host, worker threads, V8's compiler and GC threads) until then: on a
    // busy machine the wall time above includes waiting for a core, this does not.
    first_decorations_cpu_ms: round(firstCpu),
    first_update_sentences: partialItems,
    full_ms: round(full),
    max_block_ms: round(maxBlock),
    open_messages: openMessages.length,
    host_handler_max_ms: round(hostHandlerMaxMs),
    largest_message_kb: round(largestMessageKb),
    keystroke_end_to_end_ms_p50: round(median(times)),
    keystroke_end_to_end_ms_p95: round(percentile(times, 95)),
    keystroke_host_max_block_ms: round(keystrokeBlock),
    keystroke_host_handler_ms: { p50: round(median(keystrokeHandled), 2), max: round(Math.max(0, ...keystrokeHandled), 2) },
  };
}
