import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface PeerMarks {
  code: string;
  last_seq_sent: number;
  last_seq_received: number;
}

/** Each peer's bundle numbers: the last this installation sent it and the last it imported from it. */
export async function readPeerMarks(db: Kysely<Database>): Promise<PeerMarks[]> {
  return db.selectFrom('sync_peer').select(['code', 'last_seq_sent', 'last_seq_received']).orderBy('code').execute();
}

/** Raises a peer's bundle numbers to `marks` where they are lower; never lowers them. */
export async function raisePeerMarks(db: Kysely<Database>, marks: PeerMarks): Promise<void> {
  await db
    .updateTable('sync_peer')
    .set((eb) => ({
      last_seq_sent: eb.fn('max', ['last_seq_sent', eb.val(marks.last_seq_sent)]),
      last_seq_received: eb.fn('max', ['last_seq_received', eb.val(marks.last_seq_received)]),
    }))
    .where('code', '=', marks.code)
    .execute();
}
