/** Progress on stderr when many files are processed (stdout stays clean for pipes). */
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
