/** A failure to open or migrate the database file, with a message for the user (zh-CN). */
export class DatabaseOpenError extends Error {
  constructor(
    readonly code: 'DB_TOO_NEW' | 'DB_MIGRATION_FAILED' | 'DB_NOT_SQLITE' | 'DB_DISK' | 'DB_KEY' | 'DB_UNREADABLE',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

/**
 * The disk's failure behind a SQLite error, in Chinese, or null for any other error: SQLite's
 * own words (“database or disk is full”) must not reach the user.
 */
export function sqliteDiskCause(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL') return '磁盘空间不足';
  if (typeof code === 'string' && code.startsWith('SQLITE_IOERR'))
    return '磁盘读写出错（U 盘是否已拔出、磁盘是否已满？）';
  return null;
}
