/** `node:worker_threads` in the web build (esbuild alias): the web build starts Web Workers (src/web/webThread.ts). */
export class Worker {
  constructor() {
    throw new Error('worker_threads is not available in the web build');
  }
}

export const parentPort = null;
export const workerData = undefined;
