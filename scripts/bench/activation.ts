/**
 * Child-process part of the benchmark: a cold `require` of dist/extension.js and its activate(),
 * with the vscode stand-in (see vscodeStandIn.ts). Prints one JSON line.
 */
import * as path from 'node:path';
import { fakeContext, installVscodeStandIn } from './vscodeStandIn';

export async function activationChild(root: string): Promise<void> {
  installVscodeStandIn();
  const bundle = path.join(root, 'dist', 'extension.js');
  const context = fakeContext(root);
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ext = require(bundle) as { activate(ctx: unknown): unknown; deactivate?(): unknown };
  const t1 = performance.now();
  await ext.activate(context);
  const t2 = performance.now();
  for (const s of context.subscriptions as { dispose(): unknown }[]) {
    try {
      s.dispose();
    } catch {
      // an inert stand-in object may not dispose cleanly; irrelevant for the timing
    }
  }
  await ext.deactivate?.();
  process.stdout.write(`${JSON.stringify({ require_ms: t1 - t0, activate_ms: t2 - t1, total_ms: t2 - t0 })}\n`);
  setTimeout(() => process.exit(0), 50);
}
