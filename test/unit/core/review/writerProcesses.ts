/** Starting concurrentWriter.ts children and following what each reports as saved. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { WriterArgs, WriterReport } from './concurrentWriter';

export interface Writer {
  child: ChildProcess;
  /** Ids the writer reported as saved so far (each after its update resolved). */
  saved: string[];
  /** Sends the work; resolves with the final report, rejects if the writer fails or dies first. */
  go(args: WriterArgs): Promise<WriterReport>;
  /** Resolves when the process has exited (killed or done). */
  exited: Promise<void>;
}

/** Starts a writer child and resolves once it is ready for its arguments. */
export function startWriter(): Promise<Writer> {
  const child = fork(join(__dirname, 'concurrentWriter.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const saved: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const done = new Promise<WriterReport>((resolve, reject) => {
    child.on('message', (m: unknown) => {
      if (m === 'ready') return;
      const reply = m as { saved?: string; report?: WriterReport; error?: string };
      if (reply.saved) saved.push(reply.saved);
      else if (reply.report) resolve(reply.report);
      else reject(new Error(reply.error ?? 'writer failed'));
    });
    child.on('exit', (code, signal) => reject(new Error(`writer exited with ${code ?? signal} before reporting`)));
  });
  // A writer killed on purpose never reports: that rejection is expected, not unhandled.
  done.catch(() => undefined);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (m) => {
      if (m === 'ready') resolve({ child, saved, exited, go: (args) => (child.send(args), done) });
    });
  });
}
