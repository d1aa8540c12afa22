/**
 * The web build's "checked before" worker (dist/web/matchWorker.js, a Web Worker started by src/web/extension.ts
 * from a Blob, as the analysis worker is): the match index of src/worker/matchWorkerMain.ts with no disk and no
 * cache. The extension reads every archive and review file through `workspace.fs` and sends its text with the file
 * list; the index is rebuilt from those texts at each start. The desktop's match worker is src/worker/matchWorker.ts.
 */
import type { MatchHostMessage, MatchWorkerMessage } from '../worker/matchProtocol';
import { MatchWorkerState } from '../worker/matchWorkerMain';

interface WebWorkerScope {
  addEventListener(type: 'message', listener: (event: { data: MatchHostMessage }) => void): void;
  postMessage(message: MatchWorkerMessage): void;
}

const scope = globalThis as unknown as WebWorkerScope;
if (typeof scope.postMessage !== 'function') throw new Error('the web match worker must run in a Web Worker');
new MatchWorkerState(undefined, undefined).serve({
  on: (_event, listener) => scope.addEventListener('message', (e) => listener(e.data)),
  postMessage: (m) => scope.postMessage(m),
});
