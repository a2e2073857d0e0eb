import type { Kysely } from 'kysely';
import { metaOf } from '../../../db/queries/statusCache.js';
import type { Database } from '../../../db/schema.js';
import type { BranchStatus } from '../../api/office.js';
import { onReadOnlyConnection, type FileAccess } from '../offThread/readOnly.js';
import { statusAsOf } from './status.js';
import { packHistory, unpackHistory, type PackedHistory, type StatusHistory } from './statusHistory.js';

/** local_meta keys of the kept histories (statusCache.ts keeps them with each basis). */
export const HISTORY = 'office.history.';

/**
 * Bumped when a kept history changes shape (4: packed). One of an unknown shape is read through
 * the lens again the first time a past day asks for it (about 0.17 s a branch).
 */
const HISTORY_VERSION = 4;

/**
 * Histories kept unpacked, before version 4: still read as they are, so the first past day after
 * an upgrade does not read a whole county through the lens again (about 85 s for 500 branches).
 */
const UNPACKED_VERSION = 3;

type KeptHistory =
  | {
      v: typeof HISTORY_VERSION;
      /** The branch's last bundle when it was kept: a newer one makes it stale. */
      seq: number | null;
      history: PackedHistory;
    }
  | { v: typeof UNPACKED_VERSION; seq: number | null; history: StatusHistory };

export function keptHistoryValue(seq: number | null, history: StatusHistory): string {
  return JSON.stringify({ v: HISTORY_VERSION, seq, history: packHistory(history) } satisfies KeptHistory);
}

/** The history in a kept value, when it is of this version and of the branch's last bundle. */
export function historyFromKept(raw: string | undefined, seq: number | null): StatusHistory | null {
  const k = raw ? (JSON.parse(raw) as KeptHistory) : null;
  if (!k || k.seq !== seq) return null;
  if (k.v === HISTORY_VERSION) return unpackHistory(k.history);
  return k.v === UNPACKED_VERSION ? k.history : null;
}

/** A branch whose lights a past day asks for (plain data: it crosses to the maintenance thread). */
export interface PastBranch {
  code: string;
  seq: number | null;
}

/**
 * Each branch's lights on `day` from its kept history, null where none of its last bundle is kept.
 * The kept values are read in one query (a county's are about 21 MB); each is unpacked, worked
 * out and let go before the next, so only one branch's rows are ever unpacked at a time.
 */
export async function pastFromKept(
  db: Kysely<Database>,
  branches: readonly PastBranch[],
  day: string,
): Promise<[string, BranchStatus | null][]> {
  const kept = await metaOf(
    db,
    HISTORY,
    branches.map((b) => b.code),
  );
  return branches.map((b) => {
    const h = historyFromKept(kept.get(b.code), b.seq);
    kept.delete(b.code);
    return [b.code, h ? statusAsOf(h, day) : null];
  });
}

/** A share of the branches for the maintenance thread, which reads them on a connection of its own. */
export interface PastJob extends FileAccess {
  day: string;
  branches: PastBranch[];
}

/** `pastFromKept` on a read-only connection of its own (the maintenance thread's). */
export function pastFromKeptFile(job: PastJob): Promise<[string, BranchStatus | null][]> {
  return onReadOnlyConnection(job, (db) => pastFromKept(db, job.branches, job.day));
}
