/** Exit codes of the CLI, and the two kinds of errors that map to code 2. */
export const EXIT_OK = 0;
/** The check gate failed. */
export const EXIT_GATE_FAILED = 1;
/** Bad usage or an input/output error. */
export const EXIT_ERROR = 2;
/** stdout was closed by its reader (`… | head -1`): 128 + SIGPIPE, as a shell reports for Unix tools. */
export const EXIT_OUTPUT_CLOSED = 141;

/** Wrong flags or arguments: print the message and the command's usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file could not be read or written (missing, directory, binary, malformed sidecar…). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
