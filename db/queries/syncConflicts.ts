import type { Kysely, Selectable } from 'kysely';
import type { Database, SyncConflictTable } from '../schema.js';

export type SyncConflictRow = Selectable<SyncConflictTable>;

export async function listOpenConflicts(db: Kysely<Database>): Promise<SyncConflictRow[]> {
  return db.selectFrom('sync_conflict').selectAll().where('resolved', '=', 0).orderBy('id').execute();
}

export async function findOpenConflict(db: Kysely<Database>, id: number): Promise<SyncConflictRow | undefined> {
  return db.selectFrom('sync_conflict').selectAll().where('id', '=', id).where('resolved', '=', 0).executeTakeFirst();
}

export async function markConflictResolved(db: Kysely<Database>, id: number): Promise<void> {
  await db.updateTable('sync_conflict').set({ resolved: 1 }).where('id', '=', id).execute();
}
