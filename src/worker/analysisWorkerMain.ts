/**
 * The analysis worker's loop, whatever the thread: a Node worker thread or a Web Worker (analysisWorker.ts, one
 * bundle for both). Runs an IncrementalAnalyzer and sends the host a patch per update, computed
 * against the last analysis sent for that document.
 */
import { AnalysisStepError, diffAnalysis, IncrementalAnalyzer, type Analysis, type ParagraphAnalysis, type ParagraphAssistant } from '../core/analysis';
import type { HostMessage, WorkerMessage } from './analysisProtocol';
import { IdleGate, warmUpEngine } from './workerWarmUp';
import { traceMark } from '../trace/timingTrace';

/** The worker's side of the channel to the host (Node's parentPort, or a Web Worker's global scope). */
export interface HostPort {
  on(event: 'message', listener: (message: HostMessage) => void): unknown;
  postMessage(message: WorkerMessage): void;
}

/** A second thread sharing large visible ranges (Node only: ./workerAssistant.ts). */
export type Assistant = ParagraphAssistant<ParagraphAnalysis> & { readonly ready: Promise<void> };

export function runPrimary(port: HostPort, assistant?: Assistant): void {
  const post = (message: WorkerMessage): void => port.postMessage(message);
  const analyzer = new IncrementalAnalyzer({
    assistant,
    // A failed step is described in words (offset, step, rule, message); an exception thrown out of the engine by its stack.
    onError: (error, docId) => post({ type: 'error', docId, message: error instanceof AnalysisStepError ? error.message : String((error as Error)?.stack ?? error) }),
  });
  /** Per document: the analysis the host holds and the length of the text it was computed on. */
  const sent = new Map<string, { analysis: Analysis; length: number }>();

  analyzer.onDidUpdate((u) => {
    const length = analyzer.text(u.docId)?.length ?? 0;
    const prev = sent.get(u.docId);
    const hint = analyzer.patchHint(u.docId);
    const known = hint && prev && hint.from === prev.analysis ? hint.tails : undefined;
    const patch = diffAnalysis(prev?.analysis, u.analysis, prev ? length - prev.length : 0, known);
    sent.set(u.docId, { analysis: u.analysis, length });
    traceMark(u.complete ? 'worker.update.complete' : 'worker.update.partial', u.revision);
    post({ type: 'update', docId: u.docId, revision: u.revision, complete: u.complete, patch });
  });

  // Warm the JIT up before saying ready, but only while idle: no document with work pending and no
  // message for a while (the host starts the worker as the first article is on its way).
  const idle = new IdleGate(() => analyzer.busy);
  port.on('message', (m) => {
    idle.touch();
    traceMark(`worker.recv.${m.type}`, 'revision' in m ? m.revision : undefined);
    try {
      switch (m.type) {
        case 'open':
          // A fresh analysis for the host: it replaces whatever it had for this document.
          sent.delete(m.docId);
          analyzer.open(m.docId, m.text, m.visible, m.revision);
          break;
        case 'update':
          analyzer.update(m.docId, m.edits, m.visible, m.revision);
          break;
        case 'visible':
          analyzer.setVisible(m.docId, m.visible);
          break;
        case 'close':
          sent.delete(m.docId);
          analyzer.close(m.docId);
          break;
      }
    } catch (error) {
      if (m.type === 'update') post({ type: 'resync', docId: m.docId, revision: m.revision, reason: String((error as Error)?.message ?? error) });
      else post({ type: 'error', docId: 'docId' in m ? m.docId : undefined, message: String((error as Error)?.message ?? error) });
    }
  });

  const warm = Promise.all([warmUpEngine({ busy: idle.busy }), assistant?.ready]);
  warm.then(
    () => {
      traceMark('worker.ready');
      post({ type: 'ready' });
    },
    (error: unknown) => {
      post({ type: 'error', message: `warm-up failed: ${String((error as Error)?.message ?? error)}` });
      post({ type: 'ready' });
    },
  );
}
