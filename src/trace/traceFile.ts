/**
 * The timing trace's sink on Node (desktop extension host, analysis worker thread): one JSON line a mark,
 * appended to $CLAIMLENS_TRACE_FILE. Synchronous on purpose: a mark is written in the order it happened,
 * and a trace is only on while measuring (about 20 µs a mark).
 */
import { appendFileSync } from 'node:fs';
import { setTraceSink } from './timingTrace';

export const TRACE_FILE_ENV = 'CLAIMLENS_TRACE_FILE';

/** Node 23.9+ (VS Code's extension host): the calling thread's own CPU time, µs. */
type ThreadCpu = { threadCpuUsage?(): { user: number } };

/** Traces to the file $CLAIMLENS_TRACE_FILE names, if it names one. */
export function traceToFileFromEnv(threadName: string): void {
  const file = process.env[TRACE_FILE_ENV];
  if (!file) return;
  setTraceSink((mark) => {
    try {
      // With the thread's user CPU ms (null on older Node): on a busy machine the wall clock says little about our cost.
      appendFileSync(file, `${JSON.stringify({ ...mark, cpu: Number((process as ThreadCpu).threadCpuUsage?.().user) / 1000 })}\n`);
    } catch {
      // A trace that cannot be written is no reason to disturb the editor.
    }
  }, threadName);
}
