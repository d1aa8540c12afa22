import { EXIT_ERROR, EXIT_OUTPUT_CLOSED } from './errors';

/** Where the CLI writes: injected so commands can be run in-process by tests too. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/**
 * A write error on stdout/stderr arrives as an 'error' event, which would crash Node with a stack
 * trace. A reader that went away (`claimlens check … | head -1`: EPIPE) ends the process quietly,
 * as SIGPIPE ends a Unix tool, with 141 (128 + SIGPIPE, what a shell reports for such a tool), so
 * a cut-short `check` is read neither as a pass (0) nor as a failed gate (1). Any other write error
 * (full disk, …) is an output error: exit 2 with a message.
 */
export function exitOnWriteError(stream: NodeJS.WriteStream, exit: (code: number) => void = (code) => process.exit(code)): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return exit(EXIT_OUTPUT_CLOSED);
    if (stream !== process.stderr) {
      try {
        process.stderr.write(`claimlens: cannot write output: ${error.message}\n`);
      } catch {
        // Nowhere left to report it.
      }
    }
    exit(EXIT_ERROR);
  });
}

const guarded = new WeakSet<NodeJS.WriteStream>();

export const processIO: CliIO = {
  stdout: (text) => {
    exitOnWriteError(process.stdout);
    process.stdout.write(text);
  },
  stderr: (text) => {
    exitOnWriteError(process.stderr);
    process.stderr.write(text);
  },
  cwd: process.cwd(),
};
