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

/**
 * What a worker started with a compile cache runs first: Node's compile cache on (module.enableCompileCache, Node 22.1
 * or later; without it, or if the folder cannot be used, the bundle just compiles as before), then the bundle, then the
 * cache written at once (a thread that is terminated may not write it at exit). Measured on Node 24.22.3 (code-server
 * 4.139.1's): loading dist/worker.js in a thread took a median 165 ms of CPU cold and 146 ms with the cache.
 */
export const COMPILE_CACHE_BOOT = `
const m = require('node:module');
const { workerData } = require('node:worker_threads');
let cached = false;
try { cached = typeof m.enableCompileCache === 'function' && m.enableCompileCache(workerData.compileCache).status !== m.constants.compileCacheStatus.FAILED; } catch {}
require(workerData.script);
if (cached) try { m.flushCompileCache(); } catch {}
`;

/** A Node worker thread running `script`, memory-capped; with an assistant thread on 4 or more cores. */
export function nodeAnalysisThread(script: string, options: { resourceLimits?: ResourceLimits; assistant?: boolean; compileCacheDir?: string }): AnalysisThread {
  const resourceLimits = options.resourceLimits ?? { maxOldGenerationSizeMb: 1024 };
  const assistant = options.assistant ?? availableParallelism() >= 4;
  if (options.compileCacheDir === undefined) return new Worker(script, { resourceLimits, workerData: { assistant } });
  return new Worker(COMPILE_CACHE_BOOT, { eval: true, resourceLimits, workerData: { assistant, script, compileCache: options.compileCacheDir } });
}
