/**
 * Another process writing the same sidecar, for nodeFileStore.test.ts and storeProcesses.test.ts.
 * Run as a child process: waits for its arguments, then makes COUNT review actions through its
 * own ReviewStore: each adds one annotation of its own and, every few actions, re-notes the
 * shared annotation. Sends {saved: id} as soon as each action is saved (a writer killed with
 * -9 has reported exactly what it saved), then the ids it added and the last shared note.
 */
import { createAnnotation, applyChange } from '../../../../src/core/review/annotations';
import { NodeFileStore } from '../../../../src/core/review/nodeFileStore';
import { ReviewStore } from '../../../../src/core/review/reviewStore';

export interface WriterArgs {
  articlePath: string;
  articleText: string;
  name: string;
  count: number;
  sharedId: string;
  /** Lock limits (ms); generous by default, for a loaded machine. */
  staleLockMs?: number;
  lockTimeoutMs?: number;
  /** Pause between actions (ms). */
  pauseMs?: number;
}

export interface WriterReport {
  added: string[];
  lastSharedNote?: { note: string; at: string };
}

async function run(args: WriterArgs): Promise<WriterReport> {
  const store = new ReviewStore(new NodeFileStore(), { lockTimeoutMs: args.lockTimeoutMs ?? 60_000, staleLockMs: args.staleLockMs ?? 120_000 });
  const report: WriterReport = { added: [] };
  for (let i = 0; i < args.count; i++) {
    const start = (i * 7) % (args.articleText.length - 10);
    const now = new Date().toISOString();
    const mine = createAnnotation({ kind: 'claim', text: args.articleText, start, end: start + 8, origin: 'manual', by: args.name, now });
    const note = `${args.name} #${i}`;
    await store.update(args.articlePath, (list) => {
      const next = [...list, mine];
      if (i % 5 !== 4) return next;
      return next.map((a) => (a.id === args.sharedId ? applyChange(a, { note }, args.name, now) : a));
    });
    report.added.push(mine.id);
    process.send!({ saved: mine.id });
    if (i % 5 === 4) report.lastSharedNote = { note, at: now };
    if (args.pauseMs) await new Promise((resolve) => setTimeout(resolve, args.pauseMs));
  }
  return report;
}

if (require.main === module) {
  process.once('message', (args: WriterArgs) => {
    run(args).then(
      (report) => process.send!({ report }, () => process.exit(0)),
      (error: unknown) => process.send!({ error: String(error instanceof Error ? error.stack : error) }, () => process.exit(1)),
    );
  });
  process.send!('ready');
}
