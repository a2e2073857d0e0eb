/** A failure the CLI reports as one Chinese line on stderr, exiting non-zero. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
