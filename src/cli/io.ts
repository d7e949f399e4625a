// What a CLI command receives from the outside world, so tests can run it in-process.

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  argv: string[];
  cwd: string;
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
}

/** A user error: printed as one clear line to stderr, with exit code 2. */
export class UsageError extends Error {}
