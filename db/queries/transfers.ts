import type { Kysely, Selectable } from 'kysely';
import type { Database, TransferTable } from '../schema.js';

export type TransferRow = Selectable<TransferTable> & { member_name: string };

function base(db: Kysely<Database>) {
  return db
    .selectFrom('transfer')
    .innerJoin('member', 'member.id', 'transfer.member_id')
    .selectAll('transfer')
    .select('member.name as member_name')
    .where('transfer.deleted_at', 'is', null);
}

export async function listTransfers(db: Kysely<Database>, memberId?: string): Promise<TransferRow[]> {
  let q = base(db);
  if (memberId) q = q.where('transfer.member_id', '=', memberId);
  return q.orderBy('transfer.issued_on').orderBy('transfer.created_at').execute();
}

export async function findTransfer(db: Kysely<Database>, id: string): Promise<TransferRow | undefined> {
  return base(db).where('transfer.id', '=', id).executeTakeFirst();
}
