/**
 * The thread the analysis runs in, as WorkerAnalysisService sees it: the part of Node's `Worker` it uses.
 * The desktop build starts a Node worker thread (here); the web build a Web Worker (src/web/webThread.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface AnalysisThread {
  postMessage(message: unknown): void;
  /** 'message' (the data), 'messageerror', 'error' (an Error) and 'exit' (the exit code). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Node's own signature: each event has its own argument.
  on(event: 'message' | 'messageerror' | 'error' | 'exit', listener: (value: any) => void): unknown;
  terminate(): unknown;
}

/** A Node worker thread running `script`, memory-capped; with an assistant thread on 4 or more cores. */
export function nodeAnalysisThread(script: string, options: { resourceLimits?: ResourceLimits; assistant?: boolean }): AnalysisThread {
  return new Worker(script, {
    resourceLimits: options.resourceLimits ?? { maxOldGenerationSizeMb: 1024 },
    workerData: { assistant: options.assistant ?? availableParallelism() >= 4 },
  });
}
