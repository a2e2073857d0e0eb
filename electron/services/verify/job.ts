import { Kysely, SqliteDialect } from 'kysely';
import { keyFromThread, openKeyed } from '../../../db/cipher.js';
import { localIsoDate, type Clock } from '../../../db/clock.js';
import type { Database as Schema } from '../../../db/schema.js';
import { verifyDatabase, type Finding } from './verify.js';

/** What the start-up check needs to read the file on a connection of its own (plain data: it crosses threads). */
export interface VerifyJob {
  path: string;
  /** The installation's data key; null for a plain file. */
  key: Uint8Array | null;
  /** The Electron build of the SQLite addon, when the app runs in Electron. */
  nativeBinding?: string;
  /** "Now" of the installation's clock when the check was asked for: a thread has no clock of its own. */
  nowMs: number;
}

/** A clock standing at the moment the check was asked for. */
function standingClock(nowMs: number): Clock {
  return { nowMs: () => nowMs, today: () => localIsoDate(new Date(nowMs)) };
}

/**
 * Runs `zhibu verify`'s checks on a read-only keyed connection of its own, so the serving
 * connection is never held: WAL lets it read and write while this one reads its snapshot.
 */
export async function verifyFile(job: VerifyJob): Promise<Finding[]> {
  const sqlite = openKeyed(job.path, {
    key: keyFromThread(job.key),
    readonly: true,
    fileMustExist: true,
    ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
  });
  sqlite.pragma('busy_timeout = 5000');
  // Destroying the Kysely instance closes the connection.
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    return await verifyDatabase({ db, clock: standingClock(job.nowMs) });
  } finally {
    await db.destroy();
  }
}
