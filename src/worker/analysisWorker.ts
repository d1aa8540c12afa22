/**
 * The analysis worker's entry (bundled to dist/worker.js, shared by both builds): the only place compromise is
 * loaded. In a Node worker thread (desktop) it talks to parentPort and, when the host asks for it
 * (workerData.assistant), starts a second thread from the same file in the assistant role (workerAssistant.ts) to
 * share large visible ranges. In a Web Worker (the web build, src/web/webThread.ts) it talks to its global scope,
 * alone. Either way it runs the analysis loop (analysisWorkerMain.ts).
 */
import './webWorkerGlobals'; // first: in a Web Worker, Node's globals before the engine loads
import { parentPort, workerData } from 'worker_threads';
import type { HostMessage, WorkerMessage } from './analysisProtocol';
import { runPrimary } from './analysisWorkerMain';
import { ASSISTANT_ROLE, serveAssistant, ThreadAssistant } from './workerAssistant';
import { traceToFileFromEnv } from '../trace/traceFile';

interface WebWorkerScope {
  addEventListener(type: 'message', listener: (event: { data: HostMessage }) => void): void;
  postMessage(message: WorkerMessage): void;
}

const data = (workerData ?? {}) as { role?: string; assistant?: boolean };
if (parentPort && data.role === ASSISTANT_ROLE) serveAssistant(parentPort);
else if (parentPort) {
  traceToFileFromEnv('worker');
  runPrimary(parentPort, data.assistant === true ? new ThreadAssistant(__filename) : undefined);
}
else runInWebWorker(globalThis as unknown as WebWorkerScope);

function runInWebWorker(scope: WebWorkerScope): void {
  if (typeof scope.postMessage !== 'function') throw new Error('analysisWorker must run in a worker thread or a Web Worker');
  runPrimary({
    on: (_event, listener) => scope.addEventListener('message', (e) => listener(e.data)),
    postMessage: (message) => scope.postMessage(message),
  });
}
