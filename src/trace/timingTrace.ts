/**
 * An opt-in timing trace of the way from an open or a keystroke to the highlight (issue 20): named
 * moments with the wall clock (epoch ms, comparable across the extension host, the worker thread and
 * the workbench page on one machine). Off unless a sink is set (the desktop entry and the worker set one
 * when $CLAIMLENS_TRACE_FILE names a file: `npm run bench:ui -- --trace`); off, a mark is a call that
 * returns at once.
 * No imports, so every bundle can mark.
 */
export interface TraceMark {
  /** Epoch ms with a fraction (performance.timeOrigin + performance.now()). */
  t: number;
  /** Which thread: 'host' or 'worker'. */
  at: string;
  event: string;
  detail?: string | number;
  /** The thread's user CPU ms at the mark, written by the file sink (./traceFile.ts; null where Node cannot tell). */
  cpu?: number | null;
}

type Sink = (mark: TraceMark) => void;

let sink: Sink | undefined;
let thread = 'host';

/** Starts (or, with undefined, stops) tracing in this thread. */
export function setTraceSink(next: Sink | undefined, threadName = 'host'): void {
  sink = next;
  thread = threadName;
}

/** Whether marks go anywhere (to skip building a detail nobody reads). */
export function tracing(): boolean {
  return sink !== undefined;
}

export function traceMark(event: string, detail?: string | number): void {
  if (!sink) return;
  sink({ t: performance.timeOrigin + performance.now(), at: thread, event, detail });
}
