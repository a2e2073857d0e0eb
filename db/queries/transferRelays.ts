import type { Kysely, Selectable } from 'kysely';
import type { Database, TransferRelayTable } from '../schema.js';

export type TransferRelayRow = Selectable<TransferRelayTable>;

/** The relay row, tombstoned or not. */
export async function findRelay(db: Kysely<Database>, id: string): Promise<TransferRelayRow | undefined> {
  return db.selectFrom('transfer_relay').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The relay row, unless tombstoned. */
export async function findLiveRelay(db: Kysely<Database>, id: string): Promise<TransferRelayRow | undefined> {
  return db
    .selectFrom('transfer_relay')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Any relay row (tombstoned or not) made for that 转出. */
export async function findRelayForTransfer(
  db: Kysely<Database>,
  outTransferId: string,
): Promise<{ id: string } | undefined> {
  return db.selectFrom('transfer_relay').select('id').where('out_transfer_id', '=', outTransferId).executeTakeFirst();
}

/** The live relay rows addressed to a branch, newest letter first. */
export async function listRelaysTo(db: Kysely<Database>, toCode: string): Promise<TransferRelayRow[]> {
  return db
    .selectFrom('transfer_relay')
    .selectAll()
    .where('to_code', '=', toCode)
    .where('deleted_at', 'is', null)
    .orderBy('issued_on', 'desc')
    .execute();
}
