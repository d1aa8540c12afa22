/**
 * Web Worker entry of the web build (bundled to dist/web/worker.js): the analysis loop of the desktop worker
 * (src/worker/analysisWorkerMain.ts) over the worker's global scope. No assistant thread on the web.
 */
import type { HostMessage, WorkerMessage } from '../worker/analysisProtocol';
import { runPrimary } from '../worker/analysisWorkerMain';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: HostMessage }) => void): void;
  postMessage(message: WorkerMessage): void;
}

const scope = globalThis as unknown as WorkerScope;
runPrimary({
  on: (_event, listener) => scope.addEventListener('message', (e) => listener(e.data)),
  postMessage: (message) => scope.postMessage(message),
});
