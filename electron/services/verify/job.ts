import { localIsoDate, type Clock } from '../../../db/clock.js';
import { onReadOnlyConnection, type FileAccess } from '../offThread/readOnly.js';
import { verifyDatabase, type Finding } from './verify.js';

/** What the start-up check needs to read the file on a connection of its own (plain data: it crosses threads). */
export interface VerifyJob extends FileAccess {
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
export function verifyFile(job: VerifyJob): Promise<Finding[]> {
  return onReadOnlyConnection(job, (db) => verifyDatabase({ db, clock: standingClock(job.nowMs) }));
}
