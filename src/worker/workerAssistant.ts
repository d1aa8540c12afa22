/**
 * A second analysis thread for the visible range of a freshly opened article: compromise takes
 * ~90 ms for the ~8 KB a screen shows, so on two cores the primary worker analyses the first half
 * of the visible paragraphs while this one analyses the second (IncrementalAnalyzer's
 * ParagraphAssistant). It runs the same bundle (dist/worker.js) in the 'assistant' role, so the
 * engine is shipped once, and it is warmed up like the primary. Results are plain JSON, exactly
 * what analyzeParagraph returns here. Imported only by analysisWorker.ts (it loads the engine).
 */
import { Worker, type MessagePort } from 'worker_threads';
import { analyzeParagraph, type ParagraphAnalysis, type ParagraphAssistant } from '../core/analysis';
import { warmUpEngine } from './workerWarmUp';

export const ASSISTANT_ROLE = 'assistant';

type ToAssistant = { id: number; texts: string[] };
type FromAssistant = { type: 'ready' } | { type: 'results'; id: number; results: (ParagraphAnalysis | undefined)[] };

/** The assistant thread's side: answers each request with one result per text (undefined where the engine threw). */
export function serveAssistant(port: MessagePort): void {
  // One request is answered in one go (about half a screen of text): nothing to interleave.
  port.on('message', (m: ToAssistant) => {
    const results = m.texts.map((text) => {
      try {
        return analyzeParagraph(text);
      } catch {
        return undefined; // the primary analyses it again and reports the error
      }
    });
    port.postMessage({ type: 'results', id: m.id, results } satisfies FromAssistant);
  });
  const ready = (): void => port.postMessage({ type: 'ready' } satisfies FromAssistant);
  // It only analyses whole paragraphs: the typing part of the warm-up is the primary's.
  warmUpEngine({ keystrokes: 0 }).then(ready, ready);
}

/** The primary's side: starts the assistant thread at once; after a crash it answers every request with a rejection. */
export class ThreadAssistant implements ParagraphAssistant<ParagraphAnalysis> {
  private readonly worker: Worker;
  private readonly requests = new Map<number, { resolve: (r: (ParagraphAnalysis | undefined)[]) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private dead: Error | undefined;
  readonly ready: Promise<void>;

  constructor(script: string) {
    this.worker = new Worker(script, { workerData: { role: ASSISTANT_ROLE }, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    // It must not keep the primary alive on its own.
    this.worker.unref();
    let resolveReady: () => void = () => undefined;
    this.ready = new Promise((resolve) => (resolveReady = resolve));
    this.worker.on('message', (m: FromAssistant) => {
      if (m.type === 'ready') return resolveReady();
      const request = this.requests.get(m.id);
      this.requests.delete(m.id);
      request?.resolve(m.results);
    });
    const fail = (error: Error): void => {
      this.dead ??= error;
      resolveReady();
      for (const r of this.requests.values()) r.reject(this.dead);
      this.requests.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`analysis assistant exited (code ${code})`)));
  }

  /** Stops the thread: pending and later requests are rejected (the primary analyses those itself). */
  dispose(): Promise<number> {
    return this.worker.terminate();
  }

  analyze(texts: string[]): Promise<(ParagraphAnalysis | undefined)[]> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.requests.set(id, { resolve, reject });
      this.worker.postMessage({ id, texts } satisfies ToAssistant);
    });
  }
}
