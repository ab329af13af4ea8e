// Two kinds of error: the user's (fixable, with a "try" line) and ours (bugs).
// Both are drawn once, at the top, by cli.ts.

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class UserError extends Error {
  constructor(
    message: string,
    readonly tryMessage?: string,
    readonly exitCode: number = EXIT_FAILED,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** A usage error: unknown slug, bad flag value. Exits 2. */
export class UsageError extends UserError {
  constructor(message: string, tryMessage?: string) {
    super(message, tryMessage, EXIT_USAGE);
    this.name = "UsageError";
  }
}
