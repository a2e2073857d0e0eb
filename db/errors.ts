/** A failure to open or migrate the database file, with a message for the user (zh-CN). */
export class DatabaseOpenError extends Error {
  constructor(
    readonly code: 'DB_TOO_NEW' | 'DB_MIGRATION_FAILED' | 'DB_NOT_SQLITE',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}
