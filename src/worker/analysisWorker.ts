/**
 * Worker-thread entry (bundled to dist/worker.js): the only place compromise is loaded in the
 * desktop extension. Runs the analysis loop (analysisWorkerMain.ts). When the host asks for it (workerData.assistant) it starts
 * a second thread from the same file in the assistant role (workerAssistant.ts) to share large
 * visible ranges.
 */
import { parentPort, workerData } from 'worker_threads';
import { runPrimary } from './analysisWorkerMain';
import { ASSISTANT_ROLE, serveAssistant, ThreadAssistant } from './workerAssistant';

const port = parentPort;
if (!port) throw new Error('analysisWorker must run in a worker thread');
const data = (workerData ?? {}) as { role?: string; assistant?: boolean };
if (data.role === ASSISTANT_ROLE) serveAssistant(port);
else runPrimary(port, data.assistant === true ? new ThreadAssistant(__filename) : undefined);
