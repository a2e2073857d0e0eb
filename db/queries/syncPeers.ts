import type { Kysely, Selectable } from 'kysely';
import type { Database, SyncPeerTable } from '../schema.js';

export type SyncPeerRow = Selectable<SyncPeerTable>;

export async function listPeers(db: Kysely<Database>): Promise<SyncPeerRow[]> {
  return db.selectFrom('sync_peer').selectAll().orderBy('code').execute();
}

/** The codes of the enrolled offices (a branch has one). */
export async function listOfficeCodes(db: Kysely<Database>): Promise<{ code: string }[]> {
  return db.selectFrom('sync_peer').select('code').where('role', '=', 'office').execute();
}

/** Every enrolled branch, revoked or not, by code. */
export async function listBranchPeers(
  db: Kysely<Database>,
): Promise<Pick<SyncPeerRow, 'code' | 'name' | 'enc_pub' | 'revoked' | 'last_seq_sent'>[]> {
  return db
    .selectFrom('sync_peer')
    .select(['code', 'name', 'enc_pub', 'revoked', 'last_seq_sent'])
    .where('role', '=', 'branch')
    .orderBy('code')
    .execute();
}

/** The branches not revoked, by code. */
export async function listActiveBranchPeers(db: Kysely<Database>): Promise<{ code: string; name: string }[]> {
  return db
    .selectFrom('sync_peer')
    .select(['code', 'name'])
    .where('role', '=', 'branch')
    .where('revoked', '=', 0)
    .orderBy('code')
    .execute();
}

export async function findActiveBranchPeer(db: Kysely<Database>, code: string): Promise<{ code: string } | undefined> {
  return db
    .selectFrom('sync_peer')
    .select('code')
    .where('code', '=', code)
    .where('role', '=', 'branch')
    .where('revoked', '=', 0)
    .executeTakeFirst();
}

export async function findBranchPeer(
  db: Kysely<Database>,
  code: string,
): Promise<Pick<SyncPeerRow, 'code' | 'name' | 'revoked'> | undefined> {
  return db
    .selectFrom('sync_peer')
    .select(['code', 'name', 'revoked'])
    .where('code', '=', code)
    .where('role', '=', 'branch')
    .executeTakeFirst();
}

/** Any peer's name and whether it is revoked. */
export async function findPeerRevocation(
  db: Kysely<Database>,
  code: string,
): Promise<Pick<SyncPeerRow, 'name' | 'revoked'> | undefined> {
  return db.selectFrom('sync_peer').select(['name', 'revoked']).where('code', '=', code).executeTakeFirst();
}

export async function findLastSeqSent(
  db: Kysely<Database>,
  code: string,
): Promise<{ last_seq_sent: number } | undefined> {
  return db.selectFrom('sync_peer').select('last_seq_sent').where('code', '=', code).executeTakeFirst();
}

export async function markPeerRevoked(db: Kysely<Database>, code: string): Promise<void> {
  await db.updateTable('sync_peer').set({ revoked: 1 }).where('code', '=', code).execute();
}
