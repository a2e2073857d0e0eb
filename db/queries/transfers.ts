import type { Kysely, Selectable } from 'kysely';
import type { Database, TransferTable } from '../schema.js';

export type TransferRow = Selectable<TransferTable> & {
  member_name: string;
  relay_status: 'pending' | 'accepted' | 'declined' | null;
  relay_answered_on: string | null;
  relay_answer_note: string | null;
};

function base(db: Kysely<Database>) {
  return (
    db
      .selectFrom('transfer')
      .innerJoin('member', 'member.id', 'transfer.member_id')
      // A 转出 relayed by the office to a branch of the same county carries that branch's answer.
      .leftJoin('transfer_relay', (j) =>
        j.onRef('transfer_relay.out_transfer_id', '=', 'transfer.id').on('transfer_relay.deleted_at', 'is', null),
      )
      .selectAll('transfer')
      .select([
        'member.name as member_name',
        'transfer_relay.status as relay_status',
        'transfer_relay.answered_on as relay_answered_on',
        'transfer_relay.answer_note as relay_answer_note',
      ])
      .where('transfer.deleted_at', 'is', null)
  );
}

export async function listTransfers(db: Kysely<Database>, memberId?: string): Promise<TransferRow[]> {
  let q = base(db);
  if (memberId) q = q.where('transfer.member_id', '=', memberId);
  return q.orderBy('transfer.issued_on').orderBy('transfer.created_at').execute();
}

export async function findTransfer(db: Kysely<Database>, id: string): Promise<TransferRow | undefined> {
  return base(db).where('transfer.id', '=', id).executeTakeFirst();
}
