/**
 * A second (and third) process writing the same sidecar, for nodeFileStore.test.ts. Run as a
 * child process: waits for "go", then makes COUNT review actions through its own ReviewStore:
 * each adds one annotation of its own and, every few actions, re-notes the shared annotation.
 * Sends back the ids it added and the last note it wrote to the shared annotation.
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
}

export interface WriterReport {
  added: string[];
  lastSharedNote?: { note: string; at: string };
}

async function run(args: WriterArgs): Promise<WriterReport> {
  // Generous lock limits: on a loaded machine the other writer may hold the lock for a while.
  const store = new ReviewStore(new NodeFileStore(), { lockTimeoutMs: 60_000, staleLockMs: 120_000 });
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
    if (i % 5 === 4) report.lastSharedNote = { note, at: now };
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
