/**
 * Imported first by the analysis worker (analysisWorker.ts), whose one bundle (dist/worker.js) runs in a Node worker
 * thread on the desktop and in a Web Worker on the web. In a Web Worker (no `require`, no `process`) it installs the
 * Node globals the engine uses (./nodeGlobals.ts) and a `require` that answers the worker's two Node imports:
 * `worker_threads` with "no parent port" (the worker then talks to its global scope instead), and `fs` with nothing the
 * worker calls there (only the Node thread's timing trace writes a file: src/trace/traceFile.ts). In Node it does nothing.
 */
import { Buffer, process, setImmediate } from './nodeGlobals';

const scope = globalThis as Record<string, unknown>;
if (typeof scope.require === 'undefined' && typeof scope.process === 'undefined') {
  Object.assign(scope, { Buffer, process, setImmediate });
  scope.require = (name: string) => {
    if (name === 'worker_threads' || name === 'node:worker_threads') return { parentPort: null, workerData: undefined };
    if (name === 'fs' || name === 'node:fs') return {};
    throw new Error(`${name} is not available in a Web Worker`);
  };
}
