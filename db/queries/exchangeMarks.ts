import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface PeerMarks {
  code: string;
  last_seq_sent: number;
}

/** The last bundle number this installation sent each peer. */
export async function readPeerMarks(db: Kysely<Database>): Promise<PeerMarks[]> {
  return db.selectFrom('sync_peer').select(['code', 'last_seq_sent']).orderBy('code').execute();
}

/** Raises a peer's last sent number to `marks` where it is lower; never lowers it. */
export async function raisePeerMarks(db: Kysely<Database>, marks: PeerMarks): Promise<void> {
  await db
    .updateTable('sync_peer')
    .set((eb) => ({
      last_seq_sent: eb.fn('max', ['last_seq_sent', eb.val(marks.last_seq_sent)]),
    }))
    .where('code', '=', marks.code)
    .execute();
}
