/** One `seedlab` verb. Each verb lives in its own file under commands/ and is listed in commands/index.ts. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface Command {
  readonly name: string;
  /** One line shown by `seedlab --help`. */
  readonly summary: string;
  /** Full usage text shown by `seedlab VERB --help` and after a usage error. */
  readonly usage: string;
  /** Runs the verb; resolves to the process exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** A usage error: the CLI prints the message and exits 2. */
export class UsageError extends Error {}
