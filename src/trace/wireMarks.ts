/**
 * Trace only (`npm run bench:ui -- --trace`): marks when the extension host's bytes leave the process
 * (`host.wire`, detail: bytes), i.e. when what a task asked of the window (setDecorations included) was
 * written to the window's connection, after VS Code's protocol writer and its compression. Between the
 * host's `setDecorations` and the page's drawing, this tells the host's share from the way to the page.
 * Wraps net.Socket's write for the whole extension host, so it is installed only while tracing.
 */
import { Socket } from 'node:net';
import { traceMark, tracing } from './timingTrace';

export function markSocketWrites(): void {
  if (!tracing()) return;
  const write = Socket.prototype.write as (...args: unknown[]) => boolean;
  Socket.prototype.write = function (this: Socket, ...args: unknown[]): boolean {
    const data = args[0];
    traceMark('host.wire', typeof data === 'string' ? data.length : (data as { byteLength?: number })?.byteLength ?? 0);
    return write.apply(this, args);
  } as typeof Socket.prototype.write;
}
