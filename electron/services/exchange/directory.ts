import type { Kysely, Transaction } from 'kysely';
import { findSetting } from '../../../db/queries/settings.js';
import { listActiveBranchPeers } from '../../../db/queries/syncPeers.js';
import { insertRecord, updateRecord, type Stamper } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import { addAudience, EVERY_BRANCH } from '../../sync/audience.js';
import { enrolBranch } from '../../sync/enrol.js';
import type { ServiceContext } from '../context.js';
import { inTransaction } from '../tx.js';

/**
 * The county's branches (code and name), kept by the office as a setting every branch
 * receives, so a 转出 to a neighbouring branch can name it by code and be relayed.
 */
const KEY = 'directory';

export interface DirectoryEntry {
  code: string;
  name: string;
}

export async function readDirectory(db: Kysely<Database>): Promise<DirectoryEntry[]> {
  const row = await findSetting(db, KEY);
  return row ? (JSON.parse(row.value) as DirectoryEntry[]) : [];
}

/** The branches this office exchanges with now (revoked ones receive nothing more). */
export async function enrolledBranches(db: Kysely<Database>): Promise<DirectoryEntry[]> {
  return listActiveBranchPeers(db);
}

export async function refreshDirectory(tx: Transaction<Database>, stamp: Stamper): Promise<void> {
  const value = JSON.stringify(await enrolledBranches(tx));
  const row = await findSetting(tx, KEY);
  const id = row ? row.id : await insertRecord(tx, stamp, 'setting', { key: KEY, value });
  if (row) await updateRecord(tx, stamp, 'setting', id, { value });
  await addAudience(tx, 'setting', id, EVERY_BRANCH);
}

/** Office: enrols a branch and updates the directory, in one transaction. */
export function enrolWithDirectory(
  ctx: ServiceContext,
  branch: DirectoryEntry,
  now: string,
  again: boolean,
): Promise<string> {
  return inTransaction(ctx, async (tx, stamp) => {
    const text = await enrolBranch(tx, branch, now, again);
    await refreshDirectory(tx, stamp);
    return text;
  });
}
