import { Kysely, SqliteDialect } from 'kysely';
import { keyFromThread, openKeyed } from '../../../db/cipher.js';
import type { Database } from '../../../db/schema.js';

/** What another thread needs to open the data file on a connection of its own (plain data: it crosses threads). */
export interface FileAccess {
  path: string;
  /** The installation's data key; null for a plain file. */
  key: Uint8Array | null;
  /** The Electron build of the SQLite addon, when the app runs in Electron. */
  nativeBinding?: string;
}

/**
 * Runs `work` on a read-only keyed connection of its own (a maintenance thread's), closed after:
 * WAL lets the serving connection read and write meanwhile while this one reads its snapshot.
 */
export async function onReadOnlyConnection<T>(
  access: FileAccess,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const sqlite = openKeyed(access.path, {
    key: keyFromThread(access.key),
    readonly: true,
    fileMustExist: true,
    ...(access.nativeBinding ? { nativeBinding: access.nativeBinding } : {}),
  });
  sqlite.pragma('busy_timeout = 5000');
  // Destroying the Kysely instance closes the connection.
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
