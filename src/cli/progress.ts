/** Progress on stderr when many files are processed (stdout stays clean for pipes). */
import { InputError, messageOf } from './errors';
import type { CliIO } from './io';

/** Below this many files, no progress lines. */
export const PROGRESS_MIN_FILES = 5;

export class Progress {
  private index = 0;
  constructor(
    private readonly io: CliIO,
    private readonly total: number,
    private readonly verb: string,
  ) {}

  step(file: string): void {
    this.index++;
    if (this.total >= PROGRESS_MIN_FILES) this.io.stderr(`[${this.index}/${this.total}] ${this.verb} ${file}\n`);
  }

  done(): void {
    // Nothing to clear: progress lines are plain lines so CI logs stay readable.
  }
}

/**
 * Runs `each` on every file with progress lines; a file that cannot be read (an InputError) is
 * reported on stderr and the others go on. `each` returns false for a failure it reported itself.
 * Resolves to whether any file failed.
 */
export async function forEachArticle(io: CliIO, files: readonly string[], verb: string, each: (file: string) => Promise<void | false>): Promise<boolean> {
  const progress = new Progress(io, files.length, verb);
  let failed = false;
  for (const file of files) {
    progress.step(file);
    try {
      if ((await each(file)) === false) failed = true;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed = true;
      io.stderr(`claimlens: ${messageOf(error)}\n`);
    }
  }
  progress.done();
  return failed;
}
