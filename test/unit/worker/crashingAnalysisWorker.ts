/**
 * Test fixture: the real analysis worker, except that it dies (exit code 3) when an edit inserts
 * "💥", so the tests can check that WorkerAnalysisService restarts it and loses nothing.
 */
import { parentPort } from 'worker_threads';
import '../../../src/worker/analysisWorker';

parentPort?.on('message', (m: { type: string; edits?: { text: string }[] }) => {
  if (m.type === 'update' && m.edits?.some((e) => e.text.includes('💥'))) process.exit(3);
});
